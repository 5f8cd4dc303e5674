/**
 * A document prepared for analysis. Blocks are tokenised and matched lazily: only
 * blocks the prefilter flags (and the few around them that attribution looks back
 * into) pay for full analysis.
 */
import type { DocumentInput, Lang } from '../types';
import type { Engine } from './compile';
import type { CueMatch } from './lexicon';
import { detectLang, normalizeHint } from './lang';
import { findQuotes, type QuoteSpan } from './quotes';
import { splitSentences } from './sentences';
import { fold, tokenize, type Token } from './tokens';
import { scanWords } from './word-scan';

export interface Sentence {
  start: number;
  end: number;
  /** Token range, end exclusive. */
  t0: number;
  t1: number;
}

export interface PreparedBlock {
  index: number;
  text: string;
  kind: string;
  lang: Lang;
  tokens: Token[];
  sentences: Sentence[];
  quotes: QuoteSpan[];
  matches: CueMatch[];
  /** Categories covering each token. */
  tokenCats: Set<string>[];
  /** The language's gap words (see compile.ts). */
  gapWords: Set<string>;
}

const NO_CATS: Set<string> = new Set<string>();
const CYRILLIC = /[\u0400-\u04FF]{3}/;
/** Prepared blocks kept (most recently used): more than any look-back reaches. */
const CACHED_BLOCKS = 24;

export class PreparedDoc {
  readonly langs: Lang[];
  private cache = new Map<number, PreparedBlock>();
  /** Prefilter results, computed on first use so work can be spread over idle slices. */
  private flags: ({ candidate: boolean; topic: boolean } | undefined)[] = [];

  constructor(readonly input: DocumentInput, readonly engine: Engine) {
    // One guess for the page from a sample; a block only differs when its script does
    // (a Russian quote on an English page) or the page's guess is unsure.
    const hint = normalizeHint(input.lang);
    let sample = input.title ?? '';
    for (const b of input.blocks) {
      if (sample.length > 1500) break;
      sample += ` ${b.text}`;
    }
    const pageLang = detectLang(sample, hint);
    this.langs = input.blocks.map((b) => (CYRILLIC.test(b.text) !== (pageLang === 'ru') ? detectLang(b.text, pageLang) : pageLang));
  }

  get size(): number {
    return this.input.blocks.length;
  }

  isCandidate(i: number): boolean {
    return this.flagsOf(i)?.candidate ?? false;
  }

  hasTopic(i: number): boolean {
    return this.flagsOf(i)?.topic ?? false;
  }

  private flagsOf(i: number): { candidate: boolean; topic: boolean } | undefined {
    const block = this.input.blocks[i];
    if (!block) return undefined;
    return (this.flags[i] ??= this.prefilter(block.text, this.langs[i]!));
  }

  /**
   * Block `i`, tokenised and matched. Only the most recently used blocks are kept: look-backs
   * reach a few paragraphs, and letting older blocks go keeps a long page's tokens from piling
   * up (on a 2 MB page, collecting them was a fifth of the analysis time).
   */
  block(i: number): PreparedBlock {
    let b = this.cache.get(i);
    if (b) {
      this.cache.delete(i);
    } else {
      b = this.prepare(i);
      if (this.cache.size >= CACHED_BLOCKS) this.cache.delete(this.cache.keys().next().value!);
    }
    this.cache.set(i, b);
    return b;
  }

  /** Whether `text` (a title) mentions the interference topic. */
  topicIn(text: string): boolean {
    return this.prefilter(text, detectLang(text, this.input.lang)).topic;
  }

  private prefilter(text: string, lang: Lang): { candidate: boolean; topic: boolean } {
    const folded = fold(text);
    const { anchorScan, topicScan, prefilter } = this.engine.langs[lang];
    // Most paragraphs contain no anchor word at all: one native substring scan says so.
    if (anchorScan && !anchorScan.test(folded)) return { candidate: false, topic: topicScan.test(folded) };
    const positions = new Map<string, number[]>(this.engine.proximityCats.map((c) => [c, []]));
    const found = prefilter.categoriesInSpans(folded, scanWords(folded), positions);
    return { candidate: this.worthAnalysing(found, positions), topic: found.has('topic') };
  }

  /** Some rule filed under a category found here has every category it requires here too. */
  private worthAnalysing(found: ReadonlySet<string>, positions: Map<string, number[]>): boolean {
    for (const cat of found) {
      for (const needs of this.engine.needsByAnchor.get(cat) ?? []) {
        if (!needs.groups.every((group) => group.some((c) => found.has(c)))) continue;
        if ((needs.nearPredicate ?? []).every((req) => this.near(req, positions))) return true;
      }
    }
    return false;
  }

  /** Some cue within `before` words before, or `after` words after, some predicate word. */
  private near(req: { predicates: string[]; cues: string[]; before: number; after: number }, positions: Map<string, number[]>): boolean {
    const cues = req.cues.flatMap((c) => positions.get(c) ?? []);
    for (const p of req.predicates) {
      for (const at of positions.get(p) ?? []) {
        if (cues.some((q) => q >= at - req.before && q <= at + req.after)) return true;
      }
    }
    return false;
  }

  private prepare(i: number): PreparedBlock {
    const { text, kind } = this.input.blocks[i]!;
    const lang = this.langs[i]!;
    const tokens = tokenize(text);
    const matches = this.engine.langs[lang].lexicon.match(tokens);
    // Most tokens match nothing: they share one empty set instead of allocating their own.
    const tokenCats: Set<string>[] = new Array<Set<string>>(tokens.length).fill(NO_CATS);
    for (const m of matches) {
      for (let k = m.from; k < m.to; k++) {
        if (tokenCats[k] === NO_CATS) tokenCats[k] = new Set<string>();
        tokenCats[k]!.add(m.category);
      }
    }
    const sentences: Sentence[] = [];
    let t = 0;
    for (const s of splitSentences(text)) {
      while (t < tokens.length && tokens[t]!.end <= s.start) t++;
      const t0 = t;
      while (t < tokens.length && tokens[t]!.start < s.end) t++;
      sentences.push({ start: s.start, end: s.end, t0, t1: t });
    }
    return { index: i, text, kind, lang, tokens, sentences, quotes: findQuotes(text), matches, tokenCats, gapWords: this.engine.langs[lang].gapWords };
  }
}

/** Categories present in a token range. */
export function catsIn(block: PreparedBlock, t0: number, t1: number): Set<string> {
  const out = new Set<string>();
  for (const m of block.matches) if (m.from >= t0 && m.from < t1) out.add(m.category);
  return out;
}

/** Matches of one category (or prefix like "actor:") in a token range. */
export function matchesIn(block: PreparedBlock, t0: number, t1: number, pred: (cat: string) => boolean): CueMatch[] {
  return block.matches.filter((m) => m.from >= t0 && m.from < t1 && pred(m.category));
}
