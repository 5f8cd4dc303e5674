import type { ExportDocument, ExportFormat } from '@/rules/export/index';
import { downloadExport } from './download';

const BUTTONS: { format: ExportFormat; label: string }[] = [
  { format: 'markdown', label: 'Download handout (Markdown)' },
  { format: 'html', label: 'Download handout (HTML)' },
  { format: 'w3c', label: 'W3C annotations' },
  { format: 'claimreview', label: 'ClaimReview' },
];

/** The current article's findings in each export format, built when a button is pressed. */
export function ExportButtons({ makeDocument, baseName }: { makeDocument: () => ExportDocument | null; baseName: string }) {
  return (
    <div className="gallery-exports" role="group" aria-label="Export this article">
      {BUTTONS.map(({ format, label }) => (
        <button
          key={format}
          type="button"
          onClick={() => {
            const doc = makeDocument();
            if (doc) downloadExport(format, doc, baseName);
          }}
        >
          {label}
        </button>
      ))}
    </div>
  );
}
