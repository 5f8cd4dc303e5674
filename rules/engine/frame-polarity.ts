/**
 * A frame's polarity: is the predicate negated (and does the negation govern it), denied by a
 * verb, said to lack evidence, or only supposed, asked about or named as a subject of talks.
 */
import { gapOk, inciseBefore, inTargetPhrase, MAX_GAP, MAX_GAP_DE, type Frame } from './frame-base';
import type { PreparedBlock, Sentence } from './prepared';

/** Words after an infinitive predicate where a negated verb of intent may stand. */
const INTENT_AFTER = 9;

export function allowsNegated(block: PreparedBlock, f: Frame, c1: number): boolean {
  const at = f.polarityAt!;
  for (let i = Math.max(0, at - 2); i < f.from; i++) if (block.tokenCats[i]!.has('allow-verb')) return true;
  if (block.traits.has('verb-final'))
    for (let i = f.to; i < Math.min(c1, f.to + 8); i++) if (block.tokenCats[i]!.has('allow-verb')) return true;
  return false;
}

/** "those who accuse us of meddling": the predicate is what is alleged. */
function accusedOf(block: PreparedBlock, f: Frame, c0: number): boolean {
  for (let i = f.from - 1; i >= Math.max(c0, f.from - 4); i--) {
    if (block.tokenCats[i]!.has('accuse-verb')) return true;
    if (!block.grammar['accused-gap'].has(block.tokens[i]!.norm)) return false;
  }
  return false;
}

export function namesTheSubject(block: PreparedBlock, f: Frame, c0: number): boolean {
  if (block.tokenCats[f.to]?.has('allegation')) return true;
  if (accusedOf(block, f, c0)) return true;
  // "accusations of (Russian) meddling", "Vorwürfe der Wahleinmischung", "accusations d'ingérence".
  // "accusations against our country of interfering": the allegation noun may stand a few words before "of".
  for (let i = f.from - 1; i >= Math.max(c0 + 1, f.from - 3); i--) {
    if (!block.grammar.genitive.has(block.tokens[i]!.norm)) continue;
    for (let k = i - 1; k >= Math.max(c0, i - 4); k--) if (block.tokenCats[k]!.has('allegation')) return true;
  }
  for (let i = f.from - 1; i >= Math.max(c0, f.from - 4); i--) if (block.tokenCats[i]!.has('procedural')) return true;
  let k = f.from - 1;
  while (k > c0 && block.tokenCats[k]!.has('target-election')) k--;
  return (
    block.grammar['about-prep'].has(block.tokens[k]?.norm ?? '') &&
    block.grammar['question-noun'].has(block.tokens[k - 1]?.norm ?? '')
  );
}

