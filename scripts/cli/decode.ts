/**
 * Bytes of a file → text, the way a browser would pick the encoding (issue #14: every file used
 * to be read as UTF-8, so a windows-1251 page or a UTF-16 .txt gave mojibake, "No findings" and
 * exit 0). In order:
 *   1. `--encoding LABEL` when given (any WHATWG label: windows-1251, koi8-r, utf-16le…);
 *   2. a byte-order mark (UTF-8, UTF-16LE, UTF-16BE);
 *   3. for HTML, a `<meta charset>` or `<meta http-equiv="Content-Type" content="…charset=…">`
 *      in the first 1024 bytes (the HTML prescan; a UTF-16 label there means UTF-8);
 *   4. UTF-16 without a BOM, recognised by its zero bytes (plain-text files only);
 *   5. UTF-8, which must then be valid: otherwise a readable error naming --encoding, never
 *      silent mojibake.
 */
export class DecodeError extends Error {
  override name = 'DecodeError';
}

/** The canonical name of a WHATWG encoding label, or null if the label is unknown. */
export function encodingOf(label: string): string | null {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return null;
  }
}

function bomEncoding(bytes: Uint8Array): { encoding: string; skip: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', skip: 2 };
  return null;
}

/** The encoding an HTML document declares in its first 1024 bytes, if any. */
export function declaredHtmlEncoding(bytes: Uint8Array): string | null {
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 1024));
  for (const meta of head.matchAll(/<meta\b[^>]*>/gi)) {
    const tag = meta[0];
    const label = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(tag)?.[1];
    if (!label) continue;
    const encoding = encodingOf(label);
    if (!encoding) continue;
    return encoding.startsWith('utf-16') ? 'utf-8' : encoding;
  }
  return null;
}

/** UTF-16 without a BOM: many zero bytes, nearly all at even (BE) or odd (LE) positions. */
function sniffUtf16(bytes: Uint8Array): string | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (odd > pairs * 0.3 && even < pairs * 0.05) return 'utf-16le';
  if (even > pairs * 0.3 && odd < pairs * 0.05) return 'utf-16be';
  return null;
}

export interface DecodeOptions {
  /** `--encoding`: a WHATWG label; wins over everything in the file. */
  encoding?: string;
  html?: boolean;
}

export function decodeBytes(bytes: Uint8Array, options: DecodeOptions = {}): { text: string; encoding: string } {
  const bom = bomEncoding(bytes);
  let encoding = options.encoding ? encodingOf(options.encoding) : null;
  if (options.encoding && !encoding) throw new DecodeError(`unknown encoding "${options.encoding}"`);
  let body = bytes;
  if (!encoding && bom) {
    encoding = bom.encoding;
    body = bytes.subarray(bom.skip);
  } else if (encoding && bom?.encoding === encoding) {
    body = bytes.subarray(bom.skip);
  }
  encoding ??= (options.html ? declaredHtmlEncoding(bytes) : sniffUtf16(bytes)) ?? 'utf-8';
  if (encoding !== 'utf-8') return { text: new TextDecoder(encoding).decode(body), encoding };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding };
  } catch {
    throw new DecodeError(
      'not valid UTF-8 and no encoding declared (no byte-order mark or <meta charset>); give one with --encoding, e.g. --encoding windows-1251',
    );
  }
}
