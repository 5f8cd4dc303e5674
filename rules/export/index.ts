/**
 * Exports of a page's findings (issue #7, trainer mode): handouts for people (Markdown, HTML)
 * and data for tools (W3C Web Annotation, schema.org ClaimReview). Pure functions of an
 * `ExportDocument`: no DOM, no clock, no browser API, so the side panel, the CLI and the
 * tests produce the same bytes for the same input.
 *
 *   exportAs('markdown', { source, title, blocks, findings, generatedAt: new Date().toISOString() })
 */
import { toClaimReviewsAll } from './claimreview';
import type { ExportDocument } from './document';
import { toHtml } from './html';
import { toMarkdownAll } from './markdown';
import { toAnnotationCollection } from './w3c';

export * from './document';
export {
  anchorQuote,
  selectorsFor,
  CONTEXT_LENGTH,
  type TextQuoteSelector,
  type TextPositionSelector,
  type TextSelector,
} from './anchor';
export { escapeMarkdown, toMarkdown, toMarkdownAll } from './markdown';
export { escapeHtml, toHtml } from './html';
export {
  toAnnotations,
  toAnnotationCollection,
  stableUuid,
  ANNO_CONTEXT,
  type WebAnnotation,
  type AnnotationCollection,
} from './w3c';
export {
  toClaimReviews,
  toClaimReviewsAll,
  ratingName,
  textFragment,
  REVIEW_AUTHOR,
  type ClaimReview,
} from './claimreview';
export { patternLabel, kindLabel, isAllegation } from './labels';

export const EXPORT_FORMATS = ['markdown', 'html', 'w3c', 'claimreview'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** What a download of each format is called and served as. */
export const EXPORT_FILES: Record<ExportFormat, { extension: string; mime: string }> = {
  markdown: { extension: 'md', mime: 'text/markdown;charset=utf-8' },
  html: { extension: 'html', mime: 'text/html;charset=utf-8' },
  w3c: { extension: 'jsonld', mime: 'application/ld+json;profile="http://www.w3.org/ns/anno.jsonld"' },
  claimreview: { extension: 'jsonld', mime: 'application/ld+json' },
};

export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}

/**
 * Several documents in one file: Markdown handouts separated by a rule, one HTML page with a
 * section per document, one AnnotationCollection, one JSON array of ClaimReviews.
 */
export function exportAll(format: ExportFormat, docs: readonly ExportDocument[]): string {
  switch (format) {
    case 'markdown':
      return toMarkdownAll(docs);
    case 'html':
      return toHtml(docs);
    case 'w3c':
      return `${JSON.stringify(toAnnotationCollection(docs), null, 2)}\n`;
    case 'claimreview':
      return `${JSON.stringify(toClaimReviewsAll(docs), null, 2)}\n`;
  }
}

/** One document in `format`, as the text of the file to download. */
export function exportAs(format: ExportFormat, doc: ExportDocument): string {
  return exportAll(format, [doc]);
}
