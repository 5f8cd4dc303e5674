import type { ExportFormat } from '@/rules/export/index';
import type { Finding } from '@/rules/types';
import { t, type MessageKey } from '@/utils/i18n';
import { downloadExport } from '@/utils/download';
import { sendToTab } from '@/utils/protocol';

const FORMATS: [ExportFormat, MessageKey][] = [
  ['markdown', 'exportMarkdown'],
  ['html', 'exportHtml'],
  ['w3c', 'exportW3c'],
  ['claimreview', 'exportClaimReview'],
];

/**
 * Exports of the tab's findings (issue #7): the panel has the findings; the page's content
 * script hands over the text blocks they point into, so W3C selectors and handouts match the
 * page exactly. Everything is built here and downloaded from a blob: nothing leaves the device.
 */
export function ExportButtons({
  tabId,
  findings,
  onError,
}: {
  tabId: number;
  findings: Finding[];
  onError: (message: string | null) => void;
}) {
  async function download(format: ExportFormat) {
    onError(null);
    try {
      const page = await sendToTab('getPageText', undefined, tabId);
      if (!page.ok) return onError(t('exportFailed', page.error));
      downloadExport(
        format,
        {
          source: page.url,
          url: page.url,
          title: page.title,
          ...(page.published ? { published: page.published } : {}),
          blocks: page.blocks,
          findings,
          generatedAt: new Date().toISOString(),
        },
        `counterpoint-${format}`,
      );
    } catch (error) {
      onError(t('exportFailed', error instanceof Error ? error.message : String(error)));
    }
  }

  if (findings.length === 0) return null;
  return (
    <section aria-labelledby="cp-export-heading" className="cp-export">
      <h2 id="cp-export-heading">{t('exportHeading')}</h2>
      <div className="cp-actions">
        {FORMATS.map(([format, label]) => (
          <button key={format} type="button" onClick={() => void download(format)}>
            {t(label)}
          </button>
        ))}
      </div>
    </section>
  );
}
