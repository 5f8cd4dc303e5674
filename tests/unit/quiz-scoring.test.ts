import { describe, expect, it } from 'vitest';
import { isHit, overlap, scoreQuiz, type QuizMark, type QuizTarget } from '@/components/gallery/quiz-scoring';

const target = (id: string, block: number, start: number, end: number, pattern: QuizTarget['pattern'] = 'denial'): QuizTarget => ({ id, block, start, end, pattern });
const mark = (id: string, block: number, start: number, end: number, pattern: QuizMark['pattern'] = 'denial'): QuizMark => ({ id, block, start, end, pattern });

describe('overlap and isHit', () => {
  it('counts shared characters only within one block', () => {
    expect(overlap({ block: 1, start: 0, end: 10 }, { block: 1, start: 5, end: 20 })).toBe(5);
    expect(overlap({ block: 1, start: 0, end: 10 }, { block: 2, start: 0, end: 10 })).toBe(0);
    expect(overlap({ block: 1, start: 0, end: 5 }, { block: 1, start: 5, end: 10 })).toBe(0);
  });

  it('accepts a mark around the claim but not a sliver of it or a whole article', () => {
    const claim = target('c', 0, 10, 50);
    expect(isHit(mark('m', 0, 5, 60), claim)).toBe(true); // the sentence around the claim
    expect(isHit(mark('m', 0, 10, 25), claim)).toBe(false); // under half of the claim
    expect(isHit(mark('m', 0, 0, 400), claim)).toBe(false); // 40 of 400 marked characters
    expect(isHit(mark('m', 1, 10, 50), claim)).toBe(false); // same offsets, other block
  });
});

describe('scoreQuiz', () => {
  const targets = [target('a', 0, 0, 40, 'denial'), target('b', 2, 10, 60, 'dismissal'), target('c', 3, 0, 30, 'deflection')];

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
    expect(result.falseAlarms.map((m) => m.id)).toEqual(['m3']);
    expect(result.perPattern.denial).toEqual({ expected: 1, correct: 1, wrongPattern: 0, missed: 0, falseAlarms: 0 });
    expect(result.perPattern.dismissal).toEqual({ expected: 1, correct: 0, wrongPattern: 1, missed: 0, falseAlarms: 0 });
    expect(result.perPattern.deflection.missed).toBe(1);
    expect(result.perPattern.blame_shift.falseAlarms).toBe(1);
    expect(result.score).toBe(1 + 0.5 - 0.5);
    expect(result.maxScore).toBe(3);
  });

  it('gives full marks for every claim found with its pattern', () => {
    const result = scoreQuiz(targets.map((t) => mark(`m-${t.id}`, t.block, t.start, t.end, t.pattern)), targets);
    expect(result.score).toBe(3);
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

  it('never goes below zero and scores an empty round as nothing found', () => {
    const result = scoreQuiz([mark('m1', 9, 0, 5), mark('m2', 9, 10, 15), mark('m3', 9, 20, 25)], targets);
    expect(result.score).toBe(0);
    expect(result.falseAlarms).toHaveLength(3);
    expect(scoreQuiz([], targets).misses).toHaveLength(3);
  });
});
