/**
 * What rules may ask about one sentence and one anchor in it, worked out on first use.
 * Most anchors in a candidate paragraph fail on their frame ("would not intervene in the
 * dispute"), so the look-backs (previous sentences, often in the previous paragraph, the
 * speaker) are only computed when a rule gets far enough to ask. Classes rather than object
 * literals with getters: a literal with accessors built per anchor cost V8 far more (in
 * allocation and garbage collection) than the work it saved.
 */
import type { Frame, FrameContext, AgentKind } from './frames';
import type { SentenceFacts } from './match-rules';
import { catsIn, type PreparedBlock, type PreparedDoc, type Sentence } from './prepared';
import type { Attributor, Speaker } from './speaker';

/** Blocks before a sentence that can still make it "about the elections". */
const CONTEXT_BLOCKS = 4;
/** Words before an allegation anchor where the verb denying it may stand ("categorically rejected the German government's accusations"). */
const DENY_BEFORE = 8;
// What "we do not intend to interfere." may refer back to: a target, or the predicate itself.
const TARGET_CATS = [
  'target-election',
  'target-affairs',
  'target-country',
  'target-self',
  'target-hack',
  'interference',
];

export class SentenceScope {
  private near: Set<string> | undefined;
  private ctx: boolean | undefined;
  private target: boolean | undefined;
  private agent: AgentKind | undefined;
  private others: number[] | undefined;
  private topics: number[] = [];

  constructor(
    readonly doc: PreparedDoc,
    readonly block: PreparedBlock,
    readonly sent: Sentence,
    readonly si: number,
    readonly cats: Set<string>,
    private readonly titleTopic: boolean,
  ) {}

  /** Categories in this sentence and the two before it, across a paragraph break when needed. */
  get nearCats(): Set<string> {
    if (!this.near) {
      this.near = new Set(this.cats);
      for (const [b, s] of this.previousSentences(2)) for (const c of catsIn(b, s.t0, s.t1)) this.near.add(c);
    }
    return this.near;
  }

  /** The elections are the subject here: the title, nearby sentences or the paragraphs before. */
  get context(): boolean {
    return (this.ctx ??= this.titleTopic || this.hasContext());
  }

  /** A target (or the predicate itself) in the two sentences before ("we do not intend to interfere."). */
  get priorTarget(): boolean {
    return (this.target ??= this.previousSentences(2).some(([b, s]) => {
      const cats = catsIn(b, s.t0, s.t1);
      return TARGET_CATS.some((c) => cats.has(c));
    }));
  }

  /** The most recent accuser or Russian agent before this sentence (resolves "they"). */
  get priorAgent(): AgentKind {
    if (this.agent === undefined) {
      this.agent = 'unknown';
      search: for (const [b, s] of this.previousSentences(4)) {
        for (let t = s.t1 - 1; t >= s.t0; t--) {
          const cats = b.tokenCats[t]!;
          if (cats.has('agent-accuser') || cats.has('agent-russia')) {
            this.agent = cats.has('agent-accuser') ? 'accuser' : 'russia';
            break search;
          }
        }
      }
    }
    return this.agent;
  }

  /**
   * Whether another subject (troops, doping, a crash…) rather than the elections is what the
   * words at `at` are about: the nearer of the two in the sentence wins; from the previous
   * sentences another subject counts only if this sentence names no election.
   */
  otherTopic(at: number): boolean {
    if (!this.others) {
      this.others = [];
      // "cyberattacks on Macron's campaign": hacking aimed at a campaign or a vote is the elections.
      const electoral = this.campaignHack();
      for (let t = this.sent.t0; t < this.sent.t1; t++) {
        const cats = this.block.tokenCats[t]!;
        if (cats.has('other-topic') && electoral && cats.has('target-hack')) this.topics.push(t);
        else if (cats.has('other-topic')) this.others.push(t);
        // "interferencias rusas en las señales de GPS", "interference with GPS signals": an
        // interference word whose object is another sense does not make the sentence electoral.
        // A word of both lists ("cyberattack" is cyber* and another subject) is the other subject.
        else if (this.block.tokenCats[t]!.has('topic') && !this.otherSenseObject(t)) this.topics.push(t);
      }
    }
    const nearest = (list: number[]) => Math.min(...list.map((t) => Math.abs(t - at)));
    if (this.others.length > 0) return this.topics.length === 0 || nearest(this.others) < nearest(this.topics);
    return !this.cats.has('topic') && this.nearCats.has('other-topic');
  }

  /** Whether the sentence is about a vote: hacking aimed at it is election interference. */
  private campaignHack(): boolean {
    for (let t = this.sent.t0; t < this.sent.t1; t++) {
      const cats = this.block.tokenCats[t]!;
      // An election word ("election", "выборы"), or the campaign's own ("DNC", "campaign staff").
      if (cats.has('target-election') && cats.has('topic')) return true;
      if (cats.has('target-hack') && !cats.has('other-topic') && !cats.has('topic')) return true;
    }
    return false;
  }

  /** An 'other-sense' object (signals, the courts…) within a few words after token t, before any election word. */
  private otherSenseObject(t: number): boolean {
    for (let k = t + 1; k < Math.min(this.sent.t1, t + 6); k++) {
      const cats = this.block.tokenCats[k]!;
      if (cats.has('target-election') || cats.has('target-affairs') || cats.has('boundary')) return false;
      if (cats.has('other-sense')) return true;
    }
    return false;
  }

