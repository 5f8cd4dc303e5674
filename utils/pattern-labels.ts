/** Reader-facing names of the claim patterns (definitions: ../shared/corpus/labels.json). */
import type { Finding, PatternId } from '@/rules/types';
import { PATTERNS } from '@/rules/types';

export const PATTERN_LABELS: Record<PatternId, string> = {
  denial: 'Denial',
  counter_accusation: 'Counter-accusation',
  dismissal: 'Dismissal',
  misrepresentation: 'Misrepresented findings',
  deflection: 'Deflection',
  blame_shift: 'Blame shift',
};

/** How many findings of each pattern, in the fixed pattern order, patterns with none left out. */
export function countByPattern(findings: readonly Pick<Finding, 'pattern'>[]): { pattern: PatternId; label: string; count: number }[] {
  return PATTERNS.map((pattern) => ({
    pattern,
    label: PATTERN_LABELS[pattern],
    count: findings.filter((f) => f.pattern === pattern).length,
  })).filter((row) => row.count > 0);
}
