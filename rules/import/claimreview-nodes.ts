/**
 * Finding ClaimReview nodes in JSON-LD and reading their fields defensively. Fact-checkers
 * publish schema.org ClaimReview in several shapes (one object, an array, a `@graph`; `author`
 * as an object, an array or a bare string; `inLanguage` as a code or a Language object), and
 * an imported file is untrusted, so every read checks its type and only own properties count.
 * Nothing here recurses into the data, so deep nesting costs nothing.
 */
import { normalizeHint } from '../engine/lang';
import { LANGS, LANGUAGES, type Lang } from '../languages';
import { isRecord, own } from './errors';

/** A ClaimReview object and where it is in the file (`""` for the root, `[2]`, `@graph[0]`). */
export interface ClaimReviewNode {
  node: Record<string, unknown>;
  path: string;
}

/** More reviews than this in one file is refused (each becomes a rule every page is scanned with). */
export const MAX_CLAIM_REVIEWS = 5000;

/** `@type` is ClaimReview (also "schema:ClaimReview", "https://schema.org/ClaimReview", or in an array). */
export function isClaimReview(value: unknown): value is Record<string, unknown> {
  if (!isRecord(value)) return false;
  const type = own(value, '@type');
  const types = Array.isArray(type) ? type.slice(0, 20) : [type];
  return types.some((t) => typeof t === 'string' && /(?:^|[/:#])ClaimReview$/.test(t));
}

/** Whether a parsed file is JSON-LD rather than our pack format. */
export function looksLikeJsonLd(value: unknown): boolean {
  if (Array.isArray(value)) return true;
  if (!isRecord(value)) return false;
  return (
    own(value, '@context') !== undefined || own(value, '@graph') !== undefined || own(value, '@type') !== undefined
  );
}

/** Every ClaimReview at the root, in a root array, or in a `@graph` (of the root or of an array item). */
export function findClaimReviews(value: unknown): ClaimReviewNode[] {
  const out: ClaimReviewNode[] = [];
  const visit = (item: unknown, path: string, graphAllowed: boolean) => {
    if (out.length > MAX_CLAIM_REVIEWS) return;
    if (isClaimReview(item)) out.push({ node: item, path });
    else if (graphAllowed && isRecord(item)) {
      const graph = own(item, '@graph');
      if (Array.isArray(graph)) graph.forEach((g, i) => visit(g, `${path ? `${path}.` : ''}@graph[${i}]`, false));
    }
  };
  if (Array.isArray(value)) value.forEach((item, i) => visit(item, `[${i}]`, true));
  else visit(value, '', true);
  return out;
}

/** `prefix` + `.key` as a readable path; the root's fields are just `key`. */
export function fieldPath(prefix: string, key: string): string {
  return prefix ? `${prefix}.${key}` : key;
}

/** A non-empty string with whitespace collapsed, or undefined. */
export function text(value: unknown, max = 5000): string | undefined {
  if (typeof value !== 'string') return undefined;
  const t = value.replace(/\s+/g, ' ').trim();
  return t ? t.slice(0, max) : undefined;
}

/** First item of an array, or the value itself. */
function first(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}

/** `name` of a Person/Organization (or the first of several), or a bare string. */
export function nameOf(value: unknown): string | undefined {
  const v = first(value);
  if (typeof v === 'string') return text(v, 200);
  return isRecord(v) ? text(own(v, 'name'), 200) : undefined;
}

/** A field of a nested object: `get(review, 'itemReviewed', 'author')`. */
export function get(obj: Record<string, unknown>, ...keys: string[]): unknown {
  let v: unknown = obj;
  for (const key of keys) {
    v = first(v);
    if (!isRecord(v)) return undefined;
    v = own(v, key);
  }
  return v;
}

/** `inLanguage` as written: "en", "en-US", or a Language object's alternateName/name. */
export function languageOf(value: unknown): string | undefined {
  const v = first(value);
  if (typeof v === 'string') return text(v, 50);
  return isRecord(v) ? (text(own(v, 'alternateName'), 50) ?? text(own(v, 'name'), 50)) : undefined;
}

/** The date part of `datePublished` ("2024-05-03T10:00:00Z" → "2024-05-03"). */
export function dateOf(value: unknown): { date: string; precision: 'day' | 'month' | 'year' } | undefined {
  const m = typeof value === 'string' ? /^\s*(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T\s]|$)/.exec(value) : null;
  if (!m) return undefined;
  const date = [m[1], m[2], m[3]].filter(Boolean).join('-');
  return { date, precision: m[3] ? 'day' : m[2] ? 'month' : 'year' };
}

/** English and native names of the engine's languages (rules/languages.json), lower case. */
const LANGUAGE_NAMES: Record<string, Lang> = Object.fromEntries(
  LANGS.flatMap((l) => [LANGUAGES[l].name, LANGUAGES[l].nativeName].map((n) => [n.toLowerCase(), l] as const)),
);

/** One of the engine's languages from a code ("de", "en-US") or an English/native name, else undefined. */
export function supportedLang(value: string): Lang | undefined {
  const key = value.toLowerCase();
  return Object.hasOwn(LANGUAGE_NAMES, key) ? LANGUAGE_NAMES[key] : normalizeHint(value);
}

export function isHttps(url: string): boolean {
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
}
