/**
 * A frame's target: elections, internal affairs, a country, the speaker's own country, the
 * previous sentences ("we do not intend to interfere."), or another sense of the word
 * ("interfere with the signal") that stops the frame.
 */
import { gapOk, type Frame, type FrameContext, type TargetKind } from './frame-base';
import type { PreparedBlock, Sentence } from './prepared';

const TARGETS: [string, Exclude<TargetKind, 'context' | 'none'>][] = [
  ['target-self', 'self'],
  ['target-affairs', 'affairs'],
  ['target-election', 'election'],
  ['target-hack', 'election'],
  ['target-country', 'country'],
];

export function setTarget(
  block: PreparedBlock,
  f: Frame,
  sent: Sentence,
  c0: number,
  c1: number,
  ctx: FrameContext,
): void {
  const right = Math.min(c1, f.to + 10);
  const left = block.traits.has('verb-final') ? c0 : Math.max(c0, f.from - 4);
  // German compounds carry their own target: "Wahleinmischung".
  if (block.traits.has('noun-compounds'))
    for (const [cat, kind] of TARGETS) if (block.tokenCats[f.from]!.has(cat)) return set(f, kind, f.from);
  // "interfere with the warship / the signal": with takes only an election or affairs object.
  const withObject = block.grammar['with-object'].has(block.tokens[f.to]?.norm ?? '');
  // Nearest object first: "interfere with the signal" stops at the signal, "rien à voir avec
  // le piratage … de l'équipe de campagne" at the hacking.
  for (let i = f.from + 1; i < right; i++) {
    const cats = block.tokenCats[i]!;
    // "had nothing to do with the cyberattack" (also a hack word), "meddling in the doping inquiry":
    // another subject is the object — unless an election follows it ("cyberattack on Macron's campaign").
    if (cats.has('other-topic') && !electionAfter(block, i, right)) return set(f, 'other-sense', i);
    const hit = TARGETS.find(([cat, kind]) => cats.has(cat) && !(withObject && kind === 'country'));
    // "denied involvement in incidents in Europe, including damage to undersea cables": a weak
    // predicate (involvement, nothing to do with) with only a place and another subject nearby.
    if (
      hit &&
      hit[1] === 'country' &&
      ctx.otherTopicNear &&
      block.grammar['weak-predicate'].has(block.tokens[f.from]!.norm)
    )
      return set(f, 'other-sense', i);
    if (hit) return set(f, hit[1], i);
    if (cats.has('other-sense')) return set(f, 'other-sense', i);
  }
  // "meddling in Catalonia", "вмешательство в Гагаузию": a capitalised name right after a place
  // preposition (lexicon 'place-prep') is the place meddled in. Not in German, where every noun is capitalised.
  if (
    !block.traits.has('capitalised-nouns') &&
    !ctx.otherTopicNear &&
    !block.grammar['weak-predicate'].has(block.tokens[f.from]!.norm) &&
    block.wordClasses['place-prep'].has(block.tokens[f.to]?.norm ?? '')
  ) {
    const next = block.tokens[f.to + 1];
    if (
      next?.word &&
      /^\p{Lu}/u.test(next.raw) &&
      f.to + 1 < c1 &&
      (block.tokenCats[f.to + 1]!.size === 0 || block.tokenCats[f.to + 1]!.has('aff-other'))
    )
      return set(f, 'country', f.to + 1);
  }
  // Before the predicate only "election meddling", "US election interference" — except in
  // German, where the object precedes the verb. "No agency in Russia has anything to do with…"
  // is not about Russia's own affairs.
  const leftKinds = block.traits.has('free-object-order')
    ? TARGETS
    : TARGETS.filter(([cat]) => cat === 'target-election' || cat === 'target-hack');
  for (let i = f.from - 1; i >= left; i--) {
    const hit = leftKinds.find(([cat]) => block.tokenCats[i]!.has(cat));
    if (hit) return set(f, hit[1], i);
  }
  // Elliptic predicate ("we do not intend to interfere.", "any involvement in such activities").
  let words = 0;
  for (let i = f.to; i < c1; i++) {
    const t = block.tokens[i]!;
    if (!t.word && !/^["“”„«»‘’]$/.test(t.raw)) break;
    // "No interfiere hoy y no lo hará mañana": the predicate's own object ends where a negated
    // clause is coordinated to it.
    if (
      block.grammar.conjunction.has(t.norm) &&
      (block.tokenCats[i + 1]?.has('negation') || block.tokenCats[i + 2]?.has('negation'))
    )
      break;
    if (t.word && !gapOk(block, i) && !block.tokenCats[i]!.has('pron-we')) words++;
  }
  const anaphor = anaphorAt(block, f.to, c1);
  // Only a bare predicate ("…do not intend to interfere.") or one whose object points back
  // ("in such activities") borrows its target; "in its work", "in the tragedy" do not.
  // A pointer back ("these incidents") needs the election just before it; a bare predicate
  // may lean on the article's subject.
  const antecedent = ctx.priorTarget || ((words === 0 || f.predicate === 'anaphoric-act') && ctx.topic);
  if (!ctx.otherTopicNear && antecedent && (words === 0 || anaphor || f.predicate === 'anaphoric-act')) {
    f.target = 'context';
  }
}

/** "in such activities", "in these", "damit", "à cela": the object after the predicate points back. */
function anaphorAt(block: PreparedBlock, i: number, end: number): boolean {
  if (i >= end) return false;
  if (block.grammar['anaphor-prep'].has(block.tokens[i]!.norm)) i++;
  return i < end && block.grammar.anaphor.has(block.tokens[i]!.norm);
}

function electionAfter(block: PreparedBlock, i: number, end: number): boolean {
  for (let k = i + 1; k < Math.min(end, i + 5); k++) {
    const cats = block.tokenCats[k]!;
    // "hacker attacks" is one other subject, not a hack of a campaign after it.
    if ((cats.has('target-election') || cats.has('target-hack')) && !cats.has('other-topic')) return true;
  }
  return false;
}

function set(f: Frame, kind: TargetKind, at: number): void {
  f.target = kind;
  f.targetAt = at;
}
