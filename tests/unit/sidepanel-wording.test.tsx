/**
 * Issue #15: the side panel's wording and timeline geometry. Kinds in reader words, one display
 * name per person, no doubled sentence ends, and timeline labels that never overlap.
 */
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { EvidenceTimeline } from '@/entrypoints/sidepanel/EvidenceTimeline';
import { RecordList } from '@/entrypoints/sidepanel/RecordList';
import { speakerName } from '@/utils/speaker-name';
import { LABEL_CHAR_PX, layoutTimeline, placeMarkers } from '@/entrypoints/sidepanel/timeline-layout';
import type { FindingAssessment } from '@/rules/types';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const assessment = (id: string, date: string, kind: string): FindingAssessment => ({
  id,
  title: `Report ${id}`,
  issuer: 'An issuer',
  kind,
  date,
  datePrecision: 'day',
  url: null,
  archiveUrl: null,
  allegation: kind === 'indictment',
  outcome: undefined,
  finding: 'Found something.',
  later: [],
  relevance: '',
  elections: [],
});

function render(node: React.ReactNode): HTMLElement {
  const el = document.createElement('div');
  document.body.append(el);
  act(() => createRoot(el).render(node));
  return el;
}

describe('side panel wording', () => {
  it('names kinds of assessment in reader words, never by id', () => {
    const el = render(
      <RecordList
        assessments={['official-statement', 'intelligence-assessment', 'committee-report', 'indictment'].map((k, i) =>
          assessment(`a${i}`, '2019-01-01', k),
        )}
      />,
    );
    const text = el.textContent ?? '';
    expect(text).toContain('Official statement');
    expect(text).toContain('Intelligence assessment');
    expect(text).not.toMatch(/official-statement|intelligence-assessment|committee-report/);
  });

  it('gives one display name per known person, whatever the article wrote', () => {
    const names = ['Peskov', 'Kremlin spokesman Dmitry Peskov', 'he'].map((speaker) =>
      speakerName({ speaker, speakerId: 'dmitry-peskov' }),
    );
    expect(new Set(names)).toEqual(new Set(['Dmitry Peskov']));
    expect(speakerName({ speaker: 'the embassy', speakerId: null })).toBe('the embassy');
  });

  it('says an undated statement once, with one full stop', () => {
    const el = render(
      <EvidenceTimeline claimDate={null} assessments={[assessment('a', '2017-01-06', 'intelligence-assessment')]} />,
    );
    const caption = el.querySelector('figcaption')!.textContent!;
    expect(caption.trim()).toBe('The statement’s date is unknown.');
    expect(el.querySelector('desc')!.textContent).not.toMatch(/\.\./);
  });

  it('dated: the statement, its date and how many findings predate it, each sentence ended once', () => {
    const el = render(
      <EvidenceTimeline
        claimDate="2024-03-06"
        assessments={[
          assessment('a', '2017-01-06', 'intelligence-assessment'),
          assessment('b', '2025-01-01', 'indictment'),
        ]}
      />,
    );
    const caption = el.querySelector('figcaption')!.textContent!;
    expect(caption).toMatch(/Statement: .*2024\. 1 official finding predates this statement\.$/);
    expect(caption).not.toMatch(/\.\./);
    expect(el.querySelectorAll('.cp-timeline-marker text')).toHaveLength(3);
  });
});

describe('timeline markers', () => {
  const dates = [
    '2016-10-07',
    '2017-01-06',
    '2018-02-16',
    '2018-07-13',
    '2019-04-18',
    '2019-10-08',
    '2020-08-18',
    '2021-03-16',
  ];
  it.each([160, 240, 320, 480, 800])(
    'labels never overlap in a lane at %i px, and every marker is labelled',
    (width) => {
      const layout = layoutTimeline(
        '2024-03-06',
        dates.map((d, i) => ({ id: `a${i}`, date: d })),
        width - 48,
        0,
      );
      const markers = placeMarkers(layout, 'Statement 2024', (d) => d.slice(0, 4), 24);
      expect(markers).toHaveLength(dates.length + 1);
      for (const m of markers) expect(m.label).not.toBe('');
      const byLane = new Map<number, { left: number; right: number }[]>();
      for (const m of markers) {
        const half = (m.label.length * LABEL_CHAR_PX) / 2;
        const box = { left: m.labelX - half, right: m.labelX + half };
        expect(box.left).toBeGreaterThanOrEqual(0);
        expect(box.right).toBeLessThanOrEqual(width + 0.01);
        for (const other of byLane.get(m.lane) ?? [])
          expect(box.left >= other.right || box.right <= other.left, `${m.label} at ${width}px`).toBe(true);
        byLane.set(m.lane, [...(byLane.get(m.lane) ?? []), box]);
      }
    },
  );
  it('keeps one lane when there is room', () => {
    const layout = layoutTimeline('2024-03-06', [{ id: 'a', date: '2017-01-06' }], 320, 0);
    expect(placeMarkers(layout, 'Statement 2024', (d) => d.slice(0, 4)).map((m) => m.lane)).toEqual([0, 0]);
  });
});
