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

/** Validates a pack someone imports or subscribes to, against the bundled registries. */
export function checkPack(input: unknown): PackResult {
  return validatePack(input, {
    knownAssessments: new Set(ASSESSMENTS.map((a) => a.id)),
    knownCategories: KNOWN_CATEGORIES,
  });
}
