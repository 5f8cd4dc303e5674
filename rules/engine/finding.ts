/**
 * Turning a matched rule into a Finding: the claim's span (the quote, or the clause without
 * trailing asides), its date, the assessments chosen by topic, and the cues for "why".
 */
import type { DocumentInput, Finding, Lang, MatchedCue, PatternId } from '../types';
import type { Token } from './tokens';
import type { CompiledRule, Engine } from './compile';
import { clauseBounds, type Frame } from './frames';
import type { CueMatch } from './lexicon';
import type { PreparedBlock, PreparedDoc, Sentence } from './prepared';
import { quotesOverlapping } from './quotes';
import { sentenceAt } from './offsets';
import type { Speaker } from './speaker';
import { readElection } from './election';
import { postedFor } from './postings';
import { selectAssessments } from './topics';

/**
 * A sentence's date, worked out once per sentence (and analysis): a sentence with many anchors
 * (up to a window of MAX_SENTENCE characters) would otherwise be rescanned for each of them.
 */
const sentenceDates = new WeakMap<Sentence, { published: string | undefined; date: string | null }>();

function dateOf(engine: Engine, block: PreparedBlock, sent: Sentence, published: string | undefined): string | null {
  const seen = sentenceDates.get(sent);
  if (seen && seen.published === published) return seen.date;
  const date = engine.dates.claimDate(withoutQuotes(block, sent), published);
  sentenceDates.set(sent, { published, date });
  return date;
}

export function toFinding(
  engine: Engine,
  input: DocumentInput,
  block: PreparedBlock,
  sent: Sentence,
  quoteIdx: number,
  anchor: CueMatch,
  frame: Frame | null,
  cr: CompiledRule,
  speaker: Speaker | null,
): Finding {
  let start = sent.start;
  let end = sent.end;
  if (quoteIdx >= 0) {
    const q = block.quotes[quoteIdx]!;
    start = Math.max(start, q.start);
    end = Math.min(end, q.end);
  } else {
    const [c0, c1] = clauseBounds(block, sent, anchor.from);
    // "… the claims, which have been strongly denied by Russia": the clause of a cue the rule
    // needs after the anchor's clause is part of the claim.
    const last = lastCueAfter(block, sent, cr, c1);
    const c1Cue = last === null ? c1 : clauseBounds(block, sent, last)[1];
    if (c1Cue < sent.t1) end = block.tokens[c1Cue - 1]!.end;
    if (c0 > sent.t0 && !speaker) start = block.tokens[c0]!.start;
  }
  [start, end] = trimSpan(block.text, start, end);
  const text = block.text.slice(start, end);
  const date = dateOf(engine, block, sent, input.published);
  const election = readElection(engine, placesOf(input, block, sent, frame), date);
  const evidence = selectAssessments(engine, cr.rule, election);
  // "The Russian Embassy" said bare: the embassy in the country whose election this is.
  const actor = postedFor(
    engine,
    speaker?.actor,
    election.elections.map((e) => e.country),
  );
  return {
    id: `${block.index}:${start}:${cr.rule.id}`,
    block: block.index,
    start,
    end,
    text,
    core: { start: block.tokens[anchor.from]!.start, end: block.tokens[anchor.to - 1]!.end },
    quoted: quoteIdx >= 0,
    ...(block.kind === 'heading' ? { headline: true } : {}),
    // One name per person on a page: the registry's display name whenever the speaker is a known actor.
    speaker: actor?.name ?? speaker?.name ?? null,
    speakerId: actor?.id ?? null,
    attribution: speaker?.attribution ?? 'none',
    pattern: cr.rule.pattern as PatternId,
    packId: cr.packId,
    ruleId: cr.rule.id,
    claimDate: date,
    lang: block.lang,
    assessments: evidence.assessments,
    scope: evidence.scope,
    cues: cuesOf(block, anchor, frame, speaker),
    why: cr.rule.why,
  };
}

/** The last token from `from` on in the sentence holding a category every match of the rule needs (`cues.all`), or null. */
function lastCueAfter(block: PreparedBlock, sent: Sentence, cr: CompiledRule, from: number): number | null {
  const all = cr.rule.cues.all;
  if (!all?.length) return null;
  let last: number | null = null;
  for (const cat of all) {
    let first: number | null = null;
    for (let k = sent.t0; k < sent.t1 && first === null; k++) if (block.tokenCats[k]!.has(cat)) first = k;
    // A category also present in the anchor's own clause needs nothing more.
    if (first !== null && first >= from) last = Math.max(last ?? first, first);
  }
  return last;
}

const PASSAGE_BEFORE = 4;
const PASSAGE_AFTER = 1;

