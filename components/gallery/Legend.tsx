import { PATTERNS } from '@/rules/types';
import { patternLabel } from '@/utils/pattern-labels';

/** Each pattern's paint on a sample word, with its name: colour is never the only signal. */
export function Legend() {
  return (
    <section className="gallery-legend" aria-labelledby="legend-title">
      <h2 id="legend-title">Legend</h2>
      <ul>
        {PATTERNS.map((p) => (
          <li key={p} data-pattern={p}>
            <span className="gallery-sample" data-sample-pattern={p}>
              sample
            </span>{' '}
            {patternLabel(p)}
          </li>
        ))}
      </ul>
    </section>
  );
}
