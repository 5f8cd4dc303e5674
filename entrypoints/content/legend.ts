/**
 * Trainer mode's in-page legend (issue #7): every pattern's name beside a sample drawn like its
 * highlight (same colour and underline style as page/highlights.css), so colour is never the only way
 * to tell patterns apart. Lives in our shadow root, only while trainer mode is on.
 *
 * It must never hide what it explains (issue #15): the reader can fold it to its title and move
 * it from corner to corner, and while a card is open it steps to another corner, or folds, if it
 * would lie over the card or any line of the claim (`keepClear`).
 */
import { PATTERNS } from '@/rules/types';
import { t, uiLanguage } from '@/utils/i18n';
import { patternLabel } from '@/utils/pattern-labels';
import { coversClaim } from './card-place';
import type { Rect } from './hit-test';

export const CORNERS = ['bottom-left', 'top-left', 'top-right', 'bottom-right'] as const;
export type Corner = (typeof CORNERS)[number];

/** The reader's choices, kept while the page lives (a language change rebuilds the legend). */
const chosen: { corner: Corner; folded: boolean } = { corner: 'bottom-left', folded: false };

function button(className: string, text: string, label: string, onClick: () => void): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = className;
  b.textContent = text;
  b.setAttribute('aria-label', label);
  b.title = label;
  b.addEventListener('click', onClick);
  return b;
}

/** The legend in the interface language as it is now (the annotator builds a new one when the language changes). */
export function buildLegend(): HTMLElement {
  const legend = document.createElement('div');
  legend.className = 'legend';
  legend.lang = uiLanguage();
  legend.dataset.corner = chosen.corner;
  legend.setAttribute('role', 'region');
  legend.setAttribute('aria-labelledby', 'legend-title');
  const head = document.createElement('div');
  head.className = 'legend-head';
  const title = document.createElement('h2');
  title.id = 'legend-title';
  title.textContent = `Counterpoint · ${t('legendHeading')}`;
  const list = document.createElement('ul');
  list.id = 'legend-list';
  const fold = button('legend-fold', '', '', () => setFolded(legend, !chosen.folded));
  fold.setAttribute('aria-controls', list.id);
  const move = button('legend-move', '⇲', t('legendMove'), () => {
    chosen.corner = CORNERS[(CORNERS.indexOf(chosen.corner) + 1) % CORNERS.length]!;
    legend.dataset.corner = chosen.corner;
  });
  head.append(title, fold, move);
  for (const pattern of PATTERNS) {
    const item = document.createElement('li');
    item.dataset.pattern = pattern;
    const swatch = document.createElement('span');
    swatch.className = 'swatch';
    swatch.dataset.pattern = pattern;
    swatch.setAttribute('aria-hidden', 'true');
    swatch.textContent = t('legendSample');
    const label = document.createElement('span');
    label.className = 'legend-label';
    label.textContent = patternLabel(pattern);
    item.append(swatch, label);
    list.append(item);
  }
  legend.append(head, list);
  setFolded(legend, chosen.folded);
  return legend;
}

function setFolded(legend: HTMLElement, folded: boolean): void {
  chosen.folded = folded;
  const list = legend.querySelector('ul');
  const fold = legend.querySelector<HTMLButtonElement>('.legend-fold');
  if (list) list.hidden = folded;
  if (fold) {
    fold.textContent = folded ? '▸' : '▾';
    fold.setAttribute('aria-expanded', String(!folded));
    fold.setAttribute('aria-label', folded ? t('legendExpand') : t('legendCollapse'));
    fold.title = fold.getAttribute('aria-label')!;
  }
}

/**
 * Moves the legend off `avoid` (the open card's box and the claim's line boxes): the reader's
 * corner if it is clear, else the first clear corner, else folded to its title in the clearest
 * one. With nothing to avoid it goes back to the reader's corner and state.
 */
export function keepClear(legend: HTMLElement, avoid: readonly Rect[]): void {
  const list = legend.querySelector('ul');
  if (list) list.hidden = chosen.folded;
  legend.dataset.corner = chosen.corner;
  delete legend.dataset.stepped;
  if (avoid.length === 0) return;
  const order = [chosen.corner, ...CORNERS.filter((c) => c !== chosen.corner)];
  for (const folded of [chosen.folded, true]) {
    if (list) list.hidden = folded;
    for (const corner of order) {
      legend.dataset.corner = corner;
      if (!coversClaim(legend.getBoundingClientRect(), avoid)) {
        if (corner !== chosen.corner || folded !== chosen.folded) legend.dataset.stepped = 'true';
        return;
      }
    }
  }
  // Nowhere clear (a tiny viewport): folded in the reader's corner.
  legend.dataset.corner = chosen.corner;
  legend.dataset.stepped = 'true';
}
