/**
 * From a mention to a speaker: registry actors, pronouns and role phrases resolved to the
 * last fitting person or body named before them. Used by the Attributor (speaker.ts).
 */
import type { Attribution } from '../types';
import type { Actor } from '../schema/pack';
import { isLocative } from './frames';
import { isRussian, mentionsIn, type Mention } from './mentions';
import type { GrammarClass } from './grammar';
import type { PreparedBlock, PreparedDoc } from './prepared';
import { quoteAt } from './quotes';
import { lookbackFrom, mentionsBefore, PersonSearch } from './speaker-lookback';

export interface Speaker {
  name: string;
  actor: Actor | null;
  attribution: Attribution;
  russian: boolean;
}

const LOOKBACK_BLOCKS = 6;
/** Tokens of a paragraph after a headline searched for the person its role noun means. */
const HEADLINE_TOKENS = 300;
/** Tokens of a paragraph searched for an earlier mention of a name. */
const NAME_TOKENS = 2000;
/** Generic role nouns (grammar classes) and the word for them in the registry's roles, which are in English. */
const ROLE_EN: readonly [GrammarClass, string][] = [
  ['role-minister', 'minister'],
  ['role-spokes', 'spokes'],
  ['role-ambassador', 'ambassador'],
  ['role-envoy', 'envoy'],
];

/** Nouns that name a body, not a person: "the ministry" is the ministry, never its spokeswoman. */
const INSTITUTION_EN: readonly [GrammarClass, string][] = [
  ['institution-ministry', 'ministry'],
  ['institution-embassy', 'embassy'],
];

function inEnglish(block: PreparedBlock, classes: readonly [GrammarClass, string][], norm: string): string | undefined {
  return classes.find(([c]) => block.grammar[c].has(norm))?.[1];
}

export class Resolver {
  private persons: PersonSearch;

  constructor(private doc: PreparedDoc) {
    this.persons = new PersonSearch(doc, (block, m) => this.nearRussian(block, m));
  }

  resolve(block: PreparedBlock, m: Mention): Speaker | null {
    if (m.kind === 'pronoun') {
      const who = this.lastPerson(block.index, m.from, m.gender, null);
      return who ? { ...who, attribution: 'pronoun' } : null;
    }
    if (m.kind === 'generic') return this.resolveGeneric(block, m);
    // "the Kremlin envoy said": an institution followed by a generic role noun.
    const next = m.to < block.tokens.length ? block.tokenCats[m.to] : undefined;
    if (m.actor && m.actor.kind !== 'person' && next?.has('role-generic')) {
      const noun = block.tokens[m.to]!.norm;
      const who = this.lastPerson(block.index, m.from, null, inEnglish(block, ROLE_EN, noun) ?? noun);
      if (who && who.actor?.affiliation === m.actor.affiliation) return { ...who, attribution: 'context' };
    }
    const russian =
      isRussian(m.actor) ||
      (!m.actor && (this.nearRussian(block, m) || (m.kind === 'name' && this.russianEarlier(block, m))));
    return {
      name: m.actor && m.kind === 'role' ? m.actor.name : m.text,
      actor: m.actor,
      attribution: 'explicit',
      russian,
    };
  }

  private russianNames = new Map<string, boolean>();

  /**
   * "el embajador ruso en México, Eduard Malayán … dijo Malayán": a name the registry does not know
   * is Russian when the text said so where it named him before (the same surname next to a
   * Russian word, in this paragraph or the six before; their first NAME_TOKENS tokens, remembered).
   */
  private russianEarlier(block: PreparedBlock, m: Mention): boolean {
    const surname = block.tokens[m.to - 1]!.norm;
    let found = this.russianNames.get(surname);
    if (found !== undefined) return found;
    found = false;
    for (let p = Math.max(0, block.index - LOOKBACK_BLOCKS); p <= block.index && !found; p++) {
      const b = this.doc.block(p);
      const end = Math.min(b.tokens.length, NAME_TOKENS);
      for (let i = 0; i < end && !found; i++)
        if (b.tokens[i]!.norm === surname && i !== m.to - 1)
          found = this.nearRussian(b, { from: i, to: i + 1 } as Mention);
    }
    this.russianNames.set(surname, found);
    return found;
  }

