/**
 * The content script's pure helpers (issue #4): change detection between two extractions,
 * pointer hit-testing over rectangles, throttling, the card's wording, keyboard shortcuts and
 * which mutations are our own. Range and highlight code is tested in Chromium (tests/e2e).
 */
import { describe, expect, it, vi } from 'vitest';
import type { Finding, FindingAssessment } from '@/rules/engine/index';
import { carryFindings, diffBlocks } from '@/entrypoints/content/changed-blocks';
import { cardAssessments, claimByline, countLabel } from '@/entrypoints/content/card-text';
import { formatDate, isAllegation, kindLabel, shorten } from '@/rules/present/index';
import { highlightNameOf } from '@/page/highlights';
import { indexAtPoint, pointInRects, throttle } from '@/entrypoints/content/hit-test';
import { shortcutOf } from '@/entrypoints/content/keyboard';
import { isOwnMutation } from '@/entrypoints/content/watch-page';
import { PATTERNS } from '@/rules/types';
import { DOM_NAMES } from '@/utils/dom-names';

function finding(block: number, start: number, extra: Partial<Finding> = {}): Finding {
  return {
    id: `${block}:${start}:r`,
    block,
    start,
    end: start + 5,
    text: 'claim',
    quoted: true,
    speaker: 'Peskov',
    speakerId: 'dmitry-peskov',
    attribution: 'explicit',
    pattern: 'denial',
    packId: 'p',
    ruleId: 'r',
    claimDate: '2024-03-06',
    lang: 'en',
    assessments: [],
    cues: [],
    why: 'why',
    scope: { coverage: 'general', elections: [], from: null },
    ...extra,
  };
}

describe('diffBlocks / carryFindings', () => {
  it('an unchanged page has nothing to analyse and keeps every finding', () => {
    const diff = diffBlocks(['a', 'b', 'c'], ['a', 'b', 'c']);
    expect([...diff.changed]).toEqual([]);
    expect(carryFindings([finding(1, 0)], diff)).toEqual([finding(1, 0)]);
  });

  it('a paragraph inserted at the top shifts the others: only it (and the next block) are analysed', () => {
    const diff = diffBlocks(['a', 'b', 'c'], ['new', 'a', 'b', 'c']);
    expect([...diff.changed].sort()).toEqual([0, 1]);
    expect(diff.moved.get(0)).toBe(1);
    expect(diff.moved.get(2)).toBe(3);
    // Block "a" is re-analysed (it follows the new one), "c" is carried to its new index.
    const kept = carryFindings([finding(0, 3), finding(2, 4)], diff);
    expect(kept).toEqual([{ ...finding(3, 4), id: '3:4:r' }]);
  });

  it('an edited block is analysed again and its old findings dropped', () => {
    const diff = diffBlocks(['a', 'b', 'c'], ['a', 'B!', 'c']);
    expect([...diff.changed].sort()).toEqual([1, 2]);
    expect(carryFindings([finding(1, 0), finding(0, 2)], diff)).toEqual([finding(0, 2)]);
  });

  it('a removed block takes its findings with it; repeated texts are matched once each', () => {
    const diff = diffBlocks(['x', 'x', 'y'], ['x', 'y']);
    expect(diff.moved.get(0)).toBe(0);
    expect(diff.moved.get(2)).toBe(1);
    expect(diff.moved.has(1)).toBe(false);
    expect(carryFindings([finding(1, 0)], diff)).toEqual([]);
  });
});

describe('hit-test', () => {
  const rects = [{ left: 10, top: 10, right: 100, bottom: 30 }];
  it('finds a point inside a rectangle, with a little slop for line gaps', () => {
    expect(pointInRects(50, 20, rects)).toBe(true);
    expect(pointInRects(100.5, 30.5, rects)).toBe(true);
    expect(pointInRects(150, 20, rects)).toBe(false);
  });
  it('checks only the caret candidates when there are some, every item otherwise', () => {
    const all = [[{ left: 0, top: 0, right: 10, bottom: 10 }], rects];
    const rectsOf = vi.fn((i: number) => all[i]!);
    expect(indexAtPoint(50, 20, rectsOf, 2, [1])).toBe(1);
    expect(rectsOf).toHaveBeenCalledTimes(1);
    expect(indexAtPoint(5, 5, rectsOf, 2)).toBe(0);
    expect(indexAtPoint(500, 500, rectsOf, 2)).toBe(-1);
  });
  it('throttle runs at once, then once more with the latest arguments', () => {
    const timers: (() => void)[] = [];
    const fn = vi.fn();
    const t = throttle(fn, 50, (cb) => void timers.push(cb));
    t(1);
    t(2);
    t(3);
    expect(fn.mock.calls).toEqual([[1]]);
    expect(timers).toHaveLength(1);
    timers[0]!();
    expect(fn.mock.calls).toEqual([[1], [3]]);
  });
});

