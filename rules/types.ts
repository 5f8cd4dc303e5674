/**
 * Engine input and output. Plain data only: these objects cross from the engine to the
 * content script, the background, the side panel and the CLI's JSON output.
 */

export type Lang = 'en' | 'ru' | 'de' | 'fr' | 'es';
export const LANGS: readonly Lang[] = ['en', 'ru', 'de', 'fr', 'es'];

export type PatternId =
  | 'denial'
  | 'counter_accusation'
  | 'dismissal'
  | 'misrepresentation'
  | 'deflection'
  | 'blame_shift';

export const PATTERNS: readonly PatternId[] = [
  'denial',
  'counter_accusation',
  'dismissal',
  'misrepresentation',
  'deflection',
  'blame_shift',
];

export type BlockKind = 'heading' | 'paragraph' | 'quote' | 'caption' | 'list-item';

export interface TextBlock {
  kind: BlockKind;
  text: string;
  /**
   * The block's language if known (two-letter code): its `lang` attribute, else detected by the
   * extractor. The engine analyses the block with this language's lexicon when it has one.
   */
  lang?: string;
}

export interface DocumentInput {
  blocks: TextBlock[];
  /** Page language if known (html lang, CLI flag); the engine also detects it per block. */
  lang?: string;
  title?: string;
  url?: string;
  /** ISO date (YYYY, YYYY-MM or YYYY-MM-DD) the page was published, if known. */
  published?: string;
}

/** How the speaker of a claim was found. */
export type Attribution = 'explicit' | 'pronoun' | 'context' | 'none';

/** One cue that made a rule fire, for "why this matched". */
export interface MatchedCue {
  /** speaker | agent | negation | predicate | target | evaluative | ... */
  role: string;
  /** The text as it stands in the block. */
  text: string;
}

export interface FindingAssessment {
  id: string;
  title: string;
  issuer: string;
  kind: string;
  /** ISO date, precision as known (YYYY, YYYY-MM, YYYY-MM-DD). */
  date: string;
  /** Primary source; null where the reference could not confirm an address. */
  url: string | null;
  archiveUrl: string | null;
  /** Indictments are allegations: their outcome so far, in our words. */
  outcome?: string;
  /** True for indictments and other charges not tested in court. */
  allegation: boolean;
  /** The neutral one-line finding, in our words ("U.S. intelligence assessed…"). */
  finding: string;
  datePrecision: 'day' | 'month' | 'year';
  /** Where `url` is null: what the public source is, and that its address is unverified. */
  sourceNote?: string;
  /** Later developments (e.g. a review disputing the assessment), oldest first. */
  later: { date: string; text: string }[];
  /** Why this assessment answers this claim (from the rule). */
  relevance: string;
}

export interface Finding {
  /** Stable within one analysis: `${block}:${start}:${ruleId}`. */
  id: string;
  block: number;
  /** Character offsets into blocks[block].text, end exclusive. */
  start: number;
  end: number;
  /** The claim exactly as it stands in the block. */
  text: string;
  quoted: boolean;
  /** Actor name as written (or the actor's canonical name when attributed by pronoun/context). */
  speaker: string | null;
  speakerId: string | null;
  attribution: Attribution;
  pattern: PatternId;
  packId: string;
  ruleId: string;
  /** ISO date of the statement: the page's date unless the text dates it. */
  claimDate: string | null;
  lang: Lang;
  /** Sorted by date, oldest first. */
  assessments: FindingAssessment[];
  cues: MatchedCue[];
  why: string;
}
