/**
 * Findings as W3C Web Annotation Data Model JSON-LD (https://www.w3.org/TR/annotation-model/),
 * so annotation tools (Hypothesis, Recogito, a course platform) can show them on the page.
 *
 * One annotation per finding, `motivation: "classifying"`:
 *  - bodies: a TextualBody with purpose `classifying` whose value is the pattern id; a
 *    TextualBody with purpose `describing` (the pattern's label and why it matched); and one
 *    SpecificResource with purpose `linking` per assessment that has an address, carrying the
 *    archived copy as a TimeState (`cached`), the model's term for a snapshot;
 *  - target: the source with a TextQuoteSelector (exact, ≤32-code-point prefix and suffix) and
 *    a TextPositionSelector (code points into the document text, see document.ts).
 * Ids are `urn:uuid:` built from a hash of source, offsets and rule, so exporting the same
 * page twice gives the same ids and a tool can de-duplicate; `created` is `generatedAt`.
 * Several documents go into one AnnotationCollection with a single AnnotationPage.
 */
import { isArchiveSnapshot } from '../present/assessment';
import type { Finding } from '../types';
import { selectorsFor, type TextQuoteSelector, type TextPositionSelector } from './anchor';
import { absoluteOffsets, documentText, type ExportDocument } from './document';
import { patternLabel } from './labels';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

type Body =
  | { type: 'TextualBody'; purpose: 'classifying' | 'describing'; value: string; format: 'text/plain'; language: 'en' }
  | {
      type: 'SpecificResource';
      purpose: 'linking';
      source: { id: string; type: 'Text'; label: string };
      state?: { type: 'TimeState'; cached: string; sourceDate?: string };
    };

export interface WebAnnotation {
  '@context': typeof ANNO_CONTEXT;
  id: string;
  type: 'Annotation';
  motivation: 'classifying';
  created: string;
  generator: { type: 'Software'; name: 'Counterpoint' };
  body: Body[];
  target: { source: string; selector: [TextQuoteSelector, TextPositionSelector] };
}

export interface AnnotationCollection {
  '@context': typeof ANNO_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first: { id: string; type: 'AnnotationPage'; startIndex: 0; items: WebAnnotation[] };
}

/** FNV-1a (32 bits) with a seed: four seeds give the 128 bits of a UUID. Not for security. */
function fnv1a(text: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** A deterministic `urn:uuid:` for `key`: UUID version 8 (RFC 9562, "custom"), variant 10. */
export function stableUuid(key: string): string {
  const hex = [1, 2, 3, 4]
    .map((seed) =>
      fnv1a(key, seed * 0x9e3779b1)
        .toString(16)
        .padStart(8, '0'),
    )
    .join('');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The IRI an annotation targets: the document's URL, else its source as given. */
export function targetIri(doc: Pick<ExportDocument, 'source' | 'url'>): string {
  return doc.url ?? doc.source;
}

function bodies(f: Finding): Body[] {
  const out: Body[] = [
    { type: 'TextualBody', purpose: 'classifying', value: f.pattern, format: 'text/plain', language: 'en' },
    {
      type: 'TextualBody',
      purpose: 'describing',
      value: `${patternLabel(f.pattern)}: ${f.why}`,
      format: 'text/plain',
      language: 'en',
    },
  ];
  for (const a of f.assessments) {
    if (!a.url) continue;
    const body: Body = {
      type: 'SpecificResource',
      purpose: 'linking',
      source: { id: a.url, type: 'Text', label: `${a.date} — ${a.title} (${a.issuer})` },
    };
    if (isArchiveSnapshot(a.archiveUrl)) body.state = { type: 'TimeState', cached: a.archiveUrl };
    out.push(body);
  }
  return out;
}

/** One annotation per finding of `doc`, in finding order. */
export function toAnnotations(doc: ExportDocument): WebAnnotation[] {
  const text = documentText(doc.blocks);
  const source = targetIri(doc);
  return doc.findings.map((f) => {
    const { start, end } = absoluteOffsets(doc.blocks, f);
    return {
      '@context': ANNO_CONTEXT,
      id: stableUuid(`${source}\u0000${start}\u0000${end}\u0000${f.packId}/${f.ruleId}`),
      type: 'Annotation',
      motivation: 'classifying',
      created: doc.generatedAt,
      generator: { type: 'Software', name: 'Counterpoint' },
      body: bodies(f),
      target: { source, selector: selectorsFor(text, start, end) },
    };
  });
}

/** Every annotation of `docs` in one AnnotationCollection (one page: handouts are small). */
export function toAnnotationCollection(docs: readonly ExportDocument[]): AnnotationCollection {
  const items = docs.flatMap(toAnnotations);
  const key = docs.map((d) => `${targetIri(d)}\u0000${d.generatedAt}`).join('\u0001');
  const id = stableUuid(`collection\u0000${key}`);
  return {
    '@context': ANNO_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label: `Counterpoint findings: ${docs.map((d) => d.title?.trim() || d.source).join('; ') || 'no documents'}`,
    total: items.length,
    first: { id: stableUuid(`page\u0000${key}`), type: 'AnnotationPage', startIndex: 0, items },
  };
}