/** Where the claim's election may be named: its sentence, the sentences around it, the paragraph before, the title. */
function placesOf(input: DocumentInput, block: PreparedBlock, sent: Sentence, frame: Frame | null) {
  const lang = block.lang;
  // "It is the United States that interferes…": the accused country is not the election's.
  const agentAt = frame && frame.agent !== 'russia' ? frame.agentAt : null;
  const tokens = block.tokens.slice(sent.t0, sent.t1).filter((_, i) => i + sent.t0 !== agentAt);
  const sentence = { text: block.text.slice(sent.start, sent.end), tokens, lang };
  // Other sentences by their text alone: their facts are cached, so each is read once per page.
  // Bounded to the sentences around the claim (four before, one after), so a paragraph of
  // thousands of sentences stays linear (issue #14).
  const si = sentenceAt(block.sentences, sent.start);
  const near = block.sentences
    .slice(Math.max(0, si - PASSAGE_BEFORE), si + 1 + PASSAGE_AFTER)
    .filter((s) => s !== sent);
  const passage: { text: string; tokens?: Token[]; lang: Lang }[] = near.map((s) => ({
    text: block.text.slice(s.start, s.end),
    lang,
  }));
  const before = input.blocks[block.index - 1];
  if (before) passage.push({ text: before.text, lang });
  return { sentence, passage, title: input.title ? { text: input.title, lang } : null };
}

/** The sentence with quoted words blanked: a date inside a quote is not when it was said. */
function withoutQuotes(block: PreparedBlock, sent: Sentence): string {
  // Only the quotes that overlap this sentence, joined in one pass.
  const [from, to] = quotesOverlapping(block.quotes, sent.start, sent.end);
  let text = '';
  let at = sent.start;
  for (let k = from; k < to; k++) {
    const q = block.quotes[k]!;
    const a = Math.max(q.start, sent.start);
    const b = Math.min(q.end, sent.end);
    if (b <= a) continue;
    text += block.text.slice(at, a) + ' '.repeat(b - a);
    at = b;
  }
  return text + block.text.slice(at, sent.end);
}

function trimSpan(text: string, start: number, end: number): [number, number] {
  while (start < end && /[\s"“”„«»,;:—–-]/.test(text[start]!)) start++;
  while (end > start && /[\s"“”„«»,;:—–(]/.test(text[end - 1]!)) end--;
  return [start, end];
}

/** How the word that set a frame's polarity is named in "why this matched" (utils/trainer.ts). */
const POLARITY_ROLES: Partial<Record<Frame['polarity'], string>> = {
  denied: 'denial verb',
  'no-evidence': 'no evidence',
  'judged-false': 'called false',
};

function cuesOf(block: PreparedBlock, anchor: CueMatch, frame: Frame | null, speaker: Speaker | null): MatchedCue[] {
  const tok = (i: number | null) => (i === null ? null : block.tokens[i]!.raw);
  const span = (from: number, to: number) => block.text.slice(block.tokens[from]!.start, block.tokens[to - 1]!.end);
  const out: MatchedCue[] = [];
  if (speaker) out.push({ role: 'speaker', text: speaker.name });
  if (frame) {
    const agent = tok(frame.agentAt);
    if (agent) out.push({ role: 'agent', text: agent });
    const pol = tok(frame.polarityAt);
    if (pol)
      out.push({
        role: POLARITY_ROLES[frame.polarity] ?? 'negation',
        text: pol,
      });
    out.push({ role: 'predicate', text: span(frame.from, frame.to) });
    const target = tok(frame.targetAt);
    if (target) out.push({ role: 'target', text: target });
  } else {
    out.push({ role: anchor.category, text: span(anchor.from, anchor.to) });
  }
  return out;
}

/** One claim per sentence and pattern: two quoted fragments of it become one span. */
export function mergeSpans(block: PreparedBlock, a: Finding, b: Finding): Finding {
  if (b.start >= a.start && b.end <= a.end) return a;
  const start = Math.min(a.start, b.start);
  const end = Math.max(a.end, b.end);
  return { ...a, start, end, text: block.text.slice(start, end), id: `${a.block}:${start}:${a.ruleId}` };
}

/** Headlines name an institution ("Kremlin denies…"); the body usually names the person. */
export function attributeHeadlines(doc: PreparedDoc, findings: Finding[]): Finding[] {
  const bodySpeaker = findings.find(
    (f) =>
      doc.input.blocks[f.block]!.kind !== 'heading' &&
      f.speakerId &&
      doc.engine.actors.get(f.speakerId)?.kind === 'person',
  );
  if (!bodySpeaker) return findings;
  return findings.map((f) => {
    if (doc.input.blocks[f.block]!.kind !== 'heading') return f;
    const actor = f.speakerId ? doc.engine.actors.get(f.speakerId) : undefined;
    if (actor?.kind === 'person') return f;
    return { ...f, speaker: bodySpeaker.speaker, speakerId: bodySpeaker.speakerId, attribution: 'context' };
  });
}
