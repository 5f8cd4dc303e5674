/**
 * Issue #14 items 3-4: a pack can neither make matching expensive (term caps; suffix and short
 * prefix terms indexed) nor replace the bundled record (assessment, actor and pack ids), and a
 * pack's own assessments carry its publisher.
 */
import { describe, expect, it } from 'vitest';
import {
  analyze,
  ASSESSMENTS,
  BUNDLED_PACKS,
  checkImportedPack,
  checkPack,
  createEngine,
  type Actor,
  type Pack,
  type PackError,
} from '../../rules/index';
import { MAX_PACK_TERMS, MAX_WILDCARD_TERMS } from '../../rules/schema/validate';
import { exampleAssessment, packCopy } from './pack-fixtures';

const DENIAL = '“We never interfered in elections in the United States,” Kremlin spokesman Dmitry Peskov said.';
const blocks = (text: string) => [{ kind: 'paragraph' as const, text }];

function errorsOf(result: ReturnType<typeof checkPack>): PackError[] {
  if (result.ok) throw new Error('expected the pack to be refused');
  return result.errors;
}

/** A pack with one rule anchored on its own terms. */
function termsPack(terms: string[]): Pack {
  const pack = packCopy();
  pack.id = 'many-terms';
  const { speakers: _speakers, ...rule } = pack.rules[0]!;
  pack.rules[0] = { ...rule, id: 'own-terms', cues: { any: ['terms'], terms: { en: terms } } };
  return pack;
}

const peskov = (): Actor => ({
  id: 'dmitry-peskov',
  name: 'Someone else',
  kind: 'institution',
  affiliation: 'other',
  aliases: { en: ['Nobody'] },
});

describe('a pack cannot replace the bundled registries', () => {
  it('an assessment with a bundled id is refused, with its path', () => {
    const pack = packCopy();
    pack.assessments = [
      exampleAssessment(),
      exampleAssessment({ id: 'mueller-report', title: 'Another title', url: 'https://example.org/fake' }),
    ];
    expect(errorsOf(checkPack(pack))).toEqual([
      { path: 'assessments[1].id', message: expect.stringMatching(/"mueller-report" is a bundled assessment/) },
    ]);
  });

  it('an actor with a bundled id is refused, with its path', () => {
    const pack = packCopy();
    pack.actors = [peskov()];
    expect(errorsOf(checkPack(pack))).toEqual([
      { path: 'actors[0].id', message: expect.stringMatching(/"dmitry-peskov" is a bundled actor/) },
    ]);
  });

  it('an imported pack cannot take a bundled pack id; the bundled packs themselves still pass checkPack', () => {
    for (const bundled of BUNDLED_PACKS) {
      expect(checkPack(bundled).ok).toBe(true);
      expect(errorsOf(checkImportedPack(bundled))).toEqual([
        { path: 'id', message: expect.stringMatching(/bundled pack/) },
      ]);
    }
    expect(checkImportedPack({ ...packCopy(), id: 'my-own-pack' }).ok).toBe(true);
  });

  it('the engine keeps the bundled entries even if a pack that redefines them gets through', () => {
    const hostile: Pack = {
      ...packCopy(),
      id: 'hostile',
      actors: [peskov()],
      assessments: [
        exampleAssessment({ id: 'mueller-report', title: 'Another title', url: 'https://example.org/fake' }),
      ],
    };
    const bundled = analyze(createEngine(), { blocks: blocks(DENIAL) });
    const withHostile = analyze(createEngine([...BUNDLED_PACKS, hostile]), { blocks: blocks(DENIAL) });
    expect(bundled.map((f) => f.speakerId)).toEqual(['dmitry-peskov']);
    // Peskov is still Peskov, and the Mueller report is the registry's, wherever it is cited.
    expect(withHostile.map((f) => [f.speakerId, f.speaker])).toEqual([['dmitry-peskov', 'Dmitry Peskov']]);
    const mueller = withHostile.flatMap((f) => f.assessments).filter((a) => a.id === 'mueller-report');
    expect(mueller.length).toBeGreaterThan(0);
    const official = ASSESSMENTS.find((a) => a.id === 'mueller-report')!;
    for (const a of mueller)
      expect([a.title, a.url, a.packPublisher]).toEqual([official.title, official.url, undefined]);
  });
});

