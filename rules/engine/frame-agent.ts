/**
 * A frame's agent: Russia, the accuser or someone else — the predicate's own subject (not a
 * place after "in", not the subject of another verb), a passive "by …", a cleft or comparison
 * ("Quien se inmiscuye … es Estados Unidos"), or who is to blame after a fault noun.
 */
import {
  gapOk,
  inciseBefore,
  inTargetPhrase,
  MAX_GAP,
  MAX_GAP_DE,
  type AgentKind,
  type Frame,
  type FrameContext,
} from './frame-base';
import type { WordSet } from './grammar';
import type { PreparedBlock, Sentence } from './prepared';
import { inQuote } from './quotes';

/** "lies with / à / de / на / bei": the preposition that names who is to blame after a fault noun. */

/**
 * A fault noun is usually the subject: "the responsibility lies with Washington", "la culpa no es
 * de Moscú", "la responsabilité n'en incombe pas à Moscou", "ответственность лежит на Вашингтоне".
 * Who is blamed and the negation then follow it.
 */
export function blameAfter(block: PreparedBlock, f: Frame, c1: number, ctx: FrameContext): void {
  const end = Math.min(c1, f.to + 8);
  let negation: number | null = null;
  for (let i = f.to; i < end; i++) {
    const cats = block.tokenCats[i]!;
    if (cats.has('negation') && negation === null) negation = i;
    const kind = agentOf(cats, ctx);
    if (!kind || kind === 'skip' || !block.grammar['blame-prep'].has(block.tokens[i - 1]?.norm ?? '')) continue;
    if (f.agentAt === null || f.agentAt < f.from) {
      f.agent = kind;
      f.agentAt = i;
    }
    if (f.polarity === 'affirmed' && negation !== null) {
      f.polarity = 'negated';
      f.polarityAt = negation;
    }
    return;
  }
}

/** "the embassy in Washington", "in den Vereinigten Staaten": a place, not an agent. */
export function isLocative(block: PreparedBlock, i: number, floor: number): boolean {
  for (let k = i - 1; k >= Math.max(floor, i - 3); k--) {
    if (block.grammar.locative.has(block.tokens[k]!.norm)) return true;
    if (!block.tokens[k]!.word) return false;
  }
  return false;
}

function agentOf(cats: Set<string>, ctx: FrameContext): AgentKind | 'skip' | null {
  if (cats.has('agent-other')) return 'other';
  if (cats.has('agent-accuser')) return 'accuser';
  if (cats.has('agent-russia')) return 'russia';
  // Named actors from the registry: a U.S. body is the accuser's side, a Russian one Russia's.
  if (cats.has('aff-us')) return 'accuser';
  if (cats.has('aff-russia')) return 'russia';
  if (cats.has('aff-other')) return 'other';
  if (cats.has('pron-we')) return ctx.russianSpeaker ? 'russia' : 'other';
  // A Russian official's "they" answering allegations means the accusers.
  if (cats.has('pron-they'))
    return ctx.priorAgent !== 'unknown' ? ctx.priorAgent : ctx.russianSpeaker ? 'accuser' : 'other';
  if (cats.has('pron-it')) return 'skip';
  return null;
}

function contrasted(block: PreparedBlock, i: number, c0: number): boolean {
  for (let k = i - 1; k >= Math.max(c0, i - 4); k--) if (block.tokenCats[k]!.has('unlike')) return true;
  return false;
}

function accusesBetween(block: PreparedBlock, agentAt: number, predicateAt: number): boolean {
  for (let k = agentAt; k < predicateAt && k <= agentAt + 2; k++)
    if (block.tokenCats[k]!.has('allegation')) return true;
  for (let k = agentAt - 1; k >= Math.max(0, agentAt - 2); k--) if (block.tokenCats[k]!.has('allegation')) return true;
  return false;
}

/** Punctuation an auxiliary run may hold ("has — and will never — interfere"). */
const AUX_PUNCT = new Set(['—', '–', ',']);

function isAuxiliary(block: PreparedBlock, norm: string): boolean {
  return AUX_PUNCT.has(norm) || block.grammar.auxiliary.has(norm);
}

function isAgentCategory(cats: Set<string>): boolean {
  return (
    cats.has('agent-other') ||
    cats.has('agent-accuser') ||
    cats.has('agent-russia') ||
    cats.has('pron-we') ||
    cats.has('pron-they') ||
    cats.has('pron-it') ||
    cats.has('nobody')
  );
}

