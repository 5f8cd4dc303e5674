/**
 * Held-out article set 2 (tests/fixtures/heldout2): written blind and scored blind once (b042806:
 * recall 59/86, 13 stray findings); since then used for development, its misses and false
 * positives fixed as general shapes with new sentence fixtures. The floors sit just below what
 * the engine reached, so a change that loses ground on it fails here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, createEngine, type Finding } from '../../rules/index';
import { loadTxt } from '../../scripts/cli/load';

interface LabelledDoc {
  file: string;
  published: string | null;
  claims: { pattern: string; text: string }[];
  optional?: string[];
}

const dir = join(import.meta.dirname, '../fixtures/heldout2');
const docs = (JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as { documents: LabelledDoc[] }).documents;
const engine = createEngine();

const results = docs.map((doc) => {
  const text = readFileSync(join(dir, doc.file), 'utf8');
  const loaded = loadTxt(text, doc.published ? { published: doc.published } : {});
  const findings = analyze(engine, loaded.input);
  const overlaps = (f: Finding, part: string) => {
    const a = loaded.offsets[f.block]! + f.start;
    const b = loaded.offsets[f.block]! + f.end;
    for (let i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) if (a < i + part.length && i < b) return true;
    return false;
  };
  const allowed = [...doc.claims.map((c) => c.text), ...(doc.optional ?? [])];
  return {
    doc,
    found: doc.claims.filter((c) => findings.some((f) => f.pattern === c.pattern && overlaps(f, c.text))).length,
    falsePositives: findings.filter((f) => !allowed.some((t) => overlaps(f, t))).map((f) => `${doc.file}: ${f.pattern}: ${f.text}`),
  };
});

describe('held-out articles, set 2', () => {
  it.each(results.filter((r) => r.doc.claims.length === 0).map((r) => [r.doc.file, r] as const))('%s (no claim) raises nothing', (_file, r) => {
    expect(r.falsePositives).toEqual([]);
  });

  it('finds at least 90% of the labelled claims with their pattern', () => {
    const found = results.reduce((n, r) => n + r.found, 0);
    const total = results.reduce((n, r) => n + r.doc.claims.length, 0);
    expect(found / total).toBeGreaterThanOrEqual(0.9);
  });

  it('raises at most two findings outside the labelled and optional spans', () => {
    expect(results.flatMap((r) => r.falsePositives).length).toBeLessThanOrEqual(2);
  });
});
