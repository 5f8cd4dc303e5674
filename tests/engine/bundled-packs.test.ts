/**
 * Data quality of the bundled rule packs: metadata, reader-facing text, the assessments they
 * cite, and that each rule's `example` is found by the engine, as that rule, when a Russian
 * official says it.
 */
import { describe, it, expect } from 'vitest';
import {
  ASSESSMENTS,
  BUNDLED_PACKS,
  LANGS,
  analyze,
  createEngine,
  type DocumentInput,
  type Pack,
} from '../../rules/index';

const EXPECTED_PACKS = [
  'election-interference-denials',
  'counter-accusations',
  'dismissals',
  'misrepresented-findings',
  'deflections',
  'relations-blame-shift',
];
const SEMVER = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/;
const SPEAKER = 'Dmitry Peskov';
/** A headline that puts the interference topic in context, as a news page would. */
const HEADLINE = 'Kremlin responds to U.S. election interference allegations';

/**
 * Cited assessments marked `allegation: true` that have no `outcome` yet. Known data gaps, listed
 * so the suite stays usable: the test below fails when one is fixed (remove it here) or a new one
 * appears. Reported to the lead: doj-doppelganger-seizure-2024 is cited with relevance text
 * "These are allegations; see the outcome." but the registry gives no outcome.
 */
const ALLEGATIONS_WITHOUT_OUTCOME: string[] = [];

const registry = new Map(ASSESSMENTS.map((a) => [a.id, a]));
const rules = BUNDLED_PACKS.flatMap((pack) => pack.rules.map((rule) => ({ pack, rule })));
const ruleCases = rules.map(({ pack, rule }) => [`${pack.id}/${rule.id}`, pack, rule] as const);

/** The example quoted from a named Russian official under a headline on the topic. */
function quoted(example: string): DocumentInput {
  return { title: HEADLINE, blocks: [{ kind: 'paragraph', text: `${SPEAKER} said: “${example}”` }] };
}

function citedAssessmentIds(): string[] {
  return [...new Set(rules.flatMap(({ rule }) => rule.assessments.map((a) => a.id)))];
}

describe('bundled pack metadata', () => {
  it('are the six expected packs, core pack first', () => {
    expect(BUNDLED_PACKS.map((p) => p.id)).toEqual(EXPECTED_PACKS);
  });

  it.each(BUNDLED_PACKS.map((p) => [p.id, p] as const))(
    '%s has title, description, publisher, licence, semver and all five languages',
    (_id, pack) => {
      for (const field of ['title', 'description', 'publisher', 'license'] as const) {
        expect(pack[field].trim(), field).not.toBe('');
        expect(pack[field], field).toBe(pack[field].trim());
      }
      expect(pack.version).toMatch(SEMVER);
      expect([...pack.languages].sort()).toEqual([...LANGS].sort());
      expect(pack.description).toMatch(/\.$/);
    },
  );

  it('pack titles are distinct', () => {
    const titles = BUNDLED_PACKS.map((p) => p.title);
    expect(new Set(titles).size).toBe(titles.length);
  });

  it('each pack has at least one rule, and each rule belongs to the pack whose theme it matches', () => {
    const patternsOf = (pack: Pack) => new Set(pack.rules.map((r) => r.pattern));
    for (const pack of BUNDLED_PACKS) {
      expect(pack.rules.length, pack.id).toBeGreaterThan(0);
      expect(patternsOf(pack).size, `${pack.id} mixes patterns`).toBe(1);
    }
    expect(BUNDLED_PACKS.map((p) => p.rules[0]!.pattern)).toEqual([
      'denial',
      'counter_accusation',
      'dismissal',
      'misrepresentation',
      'deflection',
      'blame_shift',
    ]);
  });
});

