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
}

export function validatePack(input: unknown, ctx: ValidationContext): PackResult {
  const parsed = packSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) return { ok: false, errors: zodErrors(parsed.error) };
  const pack = parsed.data;
  const errors: PackError[] = [];
  const own = new Set<string>();
  duplicates(pack.assessments ?? [], 'assessments', errors, own);
  duplicates(pack.actors ?? [], 'actors', errors);
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

function duplicates(items: readonly { id: string }[], where: string, errors: PackError[], seen = new Set<string>()): void {
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
    message: issue.path.length > 0 && 'input' in issue && issue.input === undefined ? 'required field is missing' : issue.message,
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
