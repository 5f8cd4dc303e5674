/**
 * Reads a pack file the user picked (issue #6): our pack JSON or ClaimReview JSON-LD.
 *
 * The result is all or nothing — either a validated pack or the full list of problems, each
 * with a path — so the options page never stores half a file. Validation is the same as
 * `checkPack` (bundled registries, plus the pack's own assessments), and converted ClaimReview
 * packs go through it too. Hostile input (huge, deeply nested, `__proto__` keys, wrong types)
 * gives errors, never an exception.
 */
import { checkPack } from '../index';
import type { Pack } from '../schema/pack';
import type { PackResult } from '../schema/validate';
import { claimReviewsToPack } from './claimreview';
import { looksLikeJsonLd } from './claimreview-nodes';
import { capErrors, isoDay, type PackError } from './errors';
import { nestedDeeperThan, parseJsonText } from './json-text';

/** Files over 5 MB are refused (issue #6): real packs are a few kB; anything this big is a mistake or an attack. */
export const MAX_PACK_BYTES = 5 * 1024 * 1024;

/** Deepest nesting accepted; a pack needs 6 levels, JSON-LD a few more. */
export const MAX_DEPTH = 32;

export type PackFileKind = 'counterpoint' | 'claimreview';

export type ReadPackResult = { ok: true; pack: Pack; kind: PackFileKind } | { ok: false; errors: PackError[] };

export interface ReadPackOptions {
  /** Date written into a converted ClaimReview pack's `updated` (default: today, UTC). */
  now?: Date;
  /**
   * The validator (default `checkPack`). The options page may pass one that also knows the
   * assessments of packs already installed.
   */
  validate?: (input: unknown) => PackResult;
}

/**
 * Reads a pack file. `byteLength` is the file's size in bytes (`File.size`, or the fetched
 * body's length); the text's own length is checked too, in case the caller's number is wrong.
 */
export function readPackFile(text: string, byteLength: number, options: ReadPackOptions = {}): ReadPackResult {
  try {
    return read(text, byteLength, options);
  } catch (e) {
    // Defence in depth: nothing above should throw, but an import dialog must not crash.
    return {
      ok: false,
      errors: [{ path: '(root)', message: `could not read the file: ${e instanceof Error ? e.message : String(e)}` }],
    };
  }
}

function read(text: string, byteLength: number, options: ReadPackOptions): ReadPackResult {
  if (typeof text !== 'string') return fail('the file is not text');
  const size = Math.max(Number.isFinite(byteLength) ? byteLength : 0, text.length);
  if (size > MAX_PACK_BYTES)
    return fail(
      `the file is ${formatBytes(size)} (${size} bytes); pack files may be at most ${formatBytes(MAX_PACK_BYTES)}`,
    );
  if (text.trim() === '') return fail('the file is empty');
  const parsed = parseJsonText(text);
  if (!parsed.ok) return parsed;
  if (nestedDeeperThan(parsed.value, MAX_DEPTH))
    return fail(`objects or arrays are nested more than ${MAX_DEPTH} levels deep`);
  const validate = options.validate ?? checkPack;
  if (!looksLikeJsonLd(parsed.value)) {
    const result = validate(parsed.value);
    return result.ok
      ? { ok: true, pack: result.pack, kind: 'counterpoint' }
      : { ok: false, errors: capErrors(result.errors) };
  }
  const converted = claimReviewsToPack(parsed.value, isoDay(options.now ?? new Date()));
  if (!converted.ok) return { ok: false, errors: capErrors(converted.errors) };
  const result = validate(converted.pack);
  if (result.ok) return { ok: true, pack: result.pack, kind: 'claimreview' };
  return { ok: false, errors: capErrors(result.errors.map((e) => toSource(e, converted.sources))) };
}

/**
 * A validator error on the converted pack points into a pack the user never saw; name the
 * ClaimReview it came from instead: `rules[2].cues` → `[5] (rule: cues)`.
 */
function toSource(error: PackError, sources: readonly string[]): PackError {
  const m = /^(rules|assessments)\[(\d+)\]\.?(.*)$/.exec(error.path);
  const source = m ? sources[Number(m[2])] : undefined;
  if (!m || source === undefined) return error;
  return {
    path: source,
    message: `${m[1] === 'rules' ? 'rule' : 'assessment'}${m[3] ? ` ${m[3]}` : ''}: ${error.message}`,
  };
}

function fail(message: string): ReadPackResult {
  return { ok: false, errors: [{ path: '(root)', message }] };
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} bytes`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} kB`;
  return `${(n / (1024 * 1024)).toFixed(n % (1024 * 1024) === 0 ? 0 : 2)} MB`;
}
