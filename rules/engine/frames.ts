/**
 * Clause analysis around one predicate occurrence: is it negated (and does the
 * negation really govern it), who is its agent, and what is its target. This is
 * what separates "we never interfered in elections" from "we will suppress any
 * attempt to interfere in our elections" or "interfere with the vessel".
 */
import type { PreparedBlock, Sentence } from './prepared';

export type Polarity = 'negated' | 'denied' | 'affirmed' | 'no-evidence' | 'hypothetical';
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

const GAP_CATS = ['negation', 'target-election', 'target-affairs', 'target-country', 'target-self', 'agent-russia', 'pron-we', 'pron-it', 'this-time'];
const GAP_PUNCT = new Set(['—', '–', '-', ',', '…']);
const MAX_GAP = 10;
/** German puts the verb last: "keinerlei Absicht, sich in die Wahl in den USA einzumischen". */
const MAX_GAP_DE = 15;

export function clauseBounds(block: PreparedBlock, sent: Sentence, at: number): [number, number] {
  let c0 = sent.t0;
  let c1 = sent.t1;
  for (let i = at - 1; i >= sent.t0; i--) if (isBoundary(block, i)) { c0 = i + 1; break; }
  for (let i = at + 1; i < sent.t1; i++) if (isBoundary(block, i)) { c1 = i; break; }
  return [c0, c1];
}

function isBoundary(block: PreparedBlock, i: number): boolean {
  return block.tokenCats[i]!.has('boundary');
}

