/**
 * Argument parsing for `npm run scan`. No dependency: a small loop over argv that knows the
 * scanner's four options and reports mistakes as a `UsageError` (exit code 2), including an
 * unknown `--packs` id.
 */
import { BUNDLED_PACKS, type Pack } from '../../rules/index';
import { EXPORT_FORMATS, isExportFormat, type ExportFormat } from '../../rules/export/index';
import { LANGS } from '../../rules/types';
import { encodingOf } from './decode';

export type Format = 'json' | 'text' | 'blocks' | ExportFormat;
export const FORMATS: readonly Format[] = ['json', 'text', 'blocks', ...EXPORT_FORMATS];

export interface ScanArgs {
  format: Format;
  /** Bundled pack ids to use; undefined = every bundled pack. */
  packs?: string[];
  /** Language hint for every file (overrides an HTML page's declared language). */
  lang?: string;
  /** `--encoding`: how to decode every file (else BOM, <meta charset>, UTF-8). */
  encoding?: string;
  files: string[];
  help: boolean;
}

export class UsageError extends Error {
  override name = 'UsageError';
}

export const SCAN_USAGE = `Usage: npm run scan -- [--format ${FORMATS.join('|')}] [--packs id,id] [--lang xx] [--encoding label] FILE...

Scans .html/.htm pages (extracted like the content script does) and .txt files (paragraphs
split on blank lines) for denials of election interference.

  --format json|text  json (default): one JSON object {"documents":[...]} on stdout.
                      A file that cannot be read is listed as {"source","error"} and
                      reported on stderr; the exit code is then 1.
                      text: a readable report.
                      blocks: what the extractor read, no analysis: one JSON
                      object {"documents":[{"source","title","published",
                      "lang","blocks":[{"kind","text","lang"}]}]}.
                      markdown, html: a handout (claims, speakers, dates, what the
                      record shows, links); several files in one output.
                      w3c: one W3C Web Annotation collection (JSON-LD) for all files.
                      claimreview: one JSON array of schema.org ClaimReview items.
                      Export timestamps use SOURCE_DATE_EPOCH when it is set.
  --packs id,id       only these bundled packs (default: all). Unknown id: exit 2.
  --lang xx           language hint: ${LANGS.join(', ')}.
  --encoding LABEL    decode every file with this encoding (windows-1251, koi8-r,
                      utf-16le…). Default: the byte-order mark, then an HTML page's
                      <meta charset>, then UTF-8 (a file that is not valid UTF-8 fails).
  -h, --help          this text.

Exit codes: 0 ok, 1 some file failed, 2 usage error.`;

/** Reads `--name value` or `--name=value`; returns [value, next index]. */
function valueOf(argv: readonly string[], i: number, name: string): [string, number] {
  const arg = argv[i]!;
  if (arg.startsWith(`${name}=`)) return [arg.slice(name.length + 1), i];
  const next = argv[i + 1];
  if (next === undefined || next.startsWith('--')) throw new UsageError(`${name} needs a value`);
  return [next, i + 1];
}

export function parseScanArgs(argv: readonly string[]): ScanArgs {
  const out: ScanArgs = { format: 'json', files: [], help: false };
  let onlyFiles = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (onlyFiles || !arg.startsWith('-') || arg === '-') {
      out.files.push(arg);
      continue;
    }
    const name = arg.split('=')[0]!;
    let value: string;
    switch (name) {
      case '--':
        onlyFiles = true;
        break;
      case '-h':
      case '--help':
        out.help = true;
        break;
      case '--format':
        [value, i] = valueOf(argv, i, name);
        if (value !== 'json' && value !== 'text' && value !== 'blocks' && !isExportFormat(value)) {
          throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, not "${value}"`);
        }
        out.format = value;
        break;
      case '--packs':
        [value, i] = valueOf(argv, i, name);
        out.packs = value
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean);
        if (out.packs.length === 0) throw new UsageError('--packs needs at least one pack id');
        break;
      case '--lang':
        [value, i] = valueOf(argv, i, name);
        if (!(LANGS as readonly string[]).includes(value.toLowerCase())) {
          throw new UsageError(`--lang must be one of ${LANGS.join(', ')}, not "${value}"`);
        }
        out.lang = value.toLowerCase();
        break;
      case '--encoding':
        [value, i] = valueOf(argv, i, name);
        if (!encodingOf(value)) throw new UsageError(`--encoding: unknown encoding "${value}"`);
        out.encoding = value;
        break;
      default:
        throw new UsageError(`unknown option ${name}`);
    }
  }
  if (!out.help && out.files.length === 0) throw new UsageError('no input files');
  return out;
}

/** Flags shared by eval and bench: `--json` and `--name value` pairs. */
export function parseSimpleFlags(
  argv: readonly string[],
  valued: readonly string[],
  switchNames: readonly string[] = [],
): { json: boolean; values: Map<string, string>; switches: Set<string> } {
  const values = new Map<string, string>();
  const switches = new Set<string>();
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const name = argv[i]!.split('=')[0]!;
    if (name === '--json') json = true;
    else if (switchNames.includes(name)) switches.add(name);
    else if (valued.includes(name)) {
      let value: string;
      [value, i] = valueOf(argv, i, name);
      values.set(name, value);
    } else throw new UsageError(`unknown argument ${argv[i]}`);
  }
  return { json, values, switches };
}

// Bundled packs by id (`--packs id,id`).
export function bundledPackIds(): string[] {
  return BUNDLED_PACKS.map((p) => p.id);
}

/** The bundled packs named in `ids`, in bundled order; all of them when `ids` is undefined. */
export function selectPacks(ids: readonly string[] | undefined): Pack[] {
  if (!ids) return [...BUNDLED_PACKS];
  const known = new Set(bundledPackIds());
  const unknown = ids.filter((id) => !known.has(id));
  if (unknown.length > 0) {
    throw new UsageError(
      `unknown pack id${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')} (bundled packs: ${bundledPackIds().join(', ')})`,
    );
  }
  const wanted = new Set(ids);
  return BUNDLED_PACKS.filter((p) => wanted.has(p.id));
}
