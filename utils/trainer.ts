/**
 * Trainer mode (issue #7): "why this matched" in plain words, for the in-page card and the side
 * panel alike. Pure functions of a finding (and, when known, the packs it came from), so the
 * wording is unit-tested; strings come from the interface language (`t`).
 */
import { readableId } from '@/rules/present/ids';
import type { MatchedCue } from '@/rules/types';
import { t, type MessageKey } from './i18n';

/** The words for each cue role the engine reports (rules/engine/finding.ts). */
const ROLE_KEYS: Record<string, MessageKey> = {
  speaker: 'cueSpeaker',
  agent: 'cueAgent',
  negation: 'cueNegation',
  'denial verb': 'cueDenialVerb',
  'no evidence': 'cueNoEvidence',
  'called false': 'cueCalledFalse',
  predicate: 'cueInterference',
  interference: 'cueInterference',
  target: 'cueTarget',
};

/** A lexicon category made readable: "target-election" → "target election". */
function readableCategory(category: string): string {
  return category.replace(/[-_]+/g, ' ').trim();
}

/** One cue as a sentence: "Speaker: Peskov", "Negation: never", "Evaluative term: absurd". */
export function cueLine(cue: Pick<MatchedCue, 'role' | 'text'>): string {
  const key = ROLE_KEYS[cue.role];
  const label = key ? t(key) : t('cueCategory', readableCategory(cue.role));
  const text = cue.text.replace(/\s+/g, ' ').trim();
  return `${label.charAt(0).toUpperCase()}${label.slice(1)}: ${text}`;
}

/** Every cue as a sentence, each (role, text) once, in the engine's order. */
export function cueLines(cues: readonly Pick<MatchedCue, 'role' | 'text'>[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const cue of cues) {
    const line = cueLine(cue);
    if (seen.has(line)) continue;
    seen.add(line);
    out.push(line);
  }
  return out;
}

/** The parts of a pack a title lookup needs (a `Pack` fits). */
export interface PackTitles {
  id: string;
  title: string;
  rules: readonly { id: string; title: string }[];
}

/** Pack and rule id → their titles; an unknown id is made readable ("negated-interference" → "Negated interference"), never shown raw. */
export type TitleLookup = (packId: string, ruleId: string) => { pack: string; rule: string };

export function titleLookup(packs: readonly PackTitles[]): TitleLookup {
  const byId = new Map(packs.map((p) => [p.id, p]));
  return (packId, ruleId) => {
    const pack = byId.get(packId);
    return {
      pack: pack?.title ?? readableId(packId),
      rule: pack?.rules.find((r) => r.id === ruleId)?.title ?? readableId(ruleId),
    };
  };
}

/** "Pack: …", "Rule: …", then the cues: the whole "why this matched" block, line by line. */
export function whyLines(
  finding: { packId: string; ruleId: string; cues: readonly Pick<MatchedCue, 'role' | 'text'>[] },
  titles: TitleLookup = titleLookup([]),
): string[] {
  const { pack, rule } = titles(finding.packId, finding.ruleId);
  return [t('cuePack', pack), t('cueRule', rule), ...cueLines(finding.cues)];
}
