/**
 * Turns lexicons, the actor/assessment registries and the active packs into one
 * ready-to-run engine. Done once per pack change, never per page.
 */
import type { Actor, Assessment, Pack, Rule } from '../schema/pack';
import { LANGS, type Lang } from '../types';
import { DateReader, type DateWords } from './dates';
import { compileGrammar, traitsOf, type Grammar, type GrammarLists, type Trait } from './grammar';
import { Lexicon, type TermLists } from './lexicon';
import { fold, tokenize } from './tokens';
import type { Polarity } from './frame-base';

export interface LexiconFile extends GrammarLists {
  lang: string;
  categories: TermLists;
  dates: DateWords;
}

/** rules/data/elections.json: display names, voting days and notes of the elections claims are about. */
export interface ElectionsFile {
  countries: Record<string, { en: { name: string; adjective: string }; ru: { name: string; in: string } }>;
  elections: { country: string; year: number; dates: string[]; note?: { en: string; ru: string } }[];
}

export interface CompiledRule {
  packId: string;
  rule: Rule;
  /** Category used for the rule's own `cues.terms`. */
  termsCategory: string;
}

export interface LangEngine {
  /** Every category, actor alias (actor:<id>), role noun (role:<id>) and rule term. */
  lexicon: Lexicon;
  /** The categories rules anchor on or require, plus the topic: decides which blocks to analyse. */
  prefilter: Lexicon;
  /** Substring scan for anything an anchor could start with (null: always scan words). */
  anchorScan: RegExp | null;
  /** Substring scan for the election-interference topic words. */
  topicScan: RegExp;
  /** Words allowed between a negation and its predicate (the lexicon's "gap" category). */
  gapWords: Set<string>;
  /** Function-word classes consulted word by word, not matched by the lexicon (see WORD_CLASSES). */
  wordClasses: Record<WordClass, Set<string>>;
  /** This language's own grammar classes (most code reads the union, Engine.grammar). */
  grammar: Grammar;
  /** The language's traits (grammar.ts TRAITS). */
  traits: ReadonlySet<Trait>;
}

/**
 * Lexicon categories of single function words ("and", "in", "Response") that the engine looks up
 * word by word where it needs them: matched like cue terms they would tag every other token.
 */
export const WORD_CLASSES = [
  'coordinator',
  'place-prep',
  'answer-label',
  'collective-noun',
  'passive-by',
  'reported-mood',
] as const;
export type WordClass = (typeof WORD_CLASSES)[number];

export interface Engine {
  langs: Record<Lang, LangEngine>;
  /** Function-word classes of every language (grammar.ts), compiled once. */
  grammar: Grammar;
  /** Reads a statement's date in any language's words (dates.ts). */
  dates: DateReader;
  rules: CompiledRule[];
  /** Rules indexed by the category they anchor on. */
  byAnchor: Map<string, CompiledRule[]>;
  /** Per anchor, the distinct category requirements of its rules (see requirementsOf). */
  needsByAnchor: Map<string, Needs[]>;
  /** Categories whose word positions the prefilter records for the proximity checks. */
  proximityCats: string[];
  actors: Map<string, Actor>;
  assessments: Map<string, Assessment>;
  /** The lexicon files as given: election reading uses their `countries` and `electionNow`. */
  lexiconFiles?: Record<Lang, LexiconFile>;
  /** The election calendar and notes (rules/data/elections.json). */
  elections?: ElectionsFile;
  /** Publisher of the pack that defines an assessment (none for the bundled registry's). */
  assessmentPublishers: Map<string, string>;
  /** Categories some rule analyses as a predicate (negation, agent, target). */
  predicates: Set<string>;
  /** Single-word person aliases (surnames) by first letter, for typo-tolerant matching. */
  surnames: Map<string, { name: string; actor: Actor }[]>;
}

export interface EngineInput {
  lexicons: Record<Lang, LexiconFile>;
  actors: readonly Actor[];
  assessments: readonly Assessment[];
  elections?: ElectionsFile;
  packs: readonly Pack[];
}

/**
 * Categories ranked from rare to common in news text: a rule is filed under its rarest
 * required category, so common words ("because of", "proposed") do not wake it up.
 */
const RARITY = [
  'procedural',
  'not-us',
  'found-nothing',
  'no-evidence',
  'non-interference',
  'subversion',
  'anaphoric-act',
  'evaluative',
  'interference',
  'found-verb',
  'allegation',
  'investigation',
  'deny-verb',
  'accuse-verb',
  'offer-verb',
  'evidence',
  'observe',
  'blame',
  'relations',
];

function rank(category: string): number {
  const i = RARITY.indexOf(category);
  return i < 0 ? RARITY.length : i;
}

/** The category a rule is filed under: its own terms, else its predicate, else its rarest required category. */
export function anchorsOf(rule: Rule, termsCategory: string): string[] {
  const c = rule.cues;
  if (c.terms && !c.any?.includes('terms')) return [termsCategory];
  if (c.predicate?.length) return c.predicate;
  if (c.all?.length) {
    const all = c.all.map((a) => (a === 'terms' ? termsCategory : a));
    return [all.reduce((best, a) => (rank(a) < rank(best) ? a : best))];
  }
  if (c.any?.length) return c.any.map((a) => (a === 'terms' ? termsCategory : a));
  return [termsCategory];
}

