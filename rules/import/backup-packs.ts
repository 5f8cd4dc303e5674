/**
 * What a backup may say about its packs beyond the schema (issue #14): a pack restored from a
 * file is held to the same limits as an imported one. Only a pack that ships with Counterpoint
 * may be marked `source: bundled` (a restore keeps the shipped copy of those), an imported pack
 * may not take a bundled pack's id, and no pack may be larger than a pack file may be.
 */
import { BUNDLED_PACK_IDS, checkImportedPack, checkPack } from '../index';
import type { PackResult } from '../schema/validate';
import type { PackSource } from './backup-schema';
import type { PackError } from './errors';
import { formatBytes, MAX_PACK_BYTES } from './read-pack-file';

/** The validator for one backup entry: bundled packs against the registries, the others as imports. */
export function backupPackValidator(source: PackSource): (input: unknown) => PackResult {
  return source.kind === 'bundled' ? checkPack : checkImportedPack;
}

/** Problems of entry `i` that the pack validator does not see: its source and its size. */
export function backupPackErrors(
  pack: unknown,
  source: PackSource,
  i: number,
  bundledIds: ReadonlySet<string> = BUNDLED_PACK_IDS,
): PackError[] {
  const errors: PackError[] = [];
  const id =
    typeof pack === 'object' && pack !== null && typeof (pack as { id?: unknown }).id === 'string'
      ? (pack as { id: string }).id
      : null;
  // (A pack without an id gets the validator's error instead.)
  if (source.kind === 'bundled' && id !== null && !bundledIds.has(id)) {
    errors.push({
      path: `packs[${i}].source`,
      message: `"bundled" is only for packs that ship with Counterpoint, and "${id}" is not one of them; use "file"`,
    });
  }
  const bytes = new TextEncoder().encode(JSON.stringify(pack) ?? '').byteLength;
  if (bytes > MAX_PACK_BYTES) {
    errors.push({
      path: `packs[${i}].pack`,
      message: `the pack is ${formatBytes(bytes)} (${bytes} bytes); packs may be at most ${formatBytes(MAX_PACK_BYTES)}, in a backup as in a file`,
    });
  }
  return errors;
}
