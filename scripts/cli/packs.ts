/** Selects bundled packs by id for the CLI (`--packs id,id`). */
import { BUNDLED_PACKS, type Pack } from '../../rules/index';
import { UsageError } from './args';

export function bundledPackIds(): string[] {
  return BUNDLED_PACKS.map((p) => p.id);
}

/** The bundled packs named in `ids`, in bundled order; all of them when `ids` is undefined. */
export function selectPacks(ids: readonly string[] | undefined): Pack[] {
  if (!ids) return [...BUNDLED_PACKS];
  const known = new Set(bundledPackIds());
  const unknown = ids.filter((id) => !known.has(id));
  if (unknown.length > 0) {
    throw new UsageError(`unknown pack id${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')} (bundled packs: ${bundledPackIds().join(', ')})`);
  }
  const wanted = new Set(ids);
  return BUNDLED_PACKS.filter((p) => wanted.has(p.id));
}
