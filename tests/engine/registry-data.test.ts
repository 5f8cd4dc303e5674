/**
 * Convention checks on the two shared data registries the rule packs reference
 * (rules/data/assessments.json, rules/data/actors.json). Plain assertions; the zod schema
 * lives in rules/schema* and is not duplicated here.
 */
import { describe, it, expect } from 'vitest';
import assessmentsData from '../../rules/data/assessments.json';
import internationalData from '../../rules/data/assessments-international.json';
import electionsData from '../../rules/data/elections.json';
import { ACTOR_KINDS, AFFILIATIONS, ASSESSMENT_KINDS } from '../../rules/schema/pack';
import actorsData from '../../rules/data/actors.json';
import { LANGS } from '../../rules/languages';

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const PRECISION_RE: Record<string, RegExp> = {
  day: /^\d{4}-\d{2}-\d{2}$/,
  month: /^\d{4}-\d{2}$/,
  year: /^\d{4}$/,
};
const TITLE_PREFIX = /^(mr|ms|mrs|dr|president|foreign minister|herr|frau|m\.|mme|sr\.|sra\.)\s/i;

interface Later {
  date: string;
  text: string;
}
interface Assessment {
  id: string;
  title: string;
  shortTitle?: string;
  issuer: string;
  kind: string;
  date: string;
  datePrecision: string;
  url: string | null;
  archiveUrl: string | null;
  sourceNote?: string;
  finding: string;
  confidence: string;
  allegation: boolean;
  outcome?: string;
  later: Later[];
  elections: { country: string; year: number | null }[];
  general?: boolean;
  qualifies?: string[];
  caveat?: string;
  report?: { by: string; url: string };
  seeds?: string[];
}
type Lexicon = Record<string, string[]>;
interface Term {
  from: string;
  to: string | null;
}
interface Actor {
  id: string;
  name: string;
  kind: string;
  gender: string | null;
  affiliation: string;
  role: string;
  aliases: Lexicon;
  roleNouns?: Lexicon;
  activeFrom?: string;
  activeTo?: string | null;
  terms?: Term[];
}

const assessments = [
  ...(assessmentsData as unknown as { assessments: Assessment[] }).assessments,
  ...(internationalData as unknown as { assessments: Assessment[] }).assessments,
];
const calendar = electionsData as unknown as {
  countries: Record<string, unknown>;
  elections: { country: string; year: number; dates: string[] }[];
};
const actors = (actorsData as unknown as { actors: Actor[] }).actors;

