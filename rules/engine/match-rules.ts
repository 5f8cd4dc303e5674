/**
 * Evaluates compiled rules against the frames of one sentence. Each rule is a
 * declarative condition over what the clause analysis found, so adding a rule never
 * adds a pass over the text.
 */
import type { Cues } from '../schema/pack';
import type { CompiledRule } from './compile';
import type { Frame } from './frames';
import type { Speaker } from './speaker';

export interface SentenceFacts {
  cats: Set<string>;
  /** Categories in this sentence or the one before. */
  nearCats: Set<string>;
  /** Categories in the sentence before the anchor. */
  beforeCats: Set<string>;
  /** Another subject, not the elections, is what the anchor is about (see analyze.ts). */
  otherTopic: boolean;
  context: boolean;
  speaker: Speaker | null;
  lang: string;
}

export function ruleMatches(cr: CompiledRule, frame: Frame | null, facts: SentenceFacts): boolean {
  const { rule } = cr;
  const c: Cues = rule.cues;
  if (rule.languages && !rule.languages.includes(facts.lang as never)) return false;
  if (c.predicate) {
    if (!frame || !c.predicate.includes(frame.predicate)) return false;
    // "interfere with the signal / the referee": another sense of the word.
    if (frame.target === 'other-sense') return false;
    if (c.polarity && !c.polarity.includes(frame.polarity)) return false;
    if (c.agent && !c.agent.includes(frame.agent)) return false;
    if (c.target && (frame.target === 'none' || !c.target.includes(frame.target))) return false;
  }
  const has = (cat: string, set = facts.cats) => set.has(cat === 'terms' ? cr.termsCategory : cat);
  if (c.all && !c.all.every((cat) => has(cat))) return false;
  if (c.any && !c.any.some((cat) => has(cat))) return false;
  if (c.none && c.none.some((cat) => has(cat))) return false;
  if (c.near && !c.near.every((cat) => has(cat, facts.nearCats))) return false;
  // Another subject nearby vetoes the rule ("other-topic" is decided by position in analyze.ts).
  if (c.notNear?.some((cat) => (cat === 'other-topic' ? facts.otherTopic : has(cat, facts.nearCats)))) return false;
  if (c.before && !c.before.every((cat) => has(cat, facts.beforeCats))) return false;
  if (c.terms && !c.all?.includes('terms') && !c.any?.includes('terms') && !has('terms')) return false;
  if (c.context && !facts.context) return false;
  const sp = rule.speakers;
  if (sp) {
    if (!facts.speaker) return !sp.required;
    const aff = facts.speaker.actor?.affiliation ?? (facts.speaker.russian ? 'russia-other' : 'unknown');
    if (!sp.affiliations.includes(aff as never)) return false;
  }
  return true;
}
