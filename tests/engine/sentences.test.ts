/**
 * The labelled sentence fixtures (tests/fixtures/sentences, five languages, about half
 * hard negatives) as unit tests. Every hard negative must produce no finding; every
 * labelled claim must be found with its pattern and speaker, except the listed known
 * misses — which must still fail, so the list shrinks as the engine improves.
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../rules/index';
import known from './known-misses.json';
import { FIXTURE_LANGS, loadItems, sameSpeaker, scoreItem } from '../../scripts/cli/sentence-fixtures';

const engine = createEngine();
const misses = known.misses as Record<string, string>;

describe.each(FIXTURE_LANGS)('labelled sentences (%s)', (lang) => {
  const items = loadItems(lang);

  it('has both claims and hard negatives', () => {
    expect(items.filter((i) => i.expect.length === 0).length).toBeGreaterThan(items.length / 3);
    expect(items.filter((i) => i.expect.length > 0).length).toBeGreaterThan(items.length / 3);
  });

  for (const item of items) {
    if (item.expect.length === 0) {
      it(`${item.id} (${item.negative}) raises nothing`, () => {
        const { findings } = scoreItem(engine, item);
        expect(findings.map((f) => `${f.pattern}: ${f.text}`)).toEqual([]);
      });
      continue;
    }
    it(`${item.id} finds ${item.expect.map((e) => e.pattern).join(', ')}`, () => {
      const result = scoreItem(engine, item);
      const missed = result.missed.map((e) => `${item.id}:${e.pattern}`);
      const expectedMisses = item.expect.map((e) => `${item.id}:${e.pattern}`).filter((k) => k in misses);
      expect(missed.sort()).toEqual([...new Set(expectedMisses)].sort());
      expect(result.falseAlarms.map((f) => `${f.pattern}: ${f.text}`)).toEqual([]);
      for (const e of item.expect) {
        const hit = result.findings.find(
          (f) => f.pattern === e.pattern && item.text.includes(f.text) && overlaps(item.text, f.text, e.claim),
        );
        if (hit && e.speaker) expect(sameSpeaker(hit, e.speaker) ? e.speaker : hit.speaker).toBe(e.speaker);
      }
    });
  }
});

function overlaps(text: string, found: string, claim: string): boolean {
  const a = text.indexOf(found);
  const b = text.indexOf(claim);
  return a < b + claim.length && b < a + found.length;
}

describe('known misses list', () => {
  it('names only labelled claims', () => {
    const all = new Set(
      FIXTURE_LANGS.flatMap((l) => loadItems(l).flatMap((i) => i.expect.map((e) => `${i.id}:${e.pattern}`))),
    );
    expect(Object.keys(misses).filter((k) => !all.has(k))).toEqual([]);
  });
});
