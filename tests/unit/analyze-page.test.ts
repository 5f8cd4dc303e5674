/**
 * `analyzePage` (utils/analyze-page.ts): the background runs the engine on the text a content
 * script extracted, so pages never receive the engine data or compile it (issue #14).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { db } from '@/storage/db';
import { setPackEnabled } from '@/storage/packs';
import { registerAnalyzePage } from '@/utils/analyze-page';
import { sendMessage } from '@/utils/protocol';
import { resetEngineInput } from '@/utils/scan-config';
import { installChromeMessaging } from './helpers/chrome-messaging';

const DENIAL = '“We never interfered in elections in the United States,” Kremlin spokesman Dmitry Peskov said on Tuesday.';

describe('analyzePage', () => {
  let unregister: () => void;
  beforeEach(async () => {
    fakeBrowser.reset();
    await db.delete();
    await db.open();
    resetEngineInput();
    installChromeMessaging().sendAs({ tab: { id: 3 }, url: 'https://www.reuters.com/a' });
    unregister = registerAnalyzePage();
  });
  afterEach(() => unregister());

  it('answers a content script with the findings of its text', async () => {
    const reply = await sendMessage('analyzePage', { input: { blocks: [{ kind: 'paragraph', text: DENIAL }], published: '2024-03-06' } });
    expect(reply.ok).toBe(true);
    if (!reply.ok) return;
    expect(reply.findings.map((f) => [f.pattern, f.text, f.speakerId])).toEqual([['denial', 'We never interfered in elections in the United States', 'dmitry-peskov']]);
  });

  it('analyses only the blocks named in `only`', async () => {
    const input = { blocks: [{ kind: 'paragraph' as const, text: DENIAL }, { kind: 'paragraph' as const, text: 'The weather was fine.' }, { kind: 'paragraph' as const, text: DENIAL }] };
    const reply = await sendMessage('analyzePage', { input, only: [2] });
    expect(reply.ok && reply.findings.map((f) => f.block)).toEqual([2]);
  });

  it('follows the active packs: a pack switched off (and the cache reset) finds nothing', async () => {
    const { syncBundledPacks } = await import('@/storage/db');
    await syncBundledPacks(db);
    await setPackEnabled('election-interference-denials', false);
    resetEngineInput();
    const reply = await sendMessage('analyzePage', { input: { blocks: [{ kind: 'paragraph', text: DENIAL }] } });
    expect(reply.ok && reply.findings.filter((f) => f.pattern === 'denial')).toEqual([]);
  });

  it('detects the blocks\' languages from the declarations the page sends (languages)', async () => {
    // A short Spanish denial: its language is only clear with the page's declaration as the lead.
    const text = '«Nunca interferimos en elecciones», dijo Peskov.';
    const ask = (languages?: unknown) => sendMessage('analyzePage', { input: { blocks: [{ kind: 'paragraph', text }] }, ...(languages ? { languages: languages as never } : {}) });
    const patterns = (reply: Awaited<ReturnType<typeof ask>>) => (reply.ok ? reply.findings.map((f) => [f.pattern, f.lang]) : reply.error);
    expect(patterns(await ask({ declared: ['es'] }))).toEqual([['denial', 'es']]);
    expect(patterns(await ask({ declared: [null], pageLang: 'es' }))).toEqual([['denial', 'es']]);
    // Declared German: analysed as German, where these words say nothing.
    expect(patterns(await ask({ declared: ['de'] }))).toEqual([]);
    // Malformed declarations are ignored (detection alone), never an error.
    expect(patterns(await ask({ declared: ['de', 'de'] }))).toEqual([['denial', 'es']]);
    expect(patterns(await ask({ declared: [{ toString: 1 }] }))).toEqual([['denial', 'es']]);
    expect(patterns(await ask('de'))).toEqual([['denial', 'es']]);
  });

  it('refuses malformed input with a reason', async () => {
    expect(await sendMessage('analyzePage', { input: { blocks: 'x' } as never })).toEqual({ ok: false, error: 'no text blocks' });
    expect(await sendMessage('analyzePage', { input: { blocks: [{ kind: 'paragraph', text: 5 }] } as never })).toEqual({ ok: false, error: 'a block without text' });
  });
});
