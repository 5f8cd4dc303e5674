/** Issue #14: an assessment an imported pack defines is shown with that pack's publisher (side panel, handouts), a bundled one is not. */
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { RecordList } from '@/entrypoints/sidepanel/RecordList';
import { toHtml, toMarkdown } from '@/rules/export/index';
import type { FindingAssessment } from '@/rules/types';
import { fixtureDoc } from '../fixtures/export/load';

const bundled: FindingAssessment = {
  id: 'mueller-report',
  title: 'Report',
  issuer: 'Special Counsel',
  kind: 'official-statement',
  date: '2019-04-18',
  datePrecision: 'day',
  url: 'https://example.gov/r',
  archiveUrl: null,
  allegation: false,
  finding: 'Found…',
  later: [],
  relevance: '',
  elections: [],
};

describe('RecordList and pack assessments', () => {
  it('names the pack publisher next to the issuer of a pack-defined assessment only', () => {
    const el = document.createElement('div');
    document.body.append(el);
    act(() =>
      createRoot(el).render(
        <RecordList
          assessments={[
            bundled,
            { ...bundled, id: 'example-report', issuer: 'Example committee', packPublisher: 'Example newsroom' },
          ]}
        />,
      ),
    );
    const [first, second] = [...el.querySelectorAll('li[data-assessment]')];
    expect(first!.textContent).not.toContain('pack publisher');
    expect(second!.querySelector('.cp-pack-publisher')!.textContent).toBe(
      " · added by the pack publisher Example newsroom, not Counterpoint's record",
    );
  });
});

describe('handouts and pack assessments', () => {
  it('Markdown and HTML name the pack publisher of a pack-defined assessment, escaped, and say nothing for a bundled one', () => {
    const doc = fixtureDoc('repeated-claim.txt');
    const f = doc.findings[0]!;
    const own = { ...f.assessments[0]!, id: 'example-report', packPublisher: '<b>Example</b> *newsroom*' };
    const withPack = { ...doc, findings: [{ ...f, assessments: [f.assessments[0]!, own] }] };
    const md = toMarkdown(withPack);
    expect(md.match(/Added by the pack publisher/g)).toHaveLength(1);
    expect(md).toContain(
      "Added by the pack publisher \\<b\\>Example\\</b\\> \\*newsroom\\*, not Counterpoint's record",
    );
    const html = toHtml(withPack);
    expect(html.match(/Added by the pack publisher/g)).toHaveLength(1);
    expect(html).toContain(
      "Added by the pack publisher &lt;b&gt;Example&lt;/b&gt; *newsroom*, not Counterpoint's record",
    );
    expect(toMarkdown(doc)).not.toContain('pack publisher');
  });
});
