/**
 * Turns files into the engine's `DocumentInput`:
 *  - .html/.htm: parsed with linkedom and extracted by `extractDocument`, as in the content script;
 *  - .txt: paragraphs split on blank lines (one paragraph per non-empty line when the file has no
 *    blank line); the first block is a heading when it is short and does not end a sentence.
 * Block texts are slices of the (CRLF-normalised) file, so findings' texts are too.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { extractDocument } from '../../page/extract/index';
import { decodeBytes, DecodeError } from './decode';
import type { DocumentInput, TextBlock } from '../../rules/types';

export const HEADING_MAX = 150;

export interface LoadedText {
  input: DocumentInput;
  /** The file's text with CRLF/CR turned into LF: block texts are slices of it. */
  text: string;
  /** `offsets[i]` is where `input.blocks[i].text` starts in `text`. */
  offsets: number[];
}

export interface LoadedDoc {
  source: string;
  input: DocumentInput;
  truncated: boolean;
}

export class LoadError extends Error {
  override name = 'LoadError';
}

const SENTENCE_END = /[.!?…"'”’»›“]$/u;

export function loadTxt(raw: string, options: { lang?: string; published?: string } = {}): LoadedText {
  const text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const separator = /\n[ \t]*\n/.test(text) ? /\n[ \t]*\n(?:[ \t]*\n)*/g : /\n/g;
  const blocks: TextBlock[] = [];
  const offsets: number[] = [];
  let from = 0;
  const push = (start: number, end: number) => {
    const chunk = text.slice(start, end);
    const lead = chunk.length - chunk.trimStart().length;
    const body = chunk.trim();
    if (body) {
      blocks.push({ kind: 'paragraph', text: body });
      offsets.push(start + lead);
    }
  };
  for (const m of text.matchAll(separator)) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, text.length);
  const first = blocks[0];
  if (first && first.text.length <= HEADING_MAX && !SENTENCE_END.test(first.text)) first.kind = 'heading';
  const input: DocumentInput = { blocks };
  if (first?.kind === 'heading') input.title = first.text;
  if (options.lang) input.lang = options.lang;
  if (options.published) input.published = options.published;
  return { input, text, offsets };
}

export function loadHtml(html: string, options: { lang?: string; url?: string } = {}): LoadedDoc & { source: '' } {
  const { document } = parseHTML(html);
  const { input, truncated } = extractDocument(
    document as unknown as Document,
    options.url ? { url: options.url } : {},
  );
  if (options.lang) input.lang = options.lang;
  return { source: '', input, truncated };
}

export function isHtmlPath(path: string): boolean {
  return ['.html', '.htm'].includes(extname(path).toLowerCase());
}

/** Reads and converts one file; throws `LoadError` with a readable message. */
export function loadFile(path: string, options: { lang?: string; encoding?: string } = {}): LoadedDoc {
  const ext = extname(path).toLowerCase();
  if (!['.html', '.htm', '.txt'].includes(ext)) {
    throw new LoadError(`${path}: unsupported file type "${ext || '(none)'}" (expected .html, .htm or .txt)`);
  }
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a directory'
          : code === 'EACCES'
            ? 'permission denied'
            : String(error);
    throw new LoadError(`${path}: cannot read file (${why})`);
  }
  let raw: string;
  try {
    // The byte-order mark, <meta charset> or --encoding, as a browser would (decode.ts).
    raw = decodeBytes(bytes, { encoding: options.encoding, html: ext !== '.txt' }).text;
  } catch (error) {
    if (error instanceof DecodeError) throw new LoadError(`${path}: ${error.message}`);
    throw error;
  }
  try {
    if (ext === '.txt') return { source: path, input: loadTxt(raw, options).input, truncated: false };
    const doc = loadHtml(raw, { ...options, url: pathToFileURL(resolve(path)).href });
    return { ...doc, source: path };
  } catch (error) {
    throw new LoadError(`${path}: cannot parse (${error instanceof Error ? error.message : String(error)})`);
  }
}

/** Every `.html` page of a directory (sorted by name), extracted, with their text's size in bytes. */
export function loadPageDir(dir: string): { docs: DocumentInput[]; bytes: number } {
  const docs = readdirSync(dir)
    .filter((n) => n.endsWith('.html'))
    .sort()
    .map((n) => loadFile(join(dir, n)).input);
  const bytes = docs.reduce((sum, d) => sum + d.blocks.reduce((s, b) => s + Buffer.byteLength(b.text, 'utf8'), 0), 0);
  return { docs, bytes };
}
