/**
 * `analyzePage` (entrypoints/background/analyze-page.ts): the background runs the engine on the text a content
 * script extracted, so pages never receive the engine data or compile it (issue #14).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { db } from '@/storage/db';
import { setPackEnabled } from '@/storage/packs';
import { registerAnalyzePage } from '@/entrypoints/background/analyze-page';
import { fromWire, toWire, unpackFindings } from '@/utils/page-wire';
import { type AnalyzeRequest, sendToBackground } from '@/utils/protocol';
import { resetEngineInput } from '@/entrypoints/background/scan-config';
import { installChromeMessaging } from './helpers/chrome-messaging';

const DENIAL =
  '“We never interfered in elections in the United States,” Kremlin spokesman Dmitry Peskov said on Tuesday.';

/** Sends a request the way the content script does (as JSON) and unpacks the findings of the reply. */
async function analyzePage(request: AnalyzeRequest) {
  const reply = fromWire(await sendToBackground('analyzePage', toWire(request)));
  return reply.ok ? { ok: true as const, findings: unpackFindings(reply.packed) } : reply;
}

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
    const reply = await analyzePage({
      input: { blocks: [{ kind: 'paragraph', text: DENIAL }], published: '2024-03-06' },
    });
    expect(reply.ok).toBe(true);
    if (!reply.ok) return;
    expect(reply.findings.map((f) => [f.pattern, f.text, f.speakerId])).toEqual([
      ['denial', 'We never interfered in elections in the United States', 'dmitry-peskov'],
    ]);
  });

  it('analyses only the blocks named in `only`', async () => {
    const input = {
      blocks: [
        { kind: 'paragraph' as const, text: DENIAL },
        { kind: 'paragraph' as const, text: 'The weather was fine.' },
        { kind: 'paragraph' as const, text: DENIAL },
      ],
    };
    const reply = await analyzePage({ input, only: [2] });
    expect(reply.ok && reply.findings.map((f) => f.block)).toEqual([2]);
  });

  it('follows the active packs: a pack switched off (and the cache reset) finds nothing', async () => {
    const { syncBundledPacks } = await import('@/storage/db');
    await syncBundledPacks(db);
    await setPackEnabled('election-interference-denials', false);
    resetEngineInput();
    const reply = await analyzePage({ input: { blocks: [{ kind: 'paragraph', text: DENIAL }] } });
    expect(reply.ok && reply.findings.filter((f) => f.pattern === 'denial')).toEqual([]);
  });

  it("detects the blocks' languages from the declarations the page sends (languages)", async () => {
    // A short Spanish denial: its language is only clear with the page's declaration as the lead.
    const text = '«Nunca interferimos en elecciones», dijo Peskov.';
    const ask = (languages?: unknown) =>
      analyzePage({
        input: { blocks: [{ kind: 'paragraph', text }] },
        ...(languages ? { languages: languages as never } : {}),
      });
    const patterns = (reply: Awaited<ReturnType<typeof ask>>) =>
      reply.ok ? reply.findings.map((f) => [f.pattern, f.lang]) : reply.error;
    expect(patterns(await ask({ declared: ['es'] }))).toEqual([['denial', 'es']]);
    expect(patterns(await ask({ declared: [null], pageLang: 'es' }))).toEqual([['denial', 'es']]);
    // Declared German: analysed as German, where these words say nothing.
    expect(patterns(await ask({ declared: ['de'] }))).toEqual([]);
    // Malformed declarations are ignored (detection alone), never an error.
    expect(patterns(await ask({ declared: ['de', 'de'] }))).toEqual([['denial', 'es']]);
    expect(patterns(await ask({ declared: [{ toString: 1 }] }))).toEqual([['denial', 'es']]);
    expect(patterns(await ask('de'))).toEqual([['denial', 'es']]);
  });

  it('puts a page sent in parts back together: the same findings as sent whole', async () => {
    const blocks = [DENIAL, 'The weather was fine.', DENIAL.replace('Tuesday', 'Friday'), 'Rain later.', DENIAL].map(
      (text) => ({ kind: 'paragraph' as const, text }),
    );
    const declared = ['en', null, 'en', null, 'en'];
    const whole = await analyzePage({
      input: { blocks, published: '2024-03-06' },
      languages: { declared },
      only: [2, 4],
    });
    expect(whole.ok && whole.findings.map((f) => f.block)).toEqual([2, 4]);
    const cuts = [
      [0, 2],
      [2, 3],
      [3, 5],
    ] as const;
    const replies = [];
    for (const [index, [from, to]] of cuts.entries()) {
      const last = index === cuts.length - 1;
      replies.push(
        fromWire(
          await sendToBackground(
            'analyzePage',
            toWire({
              input: { blocks: blocks.slice(from, to), ...(last ? { published: '2024-03-06' } : {}) },
              languages: { declared: declared.slice(from, to) },
              ...(last ? { only: [2, 4] } : {}),
              part: { scan: 's1', index, count: cuts.length },
            } satisfies AnalyzeRequest),
          ),
        ),
      );
    }
    expect(replies.slice(0, 2)).toEqual([
      { ok: true, partial: true, packed: { findings: [], assessments: [] } },
      { ok: true, partial: true, packed: { findings: [], assessments: [] } },
    ]);
    const last = replies[2]!;
    expect(last.ok && unpackFindings(last.packed)).toEqual(whole.ok && whole.findings);
  });

  it('refuses a last part whose earlier parts never came, and malformed parts', async () => {
    const part = (index: number, count: number, scan = 's2') =>
      sendToBackground(
        'analyzePage',
        toWire({
          input: { blocks: [{ kind: 'paragraph' as const, text: DENIAL }] },
          part: { scan, index, count },
        } satisfies AnalyzeRequest),
      );
    expect(fromWire(await part(0, 3))).toMatchObject({ ok: true, partial: true });
    // A new scan replaces the pending one: its last part alone is not a page.
    expect(fromWire(await part(2, 3, 's3'))).toEqual({ ok: false, error: 'parts of the page are missing' });
    expect(fromWire(await part(3, 3))).toEqual({ ok: false, error: 'malformed part' });
    expect(fromWire(await part(0, 0))).toEqual({ ok: false, error: 'malformed part' });
  });

  it('answers a short page while a long one is still being analysed (the worker is not blocked)', async () => {
    const long = analyzePage({
      input: { blocks: Array.from({ length: 2000 }, () => ({ kind: 'paragraph' as const, text: DENIAL })) },
    });
    const order: string[] = [];
    void long.then(() => order.push('long'));
    // Let the long analysis start before the short request arrives.
    await new Promise((resolve) => setTimeout(resolve, 0));
    const short = await analyzePage({ input: { blocks: [{ kind: 'paragraph', text: DENIAL }] } });
    order.push('short');
    const done = await long;
    expect(order).toEqual(['short', 'long']);
    expect(short.ok && short.findings).toHaveLength(1);
    expect(done.ok && done.findings).toHaveLength(2000);
  });

  it('refuses malformed input with a reason', async () => {
    expect(await analyzePage({ input: { blocks: 'x' } as never })).toEqual({ ok: false, error: 'no text blocks' });
    expect(await analyzePage({ input: { blocks: [{ kind: 'paragraph', text: 5 }] } as never })).toEqual({
      ok: false,
      error: 'a block without text',
    });
    expect(fromWire(await sendToBackground('analyzePage', { json: '{"input":' }))).toEqual({
      ok: false,
      error: 'not a JSON request',
    });
  });
});
