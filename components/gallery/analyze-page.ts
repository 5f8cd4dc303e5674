/**
 * The content script's pipeline, run by an extension page on its own document (content
 * scripts never run on extension pages): extract → analyze → annotate. Painting is separate
 * (HighlightPainter), so the quiz can analyse without showing anything.
 */
import { extractDocument, type BlockMap } from '@/page/extract/index';
import { annotate, type Annotation } from '@/page/to-ranges';
import { analyze, createEngine, type Engine, type Finding, type TextBlock } from '@/rules/index';

let engine: Engine | null = null;

export interface PageAnalysis {
  blocks: TextBlock[];
  maps: BlockMap[];
  findings: Finding[];
  annotations: Annotation[];
  title?: string;
}

/** Analyses `doc` as the content script would; `published` stands in for the page's date. */
export function analyzePage(doc: Document, published?: string): PageAnalysis {
  engine ??= createEngine();
  const { input, maps } = extractDocument(doc);
  const findings = analyze(engine, { ...input, published: published ?? input.published });
  const annotations = annotate(doc, findings, maps);
  return { blocks: input.blocks, maps, findings, annotations, title: input.title };
}
