/**
 * Issue #14: property tests (fast-check) of the engine on adversarial text — quote marks of every
 * kind opened and never closed, runs of punctuation, abbreviations, labels, dashes, pronouns,
 * denial words in five languages and arbitrary code points, as one paragraph, many paragraphs or
 * lines. Whatever the text: no exception, findings inside their block, an analysis in zero-budget
 * steps equal to one call, and a time per KB within a fixed, generous bound at 10 KB, 100 KB and
 * 1 MB (a quadratic step took 95-600 ms per KB; linear analysis takes 1-25 here even on a
 * loaded machine). The bound only catches growth; measured times are in BENCHMARKS.md.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, createEngine, LANGS, startAnalysis, type Finding, type TextBlock } from '../../rules/index';

const engine = createEngine();
// Each language's lexicons are built on first use: build them all now, so that no timed run pays it.
for (const lang of LANGS) void engine.langs[lang];
/** Milliseconds per KB no input may exceed (generous: the machine running the tests may be shared). */
const MS_PER_KB = 60;

const WORDS = [
  'We',
  'never',
  'interfered',
  'interfere',
  'interference',
  'did',
  'not',
  'in',
  'the',
  'elections',
  'US',
  'U.S.',
  'Russia',
  'Moscow',
  'Washington',
  'Peskov',
  'Dmitry',
  'Zakharova',
  'said',
  'told',
  'denied',
  'he',
  'she',
  'they',
  'the spokeswoman',
  'Mr.',
  'No.',
  'according to',
  'PESKOV:',
  'Question:',
  'Мы',
  'никогда',
  'не',
  'вмешивались',
  'в',
  'выборы',
  'Песков',
  'сказал',
  'он',
  'Russland',
  'hat',
  'sich',
  'nicht',
  'eingemischt',
  'Wahl',
  "l'ingérence",
  'jamais',
  'injerencia',
  'nunca',
  '2016',
  '2024',
  'March 3, 2024',
];
/** Whole claims, so that generated text reaches clause analysis and attribution, not just the prefilter. */
const CLAIMS = [
  'We never interfered in elections in the US',
  'Russia did not interfere in the 2016 election',
  'he said Russia has not and will not interfere in the internal affairs of the United States',
  'the spokeswoman denied that Moscow meddled in the vote',
  'Мы никогда не вмешивались в выборы в США',
  'Russland hat sich nicht in die Wahl in den USA eingemischt',
  "la Russie ne s'est jamais ingérée dans les élections",
  'Rusia nunca ha interferido en las elecciones',
  'Washington interferes in the internal affairs of other countries',
];
const MARKS = [
  '“',
  '”',
  '„',
  '«',
  '»',
  '"',
  '‹',
  '›',
  "'",
  '.',
  '...',
  '!',
  '?',
  '…',
  ':',
  ';',
  ',',
  '—',
  '–',
  '-',
  '(',
  ')',
  '_',
  '*',
];
const SEPARATORS = [' ', ' ', ' ', '', '\n', '\u00a0', ', — '];

/** One piece of text: a word, a mark or arbitrary code points, and what follows it. */
const piece = fc.tuple(
  fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
    { weight: 2, arbitrary: fc.constantFrom(...CLAIMS) },
    { weight: 4, arbitrary: fc.constantFrom(...MARKS) },
    { weight: 1, arbitrary: fc.string({ maxLength: 3, unit: 'binary' }) },
  ),
  fc.constantFrom(...SEPARATORS),
);
const text = (maxPieces: number) =>
  fc.array(piece, { minLength: 1, maxLength: maxPieces }).map((parts) => parts.map(([p, sep]) => p + sep).join(''));

type Shape = 'paragraph' | 'paragraphs' | 'lines' | 'run-on';
const shape = fc.constantFrom<Shape>('paragraph', 'paragraphs', 'lines', 'run-on');

/**
 * `unit` repeated to `bytes` characters, laid out as one paragraph, a paragraph per unit, lines,
 * or one paragraph with no sentence end at all (the shape that made every anchor rescan it).
 */
function document(unit: string, layout: Shape, bytes: number): TextBlock[] {
  if (layout === 'run-on') unit = `${unit.replace(/[.!?…\n]/g, ' ')} `;
  const copies = Math.max(1, Math.ceil(bytes / unit.length));
  if (layout === 'paragraphs') return Array.from({ length: copies }, () => ({ kind: 'paragraph', text: unit }));
  const joined = layout === 'lines' ? Array.from({ length: copies }, () => unit).join('\n') : unit.repeat(copies);
  return [{ kind: 'paragraph', text: joined }];
}

function wellFormed(blocks: TextBlock[], findings: Finding[]): void {
  for (const f of findings) {
    const block = blocks[f.block];
    expect(block).toBeDefined();
    expect(f.start >= 0 && f.start < f.end && f.end <= block!.text.length).toBe(true);
    expect(block!.text.slice(f.start, f.end)).toBe(f.text);
  }
}

describe('engine properties on adversarial text', () => {
  it('no exception, findings inside their block, and zero-budget steps give what one call gives', () => {
    const blocks = fc.array(
      text(80).map((t): TextBlock => ({ kind: 'paragraph', text: t })),
      { minLength: 1, maxLength: 8 },
    );
    fc.assert(
      fc.property(blocks, (bs) => {
        const findings = analyze(engine, { blocks: bs });
        wellFormed(bs, findings);
        const sliced = startAnalysis(engine, { blocks: bs });
        while (!sliced.step(0));
        expect(sliced.findings).toEqual(findings);
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  // [size in KB, runs]: fewer runs as the documents grow, to keep the file to a few seconds.
  const sizes: [number, number][] = [
    [10, 25],
    [100, 6],
    [1024, 2],
  ];
  it.each(sizes)(
    '%i KB documents: no exception, offsets inside the text, under the time bound per KB',
    (kb, runs) => {
      fc.assert(
        fc.property(text(120), shape, (unit, layout) => {
          const blocks = document(unit, layout, kb * 1024);
          const started = performance.now();
          const findings = analyze(engine, { blocks });
          const perKb = (performance.now() - started) / kb;
          wellFormed(blocks, findings);
          expect(perKb, `${layout} of ${JSON.stringify(unit.slice(0, 200))}`).toBeLessThan(MS_PER_KB);
        }),
        { numRuns: runs },
      );
    },
    120_000,
  );
});
