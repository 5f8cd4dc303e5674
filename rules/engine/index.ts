/**
 * The engine without the pack validator (zod) or bundled data: what the content script
 * imports. The background validates packs and sends them, with the lexicons and registries,
 * as one plain-data `EngineInput`; the page compiles it here.
 */
export { compileEngine, type Engine, type EngineInput, type LexiconFile } from './compile';
export { analyze, startAnalysis, type Analysis, type AnalysisOptions } from './analyze';
export type {
  DocumentInput,
  Finding,
  FindingAssessment,
  MatchedCue,
  PatternId,
  TextBlock,
  BlockKind,
  Lang,
} from '../types';