/** A real calendar date at the given precision (rejects 2021-02-30, 2021-13). */
function isValidIsoDate(value: string, precision: string): boolean {
  const re = PRECISION_RE[precision];
  if (!re || !re.test(value)) return false;
  const [y, m = 1, d = 1] = value.split('-').map(Number);
  const date = new Date(Date.UTC(y!, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function precisionOf(value: string): string | undefined {
  return Object.keys(PRECISION_RE).find((p) => PRECISION_RE[p]!.test(value));
}

function expectIdsKebabAndUnique(ids: string[]): void {
  for (const id of ids) expect(id, id).toMatch(KEBAB);
  const dupes = ids.filter((id, i) => ids.indexOf(id) !== i);
  expect(dupes).toEqual([]);
}

const norm = (s: string): string => s.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();

/** Periods in which an actor's role nouns apply; null when the actor gives none. */
function periods(actor: Actor): Array<[number, number]> | null {
  const terms = actor.terms ?? (actor.activeFrom ? [{ from: actor.activeFrom, to: actor.activeTo ?? null }] : null);
  if (!terms) return null;
  return terms.map((t) => [Number(t.from), t.to === null ? Infinity : Number(t.to)]);
}

/** Year ranges touch at a handover year (2017-2024, then 2025-; 2017-2021, then 2021-) without overlapping. */
function overlaps(a: Array<[number, number]>, b: Array<[number, number]>): boolean {
  return a.some(([af, at]) => b.some(([bf, bt]) => af < bt && bf < at));
}

describe('rules/data/assessments.json and assessments-international.json', () => {
  it('has kebab-case, unique ids', () => {
    expectIdsKebabAndUnique(assessments.map((a) => a.id));
  });

  it('has valid ISO dates matching their precision, including later developments', () => {
    for (const a of assessments) {
      expect(isValidIsoDate(a.date, a.datePrecision), `${a.id}: ${a.date}`).toBe(true);
      for (const l of a.later) {
        expect(isValidIsoDate(l.date, precisionOf(l.date) ?? ''), `${a.id} later ${l.date}`).toBe(true);
        expect(l.date >= a.date.slice(0, l.date.length), `${a.id} later ${l.date} after the item`).toBe(true);
        expect(l.text.length).toBeGreaterThan(0);
      }
    }
  });

  it('uses https for every url, and archives only as checked snapshots of the primary url', () => {
    for (const a of assessments) {
      if (a.url !== null) expect(a.url, a.id).toMatch(/^https:\/\/[^\s]+$/);
      if (a.report) expect(a.report.url, a.id).toMatch(/^https:\/\/[^\s]+$/);
      // A Wayback lookup (web.archive.org/web/<url>) is not a checked copy; only a timestamped snapshot is.
      if (a.archiveUrl !== null)
        expect(a.archiveUrl, a.id).toBe(`https://web.archive.org/web/${a.archiveUrl.slice(28, 42)}/${a.url}`);
      if (a.archiveUrl !== null) expect(a.archiveUrl.slice(28, 42), a.id).toMatch(/^\d{14}$/);
    }
  });

  it('explains the public source where the url is null, and only there', () => {
    for (const a of assessments) {
      if (a.url === null) expect(a.sourceNote?.trim(), a.id).toBeTruthy();
      else expect(a.sourceNote, a.id).toBeUndefined();
    }
  });

  it('marks indictments, charges and sanctions as allegations, each with an outcome', () => {
    const charges = assessments.filter(
      (a) =>
        ['indictment', 'criminal-case'].includes(a.kind) ||
        (a.kind === 'sanctions' && a.id !== 'eu-moldova-sanctions-framework-2023'),
    );
    expect(charges.length).toBeGreaterThanOrEqual(10);
    for (const a of charges) expect(a.allegation, a.id).toBe(true);
    for (const a of assessments.filter((x) => x.allegation)) expect(a.outcome?.trim(), a.id).toBeTruthy();
  });

  it('uses known kinds, confidences and seed paths', () => {
    for (const a of assessments) {
      expect(ASSESSMENT_KINDS, a.id).toContain(a.kind);
      expect(['A', 'B'], a.id).toContain(a.confidence);
      for (const s of a.seeds ?? []) expect(s, a.id).toMatch(/^seeds\/\d{3}_[0-9a-f]{16}\.txt$/);
      for (const field of [a.title, a.issuer, a.finding, ...(a.shortTitle === undefined ? [] : [a.shortTitle])])
        expect(field.trim().length, a.id).toBeGreaterThan(0);
    }
  });

  it('says which elections each concerns, with countries and years the election calendar knows', () => {
    for (const a of assessments) {
      expect(Array.isArray(a.elections), a.id).toBe(true);
      for (const e of a.elections) {
        expect(Object.keys(calendar.countries), `${a.id}: ${e.country}`).toContain(e.country);
        if (e.year !== null)
          expect(
            calendar.elections.some((x) => x.country === e.country && x.year === e.year),
            `${a.id}: ${e.country} ${e.year}`,
          ).toBe(true);
      }
    }
    const covered = new Set(assessments.flatMap((a) => a.elections.map((e) => `${e.country} ${e.year}`)));
    for (const e of [
      'MD 2024',
      'MD 2025',
      'RO 2024',
      'RO 2025',
      'DE 2021',
      'DE 2025',
      'FR 2017',
      'GB 2016',
      'GB 2019',
      'EU 2024',
      'US 2016',
      'US 2020',
      'US 2024',
    ])
      expect(covered, e).toContain(e);
  });

  it('has a general set, and balancing findings that name assessments that exist', () => {
    expect(assessments.filter((a) => a.general).length).toBeGreaterThanOrEqual(3);
    const ids = new Set(assessments.map((a) => a.id));
    for (const a of assessments) for (const q of a.qualifies ?? []) expect(ids, `${a.id} qualifies ${q}`).toContain(q);
  });

  it('ships no grade-C item: every address was seen (or is left null with its source named)', () => {
    for (const a of assessments) if (a.url === null && !a.report) expect(a.sourceNote, a.id).toBeTruthy();
  });
});

describe('rules/data/actors.json', () => {
  it('has kebab-case, unique ids', () => {
    expectIdsKebabAndUnique(actors.map((a) => a.id));
  });

  it('uses known kinds and affiliations; only people have a gender', () => {
    for (const a of actors) {
      expect(ACTOR_KINDS, a.id).toContain(a.kind);
      expect(AFFILIATIONS, a.id).toContain(a.affiliation);
      if (a.kind === 'person') expect(['m', 'f'], a.id).toContain(a.gender);
      else expect(a.gender, a.id).toBeNull();
    }
  });

  it('gives every actor an en alias and only known languages', () => {
    for (const a of actors) {
      expect(a.aliases.en?.length, a.id).toBeGreaterThan(0);
      for (const lang of Object.keys(a.aliases)) expect(LANGS, a.id).toContain(lang);
      for (const lang of Object.keys(a.roleNouns ?? {})) expect(LANGS, a.id).toContain(lang);
    }
  });

  it('lists names without titles or stray whitespace', () => {
    for (const a of actors) {
      for (const list of [...Object.values(a.aliases), ...Object.values(a.roleNouns ?? {})]) {
        for (const s of list) {
          expect(s, a.id).toBe(s.trim());
          expect(s.length, a.id).toBeGreaterThan(0);
        }
      }
      for (const s of Object.values(a.aliases).flat()) expect(s, `${a.id}: ${s}`).not.toMatch(TITLE_PREFIX);
    }
  });

  it("lists every person's surname alone", () => {
    for (const a of actors.filter((x) => x.kind === 'person')) {
      const surname = a.name.split(' ').pop()!;
      expect(a.aliases.en, a.id).toContain(surname);
    }
  });

  it('has well-formed activity years', () => {
    for (const a of actors) {
      for (const y of [a.activeFrom, a.activeTo, ...(a.terms ?? []).flatMap((t) => [t.from, t.to])]) {
        if (y !== undefined && y !== null) expect(y, a.id).toMatch(/^\d{4}$/);
      }
    }
  });

  it('never gives the same alias to two actors', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const a of actors) {
      for (const s of new Set(Object.values(a.aliases).flat().map(norm))) {
        const prev = owner.get(s);
        if (prev && prev !== a.id) clashes.push(`${s}: ${prev} / ${a.id}`);
        owner.set(s, a.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('shares a role noun only between holders whose periods do not overlap, and never with an alias', () => {
    const aliasOwner = new Map<string, string>();
    for (const a of actors) for (const s of Object.values(a.aliases).flat()) aliasOwner.set(norm(s), a.id);
    const holders = new Map<string, Actor[]>();
    for (const a of actors) {
      for (const s of new Set(
        Object.values(a.roleNouns ?? {})
          .flat()
          .map(norm),
      )) {
        holders.set(s, [...(holders.get(s) ?? []), a]);
      }
    }
    const problems: string[] = [];
    for (const [noun, list] of holders) {
      const aliasOf = aliasOwner.get(noun);
      if (aliasOf && list.some((a) => a.id !== aliasOf)) problems.push(`${noun}: alias of ${aliasOf}`);
      for (let i = 0; i < list.length; i++) {
        for (let j = i + 1; j < list.length; j++) {
          const [a, b] = [list[i]!, list[j]!];
          const [pa, pb] = [periods(a), periods(b)];
          if (!pa || !pb || overlaps(pa, pb)) problems.push(`${noun}: ${a.id} / ${b.id}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