  /** "…», aseguró.": the subject of the last sentence before the quote that names anyone. */
  lastMentioned(block: PreparedBlock, v: number): Speaker | null {
    for (let p = block.index; p >= Math.max(0, block.index - 2); p--) {
      const b = this.doc.block(p);
      const quoted = (m: Mention) => quoteAt(b.quotes, b.tokens[m.from]!.start) >= 0;
      const end = p === block.index ? v : b.tokens.length;
      let last = b.sentences.length;
      for (let lo = 0; lo < last;) {
        const mid = (lo + last) >> 1;
        if (b.sentences[mid]!.t0 < end) lo = mid + 1;
        else last = mid;
      }
      for (let si = last - 1; si >= 0 && b.sentences[si]!.t1 > lookbackFrom(end); si--) {
        const s = b.sentences[si]!;
        const ms = mentionsIn(this.doc.engine, b, s.t0, p === block.index ? Math.min(s.t1, v) : s.t1).filter(
          (m) => !quoted(m) && m.kind !== 'pronoun' && !(m.actor?.kind === 'state' && isLocative(b, m.from, s.t0)),
        );
        const subjects = ms.filter((m) => !b.grammar['source-prep'].has(b.tokens[m.from - 1]?.norm ?? ''));
        if (subjects.length > 0) {
          // "La portavoz de Exteriores, María Zajárova, …": the role noun, else the name in apposition.
          for (const subject of subjects.slice(0, 2)) {
            if (subject !== subjects[0] && subjects[0]!.kind !== 'generic') break;
            const sp = this.resolve(b, subject);
            if (sp) return { ...sp, attribution: 'context' };
          }
          return null;
        }
      }
    }
    return null;
  }

  /**
   * A role phrase ("the spokeswoman", "un portavoz del Departamento de Estado", "the official"):
   * the body named right after it; else what an earlier phrase with the same head noun
   * referred to; else the last person in that role; else the one registry actor whose role says so.
   */
  private resolveGeneric(block: PreparedBlock, m: Mention, depth = 0): Speaker | null {
    const body = this.bodyAfter(block, m);
    if (body) return body;
    const norm = block.tokens[m.to - 1]!.norm;
    // "Russian officials", "российские власти", "las autoridades rusas": a group, never one person.
    if (block.tokens.slice(m.from, m.to).some((t) => block.wordClasses['collective-noun'].has(t.norm))) {
      // "European officials say…" is said by a group too, just not a Russian one.
      const russian = this.russianGroup(block, m);
      // "The Russian Embassy said in a statement… 'Quote,' Russian diplomats said": the embassy.
      if (russian && block.grammar['diplomats-noun'].has(norm)) {
        const body =
          this.lastInstitution(block.index, m.from, 'embassy') ?? this.lastInstitution(block.index, m.from, 'mission');
        if (body?.russian) return { ...body, attribution: 'context' };
      }
      return { name: m.text, actor: null, attribution: 'explicit', russian };
    }
    // "Der russische Botschafter in Deutschland, Sergej Netschajew, …": the name in apposition.
    const named = this.personAfter(block, m);
    if (named) return depth > 0 ? { ...named, attribution: 'context' } : named;
    if (depth === 0) {
      const earlier = this.earlierGeneric(block, m, norm);
      if (earlier) return this.resolveGeneric(earlier[0], earlier[1], 1);
    }
    const head = inEnglish(block, ROLE_EN, norm) ?? norm;
    const institution = inEnglish(block, INSTITUTION_EN, norm);
    if (institution) {
      const body = this.lastInstitution(block.index, m.from, institution);
      if (body) return { ...body, attribution: 'context' };
    }
    // "the diplomat", "the official": any Russian official named just before.
    const who = institution
      ? null
      : block.grammar['official-noun'].has(norm)
        ? this.lastPerson(block.index, m.from, m.gender, null, true)
        : this.lastPerson(block.index, m.from, m.gender, head);
    if (who) return { ...who, attribution: 'context' };
    // "Accusations … groundless — diplomat" (a wire headline): the Russian the story then names.
    const ahead = this.headlineRole(block, head);
    if (ahead) return ahead;
    const words = m.text
      .toLowerCase()
      .split(/\s+/)
      .filter((w) => w.length > 2);
    // "the foreign ministry" is the ministry, not its spokeswoman whose role names it.
    const fits = [...this.doc.engine.actors.values()].filter((a) => {
      const role = `${a.role ?? ''} ${a.name}`.toLowerCase();
      return words.every((w) => role.includes(w)) && (!institution || a.kind !== 'person');
    });
    // One fitting actor, or several of one side (two Russian embassies): the side is what matters.
    if (fits.length > 0 && fits.every((a) => a.affiliation === fits[0]!.affiliation)) {
      // Several: the generic body among them ("the Russian Embassy", which postings.ts places),
      // else nobody in particular — "the Russian ambassador" is not whichever ambassador comes first.
      const actor = fits.length === 1 ? fits[0]! : fits.find((a) => !a.postedIn && a.kind !== 'person');
      if (actor) return { name: actor.name, actor, attribution: 'context', russian: isRussian(actor) };
      return { name: m.text, actor: null, attribution: 'context', russian: isRussian(fits[0]!) };
    }
    // "die russische Botschaft in Berlin": unnamed, but plainly Russian.
    const russian = this.nearRussian(block, { ...m, to: m.from + 1 } as Mention);
    return russian ? { name: m.text, actor: null, attribution: 'explicit', russian } : null;
  }

