import { readFileSync } from 'node:fs';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { RecordList } from '@/entrypoints/sidepanel/RecordList';
import { compareIsoDates, layoutTimeline } from '@/entrypoints/sidepanel/timeline-layout';
import { nextClaimId } from '@/entrypoints/sidepanel/ui-store';
import type { Finding, FindingAssessment, EvidenceScope } from '@/rules/types';
import { formatDate } from '@/rules/present/index';
import { fallbackMessage, setLanguageOverride, t, tn } from '@/utils/i18n';
import { formatUiDate } from '@/utils/present-ui';
import { countByPattern, patternLabel } from '@/utils/pattern-labels';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
afterEach(() => document.body.replaceChildren());

describe('formatDate (rules/present, as the side panel uses it)', () => {
  it('is no more precise than the date is known, in the given locale, without time-zone shifts', () => {
    expect(formatDate('2024-03-06', 'en', 'en-GB')).toBe('6 March 2024');
    expect(formatDate('2024-03-06', 'en', 'en-US')).toBe('March 6, 2024');
    expect(formatDate('2024-03', 'en', 'en-GB')).toBe('March 2024');
    expect(formatDate('2017', 'en', 'en-GB')).toBe('2017');
    expect(formatDate('2024-03-06', 'ru', 'ru')).toBe('6 марта 2024 г.');
    expect(formatDate('2024-01-01', 'en', 'en-GB')).toBe('1 January 2024');
    expect(formatDate('soon', 'en', 'en-GB')).toBe('soon');
  });
  it('follows the interface language and the browser locale (formatUiDate)', () => {
    setLanguageOverride('ru');
    try {
      expect(formatUiDate('2024-03-06')).toBe('6 марта 2024 г.');
    } finally {
      setLanguageOverride(null);
    }
  });
});

describe('timeline layout', () => {
  const a = (id: string, date: string) => ({ id, date });
  it('compares dates at the precision both have', () => {
    expect(compareIsoDates('2017-01', '2024-03-06')).toBe(-1);
    expect(compareIsoDates('2024', '2024-03-06')).toBe(0);
    expect(compareIsoDates('2024-04-01', '2024-03-06')).toBe(1);
  });
  it('places dates linearly between the paddings and counts what predates the claim', () => {
    const l = layoutTimeline('2020-01-01', [a('x', '2010-01-01'), a('y', '2030-01-01'), a('z', '2020')], 220, 10);
    expect(l.points.map((p) => p.x)).toEqual([10, 210, expect.closeTo(110, 0)]);
    expect(l.claimX).toBeCloseTo(110, 0);
    expect(l.points.map((p) => p.predates)).toEqual([true, false, false]);
    expect(l.predateCount).toBe(1);
    expect([l.startYear, l.endYear]).toEqual([2010, 2030]);
  });
  it('centres a single date and has no claim mark for an undated claim', () => {
    const l = layoutTimeline(null, [a('x', '2018-02')], 300);
    expect(l.points[0]!.x).toBe(150);
    expect(l.claimX).toBeNull();
    expect(l.predateCount).toBe(0);
    expect(layoutTimeline('2024', [], 300).points).toEqual([]);
  });
});

describe('claim counts and roving focus', () => {
  it('counts claims by pattern in pattern order, with their names', () => {
    const f = (pattern: Finding['pattern']) => ({ pattern });
    expect(countByPattern([f('dismissal'), f('denial'), f('denial')])).toEqual([
      { pattern: 'denial', label: 'Denial', count: 2 },
      { pattern: 'dismissal', label: 'Dismissal', count: 1 },
    ]);
    expect(patternLabel('blame_shift')).toBe('Blame shift');
  });
  it('moves between claims and stops at the ends', () => {
    const ids = ['a', 'b', 'c'];
    expect(nextClaimId(ids, 'a', 'ArrowDown')).toBe('b');
    expect(nextClaimId(ids, 'c', 'ArrowDown')).toBe('c');
    expect(nextClaimId(ids, 'a', 'ArrowUp')).toBe('a');
    expect(nextClaimId(ids, 'gone', 'ArrowUp')).toBe('a');
    expect(nextClaimId(ids, 'b', 'End')).toBe('c');
    expect(nextClaimId([], null, 'Home')).toBeNull();
  });
});

