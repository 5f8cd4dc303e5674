/**
 * What clause analysis works with: the frame of one predicate occurrence, what it may ask
 * about the sentence's surroundings, clause bounds and the words allowed between a negation
 * and its predicate. Shared by frames.ts and its polarity, agent and target modules.
 */
import type { PreparedBlock, Sentence } from './prepared';

export type Polarity = 'negated' | 'denied' | 'affirmed' | 'no-evidence' | 'hypothetical' | 'judged-false';
export type AgentKind = 'russia' | 'accuser' | 'other' | 'unknown';
export type TargetKind = 'election' | 'affairs' | 'country' | 'self' | 'context' | 'none' | 'other-sense';

export interface Frame {
  predicate: string;
  from: number;
  to: number;
  polarity: Polarity;
  /** Token index of the negation / deny verb that set the polarity. */
  polarityAt: number | null;
  agent: AgentKind;
  agentAt: number | null;
  target: TargetKind;
  targetAt: number | null;
}

export interface FrameContext {
  /** The speaker is a Russian official or outlet ("we" means Russia). */
  russianSpeaker: boolean;
  /** The predicate sits in a direct quote. */
  quoted: boolean;
  /** Targets mentioned in the previous sentences (for "we do not intend to interfere."). */
  priorTarget: boolean;
  /** Most recent accuser/russia agent before this sentence (resolves "they"). */
  priorAgent: AgentKind;
  /** The interference topic is discussed around this sentence. */
  topic: boolean;
  /** Another subject (troops, a poisoning, GPS…) is named in this or the previous sentence. */
  otherTopicNear: boolean;
}

const GAP_CATS = [
  'negation',
  'target-election',
  'target-affairs',
  'target-country',
  'target-self',
  'agent-russia',
  'pron-we',
  'pron-it',
  'this-time',
  // "we don't see any Russian factor in the elections": a negated verb of seeing governs what it sees.
  'perceive-verb',
];
const GAP_PUNCT = new Set(['—', '–', '-', ',', '…']);
export const MAX_GAP = 10;
/** German puts the verb last: "keinerlei Absicht, sich in die Wahl in den USA einzumischen". */
export const MAX_GAP_DE = 15;

export function clauseBounds(block: PreparedBlock, sent: Sentence, at: number): [number, number] {
  let c0 = sent.t0;
  let c1 = sent.t1;
  for (let i = at - 1; i >= sent.t0; i--)
    if (isBoundary(block, i)) {
      c0 = i + 1;
      break;
    }
  for (let i = at + 1; i < sent.t1; i++)
    if (isBoundary(block, i)) {
      c1 = i;
      break;
    }
  return [c0, c1];
}

export function isBoundary(block: PreparedBlock, i: number): boolean {
  return block.tokenCats[i]!.has('boundary');
}

export function gapOk(block: PreparedBlock, i: number): boolean {
  const t = block.tokens[i]!;
  if (!t.word) return GAP_PUNCT.has(t.raw) || /^["“”„«»‘’‹›]$/.test(t.raw);
  if (/^(19|20)\d\d$/.test(t.raw)) return true;
  if (block.gapWords.has(t.norm)) return true;
  const cats = block.tokenCats[i]!;
  return GAP_CATS.some((c) => cats.has(c));
}

/** A country after "of/der/de" that follows a target noun: "the internal affairs of the United States". */
export function inTargetPhrase(block: PreparedBlock, i: number, c0: number): boolean {
  const cats = block.tokenCats[i]!;
  if (
    !cats.has('target-country') &&
    !cats.has('agent-accuser') &&
    !cats.has('agent-other') &&
    !cats.has('aff-us') &&
    !cats.has('aff-russia') &&
    !cats.has('aff-other')
  )
    return false;
  let k = i - 1;
  while (k > c0 && block.tokenCats[k]!.has('target-country')) k--;
  if (k > c0 && block.grammar.article.has(block.tokens[k]!.norm) && !block.grammar.genitive.has(block.tokens[k]!.norm))
    k--;
  if (k <= c0 || !block.grammar.genitive.has(block.tokens[k]!.norm)) {
    // German genitive without article: "in die inneren Angelegenheiten Russlands".
    if (!block.traits.has('genitive-s') || !block.tokens[i]!.norm.endsWith('s')) return false;
    k = i;
  }
  const head = block.tokenCats[k - 1];
  return !!head && (head.has('target-affairs') || head.has('target-election'));
}

const QUOTE_MARK = /^["“”„«»‟]$/;

/**
 * When token `i` opens the second part of a split quote (“We have never,” Peskov told
 * reporters, “interfered…”), the index of the mark that closed the first part; else -1.
 * The incise between them must hold a verb of saying and no other quote mark.
 */
export function inciseBefore(block: PreparedBlock, i: number): number {
  if (!QUOTE_MARK.test(block.tokens[i]!.raw) || block.tokens[i - 1]?.raw !== ',') return -1;
  let speech = false;
  for (let k = i - 2; k >= Math.max(0, i - 16); k--) {
    const t = block.tokens[k]!;
    if (QUOTE_MARK.test(t.raw)) return speech && block.tokens[k - 1]?.raw === ',' ? k : -1;
    if (/^[.!?;:]$/.test(t.raw)) return -1;
    if (block.tokenCats[k]!.has('speech')) speech = true;
  }
  return -1;
}
