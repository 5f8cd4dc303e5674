/**
 * Who is mentioned where: registry actors (by alias or role noun), pronouns, and
 * capitalised names we do not know. Attribution picks among these.
 */
import type { Actor } from '../schema/pack';
import type { Engine } from './compile';
import { firstMatchFrom, type PreparedBlock } from './prepared';

export type MentionKind = 'actor' | 'role' | 'pronoun' | 'name' | 'generic';

export interface Mention {
  kind: MentionKind;
  from: number;
  to: number;
  /** Text as written. */
  text: string;
  actor: Actor | null;
  gender: 'm' | 'f' | null;
}

export function mentionsIn(engine: Engine, block: PreparedBlock, t0: number, t1: number): Mention[] {
  const out: Mention[] = [];
  const covered = new Set<number>();
  for (let k = firstMatchFrom(block.matches, t0); k < block.matches.length && block.matches[k]!.from < t1; k++) {
    const m = block.matches[k]!;
    const text = block.text.slice(block.tokens[m.from]!.start, block.tokens[m.to - 1]!.end);
    if (m.category.startsWith('actor:') || m.category.startsWith('role:')) {
      const actor = engine.actors.get(m.category.slice(m.category.indexOf(':') + 1)) ?? null;
      const kind: MentionKind = m.category.startsWith('actor:') ? 'actor' : 'role';
      out.push({ kind, from: m.from, to: m.to, text, actor, gender: actor?.gender ?? null });
      for (let k = m.from; k < m.to; k++) covered.add(k);
    } else if (m.category === 'pron-he' || m.category === 'pron-she') {
      if (m.to - m.from !== 1 || !block.grammar['personal-pronoun'].has(block.tokens[m.from]!.norm)) continue;
      out.push({
        kind: 'pronoun',
        from: m.from,
        to: m.to,
        text,
        actor: null,
        gender: m.category === 'pron-he' ? 'm' : 'f',
      });
    }
  }
  // French inversion: "a-t-elle écrit", "a-t-il déclaré", "estime-t-il".
  for (let i = t0; i < t1; i++) {
    const norm = block.tokens[i]!.norm;
    if (!norm.includes('-')) continue;
    const gender = block.grammar['inverted-he'].has(norm) ? 'm' : block.grammar['inverted-she'].has(norm) ? 'f' : null;
    if (gender) out.push({ kind: 'pronoun', from: i, to: i + 1, text: block.tokens[i]!.raw, actor: null, gender });
  }
  // Generic role phrases: "the foreign ministry spokeswoman", "the embassy", "the envoy".
  for (let i = t0; i < t1; i++) {
    if (covered.has(i) || !block.tokenCats[i]!.has('role-generic')) continue;
    let a = i;
    while (
      a > t0 &&
      a > i - 3 &&
      block.tokens[a - 1]!.word &&
      !block.grammar.determiner.has(block.tokens[a - 1]!.norm) &&
      !covered.has(a - 1) &&
      !block.tokenCats[a - 1]!.has('speech')
    )
      a--;
    let b = i + 1;
    while (b < t1 && block.tokenCats[b]!.has('role-generic')) b++;
    // "les autorités russes", "las autoridades de Rusia", "власти России": the group with its country.
    if (block.wordClasses['collective-noun'].has(block.tokens[b - 1]!.norm)) {
      const of = b + 1 < t1 && block.grammar.genitive.has(block.tokens[b]!.norm) ? 1 : 0;
      if (b + of < t1 && block.tokenCats[b + of]!.has('agent-russia')) {
        b += of + 1;
        for (let k = out.length - 1; k >= 0; k--)
          if (out[k]!.actor && out[k]!.from >= a && out[k]!.to <= b) out.splice(k, 1);
      }
    }
    const text = block.text.slice(block.tokens[a]!.start, block.tokens[b - 1]!.end);
    out.push({
      kind: 'generic',
      from: a,
      to: b,
      text,
      actor: null,
      gender: block.tokens.slice(a, b).some((t) => block.grammar['female-marker'].has(t.norm)) ? 'f' : null,
    });
    for (let k = a; k < b; k++) covered.add(k);
    i = b - 1;
  }
  // Misspelt surnames ("Peskow", "Lavorv"): one edit away from a registry surname.
  for (let i = t0; i < t1; i++) {
    if (covered.has(i) || !isNameWord(block, i) || block.tokens[i]!.norm.length < 5) continue;
    const actor = nearSurname(engine, block.tokens[i]!.norm);
    if (!actor) continue;
    out.push({ kind: 'actor', from: i, to: i + 1, text: block.tokens[i]!.raw, actor, gender: actor.gender ?? null });
    covered.add(i);
  }
  // Unknown capitalised names ("said Yuri Ushakov"): runs of 2-3 capitalised words.
  for (let i = t0; i < t1; i++) {
    if (covered.has(i) || !isNameWord(block, i)) continue;
    let j = i;
    while (j < t1 && j - i < 3 && !covered.has(j) && isNameWord(block, j)) j++;
    // One capitalised word right after a verb of saying that ends the clause ("…», dijo Malayán."): a surname.
    const afterVerb =
      j - i === 1 &&
      !block.traits.has('capitalised-nouns') &&
      i > 0 &&
      block.tokenCats[i - 1]!.has('speech') &&
      block.tokens[i]!.norm.length >= 3 &&
      !(block.tokens[i + 1]?.word ?? false);
    if (j - i >= 2 || afterVerb) {
      const text = block.text.slice(block.tokens[i]!.start, block.tokens[j - 1]!.end);
      out.push({ kind: 'name', from: i, to: j, text, actor: null, gender: null });
    }
    i = j;
  }
  // "russische Botschaft in Washington" beats the "russische Botschaft" inside it.
  const kept = out.filter((m) => !insideLongerActor(m, out));
  return kept.sort((a, b) => a.from - b.from);
}

