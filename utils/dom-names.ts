/**
 * Every name Counterpoint puts into a host page: highlight names, element names, class names,
 * attributes. One file, one prefix.
 *
 * Why: the page is not ours. A unique prefix means we never collide with a site's own CSS or
 * scripts, our own nodes can be recognised and skipped by the text scanner, and a reviewer can
 * audit everything we add to a page by reading this file. A unit test checks the prefix.
 */

export const DOM_PREFIX = 'counterpoint-';

export const DOM_NAMES = {
  /** Custom element hosting the shadow root for in-page UI (cards, tooltips). */
  hostElement: 'counterpoint-ui',

  /*
   * In-page annotation (issue #4). One highlight per claim pattern, so the stylesheet can give
   * each its own underline style and colour, plus one for the claim whose card is open. The
   * per-pattern names are `counterpoint-` + the pattern id with `_` → `-` (see highlightNameOf).
   */
  denialHighlight: 'counterpoint-denial',
  counterAccusationHighlight: 'counterpoint-counter-accusation',
  dismissalHighlight: 'counterpoint-dismissal',
  misrepresentationHighlight: 'counterpoint-misrepresentation',
  deflectionHighlight: 'counterpoint-deflection',
  blameShiftHighlight: 'counterpoint-blame-shift',
  activeHighlight: 'counterpoint-active',
  /**
   * Performance marks and the measure the content script leaves in the page's timeline
   * (visible to the page, like any mark): when a scan started and ended, and its duration.
   * The benchmark and browser tests read them.
   */
  scanStartMark: 'counterpoint-scan-start',
  scanEndMark: 'counterpoint-scan-end',
  /** Set when extraction (one synchronous task) is done and the sliced analysis begins. */
  extractEndMark: 'counterpoint-extract-end',
  scanMeasure: 'counterpoint-scan',
} as const;

export type DomName = (typeof DOM_NAMES)[keyof typeof DOM_NAMES];
