/** A speaker's role from the actor registry ("Kremlin spokesman (…)"), if the engine knew who spoke. */
import actors from '@/rules/data/actors.json';

const ROLES = new Map<string, string>(actors.actors.filter((a) => typeof a.role === 'string' && a.role).map((a) => [a.id, a.role as string]));

export function speakerRole(speakerId: string | null): string | undefined {
  return speakerId ? ROLES.get(speakerId) : undefined;
}
