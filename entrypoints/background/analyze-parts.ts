/**
 * A long page's `analyzePage` request in parts (protocol.ts `AnalyzeRequest.part`): the page
 * sends its blocks a few hundred KB at a time, each in its own task, and the background puts
 * them back together here. One pending page per sender (tab and frame); a new scan replaces it.
 */
import type { TextBlock } from '@/rules/types';
import type { AnalyzeRequest } from '@/utils/protocol';

/** Most parts one page may send, and most senders with a page half-sent. */
const MAX_PARTS = 1000;
const MAX_SENDERS = 32;
/** Same cap as a whole request (analyze-page.ts MAX_ANALYZE_CHARS). */
const MAX_CHARS = 20_000_000;

interface Pending {
  scan: string;
  parts: (AnalyzeRequest | undefined)[];
  chars: number;
}

export class PartStore {
  private readonly pending = new Map<string, Pending>();

  /**
   * Files one part; returns the whole request once the last part is in, null while parts are
   * still to come, or an error message (the sender's pending page is then dropped).
   */
  add(sender: string, request: AnalyzeRequest): AnalyzeRequest | null | string {
    const part = request.part!;
    const { scan, index, count } = part;
    if (
      typeof scan !== 'string' ||
      scan.length > 64 ||
      !Number.isInteger(count) ||
      count < 1 ||
      count > MAX_PARTS ||
      !Number.isInteger(index) ||
      index < 0 ||
      index >= count
    ) {
      this.pending.delete(sender);
      return 'malformed part';
    }
    let entry = this.pending.get(sender);
    if (!entry || entry.scan !== scan || entry.parts.length !== count) {
      entry = { scan, parts: Array.from({ length: count }, () => undefined), chars: 0 };
      this.pending.delete(sender);
      this.pending.set(sender, entry);
      if (this.pending.size > MAX_SENDERS) this.pending.delete(this.pending.keys().next().value!);
    }
    entry.chars += request.input.blocks.reduce((sum, b) => sum + b.text.length, 0);
    if (entry.chars > MAX_CHARS) {
      this.pending.delete(sender);
      return 'the page text is too long';
    }
    entry.parts[index] = request;
    if (index < count - 1) return null;
    this.pending.delete(sender);
    if (entry.parts.some((p) => !p)) return 'parts of the page are missing';
    return merge(entry.parts as AnalyzeRequest[]);
  }
}

/** The parts' blocks and language declarations in order; the last part's metadata and `only`. */
function merge(parts: AnalyzeRequest[]): AnalyzeRequest {
  const last = parts[parts.length - 1]!;
  const blocks: TextBlock[] = [];
  const declared: (string | null | undefined)[] = [];
  let hinted = false;
  for (const p of parts) {
    const declaredHere =
      Array.isArray(p.languages?.declared) && p.languages.declared.length === p.input.blocks.length
        ? p.languages.declared
        : null;
    hinted ||= declaredHere !== null;
    for (let i = 0; i < p.input.blocks.length; i++) {
      blocks.push(p.input.blocks[i]!);
      declared.push(declaredHere?.[i] ?? null);
    }
  }
  const pageLang = last.languages?.pageLang;
  return {
    input: { ...last.input, blocks },
    ...(last.only ? { only: last.only } : {}),
    ...(hinted ? { languages: { declared, ...(pageLang !== undefined ? { pageLang } : {}) } } : {}),
  };
}
