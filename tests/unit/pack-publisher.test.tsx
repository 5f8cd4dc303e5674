/** Issue #14: an assessment an imported pack defines is shown with that pack's publisher, a bundled one is not. */
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { RecordList } from '@/entrypoints/sidepanel/RecordList';
import type { FindingAssessment } from '@/rules/types';

const bundled: FindingAssessment = {
  id: 'mueller-report', title: 'Report', issuer: 'Special Counsel', kind: 'official-statement', date: '2019-04-18', datePrecision: 'day',
  url: 'https://example.gov/r', archiveUrl: null, allegation: false, finding: 'Found…', later: [], relevance: '',
};

describe('RecordList and pack assessments', () => {
  it('names the pack publisher next to the issuer of a pack-defined assessment only', () => {
    const el = document.createElement('div');
    document.body.append(el);
    act(() => createRoot(el).render(<RecordList assessments={[bundled, { ...bundled, id: 'example-report', issuer: 'Example committee', packPublisher: 'Example newsroom' }]} />));
    const [first, second] = [...el.querySelectorAll('li[data-assessment]')];
    expect(first!.textContent).not.toContain('pack publisher');
    expect(second!.querySelector('.cp-pack-publisher')!.textContent).toBe(" · added by the pack publisher Example newsroom, not Counterpoint's record");
  });
});
