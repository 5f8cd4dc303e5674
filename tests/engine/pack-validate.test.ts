/**
 * Pack validation (`checkPack` → rules/schema/validate.ts): the bundled packs pass, and broken or
 * hostile packs are refused with errors that name the path and the problem.
 */
import { describe, it, expect, afterEach } from 'vitest';
import {
  ASSESSMENTS,
  BUNDLED_PACKS,
  checkPack,
  LANGS,
  type Assessment,
  type Pack,
  type PackError,
} from '../../rules/index';
import { exampleAssessment as assessment, packCopy } from './pack-fixtures';

/** The errors of a refused pack (fails the test if it was accepted). */
function errorsOf(input: unknown): PackError[] {
  const result = checkPack(input);
  if (result.ok) throw new Error('expected the pack to be refused');
  return result.errors;
}

/** A JSON value with `__proto__` as an own key, as JSON.parse makes it. */
function withProtoKey(json: string): unknown {
  return JSON.parse(json) as unknown;
}

describe('bundled packs', () => {
  it.each(BUNDLED_PACKS.map((p) => [p.id, p] as const))('%s passes checkPack', (_id, pack) => {
    const result = checkPack(pack);
    expect(result.ok ? [] : result.errors).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('rule ids are unique across all bundled packs', () => {
    const ids = BUNDLED_PACKS.flatMap((p) => p.rules.map((r) => r.id));
    const dupes = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(dupes).toEqual([]);
    expect(ids.length).toBeGreaterThan(0);
  });

  it('every rule cites at least one assessment', () => {
    const bare = BUNDLED_PACKS.flatMap((p) =>
      p.rules.filter((r) => r.assessments.length === 0).map((r) => `${p.id}/${r.id}`),
    );
    expect(bare).toEqual([]);
  });

  it('every assessment a rule cites exists in the registry or in the pack', () => {
    const registry = new Set(ASSESSMENTS.map((a) => a.id));
    const missing = BUNDLED_PACKS.flatMap((p) => {
      const own = new Set((p.assessments ?? []).map((a) => a.id));
      return p.rules.flatMap((r) =>
        r.assessments.filter((a) => !registry.has(a.id) && !own.has(a.id)).map((a) => `${p.id}/${r.id}: ${a.id}`),
      );
    });
    expect(missing).toEqual([]);
  });

  it('no rule cites the same assessment twice', () => {
    const twice = BUNDLED_PACKS.flatMap((p) =>
      p.rules
        .filter((r) => new Set(r.assessments.map((a) => a.id)).size !== r.assessments.length)
        .map((r) => `${p.id}/${r.id}`),
    );
    expect(twice).toEqual([]);
  });
});

describe('refusals name the path and the problem', () => {
  it('unknown assessment id', () => {
    const pack = packCopy();
    pack.rules[0]!.assessments[0]!.id = 'ica-2021';
    expect(errorsOf(pack)).toEqual([{ path: 'rules[0].assessments[0]', message: 'unknown assessment "ica-2021"' }]);
  });

  it('an assessment the pack itself ships may be cited', () => {
    const pack = packCopy();
    pack.assessments = [assessment()];
    pack.rules[0]!.assessments = [{ id: 'example-report', relevance: 'The report describes the operation.' }];
    expect(checkPack(pack).ok).toBe(true);
  });

  it('duplicate rule ids', () => {
    const pack = packCopy();
    pack.rules.push(structuredClone(pack.rules[0]!));
    const id = pack.rules[0]!.id;
    expect(errorsOf(pack)).toEqual([{ path: 'rules[1].id', message: `duplicate id "${id}"` }]);
  });

  it('duplicate assessment ids in a pack', () => {
    const pack = packCopy();
    pack.assessments = [assessment(), assessment({ title: 'Another' })];
    expect(errorsOf(pack)).toEqual([{ path: 'assessments[1].id', message: 'duplicate id "example-report"' }]);
  });

  it.each(['Bad_Id', 'bad--id', '-lead', 'trail-', 'UPPER', 'with space', ''])('non-kebab rule id %j', (id) => {
    const pack = packCopy();
    pack.rules[0]!.id = id;
    expect(errorsOf(pack)).toEqual([{ path: 'rules[0].id', message: 'must be kebab-case (a-z, 0-9, single hyphens)' }]);
  });

  it('non-kebab pack id', () => {
    const pack = packCopy();
    pack.id = 'Election_Denials';
    expect(errorsOf(pack)).toEqual([{ path: 'id', message: 'must be kebab-case (a-z, 0-9, single hyphens)' }]);
  });

  it.each(['2023-02-30', '2023-13', '2023-00', '2023-04-31', '23-01-01', '2023/01/01', '2023-1-5', 'yesterday'])(
    'invalid date %j',
    (date) => {
      const pack = packCopy();
      pack.updated = date;
      expect(errorsOf(pack)).toEqual([
        { path: 'updated', message: 'must be a real date as YYYY, YYYY-MM or YYYY-MM-DD' },
      ]);
    },
  );

  it.each(['2024', '2024-02', '2024-02-29'])('valid date %j', (date) => {
    const pack = packCopy();
    pack.updated = date;
    expect(checkPack(pack).ok).toBe(true);
  });

  it('invalid date in an assessment and in its later developments', () => {
    const pack = packCopy();
    pack.assessments = [assessment({ date: '2023-02-30', later: [{ date: '2023-13', text: 'Withdrawn.' }] })];
    expect(errorsOf(pack)).toEqual([
      { path: 'assessments[0].date', message: 'must be a real date as YYYY, YYYY-MM or YYYY-MM-DD' },
      { path: 'assessments[0].later[0].date', message: 'must be a real date as YYYY, YYYY-MM or YYYY-MM-DD' },
    ]);
  });

  it.each([
    'http://example.org/report.pdf',
    'ftp://example.org/report.pdf',
    'javascript:alert(1)',
    'example.org/report.pdf',
    'not a url',
  ])('non-https URL %j in a pack-level assessment', (url) => {
    const pack = packCopy();
    pack.assessments = [assessment({ url, archiveUrl: url })];
    expect(errorsOf(pack)).toEqual([
      { path: 'assessments[0].url', message: 'must be an https URL' },
      { path: 'assessments[0].archiveUrl', message: 'must be an https URL' },
    ]);
  });

  it.each(['1.0', '1', 'v1.0.0', '1.0.0.0', '01.0.0 ', '1.0.0-', 'latest'])('bad semver %j', (version) => {
    const pack = packCopy();
    pack.version = version;
    expect(errorsOf(pack)).toEqual([{ path: 'version', message: 'must be a semantic version like 1.2.0' }]);
  });

  it('semver with a pre-release tag is accepted', () => {
    const pack = packCopy();
    pack.version = '2.0.0-beta.1';
    expect(checkPack(pack).ok).toBe(true);
  });

  it('unknown cue category, wherever categories are listed', () => {
    const pack = packCopy();
    const cues = pack.rules[0]!.cues;
    cues.predicate = ['interference', 'interferance'];
    cues.all = ['no-such-category'];
    cues.any = ['nope'];
    cues.none = ['hypothetical', 'nada'];
    cues.near = ['zilch'];
    expect(errorsOf(pack)).toEqual([
      { path: 'rules[0].cues.predicate[1]', message: 'unknown cue category "interferance"' },
      { path: 'rules[0].cues.all[0]', message: 'unknown cue category "no-such-category"' },
      { path: 'rules[0].cues.any[0]', message: 'unknown cue category "nope"' },
      { path: 'rules[0].cues.none[1]', message: 'unknown cue category "nada"' },
      { path: 'rules[0].cues.near[0]', message: 'unknown cue category "zilch"' },
    ]);
  });

  it('the rule-local category "terms" is known', () => {
    const pack = packCopy();
    pack.rules[0]!.cues = { terms: { en: ['meddling'] }, all: ['terms'] };
    expect(checkPack(pack).ok).toBe(true);
  });

  it.each(['id', 'title', 'description', 'version', 'languages', 'publisher', 'license', 'updated', 'rules'] as const)(
    'missing required pack field %s',
    (field) => {
      const pack = packCopy() as Record<string, unknown>;
      delete pack[field];
      expect(errorsOf(pack)).toEqual([{ path: field, message: 'required field is missing' }]);
    },
  );

  it.each(['id', 'pattern', 'title', 'why', 'cues', 'assessments'] as const)(
    'missing required rule field %s',
    (field) => {
      const pack = packCopy();
      delete (pack.rules[0] as Record<string, unknown>)[field];
      expect(errorsOf(pack)).toEqual([{ path: `rules[0].${field}`, message: 'required field is missing' }]);
    },
  );

  it('missing fields of a pack-level assessment and of a citation', () => {
    const pack = packCopy();
    const a = assessment() as Record<string, unknown>;
    delete a.url;
    delete a.confidence;
    pack.assessments = [a as Assessment];
    delete (pack.rules[0]!.assessments[0] as Record<string, unknown>).relevance;
    expect(errorsOf(pack)).toEqual([
      { path: 'assessments[0].url', message: 'required field is missing' },
      { path: 'assessments[0].confidence', message: 'required field is missing' },
      { path: 'rules[0].assessments[0].relevance', message: 'required field is missing' },
    ]);
  });

  it('empty strings and an empty rule list are refused', () => {
    const pack = packCopy();
    pack.title = '';
    pack.rules[0]!.why = '';
    expect(errorsOf(pack).map((e) => e.path)).toEqual(['title', 'rules[0].why']);
    const empty = packCopy();
    empty.rules = [];
    expect(errorsOf(empty)).toEqual([{ path: 'rules', message: 'Too small: expected array to have >=1 items' }]);
  });

  it.each([
    ['null', null, 'null'],
    ['a string', 'election-interference-denials', 'string'],
    ['an array', [], 'array'],
    ['a number', 42, 'number'],
    ['undefined', undefined, 'undefined'],
  ])('non-object input: %s', (_name, input, received) => {
    expect(errorsOf(input)).toEqual([
      { path: '(root)', message: `Invalid input: expected object, received ${received}` },
    ]);
  });

  it('an array of packs is refused (one pack per file)', () => {
    expect(errorsOf([...BUNDLED_PACKS])).toEqual([
      { path: '(root)', message: 'Invalid input: expected object, received array' },
    ]);
  });

  it('a rule with no anchor', () => {
    const pack = packCopy();
    pack.rules[0]!.cues = {
      polarity: ['negated'],
      agent: ['russia'],
      none: ['hypothetical'],
      near: ['relations'],
      context: true,
    };
    expect(errorsOf(pack)).toEqual([
      { path: 'rules[0].cues', message: 'needs a predicate, all, any or terms to anchor on' },
    ]);
  });

  it('empty all/any lists do not count as an anchor', () => {
    const pack = packCopy();
    pack.rules[0]!.cues = { all: [], any: [] };
    expect(errorsOf(pack)).toEqual([
      { path: 'rules[0].cues', message: 'needs a predicate, all, any or terms to anchor on' },
    ]);
  });

  it('unknown keys are refused at every level (typos do not pass silently)', () => {
    const pack = packCopy() as Pack & Record<string, unknown>;
    pack.licence = 'CC-BY-4.0';
    (pack.rules[0] as Record<string, unknown>).exmple = 'typo';
    (pack.rules[0]!.cues as Record<string, unknown>).predicates = ['interference'];
    expect(errorsOf(pack)).toEqual([
      { path: 'rules[0].cues', message: 'Unrecognized key: "predicates"' },
      { path: 'rules[0]', message: 'Unrecognized key: "exmple"' },
      { path: '(root)', message: 'Unrecognized key: "licence"' },
    ]);
  });

  it('enum fields name the allowed values', () => {
    const pack = packCopy();
    pack.languages = ['en', 'xx' as 'en'];
    pack.rules[0]!.pattern = 'denials' as 'denial';
    const errors = errorsOf(pack);
    expect(errors.map((e) => e.path)).toEqual(['languages[1]', 'rules[0].pattern']);
    expect(errors[0]!.message).toContain(LANGS.map((l) => `"${l}"`).join('|'));
    expect(errors[1]!.message).toContain('"denial"');
  });

  it('collects errors from several rules at once, each with its own index', () => {
    const pack = packCopy();
    const extra = structuredClone(pack.rules[0]!);
    extra.id = 'second-rule';
    extra.assessments = [{ id: 'ica-2021', relevance: 'x' }];
    pack.rules.push(extra);
    pack.rules[0]!.assessments[0]!.id = 'mueller-reprot';
    expect(errorsOf(pack)).toEqual([
      { path: 'rules[0].assessments[0]', message: 'unknown assessment "mueller-reprot"' },
      { path: 'rules[1].assessments[0]', message: 'unknown assessment "ica-2021"' },
    ]);
  });
});

describe('hostile and malformed input', () => {
  afterEach(() => {
    delete (Object.prototype as Record<string, unknown>).polluted;
  });

  /** An object nested `depth` levels deep, built without recursion. */
  function nested(depth: number, make: () => Record<string, unknown> | unknown[]): unknown {
    const root = make();
    let node = root;
    for (let i = 0; i < depth; i++) {
      const child = make();
      if (Array.isArray(node)) node.push(child);
      else node.x = child;
      node = child;
    }
    return root;
  }

  const deepObject = (): unknown => nested(50_000, () => ({}));
  const deepArray = (): unknown => nested(50_000, () => []);

  it.each([
    ['object as the whole input', () => deepObject(), { path: '(root)', message: 'Unrecognized key: "x"' }],
    [
      'array as the whole input',
      () => deepArray(),
      { path: '(root)', message: 'Invalid input: expected object, received array' },
    ],
    [
      'object as the rule list',
      () => ({ ...packCopy(), rules: deepObject() }),
      { path: 'rules', message: 'Invalid input: expected array, received object' },
    ],
    [
      'array as the rule list',
      () => ({ ...packCopy(), rules: deepArray() }),
      { path: 'rules[0]', message: 'Invalid input: expected object, received array' },
    ],
    [
      'object as a rule',
      () => ({ ...packCopy(), rules: [deepObject()] }),
      { path: 'rules[0]', message: 'Unrecognized key: "x"' },
    ],
    [
      'object as an example',
      () => {
        const p = packCopy();
        (p.rules[0] as Record<string, unknown>).example = deepObject();
        return p;
      },
      { path: 'rules[0].example', message: 'Invalid input: expected string, received object' },
    ],
    [
      'array as a term',
      () => {
        const p = packCopy();
        p.rules[0]!.cues.terms = { en: [deepArray() as string] };
        return p;
      },
      { path: 'rules[0].cues.terms.en[0]', message: 'Invalid input: expected string, received array' },
    ],
  ])('deeply nested junk (%s) is refused without a stack overflow', (_name, make, expected) => {
    expect(errorsOf(make())).toContainEqual(expected);
  });

  it('wrong types everywhere are refused with one error per field', () => {
    const junk = {
      id: 7,
      title: ['t'],
      description: {},
      version: 1,
      languages: 'en',
      publisher: null,
      license: true,
      updated: 2024,
      rules: {},
    };
    expect(errorsOf(junk).map((e) => e.path)).toEqual([
      'id',
      'title',
      'description',
      'version',
      'languages',
      'publisher',
      'license',
      'updated',
      'rules',
    ]);
  });

  it('a 10,000-rule generated pack validates', () => {
    const pack = packCopy();
    const template = pack.rules[0]!;
    pack.rules = Array.from({ length: 10_000 }, (_, i) => ({
      ...structuredClone(template),
      id: `generated-rule-${i}`,
    }));
    const result = checkPack(pack);
    expect(result.ok ? [] : result.errors).toEqual([]);
    expect(result.ok && result.pack.rules.length).toBe(10_000);
  });

  it('a 10,000-rule pack with repeated ids reports every duplicate', () => {
    const pack = packCopy();
    const template = pack.rules[0]!;
    pack.rules = Array.from({ length: 10_000 }, (_, i) => ({ ...template, id: `rule-${i % 100}` }));
    const errors = errorsOf(pack);
    expect(errors).toHaveLength(9_900);
    expect(errors[0]).toEqual({ path: 'rules[100].id', message: 'duplicate id "rule-0"' });
  });

  it('__proto__ at the top level is refused and pollutes nothing', () => {
    const input = withProtoKey(`{"__proto__": {"polluted": "yes"}, ${JSON.stringify(packCopy()).slice(1)}`);
    expect(errorsOf(input)).toEqual([{ path: '(root)', message: 'Unrecognized key: "__proto__"' }]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('__proto__ inside a rule and inside cues is refused and pollutes nothing', () => {
    const pack = packCopy();
    const rule = JSON.stringify(pack.rules[0])
      .replace('{', '{"__proto__":{"polluted":1},')
      .replace('"cues":{', '"cues":{"__proto__":{"polluted":2},');
    const input = { ...pack, rules: [withProtoKey(rule)] };
    expect(errorsOf(input)).toEqual([
      { path: 'rules[0].cues', message: 'Unrecognized key: "__proto__"' },
      { path: 'rules[0]', message: 'Unrecognized key: "__proto__"' },
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('__proto__ as a language key of terms is dropped, and the parsed pack has plain prototypes', () => {
    const pack = packCopy();
    pack.rules[0]!.cues.terms = withProtoKey('{"__proto__": {"polluted": 3}, "en": ["meddling"]}') as Record<
      string,
      string[]
    >;
    const result = checkPack(pack);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const terms = result.pack.rules[0]!.cues.terms!;
    expect(Object.keys(terms)).toEqual(['en']);
    expect(Object.getPrototypeOf(terms)).toBe(Object.prototype);
    expect((terms as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('constructor and prototype keys are refused', () => {
    const pack = { ...packCopy(), constructor: { prototype: { polluted: 4 } }, prototype: { polluted: 5 } };
    expect(errorsOf(pack)).toEqual([{ path: '(root)', message: 'Unrecognized keys: "constructor", "prototype"' }]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('validation does not mutate its input', () => {
    const pack = packCopy();
    const before = JSON.stringify(pack);
    checkPack(pack);
    pack.rules[0]!.assessments[0]!.id = 'ica-2021';
    const broken = JSON.stringify(pack);
    checkPack(pack);
    expect(JSON.stringify(pack)).toBe(broken);
    expect(before).not.toBe(broken);
  });
});
