/**
 * The data that ships with the extension: lexicons, registries and the bundled packs.
 * Static JSON imports, so the same module loads in the page bundle and in Node.
 */
import type { Lang } from './types';
import type { Actor, Assessment, Pack } from './schema/pack';
import type { ElectionsFile, LexiconFile } from './engine/compile';
import en from './lexicons/en.json';
import ru from './lexicons/ru.json';
import de from './lexicons/de.json';
import fr from './lexicons/fr.json';
import es from './lexicons/es.json';
import it from './lexicons/it.json';
import actorsFile from './data/actors.json';
import assessmentsFile from './data/assessments.json';
import internationalFile from './data/assessments-international.json';
import electionsFile from './data/elections.json';
import denials from './packs/election-interference-denials.json';
import counter from './packs/counter-accusations.json';
import dismissals from './packs/dismissals.json';
import misrepresented from './packs/misrepresented-findings.json';
import deflections from './packs/deflections.json';
import blameShift from './packs/relations-blame-shift.json';

/** `satisfies`: the compiler checks that every language defines every grammar class. */
export const LEXICONS: Record<Lang, LexiconFile> = { en, ru, de, fr, es, it } satisfies Record<Lang, LexiconFile>;
export const ACTORS = actorsFile.actors as unknown as Actor[];
/** U.S. assessments (assessments.json), then the international ones (assessments-international.json). */
export const ASSESSMENTS = [
  ...assessmentsFile.assessments,
  ...internationalFile.assessments,
] as unknown as Assessment[];
export const ELECTIONS = electionsFile as unknown as ElectionsFile;

/** Bundled packs in display order; the first is the core pack. */
export const BUNDLED_PACKS = [
  denials,
  counter,
  dismissals,
  misrepresented,
  deflections,
  blameShift,
] as unknown as Pack[];

/** Every cue category the lexicons define (plus rule-local "terms"). */
export const KNOWN_CATEGORIES: ReadonlySet<string> = new Set(
  Object.values(LEXICONS).flatMap((l) => Object.keys(l.categories)),
);