/**
 * Whether a longer actor mention covers m. Only actor mentions take part; they are compared with
 * the few that start within the longest one's length before m (a look-back of a thousand tokens
 * holds hundreds of mentions, and comparing every pair was most of attribution's time).
 */
function insideLongerActor(m: Mention, all: Mention[]): boolean {
  if (!m.actor) return false;
  const { list, longest } = actorsByStart(all);
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.from < m.from - longest) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < list.length && list[k]!.from <= m.from; k++) {
    const o = list[k]!;
    if (o !== m && o.to >= m.to && o.to - o.from > m.to - m.from) return true;
  }
  return false;
}

const sortedActors = new WeakMap<Mention[], { list: Mention[]; longest: number }>();

function actorsByStart(all: Mention[]): { list: Mention[]; longest: number } {
  let entry = sortedActors.get(all);
  if (!entry) {
    const list = all.filter((o) => o.actor).sort((a, b) => a.from - b.from);
    entry = { list, longest: list.reduce((n, o) => Math.max(n, o.to - o.from), 0) };
    sortedActors.set(all, entry);
  }
  return entry;
}

function isNameWord(block: PreparedBlock, i: number): boolean {
  const t = block.tokens[i]!;
  // Lower-case ASCII and digits are most tokens: no regex for them.
  const c = t.raw.charCodeAt(0);
  if (!t.word || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || !/^\p{Lu}\p{Ll}/u.test(t.raw)) return false;
  if (block.grammar['name-stop'].has(t.norm)) return false;
  const cats = block.tokenCats[i]!;
  for (const c of cats)
    if (c.startsWith('agent-') || c.startsWith('target-') || c === 'speech' || c === 'title') return false;
  return true;
}

function nearSurname(engine: Engine, word: string): Actor | null {
  for (const { name, actor } of engine.surnames.get(word[0]!) ?? []) {
    if (Math.abs(name.length - word.length) <= 1 && editDistanceAtMostOne(name, word)) return actor;
  }
  return null;
}

/** True when a and b differ by at most one insertion, deletion, substitution or swap. */
export function editDistanceAtMostOne(a: string, b: string): boolean {
  if (a === b) return true;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  return long.slice(i + 1) === short.slice(i);
}

export function isRussian(actor: Actor | null): boolean {
  return !!actor && actor.affiliation.startsWith('russia');
}
