import { describe, expect, it } from 'vitest';
import {
  claimCore,
  isHit,
  overlap,
  scoreQuiz,
  type QuizMark,
  type QuizTarget,
} from '@/components/gallery/quiz-scoring';

const target = (
  id: string,
  block: number,
  start: number,
  end: number,
  pattern: QuizTarget['pattern'] = 'denial',
): QuizTarget => ({ id, block, start, end, pattern });
const mark = (
  id: string,
  block: number,
  start: number,
  end: number,
  pattern: QuizMark['pattern'] = 'denial',
): QuizMark => ({ id, block, start, end, pattern });

describe('overlap and isHit', () => {
  it('counts shared characters only within one block', () => {
    expect(overlap({ block: 1, start: 0, end: 10 }, { block: 1, start: 5, end: 20 })).toBe(5);
    expect(overlap({ block: 1, start: 0, end: 10 }, { block: 2, start: 0, end: 10 })).toBe(0);
    expect(overlap({ block: 1, start: 0, end: 5 }, { block: 1, start: 5, end: 10 })).toBe(0);
  });

  it('accepts a mark around the claim but not a sliver of it or a whole article', () => {
    const claim = target('c', 0, 10, 50);
    expect(isHit(mark('m', 0, 5, 60), claim)).toBe(true); // the sentence around the claim
    expect(isHit(mark('m', 0, 10, 20), claim)).toBe(false); // a quarter of the claim
    expect(isHit(mark('m', 0, 0, 400), claim)).toBe(false); // 40 of 400 marked characters
    expect(isHit(mark('m', 1, 10, 50), claim)).toBe(false); // same offsets, other block
  });
});

describe('scoreQuiz', () => {
  const targets = [
    target('a', 0, 0, 40, 'denial'),
    target('b', 2, 10, 60, 'dismissal'),
    target('c', 3, 0, 30, 'deflection'),
  ];

  it('reports hits, wrong patterns, misses and false alarms per pattern', () => {
    const result = scoreQuiz(
      [mark('m1', 0, 0, 42, 'denial'), mark('m2', 2, 5, 60, 'denial'), mark('m3', 5, 0, 20, 'blame_shift')],
      targets,
    );
    expect(result.hits.map((h) => [h.target.id, h.mark.id, h.patternCorrect])).toEqual([
      ['a', 'm1', true],
      ['b', 'm2', false],
    ]);
    expect(result.misses.map((t) => t.id)).toEqual(['c']);
    expect(result.falseAlarms.map((f) => f.mark.id)).toEqual(['m3']);
    expect(result.perPattern.denial).toEqual({ expected: 1, correct: 1, wrongPattern: 0, missed: 0, falseAlarms: 0 });
    expect(result.perPattern.dismissal).toEqual({
      expected: 1,
      correct: 0,
      wrongPattern: 1,
      missed: 0,
      falseAlarms: 0,
    });
    expect(result.perPattern.deflection.missed).toBe(1);
    expect(result.perPattern.blame_shift.falseAlarms).toBe(1);
    expect(result.claims).toBe(3);
    expect(result.rightPattern).toBe(1);
  });

  it('gives full marks for every claim found with its pattern', () => {
    const result = scoreQuiz(
      targets.map((t) => mark(`m-${t.id}`, t.block, t.start, t.end, t.pattern)),
      targets,
    );
    expect(result.rightPattern).toBe(3);
    expect(result.misses).toEqual([]);
    expect(result.falseAlarms).toEqual([]);
  });

  it('prefers the mark with the right pattern when two marks cover a claim', () => {
    const result = scoreQuiz([mark('wrong', 0, 0, 40, 'dismissal'), mark('right', 0, 2, 38, 'denial')], [targets[0]!]);
    expect(result.hits[0]?.mark.id).toBe('right');
    expect(result.hits[0]?.patternCorrect).toBe(true);
    // The other mark covered a real claim too: not a false alarm.
    expect(result.falseAlarms).toEqual([]);
  });

  it('lets one mark find two claims in one sentence', () => {
    const two = [target('x', 0, 0, 20, 'denial'), target('y', 0, 22, 40, 'denial')];
    const result = scoreQuiz([mark('m', 0, 0, 40, 'denial')], two);
    expect(result.hits).toHaveLength(2);
  });

  it('counts claims, not points: false alarms do not take found claims away', () => {
    const result = scoreQuiz(
      [mark('m0', 0, 0, 40), mark('m1', 9, 0, 5), mark('m2', 9, 10, 15), mark('m3', 9, 20, 25)],
      targets,
    );
    expect(result.hits).toHaveLength(1);
    expect(result.falseAlarms).toHaveLength(3);
    expect(scoreQuiz([], targets).misses).toHaveLength(3);
  });
});