function onlyAuxiliariesBetween(block: PreparedBlock, from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) {
    const t = block.tokens[k]!;
    if (
      block.tokenCats[k]!.has('aff-us') ||
      block.tokenCats[k]!.has('aff-russia') ||
      block.tokenCats[k]!.has('aff-other')
    )
      continue;
    if (!isAuxiliary(block, t.norm)) return false;
  }
  return true;
}

/** The nearest agent word before `to` ("Washington had increased its interference": Washington). */
function nearestAgent(block: PreparedBlock, from: number, to: number, ctx: FrameContext): [AgentKind, number] | null {
  for (let i = to - 1; i >= from; i--) {
    const cats = block.tokenCats[i]!;
    if (!isAgentCategory(cats)) continue;
    const kind = agentOf(cats, ctx);
    if (kind && kind !== 'skip') return [kind, i];
  }
  return null;
}

function firstAgent(block: PreparedBlock, from: number, to: number, ctx: FrameContext): [AgentKind, number] | null {
  // "it" stands for a country or body named by an agent word, not for a person ("Lavrov said that the US…").
  for (let i = from; i < to; i++) {
    const cats = block.tokenCats[i]!;
    if (!isAgentCategory(cats)) continue;
    const kind = agentOf(cats, ctx);
    if (kind && kind !== 'skip') return [kind, i];
  }
  return null;
}

