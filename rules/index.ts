/**
 * Public API of the engine. Everything here is pure and runs in Node and in the page.
 *
 *   const engine = createEngine();            // bundled packs
 *   const findings = analyze(engine, { blocks: [{ kind: 'paragraph', text }] });
 */
import { ACTORS, ASSESSMENTS, BUNDLED_PACKS, ELECTIONS, KNOWN_CATEGORIES, LEXICONS } from './bundled';
import { compileEngine, type Engine, type EngineInput } from './engine/compile';
import type { Pack } from './schema/pack';
import { validatePack, type PackResult } from './schema/validate';

export { analyze, startAnalysis, type Analysis, type AnalysisOptions } from './engine/analyze';
export type { Engine, EngineInput } from './engine/compile';
export type { Pack, Rule, Actor, Assessment } from './schema/pack';
export type { PackError, PackResult } from './schema/validate';
export * from './types';
export { PATTERN_NAMES, patternName, type PatternNameLang } from './patterns';
export { BUNDLED_PACKS, ACTORS, ASSESSMENTS, ELECTIONS } from './bundled';

/** Compiles an engine for `packs` (default: every bundled pack). */
export function createEngine(packs: readonly Pack[] = BUNDLED_PACKS): Engine {
  return compileEngine(engineInput(packs));
}

/** The plain data an engine is compiled from: what the background sends to a page. */
export function engineInput(packs: readonly Pack[] = BUNDLED_PACKS): EngineInput {
  return { lexicons: LEXICONS, actors: ACTORS, assessments: ASSESSMENTS, elections: ELECTIONS, packs };
}

/** Ids of the packs that ship with Counterpoint. */
export const BUNDLED_PACK_IDS: ReadonlySet<string> = new Set(BUNDLED_PACKS.map((p) => p.id));
const BUNDLED_ASSESSMENT_IDS: ReadonlySet<string> = new Set(ASSESSMENTS.map((a) => a.id));
const BUNDLED_ACTOR_IDS: ReadonlySet<string> = new Set(ACTORS.map((a) => a.id));

/**
 * Validates a pack against the bundled registries: it may cite their assessments, but neither
 * its assessments nor its actors may take a bundled id (issue #14).
 */
export function checkPack(input: unknown): PackResult {
  return validatePack(input, {
    knownAssessments: BUNDLED_ASSESSMENT_IDS,
    knownCategories: KNOWN_CATEGORIES,
    reservedAssessments: BUNDLED_ASSESSMENT_IDS,
    reservedActors: BUNDLED_ACTOR_IDS,
  });
}

/**
 * Validates a pack from outside (a file, a subscription, an imported pack in a backup): like
 * `checkPack`, and its id may not be a bundled pack's.
 */
export function checkImportedPack(input: unknown): PackResult {
  return validatePack(input, {
    knownAssessments: BUNDLED_ASSESSMENT_IDS,
    knownCategories: KNOWN_CATEGORIES,
    reservedAssessments: BUNDLED_ASSESSMENT_IDS,
    reservedActors: BUNDLED_ACTOR_IDS,
    reservedPackIds: BUNDLED_PACK_IDS,
  });
}
