/**
 * Who speaks next to a verb: the name before or after a verb of saying, denying, accusing or
 * offering ("…,” Peskov said / said Dmitry Peskov / according to …), appositions ("Slutsky, who
 * chairs the committee, told…"), dropped subjects, "Para X, …" openers, and the subject of a
 * participle. Used by the Attributor (speaker.ts) for quotes and reported clauses.
 */
import { isLocative } from './frames';
import { mentionsIn, type Mention } from './mentions';
import type { PreparedBlock, PreparedDoc } from './prepared';
import { inQuote as insideQuote, quoteAt } from './quotes';
import type { Resolver, Speaker } from './speaker-resolve';

export const TARGET_CATS = ['target-country', 'target-self', 'target-election'];

/** "…, saying that…", "qualifiant", "calificando", "назвав": the participle's subject is the sentence's. */
export function isParticiple(block: PreparedBlock, i: number): boolean {
  const norm = block.tokens[i]!.norm;
  return block.ownGrammar['adverbial-participle'].has(norm) && !block.grammar['according-to'].has(norm);
}

function isComplementizer(block: PreparedBlock, norm: string): boolean {
  return norm === ':' || block.grammar.complementizer.has(norm);
}

export class VerbSpeakers {
  constructor(
    private readonly doc: PreparedDoc,
    private readonly resolver: Resolver,
  ) {}

  viewpointOpener(block: PreparedBlock, t0: number, t1: number): Speaker | null {
    if (!block.grammar['viewpoint-prep'].has(block.tokens[t0]?.norm ?? '')) return null;
    let comma = -1;
    for (let i = t0 + 1; i < Math.min(t1, t0 + 10); i++) {
      if (block.tokens[i]!.raw === ',') {
        comma = i;
        break;
      }
    }
    if (comma < 0) return null;
    const ms = mentionsIn(this.doc.engine, block, t0 + 1, comma).filter((m) => m.kind !== 'pronoun');
    // A person named in the phrase beats the role noun before the name ("para la analista Marta L.").
    const m = ms.find((x) => x.actor?.kind === 'person' || x.kind === 'name') ?? ms[0];
    return m ? this.resolver.resolve(block, m) : null;
  }

  /**
   * "Russland halte sich heraus …, so Lawrow.": a source word after a comma, the name right
   * after it and then the sentence's end, names the speaker of the whole sentence — before any
   * verb inside it ("halte") is read as a verb of saying.
   */
  closingSource(block: PreparedBlock, t0: number, t1: number): Speaker | null {
    // "Accusations … groundless — diplomat", "… — Kremlin": a wire headline names its source after a dash.
    for (let i = Math.max(t0 + 1, t1 - 6); i < t1 - 1; i++) {
      if (!/^[—–]$/.test(block.tokens[i]!.raw)) continue;
      const m = mentionsIn(this.doc.engine, block, i + 1, t1).find((x) => x.from === i + 1 && x.kind !== 'pronoun');
      if (m && t1 - m.to <= 1) return this.resolver.resolve(block, m);
    }
    for (let i = t1 - 2; i > t0; i--) {
      if (!block.grammar['closing-source'].has(block.tokens[i]!.norm) || block.tokens[i - 1]!.raw !== ',') continue;
      const m = mentionsIn(this.doc.engine, block, i + 1, t1).find((x) => x.from === i + 1 && x.kind !== 'pronoun');
      // Only the sentence's last words: "…, so Lawrow." / "…, so Lawrow am Montag."
      if (m && t1 - m.to <= 4) return this.resolver.resolve(block, m);
    }
    return null;
  }

