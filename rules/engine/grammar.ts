/**
 * Grammar classes: the function words the engine's logic consults word by word (prepositions,
 * articles, auxiliaries, complementizers…), written per language in `rules/lexicons/<lang>.json`
 * under `grammar` and compiled once per engine. Engine modules keep only the logic: which class
 * a position must (not) belong to.
 *
 * A class is the union of every language's list, as one regex of all languages was before: pages
 * mix languages (a French "de" inside an English quote), and blocks are analysed in one language.
 * Syntax of an entry: a folded word ("de", "qu'", "u.s."), "word*" for any ending, "*ending" for
 * any beginning, "*part*" for a word containing it.
 */
import { fold } from './tokens';

/** Every grammar class; each language's lexicon defines each one (an empty list is allowed). */
export const GRAMMAR_CLASSES = [
  // frame-base: "the internal affairs of the United States"
  'genitive',
  'article',
  // frame-agent: who does the predicate
  'blame-prep', // "the fault lies with …"
  'locative', // "the embassy in Washington": a place, not an agent
  'auxiliary', // between a subject and its predicate
  'genitive-article', // "Einmischung der USA"
  'agent-prep', // "interference by Russia"
  'agent-filler', // words passed over looking for that agent
  'conjunction', // "and" joining two clauses
  'possessive-we', // "our elections"
  'relative-pronoun',
  'complementizer', // "said that …"
  'wh-subject', // "Quien se inmiscuye … es"
  'cleft-head', // "those" in "those who"
  'cleft-relative', // "who" in "those who"
  'copula',
  'judgement-copula', // "… is a fake", "… является фальшивкой" (frame-falsity.ts)
  'claim-noun', // "information about …": a subject whose content can be called false
  'comparison', // "as shamelessly as the United States"
  // frame-polarity: is the predicate negated, denied, asked about
  'about-prep', // "questions about interference"
  'question-noun',
  'accused-gap', // "accuse us of"
  'means-verb', // "does not mean that"
  'participle-ending', // "never tires of saying"
  'verb-second-predicate', // "mischt sich nicht … ein"
  'existential-subject', // "es gebe keine"
  'existential-negation',
  'existential-verb',
  'existential-verb-before', // "gebe es nicht"
  'separable-verb', // "weist … zurück"
  'separable-particle',
  'particle-pair-head', // "weist … von sich": a particle of two words, this one first…
  'particle-pair-tail', // …and this one second
  'intent-after', // "вмешиваться … не намерены": a negated verb of intent after the infinitive
  // frame-target: what the predicate is about
  'weak-predicate', // "involvement", "nothing to do with": the topic comes from what follows
  'with-object', // "interfere with the signal"
  'anaphor-prep', // "in such activities"
  'anaphor',
  // speaker-verbs: who speaks next to a verb
  'adverbial-participle', // "…, saying that": read in the block's own language
  'according-to', // "according to", "selon": a preposition, not a participle
  'deny-noun', // "Putin's denials": the possessor denies
  'viewpoint-prep', // "Para Moscú, …"
  'closing-source', // "…, so Lawrow.": after a comma, before the name that closes the sentence
  'adverbial-opener', // "Después añadió…": still no subject
  'object-prep', // "en su canal": not a subject
  'possessive-det', // "su", "их": not a subject
  // speaker: the attributor
  'relative-after-prep', // "selon lesquelles", "según las cuales": a relative clause, not a source
  // mentions: who is named
  'name-stop', // capitalised words that start no name ("The", "President", "Monday")
  'personal-pronoun', // "he", "elle": a pronoun, not "his"
  'inverted-he', // "a-t-il déclaré"
  'inverted-she',
  'determiner', // where a generic role phrase starts ("the foreign ministry spokeswoman")
  'female-marker', // "spokeswoman", "Sprecherin"
  // speaker-resolve: which person or body a role phrase means
  'role-minister', // role nouns, by the word the registry's (English) roles use
  'role-spokes',
  'role-ambassador',
  'role-envoy',
  'institution-ministry', // a body, never its spokesperson
  'institution-embassy',
  'source-prep', // "from Moscow": not a subject
  'interview-noun', // "in an interview with Oliver Stone": the interviewer is not who "he" is
  'official-noun', // "the diplomat": any Russian official named before
  'diplomats-noun', // "Russian diplomats said": the embassy named before
  'body-link', // "a spokesman for the State Department"
  'statement-noun', // "Comment by the Russian Mission…": a statement page's heading
  'claim-label', // "Disinfo: …": a fact-check page quoting a claim of pro-Kremlin media
  'summary-heading', // "Summary": the claim restated, up to…
  'disproof-heading', // "Disproof": …the fact-checker's own words
  // sentences: a period after these ends no sentence
  'abbreviation', // "Mr.", "bzw.", "Sra."
  'number-abbreviation', // "No. 10": only before a number
  // import/claim-terms: words a fact-checked claim's key phrases are not made of
  'stopword',
] as const;
export type GrammarClass = (typeof GRAMMAR_CLASSES)[number];

