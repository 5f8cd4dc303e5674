/** A speaker's role from the actor registry ("Kremlin spokesman (…)"), if the engine knew who spoke. Names: utils/speaker-name.ts. */
import actors from '@/rules/data/actors.json';

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