  /** A speech verb in [t0, t1) with a speaker next to it. */
  speechIn(block: PreparedBlock, t0: number, t1: number, verbBefore = t1): Speaker | null {
    for (let i = t0; i < Math.min(t1, verbBefore); i++) {
      if (!block.tokenCats[i]!.has('speech') && block.tokens[i]!.raw !== ':') continue;
      if (verbBefore < t1 && isComplementizer(block, block.tokens[i + 1]?.norm ?? '')) continue;
      if (isParticiple(block, i)) continue;
      const sp = this.nearVerb(block, i, t0, t1, 7);
      if (sp) return sp;
    }
    return null;
  }

  nearVerb(
    block: PreparedBlock,
    v: number,
    t0: number,
    t1: number,
    after: number,
    subjectAgent = true,
  ): Speaker | null {
    const inQuote = (m: Mention) => quoteAt(block.quotes, block.tokens[m.from]!.start) >= 0;
    const agent = this.passiveAgent(block, v, t1);
    if (agent) return agent;
    const all = mentionsIn(this.doc.engine, block, Math.max(t0, v - 18), Math.min(t1, v + 1 + after)).filter(
      (m) => !inQuote(m) || inQuote({ from: v } as Mention),
    );
    // "State Department spokesperson": the body and its role are one speaker, resolved from the body.
    const ms = all.filter(
      (m) => !(m.kind === 'generic' && all.some((o) => o.actor && o.actor.kind !== 'person' && o.to === m.from)),
    );
    // Countries in a target phrase ("in U.S. elections") and places ("the embassy in Washington") are not speakers.
    const usable = ms.filter(
      (m) =>
        block.tokens[m.to]?.norm !== "'s" &&
        (m.actor?.kind === 'person' ||
          // A role phrase is judged by its head noun ("European officials" is no country).
          (!TARGET_CATS.some((c) => block.tokenCats[m.kind === 'generic' ? m.to - 1 : m.from]!.has(c)) &&
            // "В Вашингтоне говорят": in Russian a capital right before the verb is who speaks.
            !(
              m.actor?.kind === 'state' &&
              isLocative(block, m.from, t0) &&
              !(block.traits.has('locative-subject') && m.to === v && block.tokenCats[v]!.has('speech'))
            ))),
    );
    const before = usable.filter((m) => m.to <= v).sort((a, b) => b.to - a.to);
    // "afirmó que Washington no ha presentado…": after "that" comes the reported clause's subject.
    let clauseAt = -1;
    for (let k = v + 1; k <= Math.min(v + 2, block.tokens.length - 1) && clauseAt < 0; k++) {
      if (block.grammar.complementizer.has(block.tokens[k]!.norm)) clauseAt = k;
    }
    const afterMs = usable
      .filter((m) => m.from > v && (clauseAt < 0 || m.from < clauseAt))
      .sort((a, b) => a.from - b.from);
    // "according to X", "по словам X", "selon X": the speaker follows.
    const prepositional = block.grammar['according-to'].has(block.tokens[v]!.norm);
    // ", напомнил Рябков" / ", said Peskov": after a comma the speaker follows the verb.
    // Not after an appositive that ends on the name: "Russia's ambassador, Vassily Nebenzia, told a Security Council…".
    const inverted =
      block.tokens[v - 1]?.raw === ',' &&
      afterMs[0] &&
      afterMs[0].from - v <= 4 &&
      !(before[0] && before[0].to === v - 1 && before[0].kind !== 'generic');
    // "…, recalled Deputy Minister Sergei Ryabkov", "según la portavoz de Exteriores, María Zajárova":
    // a named person just after beats the ministry or the role noun before the name.
    // A registry person beats a capitalised phrase we do not know ("el viceministro de Asuntos Exteriores, Sergei Ryabkov").
    const person =
      afterMs.find((m) => m.actor?.kind === 'person' && m.from - v <= 10) ??
      afterMs.find((m) => m.actor?.kind === 'person' || m.kind === 'name');
    const first = person && person.from - v <= 8 ? person : afterMs[0];
    // "Leonid Slutsky, who chairs the Duma's committee, told…": an appositive stretches the gap.
    const appositive = before[0] ? block.tokens.slice(before[0].to, v).some((t) => t.raw === ',') : false;
    const reach = appositive ? 16 : 10;
    // "Maria Zakharova, the Foreign Ministry spokeswoman, accused…": the name before the apposition speaks.
    const apposed = prepositional ? null : this.apposedSubject(block, v, t0, before);
    // "The Kremlin denied claims that Russia meddled and said…": a verb after "and" shares the earlier verb's subject.
    const shared = prepositional || inverted ? null : this.coordinatedSubject(block, v, t0, subjectAgent);
    if (shared) return shared;
    const pick = apposed ?? (!prepositional && !inverted && before[0] && v - before[0].to <= reach ? before[0] : first);
    // A colon speaks only for the name right before it ("Putin: Russia…"), never for what follows.
    if (block.tokens[v]!.raw === ':') {
      const named = before.find((m) => m.to === v);
      return named ? this.resolver.resolve(block, named) : null;
    }
    // French inversion: the pronoun is inside the verb ("assure-t-il").
    const invertedPronoun = ms.find((m) => m.kind === 'pronoun' && m.from === v);
    if (invertedPronoun) return this.resolver.resolve(block, invertedPronoun);
    if (pick) return this.resolver.resolve(block, pick);
    // Subject dropped ("…», dijo."): the last person named before.
    const alone = !block.tokens[v - 1]?.word && !block.tokens[v + 1]?.word;
    if (after > 0 && alone && block.tokenCats[v]!.has('speech')) return this.resolver.lastMentioned(block, v);
    // "En su canal de Telegram calificó el informe de…": a pro-drop verb with nobody named before
    // it in its sentence speaks for the subject of the previous sentence.
    if (
      after > 0 &&
      block.traits.has('pro-drop') &&
      block.tokenCats[v]!.has('speech') &&
      this.subjectDropped(block, v, t0)
    ) {
      const prev = this.resolver.lastMentioned(block, t0);
      if (prev) return prev;
    }
    // "Maria Zakharova, …, accused Washington of … and said…": a coordinated verb shares the sentence's subject.
    if (after > 0 && block.grammar.conjunction.has(block.tokens[v - 1]?.norm ?? '')) {
      const subject = mentionsIn(this.doc.engine, block, t0, Math.min(t1, t0 + 3)).find(
        (m) => m.kind !== 'pronoun' && m.from <= t0 + 1 && !inQuote(m),
      );
      if (subject && (subject.actor?.kind === 'person' || subject.kind === 'name'))
        return this.resolver.resolve(block, subject);
    }
    // "Russia says…", but not "indicted 13 Russians…, accusing them".
    return subjectAgent ? this.agentSubject(block, v, t0) : null;
  }