/**
 * What a language does that changes where the engine looks, listed in its lexicon's `traits`:
 * - `pro-drop`: finite verbs often drop their subject ("…; calificó el informe de…");
 * - `verb-final`: the verb comes last or second ("keinerlei Absicht, sich in die Wahl … einzumischen"):
 *   longer gaps, negations and denial verbs after the predicate, objects anywhere before it;
 * - `noun-compounds`: one word holds the target ("Wahleinmischung");
 * - `capitalised-nouns`: a capital letter does not mark a name;
 * - `genitive-s`: a genitive without article ("die inneren Angelegenheiten Russlands");
 * - `free-object-order`: the target may stand before the predicate ("в выборы не вмешивались");
 * - `postnominal-adjective`: "ingérence étrangère", "injerencia rusa";
 * - `locative-subject`: a capital before a verb of saying speaks ("В Вашингтоне говорят").
 */
export const TRAITS = [
  'pro-drop',
  'verb-final',
  'noun-compounds',
  'capitalised-nouns',
  'genitive-s',
  'free-object-order',
  'postnominal-adjective',
  'locative-subject',
  'case-genitive',
] as const;
export type Trait = (typeof TRAITS)[number];

/** A language's traits as a set (unknown names are left out; a test keeps the files clean). */
export function traitsOf(file: GrammarLists): ReadonlySet<Trait> {
  return new Set(TRAITS.filter((t) => file.traits.includes(t)));
}

/** One class: exact words in a set, then the few prefix and suffix entries. */
export class WordSet {
  private exact = new Set<string>();
  private prefixes: string[] = [];
  private suffixes: string[] = [];
  private infixes: string[] = [];

  add(entry: string): void {
    const word = fold(entry.trim());
    if (word.length > 2 && word.startsWith('*') && word.endsWith('*')) this.infixes.push(word.slice(1, -1));
    else if (word.length > 1 && word.endsWith('*')) this.prefixes.push(word.slice(0, -1));
    else if (word.length > 1 && word.startsWith('*')) this.suffixes.push(word.slice(1));
    else this.exact.add(word);
  }

  /** Whether a folded word (a token's `norm`) belongs to the class. */
  has(word: string): boolean {
    if (this.exact.has(word)) return true;
    for (const p of this.prefixes) if (word.startsWith(p)) return true;
    for (const s of this.suffixes) if (word.endsWith(s)) return true;
    for (const s of this.infixes) if (word.includes(s)) return true;
    return false;
  }
}

export type Grammar = Record<GrammarClass, WordSet>;

/** The lexicon file's part this module reads: every class, each a list (maybe empty). */
export interface GrammarLists {
  grammar: Record<GrammarClass, readonly string[]>;
  traits: readonly string[];
}

/** Each class as the union of the given languages' lists. */
export function compileGrammar(files: Iterable<GrammarLists>): Grammar {
  const out = Object.fromEntries(GRAMMAR_CLASSES.map((c) => [c, new WordSet()])) as Grammar;
  for (const file of files) {
    for (const c of GRAMMAR_CLASSES) for (const entry of file.grammar[c] ?? []) out[c].add(entry);
  }
  return out;
}
