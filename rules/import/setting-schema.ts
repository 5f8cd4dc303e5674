/**
 * Every setting Counterpoint stores, with the one type its value may have. Used by the storage
 * layer on every write and read (storage/settings.ts) and by backups (backup-schema.ts), so a
 * backup cannot store `"paused": "no"` (a string is truthy: every page would go silent) or a
 * language like `"constructor"` (an inherited property name, which `in` would have accepted and
 * every page would then throw on), and a key we do not know is refused, not kept.
 */
import { z } from 'zod';

/** Languages the interface ships in (utils/i18n.ts `UI_LANGUAGES`; a unit test keeps them equal). */
export const UI_LANGUAGE_CODES = ['en', 'ru'] as const;

export const SETTING_SCHEMAS = {
  paused: z.boolean(),
  trainerMode: z.boolean(),
  uiLanguage: z.enum(['auto', ...UI_LANGUAGE_CODES]),
} as const;

export type SettingName = keyof typeof SETTING_SCHEMAS;
export const SETTING_NAMES = Object.keys(SETTING_SCHEMAS) as SettingName[];

export function isSettingName(key: unknown): key is SettingName {
  return typeof key === 'string' && Object.prototype.hasOwnProperty.call(SETTING_SCHEMAS, key);
}

/** Whether `value` is a valid value of setting `key` (false for unknown keys). */
export function isValidSetting(key: unknown, value: unknown): boolean {
  return isSettingName(key) && SETTING_SCHEMAS[key].safeParse(value).success;
}

/** One `{ key, value }` row of a backup: a known key, and a value of that key's type. */
export const settingRowSchema = z.discriminatedUnion(
  'key',
  [
    z.strictObject({ key: z.literal('paused'), value: SETTING_SCHEMAS.paused }),
    z.strictObject({ key: z.literal('trainerMode'), value: SETTING_SCHEMAS.trainerMode }),
    z.strictObject({ key: z.literal('uiLanguage'), value: SETTING_SCHEMAS.uiLanguage }),
  ],
  {
    error: (issue) =>
      issue.code === 'invalid_union' ? `unknown setting; known settings: ${SETTING_NAMES.join(', ')}` : undefined,
  },
);