describe('bundled rule text', () => {
  it.each(ruleCases)(
    '%s has a one-line why sentence ending with a period, a title and an example',
    (_id, pack, rule) => {
      expect(rule.why).toMatch(/^[A-Z"“].{19,}\.$/);
      expect(rule.why).not.toMatch(/\n|\s{2}/);
      expect(rule.title.trim()).not.toBe('');
      expect(rule.example?.trim()).toBeTruthy();
      expect(rule.example).toMatch(/[.!?]$/);
      if (rule.languages) for (const lang of rule.languages) expect(pack.languages).toContain(lang);
    },
  );

  it.each(ruleCases)('%s gives a relevance sentence for each cited assessment', (_id, _pack, rule) => {
    expect(rule.assessments.length).toBeGreaterThan(0);
    for (const ref of rule.assessments) expect(ref.relevance, ref.id).toMatch(/^[A-Z].*\.$/);
  });
});

describe('every rule finds its own example', () => {
  const engine = createEngine();

  it.each(ruleCases)(
    '%s: example quoted from a Russian official is found with the rule’s pattern',
    (_id, _pack, rule) => {
      const doc = quoted(rule.example!);
      const text = doc.blocks[0]!.text;
      const findings = analyze(engine, doc).filter((f) => f.pattern === rule.pattern);
      expect(
        findings.map((f) => f.pattern),
        `not found: ${text}`,
      ).toContain(rule.pattern);
      const exampleStart = text.indexOf(rule.example!);
      const finding = findings[0]!;
      // The finding lies within the quoted example.
      expect(finding.start).toBeGreaterThanOrEqual(exampleStart);
      expect(finding.end).toBeLessThanOrEqual(exampleStart + rule.example!.length);
      expect(finding.quoted).toBe(true);
      if (rule.speakers?.required !== false) expect(finding.speaker).toBe(SPEAKER);
      expect(finding.assessments.length).toBeGreaterThan(0);
    },
  );

  it.each(ruleCases)('%s: an engine with only this rule finds the example as this rule', (_id, pack, rule) => {
    const single = createEngine([{ ...pack, rules: [rule] }]);
    const findings = analyze(single, quoted(rule.example!));
    expect(findings.map((f) => `${f.packId}/${f.ruleId}/${f.pattern}`)).toContain(
      `${pack.id}/${rule.id}/${rule.pattern}`,
    );
  });

  it.each(ruleCases.filter(([, , rule]) => rule.cues.context))(
    '%s: needs the topic nearby (cues.context), so the bare example is not flagged',
    (_id, pack, rule) => {
      const single = createEngine([{ ...pack, rules: [rule] }]);
      const bare: DocumentInput = { blocks: [{ kind: 'paragraph', text: `${SPEAKER} said: “${rule.example!}”` }] };
      expect(analyze(single, bare).filter((f) => f.ruleId === rule.id)).toEqual([]);
    },
  );

  it.each(ruleCases.filter(([, , rule]) => rule.speakers?.required))(
    '%s: requires a Russian speaker, so the example from a U.S. official is not flagged as this rule',
    (_id, pack, rule) => {
      const single = createEngine([{ ...pack, rules: [rule] }]);
      const doc: DocumentInput = {
        title: HEADLINE,
        blocks: [{ kind: 'paragraph', text: `Secretary of State Antony Blinken said: “${rule.example!}”` }],
      };
      expect(analyze(single, doc).filter((f) => f.ruleId === rule.id)).toEqual([]);
    },
  );
});

describe('assessments cited by bundled rules', () => {
  it('all exist in the registry', () => {
    expect(citedAssessmentIds().filter((id) => !registry.has(id))).toEqual([]);
  });

  it.each(citedAssessmentIds().map((id) => [id]))(
    '%s has confidence A or B and an https url or a source note',
    (id) => {
      const a = registry.get(id)!;
      expect(['A', 'B']).toContain(a.confidence);
      if (a.url === null) expect(a.sourceNote?.trim()).toBeTruthy();
      else expect(a.url).toMatch(/^https:\/\/[^\s/]+\.[^\s]+$/);
      if (a.archiveUrl !== null) expect(a.archiveUrl).toMatch(/^https:\/\//);
      expect(a.finding.trim()).not.toBe('');
    },
  );

  it('indictments are marked as allegations', () => {
    const notMarked = citedAssessmentIds().filter(
      (id) => registry.get(id)!.kind === 'indictment' && !registry.get(id)!.allegation,
    );
    expect(notMarked).toEqual([]);
  });

  it('allegations have an outcome (known gaps listed in ALLEGATIONS_WITHOUT_OUTCOME)', () => {
    const missing = citedAssessmentIds().filter(
      (id) => registry.get(id)!.allegation && !registry.get(id)!.outcome?.trim(),
    );
    expect(missing.sort()).toEqual([...ALLEGATIONS_WITHOUT_OUTCOME].sort());
  });

  it('every cited indictment has an outcome', () => {
    const missing = citedAssessmentIds().filter(
      (id) => registry.get(id)!.kind === 'indictment' && !registry.get(id)!.outcome?.trim(),
    );
    expect(missing).toEqual([]);
  });

  it('relevance text that says "see the outcome" cites an allegation (and, gaps aside, one with an outcome)', () => {
    const wrong = rules.flatMap(({ pack, rule }) =>
      rule.assessments
        .filter((ref) => /see the outcome/i.test(ref.relevance))
        .filter((ref) => {
          const a = registry.get(ref.id)!;
          return !a.allegation || (!a.outcome && !ALLEGATIONS_WITHOUT_OUTCOME.includes(a.id));
        })
        .map((ref) => `${pack.id}/${rule.id}: ${ref.id}`),
    );
    expect(wrong).toEqual([]);
  });

  it('findings carry the outcome of each allegation they cite', () => {
    const engine = createEngine();
    const withAllegation = rules.find(({ rule }) =>
      rule.assessments.some((ref) => registry.get(ref.id)?.allegation && registry.get(ref.id)?.outcome),
    );
    expect(withAllegation).toBeDefined();
    const { rule } = withAllegation!;
    const finding = analyze(engine, quoted(rule.example!)).find((f) => f.pattern === rule.pattern)!;
    expect(finding).toBeDefined();
    for (const a of finding.assessments) {
      const source = registry.get(a.id)!;
      expect(a.outcome, a.id).toBe(source.outcome);
    }
  });
});