export function setAgent(block: PreparedBlock, f: Frame, sent: Sentence, c0: number, ctx: FrameContext): void {
  // Passive or nominal: "interference by Russia", "because of Moscow".
  // "ninguna injerencia extranjera", "aucune ingérence étrangère", "injerencia rusa": the adjective after the noun.
  if (
    block.traits.has('postnominal-adjective') &&
    f.to < block.tokens.length &&
    /^\p{Ll}/u.test(block.tokens[f.to]!.raw)
  ) {
    const cats = block.tokenCats[f.to]!;
    const kind = cats.has('agent-other')
      ? 'other'
      : cats.has('agent-russia')
        ? 'russia'
        : cats.has('agent-accuser')
          ? 'accuser'
          : null;
    if (kind) {
      f.agent = kind;
      f.agentAt = f.to;
      return;
    }
  }
  let byAt = -1;
  for (let i = f.to; i < Math.min(block.tokens.length, f.to + 6); i++) {
    const cats = block.tokenCats[i]!;
    const kind = agentOf(cats, ctx);
    const prev = i > 0 ? block.tokens[i - 1]!.norm : '';
    // "Einmischung der USA", "ingérence des États-Unis": a country in the genitive right after the noun is its agent.
    const genitive = i > f.to && block.grammar['genitive-article'].has(prev) && !cats.has('target-self');
    // "interference by the European Union": after "by" a country is who acts, never the target.
    const passive = byAt >= 0 && i - byAt <= 2 && !cats.has('target-self');
    if (kind && kind !== 'skip' && passive) {
      f.agent = kind;
      f.agentAt = i;
      return;
    }
    // "вмешательство России": where case endings mark the genitive, a country right after the
    // noun is whose interference it is, never its target.
    if (kind && kind !== 'skip' && i === f.to && block.traits.has('case-genitive') && !cats.has('target-self')) {
      f.agent = kind;
      f.agentAt = i;
      return;
    }
    if (block.wordClasses['passive-by'].has(block.tokens[i]!.norm)) byAt = i;
    if (kind && kind !== 'skip' && ((!cats.has('target-country') && !cats.has('target-self')) || genitive)) {
      const isBlame = f.predicate === 'blame';
      if ((i === f.to && isBlame) || (i > f.to && block.grammar['agent-prep'].has(prev))) {
        f.agent = kind;
        f.agentAt = i;
        return;
      }
    }
    if (!block.grammar['agent-filler'].has(block.tokens[i]!.norm)) break;
  }
  // "The embassy in Washington rejected accusations of interference": the denier's side.
  if (f.polarity === 'denied' && f.polarityAt !== null && ctx.russianSpeaker) {
    let between = false;
    for (let i = f.polarityAt + 1; i < f.from; i++)
      if (agentOf(block.tokenCats[i]!, ctx) && !isLocative(block, i, f.polarityAt)) between = true;
    if (!between) {
      f.agent = 'russia';
      return;
    }
  }
  // "Quien se inmiscuye … es Estados Unidos", "Wer sich … einmischt, sind die USA", "Кто вмешивается…, так это США".
  const cleft = cleftAgent(block, f, sent, ctx);
  if (cleft) {
    [f.agent, f.agentAt] = cleft;
    return;
  }
  const pred = block.tokens[f.from]!;
  const outsideQuote = !inQuote(block.quotes, pred.start, pred.end);
  for (let i = f.from - 1; i >= c0; i--) {
    const incise = inciseBefore(block, i);
    if (incise >= 0) {
      i = incise;
      continue;
    }
    // "Russia respects the will of the American people and has never tried to influence…": a
    // verb phrase coordinated without a subject of its own shares the first conjunct's subject.
    if (block.grammar.conjunction.has(block.tokens[i]!.norm) && onlyGapBetween(block, i, f.from)) {
      const subject = firstAgent(block, reportedClauseStart(block, c0, i), i, ctx);
      if (subject) {
        [f.agent, f.agentAt] = subject;
        return;
      }
    }
    const cats = block.tokenCats[i]!;
    // "«…depends on Washington», Peskov said of the report on interference": a word inside a
    // quote is never the subject of a predicate in the attribution after it.
    if (outsideQuote && inQuote(block.quotes, block.tokens[i]!.start, block.tokens[i]!.end)) continue;
    // "in die inneren Angelegenheiten der USA eingemischt", "in the affairs of the United States":
    // a country in the genitive of a target noun is part of the target, not the subject.
    if (inTargetPhrase(block, i, c0)) continue;
    // "à nos frontières", "in our elections": a possessive determines a noun, it is no subject.
    // But "our meddling", "our attempt to interfere": it determines the predicate, whose agent it is.
    if (
      block.grammar['possessive-we'].has(block.tokens[i]!.norm) &&
      !cats.has('agent-russia') &&
      !cats.has('agent-accuser')
    ) {
      if ((i === f.from - 1 || block.tokenCats[i + 1]?.has('attempt-word')) && !isLocative(block, i, c0)) {
        f.agent = ctx.russianSpeaker ? 'russia' : 'other';
        f.agentAt = i;
        return;
      }
      continue;
    }
    // "les mêmes qui nous font la leçon", "those who lecture us": an object pronoun after a relative.
    if (
      cats.has('pron-we') &&
      !cats.has('agent-accuser') &&
      block.grammar['relative-pronoun'].has(block.tokens[i - 1]?.norm ?? '')
    )
      continue;
    // A country is a place or a target ("in the US election"), unless it is the predicate's own
    // subject: "España no se inmiscuye", "la France ne s'immisce pas".
    const ownSubject = cats.has('agent-other') && onlyAuxiliariesBetween(block, i, f.from);
    if (
      cats.has('target-self') ||
      (cats.has('target-country') && !cats.has('agent-russia') && !cats.has('agent-accuser') && !ownSubject)
    )
      continue;
    // "Nobody should interfere…": a universal subject, not Russia. But "no country interferes
    // as much as the United States" says the United States does.
    // "Nadie debe tener ninguna duda de que nunca interferiremos": "nobody" in the main clause
    // is not the subject of the clause after "que".
    if (cats.has('nobody') && complementizerBetween(block, i, f.from)) continue;
    if (cats.has('nobody')) {
      const compared = comparedAgent(block, f, sent, ctx);
      if (compared) {
        [f.agent, f.agentAt] = compared;
        f.polarity = 'affirmed';
        f.polarityAt = null;
        return;
      }
      f.agent = 'other';
      f.agentAt = i;
      return;
    }
    let kind = agentOf(cats, ctx);
    if (kind === null) continue;
    // "an investigation into Russian interference": the word right before the noun is its agent,
    // even after a preposition of place (not where the verb comes last: "in den USA eingemischt").
    const adjacent = i === f.from - 1 && !block.traits.has('verb-final');
    if (kind !== 'skip' && !adjacent && isLocative(block, i, c0)) continue;
    // "We, unlike many of our partners, never interfere": who is compared with is not the agent.
    if (kind !== 'skip' && contrasted(block, i, c0)) continue;
    // "It is the United States, not Russia, that…": the negated one is not the agent.
    if (kind !== 'skip' && i > 0 && block.tokenCats[i - 1]!.has('negation') && !block.tokenCats[i]!.has('nobody'))
      continue;
    // A registry actor is the agent only as the predicate's own subject ("the Justice Department
    // does not interfere"), not as the subject of another verb ("Mueller could not find interference").
    if (kind !== 'skip' && !isAgentCategory(cats) && !onlyAuxiliariesBetween(block, i, f.from)) continue;
    // "Western accusations of interference", "US claims that Russia meddled": the accuser.
    if (kind !== 'skip' && accusesBetween(block, i, f.from)) continue;
    // "Russia says it will not…", "Ukraine rejected claims … that it interfered": "it" is the subject.
    if (kind === 'skip') {
      const subject =
        nearestAgent(block, reportedClauseStart(block, sent.t0, i), i, ctx) ?? firstAgent(block, sent.t0, i, ctx);
      if (!subject) continue;
      [kind, i] = subject;
    }
    f.agent = kind;
    f.agentAt = i;
    return;
  }
  // No subject in the clause: a Russian speaker's own quote or pro-drop verb speaks for Russia.
  if (ctx.russianSpeaker) f.agent = 'russia';
}