  private hasContext(): boolean {
    const { block, si } = this;
    for (let s = Math.max(0, si - 4); s <= Math.min(si + 1, block.sentences.length - 1); s++) {
      const sent = block.sentences[s]!;
      if (catsIn(block, sent.t0, sent.t1).has('topic')) return true;
    }
    for (let p = Math.max(0, block.index - CONTEXT_BLOCKS); p < block.index; p++) if (this.doc.hasTopic(p)) return true;
    // The lead says what the article is about, however far down the claim stands.
    if (block.index > CONTEXT_BLOCKS && this.doc.hasTopic(0)) return true;
    // A headline or a paragraph answering what follows ("Russia rejects US accusations" above the
    // lead that names the election): the next paragraph, or the next two under a heading.
    const ahead = block.kind === 'heading' || block.index === 0 ? 2 : 1;
    for (let p = block.index + 1; p <= Math.min(this.doc.size - 1, block.index + ahead); p++)
      if (this.doc.hasTopic(p)) return true;
    return false;
  }

  private previousSentences(n: number): [PreparedBlock, Sentence][] {
    const { block, si } = this;
    const out: [PreparedBlock, Sentence][] = [];
    for (let s = si - 1; s >= 0 && out.length < n; s--) out.push([block, block.sentences[s]!]);
    if (out.length < n && block.index > 0) {
      const prev = this.doc.block(block.index - 1);
      for (let s = prev.sentences.length - 1; s >= 0 && out.length < n; s--) out.push([prev, prev.sentences[s]!]);
    }
    return out;
  }
}

/** One anchor: the frame's context and the facts rules are matched against. */
export class AnchorScope implements FrameContext, SentenceFacts {
  /** Set once the frame is analysed: a denial verb makes its subject the speaker. */
  frame: Frame | null = null;
  private own: Speaker | null | undefined;
  private claimant: Speaker | null | undefined;

  constructor(
    private readonly scope: SentenceScope,
    private readonly attributor: Attributor,
    private readonly at: number,
    private readonly quoteIdx: number,
  ) {}

  get quoted(): boolean {
    return this.quoteIdx >= 0;
  }

  get cats(): Set<string> {
    return this.scope.cats;
  }

  get lang(): string {
    return this.scope.block.lang;
  }

  get russianSpeaker(): boolean {
    return this.ownSpeaker()?.russian ?? false;
  }

  get priorTarget(): boolean {
    return this.scope.priorTarget;
  }

  get priorAgent(): AgentKind {
    return this.scope.priorAgent;
  }

  get topic(): boolean {
    return this.scope.context || this.scope.cats.has('investigation');
  }

  get otherTopicNear(): boolean {
    return this.scope.otherTopic(this.at);
  }

  get otherTopic(): boolean {
    return this.scope.otherTopic(this.at);
  }

  get nearCats(): Set<string> {
    return this.scope.nearCats;
  }

  get beforeCats(): Set<string> {
    return catsIn(this.scope.block, this.scope.sent.t0, this.at);
  }

  get context(): boolean {
    return this.scope.context;
  }

  /** Who makes the claim: the quote's or sentence's speaker, or the subject of a denial verb. */
  get speaker(): Speaker | null {
    if (this.claimant === undefined) {
      // "Trump said Putin denied interfering": the denial is Putin's.
      const f = this.frame;
      // "X rejected the accusations…" read by an allegation rule (no frame): the verb's subject too.
      const denyAt = f ? (f.polarity === 'denied' ? f.polarityAt : null) : this.denyVerbBefore();
      const denier =
        denyAt !== null && this.quoteIdx < 0 ? this.attributor.denierAt(this.scope.block.index, denyAt) : null;
      // "Russia rules out any meddling, Ryabkov told reporters": a state or body denies through the
      // person who says so; a person named as the denier ("Putin denied…") keeps the claim.
      const own = this.ownSpeaker();
      const speaksForIt =
        denier?.actor?.kind !== 'person' && own?.russian && own.actor?.kind === 'person' && denier?.russian;
      this.claimant = denier && denier.name !== own?.name && !speaksForIt ? denier : own;
    }
    return this.claimant;
  }

  /** A verb of denying shortly before the anchor in its sentence ("…rejected the accusations"), or null. */
  private denyVerbBefore(): number | null {
    const { block, sent } = this.scope;
    for (let i = this.at - 1; i >= Math.max(sent.t0, this.at - DENY_BEFORE); i--)
      if (block.tokenCats[i]!.has('deny-verb')) return i;
    return null;
  }

  private ownSpeaker(): Speaker | null {
    if (this.own === undefined) {
      const { block, si } = this.scope;
      this.own =
        this.attributor.clauseSpeaker(block.index, si, this.at) ??
        (this.quoteIdx >= 0
          ? this.attributor.forQuote(block.index, this.quoteIdx)
          : this.attributor.forSentence(block.index, si));
      if (!this.own && (this.quoteIdx >= 0 || this.scope.cats.has('pron-we')))
        this.own = this.attributor.recentRussian(block.index, si);
      // A statement page's own sentences are its author's ("Comment by the Russian Mission…").
      if (!this.own && this.quoteIdx < 0) this.own = this.attributor.statementVoice(block.index, si);
    }
    return this.own;
  }
}
