/**
 * The in-page UI (card, pill, legend) speaks the interface language the content script was
 * given in its scan config (`setLanguageOverride`), whatever the browser's language: every
 * string, the pattern's name, counts with the right plural form, and dates.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ClaimCard } from '@/entrypoints/content/card';
import { claimAnnouncement, countLabel, countLabelAt, positionLabel } from '@/entrypoints/content/card-text';
import { kindLabel } from '@/rules/present/index';
import { presentLang } from '@/utils/present-ui';
import { buildLegend } from '@/entrypoints/content/legend';
import { FindingsPill } from '@/entrypoints/content/pill';
import type { Finding, FindingAssessment } from '@/rules/types';
import { setLanguageOverride } from '@/utils/i18n';

afterEach(() => setLanguageOverride(null));

function assessment(id: string, extra: Partial<FindingAssessment> = {}): FindingAssessment {
  return {
    id,
    title: `Title ${id}`,
    issuer: 'U.S. DOJ',
    kind: 'indictment',
    date: '2018-02-16',
    datePrecision: 'day',
    url: null,
    archiveUrl: null,
    allegation: true,
    outcome: 'Dismissed in part',
    finding: 'A grand jury charged…',
    later: [],
    relevance: '',
    elections: [{ country: 'US', year: 2016 }],
    ...extra,
  };
}

const FINDING: Finding = {
  id: '0:1:r',
  block: 0,
  start: 1,
  end: 10,
  text: 'We never interfered',
  quoted: true,
  speaker: null,
  speakerId: null,
  attribution: 'none',
  pattern: 'denial',
  packId: 'p',
  ruleId: 'r',
  claimDate: '2024-03-06',
  lang: 'en',
  cues: [],
  why: 'The speaker says Russia did not interfere.',
  assessments: ['a', 'b', 'c', 'd'].map((id) => assessment(id)),
  scope: { coverage: 'general', elections: [], from: null },
};

function openCard(): HTMLElement {
  const card = new ClaimCard({ close: vi.fn(), openContext: vi.fn(async () => null) });
  document.body.append(card.element);
  card.show(FINDING, [], positionLabel(0, 3));
  return card.element;
}

describe('in-page UI in the chosen interface language', () => {
  it('English by default: the card’s words as before', () => {
    const card = openCard();
    expect(card.querySelector('.pattern')?.textContent).toBe('Denial · 1 of 3');
    expect(card.textContent).toContain('The official record');
    expect(card.textContent).toContain('No election named: a general set of official assessments.');
    expect(card.querySelector('.meta')?.textContent).toBe('U.S. DOJ · February 16, 2018 · Indictment');
    expect(card.textContent).toContain('Allegation, not a finding of a court. Outcome so far: Dismissed in part');
    expect(card.textContent).toContain('1 more in the side panel');
    expect(card.querySelector('button.open')?.textContent).toBe('Open context');
    expect(card.querySelector('button.close')?.getAttribute('aria-label')).toBe('Close (Escape)');
    card.remove();
  });

  it('Russian when the config says so: every card string, plural forms and dates', () => {
    setLanguageOverride('ru');
    const card = openCard();
    expect(card.lang).toBe('ru');
    expect(card.querySelector('.pattern')?.textContent).toBe('Отрицание · 1 из 3');
    expect(card.querySelector('.byline')?.textContent).toBe('Автор не назван · 6 марта 2024 г.');
    expect(card.querySelector('h2')?.textContent).toBe('Официальные документы');
    expect(card.querySelector('.scope')?.textContent).toBe('Выборы не названы: общий набор официальных оценок.');
    expect(card.querySelector('.meta')?.textContent).toBe('U.S. DOJ · 16 февраля 2018 г. · Обвинительное заключение');
    expect(card.querySelector('.allegation')?.textContent).toBe(
      'Обвинение, а не решение суда. Итог на сегодня: Dismissed in part',
    );
    expect(card.querySelector('.more')?.textContent).toBe('Ещё 1 — в боковой панели');
    expect(card.querySelector('button.open')?.textContent).toBe('Открыть контекст');
    expect(card.querySelector('button.close')?.getAttribute('aria-label')).toBe('Закрыть (Escape)');
    card.remove();
  });

  it('Russian counts take the form the number needs', () => {
    setLanguageOverride('ru');
    expect([1, 3, 5, 21].map(countLabel)).toEqual([
      '1 утверждение',
      '3 утверждения',
      '5 утверждений',
      '21 утверждение',
    ]);
    expect(countLabelAt(0, 1)).toBe('1 из 1 утверждения');
    expect(countLabelAt(1, 3)).toBe('2 из 3 утверждений');
    expect(kindLabel('intelligence-assessment', presentLang())).toBe('Оценка разведки');
    expect(claimAnnouncement({ pattern: 'dismissal', speaker: 'Peskov', claimDate: null }, 1, 3)).toBe(
      'Утверждение 2 из 3: Пренебрежение, Peskov',
    );
  });

  it('the pill and the legend are named in the language, and the pill renames itself when it changes', () => {
    const pill = new FindingsPill({ step: vi.fn() });
    pill.update(3, 0);
    expect(pill.element.getAttribute('aria-label')).toBe('Counterpoint: claims on this page');
    expect(pill.element.querySelector('.count')?.textContent).toBe('1 of 3 claims');
    setLanguageOverride('ru');
    pill.relabel();
    pill.update(3, 0);
    expect(pill.element.lang).toBe('ru');
    expect(pill.element.getAttribute('aria-label')).toBe('Counterpoint: утверждения на странице');
    expect(pill.element.querySelector('.next')?.getAttribute('aria-label')).toBe('Следующее утверждение (Alt+Shift+J)');
    expect(pill.element.querySelector('.count')?.textContent).toBe('1 из 3 утверждений');
    const legend = buildLegend();
    expect(legend.querySelector('h2')?.textContent).toBe('Counterpoint · Легенда приёмов');
    expect([...legend.querySelectorAll('.legend-label')].map((l) => l.textContent)).toContain('Перекладывание вины');
  });
});
