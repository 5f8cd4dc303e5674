/**
 * `npm run scan -- --format blocks`: what the extractor produced, before any analysis — for pack
 * authors and researchers checking why something was or was not found, and for `npm run eval`'s
 * extraction score. One JSON object, like the default format.
 */
import type { BlockKind, DocumentInput } from '../../rules/types';
import type { JsonFailure } from './format';

export interface JsonBlock {
  kind: BlockKind;
  text: string;
  /** The block's language: its `lang` attribute, else detected from its text; null if unknown. */
  lang: string | null;
}

export interface JsonBlocksDocument {
  source: string;
  title: string | null;
  published: string | null;
  /** The page's declared language (`<html lang>`, a Content-Language meta or `--lang`). */
  lang: string | null;
  blocks: JsonBlock[];
}

export interface BlocksOutput {
  documents: (JsonBlocksDocument | JsonFailure)[];
}

export function toBlocksDocument(source: string, input: DocumentInput): JsonBlocksDocument {
  return {
    source,
    title: input.title ?? null,
    published: input.published ?? null,
    lang: input.lang ?? null,
    blocks: input.blocks.map((b) => ({ kind: b.kind, text: b.text, lang: b.lang ?? input.lang ?? null })),
  };
}
