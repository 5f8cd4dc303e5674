/**
 * Missions by country: "the Russian Embassy" said bare is the embassy in the country whose
 * election the claim is about — the embassy in London on a Brexit page, in Washington on a U.S.
 * one. Registry data: an actor with `postedIn` refines the actor whose name begins its own
 * ("Russian Embassy" → "Russian Embassy in France"); nothing here names a mission.
 */
import type { Actor } from '../schema/pack';
import type { Engine } from './compile';

const cache = new WeakMap<Engine, Map<string, Map<string, Actor>>>();

/** Generic actor id → country code → the actor posted there. */
function postingsOf(engine: Engine): Map<string, Map<string, Actor>> {
  let out = cache.get(engine);
  if (out) return out;
  out = new Map();
  const all = [...engine.actors.values()];
  for (const posted of all) {
    if (!posted.postedIn) continue;
    // The generic entry: the longest other name that begins this one's, on the same side.
    const generic = all
      .filter(
        (a) =>
          a !== posted && !a.postedIn && a.affiliation === posted.affiliation && posted.name.startsWith(`${a.name} `),
      )
      .sort((a, b) => b.name.length - a.name.length)[0];
    if (!generic) continue;
    if (!out.has(generic.id)) out.set(generic.id, new Map());
    out.get(generic.id)!.set(posted.postedIn, posted);
  }
  cache.set(engine, out);
  return out;
}

/** The mission posted in the first of `countries` that has one, else `actor` itself. */
export function postedFor(engine: Engine, actor: Actor | null | undefined, countries: readonly string[]): Actor | null {
  if (!actor) return null;
  const byCountry = postingsOf(engine).get(actor.id);
  if (!byCountry) return actor;
  for (const c of countries) {
    const hit = byCountry.get(c);
    if (hit) return hit;
  }
  return actor;
}
