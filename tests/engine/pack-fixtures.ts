/** Packs and assessments for the pack tests: valid starting points that a test then breaks. */
import { BUNDLED_PACKS, type Assessment, type Pack } from '../../rules/index';

/** A deep copy of the core pack cut down to its first rule; indices in errors stay predictable. */
export function packCopy(): Pack {
  const pack = structuredClone(BUNDLED_PACKS[0]!);
  pack.rules = pack.rules.slice(0, 1);
  return pack;
}

/** A valid pack-level assessment. */
export function exampleAssessment(overrides: Partial<Assessment> = {}): Assessment {
  return {
    id: 'example-report',
    title: 'Example report',
    issuer: 'Example committee',
    kind: 'committee-report',
    date: '2020-08-18',
    datePrecision: 'day',
    url: 'https://example.org/report.pdf',
    archiveUrl: null,
    finding: 'The committee described an influence operation.',
    confidence: 'A',
    allegation: false,
    topics: ['general'],
    ...overrides,
  };
}