export function isQuestion(block: PreparedBlock, sent: Sentence): boolean {
  return /\?[\s"“”„«»’)]*$/.test(block.text.slice(sent.start, sent.end));
}

/**
 * "The report does not say that Russia did not interfere", "nothing in it means that Moscow did
 * not meddle", "ne dit pas que", "sagt nicht, dass": the clause is what a negated report verb
 * does NOT assert, so its own negation is no claim.
 */
export function underNegatedReport(block: PreparedBlock, sent: Sentence, f: Frame): boolean {
  const from = f.polarityAt !== null ? Math.min(f.polarityAt, f.from) : f.from;
  for (let v = from - 1; v >= Math.max(sent.t0, from - 10); v--) {
    const t = block.tokens[v]!;
    const cats = block.tokenCats[v]!;
    if (!(cats.has('speech') || cats.has('found-verb') || block.grammar['means-verb'].has(t.norm))) continue;
    // "never tires of saying that…": a participle is not the report itself.
    if (block.grammar['participle-ending'].has(t.norm)) return false;
    for (let k = v - 1; k >= Math.max(sent.t0, v - 8); k--) {
      const w = block.tokens[k]!;
      if (!w.word && /^[,;:—–()]$/.test(w.raw)) break;
      if (block.tokenCats[k]!.has('negation')) return true;
    }
    return false;
  }
  return false;
}

export function setPolarity(block: PreparedBlock, f: Frame, c0: number, c1: number): void {
  // "played no part in", "nothing to do with": the predicate carries its own negation.
  for (let i = f.from; i < f.to; i++) {
    if (block.tokenCats[i]!.has('negation')) {
      f.polarity = 'negated';
      f.polarityAt = i;
      return;
    }
  }
  if (f.predicate === 'non-interference') {
    f.polarity = 'negated';
    f.polarityAt = f.from;
    return;
  }
  // Negation to the left whose gap holds only auxiliaries, intent verbs, adverbs and targets.
  let floor = Math.max(c0, f.from - (block.traits.has('verb-final') ? MAX_GAP_DE : MAX_GAP));
  for (let i = f.from - 1; i >= floor; i--) {
    // “We have never,” Peskov told reporters, “interfered…”: the author's incise is not in the gap.
    const incise = inciseBefore(block, i);
    if (incise >= 0) {
      floor = Math.max(c0, floor - (i - incise));
      i = incise;
      continue;
    }
    const cats = block.tokenCats[i]!;
    if (cats.has('no-evidence')) {
      f.polarity = 'no-evidence';
      f.polarityAt = i;
      return;
    }
    if (cats.has('negation') && !cats.has('gap-not-negation')) {
      f.polarity = 'negated';
      f.polarityAt = i;
      return;
    }
    if (cats.has('deny-verb')) break;
    // "nie versucht, die Wahlentscheidung der Amerikaner zu beeinflussen": the genitive is part of the target.
    if (!gapOk(block, i) && !inTargetPhrase(block, i, c0)) break;
  }
  // German verb-second: "mischt sich nicht … ein".
  if (block.traits.has('verb-final') && block.grammar['verb-second-predicate'].has(block.tokens[f.from]!.norm)) {
    for (let i = f.to; i < Math.min(c1, f.to + 8); i++) {
      if (block.tokenCats[i]!.has('negation')) {
        f.polarity = 'negated';
        f.polarityAt = i;
        return;
      }
    }
  }
  // "вмешиваться в ход голосования не намерены": a negated verb of intent after the infinitive.
  for (let i = f.to + 1; i < Math.min(c1, f.to + INTENT_AFTER); i++) {
    if (block.grammar['intent-after'].has(block.tokens[i]!.norm) && block.tokenCats[i - 1]!.has('negation')) {
      f.polarity = 'negated';
      f.polarityAt = i - 1;
      return;
    }
  }
  // German verb-final denial: "hat Befürchtungen über eine Einmischung … zurückgewiesen", "… bestritten".
  if (block.traits.has('verb-final')) {
    for (let i = f.to; i < Math.min(c1, f.to + 14); i++) {
      if (block.tokenCats[i]!.has('deny-verb-final')) {
        f.polarity = 'denied';
        f.polarityAt = i;
        return;
      }
    }
  }
  // German existential: "Eine Einmischung … habe es nicht gegeben", "… gibt es nicht".
  if (block.traits.has('verb-final')) {
    const at = existentialNegationAfter(block, f.to, c1);
    if (at !== null) {
      f.polarity = 'negated';
      f.polarityAt = at;
      return;
    }
  }
  // "there is no evidence of/that … interfered", "rejected accusations that it meddled".
  for (let i = f.from - 1; i >= Math.max(c0, f.from - (block.traits.has('verb-final') ? 22 : 14)); i--) {
    const cats = block.tokenCats[i]!;
    if (cats.has('no-evidence') || (cats.has('evidence') && negatedPerception(block, i, c0))) {
      f.polarity = 'no-evidence';
      f.polarityAt = i;
      return;
    }
    if (cats.has('deny-verb') && !separableWithoutParticle(block, i, c1)) {
      f.polarity = 'denied';
      f.polarityAt = i;
      return;
    }
  }
}

/**
 * "We have never seen any proof of…", "I haven't, even once, seen direct evidence…": an evidence
 * noun after a negated verb of seeing, hearing or receiving (`perceive-verb`) within a few words.
 */
function negatedPerception(block: PreparedBlock, at: number, c0: number): boolean {
  for (let v = at - 1; v >= Math.max(c0, at - 8); v--) {
    if (!block.tokenCats[v]!.has('perceive-verb')) continue;
    for (let k = v - 1; k >= Math.max(c0, v - 6); k--) {
      const cats = block.tokenCats[k]!;
      if (cats.has('negation') && !cats.has('gap-not-negation')) return true;
      if (!block.tokens[k]!.word && /^[;:—–()]$/.test(block.tokens[k]!.raw)) return false;
    }
    return false;
  }
  return false;
}

/** "… habe es nicht gegeben" / "gebe es nicht" / "hat es nie gegeben": "es", a negation and a form of "geben" within a few words after the noun. */
function existentialNegationAfter(block: PreparedBlock, to: number, c1: number): number | null {
  const end = Math.min(c1, to + 12);
  for (let i = to; i < end; i++) {
    if (!block.grammar['existential-subject'].has(block.tokens[i]!.norm)) continue;
    let neg: number | null = null;
    for (let k = Math.max(to, i - 2); k < Math.min(end, i + 4); k++) {
      const norm = block.tokens[k]!.norm;
      if (neg === null && block.tokenCats[k]!.has('negation') && block.grammar['existential-negation'].has(norm))
        neg = k;
      else if (neg !== null && block.grammar['existential-verb'].has(norm)) return neg;
    }
    if (neg !== null)
      for (let k = i - 3; k < i; k++)
        if (k >= to && block.grammar['existential-verb-before'].has(block.tokens[k]!.norm)) return neg;
  }
  return null;
}

/** German "weist … zurück": without "zurück" later in the clause "weist" means "points". */
function separableWithoutParticle(block: PreparedBlock, i: number, c1: number): boolean {
  if (!block.traits.has('verb-final') || !block.grammar['separable-verb'].has(block.tokens[i]!.norm)) return false;
  // A particle of one word ("zurück") or two ("von sich").
  const g = block.grammar;
  for (let k = i + 1; k < c1; k++) {
    const norm = block.tokens[k]!.norm;
    if (g['separable-particle'].has(norm)) return false;
    if (g['particle-pair-tail'].has(norm) && g['particle-pair-head'].has(block.tokens[k - 1]!.norm)) return false;
  }
  return true;
}