describe('i18n', () => {
  const en = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as Record<
    string,
    { message: string; placeholders?: object }
  >;
  const ru = JSON.parse(readFileSync('public/_locales/ru/messages.json', 'utf8')) as typeof en;

  it('falls back to the English file where the browser has no i18n (fake browser)', () => {
    expect(t('thisTab')).toBe('This tab');
    expect(t('siteSwitch', 'example.org')).toBe('On example.org');
    expect(fallbackMessage('timelineDesc', ['6 March 2024', '4'])).toBe(
      'The statement (6 March 2024) against the dates of 4 official findings.',
    );
    expect(fallbackMessage('no-such-key')).toBe('no-such-key');
    expect(tn('claimsOnPage', 1, 'en')).toBe('1 claim on this page');
    expect(tn('claimsOnPage', 3, 'en')).toBe('3 claims on this page');
  });
  it('asks the browser first, with the plural form the language needs', () => {
    const original = fakeBrowser.i18n.getMessage;
    fakeBrowser.i18n.getMessage = ((key: string, subs?: string[]) => `${key}|${subs?.join(',')}`) as typeof original;
    try {
      expect(tn('claimsOnPage', 1, 'ru')).toBe('claimsOnPage_one|1');
      expect(tn('claimsOnPage', 3, 'ru')).toBe('claimsOnPage_few|3');
      expect(tn('claimsOnPage', 5, 'ru')).toBe('claimsOnPage_many|5');
      expect(tn('predate', 21, 'ru')).toBe('predate_one|21');
      expect(tn('predate', 2, 'en')).toBe('predate_other|2');
    } finally {
      fakeBrowser.i18n.getMessage = original;
    }
  });
  it('has every key in Russian, with the same placeholders', () => {
    expect(Object.keys(ru).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en)) expect(ru[key]!.placeholders, key).toEqual(en[key]!.placeholders);
  });
});

describe('RecordList', () => {
  const base: FindingAssessment = {
    id: 'x',
    title: 'An indictment',
    issuer: 'U.S. DOJ',
    kind: 'indictment',
    date: '2018-02-16',
    datePrecision: 'day',
    url: 'https://example.gov/a',
    archiveUrl: 'https://web.archive.org/web/20240101000000/https://example.gov/a',
    allegation: true,
    outcome: 'Dismissed in part',
    finding: 'A grand jury charged…',
    later: [],
    relevance: '',
    elections: [{ country: 'US', year: 2016 }],
    caveat: 'It did not say the vote changed.',
  };
  it('labels allegations, links source and archive safely, and marks unverified addresses', () => {
    const el = document.createElement('div');
    document.body.append(el);
    const lookup = {
      ...base,
      id: 'z',
      allegation: false,
      kind: 'investigation-report',
      archiveUrl: 'https://web.archive.org/web/https://example.gov/a',
    };
    const scope: EvidenceScope = { coverage: 'election', elections: [{ country: 'US', year: 2016 }], from: 'claim' };
    act(() =>
      createRoot(el).render(
        <RecordList
          scope={scope}
          assessments={[
            base,
            {
              ...base,
              id: 'y',
              kind: 'committee-report',
              allegation: false,
              url: null,
              archiveUrl: null,
              sourceNote: 'Printed report',
            },
            lookup,
          ]}
        />,
      ),
    );
    expect(el.querySelector('.cp-scope')!.textContent).toBe('About the 2016 U.S. election');
    const [first, second, third] = [...el.querySelectorAll('li[data-assessment]')];
    expect(first!.textContent).toContain('Allegation');
    expect(first!.textContent).toContain('Outcome so far: Dismissed in part');
    expect(first!.textContent).toContain('Caveat: It did not say the vote changed.');
    expect([...first!.querySelectorAll('a')].map((a) => [a.getAttribute('href'), a.target, a.rel])).toEqual([
      ['https://example.gov/a', '_blank', 'noopener noreferrer'],
      ['https://web.archive.org/web/20240101000000/https://example.gov/a', '_blank', 'noopener noreferrer'],
    ]);
    expect(second!.textContent).not.toContain('Allegation');
    expect(second!.textContent).toContain('Printed report Its address is unverified.');
    expect(second!.querySelectorAll('a')).toHaveLength(0);
    // A Wayback lookup is not a checked snapshot: no archive link; the kind is in reader words.
    expect([...third!.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['https://example.gov/a']);
    expect(third!.textContent).toContain('Investigation report');
    expect(third!.textContent).not.toContain('investigation-report');
  });
});
