import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { db } from '@/storage/db';
import { setPaused, setSiteEnabled, setUiLanguage } from '@/storage/settings';
import { engineInput } from '@/rules/index';
import { resolveUiLanguage } from '@/utils/i18n';
import { type ScanConfig, sendToBackground } from '@/utils/protocol';
import { decideScanConfig, getScanConfig, registerScanConfig } from '@/entrypoints/background/scan-config';
import { installChromeMessaging } from './helpers/chrome-messaging';

const URL_ = 'https://www.reuters.com/world/article/';

beforeEach(async () => {
  await db.delete();
  await db.open();
});

describe('scan config decision', () => {
  const engine = () => engineInput();

  it('pause wins over everything', () => {
    expect(decideScanConfig({ paused: true, siteEnabled: true }, engine)).toEqual({ enabled: false, reason: 'paused' });
    expect(decideScanConfig({ paused: true, siteEnabled: false }, engine)).toEqual({
      enabled: false,
      reason: 'paused',
    });
  });

  it('a site switched off gets site-off, and no engine data', () => {
    let built = 0;
    const config = decideScanConfig({ paused: false, siteEnabled: false }, () => (built++, engineInput()));
    expect(config).toEqual({ enabled: false, reason: 'site-off' });
    expect(built).toBe(0);
  });

  it('otherwise the page gets no engine data (the background analyses), only titles in trainer mode', async () => {
    const config = await getScanConfig(URL_);
    expect(config).toEqual({ enabled: true, trainer: false, lang: 'en' });
    const trainer = decideScanConfig({ paused: false, siteEnabled: true, trainer: true }, () => engineInput());
    expect(trainer.enabled && trainer.titles?.map((p) => p.id)).toContain('election-interference-denials');
    expect(JSON.stringify(trainer).length).toBeLessThan(10_000);
  });

  it('reads pause and per-site settings from the database', async () => {
    await setSiteEnabled('www.reuters.com', false);
    expect(await getScanConfig(URL_)).toEqual({ enabled: false, reason: 'site-off' });
    expect((await getScanConfig('https://www.bbc.com/news')).enabled).toBe(true);
    await setPaused(true);
    expect(await getScanConfig('https://www.bbc.com/news')).toEqual({ enabled: false, reason: 'paused' });
  });
});

describe('scan config: the interface language', () => {
  afterEach(() => vi.restoreAllMocks());
  /** The browser's interface language as `browser.i18n.getUILanguage()` reports it. */
  const browserSpeaks = (tag: string) => vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue(tag);
  const langOf = (config: ScanConfig) => (config.enabled ? config.lang : null);

  it('a setting wins; automatic is the browser’s language if the interface ships in it, else English', () => {
    expect(resolveUiLanguage('ru', 'en-US')).toBe('ru');
    expect(resolveUiLanguage('en', 'ru-RU')).toBe('en');
    expect(resolveUiLanguage('auto', 'ru-RU')).toBe('ru');
    expect(resolveUiLanguage('auto', 'de-DE')).toBe('en');
    expect(resolveUiLanguage('klingon', 'de')).toBe('en');
  });

  it('the decision passes the language on to a page that is on (English when none is given)', () => {
    const engine = () => engineInput();
    expect(langOf(decideScanConfig({ paused: false, siteEnabled: true, lang: 'ru' }, engine))).toBe('ru');
    expect(langOf(decideScanConfig({ paused: false, siteEnabled: true }, engine))).toBe('en');
  });

  it('the content script’s config carries the stored setting, with automatic resolved by the background', async () => {
    browserSpeaks('ru-RU');
    expect(langOf(await getScanConfig(URL_))).toBe('ru');
    browserSpeaks('en-GB');
    expect(langOf(await getScanConfig(URL_))).toBe('en');
    await setUiLanguage('ru');
    expect(langOf(await getScanConfig(URL_))).toBe('ru');
    await setUiLanguage('en');
    browserSpeaks('ru');
    expect(langOf(await getScanConfig(URL_))).toBe('en');
    const config = await getScanConfig(URL_);
    expect(structuredClone(config)).toEqual(config);
  });

  it('a page that is off gets no language, only the reason', async () => {
    await setUiLanguage('ru');
    await setPaused(true);
    expect(await getScanConfig(URL_)).toEqual({ enabled: false, reason: 'paused' });
  });
});

describe('getScanConfig message', () => {
  let unregister: () => void;
  const answers: [number, string, ScanConfig, string | undefined][] = [];

  beforeEach(() => {
    fakeBrowser.reset();
    answers.length = 0;
    const messaging = installChromeMessaging();
    messaging.sendAs({ tab: { id: 12 }, url: URL_ });
    unregister = registerScanConfig((tabId, url, config, title) => void answers.push([tabId, url, config, title]));
  });
  afterEach(() => unregister());

  it('answers the content script and tells the tab store what it answered', async () => {
    await setPaused(true);
    expect(await sendToBackground('getScanConfig', { url: URL_, title: 'A page' })).toEqual({
      enabled: false,
      reason: 'paused',
    });
    expect(answers).toEqual([[12, URL_, { enabled: false, reason: 'paused' }, 'A page']]);
  });
});
