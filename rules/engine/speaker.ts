/**
 * Attribution: who said a quote or a reported clause. Order of evidence: a speech verb
 * next to a name ("…,” Peskov said / said Dmitry Peskov / according to …), then the
 * other parts of a split quote, then the previous paragraph's speaker for a paragraph
 * that is only a quote. Pronouns and generic role nouns ("the envoy") resolve to the
 * last fitting person named before them. Who stands next to a verb is speaker-verbs.ts.
 */
import { mentionsIn } from './mentions';
import { Resolver, type Speaker } from './speaker-resolve';
import type { PreparedBlock, PreparedDoc, Sentence } from './prepared';
import { isLocative } from './frames';
import { isParticiple, VerbSpeakers } from './speaker-verbs';
import { inQuote } from './quotes';
import { chainedSearch, type QuoteSearch } from './quote-chain';
import { firstSentenceFrom, firstTokenFrom, sentenceAt } from './offsets';
import { StatementAuthor } from './speaker-statement';
import { CLAIM_VOICE, ClaimPage } from './speaker-claim-page';

export type { Speaker } from './speaker-resolve';

const VERB_CATS = ['speech', 'deny-verb', 'accuse-verb', 'offer-verb', 'ridicule-verb'];
/** A transcript label ends within this many tokens: "NAME:", or "NAME, a long role:". */
const LABEL_MAX = 20;
/**
 * Quotes on either side of a quote that may be other parts of it (split quotes), and quotes and
 * sentences of a previous paragraph that may say who speaks: bounds that keep a paragraph of
 * thousands of quotes linear. Real paragraphs hold a handful.
 */
const NEARBY_QUOTES = 16;
const PREVIOUS_SENTENCES = 16;
/** Sentences of German reported speech one speaker is carried over. */
const MAX_CONTINUED = 4;
/** Tokens of the title and first paragraph searched for a statement's author. */
const AUTHOR_TOKENS = 300;

