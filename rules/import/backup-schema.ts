/**
 * The backup file (issue #6 "back up / restore all settings as one JSON file"), version 1.
 *
 * Records are deliberately plain and storage-neutral: the Dexie layer maps its rows to and from
 * these, so the file format does not change when a table does. Lists of `{ key, value }` rows
 * rather than objects keyed by user data, so a key like "__proto__" is just data.
 * A format change adds version 2 and a migration from 1; version 1 files must stay readable.
 */
import { z } from 'zod';
import type { Pack } from '../schema/pack';
import { settingRowSchema } from './setting-schema';

export const BACKUP_FORMAT = 'counterpoint-backup';
export const BACKUP_VERSION = 1;

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** One setting (a Dexie `settings` row). */
export interface BackupSetting {
  key: string;
  value: JsonValue;
}

/** A site the user decided about (a Dexie `sites` row). */
export interface BackupSite {
  host: string;
  enabled: boolean;
}

/** A rule switched on or off by the user, whatever its pack says. */
export interface BackupRuleOverride {
  ruleId: string;
  enabled: boolean;
}

/** Where an installed pack came from. A restore keeps the shipped copy of a bundled pack. */
export type PackSource =
  { kind: 'bundled' } | { kind: 'file'; fileName?: string } | { kind: 'subscription'; url: string };

export interface BackupPack {
  pack: Pack;
  source: PackSource;
  enabled: boolean;
  ruleOverrides: BackupRuleOverride[];
}

/** A pack subscription and its update state. Timestamps are ISO 8601. */
export interface BackupSubscription {
  url: string;
  /** Id of the pack it provides (null until the first successful fetch). */
  packId: string | null;
  expectedSha256: string | null;
  intervalHours: number;
  enabled: boolean;
  lastSuccess: string | null;
  lastError: string | null;
  lastErrorAt: string | null;
  /** SHA-256 of the version in force. */
  sha256: string | null;
}

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: string;
  settings: BackupSetting[];
  sites: BackupSite[];
  packs: BackupPack[];
  subscriptions: BackupSubscription[];
}

const timestamp = z
  .string()
  .refine(
    (s) => /^\d{4}-\d{2}-\d{2}T/.test(s) && Number.isFinite(Date.parse(s)),
    'must be an ISO timestamp like 2026-01-31T12:00:00.000Z',
  );
const https = z.url({ protocol: /^https$/, error: 'must be an https URL' });
const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lower-case hexadecimal digits');

/**
 * The file's structure. Packs are `unknown` here: parseBackup validates each with the pack
 * validator, so a pack in a backup is checked exactly like an imported one.
 */
export const backupSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: timestamp,
  // Each setting's value checked against its own type (setting-schema.ts).
  settings: z.array(settingRowSchema),
  sites: z.array(
    z.strictObject({
      host: z
        .string()
        .max(253)
        .regex(/^[a-z0-9-]+(?:\.[a-z0-9-]+)*$/, 'must be a lower-case host name'),
      enabled: z.boolean(),
    }),
  ),
  packs: z.array(
    z.strictObject({
      pack: z.unknown(),
      source: z.discriminatedUnion('kind', [
        z.strictObject({ kind: z.literal('bundled') }),
        z.strictObject({ kind: z.literal('file'), fileName: z.string().max(500).optional() }),
        z.strictObject({ kind: z.literal('subscription'), url: https }),
      ]),
      enabled: z.boolean(),
      ruleOverrides: z.array(z.strictObject({ ruleId: z.string().min(1), enabled: z.boolean() })),
    }),
  ),
  subscriptions: z.array(
    z.strictObject({
      url: https,
      packId: z.string().nullable(),
      expectedSha256: sha256.nullable(),
      intervalHours: z
        .number()
        .min(1)
        .max(24 * 365),
      enabled: z.boolean(),
      lastSuccess: timestamp.nullable(),
      lastError: z.string().max(10_000).nullable(),
      lastErrorAt: timestamp.nullable(),
      sha256: sha256.nullable(),
    }),
  ),
});
