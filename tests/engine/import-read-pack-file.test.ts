/**
 * readPackFile / exportPack (rules/import): a pack file is read all or nothing, every problem
 * has a path, malformed JSON says where, big or hostile files are refused without throwing.
 */
import { describe, it, expect } from 'vitest';
import { BUNDLED_PACKS, type Pack, type PackError } from '../../rules/index';
import { scanForError } from '../../rules/import/json-text';
import { exampleAssessment, packCopy } from './pack-fixtures';
import {
  exportPack,
  lineColumn,
  MAX_PACK_BYTES,
  parseJsonText,
  readPackFile,
  withKeyOrder,
  PACK_KEY_ORDER,
} from '../../rules/import/index';

/** The core pack cut down to one rule, with one own assessment, as a fresh copy to break. */
function smallPack(): Pack {
  const pack = packCopy();
  delete pack.$schema;
  pack.assessments = [exampleAssessment()];
  pack.rules[0]!.assessments = [{ id: 'example-report', relevance: 'Describes the operation.' }];
  return pack;
}

function read(value: unknown) {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return readPackFile(text, new TextEncoder().encode(text).byteLength);
}

function errorsOf(value: unknown): PackError[] {
  const result = read(value);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.errors;
}

describe('export → read round trip', () => {
  it('reads back an exported pack unchanged, as our format', () => {
    const pack = smallPack();
    const result = read(exportPack(pack));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.kind).toBe('counterpoint');
    const { $schema, ...rest } = result.pack;
    expect($schema).toBe('pack.schema.json');
    expect(rest).toEqual(pack);
  });

  it.each(BUNDLED_PACKS.map((p) => [p.id, p] as const))('bundled pack %s reads back OK', (_id, pack) => {
    const result = read(exportPack(pack));
    expect(result.ok ? [] : result.errors).toEqual([]);
    expect(result.ok && result.pack.rules.length).toBe(pack.rules.length);
  });

  it('writes keys in schema order whatever the input order, so exports are byte-stable', () => {
    const pack = smallPack();
    const shuffled = Object.fromEntries(Object.entries(pack).reverse()) as Pack;
    shuffled.rules = pack.rules.map((r) => Object.fromEntries(Object.entries(r).reverse()) as Pack['rules'][number]);
    expect(exportPack(shuffled)).toBe(exportPack(pack));
    const keys = Object.keys(JSON.parse(exportPack(pack)) as object);
    expect(keys.slice(0, 4)).toEqual(['$schema', 'id', 'title', 'description']);
    expect(keys.at(-1)).toBe('rules');
    expect(exportPack(pack).endsWith('}\n')).toBe(true);
  });

  it('keeps a "__proto__" key as plain data when ordering keys', () => {
    const value = JSON.parse('{"id":"x","__proto__":{"polluted":true}}') as unknown;
    const ordered = withKeyOrder(value, PACK_KEY_ORDER) as Record<string, unknown>;
    expect(Object.keys(ordered)).toEqual(['id', '__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('invalid packs are refused with paths', () => {
  it('unknown assessment', () => {
    const pack = smallPack();
    pack.rules[0]!.assessments = [{ id: 'ica-2099', relevance: 'x' }];
    expect(errorsOf(pack)).toContainEqual({
      path: 'rules[0].assessments[0]',
      message: 'unknown assessment "ica-2099"',
    });
  });

  it('bad date', () => {
    const pack = smallPack();
    pack.assessments![0]!.date = '2021-02-30';
    expect(errorsOf(pack)).toEqual([
      { path: 'assessments[0].date', message: 'must be a real date as YYYY, YYYY-MM or YYYY-MM-DD' },
    ]);
  });

  it('http URL', () => {
    const pack = smallPack();
    pack.assessments![0]!.url = 'http://example.org/report.pdf';
    expect(errorsOf(pack)).toEqual([{ path: 'assessments[0].url', message: 'must be an https URL' }]);
  });

  it('duplicate rule ids', () => {
    const pack = smallPack();
    pack.rules.push(structuredClone(pack.rules[0]!));
    expect(errorsOf(pack)).toEqual([{ path: 'rules[1].id', message: `duplicate id "${pack.rules[0]!.id}"` }]);
  });

  it('lists every problem at once, each with a path', () => {
    const pack = smallPack() as unknown as Record<string, unknown>;
    pack.version = 'one';
    pack.updated = 'yesterday';
    delete pack.title;
    const errors = errorsOf(pack);
    expect(errors.map((e) => e.path).sort()).toEqual(['title', 'updated', 'version']);
    expect(errors.find((e) => e.path === 'title')?.message).toBe('required field is missing');
  });
});

describe('file size', () => {
  it('refuses a file of 5 MB + 1 byte before parsing it', () => {
    const errors = readPackFile('{}', MAX_PACK_BYTES + 1);
    expect(errors.ok).toBe(false);
    if (errors.ok) return;
    expect(errors.errors).toHaveLength(1);
    expect(errors.errors[0]!.path).toBe('(root)');
    expect(errors.errors[0]!.message).toMatch(/5242881 bytes.*at most 5 MB/);
  });

  it('refuses text longer than 5 MB even if the caller understates its size', () => {
    const text = ' '.repeat(MAX_PACK_BYTES + 1);
    const result = readPackFile(text, 10);
    expect(result.ok).toBe(false);
  });

  it('accepts a file of exactly 5 MB (then judges its content)', () => {
    const text = exportPack(smallPack()).padEnd(MAX_PACK_BYTES, ' ');
    expect(readPackFile(text, MAX_PACK_BYTES).ok).toBe(true);
  });
});

describe('malformed JSON reports line and column', () => {
  it.each([
    ['a missing value', '{\n  "id": "x",\n  "title": }\n', 3, 12],
    ['a trailing comma', '{\n  "id": "x",\n}', 3, 1],
    ['an unclosed object', '{\n  "id": "x"', 2, 12],
    ['text after the value', '{}\n\n  oops', 3, 3],
    ['a bad escape', '{"a": "\\q"}', 1, 9],
  ])('%s', (_name, text, line, column) => {
    const errors = errorsOf(text);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.path).toBe('(root)');
    expect(errors[0]!.message).toContain(`line ${line}, column ${column}`);
  });

  it('ignores a leading byte-order mark', () => {
    expect(parseJsonText('\ufeff{"a":1}')).toEqual({ ok: true, value: { a: 1 } });
  });

  it('computes line and column from an offset', () => {
    expect(lineColumn('ab\ncd\nef', 7)).toEqual({ line: 3, column: 2 });
    expect(lineColumn('ab', 0)).toEqual({ line: 1, column: 1 });
  });
});

describe('hostile input never throws', () => {
  it.each([
    ['deep nesting', '['.repeat(200_000) + ']'.repeat(200_000)],
    [
      'deep nesting inside a pack',
      JSON.stringify({
        ...smallPack(),
        actors: [{ terms: [JSON.parse('{"a":'.repeat(100) + '1' + '}'.repeat(100))] }],
      }),
    ],
    [
      'a huge array of wrong types',
      JSON.stringify({ ...smallPack(), rules: Array.from({ length: 100_000 }, () => 1) }),
    ],
    ['__proto__ keys', '{"__proto__": {"id": "x"}, "constructor": {"prototype": {"polluted": true}}}'],
    ['a bare string', '"pack"'],
    ['null', 'null'],
    ['an empty file', '   '],
    ['wrong types everywhere', '{"id": 1, "rules": {"0": {}}, "languages": "en", "assessments": [null]}'],
    ['an unterminated string', '{"id": "abc'],
  ])('%s', (_name, text) => {
    const result = readPackFile(text, text.length);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.length).toBeGreaterThan(0);
    expect(result.errors.length).toBeLessThanOrEqual(101);
    for (const e of result.errors) {
      expect(typeof e.path).toBe('string');
      expect(e.path.length).toBeGreaterThan(0);
      expect(e.message.length).toBeGreaterThan(0);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('the JSON error scanner (used when the engine gives no position)', () => {
  it.each([
    ['{"a":}', 5],
    ['{"a":1,}', 7],
    ['[1 2]', 3],
    ['{"a" 1}', 5],
    ['{"a":"b\u0001"}', 7],
    ['[', 1],
    ['tru', 0],
    ['{"a":[1,{"b":null}],"c":-1.5e3}', -1],
  ])('%j → %i', (text, offset) => {
    expect(scanForError(text)).toBe(offset);
  });
});