function gapOk(block: PreparedBlock, i: number): boolean {
  const t = block.tokens[i]!;
  if (!t.word) return GAP_PUNCT.has(t.raw) || /^["“”„«»]$/.test(t.raw);
  if (/^(19|20)\d\d$/.test(t.raw)) return true;
  if (block.gapWords.has(t.norm)) return true;
  const cats = block.tokenCats[i]!;
  return GAP_CATS.some((c) => cats.has(c));
}

export function analyzeFrame(block: PreparedBlock, sent: Sentence, from: number, to: number, predicate: string, ctx: FrameContext): Frame {
  const [c0, c1] = clauseBounds(block, sent, from);
  const frame: Frame = { predicate, from, to, polarity: 'affirmed', polarityAt: null, agent: 'unknown', agentAt: null, target: 'none', targetAt: null };
  setPolarity(block, frame, c0, c1);
  // "Did Mueller say there was no interference?": an unquoted question asks, it claims nothing.
  // "The report does not say that Russia did not interfere": the negation sits under a negated report.
  if (frame.polarity !== 'affirmed' && !ctx.quoted && (isQuestion(block, sent) || underNegatedReport(block, sent, frame))) {
    frame.polarity = 'hypothetical';
  }
  // "не допустит никакого вмешательства", "ne permettrons aucune ingérence", "keinerlei Einmischung
  // … zulassen": the negation quantifies the object of a negated verb of allowing, not a denial.
  if (frame.polarity === 'negated' && frame.polarityAt !== null && allowsNegated(block, frame, c1)) frame.polarity = 'hypothetical';
  // "consultations on election interference", "the meddling allegations", "questions about
  // interference": the predicate names a subject of talks or an allegation, it asserts nothing.
  if (frame.polarity === 'affirmed' && namesTheSubject(block, frame, c0)) frame.polarity = 'hypothetical';
  // "any attempt to interfere", "if they interfere": a supposition, not a statement.
  if (frame.polarity === 'affirmed') {
    for (let i = frame.from - 1; i >= Math.max(c0, frame.from - 6); i--) {
      if (block.tokenCats[i]!.has('hypothetical')) {
        frame.polarity = 'hypothetical';
        frame.polarityAt = i;
        break;
      }
    }
  }
  setAgent(block, frame, sent, c0, ctx);
  if (predicate === 'blame') blameAfter(block, frame, c1, ctx);
  setTarget(block, frame, sent, c0, c1, ctx);
  return frame;
}

/** "lies with / à / de / на / bei": the preposition that names who is to blame after a fault noun. */
const BLAME_PREP = /^(with|on|upon|to|a|à|de|del|на|за|bei|auf|sobre|con)$/;

/**
 * A fault noun is usually the subject: "the responsibility lies with Washington", "la culpa no es
 * de Moscú", "la responsabilité n'en incombe pas à Moscou", "ответственность лежит на Вашингтоне".
 * Who is blamed and the negation then follow it.
 */
function blameAfter(block: PreparedBlock, f: Frame, c1: number, ctx: FrameContext): void {
  const end = Math.min(c1, f.to + 8);
  let negation: number | null = null;
  for (let i = f.to; i < end; i++) {
    const cats = block.tokenCats[i]!;
    if (cats.has('negation') && negation === null) negation = i;
    const kind = agentOf(cats, ctx);
    if (!kind || kind === 'skip' || !BLAME_PREP.test(block.tokens[i - 1]?.norm ?? '')) continue;
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

function allowsNegated(block: PreparedBlock, f: Frame, c1: number): boolean {
  const at = f.polarityAt!;
  for (let i = Math.max(0, at - 2); i < f.from; i++) if (block.tokenCats[i]!.has('allow-verb')) return true;
  if (block.lang === 'de') for (let i = f.to; i < Math.min(c1, f.to + 8); i++) if (block.tokenCats[i]!.has('allow-verb')) return true;
  return false;
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

const ABOUT = /^(about|on|over|о|об|по|zu|uber|sur|sobre|acerca|de|des|du)$/;
const QUESTION_NOUN = /^(questions?|concerns?|вопрос\w*|претензи\w*|fragen?|preguntas?|dudas?|inquietudes?)$/;

/** Words between "accuse" and the allegation: "accuse us of", "обвиняет нас во", "nous accusent d'". */
const ACCUSED_GAP = /^(of|in|во|в|de|d'|der|des|zu|us|russia|moscow|нас|россию|москву|nous|la|russie|moscou|nos|uns|russland|moskau|rusia|moscu|с|сша)$/;

/** "those who accuse us of meddling": the predicate is what is alleged. */
function accusedOf(block: PreparedBlock, f: Frame, c0: number): boolean {
  for (let i = f.from - 1; i >= Math.max(c0, f.from - 4); i--) {
    if (block.tokenCats[i]!.has('accuse-verb')) return true;
    if (!ACCUSED_GAP.test(block.tokens[i]!.norm)) return false;
  }
  return false;
}

function namesTheSubject(block: PreparedBlock, f: Frame, c0: number): boolean {
  if (block.tokenCats[f.to]?.has('allegation')) return true;
  if (accusedOf(block, f, c0)) return true;
  for (let i = f.from - 1; i >= Math.max(c0, f.from - 4); i--) if (block.tokenCats[i]!.has('procedural')) return true;
  let k = f.from - 1;
  while (k > c0 && block.tokenCats[k]!.has('target-election')) k--;
  return ABOUT.test(block.tokens[k]?.norm ?? '') && QUESTION_NOUN.test(block.tokens[k - 1]?.norm ?? '');
}

function isQuestion(block: PreparedBlock, sent: Sentence): boolean {
  return /\?[\s"“”„«»’)]*$/.test(block.text.slice(sent.start, sent.end));
}

/** Verbs of reporting a finding that a negation can govern ("does not say / mean / show that"). */
const REPORT_VERB = /^(means?|meant|impl(y|ies|ied)|suggests?|suggested|signifie|significa|bedeutet|heißt|heisst|значит|означает)$/;

/**
 * "The report does not say that Russia did not interfere", "nothing in it means that Moscow did
 * not meddle", "ne dit pas que", "sagt nicht, dass": the clause is what a negated report verb
 * does NOT assert, so its own negation is no claim.
 */
function underNegatedReport(block: PreparedBlock, sent: Sentence, f: Frame): boolean {
  const from = f.polarityAt !== null ? Math.min(f.polarityAt, f.from) : f.from;
  for (let v = from - 1; v >= Math.max(sent.t0, from - 10); v--) {
    const t = block.tokens[v]!;
    const cats = block.tokenCats[v]!;
    if (!(cats.has('speech') || cats.has('found-verb') || REPORT_VERB.test(t.norm))) continue;
    // "never tires of saying that…": a participle is not the report itself.
    if (PARTICIPLE_RE.test(t.norm)) return false;
    for (let k = v - 1; k >= Math.max(sent.t0, v - 8); k--) {
      const w = block.tokens[k]!;
      if (!w.word && /^[,;:—–()]$/.test(w.raw)) break;
      if (block.tokenCats[k]!.has('negation')) return true;
    }
    return false;
  }
  return false;
}

const PARTICIPLE_RE = /(ing|ant|ando|iendo|ая|яя|в)$/;

function setPolarity(block: PreparedBlock, f: Frame, c0: number, c1: number): void {
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
  let floor = Math.max(c0, f.from - (block.lang === 'de' ? MAX_GAP_DE : MAX_GAP));
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
  if (block.lang === 'de' && /^misch/.test(block.tokens[f.from]!.norm)) {
    for (let i = f.to; i < Math.min(c1, f.to + 8); i++) {
      if (block.tokenCats[i]!.has('negation')) {
        f.polarity = 'negated';
        f.polarityAt = i;
        return;
      }
    }
  }
  // German existential: "Eine Einmischung … habe es nicht gegeben", "… gibt es nicht".
  if (block.lang === 'de') {
    const at = existentialNegationAfter(block, f.to, c1);
    if (at !== null) {
      f.polarity = 'negated';
      f.polarityAt = at;
      return;
    }
  }
  // "there is no evidence of/that … interfered", "rejected accusations that it meddled".
  for (let i = f.from - 1; i >= Math.max(c0, f.from - (block.lang === 'de' ? 22 : 14)); i--) {
    const cats = block.tokenCats[i]!;
    if (cats.has('no-evidence')) {
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

/** "… habe es nicht gegeben" / "gebe es nicht" / "hat es nie gegeben": "es", a negation and a form of "geben" within a few words after the noun. */
function existentialNegationAfter(block: PreparedBlock, to: number, c1: number): number | null {
  const end = Math.min(c1, to + 12);
  for (let i = to; i < end; i++) {
    if (block.tokens[i]!.norm !== 'es') continue;
    let neg: number | null = null;
    for (let k = Math.max(to, i - 2); k < Math.min(end, i + 4); k++) {
      const norm = block.tokens[k]!.norm;
      if (neg === null && block.tokenCats[k]!.has('negation') && /^(nicht|nie|niemals)$/.test(norm)) neg = k;
      else if (neg !== null && /^(gegeben|gebe|gibt|gab|gaebe|gabe)$/.test(norm)) return neg;
    }
    if (neg !== null) for (let k = i - 3; k < i; k++) if (k >= to && /^(gebe|gibt|gab)$/.test(block.tokens[k]!.norm)) return neg;
  }
  return null;
}

/** German "weist … zurück": without "zurück" later in the clause "weist" means "points". */
function separableWithoutParticle(block: PreparedBlock, i: number, c1: number): boolean {
  if (block.lang !== 'de' || !/^(weist|wies|weisen|wiesen)$/.test(block.tokens[i]!.norm)) return false;
  for (let k = i + 1; k < c1; k++) if (block.tokens[k]!.norm === 'zuruck') return false;
  return true;
}

const LOCATIVE = /^(in|im|into|at|from|aus|desde|depuis|в|во|dans|en|au|aux|nach|из)$/;

/** "the embassy in Washington", "in den Vereinigten Staaten": a place, not an agent. */
export function isLocative(block: PreparedBlock, i: number, floor: number): boolean {
  for (let k = i - 1; k >= Math.max(floor, i - 3); k--) {
    if (LOCATIVE.test(block.tokens[k]!.norm)) return true;
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
  if (cats.has('pron-they')) return ctx.priorAgent !== 'unknown' ? ctx.priorAgent : ctx.russianSpeaker ? 'accuser' : 'other';
  if (cats.has('pron-it')) return 'skip';
  return null;
}

function accusesBetween(block: PreparedBlock, agentAt: number, predicateAt: number): boolean {
  for (let k = agentAt; k < predicateAt && k <= agentAt + 2; k++) if (block.tokenCats[k]!.has('allegation')) return true;
  for (let k = agentAt - 1; k >= Math.max(0, agentAt - 2); k--) if (block.tokenCats[k]!.has('allegation')) return true;
  return false;
}

const AUXILIARY = /^(does|do|did|has|have|had|is|are|was|were|will|would|shall|should|can|could|may|might|must|not|never|n't|don't|doesn't|didn't|won't|has|and|also|always|ever|—|–|,|no|nicht|nie|ne|pas|n'|jamais|не|никогда|no|nunca|jamas|hat|habe|wird|a|ha|a-t-il|se|s'|sich)$/;

function isAgentCategory(cats: Set<string>): boolean {
  return cats.has('agent-other') || cats.has('agent-accuser') || cats.has('agent-russia') || cats.has('pron-we') || cats.has('pron-they') || cats.has('pron-it') || cats.has('nobody');
}

function onlyAuxiliariesBetween(block: PreparedBlock, from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) {
    const t = block.tokens[k]!;
    if (block.tokenCats[k]!.has('aff-us') || block.tokenCats[k]!.has('aff-russia') || block.tokenCats[k]!.has('aff-other')) continue;
    if (!AUXILIARY.test(t.norm)) return false;
  }
  return true;
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

function setAgent(block: PreparedBlock, f: Frame, sent: Sentence, c0: number, ctx: FrameContext): void {
  // Passive or nominal: "interference by Russia", "because of Moscow".
  // "ninguna injerencia extranjera", "aucune ingérence étrangère", "injerencia rusa": the adjective after the noun.
  if ((block.lang === 'es' || block.lang === 'fr') && f.to < block.tokens.length && /^\p{Ll}/u.test(block.tokens[f.to]!.raw)) {
    const cats = block.tokenCats[f.to]!;
    const kind = cats.has('agent-other') ? 'other' : cats.has('agent-russia') ? 'russia' : cats.has('agent-accuser') ? 'accuser' : null;
    if (kind) {
      f.agent = kind;
      f.agentAt = f.to;
      return;
    }
  }
  for (let i = f.to; i < Math.min(block.tokens.length, f.to + 6); i++) {
    const cats = block.tokenCats[i]!;
    const kind = agentOf(cats, ctx);
    const prev = i > 0 ? block.tokens[i - 1]!.norm : '';
    // "Einmischung der USA", "ingérence des États-Unis": a country in the genitive right after the noun is its agent.
    const genitive = i > f.to && /^(der|des)$/.test(prev) && !cats.has('target-self');
    if (kind && kind !== 'skip' && ((!cats.has('target-country') && !cats.has('target-self')) || genitive)) {
      const isBlame = f.predicate === 'blame';
      if ((i === f.to && isBlame) || (i > f.to && /^(by|of|from|от|durch|von|der|des|par|de|por|del)$/.test(prev))) {
        f.agent = kind;
        f.agentAt = i;
        return;
      }
    }
    if (!/^(by|of|from|the|was|were|is|being|been|done|carried|out|от|со|стороны|durch|von|der|des|par|de|por|del|la|le|el)$/.test(block.tokens[i]!.norm)) break;
  }
  // "The embassy in Washington rejected accusations of interference": the denier's side.
  if (f.polarity === 'denied' && f.polarityAt !== null && ctx.russianSpeaker) {
    let between = false;
    for (let i = f.polarityAt + 1; i < f.from; i++) if (agentOf(block.tokenCats[i]!, ctx) && !isLocative(block, i, f.polarityAt)) between = true;
    if (!between) {
      f.agent = 'russia';
      return;
    }
  }
  // "Quien se inmiscuye … es Estados Unidos", "Wer sich … einmischt, sind die USA", "Кто вмешивается…, так это США".
  const cleft = cleftAgent(block, f, sent, c0, ctx);
  if (cleft) {
    [f.agent, f.agentAt] = cleft;
    return;
  }
  for (let i = f.from - 1; i >= c0; i--) {
    const incise = inciseBefore(block, i);
    if (incise >= 0) {
      i = incise;
      continue;
    }
    // "Russia respects the will of the American people and has never tried to influence…": a
    // verb phrase coordinated without a subject of its own shares the first conjunct's subject.
    if (COORDINATOR.test(block.tokens[i]!.norm) && onlyGapBetween(block, i, f.from)) {
      const subject = firstAgent(block, reportedClauseStart(block, c0, i), i, ctx);
      if (subject) {
        [f.agent, f.agentAt] = subject;
        return;
      }
    }
    const cats = block.tokenCats[i]!;
    // "in die inneren Angelegenheiten der USA eingemischt", "in the affairs of the United States":
    // a country in the genitive of a target noun is part of the target, not the subject.
    if (inTargetPhrase(block, i, c0)) continue;
    // "à nos frontières", "in our elections": a possessive determines a noun, it is no subject.
    if (POSSESSIVE.test(block.tokens[i]!.norm) && !cats.has('agent-russia') && !cats.has('agent-accuser')) continue;
    // "les mêmes qui nous font la leçon", "those who lecture us": an object pronoun after a relative.
    if (cats.has('pron-we') && !cats.has('agent-accuser') && RELATIVE_PRONOUN.test(block.tokens[i - 1]?.norm ?? '')) continue;
    // A country is a place or a target ("in the US election"), unless it is the predicate's own
    // subject: "España no se inmiscuye", "la France ne s'immisce pas".
    const ownSubject = cats.has('agent-other') && onlyAuxiliariesBetween(block, i, f.from);
    if (cats.has('target-self') || (cats.has('target-country') && !cats.has('agent-russia') && !cats.has('agent-accuser') && !ownSubject)) continue;
    // "Nobody should interfere…": a universal subject, not Russia. But "no country interferes
    // as much as the United States" says the United States does.
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
    if (kind !== 'skip' && isLocative(block, i, c0)) continue;
    // "It is the United States, not Russia, that…": the negated one is not the agent.
    if (kind !== 'skip' && i > 0 && block.tokenCats[i - 1]!.has('negation') && !block.tokenCats[i]!.has('nobody')) continue;
    // A registry actor is the agent only as the predicate's own subject ("the Justice Department
    // does not interfere"), not as the subject of another verb ("Mueller could not find interference").
    if (kind !== 'skip' && !isAgentCategory(cats) && !onlyAuxiliariesBetween(block, i, f.from)) continue;
    // "Western accusations of interference", "US claims that Russia meddled": the accuser.
    if (kind !== 'skip' && accusesBetween(block, i, f.from)) continue;
    // "Russia says it will not…", "Ukraine rejected claims … that it interfered": "it" is the subject.
    if (kind === 'skip') {
      const subject = firstAgent(block, sent.t0, i, ctx);
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

const COORDINATOR = /^(and|und|et|y|e|и|а)$/;
const POSSESSIVE = /^(our|nos|notre|nuestr[oa]s?|unser\w*|наш\w*)$/;
const RELATIVE_PRONOUN = /^(qui|que|who|which|that|die|der|кто|которые|который|которая)$/;
const GENITIVE = /^(of|der|des|de|du|del|d')$/;
const ARTICLE = /^(the|la|le|les|l'|el|los|las|die|den)$/;

/** Between a conjunction and the predicate only auxiliaries, negations, intent verbs, adverbs. */
function onlyGapBetween(block: PreparedBlock, conj: number, predicate: number): boolean {
  if (predicate - conj > (block.lang === 'de' ? MAX_GAP_DE : MAX_GAP)) return false;
  for (let k = conj + 1; k < predicate; k++) {
    const t = block.tokens[k]!;
    if (gapOk(block, k) || AUXILIARY.test(t.norm)) continue;
    return false;
  }
  return true;
}

/** Where the clause holding token `at` starts: after a verb of saying or "that" before it. */
function reportedClauseStart(block: PreparedBlock, c0: number, at: number): number {
  for (let k = at - 1; k >= c0; k--) {
    if (block.tokenCats[k]!.has('speech') || /^(that|que|qu'|dass|что|:)$/.test(block.tokens[k]!.norm)) return k + 1;
  }
  return c0;
}

/** A country after "of/der/de" that follows a target noun: "the internal affairs of the United States". */
function inTargetPhrase(block: PreparedBlock, i: number, c0: number): boolean {
  const cats = block.tokenCats[i]!;
  if (!cats.has('target-country') && !cats.has('agent-accuser') && !cats.has('agent-other') && !cats.has('aff-us') && !cats.has('aff-russia') && !cats.has('aff-other')) return false;
  let k = i - 1;
  while (k > c0 && block.tokenCats[k]!.has('target-country')) k--;
  if (k > c0 && ARTICLE.test(block.tokens[k]!.norm) && !GENITIVE.test(block.tokens[k]!.norm)) k--;
  if (k <= c0 || !GENITIVE.test(block.tokens[k]!.norm)) {
    // German genitive without article: "in die inneren Angelegenheiten Russlands".
    if (block.lang !== 'de' || !/s$/.test(block.tokens[i]!.norm)) return false;
    k = i;
  }
  const head = block.tokenCats[k - 1];
  return !!head && (head.has('target-affairs') || head.has('target-election'));
}

const WH_SUBJECT = /^(quien|quienes|wer|кто|ceux|celui|celle|celles|diejenigen|derjenige|diejenige)$/;
const COPULA = /^(es|son|era|fue|ist|sind|war|waren|est|sont|это|is|are|was|were)$/;
const COMPARISON = /^(as|than|wie|als|como|que|qu'|comme|как|чем)$/;

/** The agent named right after a copula or comparison word, scanning the rest of the sentence. */
function agentAfter(block: PreparedBlock, from: number, to: number, marker: RegExp, ctx: FrameContext): [AgentKind, number] | null {
  for (let k = from; k < to; k++) {
    if (!marker.test(block.tokens[k]!.norm)) continue;
    for (let j = k + 1; j < Math.min(to, k + 5); j++) {
      const kind = agentOf(block.tokenCats[j]!, ctx);
      if (kind && kind !== 'skip') return [kind, j];
    }
  }
  return null;
}

/** A pseudo-cleft: a "who" subject before the predicate, the agent after a copula later on. */
function cleftAgent(block: PreparedBlock, f: Frame, sent: Sentence, c0: number, ctx: FrameContext): [AgentKind, number] | null {
  let wh = false;
  for (let i = f.from - 1; i >= Math.max(sent.t0, f.from - 8); i--) {
    const norm = block.tokens[i]!.norm;
    const prev = block.tokens[i - 1]?.norm ?? '';
    if (WH_SUBJECT.test(norm) || (norm === 'que' && /^(los|las|el|la|aquellos|aquel)$/.test(prev)) || (norm === 'who' && /^(those|one|the)$/.test(prev))) {
      wh = true;
      break;
    }
  }
  return wh ? agentAfter(block, f.to, sent.t1, COPULA, ctx) : null;
}

/** "No country meddles … as shamelessly as the United States": the one compared with. */
function comparedAgent(block: PreparedBlock, f: Frame, sent: Sentence, ctx: FrameContext): [AgentKind, number] | null {
  const hit = agentAfter(block, f.to, sent.t1, COMPARISON, ctx);
  return hit && hit[0] === 'accuser' ? hit : null;
}

const TARGETS: [string, Exclude<TargetKind, 'context' | 'none'>][] = [
  ['target-self', 'self'],
  ['target-affairs', 'affairs'],
  ['target-election', 'election'],
  ['target-hack', 'election'],
  ['target-country', 'country'],
];

function setTarget(block: PreparedBlock, f: Frame, sent: Sentence, c0: number, c1: number, ctx: FrameContext): void {
  const right = Math.min(c1, f.to + 10);
  const left = block.lang === 'de' ? c0 : Math.max(c0, f.from - 4);
  // German compounds carry their own target: "Wahleinmischung".
  if (block.lang === 'de') for (const [cat, kind] of TARGETS) if (block.tokenCats[f.from]!.has(cat)) return set(f, kind, f.from);
  // "interfere with the warship / the signal": with takes only an election or affairs object.
  const withObject = block.tokens[f.to]?.norm === 'with';
  // Nearest object first: "interfere with the signal" stops at the signal, "rien à voir avec
  // le piratage … de l'équipe de campagne" at the hacking.
  for (let i = f.from + 1; i < right; i++) {
    const cats = block.tokenCats[i]!;
    const hit = TARGETS.find(([cat, kind]) => cats.has(cat) && !(withObject && kind === 'country'));
    // "denied involvement in incidents in Europe, including damage to undersea cables": a weak
    // predicate (involvement, nothing to do with) with only a place and another subject nearby.
    if (hit && hit[1] === 'country' && ctx.otherTopicNear && WEAK_PREDICATE.test(block.tokens[f.from]!.norm)) return set(f, 'other-sense', i);
    if (hit) return set(f, hit[1], i);
    if (cats.has('other-sense')) return set(f, 'other-sense', i);
  }
  // Before the predicate only "election meddling", "US election interference" — except in
  // German, where the object precedes the verb. "No agency in Russia has anything to do with…"
  // is not about Russia's own affairs.
  const leftKinds = block.lang === 'de' || block.lang === 'ru' ? TARGETS : TARGETS.filter(([cat]) => cat === 'target-election' || cat === 'target-hack');
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
    if (COORDINATOR.test(t.norm) && (block.tokenCats[i + 1]?.has('negation') || block.tokenCats[i + 2]?.has('negation'))) break;
    if (t.word && !gapOk(block, i) && !block.tokenCats[i]!.has('pron-we')) words++;
  }
  const after = block.text.slice(block.tokens[f.to]?.start ?? sent.end, sent.end).toLowerCase();
  const anaphor = /^(?:in|into|with|to|в|к|с|an|mit|à|dans|avec|en|con)?\s*(such|these|this|that|those|it|them|этом|этого|этим|этому|эти\w*|ними|dies\w*|damit|cela|ces|eux|ceux-ci|esto|estas|estos|ello|ellos|ellas|eso|esos|esas)(?![\p{L}])/u.test(after);
  // Only a bare predicate ("…do not intend to interfere.") or one whose object points back
  // ("in such activities") borrows its target; "in its work", "in the tragedy" do not.
  // A pointer back ("these incidents") needs the election just before it; a bare predicate
  // may lean on the article's subject.
  const antecedent = ctx.priorTarget || ((words === 0 || f.predicate === 'anaphoric-act') && ctx.topic);
  if (!ctx.otherTopicNear && antecedent && (words === 0 || anaphor || f.predicate === 'anaphoric-act')) {
    f.target = 'context';
  }
}

/** Predicates that say "took part in" rather than "interfered": their topic comes from what follows. */
const WEAK_PREDICATE = /^(involve\w*|nothing|anything|played|plays|play|had|has|no|not|was|is|were|причастн\w*|отношени\w*|implication|impliqu\w*|rien|implicacion|involucr\w*|participacion|nada|beteilig\w*|nichts)$/;

function set(f: Frame, kind: TargetKind, at: number): void {
  f.target = kind;
  f.targetAt = at;
}
