/**
 * A speaker as extension pages name them. The engine reports the name as written ("Peskov",
 * "Kremlin spokesman Dmitry Peskov", "the Kremlin"); when it knew who spoke, the side panel and
 * the gallery show the actor registry's one display name for that person or body (in Russian
 * when the interface is Russian), so the same speaker never appears under three names on a page.
 */
import actors from '@/rules/data/actors.json';
import { uiLanguage } from './i18n';

interface ActorRow {
  id: string;
  name: string;
  aliases?: Record<string, string[]>;
}
const ACTORS = new Map<string, ActorRow>((actors.actors as ActorRow[]).map((a) => [a.id, a]));

/** The registry's name for a known speaker (first Russian alias in a Russian interface), else the name as written. */
export function speakerName(finding: { speaker: string | null; speakerId: string | null }): string | null {
  const actor = finding.speakerId ? ACTORS.get(finding.speakerId) : undefined;
  if (!actor) return finding.speaker;
  if (uiLanguage() === 'ru') return actor.aliases?.ru?.[0] ?? actor.name;
  return actor.name;
}
