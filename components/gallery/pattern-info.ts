/**
 * What each pattern page shows: a definition in our words, the bundled rules of that pattern
 * (their `example` and `why`), one real instance from the development seeds with speaker, date
 * and source as /work/shared/reference/assessments.md confirms them (no date where it could
 * not), and the assessments the rules cite.
 */
import { oldestFirst } from '@/rules/present/index';
import { ASSESSMENTS, BUNDLED_PACKS, type Assessment, type Rule } from '@/rules/index';
import type { PatternId } from '@/rules/types';

export const PATTERN_DEFINITIONS: Record<PatternId, string> = {
  denial:
    'The speaker says Russia did not, does not or will not interfere in another country’s elections or internal affairs.',
  counter_accusation:
    'The speaker answers interference allegations by accusing the accuser, usually the United States, of interfering.',
  dismissal:
    'The speaker waves away an official assessment or allegation (speculation, Russophobia, no evidence, political motives) without engaging with what it found.',
  misrepresentation:
    'A statement misstates what an investigation found, for example that the Mueller investigation found nothing.',
  deflection:
    'The speaker turns an allegation into a procedural offer or complaint (publish correspondence, negotiate guarantees) instead of answering it.',
  blame_shift: 'The speaker says the bad state of relations is not Moscow’s fault.',
};

export interface RealExample {
  quote: string;
  speaker: string;
  /** ISO date, or null when the reference could not confirm the occasion. */
  date: string | null;
  source: string;
}

/** Short quotes from the seed articles (shared/corpus/labels.json). */
export const REAL_EXAMPLES: Record<PatternId, RealExample | null> = {
  denial: {
    quote: 'We never interfered in elections in the US.',
    speaker: 'Dmitry Peskov, Kremlin spokesman',
    date: '2024-03-06',
    source: 'Talk to students at the World Youth Festival near Sochi, as reported by Reuters',
  },
  counter_accusation: {
    quote: 'vicious practice of interference in the internal affairs of sovereign countries',
    speaker: 'Sergey Lavrov, Russian foreign minister',
    date: '2023-06-19',
    source: 'Session of a United Russia General Council commission, as reported in the press',
  },
  dismissal: {
    quote: 'there was no evidence of Russian interference in the 2016 US elections',
    speaker: 'Sergey Lavrov, Russian foreign minister (reported speech)',
    date: '2017-09-22',
    source: 'Press conference at the UN General Assembly, as reported by CNN (he said so on several occasions in 2017)',
  },
  misrepresentation: {
    quote: 'In the end, Mueller came up empty-handed',
    speaker: 'Unattributed line in a TASS report',
    date: null,
    source: 'TASS report on an interview Andrei Krutskikh gave to Kommersant (date of the interview not confirmed)',
  },
  deflection: {
    quote: 'we, on our part, expressed readiness to publish technical correspondence on this subject',
    speaker: 'Andrei Krutskikh, Russian presidential envoy for information security',
    date: null,
    source: 'Interview with Kommersant, as reported by TASS (date not confirmed)',
  },
  // The seed's example (a Peskov remark dated 7 Dec 2020) could not be confirmed: none ships.
  blame_shift: null,
};

export interface PatternRule {
  packTitle: string;
  rule: Rule;
}

export function rulesOf(pattern: PatternId): PatternRule[] {
  return BUNDLED_PACKS.flatMap((pack) =>
    pack.rules.filter((r) => r.pattern === pattern).map((rule) => ({ packTitle: pack.title, rule })),
  );
}

/** The assessments the rules of `pattern` cite, oldest first, each once. */
export function assessmentsOf(pattern: PatternId): Assessment[] {
  const ids = new Set(rulesOf(pattern).flatMap(({ rule }) => rule.assessments.map((a) => a.id)));
  return oldestFirst(ASSESSMENTS.filter((a) => ids.has(a.id)));
}
