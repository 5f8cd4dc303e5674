/**
 * Settings in a backup (rules/import/setting-schema.ts): exact keys, each value of its own type.
 * Issue #14: `"paused": "no"` used to be restored (a truthy string: every page went silent), and
 * `"uiLanguage": "constructor"` was accepted because `in` sees inherited properties.
 */
import { describe, expect, it } from 'vitest';
import { parseBackup, serializeBackup, type BackupInput } from '../../rules/import/index';
import { isValidSetting, SETTING_NAMES, UI_LANGUAGE_CODES } from '../../rules/import/setting-schema';
import { isUiLanguage, resolveUiLanguage, UI_LANGUAGES } from '../../utils/i18n';

const AT = new Date('2026-03-04T05:06:07.000Z');
const empty: BackupInput = { settings: [], sites: [], packs: [], subscriptions: [] };

/** A backup whose settings rows are `rows`, as text (the serializer does not check values). */
function withSettings(rows: unknown[]): string {
  const doc = JSON.parse(serializeBackup(empty, AT)) as { settings: unknown[] };
  doc.settings = rows;
  return JSON.stringify(doc);
}

function errors(text: string): { path: string; message: string }[] {
  const result = parseBackup(text);
  return result.ok ? [] : result.errors;
}

describe('backup settings', () => {
  it('accepts every known setting with a value of its type', () => {
    const result = parseBackup(
      withSettings([
        { key: 'paused', value: true },
        { key: 'trainerMode', value: false },
        { key: 'uiLanguage', value: 'ru' },
      ]),
    );
    expect(result.ok ? result.backup.settings : result.errors).toEqual([
      { key: 'paused', value: true },
      { key: 'trainerMode', value: false },
      { key: 'uiLanguage', value: 'ru' },
    ]);
  });

  it.each([
    ['paused', 'no'],
    ['paused', 0],
    ['paused', null],
    ['trainerMode', 'true'],
    ['uiLanguage', 'constructor'],
    ['uiLanguage', '__proto__'],
    ['uiLanguage', 'de'],
    ['uiLanguage', true],
  ])('refuses %s = %j, with its path', (key, value) => {
    const found = errors(
      withSettings([
        { key: 'paused', value: false },
        { key, value },
      ]),
    );
    expect(found.map((e) => e.path)).toEqual(['settings[1].value']);
  });

  it('refuses unknown keys, inherited names and extra fields', () => {
    for (const key of ['layout', 'constructor', 'toString', '__proto__', '']) {
      const found = errors(withSettings([{ key, value: true }]));
      expect(found.length, key).toBe(1);
      expect(found[0]!.path).toMatch(/^settings\[0\]/);
      expect(found[0]!.message).toMatch(/unknown setting/);
    }
    expect(errors(withSettings([{ key: 'paused', value: true, extra: 1 }])).map((e) => e.path)).toEqual([
      'settings[0]',
    ]);
    expect(errors(withSettings([{ key: 'paused' }])).map((e) => e.path)).toEqual(['settings[0].value']);
  });
});

describe('interface languages', () => {
  it('the setting schema and the shipped interface languages agree', () => {
    expect([...UI_LANGUAGE_CODES].sort()).toEqual(Object.keys(UI_LANGUAGES).sort());
    expect(SETTING_NAMES.sort()).toEqual(['paused', 'trainerMode', 'uiLanguage']);
  });

  it('inherited property names are not languages', () => {
    for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      expect(isUiLanguage(name), name).toBe(false);
      expect(isValidSetting('uiLanguage', name), name).toBe(false);
      expect(resolveUiLanguage(name, 'ru-RU')).toBe('ru');
      expect(resolveUiLanguage('auto', `${name}-XX`)).toBe('en');
    }
    expect(isUiLanguage('ru')).toBe(true);
  });
});
