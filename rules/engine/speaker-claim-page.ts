/**
 * Fact-check pages that quote disinformation (EUvsDisinfo and the like): "Disinfo: There was no
 * Russian interference…" as a heading, the claim restated under "Summary", the fact-checker's
 * reply under "Disproof". The quoted claim is pro-Kremlin media's, not the fact-checker's: a
 * paragraph opened by a claim label (lexicon grammar class `claim-label`), and after it the
 * next paragraph or, when the page has them, the paragraphs between a `summary-heading` and a
 * `disproof-heading`.
 */
import type { PreparedDoc } from './prepared';
import type { Speaker } from './speaker-resolve';
import { fold } from './tokens';

/** Who speaks in a quoted claim: the page names no outlet in the claim itself. */
export const CLAIM_VOICE: Speaker = { name: 'pro-Kremlin media', actor: null, attribution: 'context', russian: true };

/** Blocks of a page read for its sections (a fact-check page is short; a huge page is not one). */
const MAX_BLOCKS = 400;
/** A section heading is a word or two. */
const HEADING = /^\s*(\p{L}+)\s*:?\s*$/u;
const LABEL = /^\s*(\p{L}+)\s*:/u;

export class ClaimPage {
  private voiced: Set<number> | undefined;

  constructor(private doc: PreparedDoc) {}

  /** Whether block `b` is a quoted claim or its restatement. */
  has(b: number): boolean {
    this.voiced ??= this.sections();
    return this.voiced.has(b);
  }

  /** Whether block `b` opens with a claim label ("Disinfo: …"). */
  labelled(b: number): boolean {
    const m = LABEL.exec(this.doc.input.blocks[b]!.text.slice(0, 40));
    return !!m && this.doc.engine.grammar['claim-label'].has(fold(m[1]!));
  }

  private sections(): Set<number> {
    const out = new Set<number>();
    const grammar = this.doc.engine.grammar;
    let summary = false;
    let lastLabel = -2;
    for (let p = 0; p < Math.min(this.doc.size, MAX_BLOCKS); p++) {
      const heading = HEADING.exec(this.doc.input.blocks[p]!.text.slice(0, 40));
      const word = heading ? fold(heading[1]!) : '';
      if (heading && grammar['summary-heading'].has(word)) summary = lastLabel >= 0;
      else if (heading && grammar['disproof-heading'].has(word)) summary = false;
      else if (this.labelled(p)) {
        out.add(p);
        lastLabel = p;
      } else if (summary || lastLabel === p - 1) out.add(p);
    }
    return out;
  }
}
