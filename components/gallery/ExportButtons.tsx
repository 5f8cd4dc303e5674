import type { ExportDocument, ExportFormat } from '@/rules/export/index';
import { downloadExport } from '@/utils/download';

/** The handouts are named after the article; the machine formats say what they are. */
const SUFFIX: Record<ExportFormat, string> = {
  markdown: '',
  html: '',
  w3c: '-annotations',
  claimreview: '-claimreview',
};

const BUTTONS: { format: ExportFormat; label: string }[] = [
  { format: 'markdown', label: 'Download handout (Markdown)' },
  { format: 'html', label: 'Download handout (HTML)' },
  { format: 'w3c', label: 'W3C annotations' },
  { format: 'claimreview', label: 'ClaimReview' },
];

/** The current article's findings in each export format, built when a button is pressed. */
export function ExportButtons({
  makeDocument,
  baseName,
}: {
  makeDocument: () => ExportDocument | null;
  baseName: string;
}) {
  return (
    <div className="gallery-exports" role="group" aria-label="Export this article">
      {BUTTONS.map(({ format, label }) => (
        <button
          key={format}
          type="button"
          onClick={() => {
            const doc = makeDocument();
            if (doc) downloadExport(format, doc, `${baseName}${SUFFIX[format]}`);
          }}
        >
          {label}
        </button>
      ))}
    </div>
  );
}
