/**
 * Writes rules/schema/pack.schema.json, the JSON Schema for outside rule-pack authors, from the
 * zod schema in rules/schema/pack.ts (zod 4's built-in `z.toJSONSchema`, no extra dependency).
 *
 * Run: `npm run schema` (or `npx tsx scripts/schema.ts`) after changing pack.ts, and commit the
 * result; tests/engine/pack-schema-file.test.ts fails while the committed file is stale.
 *
 * The JSON Schema describes the structure only. What it cannot express — real calendar dates,
 * unique ids, cited assessments that exist, known cue categories — is checked by `checkPack`
 * (rules/schema/validate.ts), which stays the authority when a pack is imported.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { actorSchema, assessmentSchema, packSchema } from '../rules/schema/pack';

export const SCHEMA_ID = 'urn:counterpoint:rule-pack:v1';
export const SCHEMA_FILE = join(import.meta.dirname, '../rules/schema/pack.schema.json');

/** Shape of a YYYY, YYYY-MM or YYYY-MM-DD date; zod's refinement (a real date) is not representable. */
const ISO_DATE_PATTERN = '^\\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\\d|3[01]))?)?$';
const HTTPS_PATTERN = '^https://';

type JsonObject = { [key: string]: unknown };

/** Descriptions for pack authors, keyed by a dotted path into the generated schema. */
const DESCRIPTIONS: Record<string, string> = {
  'properties.$schema': 'Optional pointer to this schema, e.g. "../schema/pack.schema.json".',
  'properties.id': 'Stable kebab-case id of the pack. Settings are keyed by it: do not rename.',
  'properties.title': 'Short name shown in the options page.',
  'properties.description': 'One or two sentences on what the pack finds.',
  'properties.version': 'Semantic version of the pack, e.g. 1.2.0.',
  'properties.languages': 'Languages the pack’s rules work in.',
  'properties.publisher': 'Who maintains the pack.',
  'properties.license': 'Licence of the pack, preferably an SPDX id such as CC-BY-4.0.',
  'properties.updated': 'Date of the last change: YYYY, YYYY-MM or YYYY-MM-DD (a real calendar date).',
  'properties.actors': 'Speakers the pack adds to the bundled actor registry.',
  'properties.assessments':
    'Official assessments the pack adds to the bundled registry; rules may cite these or bundled ones.',
  'properties.assessments.items.properties.date':
    'YYYY, YYYY-MM or YYYY-MM-DD (a real calendar date), at the precision given in datePrecision.',
  'properties.assessments.items.properties.url':
    'https address of the primary source, or null where it is not known (then give a sourceNote).',
  'properties.assessments.items.properties.archiveUrl': 'https address of an archived copy, or null.',
  'properties.assessments.items.properties.allegation':
    'True for indictments and other claims not tested in court; give an outcome.',
  'properties.rules': 'The rules; ids must be unique across every pack a user has enabled.',
  'properties.rules.items.properties.id': 'Stable kebab-case id of the rule.',
  'properties.rules.items.properties.why': 'One sentence, shown to readers, on why the statement is worth context.',
  'properties.rules.items.properties.example': 'A sentence the rule finds when quoted from a Russian official.',
  'properties.rules.items.properties.cues':
    'What must occur in the sentence. Needs at least one of predicate, all, any or terms to anchor on.',
  'properties.rules.items.properties.cues.properties.predicate':
    'Predicate categories the rule is anchored on (e.g. "interference").',
  'properties.rules.items.properties.cues.properties.all': 'Categories that must all occur in the sentence.',
  'properties.rules.items.properties.cues.properties.any':
    'At least one of these categories must occur in the sentence.',
  'properties.rules.items.properties.cues.properties.none': 'None of these categories may occur in the sentence.',
  'properties.rules.items.properties.cues.properties.near':
    'Categories that must occur in this sentence or the one before it.',
  'properties.rules.items.properties.cues.properties.context':
    'The interference topic must be present nearby (previous sentences or the headline).',
  'properties.rules.items.properties.cues.properties.terms':
    'Rule-specific terms per language; they form the category "terms".',
  'properties.rules.items.properties.speakers.properties.required':
    'When false, a claim with no identifiable speaker still matches.',
  'properties.rules.items.properties.assessments':
    'Assessments that answer the claim: ids from the bundled registry or this pack’s assessments.',
};

/** The JSON Schema as an object. */
export function buildPackJsonSchema(): JsonObject {
  // Identified by instance: pack.ts reuses one date schema (updated, assessment and later dates) and one URL schema.
  const dates = new Set<unknown>([packSchema.shape.updated, assessmentSchema.shape.date]);
  const urls = new Set<unknown>([assessmentSchema.shape.url.unwrap(), assessmentSchema.shape.archiveUrl.unwrap()]);
  const aliases = actorSchema.shape.aliases;
  const generated = z.toJSONSchema(packSchema, {
    target: 'draft-2020-12',
    io: 'input',
    reused: 'inline',
    override: ({ zodSchema, jsonSchema }) => {
      if (dates.has(zodSchema)) jsonSchema.pattern = ISO_DATE_PATTERN;
      if (urls.has(zodSchema)) jsonSchema.pattern = HTTPS_PATTERN;
      if (zodSchema === aliases) jsonSchema.required = ['en'];
    },
  }) as JsonObject;
  const { $schema, ...rest } = generated;
  const schema: JsonObject = {
    $schema,
    $id: SCHEMA_ID,
    title: 'Counterpoint rule pack',
    description:
      'A Counterpoint rule pack: rules that recognise one kind of statement (e.g. a denial of election interference) and the official assessments that answer it. ' +
      'This schema checks structure; Counterpoint also checks real dates, unique ids, cited assessments and cue categories when a pack is imported.',
    ...rest,
  };
  for (const [path, text] of Object.entries(DESCRIPTIONS)) at(schema, path).description = text;
  return schema;
}

/** The file's exact text: two-space JSON and a final newline. */
export function renderPackJsonSchema(): string {
  return `${JSON.stringify(buildPackJsonSchema(), null, 2)}\n`;
}

/** The object at a dotted path; throws when the path is gone, so a renamed field cannot go unnoticed. */
function at(root: JsonObject, path: string): JsonObject {
  let node: unknown = root;
  for (const key of path.split('.')) {
    node = typeof node === 'object' && node !== null ? (node as JsonObject)[key] : undefined;
    if (typeof node !== 'object' || node === null) throw new Error(`pack.schema.json: no "${path}"`);
  }
  return node as JsonObject;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeFileSync(SCHEMA_FILE, renderPackJsonSchema());
  console.log(`wrote ${SCHEMA_FILE}`);
}
