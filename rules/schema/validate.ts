/**
 * Validates a pack against the schema and against what it refers to. Errors name the
 * path and the problem — `rules[3].assessments[0]: unknown assessment "ica-2021"` — so
 * a pack author (or the import dialog) can fix the file without reading our code.
 */
import type { z } from 'zod';
import { packSchema, type Assessment, type Pack } from './pack';

export interface PackError {
  path: string;
  message: string;
}

export type PackResult = { ok: true; pack: Pack } | { ok: false; errors: PackError[] };

export interface ValidationContext {
  /** Assessments a pack may cite without shipping them (the bundled registry). */
  knownAssessments: ReadonlySet<string>;
  /** Cue categories the engine's lexicons define. */
  knownCategories: ReadonlySet<string>;
  /**
   * Ids of the bundled assessment and actor registries. A pack may cite them but never ship an
   * entry with one of these ids: its own "mueller-report" would replace the official record.
   */
  reservedAssessments?: ReadonlySet<string>;
  reservedActors?: ReadonlySet<string>;
  /** Pack ids a pack may not take: the bundled packs', for imports, subscriptions and restored files. */
  reservedPackIds?: ReadonlySet<string>;
}

/**
 * Matching cost grows with a pack's terms (cue terms, actor aliases and role nouns), and most with
 * those holding a wildcard (`*`, `_`): a pack over these is refused. The bundled packs ship no
 * terms; a 10,000-rule generated pack has 30,000.
 */
export const MAX_PACK_TERMS = 50_000;
export const MAX_WILDCARD_TERMS = 1_000;

export function validatePack(input: unknown, ctx: ValidationContext): PackResult {
  const parsed = packSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) return { ok: false, errors: zodErrors(parsed.error) };
  const pack = parsed.data;
  const errors: PackError[] = [];
  const own = new Set<string>();
  if (ctx.reservedPackIds?.has(pack.id)) {
    errors.push({
      path: 'id',
      message: `"${pack.id}" is the id of a bundled pack, which an imported pack cannot replace; use another id`,
    });
  }
  reserved(pack.assessments ?? [], 'assessments', 'assessment', ctx.reservedAssessments, errors);
  reserved(pack.actors ?? [], 'actors', 'actor', ctx.reservedActors, errors);
  duplicates(pack.assessments ?? [], 'assessments', errors, own);
  duplicates(pack.actors ?? [], 'actors', errors);
  termLimits(pack, errors);
  duplicates(pack.rules, 'rules', errors);
  pack.rules.forEach((rule, r) => {
    rule.assessments.forEach((ref, a) => {
      if (!own.has(ref.id) && !ctx.knownAssessments.has(ref.id)) {
        errors.push({ path: `rules[${r}].assessments[${a}]`, message: `unknown assessment "${ref.id}"` });
      }
    });
    for (const key of ['predicate', 'all', 'any', 'none', 'near', 'notNear', 'before'] as const) {
      rule.cues[key]?.forEach((cat, c) => {
        if (cat !== 'terms' && !ctx.knownCategories.has(cat)) {
          errors.push({ path: `rules[${r}].cues.${key}[${c}]`, message: `unknown cue category "${cat}"` });
        }
      });
    }
    if (!rule.cues.predicate && !rule.cues.all?.length && !rule.cues.any?.length && !rule.cues.terms) {
      errors.push({ path: `rules[${r}].cues`, message: 'needs a predicate, all, any or terms to anchor on' });
    }
  });
  return errors.length ? { ok: false, errors } : { ok: true, pack };
}

function reserved(
  items: readonly { id: string }[],
  where: string,
  what: string,
  ids: ReadonlySet<string> | undefined,
  errors: PackError[],
): void {
  items.forEach((item, i) => {
    if (ids?.has(item.id)) {
      errors.push({
        path: `${where}[${i}].id`,
        message: `"${item.id}" is a bundled ${what}: a pack may cite it by id but not redefine it; use another id`,
      });
    }
  });
}

/** One error for the first term over each cap, naming how many the pack has. */
function termLimits(pack: Pack, errors: PackError[]): void {
  let terms = 0;
  let wildcards = 0;
  let overTerms: string | null = null;
  let overWildcards: string | null = null;
  const count = (list: readonly string[] | undefined, path: string) => {
    list?.forEach((term, k) => {
      terms++;
      if (terms === MAX_PACK_TERMS + 1) overTerms = `${path}[${k}]`;
      if (!/(^|\s)_(\s|$)|\*/.test(term)) return;
      wildcards++;
      if (wildcards === MAX_WILDCARD_TERMS + 1) overWildcards = `${path}[${k}]`;
    });
  };
  pack.rules.forEach((rule, r) => {
    for (const [lang, list] of Object.entries(rule.cues.terms ?? {})) count(list, `rules[${r}].cues.terms.${lang}`);
  });
  (pack.actors ?? []).forEach((actor, a) => {
    for (const [lang, list] of Object.entries(actor.aliases)) count(list, `actors[${a}].aliases.${lang}`);
    for (const [lang, list] of Object.entries(actor.roleNouns ?? {})) count(list, `actors[${a}].roleNouns.${lang}`);
  });
  const n = (x: number) => x.toLocaleString('en-US');
  if (overTerms) {
    errors.push({
      path: overTerms,
      message: `too many terms: the pack has ${n(terms)} (cue terms, actor aliases and role nouns together); at most ${n(MAX_PACK_TERMS)} are allowed`,
    });
  }
  if (overWildcards) {
    errors.push({
      path: overWildcards,
      message: `too many wildcard terms: the pack has ${n(wildcards)} terms with * or _; at most ${n(MAX_WILDCARD_TERMS)} are allowed`,
    });
  }
}

function duplicates(
  items: readonly { id: string }[],
  where: string,
  errors: PackError[],
  seen = new Set<string>(),
): void {
  items.forEach((item, i) => {
    if (seen.has(item.id)) errors.push({ path: `${where}[${i}].id`, message: `duplicate id "${item.id}"` });
    seen.add(item.id);
  });
}

function zodErrors(error: z.ZodError): PackError[] {
  return error.issues.map((issue) => ({
    path: formatPath(issue.path) || '(root)',
    // A missing field reads as such, not as zod's "expected string, received undefined" (or a
    // field's own message, e.g. "must be an https URL" for a url left out).
    message:
      issue.path.length > 0 && 'input' in issue && issue.input === undefined
        ? 'required field is missing'
        : issue.message,
  }));
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

export type { Assessment };
