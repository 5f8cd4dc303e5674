/**
 * Turns lexicons, the actor/assessment registries and the active packs into one
 * ready-to-run engine. Done once per pack change, never per page.
 */
import type { Actor, Assessment, Pack, Rule } from '../schema/pack';
import { LANGS, type Lang } from '../types';
import { Lexicon, type TermLists } from './lexicon';
import { fold } from './tokens';

export interface LexiconFile {
  lang: string;
  categories: TermLists;
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
  /** Only the categories a rule anchors on, plus the topic: decides which blocks to analyse. */
  prefilter: Lexicon;
}

export interface Engine {
  langs: Record<Lang, LangEngine>;
  rules: CompiledRule[];
  /** Rules indexed by the category they anchor on. */
  byAnchor: Map<string, CompiledRule[]>;
  actors: Map<string, Actor>;
  assessments: Map<string, Assessment>;
  /** Categories some rule analyses as a predicate (negation, agent, target). */
  predicates: Set<string>;
  /** Single-word person aliases (surnames) by first letter, for typo-tolerant matching. */
  surnames: Map<string, { name: string; actor: Actor }[]>;
}

export interface EngineInput {
  lexicons: Record<Lang, LexiconFile>;
  actors: readonly Actor[];
  assessments: readonly Assessment[];
  packs: readonly Pack[];
}

/** The categories a rule needs to see before it is worth evaluating. */
export function anchorsOf(rule: Rule, termsCategory: string): string[] {
  const c = rule.cues;
  if (c.predicate?.length) return c.predicate;
  if (c.all?.length) return [c.all[0] === 'terms' ? termsCategory : c.all[0]!];
  if (c.any?.length) return c.any.map((a) => (a === 'terms' ? termsCategory : a));
  return [termsCategory];
}

export function compileEngine(input: EngineInput): Engine {
  const actors = new Map<string, Actor>();
  const assessments = new Map<string, Assessment>();
  for (const a of input.actors) actors.set(a.id, a);
  for (const a of input.assessments) assessments.set(a.id, a);
  const rules: CompiledRule[] = [];
  for (const pack of input.packs) {
    for (const a of pack.actors ?? []) actors.set(a.id, a);
    for (const a of pack.assessments ?? []) assessments.set(a.id, a);
    for (const rule of pack.rules) rules.push({ packId: pack.id, rule, termsCategory: `terms:${pack.id}/${rule.id}` });
  }
  const byAnchor = new Map<string, CompiledRule[]>();
  for (const cr of rules) {
    for (const anchor of anchorsOf(cr.rule, cr.termsCategory)) {
      const list = byAnchor.get(anchor) ?? [];
      list.push(cr);
      byAnchor.set(anchor, list);
    }
  }
  const langs = {} as Record<Lang, LangEngine>;
  for (const lang of LANGS) {
    const file = input.lexicons[lang];
    const lexicon = new Lexicon(file.categories);
    const prefilter = new Lexicon();
    for (const anchor of [...byAnchor.keys(), 'topic']) {
      const terms = file.categories[anchor];
      if (terms) for (const t of terms) prefilter.add(anchor, t);
    }
    for (const cr of rules) {
      const terms = cr.rule.cues.terms?.[lang] ?? [];
      for (const t of terms) {
        lexicon.add(cr.termsCategory, t);
        prefilter.add(cr.termsCategory, t);
      }
    }
    for (const actor of actors.values()) {
      for (const l of new Set<Lang>([lang, 'en'])) {
        for (const alias of actor.aliases[l] ?? []) lexicon.add(`actor:${actor.id}`, alias);
        for (const noun of actor.roleNouns?.[l] ?? []) lexicon.add(`role:${actor.id}`, noun);
      }
    }
    langs[lang] = { lexicon, prefilter };
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
  return { langs, rules, byAnchor, actors, assessments, predicates, surnames };
}
