/**
 * Saving text as a file from an extension page (packs, backups, exports): a Blob URL on a
 * temporary `<a download>`. Nothing leaves the device. One helper for the options page, the side
 * panel and the gallery, with one argument order: file name, then text, then type.
 */
import { exportAs, EXPORT_FILES, type ExportDocument, type ExportFormat } from '@/rules/export/index';

export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // Give the browser a moment to start the download before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Builds one export of `doc` and saves it as `fileName` (without extension; the format adds it). */
export function downloadExport(format: ExportFormat, doc: ExportDocument, fileName: string): void {
  const { extension, mime } = EXPORT_FILES[format];
  downloadText(`${fileName}.${extension}`, exportAs(format, doc), mime);
}
