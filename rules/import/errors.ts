/**
 * Error lists shared by the import modules. Every problem is a `{ path, message }` (the same
 * shape `checkPack` returns) so the options page lists file errors, ClaimReview errors and
 * schema errors the same way.
 */
import type { PackError } from '../schema/validate';

export type { PackError };

/**
 * At most this many errors are returned. A hostile or badly broken file (a million wrong array
 * items) would otherwise produce a list the options page cannot render; the first hundred are
 * enough to fix the file, and the last entry says how many more there were.
 */
export const MAX_ERRORS = 100;

export function capErrors(errors: readonly PackError[], max = MAX_ERRORS): PackError[] {
  if (errors.length <= max) return [...errors];
  return [...errors.slice(0, max), { path: '(root)', message: `…and ${errors.length - max} more problems` }];
}

/** `rules[2].id` under `packs[0].pack` → `packs[0].pack.rules[2].id`. */
export function underPath(prefix: string, errors: readonly PackError[]): PackError[] {
  return errors.map((e) => ({
    path: e.path === '(root)' ? prefix : e.path.startsWith('[') ? `${prefix}${e.path}` : `${prefix}.${e.path}`,
    message: e.message,
  }));
}

/** A plain (non-array) object, e.g. a JSON object. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An own property only: a JSON key "__proto__" or "constructor" never reaches the prototype. */
export function own(obj: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : undefined;
}

/** Today's date as YYYY-MM-DD (UTC). */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