/**
 * What a block must contain, at the level of categories, for a rule to have a chance: groups
 * of categories, one of each group needed. The prefilter checks these before paying for full
 * analysis.
 */
export interface Needs {
  /** One category of each group must occur in the block (for full analysis: in the anchor's sentence). */
  groups: string[][];
  /** Like `groups`, but the two sentences before count too, across a paragraph break (`cues.near`). */
  near?: string[][];
  /** Cues that must stand near the predicate (a negation 30 words away governs nothing). */
  nearPredicate?: { predicates: string[]; cues: string[]; before: number; after: number }[];
}

/** Words a negation may stand before its predicate (German verb-final) or after it ("mischt sich nicht … ein"). */
export const NEAR_BEFORE = 24;
export const NEAR_AFTER = 10;
/** Words a falsity word may stand after its predicate (frame-falsity.ts FALSITY_AFTER and the words after the copula). */
const FALSITY_AFTER = 18;

/** The category a sentence must hold for a frame to take each polarity (the prefilter, `sentenceHasNeeds`). */
const POLARITY_NEEDS: Partial<Record<Polarity, string[]>> = {
  negated: ['negation'],
  denied: ['deny-verb'],
  'no-evidence': ['no-evidence'],
  // "attempts to", "if" mark a hypothetical.
  hypothetical: ['hypothetical'],
  'judged-false': ['falsity', 'absurdity', 'disbelief', 'impossibility'],
};

export function requirementsOf(rule: Rule, termsCategory: string): Needs {
  const c = rule.cues;
  const own = (cat: string) => (cat === 'terms' ? termsCategory : cat);
  const groups: string[][] = [];
  if (c.predicate?.length) groups.push(c.predicate);
  for (const cat of [...(c.all ?? []), ...(c.before ?? [])]) groups.push([own(cat)]);
  const nearGroups = (c.near ?? []).map((cat) => [own(cat)]);
  if (c.any?.length) groups.push(c.any.map(own));
  if (c.terms && !c.any?.includes('terms') && !c.all?.includes('terms')) groups.push([termsCategory]);
  const near: NonNullable<Needs['nearPredicate']> = [];
  const pol = c.polarity ?? [];
  const selfNegated = c.predicate?.some((p) => p === 'non-interference') ?? false;
  if (pol.length > 0 && !selfNegated && !pol.includes('affirmed')) {
    const needs = new Set(pol.flatMap((p) => POLARITY_NEEDS[p]!));
    groups.push([...needs]);
    // "claims that Russia meddled in the vote in 2016 are a lie": a falsity word comes late (frame-falsity.ts).
    const after = pol.includes('judged-false') ? FALSITY_AFTER : NEAR_AFTER;
    if (c.predicate?.length) near.push({ predicates: c.predicate, cues: [...needs], before: NEAR_BEFORE, after });
  }
  if (c.agent?.length === 1 && c.agent[0] === 'accuser') {
    // Accuser words, "they", or a U.S. body from the registry ("the State Department").
    const accuser = ['agent-accuser', 'pron-they', 'aff-us'];
    groups.push(accuser);
    // The accuser is the predicate's subject, in the same sentence.
    // Clefts put it after: "Quien se inmiscuye en los asuntos internos de medio mundo es Estados Unidos".
    if (c.predicate?.length) near.push({ predicates: c.predicate, cues: accuser, before: 30, after: 14 });
  }
  return {
    groups,
    ...(nearGroups.length ? { near: nearGroups } : {}),
    ...(near.length ? { nearPredicate: near } : {}),
  };
}

