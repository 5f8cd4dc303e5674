import { PATTERNS } from '@/rules/types';
import { t } from '@/utils/i18n';
import { patternLabel } from '@/utils/pattern-labels';

/**
 * Trainer mode's legend in the side panel (issue #7): each pattern's name beside a sample drawn
 * like its highlight on the page (colour and underline style), so colour is never the only cue.
 */
export function TrainerLegend() {
  return (
    <section className="cp-legend" aria-labelledby="cp-legend-heading" data-trainer-legend="">
      <h2 id="cp-legend-heading">{t('legendHeading')}</h2>
      <ul>
        {PATTERNS.map((pattern) => (
          <li key={pattern} data-pattern={pattern}>
            <span className={`cp-swatch cp-swatch-${pattern}`} aria-hidden="true">
              Abc
            </span>{' '}
            <span>{patternLabel(pattern)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