  /**
   * A role noun in the page's first block or a heading, with nobody named before it: the first
   * Russian person of the two paragraphs after it whose role fits (any official for "diplomat").
   */
  private headlineRole(block: PreparedBlock, head: string): Speaker | null {
    if (block.index > 0 && this.doc.input.blocks[block.index]!.kind !== 'heading') return null;
    const official = block.grammar['official-noun'].has(head);
    for (let p = block.index + 1; p <= Math.min(this.doc.size - 1, block.index + 2); p++) {
      const next = this.doc.block(p);
      for (const x of mentionsIn(this.doc.engine, next, 0, Math.min(next.tokens.length, HEADLINE_TOKENS))) {
        if (x.actor?.kind !== 'person' || !isRussian(x.actor)) continue;
        if (!official && !(x.actor.role ?? '').toLowerCase().includes(head)) continue;
        return { name: x.actor.name, actor: x.actor, attribution: 'context', russian: true };
      }
    }
    return null;
  }

  /** "a spokesman for the State Department", "portavoz del Departamento de Estado". */
  private bodyAfter(block: PreparedBlock, m: Mention): Speaker | null {
    const next = mentionsIn(this.doc.engine, block, m.to, Math.min(block.tokens.length, m.to + 4)).find(
      (x) => x.actor && x.actor.kind !== 'person' && x.from - m.to <= 3,
    );
    if (!next || !next.actor) return null;
    const between = block.tokens.slice(m.to, next.from).map((t) => t.norm);
    if (!between.every((w) => block.grammar['body-link'].has(w))) return null;
    return { name: next.actor.name, actor: next.actor, attribution: 'explicit', russian: isRussian(next.actor) };
  }