export function compileEngine(input: EngineInput): Engine {
  const actors = new Map<string, Actor>();
  const assessments = new Map<string, Assessment>();
  const assessmentPublishers = new Map<string, string>();
  for (const a of input.actors) actors.set(a.id, a);
  for (const a of input.assessments) assessments.set(a.id, a);
  // Validation refuses packs that redefine a bundled id; the engine never lets one through either:
  // the official record and the actors it knows are not a pack's to replace (issue #14).
  const bundledActors = new Set(actors.keys());
  const bundledAssessments = new Set(assessments.keys());
  const rules: CompiledRule[] = [];
  for (const pack of input.packs) {
    // A pack's actor never stands in for a registry mission ("the Russian Embassy" on a page about
    // some country's vote is the registry's embassy there or the generic one, postings.ts).
    for (const { postedIn: _posted, ...a } of pack.actors ?? []) if (!bundledActors.has(a.id)) actors.set(a.id, a);
    for (const a of pack.assessments ?? []) {
      if (bundledAssessments.has(a.id)) continue;
      assessments.set(a.id, a);
      assessmentPublishers.set(a.id, pack.publisher);
    }
    for (const rule of pack.rules) rules.push({ packId: pack.id, rule, termsCategory: `terms:${pack.id}/${rule.id}` });
  }
  const byAnchor = new Map<string, CompiledRule[]>();
  const needsByAnchor = new Map<string, Needs[]>();
  const seenNeeds = new Set<string>();
  const prefilterCats = new Set<string>(['topic']);
  for (const cr of rules) {
    const needs = requirementsOf(cr.rule, cr.termsCategory);
    for (const group of [...needs.groups, ...(needs.near ?? [])]) for (const cat of group) prefilterCats.add(cat);
    for (const anchor of anchorsOf(cr.rule, cr.termsCategory)) {
      prefilterCats.add(anchor);
      const list = byAnchor.get(anchor) ?? [];
      list.push(cr);
      byAnchor.set(anchor, list);
      const key = `${anchor}|${JSON.stringify(needs)}`;
      if (!seenNeeds.has(key)) {
        seenNeeds.add(key);
        needsByAnchor.set(anchor, [...(needsByAnchor.get(anchor) ?? []), needs]);
      }
    }
  }
  // Each language's lexicons are built on first use: a page is usually in one language, and
  // compiling all five would be a long task in the content script.
  const buildLang = (lang: Lang): LangEngine => {
    const file = input.lexicons[lang];
    // "gap" words (auxiliaries, articles…) match almost every token; they are only consulted
    // between a negation and its predicate, so they live in a plain set, not the lexicon.
    const { gap = [], ...rest } = file.categories;
    const words = (terms: readonly string[]) => new Set(terms.flatMap((term) => tokenize(term).map((t) => t.norm)));
    const wordClasses = Object.fromEntries(WORD_CLASSES.map((c) => [c, words(rest[c] ?? [])])) as Record<
      WordClass,
      Set<string>
    >;
    for (const c of WORD_CLASSES) delete rest[c];
    const lexicon = new Lexicon(rest);
    const gapWords = words(gap);
    const prefilter = new Lexicon();
    for (const cat of prefilterCats) {
      const terms = file.categories[cat];
      if (terms) for (const t of terms) prefilter.add(cat, t);
    }
    for (const cr of rules) {
      const terms = cr.rule.cues.terms?.[lang] ?? [];
      for (const t of terms) {
        lexicon.add(cr.termsCategory, t);
        prefilter.add(cr.termsCategory, t);
      }
    }
    for (const actor of actors.values()) {
      // The side an actor is on, as a category: "the Justice Department does not interfere" has an agent.
      const side = actor.affiliation.startsWith('russia')
        ? 'aff-russia'
        : actor.affiliation.startsWith('us-')
          ? 'aff-us'
          : 'aff-other';
      for (const l of new Set<Lang>([lang, 'en'])) {
        for (const alias of actor.aliases[l] ?? []) {
          lexicon.add(`actor:${actor.id}`, alias);
          lexicon.add(side, alias);
          if (prefilterCats.has(side)) prefilter.add(side, alias);
        }
        for (const noun of actor.roleNouns?.[l] ?? []) lexicon.add(`role:${actor.id}`, noun);
      }
    }
    // Rules with their own terms can fire on any word: then every block gets the word scan.
    const anchors = new Set([...byAnchor.keys()]);
    const anchorScan = [...anchors].some((a) => a.startsWith('terms:')) ? null : prefilter.firstPieceRegex(anchors);
    const topicScan = prefilter.firstPieceRegex(new Set(['topic'])) ?? /[^]/;
    return {
      lexicon,
      prefilter,
      anchorScan,
      topicScan,
      gapWords,
      wordClasses,
      grammar: compileGrammar([file]),
      traits: traitsOf(file),
    };
  };
  const langs = {} as Record<Lang, LangEngine>;
  for (const lang of LANGS) {
    let built: LangEngine | undefined;
    Object.defineProperty(langs, lang, { enumerable: true, get: () => (built ??= buildLang(lang)) });
  }
  const predicates = new Set(rules.flatMap((r) => r.rule.cues.predicate ?? []));
  const surnames = new Map<string, { name: string; actor: Actor }[]>();
  for (const actor of actors.values()) {
    if (actor.kind !== 'person') continue;
    for (const alias of Object.values(actor.aliases).flat()) {
      const name = fold(alias);
      if (name.includes(' ') || name.length < 5) continue;
      const list = surnames.get(name[0]!) ?? [];
      if (!list.some((x) => x.name === name)) list.push({ name, actor });
      surnames.set(name[0]!, list);
    }
  }
  const proximityCats = [
    ...new Set(
      [...needsByAnchor.values()]
        .flat()
        .flatMap((n) => (n.nearPredicate ?? []).flatMap((r) => [...r.predicates, ...r.cues])),
    ),
  ];
  const grammar = compileGrammar(Object.values(input.lexicons));
  const dates = new DateReader(Object.values(input.lexicons));
  return {
    langs,
    grammar,
    dates,
    rules,
    byAnchor,
    needsByAnchor,
    proximityCats,
    actors,
    assessments,
    assessmentPublishers,
    predicates,
    surnames,
    lexiconFiles: input.lexicons,
    ...(input.elections ? { elections: input.elections } : {}),
  };
}
