/**
 * Stage 4 of the pipeline: paint annotations with the CSS Custom Highlight API. One `Highlight`
 * per claim pattern (so the injected stylesheet, page/highlights.css, can give each its own underline
 * style as well as colour) and one for the active claim, drawn on top. Highlights paint text
 * without adding a single node to the page; their registration in `CSS.highlights` is the only
 * trace a page can see, and it is removed on `clear()` and when the extension goes away.
 *
 * CSS.highlights: Chromium 105+, Firefox 140+, Safari 17.2+; older browsers get no paint (the
 * pill and cards still work).
 */
import type { PatternId } from '@/rules/engine/index';
import { PATTERNS } from '@/rules/types';
import { DOM_NAMES, DOM_PREFIX } from '@/utils/dom-names';
import type { Annotation } from './to-ranges';

/** `counterpoint-denial`, `counterpoint-counter-accusation`, … (listed in utils/dom-names.ts). */
export function highlightNameOf(pattern: PatternId): string {
  return DOM_PREFIX + pattern.replace(/_/g, '-');
}

const supported = (): boolean => typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';

export class HighlightPainter {
  private readonly names = [...PATTERNS.map(highlightNameOf), DOM_NAMES.activeHighlight];

  /** Replaces everything painted with these annotations; registers names only when needed. */
  paint(annotations: readonly Annotation[]): void {
    if (!supported()) return;
    const byName = new Map<string, Range[]>();
    for (const a of annotations) {
      const name = highlightNameOf(a.finding.pattern);
      const list = byName.get(name) ?? [];
      list.push(...a.ranges);
      byName.set(name, list);
    }
    for (const name of this.names) {
      if (name === DOM_NAMES.activeHighlight) continue;
      const ranges = byName.get(name);
      if (ranges) CSS.highlights.set(name, new Highlight(...ranges));
      else CSS.highlights.delete(name);
    }
  }

  /** Marks one annotation as the active claim (or none). Drawn above the pattern highlights. */
  setActive(annotation: Annotation | null): void {
    if (!supported()) return;
    if (!annotation) {
      CSS.highlights.delete(DOM_NAMES.activeHighlight);
      return;
    }
    const active = new Highlight(...annotation.ranges);
    active.priority = 1;
    CSS.highlights.set(DOM_NAMES.activeHighlight, active);
  }

  clear(): void {
    if (!supported()) return;
    for (const name of this.names) CSS.highlights.delete(name);
  }
}
