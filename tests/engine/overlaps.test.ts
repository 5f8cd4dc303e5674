/**
 * One finding per passage (issue #11): no two findings of a document overlap; clauses with
 * their own cores are split, one clause read by two rules keeps the pattern of higher precedence.
 */
import { describe, expect, it } from 'vitest';
import { analyze, createEngine } from '../../rules/index';
import { mergeOverlaps, PATTERN_PRECEDENCE } from '../../rules/engine/overlaps';
import type { Finding, PatternId } from '../../rules/types';

const engine = createEngine();
const run = (...texts: string[]) =>
  analyze(engine, { blocks: texts.map((text) => ({ kind: 'paragraph' as const, text })) });

function finding(pattern: PatternId, start: number, end: number, core: [number, number]): Finding {
  return {
    id: `0:${start}:${pattern}`,
    block: 0,
    start,
    end,
    text: '',
    core: { start: core[0], end: core[1] },
    quoted: false,
    speaker: null,
    speakerId: null,
    attribution: 'none',
    pattern,
    packId: 'p',
    ruleId: pattern,
    claimDate: null,
    lang: 'en',
    assessments: [],
    scope: { coverage: 'general', elections: [], from: null },
    cues: [],
    why: '',
  };
}

describe('mergeOverlaps', () => {
  const text = 'Moscow never meddled, the envoy said, calling the charges hysteria.';
  const block = () => text;
  const commaAfter = (_b: number, from: number, to: number) =>
    [...text.slice(from, to).matchAll(/, /g)].map((m) => from + m.index + 2);

  it('splits two clauses with their own cores at the later clause', () => {
    const denial = finding('denial', 0, text.length, [13, 20]);
    const dismissal = finding('dismissal', 38, text.length, [58, 66]);
    const out = mergeOverlaps([denial, dismissal], block, commaAfter);
    expect(out.map((f) => [f.pattern, f.text])).toEqual([
      ['denial', 'Moscow never meddled, the envoy said'],
      ['dismissal', 'calling the charges hysteria.'],
    ]);
  });

  it('keeps the pattern of higher precedence when the cores overlap', () => {
    const out = mergeOverlaps(
      [finding('dismissal', 0, 20, [13, 20]), finding('denial', 0, 20, [13, 20])],
      block,
      commaAfter,
    );
    expect(out.map((f) => f.pattern)).toEqual(['denial']);
  });

  it('treats one clause with two cores and no clause start between them as one passage', () => {
    const out = mergeOverlaps(
      [finding('dismissal', 0, 20, [0, 6]), finding('denial', 0, 20, [13, 20])],
      block,
      () => [],
    );
    expect(out).toHaveLength(1);
    expect(out[0]!.pattern).toBe('denial');
  });

  it('ranks every pattern once', () => {
    expect(new Set(PATTERN_PRECEDENCE).size).toBe(6);
  });
});

describe('findings of a document never overlap', () => {
  it.each([
    [
      'The Kremlin never meddled in the vote, Peskov said, dismissing the report as Russophobic hysteria.',
      ['denial', 'dismissal'],
    ],
    [
      'Lavrov said Moscow had never interfered in the German election and accused Washington of meddling in Russia’s own vote.',
      ['denial', 'counter_accusation'],
    ],
    ['Zakharova called the accusations of interference in the Moldovan vote absolutely groundless.', ['denial']],
    ['“These charges of meddling are pure hysteria,” Peskov said.', ['dismissal']],
  ] as const)('%s', (text, patterns) => {
    const found = run(text);
    expect(found.map((f) => f.pattern)).toEqual(patterns);
    for (let i = 1; i < found.length; i++) expect(found[i]!.start).toBeGreaterThanOrEqual(found[i - 1]!.end);
  });
});