/** Three claims as the engine reports them: a quote (attribution outside its span), and two reported sentences (attribution inside). */
const BLOCKS = [
  '“We have never interfered in elections in the United States, and we are not going to,” the Kremlin said in a statement.',
  'The Russian Foreign Ministry went further, describing a new report by U.S. officials as a compilation of speculation and Russophobic outbursts.',
  'It was not Russia that dismantled our relations, the Russian Embassy in Washington wrote on social media.',
  'Officials met on Tuesday to discuss trade, fishing rights, a new bridge, museum loans and the timetable of the ferry. They agreed on little. Later a spokesman said: “Not a single fact has been presented.” The talks resume next month in the capital, officials said.',
];
function claimIn(id: string, block: number, text: string, pattern: QuizTarget['pattern'], speaker: string): QuizTarget {
  const start = BLOCKS[block]!.indexOf(text);
  if (start < 0) throw new Error(`fixture: "${text}" not in block ${block}`);
  return { id, block, start, end: start + text.length, pattern, text, cues: [{ role: 'speaker', text: speaker }] };
}
const CLAIMS = [
  claimIn(
    'quote',
    0,
    'We have never interfered in elections in the United States, and we are not going to',
    'denial',
    'the Kremlin',
  ),
  claimIn('reported', 1, BLOCKS[1]!, 'dismissal', 'Russian Foreign Ministry'),
  claimIn('trailing', 2, BLOCKS[2]!, 'blame_shift', 'Russian Embassy in Washington'),
  claimIn('in-paragraph', 3, 'Not a single fact has been presented', 'dismissal', 'a spokesman'),
];
function markOn(block: number, text: string, pattern: QuizMark['pattern']): QuizMark {
  const start = BLOCKS[block]!.indexOf(text);
  if (start < 0) throw new Error(`fixture: "${text}" not in block ${block}`);
  return { id: 'm', block, start, end: start + text.length, pattern };
}
const coreOf = (t: QuizTarget) => {
  const c = claimCore(t);
  return BLOCKS[t.block]!.slice(c.start, c.end);
};

describe('claimCore: the claim’s words without its attribution', () => {
  it.each([
    ['quote', 'We have never interfered in elections in the United States, and we are not going to'],
    ['reported', 'describing a new report by U.S. officials as a compilation of speculation and Russophobic outbursts'],
    ['trailing', 'It was not Russia that dismantled our relations'],
  ])('%s → %s', (id, core) => {
    expect(coreOf(CLAIMS.find((c) => c.id === id)!)).toBe(core);
  });
  it('drops the subject when no comma sets the speaker apart', () => {
    const text = 'The Kremlin on Tuesday rejected fresh accusations from Washington.';
    const t: QuizTarget = {
      id: 'k',
      block: 0,
      start: 10,
      end: 10 + text.length,
      pattern: 'denial',
      text,
      cues: [{ role: 'speaker', text: 'The Kremlin' }],
    };
    const c = claimCore(t);
    expect(text.slice(c.start - 10, c.end - 10)).toBe('on Tuesday rejected fresh accusations from Washington');
  });
});

describe('quiz selections against labelled claims (table)', () => {
  type Outcome = 'right' | 'wrong pattern' | 'false alarm' | 'attribution';
  const rows: [string, number, string, QuizMark['pattern'], string | null, Outcome][] = [
    ['exact quote', 0, CLAIMS[0]!.text!, 'denial', 'quote', 'right'],
    [
      'exact words of a reported claim, without its attribution',
      1,
      'describing a new report by U.S. officials as a compilation of speculation and Russophobic outbursts',
      'dismissal',
      'reported',
      'right',
    ],
    [
      'exact words before a trailing attribution',
      2,
      'It was not Russia that dismantled our relations',
      'blame_shift',
      'trailing',
      'right',
    ],
    [
      'partial: the heart of the quote',
      0,
      'never interfered in elections in the United States',
      'denial',
      'quote',
      'right',
    ],
    [
      'partial: the evaluative end of a reported claim',
      1,
      'a compilation of speculation and Russophobic outbursts',
      'dismissal',
      'reported',
      'right',
    ],
    ['partial: too little to count', 0, 'We have never', 'denial', null, 'false alarm'],
    ['with attribution: the whole sentence around a quote', 0, BLOCKS[0]!, 'denial', 'quote', 'right'],
    ['with attribution: the whole reported sentence', 2, BLOCKS[2]!, 'blame_shift', 'trailing', 'right'],
    [
      'with attribution: quote and its sentence inside a paragraph',
      3,
      'Later a spokesman said: “Not a single fact has been presented.”',
      'dismissal',
      'in-paragraph',
      'right',
    ],
    ['attribution only, leading', 1, 'The Russian Foreign Ministry went further', 'dismissal', null, 'attribution'],
    [
      'attribution only, trailing',
      2,
      'the Russian Embassy in Washington wrote on social media',
      'blame_shift',
      null,
      'attribution',
    ],
    ['attribution only, after a quote', 0, 'the Kremlin said in a statement', 'denial', null, 'false alarm'],
    ['the whole paragraph around a short claim', 3, BLOCKS[3]!, 'dismissal', null, 'false alarm'],
    ['wrong pattern, exact quote', 0, CLAIMS[0]!.text!, 'dismissal', 'quote', 'wrong pattern'],
    [
      'wrong pattern, reported claim without attribution',
      1,
      'describing a new report by U.S. officials as a compilation of speculation',
      'deflection',
      'reported',
      'wrong pattern',
    ],
    ['wrong pattern, with attribution', 2, BLOCKS[2]!, 'denial', 'trailing', 'wrong pattern'],
    ['text that is no claim', 3, 'They agreed on little.', 'denial', null, 'false alarm'],
  ];
  it.each(rows)('%s', (_name, block, text, pattern, claimId, outcome) => {
    const result = scoreQuiz([markOn(block, text, pattern)], CLAIMS);
    if (outcome === 'right' || outcome === 'wrong pattern') {
      expect(result.hits.map((h) => h.target.id)).toEqual([claimId]);
      expect(result.hits[0]!.patternCorrect).toBe(outcome === 'right');
      expect(result.rightPattern).toBe(outcome === 'right' ? 1 : 0);
      expect(result.falseAlarms).toEqual([]);
      expect(result.misses).toHaveLength(CLAIMS.length - 1);
    } else {
      expect(result.hits).toEqual([]);
      expect(result.falseAlarms).toHaveLength(1);
      expect(result.falseAlarms[0]!.attributionOf?.id ?? null).toBe(
        outcome === 'attribution' ? CLAIMS[block]!.id : null,
      );
      expect(result.misses).toHaveLength(CLAIMS.length);
    }
  });
});
