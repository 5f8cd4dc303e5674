/**
 * A first-person headline ("We do not interfere") speaks for the Russian the lead names first;
 * a headline over a lead that names no Russian stays unattributed and raises nothing.
 */
import { describe, expect, it } from 'vitest';
import { analyze, createEngine } from '../../rules/index';

const engine = createEngine();

describe('first-person headlines', () => {
  it('are the words of the Russian the next paragraphs name', () => {
    const findings = analyze(engine, {
      blocks: [
        { kind: 'heading', text: 'We are not in the habit of interfering in elections' },
        {
          kind: 'paragraph',
          text: 'Kremlin spokesman Dmitry Peskov said on Friday that the results of the Romanian vote had nothing to do with Moscow.',
        },
      ],
    });
    const headline = findings.find((f) => f.block === 0);
    expect(headline?.pattern).toBe('denial');
    expect(headline?.speaker).toBe('Dmitry Peskov');
  });

  it('stay silent when the lead names no Russian', () => {
    const findings = analyze(engine, {
      blocks: [
        { kind: 'heading', text: 'We are not in the habit of interfering in elections' },
        {
          kind: 'paragraph',
          text: 'Election officials in Ohio said on Friday that the count would be finished by Monday.',
        },
      ],
    });
    expect(findings.filter((f) => f.block === 0)).toEqual([]);
  });
});