  /** The subject of the verb of saying or denying before "and VERB" in the same sentence, if one is named before it. */
  private coordinatedSubject(block: PreparedBlock, v: number, t0: number, subjectAgent: boolean): Speaker | null {
    if (v < 2 || !block.wordClasses.coordinator.has(block.tokens[v - 1]!.norm) || !block.tokenCats[v]!.has('speech'))
      return null;
    for (let k = v - 2; k >= Math.max(t0, v - 25); k--) {
      const c = block.tokenCats[k]!;
      if (!block.tokens[k]!.word && /^[.;:!?]$/.test(block.tokens[k]!.raw)) return null;
      if (c.has('speech') || c.has('deny-verb') || c.has('accuse-verb') || c.has('dismiss-verb')) {
        if (!block.tokens.slice(t0, k).some((t) => t.word)) return null;
        return this.nearVerb(block, k, t0, k + 1, 0, subjectAgent);
      }
    }
    return null;
  }

  /** "…, which Moscow has denied" no; "… were denied by the Kremlin", "desmentido por Putin": the agent after "by". */
  private passiveAgent(block: PreparedBlock, v: number, t1: number): Speaker | null {
    for (let k = v + 1; k <= Math.min(v + 2, t1 - 2); k++) {
      if (!block.wordClasses['passive-by'].has(block.tokens[k]!.norm)) continue;
      const ms = mentionsIn(this.doc.engine, block, k + 1, Math.min(t1, k + 6)).filter((x) => x.kind !== 'pronoun');
      // "by the Kremlin spokesman Dmitry Peskov": the person, not the body in his title.
      const m = ms.find((x) => x.actor?.kind === 'person') ?? ms[0];
      return m && m.from - k <= 3 ? this.resolver.resolve(block, m) : null;
    }
    return null;
  }