  /** "the spokeswoman, Maria Zakharova," / "spokeswoman Maria Zakharova": a person named right after the role. */
  private personAfter(block: PreparedBlock, m: Mention): Speaker | null {
    const next = mentionsIn(this.doc.engine, block, m.to, Math.min(block.tokens.length, m.to + 6)).find(
      (x) => x.kind !== 'pronoun',
    );
    if (!next || !(next.actor?.kind === 'person' || next.kind === 'name')) return null;
    // "Russian ambassador to Germany Sergey Nechayev": a place phrase between role and name.
    if (next.from !== m.to && placeBetween(block, m.to, next.from)) return this.resolve(block, next);
    if (next.from !== m.to) {
      if (!/^[,—–]$/.test(block.tokens[next.from - 1]!.raw) || next.from - m.to > 5) return null;
      for (let i = m.to; i < next.from - 1; i++)
        if (!block.tokens[i]!.word || block.tokenCats[i]!.has('speech')) return null;
    }
    return this.resolve(block, next);
  }

  /** Last registry institution named before (block, token) whose name or role has the English noun. */
  private lastInstitution(b: number, tok: number, noun: string): Speaker | null {
    for (let p = b; p >= Math.max(0, b - LOOKBACK_BLOCKS); p--) {
      const block = this.doc.block(p);
      const end = p === b ? tok : block.tokens.length;
      for (const m of mentionsBefore(this.doc.engine, block, end)) {
        if (m.actor?.kind !== 'institution') continue;
        if (!`${m.actor.name} ${m.actor.role ?? ''}`.toLowerCase().includes(noun)) continue;
        return { name: m.actor.name, actor: m.actor, attribution: 'explicit', russian: isRussian(m.actor) };
      }
    }
    return null;
  }

  /** An earlier role phrase with the same head noun, in this paragraph or the two before. */
  private earlierGeneric(block: PreparedBlock, m: Mention, head: string): [PreparedBlock, Mention] | null {
    for (let p = block.index; p >= Math.max(0, block.index - 2); p--) {
      const b = this.doc.block(p);
      const end = p === block.index ? m.from : b.tokens.length;
      for (const x of mentionsBefore(this.doc.engine, b, end))
        if (x.kind === 'generic' && b.tokens[x.to - 1]!.norm === head) return [b, x];
    }
    return null;
  }

  /** "Russian officials", "officials in Moscow", "les autorités russes": Russia in the phrase itself. */
  private russianGroup(block: PreparedBlock, m: Mention): boolean {
    for (let i = m.from; i < m.to; i++) if (block.tokenCats[i]!.has('agent-russia')) return true;
    // Right after the noun ("les autorités russes"), or after one preposition ("officials in Moscow").
    const next = m.to < block.tokens.length ? m.to : -1;
    if (next < 0) return false;
    if (block.tokenCats[next]!.has('agent-russia')) return true;
    const prep =
      block.wordClasses['place-prep'].has(block.tokens[next]!.norm) ||
      block.grammar.genitive.has(block.tokens[next]!.norm);
    return prep && next + 1 < block.tokens.length && block.tokenCats[next + 1]!.has('agent-russia');
  }

  nearRussian(block: PreparedBlock, m: Mention): boolean {
    for (let i = Math.max(0, m.from - 5); i < Math.min(block.tokens.length, m.to + 6); i++) {
      if (block.tokenCats[i]!.has('agent-russia')) return true;
    }
    return false;
  }

  /** Last person named before (block, token) matching gender or role noun (see speaker-lookback.ts). */
  lastPerson(
    b: number,
    tok: number,
    gender: 'm' | 'f' | null,
    roleNoun: string | null,
    russianOnly = false,
    lookback = LOOKBACK_BLOCKS,
  ): Speaker | null {
    return this.persons.lastPerson(b, tok, { gender, roleNoun, russianOnly }, lookback);
  }
}

/** Tokens [from, to) are "to Germany", "in Washington": a place word, then only country or place names. */
function placeBetween(block: PreparedBlock, from: number, to: number): boolean {
  if (to - from < 2 || to - from > 4) return false;
  const prep = block.tokens[from]!.norm;
  if (!block.wordClasses['place-prep'].has(prep) && !block.grammar.locative.has(prep)) return false;
  for (let i = from + 1; i < to; i++) {
    const cats = block.tokenCats[i]!;
    if (!cats.has('target-country') && !cats.has('agent-accuser') && !cats.has('agent-other')) return false;
  }
  return true;
}
