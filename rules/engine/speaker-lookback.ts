/**
 * Searching back for a name, with bounded cost: at most LOOKBACK_TOKENS tokens of a block, in
 * chunks nearest first, and answers remembered (a whole earlier block's last fitting person; the
 * previous answer in the paragraph being analysed). Used by the Resolver (speaker-resolve.ts).
 */
import type { Engine } from './compile';
import { isRussian, mentionsIn, type Mention } from './mentions';
import type { PreparedBlock, PreparedDoc } from './prepared';
import { quoteAt } from './quotes';
import type { Speaker } from './speaker-resolve';

/**
 * Tokens of one block searched back for a name. A real paragraph is a few hundred tokens; a
 * megabyte paragraph of pronouns would otherwise be searched to its start for each of them.
 */
export const LOOKBACK_TOKENS = 1000;

/** The token range searched back from token `end` of a block. */
export function lookbackFrom(end: number): number {
  return Math.max(0, end - LOOKBACK_TOKENS);
}

/**
 * Mentions in the LOOKBACK_TOKENS tokens before `end`, nearest first, found in chunks that grow
 * backwards: most look-backs stop at the first fitting name, a few tokens back. Chunks end on
 * punctuation, which no name or role phrase spans.
 */
export function* mentionsBefore(engine: Engine, block: PreparedBlock, end: number, from = 0): Generator<Mention> {
  const floor = Math.max(from, lookbackFrom(end));
  let hi = end;
  let size = 64;
  while (hi > floor) {
    let lo = Math.max(floor, hi - size);
    for (let k = lo; k > Math.max(floor, lo - 32); k--) {
      if (!block.tokens[k]!.word) {
        lo = k;
        break;
      }
    }
    const ms = mentionsIn(engine, block, lo, hi);
    for (let k = ms.length - 1; k >= 0; k--) yield ms[k]!;
    hi = lo;
    size *= 4;
  }
}

export interface PersonQuery {
  gender: 'm' | 'f' | null;
  roleNoun: string | null;
  russianOnly: boolean;
}

interface PersonHit {
  /** Token where the person is named. */
  at: number;
  speaker: Speaker;
}

/** The last person named before a point, matching gender, role noun or side. */
export class PersonSearch {
  constructor(
    private readonly doc: PreparedDoc,
    private readonly nearRussian: (block: PreparedBlock, m: Mention) => boolean,
  ) {}

  /** Last person named before (block b, token tok), looking `lookback` blocks back. */
  lastPerson(b: number, tok: number, query: PersonQuery, lookback: number): Speaker | null {
    for (let p = b; p >= Math.max(0, b - lookback); p--) {
      const found = p === b ? this.lastPersonUpTo(this.doc.block(p), tok, query) : this.lastPersonInBlock(p, query);
      if (found) return found;
    }
    return null;
  }

  /**
   * The last fitting person in a whole earlier block, remembered: an interview's answers look 60
   * paragraphs back each, and preparing those again for every answer made it quadratic.
   */
  private lastPersonInBlock(p: number, query: PersonQuery): Speaker | null {
    const key = `${p}|${query.gender}|${query.roleNoun}|${query.russianOnly}`;
    let found = this.blockPersons.get(key);
    if (found === undefined) {
      const block = this.doc.block(p);
      found = this.lastPersonIn(block, block.tokens.length, query)?.speaker ?? null;
      this.blockPersons.set(key, found);
    }
    return found;
  }

  private blockPersons = new Map<string, Speaker | null>();

  /**
   * The last fitting person before token `end` of the block being analysed. Sentences are
   * analysed in order, so the previous question's answer is remembered and only the tokens since
   * then are searched: a long paragraph of "he said" does not search back a thousand tokens each time.
   */
  private lastPersonUpTo(block: PreparedBlock, end: number, query: PersonQuery): Speaker | null {
    const key = `${query.gender}|${query.roleNoun}|${query.russianOnly}`;
    const memo = this.recentPersons.get(key);
    let hit: PersonHit | null;
    if (memo && memo.block === block && memo.end <= end) {
      // Nothing fits between the remembered person and memo.end: search only what follows.
      hit =
        this.lastPersonIn(block, end, query, memo.end) ??
        (memo.hit && memo.hit.at >= lookbackFrom(end) ? memo.hit : null);
    } else {
      hit = this.lastPersonIn(block, end, query);
    }
    this.recentPersons.set(key, { block, end, hit });
    return hit?.speaker ?? null;
  }

  private recentPersons = new Map<string, { block: PreparedBlock; end: number; hit: PersonHit | null }>();

  private lastPersonIn(
    block: PreparedBlock,
    end: number,
    { gender, roleNoun, russianOnly }: PersonQuery,
    from = 0,
  ): PersonHit | null {
    const quoted = (m: Mention) => quoteAt(block.quotes, block.tokens[m.from]!.start) >= 0;
    // "Zakharova pointed to the words of Minister Nancy Faeser… she noted": a pronoun's referent is
    // rather a subject than a name after "of"; that name answers only if no other one fits.
    let oblique: PersonHit | null = null;
    for (const m of mentionsBefore(this.doc.engine, block, end, from)) {
      if (quoted(m) || m.kind === 'generic') continue;
      if (m.kind === 'pronoun') continue;
      if (m.actor && m.actor.kind !== 'person') continue;
      if (gender && m.gender && m.gender !== gender) continue;
      // "said in an interview with Oliver Stone that…. He added:": "he" is the one interviewed.
      if (gender && interviewer(block, m.from)) continue;
      // The role itself, not its history: "Kremlin spokesman (… as prime minister 2008-2012)" is no minister.
      if (roleNoun && !(m.actor?.role ?? '').split('(')[0]!.toLowerCase().includes(roleNoun)) continue;
      const russian = isRussian(m.actor) || (!m.actor && this.nearRussian(block, m));
      // "the Russian ambassador to Mexico, Eduard Malayan … the diplomat said": a name the registry
      // does not know counts when the text named him beside a Russian word.
      if (russianOnly && !russian) continue;
      const hit = {
        at: m.from,
        speaker: { name: m.actor?.name ?? m.text, actor: m.actor, attribution: 'explicit' as const, russian },
      };
      if (gender && afterGenitive(block, m.from)) {
        oblique ??= hit;
        continue;
      }
      return hit;
    }
    return oblique;
  }
}

/** Whether the mention at `from` follows an interview noun within two words ("интервью Оливеру Стоуну", "interview with …"). */
function interviewer(block: PreparedBlock, from: number): boolean {
  for (let k = from - 1; k >= Math.max(0, from - 3); k--) {
    if (block.grammar['interview-noun'].has(block.tokens[k]!.norm)) return true;
    if (!block.tokens[k]!.word) return false;
  }
  return false;
}

/** Whether a name follows "of", its title words between: "the words of German Interior Minister Nancy Faeser". */
function afterGenitive(block: PreparedBlock, from: number): boolean {
  for (let k = from - 1; k >= Math.max(0, from - 5); k--) {
    const t = block.tokens[k]!;
    if (block.grammar.genitive.has(t.norm)) return true;
    if (!t.word || !/^\p{Lu}/u.test(t.raw)) return false;
  }
  return false;
}
