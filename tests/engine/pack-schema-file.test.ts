/**
 * rules/schema/pack.schema.json (the JSON Schema for outside pack authors) is generated from the
 * zod schema by scripts/schema.ts. These tests keep the committed file fresh and check that the
 * bundled packs satisfy it, with a small structural checker for the keywords the file uses
 * (no JSON Schema library: an unknown keyword fails the test instead of being skipped).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it, expect } from 'vitest';
import { BUNDLED_PACKS, checkPack, type Pack } from '../../rules/index';
import { buildPackJsonSchema, renderPackJsonSchema, SCHEMA_FILE, SCHEMA_ID } from '../../scripts/schema';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonSchema = { [key: string]: Json };

const committed = readFileSync(SCHEMA_FILE, 'utf8');
const schema = JSON.parse(committed) as JsonSchema;
const packFiles = [
  'election-interference-denials',
  'counter-accusations',
  'dismissals',
  'misrepresented-findings',
  'deflections',
  'relations-blame-shift',
];

/** Keywords the checker understands; annotations are accepted and ignored. */
const ANNOTATIONS = new Set(['$schema', '$id', 'title', 'description']);
const KEYWORDS = new Set([
  'type',
  'properties',
  'required',
  'additionalProperties',
  'propertyNames',
  'items',
  'enum',
  'pattern',
  'minLength',
  'minItems',
  'anyOf',
  'format',
]);

/** Structural check of `value` against `s`; returns "path: problem" lines. */
function check(value: unknown, s: JsonSchema, path = '$'): string[] {
  const errors: string[] = [];
  for (const key of Object.keys(s)) {
    if (!ANNOTATIONS.has(key) && !KEYWORDS.has(key))
      throw new Error(`${path}: the checker does not know the keyword "${key}"`);
  }
  if (s.anyOf) {
    const branches = (s.anyOf as JsonSchema[]).map((b) => check(value, b, path));
    if (branches.every((e) => e.length > 0))
      errors.push(`${path}: matches no anyOf branch (${branches.flat().join('; ')})`);
  }
  if (s.type !== undefined) {
    const types = Array.isArray(s.type) ? (s.type as string[]) : [s.type as string];
    if (!types.some((t) => hasType(value, t))) return [...errors, `${path}: expected ${types.join('|')}`];
  }
  if (s.enum && !(s.enum as Json[]).includes(value as Json))
    errors.push(`${path}: ${JSON.stringify(value)} not in enum`);
  if (typeof value === 'string') {
    if (typeof s.minLength === 'number' && value.length < s.minLength)
      errors.push(`${path}: shorter than ${s.minLength}`);
    if (typeof s.pattern === 'string' && !new RegExp(s.pattern, 'u').test(value))
      errors.push(`${path}: does not match ${s.pattern}`);
    if (s.format === 'uri' && !URL.canParse(value)) errors.push(`${path}: not a URI`);
  }
  if (Array.isArray(value)) {
    if (typeof s.minItems === 'number' && value.length < s.minItems)
      errors.push(`${path}: fewer than ${s.minItems} items`);
    if (s.items) value.forEach((item, i) => errors.push(...check(item, s.items as JsonSchema, `${path}[${i}]`)));
  }
  if (isObject(value)) {
    const props = (s.properties ?? {}) as Record<string, JsonSchema>;
    for (const key of (s.required ?? []) as string[])
      if (!Object.hasOwn(value, key)) errors.push(`${path}: missing "${key}"`);
    for (const [key, v] of Object.entries(value)) {
      if (s.propertyNames) errors.push(...check(key, s.propertyNames as JsonSchema, `${path} key "${key}"`));
      if (Object.hasOwn(props, key)) errors.push(...check(v, props[key]!, `${path}.${key}`));
      else if (s.additionalProperties === false) errors.push(`${path}: unexpected "${key}"`);
      else if (isObject(s.additionalProperties))
        errors.push(...check(v, s.additionalProperties as JsonSchema, `${path}.${key}`));
    }
  }
  return errors;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function hasType(v: unknown, t: string): boolean {
  switch (t) {
    case 'object':
      return isObject(v);
    case 'array':
      return Array.isArray(v);
    case 'string':
      return typeof v === 'string';
    case 'boolean':
      return typeof v === 'boolean';
    case 'null':
      return v === null;
    case 'number':
      return typeof v === 'number';
    case 'integer':
      return Number.isInteger(v);
    default:
      throw new Error(`unknown type "${t}"`);
  }
}

function packJson(id: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(import.meta.dirname, `../../rules/packs/${id}.json`), 'utf8')) as Record<
    string,
    unknown
  >;
}

