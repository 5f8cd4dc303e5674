/**
 * Reads and writes of the scan settings. Plain async functions over the database so the
 * background handlers, the popup's live queries and the tests all use the same code.
 * Writes go through the background (it must tell open tabs); reads may happen anywhere the
 * database may be opened (see db.ts).
 */
import { SETTING_SCHEMAS } from '@/rules/import/setting-schema';
import { db as defaultDb, SETTING_DEFAULTS, type CounterpointDb, type SettingKey, type SettingValues } from './db';

export async function getSetting<K extends SettingKey>(
  key: K,
  db: CounterpointDb = defaultDb,
): Promise<SettingValues[K]> {
  const row = await db.settings.get(key);
  // A stored value of the wrong type (older data, a bad restore) reads as the default.
  return row && SETTING_SCHEMAS[key].safeParse(row.value).success
    ? (row.value as SettingValues[K])
    : SETTING_DEFAULTS[key];
}

/** Writes a setting; a value of the wrong type (`paused: "no"` from a message) throws. */
export async function putSetting<K extends SettingKey>(
  key: K,
  value: SettingValues[K],
  db: CounterpointDb = defaultDb,
): Promise<void> {
  if (!SETTING_SCHEMAS[key].safeParse(value).success)
    throw new Error(`invalid value for setting "${key}": ${JSON.stringify(value)}`);
  // The cast is safe: `key` and `value` come from the same K.
  await db.settings.put({ key, value } as never);
}

/** Whether Counterpoint may run on `host` (sites are on unless the user switched them off). */
export async function isSiteEnabled(host: string, db: CounterpointDb = defaultDb): Promise<boolean> {
  const row = await db.sites.get(host.toLowerCase());
  return row?.enabled ?? true;
}

/** The hosts the user switched off, sorted (the options page lists them). */
export async function sitesOff(db: CounterpointDb = defaultDb): Promise<string[]> {
  return (await db.sites.filter((site) => !site.enabled).primaryKeys()).sort();
}

/** Pauses or resumes everywhere; returns the value now stored. */
export async function setPaused(paused: boolean, db: CounterpointDb = defaultDb): Promise<boolean> {
  await putSetting('paused', paused, db);
  return getSetting('paused', db);
}

/** Switches one host on or off; returns whether it is on now. */
export async function setSiteEnabled(host: string, enabled: boolean, db: CounterpointDb = defaultDb): Promise<boolean> {
  if (typeof host !== 'string' || !/^[a-z0-9-]+(?:\.[a-z0-9-]+)*$/i.test(host) || host.length > 253)
    throw new Error(`invalid host name ${JSON.stringify(host)}`);
  if (typeof enabled !== 'boolean') throw new Error(`"enabled" must be true or false, not ${JSON.stringify(enabled)}`);
  await db.sites.put({ host: host.toLowerCase(), enabled });
  return isSiteEnabled(host, db);
}

/** Trainer mode (issue #7): legend and "why this matched" in the page and the side panel. */
export async function setTrainerMode(on: boolean, db: CounterpointDb = defaultDb): Promise<boolean> {
  await putSetting('trainerMode', on, db);
  return getSetting('trainerMode', db);
}

/** Interface language: 'auto' (the browser's) or a language the interface ships in; anything else is refused. */
export async function setUiLanguage(lang: string, db: CounterpointDb = defaultDb): Promise<string> {
  if (!SETTING_SCHEMAS.uiLanguage.safeParse(lang).success) throw new Error(`unknown interface language "${lang}"`);
  await putSetting('uiLanguage', lang, db);
  return getSetting('uiLanguage', db);
}
