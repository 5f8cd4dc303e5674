/**
 * Engine input and output. Plain data only: these objects cross from the engine to the
 * content script, the background, the side panel and the CLI's JSON output.
 */

/** Languages and patterns are registered in rules/languages.json (via languages.ts) and rules/patterns.ts. */
export { LANGS, LANGUAGES, type Lang } from './languages';
export { PATTERNS, type PatternId } from './patterns';
import type { Lang } from './languages';
import type { PatternId } from './patterns';

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

/** An election: ISO 3166-1 alpha-2 country (EU for the European Parliament), and year (null: that country's elections in general). */
export interface ClaimElection {
  country: string;
  year: number | null;
}

/** Where the claim's election was read: its sentence, its passage, the page title, or a voting day it names. */
export type ElectionSource = 'claim' | 'passage' | 'title' | 'date';

/**
 * What the assessments of a finding answer. `election`: the claim names an election and
 * assessments about it come first; `country`: a country without one election; `uncovered`: the
 * bundled data has nothing on the election named (the card says so); `general`: no election
 * named, the strongest general set.
 */
export interface EvidenceScope {
  coverage: 'election' | 'country' | 'uncovered' | 'general';
  elections: ClaimElection[];
  from: ElectionSource | null;
  /** What the data says about the election as a whole (Georgia 2024: no official attribution). */
  note?: { en: string; ru: string };
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
  /** Why this assessment answers this claim (from the rule, or the election it concerns). */
  relevance: string;
  /** The elections it concerns (empty: none in particular). */
  elections: ClaimElection[];
  /** What the finding did not establish, shown beside it. */
  caveat?: string;
  /** Where no official address was verified: a news report of it whose address was seen. */
  report?: { by: string; url: string };
  /** This is a balancing finding for these assessments (shown right after them). */
  qualifies?: string[];
  /** True when it concerns the claim's election itself. */
  aboutClaimElection?: boolean;
  /**
   * Set when an imported pack, not Counterpoint's registry, defines this assessment: that pack's
   * publisher, shown with it so nobody takes it for part of the bundled record.
   */
  packPublisher?: string;
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
  /** The words that made the rule fire (offsets into the block, inside start…end). */
  core?: { start: number; end: number };
  quoted: boolean;
  /** The claim stands in a heading (a headline is never a direct quote of its speaker). */
  headline?: boolean;
  /** The registry's display name for a known actor (one name per person on a page), else the name as written. */
  speaker: string | null;
  speakerId: string | null;
  attribution: Attribution;
  pattern: PatternId;
  packId: string;
  ruleId: string;
  /** ISO date of the statement: the page's date unless the text dates it. */
  claimDate: string | null;
  lang: Lang;
  /** Most relevant first: the claim's election and country, assessments before allegations, most recent first. */
  assessments: FindingAssessment[];
  /** What those assessments answer (the claim's election, a country, nothing covered, or general). */
  scope: EvidenceScope;
  cues: MatchedCue[];
  why: string;
}
