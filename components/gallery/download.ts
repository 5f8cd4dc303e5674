/** Saves text as a file from an extension page: a Blob URL on a temporary `<a download>`. */
import { exportAs, EXPORT_FILES, type ExportDocument, type ExportFormat } from '@/rules/export/index';

export function downloadText(text: string, filename: string, mime: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadExport(format: ExportFormat, doc: ExportDocument, baseName: string): void {
  const { extension, mime } = EXPORT_FILES[format];
  const suffix = format === 'w3c' ? '-annotations' : format === 'claimreview' ? '-claimreview' : '';
  downloadText(exportAs(format, doc), `${baseName}${suffix}.${extension}`, mime);
}
