/**
 * A speaker as the panel names them. The engine reports the name as written ("Peskov", "Kremlin
 * spokesman Dmitry Peskov", "он"); when it knew who spoke, the panel shows the actor registry's one
 * display name for that person (in Russian when the interface is Russian), so the same person
 * never appears under three names on one page. Also the role ("Kremlin spokesman (…)").
 */
import actors from '@/rules/data/actors.json';
import { uiLanguage } from '@/utils/i18n';

interface ActorRow {
  id: string;
  name: string;
  role?: string;
  aliases?: Record<string, string[]>;
}
const ACTORS = new Map<string, ActorRow>((actors.actors as ActorRow[]).map((a) => [a.id, a]));

export function speakerRole(speakerId: string | null): string | undefined {
  const role = speakerId ? ACTORS.get(speakerId)?.role : undefined;
  return role || undefined;
}

/** The registry's name for a known speaker (first Russian alias in a Russian interface), else the name as written. */
export function speakerName(finding: { speaker: string | null; speakerId: string | null }): string | null {
  const actor = finding.speakerId ? ACTORS.get(finding.speakerId) : undefined;
  if (!actor) return finding.speaker;
  if (uiLanguage() === 'ru') return actor.aliases?.ru?.[0] ?? actor.name;
  return actor.name;
}
