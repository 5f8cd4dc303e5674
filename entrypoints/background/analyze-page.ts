/**
 * Background side of `analyzePage` (issue #14, per-page cost): content scripts send the text
 * they extracted and get the findings back. The engine is compiled once per worker from the
 * active packs (scan-config.ts `currentEngineInput`, reset when packs change) instead of once
 * per page view: a page no longer receives ~170 KB of engine data, compiles lexicons or runs the
 * analysis on its main thread. Nothing leaves the device: the background is the extension's own.
 */
import { labelLanguages, type LanguageHints } from '@/page/extract/extract-blocks';
import { compileEngine, startAnalysis, type Engine, type EngineInput } from '@/rules/engine/index';
import type { DocumentInput } from '@/rules/types';
import { fromWire, packFindings, toWire, type PackedFindings, type Wire } from '@/utils/page-wire';
import { type AnalyzeRequest, type Failure, onBackgroundMessage } from '@/utils/protocol';
import { PartStore } from './analyze-parts';
import { currentEngineInput } from './scan-config';

/** Far more text than any page the extraction budget lets through. */
export const MAX_ANALYZE_CHARS = 20_000_000;

/** Analysis time between two chances for the worker to handle other messages. */
const STEP_MS = 30;

const compiled = new WeakMap<EngineInput, Engine>();

async function engine(): Promise<Engine> {
  const input = await currentEngineInput();
  let built = compiled.get(input);
  if (!built) {
    built = compileEngine(input);
    compiled.set(input, built);
  }
  return built;
}

function validInput(input: DocumentInput): string | null {
  if (!input || !Array.isArray(input.blocks)) return 'no text blocks';
  let chars = 0;
  for (const block of input.blocks) {
    if (!block || typeof block.text !== 'string') return 'a block without text';
    chars += block.text.length;
  }
  return chars > MAX_ANALYZE_CHARS ? 'the page text is too long' : null;
}

/** The page's language declarations, when they are well-formed; anything else is ignored (detection alone). */
function languageHints(value: unknown, blocks: number): LanguageHints | null {
  if (!value || typeof value !== 'object') return null;
  const { declared, pageLang } = value as { declared?: unknown; pageLang?: unknown };
  if (!Array.isArray(declared) || declared.length !== blocks) return null;
  if (!declared.every((d) => d == null || (typeof d === 'string' && d.length <= 35))) return null;
  return {
    declared: declared as (string | null)[],
    ...(typeof pageLang === 'string' && pageLang.length <= 35 ? { pageLang } : {}),
  };
}

export function registerAnalyzePage(): () => void {
  const parts = new PartStore();
  return onBackgroundMessage('analyzePage', async ({ data: wire, sender }) =>
    toWire(await analyzePage(wire, parts, `${sender.tab?.id ?? '-'}:${sender.frameId ?? 0}`)),
  );
}

type Reply = { ok: true; packed: PackedFindings; partial?: true } | Failure;

async function analyzePage(wire: Wire<AnalyzeRequest>, parts: PartStore, from: string): Promise<Reply> {
  let data: AnalyzeRequest;
  try {
    data = fromWire(wire);
  } catch {
    return { ok: false, error: 'not a JSON request' };
  }
  const invalid = validInput(data?.input);
  if (invalid) return { ok: false, error: invalid };
  if (data.part) {
    const whole = parts.add(from, data);
    if (typeof whole === 'string') return { ok: false, error: whole };
    if (!whole) return { ok: true, packed: { findings: [], assessments: [] }, partial: true };
    data = whole;
  }
  try {
    const only = Array.isArray(data.only) ? new Set(data.only) : undefined;
    const hints = languageHints(data.languages, data.input.blocks.length);
    if (hints) for (const _ of labelLanguages(data.input.blocks, hints));
    const analysis = startAnalysis(await engine(), data.input, only ? { only } : {});
    // In steps with a macrotask between them: while one long page is analysed, the worker still
    // answers other tabs and the extension's pages (a single huge block is still one step).
    while (!analysis.step(STEP_MS)) await new Promise((resolve) => setTimeout(resolve, 0));
    // Equal assessments are separate objects here: compare them by content.
    return { ok: true, packed: packFindings(analysis.findings, (a) => JSON.stringify(a)) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
