/**
 * Attribution: who said a quote or a reported clause. Order of evidence: a speech verb
 * next to a name ("…,” Peskov said / said Dmitry Peskov / according to …), then the
 * other parts of a split quote, then the previous paragraph's speaker for a paragraph
 * that is only a quote. Pronouns and generic role nouns ("the envoy") resolve to the
 * last fitting person named before them.
 */
import type { Attribution } from '../types';
import type { Actor } from '../schema/pack';
import { isRussian, mentionsIn, type Mention } from './mentions';
import type { PreparedBlock, PreparedDoc } from './prepared';
import { isLocative } from './frames';

export interface Speaker {
  name: string;
  actor: Actor | null;
  attribution: Attribution;
  russian: boolean;
}

const LOOKBACK_BLOCKS = 6;
const VERB_CATS = ['speech', 'deny-verb', 'accuse-verb', 'offer-verb'];
const TARGET_CATS = ['target-country', 'target-self', 'target-election'];
/** Generic role nouns in the registry's language (actor roles are written in English). */
const ROLE_EN: Record<string, string> = {
  ministre: 'minister', ministro: 'minister', ministra: 'minister', министр: 'minister', minister: 'minister', ministerin: 'minister',
  'porte-parole': 'spokes', portavoz: 'spokes', sprecher: 'spokes', sprecherin: 'spokes', 'пресс-секретарь': 'spokes',
  spokesman: 'spokes', spokeswoman: 'spokes', spokesperson: 'spokes',
  ambassadeur: 'ambassador', embajador: 'ambassador', botschafter: 'ambassador', посол: 'ambassador',
  emissaire: 'envoy', enviado: 'envoy', gesandter: 'envoy',
};
/** "…, saying that…", "qualifiant", "calificando", "назвав": the participle's subject is the sentence's. */
const PARTICIPLE: Record<string, RegExp> = { en: /ing$/, fr: /ant$/, es: /(ando|iendo)$/, ru: /(ав|ив|ув|яв)$/ };
const RELATIVE = /^(lequel|laquelle|lesquels|lesquelles|las|los|la|el|cual|cuales|которым|которой)$/;
const PREPOSITIONAL = /^(according|по|laut|selon|d'|segun|de|nach)$/;

export class Attributor {
  private quoteCache = new Map<string, Speaker | null>();

  constructor(private doc: PreparedDoc) {}

  /** Speaker of quote `q` of block `b`. */
  forQuote(b: number, q: number): Speaker | null {
    const key = `${b}:${q}`;
    if (this.quoteCache.has(key)) return this.quoteCache.get(key)!;
    this.quoteCache.set(key, null); // guards against cycles through split quotes
    const found = this.quoteSpeaker(b, q);
    this.quoteCache.set(key, found);
    return found;
  }

  /** Speaker of a reported (unquoted) statement in sentence `s` of block `b`. */
  forSentence(b: number, s: number): Speaker | null {
    const block = this.doc.block(b);
    const sent = block.sentences[s]!;
    const inQuote = (i: number) => block.quotes.some((q) => block.tokens[i]!.start >= q.outerStart && block.tokens[i]!.end <= q.outerEnd);
    // Verbs of saying first ("…, Lavrov said"), then denying, accusing, offering. A participle
    // ("…, saying that…") belongs to the sentence's subject, found by the later passes.
    let participleSeen = false;
    for (const pass of VERB_CATS) {
      for (let i = sent.t0; i < sent.t1; i++) {
        const cats = block.tokenCats[i]!;
        const colon = pass === 'speech' && block.tokens[i]!.raw === ':';
        if ((!cats.has(pass) && !colon) || inQuote(i)) continue;
        const participle = (PARTICIPLE[block.lang]?.test(block.tokens[i]!.norm) ?? false) && !PREPOSITIONAL.test(block.tokens[i]!.norm);
        // "les accusations selon lesquelles…", "según las cuales": a relative clause, not a source.
        if (RELATIVE.test(block.tokens[i + 1]?.norm ?? '') && PREPOSITIONAL.test(block.tokens[i]!.norm)) continue;
        if (participle) {
          participleSeen = true;
          continue;
        }
        const sp = this.nearVerb(block, i, sent.t0, sent.t1, pass === 'speech' ? 7 : 0, pass !== 'accuse-verb');
        if (sp) return sp;
      }
    }
    // "Putin brushed the question aside, telling the interviewer that…": the subject speaks.
    if (participleSeen) {
      const subject = mentionsIn(this.doc.engine, block, sent.t0, Math.min(sent.t1, sent.t0 + 6)).find((m) => m.kind !== 'pronoun');
      if (subject) return this.resolve(block, subject);
    }
    return null;
  }

  /**
   * The subject of a denying verb ("Trump said Putin denied interfering"): the denial is the
   * subject's, whoever reports it. Null when no one is named right before the verb.
   */
  denierAt(b: number, verb: number): Speaker | null {
    const block = this.doc.block(b);
    const ms = mentionsIn(this.doc.engine, block, Math.max(0, verb - 6), verb).filter(
      (m) => m.kind !== 'pronoun' && block.tokens[m.to]?.norm !== "'s" && !(m.actor?.kind === 'state' && isLocative(block, m.from, 0)),
    );
    const last = ms[ms.length - 1];
    return last ? this.resolve(block, last) : null;
  }

  private quoteSpeaker(b: number, qi: number): Speaker | null {
    const block = this.doc.block(b);
    const q = block.quotes[qi]!;
    const sentOf = (offset: number) => block.sentences.find((s) => offset >= s.start && offset < s.end);
    // After the quote, in the same sentence: `…,” Peskov said` / `…,” said Peskov`.
    const closing = sentOf(Math.max(q.outerEnd - 1, 0));
    if (closing && !q.open) {
      const a0 = block.tokens.findIndex((t) => t.start >= q.outerEnd);
      const sp = a0 >= 0 && a0 < closing.t1 ? this.speechIn(block, a0, Math.min(closing.t1, a0 + 24)) : null;
      if (sp) return sp;
    }
    // `“….” Lavrov said.`: the quote closed its sentence and a short attribution follows.
    if (closing && !q.open) {
      const next = block.sentences[block.sentences.indexOf(closing) + 1];
      if (next && next.t1 - next.t0 <= 9 && next.start >= q.outerEnd) {
        const sp = this.speechIn(block, next.t0, next.t1);
        if (sp) return sp;
      }
    }
    // «…, — сказал он. — …», « …, a déclaré M. Peskov. … »: the author's words inside the quote marks.
    const q0 = block.tokens.findIndex((t) => t.start >= q.start);
    for (let i = q0; i >= 0 && i < block.tokens.length && block.tokens[i]!.end <= q.end; i++) {
      const prev = block.tokens[i - 1]?.raw ?? '';
      const prev2 = block.tokens[i - 2]?.raw ?? '';
      if (block.tokenCats[i]!.has('speech') && (/^[—–,]$/.test(prev) || /^[—–]$/.test(prev2))) {
        const sp = this.nearVerb(block, i, i, Math.min(block.tokens.length, i + 6), 4);
        if (sp) return sp;
      }
    }
    // Before the quote: `Peskov said: “…`.
    const opening = sentOf(q.outerStart) ?? block.sentences.find((s) => s.start >= q.outerStart);
    if (opening) {
      const b1 = block.tokens.findIndex((t) => t.start >= q.outerStart);
      const sp = this.speechIn(block, opening.t0, b1 < 0 ? block.tokens.length : b1);
      if (sp) return sp;
    }
    // The other parts of a split quote in the same paragraph.
    for (let k = 0; k < block.quotes.length; k++) {
      if (k === qi) continue;
      const other = this.forQuote(b, k);
      if (other) return other;
    }
    // A partial quote inside reported speech: "rejected as “absurd” a report…".
    const sentence = sentOf(q.outerStart);
    if (sentence) {
      const si = block.sentences.indexOf(sentence);
      const sp = this.forSentence(b, si);
      if (sp) return sp;
    }
    // A quote left open continues into the next paragraph, whose attribution covers it.
    if (q.open && b + 1 < this.doc.size) {
      const next = this.doc.block(b + 1);
      if (next.quotes.length > 0 && next.quotes[0]!.outerStart <= 2) {
        const sp = this.forQuote(b + 1, 0);
        if (sp) return sp;
      }
    }
    // A pull quote under a caption that only names the speaker ("Dmitry Peskov").
    for (let p = b - 1; p >= Math.max(0, b - 3); p--) {
      const prev = this.doc.block(p);
      if (prev.tokens.length > 6) break;
      const m = mentionsIn(this.doc.engine, prev, 0, prev.tokens.length).find((x) => x.actor?.kind === 'person');
      if (m) return { ...this.resolve(prev, m)!, attribution: 'context' };
    }
    // A paragraph that is only a quote continues the previous paragraph's speaker.
    for (let p = b - 1; p >= Math.max(0, b - 2); p--) {
      const prev = this.doc.block(p);
      for (let k = prev.quotes.length - 1; k >= 0; k--) {
        const sp = this.forQuote(p, k);
        if (sp) return { ...sp, attribution: 'context' };
      }
      for (let s = prev.sentences.length - 1; s >= 0; s--) {
        const sp = this.forSentence(p, s);
        if (sp) return { ...sp, attribution: 'context' };
      }
    }
    return null;
  }

  /** A speech verb in [t0, t1) with a speaker next to it. */
  private speechIn(block: PreparedBlock, t0: number, t1: number): Speaker | null {
    for (let i = t0; i < t1; i++) {
      if (!block.tokenCats[i]!.has('speech') && block.tokens[i]!.raw !== ':') continue;
      if (PARTICIPLE[block.lang]?.test(block.tokens[i]!.norm) && !PREPOSITIONAL.test(block.tokens[i]!.norm)) continue;
      const sp = this.nearVerb(block, i, t0, t1, 7);
      if (sp) return sp;
    }
    return null;
  }

  private nearVerb(block: PreparedBlock, v: number, t0: number, t1: number, after: number, subjectAgent = true): Speaker | null {
    const inQuote = (m: Mention) => block.quotes.some((q) => block.tokens[m.from]!.start >= q.start && block.tokens[m.from]!.start < q.end);
    const all = mentionsIn(this.doc.engine, block, Math.max(t0, v - 12), Math.min(t1, v + 1 + after)).filter((m) => !inQuote(m) || inQuote({ from: v } as Mention));
    // "State Department spokesperson": the body and its role are one speaker, resolved from the body.
    const ms = all.filter((m) => !(m.kind === 'generic' && all.some((o) => o.actor && o.actor.kind !== 'person' && o.to === m.from)));
    // Countries in a target phrase ("in U.S. elections") and places ("the embassy in Washington") are not speakers.
    const usable = ms.filter(
      (m) =>
        block.tokens[m.to]?.norm !== "'s" &&
        (
        m.actor?.kind === 'person' ||
        (!TARGET_CATS.some((c) => block.tokenCats[m.from]!.has(c)) && !(m.actor?.kind === 'state' && isLocative(block, m.from, t0)))),
    );
    const before = usable.filter((m) => m.to <= v).sort((a, b) => b.to - a.to);
    const afterMs = usable.filter((m) => m.from > v).sort((a, b) => a.from - b.from);
    // "according to X", "по словам X", "selon X": the speaker follows.
    const prepositional = PREPOSITIONAL.test(block.tokens[v]!.norm);
    // ", напомнил Рябков" / ", said Peskov": after a comma the speaker follows the verb.
    const inverted = block.tokens[v - 1]?.raw === ',' && afterMs[0] && afterMs[0].from - v <= 4;
    // "…, recalled Deputy Minister Sergei Ryabkov", "según la portavoz de Exteriores, María Zajárova":
    // a named person just after beats the ministry or the role noun before the name.
    const person = afterMs.find((m) => m.actor?.kind === 'person' || m.kind === 'name');
    const first = person && person.from - v <= 8 ? person : afterMs[0];
    const pick = !prepositional && !inverted && before[0] && v - before[0].to <= 10 ? before[0] : first;
    if (pick) return this.resolve(block, pick);
    // Subject dropped ("…», dijo."): the last person named before.
    const alone = !block.tokens[v - 1]?.word && !block.tokens[v + 1]?.word;
    if (after > 0 && alone && block.tokenCats[v]!.has('speech')) return this.lastMentioned(block, v);
    // "Russia says…", but not "indicted 13 Russians…, accusing them".
    return subjectAgent ? this.agentSubject(block, v, t0) : null;
  }

  /** "The Kremlin denied…", "Russia says…" when the subject is not a registry actor. */
  private agentSubject(block: PreparedBlock, v: number, t0: number): Speaker | null {
    for (let i = v - 1; i >= Math.max(t0, v - 4); i--) {
      const cats = block.tokenCats[i]!;
      if (block.tokens[i]!.norm === "'s" || cats.has('target-self') || cats.has('target-country')) continue;
      if (cats.has('agent-russia')) {
        return { name: block.tokens[i]!.raw, actor: null, attribution: 'explicit', russian: true };
      }
    }
    return null;
  }

  private resolve(block: PreparedBlock, m: Mention): Speaker | null {
    if (m.kind === 'pronoun') {
      const who = this.lastPerson(block.index, m.from, m.gender, null);
      return who ? { ...who, attribution: 'pronoun' } : null;
    }
    if (m.kind === 'generic') return this.resolveGeneric(block, m);
    // "the Kremlin envoy said": an institution followed by a generic role noun.
    const next = m.to < block.tokens.length ? block.tokenCats[m.to] : undefined;
    if (m.actor && m.actor.kind !== 'person' && next?.has('role-generic')) {
      const noun = block.tokens[m.to]!.norm;
      const who = this.lastPerson(block.index, m.from, null, ROLE_EN[noun] ?? noun);
      if (who && who.actor?.affiliation === m.actor.affiliation) return { ...who, attribution: 'context' };
    }
    const russian = isRussian(m.actor) || (!m.actor && this.nearRussian(block, m));
    return { name: m.actor && m.kind === 'role' ? m.actor.name : m.text, actor: m.actor, attribution: 'explicit', russian };
  }

  /** "…», aseguró.": the subject of the last sentence before the quote that names anyone. */
  private lastMentioned(block: PreparedBlock, v: number): Speaker | null {
    for (let p = block.index; p >= Math.max(0, block.index - 2); p--) {
      const b = this.doc.block(p);
      const quoted = (m: Mention) => b.quotes.some((q) => b.tokens[m.from]!.start >= q.start && b.tokens[m.from]!.start < q.end);
      const sentences = b.sentences.filter((s) => p !== block.index || s.t0 < v).reverse();
      for (const s of sentences) {
        const ms = mentionsIn(this.doc.engine, b, s.t0, p === block.index ? Math.min(s.t1, v) : s.t1).filter(
          (m) => !quoted(m) && m.kind !== 'pronoun' && !(m.actor?.kind === 'state' && isLocative(b, m.from, s.t0)),
        );
        const subject = ms.find((m) => !/^(desde|from|aus|de|depuis|из)$/.test(b.tokens[m.from - 1]?.norm ?? ''));
        if (subject) {
          const sp = this.resolve(b, subject);
          return sp ? { ...sp, attribution: 'context' } : null;
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
    if (depth === 0) {
      const earlier = this.earlierGeneric(block, m, norm);
      if (earlier) return this.resolveGeneric(earlier[0], earlier[1], 1);
    }
    const head = ROLE_EN[norm] ?? norm;
    // "the diplomat", "the official": any Russian official named just before.
    const who = /^(diplomat|official|дипломат|diplomate|diplomatico)$/.test(norm)
      ? this.lastPerson(block.index, m.from, m.gender, null, true)
      : this.lastPerson(block.index, m.from, m.gender, head);
    if (who) return { ...who, attribution: 'context' };
    const words = m.text.toLowerCase().split(/\s+/).filter((w) => w.length > 2);
    const fits = [...this.doc.engine.actors.values()].filter((a) => {
      const role = `${a.role ?? ''} ${a.name}`.toLowerCase();
      return words.every((w) => role.includes(w));
    });
    // One fitting actor, or several of one side (two Russian embassies): the side is what matters.
    if (fits.length > 0 && fits.every((a) => a.affiliation === fits[0]!.affiliation)) {
      const actor = fits[0]!;
      return { name: actor.name, actor, attribution: 'context', russian: isRussian(actor) };
    }
    // "die russische Botschaft in Berlin": unnamed, but plainly Russian.
    const russian = this.nearRussian(block, { ...m, to: m.from + 1 } as Mention);
    return russian ? { name: m.text, actor: null, attribution: 'explicit', russian } : null;
  }

  /** "a spokesman for the State Department", "portavoz del Departamento de Estado". */
  private bodyAfter(block: PreparedBlock, m: Mention): Speaker | null {
    const next = mentionsIn(this.doc.engine, block, m.to, Math.min(block.tokens.length, m.to + 4)).find(
      (x) => x.actor && x.actor.kind !== 'person' && x.from - m.to <= 3,
    );
    if (!next || !next.actor) return null;
    const between = block.tokens.slice(m.to, next.from).map((t) => t.norm);
    if (!between.every((w) => /^(of|for|from|at|the|de|del|du|des|la|el|der|des|am|у|из)$/.test(w))) return null;
    return { name: next.actor.name, actor: next.actor, attribution: 'explicit', russian: isRussian(next.actor) };
  }

  /** An earlier role phrase with the same head noun, in this paragraph or the two before. */
  private earlierGeneric(block: PreparedBlock, m: Mention, head: string): [PreparedBlock, Mention] | null {
    for (let p = block.index; p >= Math.max(0, block.index - 2); p--) {
      const b = this.doc.block(p);
      const ms = mentionsIn(this.doc.engine, b, 0, p === block.index ? m.from : b.tokens.length).reverse();
      const hit = ms.find((x) => x.kind === 'generic' && b.tokens[x.to - 1]!.norm === head);
      if (hit) return [b, hit];
    }
    return null;
  }

  private nearRussian(block: PreparedBlock, m: Mention): boolean {
    for (let i = Math.max(0, m.from - 5); i < Math.min(block.tokens.length, m.to + 6); i++) {
      if (block.tokenCats[i]!.has('agent-russia')) return true;
    }
    return false;
  }

  /** Last person named before (block, token) matching gender or role noun. */
  private lastPerson(b: number, tok: number, gender: 'm' | 'f' | null, roleNoun: string | null, russianOnly = false): Speaker | null {
    for (let p = b; p >= Math.max(0, b - LOOKBACK_BLOCKS); p--) {
      const block = this.doc.block(p);
      const ms = mentionsIn(this.doc.engine, block, 0, p === b ? tok : block.tokens.length).reverse();
      const quoted = (m: Mention) => block.quotes.some((q) => block.tokens[m.from]!.start >= q.start && block.tokens[m.from]!.start < q.end);
      for (const m of ms) {
        if (quoted(m) || m.kind === 'generic') continue;
        if (m.kind === 'pronoun') continue;
        if (m.actor && m.actor.kind !== 'person') continue;
        if (gender && m.gender && m.gender !== gender) continue;
        if (roleNoun && !(m.actor?.role ?? '').toLowerCase().includes(roleNoun)) continue;
        if (russianOnly && !isRussian(m.actor)) continue;
        const russian = isRussian(m.actor) || (!m.actor && this.nearRussian(block, m));
        return { name: m.actor?.name ?? m.text, actor: m.actor, attribution: 'explicit', russian };
      }
    }
    return null;
  }
}
