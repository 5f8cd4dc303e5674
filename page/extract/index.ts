/**
 * The extraction stage's public surface. Callers (content script, CLI, tests) import from here so
 * the internal split into small modules can change freely.
 */
export {
  extractDocument,
  labelLanguages,
  startExtraction,
  type ExtractOptions,
  type Extraction,
  type LanguageHints,
  type SlicedExtraction,
} from './extract-blocks';
export {
  positionAt,
  rangeFor,
  rangesFor,
  type Affinity,
  type BlockMap,
  type MapSegment,
  type TextPosition,
} from './offset-map';
export { MAX_TOTAL_CHARS } from './block-builder';
export { isHiddenByLayout } from './layout-hidden';
export { normalizeDate } from './normalize-date';