  /**
   * "NAME, <apposition>, VERB": a person right before a comma-enclosed phrase that ends at the verb
   * ("Leonid Slutsky, a senior member of the State Duma, told…"). Null when the phrase names a person.
   */
  private apposedSubject(block: PreparedBlock, v: number, t0: number, before: Mention[]): Mention | null {
    if (block.tokens[v - 1]?.raw !== ',' || !before[0]) return null;
    let c0 = -1;
    for (let i = v - 2; i >= Math.max(t0 + 1, v - 14); i--) {
      if (block.tokens[i]!.raw === ',') {
        c0 = i;
        break;
      }
      if (!block.tokens[i]!.word && block.tokens[i]!.raw !== "'s" && block.tokens[i]!.raw !== '-') return null;
      if (block.tokenCats[i]!.has('speech')) return null;
    }
    if (c0 < 0) return null;
    const subject = before.find((m) => m.to === c0);
    if (!subject || !(subject.actor?.kind === 'person' || subject.kind === 'name')) return null;
    if (before.some((m) => m.from > c0 && m.actor?.kind === 'person')) return null;
    return subject;
  }

  /**
   * Whether the verb has no subject of its own: the sentence opens on the verb or on an adverbial
   * ("En su canal de Telegram calificó…", "Después añadió…"), and nobody is named before the verb.
   * "El Gobierno español denunció…" has a subject the registry does not know.
   */
  private subjectDropped(block: PreparedBlock, v: number, t0: number): boolean {
    if (v !== t0 && !block.grammar['adverbial-opener'].has(block.tokens[t0]!.norm)) return false;
    return !this.hasSubjectBefore(block, v, t0);
  }

  /** Anyone or anything that could be the verb's subject before it in the sentence. */
  private hasSubjectBefore(block: PreparedBlock, v: number, t0: number): boolean {
    if (mentionsIn(this.doc.engine, block, t0, v).length > 0) return true;
    for (let i = t0; i < v; i++) {
      const cats = block.tokenCats[i]!;
      if (!(
        cats.has('agent-russia') ||
        cats.has('agent-accuser') ||
        cats.has('agent-other') ||
        cats.has('pron-we') ||
        cats.has('pron-they')
      ))
        continue;
      // "en su canal", "в их докладе": possessives and objects of prepositions are not subjects.
      if (
        block.grammar['possessive-det'].has(block.tokens[i]!.norm) ||
        block.grammar['object-prep'].has(block.tokens[i - 1]?.norm ?? '')
      )
        continue;
      return true;
    }
    return false;
  }

  /** "The Kremlin denied…", "Russia says…" when the subject is not a registry actor. */
  private agentSubject(block: PreparedBlock, v: number, t0: number): Speaker | null {
    for (let i = v - 1; i >= Math.max(t0, v - 4); i--) {
      const cats = block.tokenCats[i]!;
      // "…against Russian journalists” and said": a word inside a quote is not the subject.
      if (cats.has('agent-russia') && insideQuote(block.quotes, block.tokens[i]!.start, block.tokens[i]!.end)) continue;
      if (block.tokens[i]!.norm === "'s" || cats.has('target-self') || cats.has('target-country')) continue;
      if (cats.has('agent-russia')) {
        return { name: block.tokens[i]!.raw, actor: null, attribution: 'explicit', russian: true };
      }
    }
    return null;
  }
}
