/** Reader-facing names of the claim patterns (definitions: ../shared/corpus/labels.json), in the interface language. */
import type { Finding, PatternId } from '@/rules/types';
import { PATTERNS } from '@/rules/types';
import { t, type MessageKey } from './i18n';

/** The message key of each pattern's name (`public/_locales/<lang>/messages.json`). */
const LABEL_KEYS: Record<PatternId, MessageKey> = {
  denial: 'pattern_denial',
  counter_accusation: 'pattern_counter_accusation',
  dismissal: 'pattern_dismissal',
  misrepresentation: 'pattern_misrepresentation',
  deflection: 'pattern_deflection',
  blame_shift: 'pattern_blame_shift',
};

/** A pattern's name in the interface language ("Denial", "Отрицание"). */
export function patternLabel(pattern: PatternId): string {
  return t(LABEL_KEYS[pattern]);
}

/**
 * Every pattern's name, read once when the module loads (the content script's card uses it;
 * content scripts can read the extension's messages too).
 */
export const PATTERN_LABELS: Readonly<Record<PatternId, string>> = Object.fromEntries(PATTERNS.map((p) => [p, patternLabel(p)])) as Record<PatternId, string>;

/** How many findings of each pattern, in the fixed pattern order, patterns with none left out. */
export function countByPattern(findings: readonly Pick<Finding, 'pattern'>[]): { pattern: PatternId; label: string; count: number }[] {
  return PATTERNS.map((pattern) => ({
    pattern,
    label: patternLabel(pattern),
    count: findings.filter((f) => f.pattern === pattern).length,
  })).filter((row) => row.count > 0);
}