describe('pack.schema.json', () => {
  it('the committed file equals a fresh generation (run `npx tsx scripts/schema.ts` after changing pack.ts)', () => {
    expect(committed).toBe(renderPackJsonSchema());
  });

  it('is pretty-printed JSON with a final newline', () => {
    expect(committed).toBe(`${JSON.stringify(schema, null, 2)}\n`);
  });

  it('names itself and its dialect, and describes packs for authors', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(SCHEMA_ID);
    expect(schema.title).toBe('Counterpoint rule pack');
    expect(typeof schema.description).toBe('string');
    expect((schema.description as string).length).toBeGreaterThan(40);
  });

  it('requires the top-level fields the zod schema requires and no others', () => {
    expect([...(schema.required as string[])].sort()).toEqual(
      ['id', 'title', 'description', 'version', 'languages', 'publisher', 'license', 'updated', 'rules'].sort(),
    );
    expect(schema.additionalProperties).toBe(false);
  });

  it('carries the https, date and English-alias constraints zod expresses as refinements', () => {
    const s = buildPackJsonSchema() as { properties: Record<string, JsonSchema> };
    const assessment = (s.properties.assessments!.items as JsonSchema).properties as Record<string, JsonSchema>;
    expect(check('http://example.org/x', (assessment.url!.anyOf as JsonSchema[])[0]!)).not.toEqual([]);
    expect(check('https://example.org/x', (assessment.url!.anyOf as JsonSchema[])[0]!)).toEqual([]);
    expect(check('2023-13', s.properties.updated!)).not.toEqual([]);
    expect(check('2023-12-31', s.properties.updated!)).toEqual([]);
    const actor = (s.properties.actors!.items as JsonSchema).properties as Record<string, JsonSchema>;
    expect(actor.aliases!.required).toEqual(['en']);
  });

  it.each(packFiles)('bundled pack %s points at the schema and satisfies it', (id) => {
    const json = packJson(id);
    expect(json.$schema).toBe('../schema/pack.schema.json');
    expect(check(json, schema)).toEqual([]);
  });

  it('the pack files listed here are all the bundled packs', () => {
    expect(packFiles.map((id) => packJson(id).id)).toEqual(BUNDLED_PACKS.map((p) => p.id));
  });

  it('the checker refuses what the schema forbids (so the test above can fail)', () => {
    const pack = structuredClone(BUNDLED_PACKS[0]!) as Pack & Record<string, unknown>;
    delete (pack as Record<string, unknown>).rules;
    pack.version = '1.0';
    pack.licence = 'typo';
    pack.languages = ['en', 'xx' as 'en'];
    expect(check(pack, schema)).toEqual([
      '$: missing "rules"',
      expect.stringMatching(/^\$\.version: does not match /),
      '$.languages[1]: "xx" not in enum',
      '$: unexpected "licence"',
    ]);
    expect(check(null, schema)).toEqual(['$: expected object']);
    expect(check([], schema)).toEqual(['$: expected object']);
  });

  it('agrees with checkPack on structural refusals', () => {
    const cases: [string, (p: Record<string, unknown>) => void][] = [
      ['missing title', (p) => delete p.title],
      ['empty rules', (p) => (p.rules = [])],
      ['bad id', (p) => (p.id = 'Bad_Id')],
      ['unknown pattern', (p) => ((p.rules as Record<string, unknown>[])[0]!.pattern = 'denials')],
      [
        'unknown cue key',
        (p) => (((p.rules as Record<string, unknown>[])[0]!.cues as Record<string, unknown>).predicates = []),
      ],
      [
        'http url',
        (p) =>
          (p.assessments = [
            {
              id: 'a',
              title: 't',
              issuer: 'i',
              kind: 'indictment',
              date: '2020',
              datePrecision: 'year',
              url: 'http://x.org',
              archiveUrl: null,
              finding: 'f',
              confidence: 'A',
              allegation: true,
              topics: [],
            },
          ]),
      ],
    ];
    for (const [name, mutate] of cases) {
      const pack = structuredClone(BUNDLED_PACKS[0]!) as unknown as Record<string, unknown>;
      mutate(pack);
      expect({ name, schema: check(pack, schema).length > 0, zod: !checkPack(pack).ok }).toEqual({
        name,
        schema: true,
        zod: true,
      });
    }
  });
});
