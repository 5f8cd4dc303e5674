/**
 * Painting on an extension page with the content script's painter and its `::highlight()`
 * styles (page/highlights.css, imported by the page), plus the legend's samples: each legend entry's
 * sample text is painted with its pattern's highlight, so the legend shows exactly the paint
 * a reader sees.
 */
import { HighlightPainter, highlightNameOf } from '@/page/highlights';
import type { Annotation } from '@/page/to-ranges';
import type { PatternId } from '@/rules/types';

const painter = new HighlightPainter();

export function paintPage(annotations: readonly Annotation[], legendRoot: ParentNode | null): void {
  painter.paint(annotations);
  if (!legendRoot || typeof Highlight !== 'function') return;
  for (const el of Array.from(legendRoot.querySelectorAll<HTMLElement>('[data-sample-pattern]'))) {
    const name = highlightNameOf(el.dataset.samplePattern as PatternId);
    const range = document.createRange();
    range.selectNodeContents(el);
    const existing = CSS.highlights.get(name);
    if (existing) existing.add(range);
    else CSS.highlights.set(name, new Highlight(range));
  }
}

export function setActive(annotation: Annotation | null): void {
  painter.setActive(annotation);
}

export function clearPaint(): void {
  painter.clear();
}