describe('card wording', () => {
  it('formats dates at the precision they are known, in UTC', () => {
    expect(formatDate('2017-01-06', 'en', 'en-GB')).toBe('6 January 2017');
    expect(formatDate('2019-04', 'en', 'en-GB')).toBe('April 2019');
    expect(formatDate('2020', 'en', 'en-GB')).toBe('2020');
    expect(formatDate(null)).toBe('');
    expect(formatDate('soon')).toBe('soon');
  });
  it('labels indictments as allegations and names other kinds', () => {
    expect(kindLabel('indictment')).toBe('Indictment');
    expect(kindLabel('investigation-report')).toBe('Investigation report');
    expect(kindLabel('committee-report')).toBe('Legislative committee report');
    expect(isAllegation({ kind: 'indictment' })).toBe(true);
    expect(isAllegation({ kind: 'official-statement', allegation: true })).toBe(true);
    expect(isAllegation({ kind: 'committee-report', allegation: false })).toBe(false);
    expect(kindLabel('intelligence-assessment')).toBe('Intelligence assessment');
    // Never an id, even for a kind this build does not know.
    expect(kindLabel('court-ruling')).toBe('Official document');
  });
  it('bylines, counts, long claims and the assessments shown', () => {
    expect(claimByline({ speaker: 'Peskov', claimDate: '2024-03-06' }, 'en-GB')).toBe('Peskov · 6 March 2024');
    expect(claimByline({ speaker: null, claimDate: null })).toBe('Speaker not named');
    expect(countLabel(1)).toBe('1 claim');
    expect(countLabel(3)).toBe('3 claims');
    expect(shorten('word '.repeat(100)).length).toBeLessThanOrEqual(241);
    expect(shorten('short')).toBe('short');
    const a = (id: string): FindingAssessment => ({
      id,
      title: id,
      issuer: 'i',
      kind: 'indictment',
      date: '2018',
      url: null,
      archiveUrl: null,
      relevance: '',
      allegation: true,
      finding: 'f',
      datePrecision: 'year',
      later: [],
      elections: [],
    });
    expect(cardAssessments({ assessments: ['a', 'b', 'c', 'd', 'e'].map(a) })).toMatchObject({
      more: 2,
      shown: [{ id: 'a' }, { id: 'b' }, { id: 'c' }],
    });
    // A balancing finding stays beside what it qualifies; a card always gets a link when one exists.
    const balance = { ...a('q'), qualifies: ['c'] };
    const linked = { ...a('l'), url: 'https://example.gov/l' };
    expect(
      cardAssessments({ assessments: [a('a'), a('b'), a('c'), balance, a('d'), linked] }).shown.map((x) => x.id),
    ).toEqual(['a', 'b', 'c', 'q', 'l']);
  });
});

describe('highlight names', () => {
  it('every pattern has its prefixed highlight name, listed in dom-names', () => {
    const listed = new Set<string>(Object.values(DOM_NAMES));
    for (const p of PATTERNS) expect(listed.has(highlightNameOf(p)), p).toBe(true);
    expect(highlightNameOf('counter_accusation')).toBe('counterpoint-counter-accusation');
  });
});

describe('keyboard shortcuts', () => {
  const key = (code: string, mods: Partial<KeyboardEvent> = {}) => ({
    key: code === 'Escape' ? 'Escape' : 'x',
    code,
    altKey: false,
    shiftKey: false,
    ctrlKey: false,
    metaKey: false,
    ...mods,
  });
  it('Alt+Shift+J / K by physical key, Escape only while a card is open', () => {
    expect(shortcutOf(key('KeyJ', { altKey: true, shiftKey: true }), false)).toBe('next');
    expect(shortcutOf(key('KeyK', { altKey: true, shiftKey: true }), false)).toBe('previous');
    expect(shortcutOf(key('KeyJ', { altKey: true }), false)).toBeNull();
    expect(shortcutOf(key('KeyJ', { altKey: true, shiftKey: true, ctrlKey: true }), false)).toBeNull();
    expect(shortcutOf(key('Escape'), true)).toBe('close');
    expect(shortcutOf(key('Escape'), false)).toBeNull();
  });
});

describe('isOwnMutation', () => {
  it('ignores our host being added or removed and anything inside it, not the page’s changes', () => {
    const host = document.createElement(DOM_NAMES.hostElement);
    const p = document.createElement('p');
    const list = (...nodes: Node[]) => nodes as unknown as NodeList;
    expect(
      isOwnMutation({
        type: 'childList',
        target: document.documentElement,
        addedNodes: list(host),
        removedNodes: list(),
      }),
    ).toBe(true);
    expect(
      isOwnMutation({
        type: 'childList',
        target: document.documentElement,
        addedNodes: list(),
        removedNodes: list(host),
      }),
    ).toBe(true);
    host.append(p);
    expect(isOwnMutation({ type: 'characterData', target: p, addedNodes: list(), removedNodes: list() })).toBe(true);
    expect(
      isOwnMutation({
        type: 'childList',
        target: document.body,
        addedNodes: list(document.createElement('p')),
        removedNodes: list(),
      }),
    ).toBe(false);
    expect(
      isOwnMutation({
        type: 'childList',
        target: document.body,
        addedNodes: list(host, document.createElement('p')),
        removedNodes: list(),
      }),
    ).toBe(false);
  });
});
