/**
 * Sends the extracted page to the background for analysis (`analyzePage`) and reads the findings
 * back, as JSON strings with the findings packed (utils/page-wire.ts). A long page goes in parts
 * of about PART_CHARS characters, each serialised and sent in an idle task of its own: 2 MB at
 * once was a 30–60 ms task on the page (issue #14, per-page cost).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Finding } from '@/rules/types';
import { fromWire, toWire, unpackFindings } from '@/utils/page-wire';
import { type AnalyzeRequest, type Failure, sendToBackground } from '@/utils/protocol';
import { nextIdle } from './idle';

export const PART_CHARS = 200_000;

/** [from, to) block ranges of at most PART_CHARS characters each (a longer block is a part alone). */
export function partsOf(blocks: { text: string }[], partChars = PART_CHARS): [number, number][] {
  const parts: [number, number][] = [];
  let from = 0;
  let chars = 0;
  blocks.forEach((block, i) => {
    if (i > from && chars + block.text.length > partChars) {
      parts.push([from, i]);
      from = i;
      chars = 0;
    }
    chars += block.text.length;
  });
  parts.push([from, blocks.length]);
  return parts;
}

/** The findings, a Failure, or null when `current()` turned false between parts. */
export async function analyzeInBackground(
  ctx: ContentScriptContext,
  request: AnalyzeRequest,
  current: () => boolean,
): Promise<{ ok: true; findings: Finding[] } | Failure | null> {
  const parts = partsOf(request.input.blocks);
  const { blocks, ...meta } = request.input;
  const scan = Math.random().toString(36).slice(2);
  for (let i = 0; i < parts.length; i++) {
    if (i > 0) {
      await nextIdle(ctx, 100);
      if (!current() || ctx.isInvalid) return null;
    }
    const [from, to] = parts[i]!;
    const last = i === parts.length - 1;
    const languages = request.languages;
    const part: AnalyzeRequest =
      parts.length === 1
        ? request
        : {
            input: last ? { ...meta, blocks: blocks.slice(from, to) } : { blocks: blocks.slice(from, to) },
            ...(languages
              ? {
                  languages: {
                    declared: languages.declared.slice(from, to),
                    ...(languages.pageLang !== undefined ? { pageLang: languages.pageLang } : {}),
                  },
                }
              : {}),
            ...(last && request.only ? { only: request.only } : {}),
            part: { scan, index: i, count: parts.length },
          };
    const reply = fromWire(await sendToBackground('analyzePage', toWire(part)));
    if (!reply.ok) return reply;
    if (last) return { ok: true, findings: unpackFindings(reply.packed) };
  }
  return null;
}