/** A heading inside the text or a byline: short, with no sentence-final punctuation. */
function isInterTitle(block: PreparedBlock): boolean {
  return block.tokens.length <= 12 && !/[.!?»"”…]\s*$/.test(block.text);
}

export class Attributor {
  private quoteCache = new Map<string, Speaker | null>();
  private sentenceCache = new Map<string, Speaker | null>();
  private outsideQuotes = new WeakMap<PreparedBlock, boolean>();
  private docSpeaker = new Map<number, Speaker | null>();
  private resolver: Resolver;
  private verbs: VerbSpeakers;
  private statement: StatementAuthor;
  private claimPage: ClaimPage;

  constructor(private doc: PreparedDoc) {
    this.resolver = new Resolver(doc);
    this.verbs = new VerbSpeakers(doc, this.resolver);
    this.statement = new StatementAuthor(doc, this.resolver);
    this.claimPage = new ClaimPage(doc);
  }

  /**
   * A sentence with no speaker of its own on a statement page (speaker-statement.ts): the page's
   * author — not in a labelled paragraph ("Question: …") and not when a verb of saying outside
   * the quotes tells of someone else's words.
   */
  statementVoice(b: number, si: number): Speaker | null {
    const author = this.claimPage.has(b) ? CLAIM_VOICE : this.statement.get();
    if (!author) return null;
    const block = this.doc.block(b);
    if (this.label(block) !== undefined) return null;
    return saysOutsideQuotes(block, block.sentences[si]!) ? null : author;
  }

  /** Speaker of quote `q` of block `b` (the searches it needs run without recursion: quote-chain.ts). */
  forQuote(b: number, q: number): Speaker | null {
    return chainedSearch(this.quoteCache, b, q, (nb, nq) => this.quoteSpeaker(nb, nq));
  }

  /** Speaker of a reported (unquoted) statement in sentence `s` of block `b`. */
  forSentence(b: number, s: number): Speaker | null {
    // Asked once per anchor and per quote in the sentence: worked out once (it depends on the document only).
    const key = `${b}:${s}`;
    let found = this.sentenceCache.get(key);
    if (found === undefined) {
      found = this.sentenceSpeaker(b, s);
      this.sentenceCache.set(key, found);
    }
    return found;
  }

  private sentenceSpeaker(b: number, s: number): Speaker | null {
    const block = this.doc.block(b);
    const sent = block.sentences[s]!;
    const quoted = (i: number) => inQuote(block.quotes, block.tokens[i]!.start, block.tokens[i]!.end, true);
    // Verbs of saying first ("…, Lavrov said"), then denying, accusing, offering. A participle
    // ("…, saying that…") belongs to the sentence's subject, found by the later passes.
    let participleSeen = false;
    // "Para Lavrov, las acusaciones…", "Pour Maria Zakharova, …", "Für Sacharowa …,": whose view it is.
    const opener =
      this.verbs.viewpointOpener(block, sent.t0, sent.t1) ?? this.verbs.closingSource(block, sent.t0, sent.t1);
    if (opener) return opener;
    for (const pass of VERB_CATS) {
      for (let i = sent.t0; i < sent.t1; i++) {
        const cats = block.tokenCats[i]!;
        const colon = pass === 'speech' && block.tokens[i]!.raw === ':';
        if ((!cats.has(pass) && !colon) || quoted(i)) continue;
        const participle = isParticiple(block, i);
        // "les accusations selon lesquelles…", "según las cuales": a relative clause, not a source.
        if (
          block.grammar['relative-after-prep'].has(block.tokens[i + 1]?.norm ?? '') &&
          block.grammar['according-to'].has(block.tokens[i]!.norm)
        )
          continue;
        if (participle) {
          participleSeen = true;
          continue;
        }
        const sp = this.verbs.nearVerb(block, i, sent.t0, sent.t1, pass === 'speech' ? 7 : 0, pass !== 'accuse-verb');
        if (sp) return sp;
      }
    }
    // "Россия не вмешивается… Об этом заявил Песков.", "… This was stated by Dmitry Peskov.":
    // the next sentence names who said this one.
    for (const after of block.sentences.slice(s + 1, s + 3)) {
      if (!block.tokenCats[after.t0]!.has('said-back')) continue;
      const sp = this.verbs.speechIn(block, after.t0, after.t1) ?? this.namedIn(block, after.t0, after.t1);
      if (sp) return sp;
    }
    // "Die Vorwürfe seien haltlos.": German reported speech (Konjunktiv I) goes on with the speaker before.
    const reported = this.reportedSpeechGoesOn(block, s);
    if (reported) return reported;
    // Transcripts and interviews: "NEBENZIA: …" opens the paragraph; "— …" answers in a Russian interview.
    const labelled = this.paragraphSpeaker(block);
    if (labelled) return labelled;
    // "Putin brushed the question aside, telling the interviewer that…": the subject speaks.
    if (participleSeen) {
      const subject = mentionsIn(this.doc.engine, block, sent.t0, Math.min(sent.t1, sent.t0 + 6)).find(
        (m) => m.kind !== 'pronoun',
      );
      if (subject) return this.resolver.resolve(block, subject);
    }
    return null;
  }

  /** The previous sentence's speaker for a sentence in the reported mood with no speaker of its own. */
  private reportedSpeechGoesOn(block: PreparedBlock, s: number): Speaker | null {
    const sent = block.sentences[s]!;
    const mood = block.wordClasses['reported-mood'];
    if (mood.size === 0) return null;
    let found = false;
    for (let i = sent.t0; i < sent.t1 && !found; i++)
      found = mood.has(block.tokens[i]!.norm) && !inQuote(block.quotes, block.tokens[i]!.start, block.tokens[i]!.end);
    if (!found) return null;
    // "Johnson hatte erklärt, es gebe keine Beweise": a sentence with its own verb of saying or a name is not a continuation.
    for (let i = sent.t0; i < sent.t1; i++)
      if (block.tokenCats[i]!.has('speech') && !inQuote(block.quotes, block.tokens[i]!.start, block.tokens[i]!.end))
        return null;
    // A person named is a new speaker; a country or body named ("die Vorwürfe gegen Russland") is the content.
    if (
      mentionsIn(this.doc.engine, block, sent.t0, sent.t1).some(
        (m) => m.kind !== 'pronoun' && (m.actor ? m.actor.kind === 'person' : m.kind !== 'generic'),
      )
    )
      return null;
    const prev = block.index > 0 && s === 0 ? this.doc.block(block.index - 1) : null;
    if (prev && isInterTitle(prev)) return null;
    // A few sentences of reported speech in a row, not a chain through a whole page (no deep recursion).
    if (this.continued >= MAX_CONTINUED) return null;
    this.continued++;
    try {
      const sp = s > 0 ? this.forSentence(block.index, s - 1) : prev ? this.lastSentenceSpeaker(block.index - 1) : null;
      return sp ? { ...sp, attribution: 'context' } : null;
    } finally {
      this.continued--;
    }
  }

  private continued = 0;

  private lastSentenceSpeaker(b: number): Speaker | null {
    const prev = this.doc.block(b);
    return prev.sentences.length > 0 ? this.forSentence(b, prev.sentences.length - 1) : null;
  }

  /** "This was stated by the Kremlin spokesman Dmitry Peskov": the one actor or person named. */
  private namedIn(block: PreparedBlock, t0: number, t1: number): Speaker | null {
    const ms = mentionsIn(this.doc.engine, block, t0, t1).filter((x) => x.kind !== 'pronoun');
    const m = ms.find((x) => x.actor?.kind === 'person') ?? ms[0];
    return m ? this.resolver.resolve(block, m) : null;
  }

  /**
   * The subject of a denying verb ("Trump said Putin denied interfering"): the denial is the
   * subject's, whoever reports it. Null when no one is named right before the verb.
   */
  denierAt(b: number, verb: number): Speaker | null {
    const block = this.doc.block(b);
    // German verb-final ("Der Außenminister hat … Vorwürfe … zurückgewiesen"): the subject opens the clause.
    if (block.tokenCats[verb]!.has('deny-verb-final')) {
      const sent = block.sentences.find((x) => verb >= x.t0 && verb < x.t1)!;
      // "Russlands Außenminister Sergej Lawrow hat …": the person, not the country in the genitive before.
      // "Eine Einmischung kommt nicht infrage": a capitalised noun the registry does not know is no subject.
      const ms = mentionsIn(this.doc.engine, block, sent.t0, Math.min(verb, sent.t0 + 8)).filter(
        (m) => m.kind !== 'pronoun' && (!!m.actor || m.kind !== 'name' || !block.traits.has('capitalised-nouns')),
      );
      const first = ms.find((m) => m.actor?.kind === 'person') ?? ms[0];
      return first ? this.resolver.resolve(block, first) : null;
    }
    // "Putin's denials about involvement": with a noun of denying, the possessor denies.
    const noun = block.grammar['deny-noun'].has(block.tokens[verb]!.norm);
    const ms = mentionsIn(this.doc.engine, block, Math.max(0, verb - 6), verb).filter(
      (m) =>
        m.kind !== 'pronoun' &&
        (block.tokens[m.to]?.norm !== "'s" || (noun && m.to === verb - 1)) &&
        !(m.actor?.kind === 'state' && isLocative(block, m.from, 0)),
    );
    const last = ms[ms.length - 1];
    return last ? this.resolver.resolve(block, last) : null;
  }

  /**
   * "…, with Peskov calling the claims nonsense", "…, Peskov estimant que…": a participle of
   * saying with its own subject right before it speaks for the clause it opens (the claim at
   * token `at` after it); null when there is none.
   */
  clauseSpeaker(b: number, si: number, at: number): Speaker | null {
    const block = this.doc.block(b);
    const sent = block.sentences[si]!;
    for (let i = at - 1; i > sent.t0; i--) {
      if (!block.tokenCats[i]!.has('speech') || !block.ownGrammar['adverbial-participle'].has(block.tokens[i]!.norm))
        continue;
      const m = mentionsIn(this.doc.engine, block, Math.max(sent.t0, i - 4), i).find(
        (x) => x.to === i && x.kind !== 'pronoun',
      );
      return m ? this.resolver.resolve(block, m) : null;
    }
    return null;
  }

  /** Yields [block, quote] for another quote's speaker and expects it back (see forQuote). */
  private *quoteSpeaker(b: number, qi: number): QuoteSearch<Speaker> {
    const block = this.doc.block(b);
    const q = block.quotes[qi]!;
    const sentOf = (offset: number) => block.sentences[sentenceAt(block.sentences, offset)];
    // After the quote, in the same sentence: `…,” Peskov said` / `…,” said Peskov`.
    const closingAt = sentenceAt(block.sentences, Math.max(q.outerEnd - 1, 0));
    const closing = block.sentences[closingAt];
    if (closing && !q.open) {
      const a0 = firstTokenFrom(block.tokens, q.outerEnd);
      // The attribution follows at once ("…,” Peskov said"); a later "and said that …" is new speech,
      // and so is a verb coordinated right after the quote (« … », et qualifie…, “…,” and told…).
      const coordinated =
        a0 >= 0 && block.grammar.conjunction.has(block.tokens[block.tokens[a0]!.raw === ',' ? a0 + 1 : a0]?.norm ?? '');
      const sp =
        a0 >= 0 && a0 < closing.t1 && !coordinated
          ? this.verbs.speechIn(block, a0, Math.min(closing.t1, a0 + 24), a0 + 8)
          : null;
      if (sp) return sp;
    }
    // "'We did not interfere': Kremlin on the Moldovan vote": a headline's colon after the quote names its speaker.
    if (closing && !q.open) {
      const a0 = firstTokenFrom(block.tokens, q.outerEnd);
      if (a0 >= 0 && block.tokens[a0]!.raw === ':') {
        const m = mentionsIn(this.doc.engine, block, a0 + 1, Math.min(block.tokens.length, a0 + 6)).find(
          (x) => x.kind !== 'pronoun',
        );
        if (m && m.from <= a0 + 2) return this.resolver.resolve(block, m);
      }
    }
    // `“….” Lavrov said.`: the quote closed its sentence and a short attribution follows.
    if (closing && !q.open) {
      const next = block.sentences[closingAt + 1];
      if (next && next.t1 - next.t0 <= 9 && next.start >= q.outerEnd) {
        const sp = this.verbs.speechIn(block, next.t0, next.t1);
        if (sp) return sp;
      }
    }
    // «…, — сказал он. — …», « …, a déclaré M. Peskov. … »: the author's words inside the quote marks.
    const q0 = firstTokenFrom(block.tokens, q.start);
    for (let i = q0; i >= 0 && i < block.tokens.length && block.tokens[i]!.end <= q.end; i++) {
      const prev = block.tokens[i - 1]?.raw ?? '';
      const prev2 = block.tokens[i - 2]?.raw ?? '';
      if (block.tokenCats[i]!.has('speech') && (/^[—–,]$/.test(prev) || /^[—–]$/.test(prev2))) {
        const sp = this.verbs.nearVerb(block, i, i, Math.min(block.tokens.length, i + 6), 4);
        if (sp) return sp;
      }
    }
    // Before the quote: `Peskov said: “…`.
    const opening = sentOf(q.outerStart) ?? block.sentences[firstSentenceFrom(block.sentences, q.outerStart)];
    if (opening) {
      const b1 = firstTokenFrom(block.tokens, q.outerStart);
      const sp = this.verbs.speechIn(block, opening.t0, b1 < 0 ? block.tokens.length : b1);
      if (sp) return sp;
    }
    // The other parts of a split quote in the same paragraph.
    for (let k = Math.max(0, qi - NEARBY_QUOTES); k < Math.min(block.quotes.length, qi + NEARBY_QUOTES + 1); k++) {
      if (k === qi) continue;
      const other = yield [b, k];
      if (other) return other;
    }
    // A partial quote inside reported speech: "rejected as “absurd” a report…".
    const si = sentenceAt(block.sentences, q.outerStart);
    if (si >= 0) {
      const sp = this.forSentence(b, si);
      if (sp) return sp;
    }
    // A quote left open continues into the next paragraph, whose attribution covers it.
    if (q.open && b + 1 < this.doc.size) {
      const next = this.doc.block(b + 1);
      if (next.quotes.length > 0 && next.quotes[0]!.outerStart <= 2) {
        const sp = yield [b + 1, 0];
        if (sp) return sp;
      }
    }
    // A pull quote under a caption that only names the speaker ("Dmitry Peskov").
    for (let p = b - 1; p >= Math.max(0, b - 3); p--) {
      const prev = this.doc.block(p);
      if (prev.tokens.length > 6) break;
      const m = mentionsIn(this.doc.engine, prev, 0, prev.tokens.length).find((x) => x.actor?.kind === 'person');
      if (m) return { ...this.resolver.resolve(prev, m)!, attribution: 'context' };
    }
    // A paragraph that is only a quote continues the previous paragraph's speaker. Intertitles
    // and bylines between them ("Sur le dialogue avec Washington") do not break the chain.
    const opensParagraph = q.outerStart <= 2;
    for (let p = b - 1, counted = 0; p >= Math.max(0, b - 8) && counted < 2; p--) {
      const prev = this.doc.block(p);
      if (opensParagraph && isInterTitle(prev)) continue;
      counted++;
      for (let k = prev.quotes.length - 1; k >= Math.max(0, prev.quotes.length - NEARBY_QUOTES); k--) {
        const sp = yield [p, k];
        if (sp) return { ...sp, attribution: 'context' };
      }
      for (let s = prev.sentences.length - 1; s >= Math.max(0, prev.sentences.length - PREVIOUS_SENTENCES); s--) {
        const sp = this.forSentence(p, s);
        if (sp) return { ...sp, attribution: 'context' };
      }
    }
    // Speech excerpts and transcripts: a paragraph that opens with a quote nobody in the text
    // attributes is the words of the one person the title and lead present.
    if (opensParagraph && b > 0 && !this.saysWhoOutsideQuotes(block)) return this.documentSpeaker(b);
    return null;
  }

  /**
   * A quote or a first-person claim ("we have never…") that nothing in its sentence or the
   * paragraphs before attributes: the person named last before it, within six paragraphs,
   * when that person is Russian (attribution "context") — in a statement or an interview that
   * is who is speaking. Not when the paragraph is labelled ("Question: …") or the sentence
   * names anyone or has a verb of saying outside its quotes ("…,” an analyst says): that is the
   * unresolved speaker.
   */
  recentRussian(b: number, si: number): Speaker | null {
    // Asked for every unattributed anchor of a sentence: worked out once per sentence.
    const key = `${b}:${si}`;
    let found = this.recentCache.get(key);
    if (found === undefined) this.recentCache.set(key, (found = this.recentRussianOf(b, si)));
    return found;
  }

  private recentCache = new Map<string, Speaker | null>();

  private recentRussianOf(b: number, si: number): Speaker | null {
    const block = this.doc.block(b);
    const sent = block.sentences[si]!;
    if (this.label(block) !== undefined) return null;
    // A binary search: a paragraph of thousands of quotes is not scanned for every word.
    const quoted = (i: number) => inQuote(block.quotes, block.tokens[i]!.start, block.tokens[i]!.end, true);
    if (mentionsIn(this.doc.engine, block, sent.t0, sent.t1).some((m) => m.kind !== 'pronoun' && !quoted(m.from)))
      return null;
    if (saysOutsideQuotes(block, sent)) return null;
    const who = this.resolver.lastPerson(b, sent.t0, null, null, false, 6);
    if (who) return who.russian ? { ...who, attribution: 'context' } : null;
    return this.statementAuthor(Math.min(b, 1)) ?? this.headlineSpeaker(b);
  }

  /** "'We do not interfere'" as a headline: the Russian the next two paragraphs name first. */
  private headlineSpeaker(b: number): Speaker | null {
    if (b > 0 && this.doc.input.blocks[b]!.kind !== 'heading') return null;
    for (let p = b + 1; p <= Math.min(this.doc.size - 1, b + 2); p++) {
      const next = this.doc.block(p);
      const m = mentionsIn(this.doc.engine, next, 0, Math.min(next.tokens.length, AUTHOR_TOKENS)).find(
        (x) => x.actor?.kind === 'person',
      );
      if (m) {
        const sp = this.resolver.resolve(next, m);
        return sp?.russian ? { ...sp, attribution: 'context' } : null;
      }
    }
    return null;
  }

  private authors = new Map<number, Speaker | null>();

  /**
   * The looser fallback for a quote or a "we" nobody attributes (the strict heading test that
   * gives a statement page's every unattributed sentence to its author is speaker-statement.ts).
   * "Comment by the Russian Permanent Mission to the EU": a statement's "we" is its author, the
   * body its title or first paragraph opens with (worked out once per document, from their first
   * AUTHOR_TOKENS tokens: a megabyte first paragraph is not scanned for every sentence).
   */
  private statementAuthor(upTo: number): Speaker | null {
    let found = this.authors.get(upTo);
    if (found !== undefined) return found;
    found = null;
    for (let p = 0; p <= upTo && !found; p++) {
      const first = this.doc.block(p);
      const m = mentionsIn(this.doc.engine, first, 0, Math.min(first.tokens.length, AUTHOR_TOKENS)).find(
        (x) => x.actor && x.actor.kind !== 'person' && x.actor.kind !== 'state',
      );
      const sp = m ? this.resolver.resolve(first, m) : null;
      if (sp?.russian) found = { ...sp, attribution: 'context' };
    }
    this.authors.set(upTo, found);
    return found;
  }

  /** The single person named in the title and first paragraph before block `b` (none when several are). */
  private documentSpeaker(b: number): Speaker | null {
    const upTo = Math.min(2, b);
    if (!this.docSpeaker.has(upTo)) this.docSpeaker.set(upTo, this.findDocumentSpeaker(upTo));
    return this.docSpeaker.get(upTo)!;
  }

  private findDocumentSpeaker(upTo: number): Speaker | null {
    let found: Speaker | null = null;
    for (let p = 0; p < upTo; p++) {
      const block = this.doc.block(p);
      for (const m of mentionsIn(this.doc.engine, block, 0, block.tokens.length)) {
        if (m.actor?.kind !== 'person') continue;
        if (found && found.actor?.id !== m.actor.id) return null;
        found ??= this.resolver.resolve(block, m);
      }
    }
    return found ? { ...found, attribution: 'context' } : null;
  }

  /** Whether the block has a verb of saying outside its quotes ("…», recordó la cancillería"). */
  private saysWhoOutsideQuotes(block: PreparedBlock): boolean {
    let says = this.outsideQuotes.get(block);
    if (says === undefined) {
      says = false;
      for (let i = 0; i < block.tokens.length && !says; i++) {
        const t = block.tokens[i]!;
        says = block.tokenCats[i]!.has('speech') && !inQuote(block.quotes, t.start, t.end);
      }
      this.outsideQuotes.set(block, says);
    }
    return says;
  }

  private paragraphSpeaker(block: PreparedBlock): Speaker | null {
    const first = block.tokens[0];
    if (!first) return null;
    if (/^[—–]$/.test(first.raw)) {
      // The interviewee may have been introduced many answers ago.
      const who = this.resolver.lastPerson(block.index, 0, null, null, true, 60);
      return who ? { ...who, attribution: 'context' } : null;
    }
    const label = this.label(block);
    if (label !== undefined) return label;
    // A transcript: paragraphs after "ZAKHAROVA: …" continue her answer until the next label
    // ("Question: …"); intertitles do not interrupt it.
    for (let p = block.index - 1; p >= Math.max(0, block.index - 4); p--) {
      // Only a labelled or quote-opened paragraph matters here: tell from its text before preparing it.
      if (!mayBeLabelOrQuote(this.doc.input.blocks[p]!.text)) continue;
      const prev = this.doc.block(p);
      const l = this.label(prev);
      // A quoted claim's label ("Disinfo: …") runs on only through its own section (speaker-claim-page.ts).
      if (l === CLAIM_VOICE) return null;
      if (l !== undefined) return l ? { ...l, attribution: 'context' } : null;
      if (prev.quotes.length > 0 && prev.quotes[0]!.outerStart <= 2) return null;
    }
    return null;
  }

  /** The speaker of a paragraph labelled "NAME: …" (null for a label that is no known person, "Question:"); undefined when unlabelled. */
  private label(block: PreparedBlock): Speaker | null | undefined {
    let colon = -1;
    for (let i = 0; i < Math.min(LABEL_MAX, block.tokens.length) && colon < 0; i++)
      if (block.tokens[i]!.raw === ':') colon = i;
    if (colon < 1) return undefined;
    const verbBefore = block.tokens.slice(0, colon).some((_, i) => VERB_CATS.some((c) => block.tokenCats[i]!.has(c)));
    if (colon >= 5) {
      // "Anatoly Antonov, the Ambassador of Russia to the United States: “…”": a name, its apposition, a colon.
      const first = mentionsIn(this.doc.engine, block, 0, colon)[0];
      if (verbBefore || !first || first.from !== 0 || first.kind === 'pronoun' || block.tokens[first.to]?.raw !== ',')
        return undefined;
      return this.resolver.resolve(block, first);
    }
    // A label is the paragraph's first words: "Lavrov said: …" is a sentence, not a label.
    if (
      block.tokens
        .slice(0, colon)
        .some(
          (t, i) =>
            block.tokenCats[i]!.has('speech') || (t.word && /^\p{Ll}/u.test(t.raw) && !block.tokenCats[i]!.size),
        )
    )
      return undefined;
    // "Disinfo: …" on a fact-check page: the claim it quotes (speaker-claim-page.ts).
    if (colon === 1 && this.claimPage.labelled(block.index)) return CLAIM_VOICE;
    // "Response: …", "Ответ: …": the interviewee the title and lead present.
    if (block.tokens.slice(0, colon).some((t) => block.wordClasses['answer-label'].has(t.norm)))
      return this.documentSpeaker(block.index);
    const m = mentionsIn(this.doc.engine, block, 0, colon).find((x) => x.to === colon && x.kind !== 'pronoun');
    return m ? this.resolver.resolve(block, m) : null;
  }
}

/** Whether a sentence has a verb of saying outside its quotes ("…,” an analyst says). */
function saysOutsideQuotes(block: PreparedBlock, sent: Sentence): boolean {
  for (let i = sent.t0; i < sent.t1; i++) {
    const t = block.tokens[i]!;
    if (block.tokenCats[i]!.has('speech') && !inQuote(block.quotes, t.start, t.end, true)) return true;
  }
  return false;
}

/**
 * Whether a paragraph could open with a "NAME:" label (a colon within its first five tokens, so
 * within its first five words) or a quote (a mark within its first three characters). A cheap
 * test on the text that spares preparing paragraphs a transcript look-back would only skip.
 */
const LABEL_CHARS = 400;

function mayBeLabelOrQuote(text: string): boolean {
  if (/^[^]{0,2}[^\p{L}\p{N}\s]/u.test(text)) return true;
  // Five words fit in a few hundred characters: a colon further on is no label (and a megabyte
  // paragraph is not searched to its end for one).
  const head = text.length > LABEL_CHARS ? text.slice(0, LABEL_CHARS) : text;
  const colon = head.indexOf(':');
  return colon > 0 && head.slice(0, colon).split(/\s+/).filter(Boolean).length <= 5;
}
