/**
 * Trainer mode's in-page legend (issue #7): every pattern's name beside a sample drawn like its
 * highlight (same colour and underline style as content.css), so colour is never the only way
 * to tell patterns apart. Lives in our shadow root, bottom left, only while trainer mode is on.
 */
import { PATTERNS } from '@/rules/types';
import { t, uiLanguage } from '@/utils/i18n';
import { patternLabel } from '@/utils/pattern-labels';

/** The legend in the interface language as it is now (the annotator builds a new one when the language changes). */
export function buildLegend(): HTMLElement {
  const legend = document.createElement('div');
  legend.className = 'legend';
  legend.lang = uiLanguage();
  legend.setAttribute('role', 'region');
  legend.setAttribute('aria-labelledby', 'legend-title');
  const title = document.createElement('h2');
  title.id = 'legend-title';
  title.textContent = `Counterpoint · ${t('legendHeading')}`;
  const list = document.createElement('ul');
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
  legend.append(title, list);
  return legend;
}