/** Between a conjunction and the predicate only auxiliaries, negations, intent verbs, adverbs. */
function onlyGapBetween(block: PreparedBlock, conj: number, predicate: number): boolean {
  if (predicate - conj > (block.traits.has('verb-final') ? MAX_GAP_DE : MAX_GAP)) return false;
  for (let k = conj + 1; k < predicate; k++) {
    const t = block.tokens[k]!;
    if (gapOk(block, k) || isAuxiliary(block, t.norm)) continue;
    return false;
  }
  return true;
}

/** Where the clause holding token `at` starts: after a verb of saying or "that" before it. */
function reportedClauseStart(block: PreparedBlock, c0: number, at: number): number {
  for (let k = at - 1; k >= c0; k--) {
    if (
      block.tokenCats[k]!.has('speech') ||
      block.tokens[k]!.norm === ':' ||
      block.grammar.complementizer.has(block.tokens[k]!.norm)
    )
      return k + 1;
  }
  return c0;
}

/** The agent named right after a copula or comparison word, scanning the rest of the sentence. */
function agentAfter(
  block: PreparedBlock,
  from: number,
  to: number,
  marker: WordSet,
  ctx: FrameContext,
): [AgentKind, number] | null {
  for (let k = from; k < to; k++) {
    if (!marker.has(block.tokens[k]!.norm)) continue;
    for (let j = k + 1; j < Math.min(to, k + 5); j++) {
      const kind = agentOf(block.tokenCats[j]!, ctx);
      if (kind && kind !== 'skip') return [kind, j];
    }
  }
  return null;
}

/** A pseudo-cleft: a "who" subject before the predicate, the agent after a copula later on. */
function cleftAgent(block: PreparedBlock, f: Frame, sent: Sentence, ctx: FrameContext): [AgentKind, number] | null {
  let wh = false;
  for (let i = f.from - 1; i >= Math.max(sent.t0, f.from - 8); i--) {
    const norm = block.tokens[i]!.norm;
    const prev = block.tokens[i - 1]?.norm ?? '';
    if (
      block.grammar['wh-subject'].has(norm) ||
      (block.grammar['cleft-relative'].has(norm) && block.grammar['cleft-head'].has(prev))
    ) {
      wh = true;
      break;
    }
  }
  return wh ? agentAfter(block, f.to, sent.t1, block.grammar.copula, ctx) : null;
}

/** "No country meddles … as shamelessly as the United States": the one compared with. */
function comparedAgent(block: PreparedBlock, f: Frame, sent: Sentence, ctx: FrameContext): [AgentKind, number] | null {
  const hit = agentAfter(block, f.to, sent.t1, block.grammar.comparison, ctx);
  return hit && hit[0] === 'accuser' ? hit : null;
}

/** Whether a complementizer ("that", "que", "что") stands between tokens `from` and `to`. */
function complementizerBetween(block: PreparedBlock, from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (block.grammar.complementizer.has(block.tokens[k]!.norm)) return true;
  return false;
}
