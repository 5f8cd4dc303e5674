/**
 * Turning a matched rule into a Finding: the claim's span (the quote, or the clause without
 * trailing asides), its date, the assessments chosen by topic, and the cues for "why".
 */
import type { DocumentInput, Finding, Lang, MatchedCue, PatternId } from '../types';
import type { Token } from './tokens';
import type { CompiledRule, Engine } from './compile';
import { claimDate } from './dates';
import { clauseBounds, type Frame } from './frames';
import type { CueMatch } from './lexicon';
import type { PreparedBlock, PreparedDoc, Sentence } from './prepared';
import type { Speaker } from './speaker';
import { readElection } from './election';
import { selectAssessments } from './topics';

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
    if (c1 < sent.t1) end = block.tokens[c1 - 1]!.end;
    if (c0 > sent.t0 && !speaker) start = block.tokens[c0]!.start;
  }
  [start, end] = trimSpan(block.text, start, end);
  const text = block.text.slice(start, end);
  const date = claimDate(withoutQuotes(block, sent), input.published);
  const evidence = selectAssessments(engine, cr.rule, readElection(engine, placesOf(input, block, sent, frame), date));
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
    speaker: speaker?.actor?.name ?? speaker?.name ?? null,
    speakerId: speaker?.actor?.id ?? null,
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

/** Where the claim's election may be named: its sentence, the rest of its passage, the title. */
function placesOf(input: DocumentInput, block: PreparedBlock, sent: Sentence, frame: Frame | null) {
  const lang = block.lang;
  // "It is the United States that interferes…": the accused country is not the election's.
  const agentAt = frame && frame.agent !== 'russia' ? frame.agentAt : null;
  const tokens = block.tokens.slice(sent.t0, sent.t1).filter((_, i) => i + sent.t0 !== agentAt);
  const sentence = { text: block.text.slice(sent.start, sent.end), tokens, lang };
  // Other sentences by their text alone: their facts are cached, so each is read once per page.
  const passage: { text: string; tokens?: Token[]; lang: Lang }[] = block.sentences.filter((s) => s !== sent).map((s) => ({ text: block.text.slice(s.start, s.end), lang }));
  const before = input.blocks[block.index - 1];
  if (before) passage.push({ text: before.text, lang });
  return { sentence, passage, title: input.title ? { text: input.title, lang } : null };
}

/** The sentence with quoted words blanked: a date inside a quote is not when it was said. */
function withoutQuotes(block: PreparedBlock, sent: Sentence): string {
  let text = block.text.slice(sent.start, sent.end);
  for (const q of block.quotes) {
    const a = Math.max(q.start, sent.start) - sent.start;
    const b = Math.min(q.end, sent.end) - sent.start;
    if (b > a) text = text.slice(0, a) + ' '.repeat(b - a) + text.slice(b);
  }
  return text;
}

function trimSpan(text: string, start: number, end: number): [number, number] {
  while (start < end && /[\s"“”„«»,;:—–-]/.test(text[start]!)) start++;
  while (end > start && /[\s"“”„«»,;:—–(]/.test(text[end - 1]!)) end--;
  return [start, end];
}

function cuesOf(block: PreparedBlock, anchor: CueMatch, frame: Frame | null, speaker: Speaker | null): MatchedCue[] {
  const tok = (i: number | null) => (i === null ? null : block.tokens[i]!.raw);
  const span = (from: number, to: number) => block.text.slice(block.tokens[from]!.start, block.tokens[to - 1]!.end);
  const out: MatchedCue[] = [];
  if (speaker) out.push({ role: 'speaker', text: speaker.name });
  if (frame) {
    const agent = tok(frame.agentAt);
    if (agent) out.push({ role: 'agent', text: agent });
    const pol = tok(frame.polarityAt);
    if (pol) out.push({ role: frame.polarity === 'denied' ? 'denial verb' : frame.polarity === 'no-evidence' ? 'no evidence' : 'negation', text: pol });
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
  const bodySpeaker = findings.find((f) => doc.input.blocks[f.block]!.kind !== 'heading' && f.speakerId && doc.engine.actors.get(f.speakerId)?.kind === 'person');
  if (!bodySpeaker) return findings;
  return findings.map((f) => {
    if (doc.input.blocks[f.block]!.kind !== 'heading') return f;
    const actor = f.speakerId ? doc.engine.actors.get(f.speakerId) : undefined;
    if (actor?.kind === 'person') return f;
    return { ...f, speaker: bodySpeaker.speaker, speakerId: bodySpeaker.speakerId, attribution: 'context' };
  });
}
