/**
 * `npm run scan -- --format markdown|html|w3c|claimreview`: the scanner's results through the
 * same pure exporters the extension uses (rules/export). This module only adapts: a loaded
 * file and its findings become an `ExportDocument`, and the export's clock comes from here.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ExportDocument } from '../../rules/export/index';
import type { DocumentInput, Finding } from '../../rules/types';

/**
 * When the export was made: `SOURCE_DATE_EPOCH` (seconds, the reproducible-builds convention)
 * when set, so a scripted run can produce the same bytes twice; otherwise now.
 */
export function exportTimestamp(
  env: Record<string, string | undefined> = process.env,
  now: () => Date = () => new Date(),
): string {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000).toISOString();
  return now().toISOString();
}

/** A file's absolute `file:` URL, or the page's own URL when the loader found one. */
function sourceUrl(file: string, input: DocumentInput): string {
  if (input.url && /^[a-z][a-z0-9+.-]*:/i.test(input.url)) return input.url;
  return pathToFileURL(resolve(file)).href;
}

/** The export input for one scanned file; `source` stays the path as the user typed it. */
export function toExportDocument(
  file: string,
  input: DocumentInput,
  findings: Finding[],
  generatedAt: string,
): ExportDocument {
  const doc: ExportDocument = {
    source: file,
    url: sourceUrl(file, input),
    blocks: input.blocks,
    findings,
    generatedAt,
  };
  if (input.title) doc.title = input.title;
  if (input.published) doc.published = input.published;
  return doc;
}
