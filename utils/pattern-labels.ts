/**
 * Reader-facing names of the claim patterns in the interface language. The names themselves are
 * in `rules/patterns.ts` (shared with the exports and the CLI); this module only picks the
 * language, at each call, so a page that switches language names patterns in the new one.
 */
import { patternName } from '@/rules/patterns';
import { readableId } from '@/rules/present/ids';
import type { Finding, PatternId } from '@/rules/types';
import { PATTERNS } from '@/rules/types';
import { uiLanguage } from './i18n';

/** A pattern's name in the interface language ("Denial", "Отрицание"); one this build does not know is made readable, never shown as its id. */
export function patternLabel(pattern: PatternId): string {
  const name = patternName(pattern, uiLanguage());
  return name === pattern ? readableId(pattern) : name;
}

/** How many findings of each pattern, in the fixed pattern order, patterns with none left out. */
export function countByPattern(
  findings: readonly Pick<Finding, 'pattern'>[],
): { pattern: PatternId; label: string; count: number }[] {
  return PATTERNS.map((pattern) => ({
    pattern,
    label: patternLabel(pattern),
    count: findings.filter((f) => f.pattern === pattern).length,
  })).filter((row) => row.count > 0);
}