describe("a pack's own assessments carry its publisher", () => {
  it('the finding names the publisher for the pack assessment and for no bundled one', () => {
    const pack = packCopy();
    pack.id = 'local-record';
    pack.publisher = 'Example newsroom';
    pack.assessments = [exampleAssessment({ topics: ['us-2016', 'general'] })];
    pack.rules[0]!.assessments = [
      { id: 'example-report', relevance: 'An example.' },
      { id: 'mueller-report', relevance: 'The official record.' },
    ];
    expect(checkImportedPack(pack).ok).toBe(true);
    const [finding] = analyze(createEngine([pack]), { blocks: blocks(DENIAL) });
    const byId = new Map(finding!.assessments.map((a) => [a.id, a.packPublisher]));
    // Other assessments about the same election come with it (issue #13); only the pack's names its publisher.
    expect(byId.get('example-report')).toBe('Example newsroom');
    expect(byId.has('mueller-report')).toBe(true);
    expect([...byId].filter(([id, publisher]) => id !== 'example-report' && publisher !== undefined)).toEqual([]);
  });
});

describe('term limits', () => {
  it(`${MAX_WILDCARD_TERMS.toLocaleString('en-US')} wildcard terms pass; one more is refused at the first one over`, () => {
    const at = Array.from({ length: MAX_WILDCARD_TERMS }, (_, i) => `*q${i}`);
    expect(checkPack(termsPack(at)).ok).toBe(true);
    expect(errorsOf(checkPack(termsPack([...at, 'interfer* _ elections'])))).toEqual([
      {
        path: `rules[0].cues.terms.en[${MAX_WILDCARD_TERMS}]`,
        message: 'too many wildcard terms: the pack has 1,001 terms with * or _; at most 1,000 are allowed',
      },
    ]);
  });

  it('the 200,000-term repro (*q1, *q2…) is refused with a clear error', () => {
    const errors = errorsOf(checkPack(termsPack(Array.from({ length: 200_000 }, (_, i) => `*q${i}`))));
    expect(errors.map((e) => e.path)).toEqual([
      `rules[0].cues.terms.en[${MAX_PACK_TERMS}]`,
      `rules[0].cues.terms.en[${MAX_WILDCARD_TERMS}]`,
    ]);
    expect(errors[0]!.message).toMatch(/too many terms: the pack has 200,000 .* at most 50,000/);
  });

  it('actor aliases and role nouns count as terms', () => {
    const pack = packCopy();
    const aliases = Array.from({ length: MAX_PACK_TERMS - 1 }, (_, i) => `Name${i}`);
    pack.actors = [
      {
        id: 'many-names',
        name: 'Many names',
        kind: 'person',
        affiliation: 'other',
        aliases: { en: aliases },
        roleNouns: { en: ['envoy', 'emissary'] },
      },
    ];
    expect(errorsOf(checkPack(pack))).toEqual([
      { path: 'actors[0].roleNouns.en[1]', message: expect.stringMatching(/too many terms: the pack has 50,001/) },
    ]);
  });

  // Its cost per page is in BENCHMARKS.md (npm run bench:engine), not timed here.
  it('a pack of 20,000 suffix terms that bypasses validation still finds the same claims, and its own', () => {
    const hostile = termsPack(Array.from({ length: 20_000 }, (_, i) => `*q${i}`));
    const text = `${DENIAL} Code Iraq7 stalled. ${'Word '.repeat(50)}`;
    const plain = analyze(createEngine(), { blocks: blocks(text) });
    const withHostile = analyze(createEngine([...BUNDLED_PACKS, hostile]), { blocks: blocks(text) });
    expect(withHostile.filter((f) => f.packId !== 'many-terms')).toEqual(plain);
    // "Iraq7" ends in "q7": the suffix index still finds the terms that do match.
    expect(withHostile.filter((f) => f.packId === 'many-terms').length).toBeGreaterThan(0);
  });
});
