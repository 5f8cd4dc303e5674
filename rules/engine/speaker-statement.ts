/**
 * Statement pages: "Comment by the Russian Permanent Mission to the EU…", "Ambassador Anatoly
 * Antonov's answer to a media question…", "Комментарий официального представителя МИД…". The
 * whole page is its author's voice, so a sentence that names no speaker of its own ("They have
 * not produced a single fact") is the author's. The author is the Russian person (else body)
 * that a short heading among the first blocks names next to a statement noun (lexicon grammar
 * class `statement-noun`); a headline with a verb of denying ("Kremlin denies…") is news, not a
 * statement's heading.
 */
import { mentionsIn } from './mentions';
import type { PreparedDoc } from './prepared';
import type { Resolver, Speaker } from './speaker-resolve';

/** Blocks at the top of a page where the statement's heading may stand (after a site name, a date). */
const HEADING_BLOCKS = 4;
/** A heading is short: longer blocks are the text itself. */
const HEADING_TOKENS = 40;
/** The statement noun opens the heading ("Comment by…") or follows a short name ("Ambassador Anatoly Antonov's answer"). */
const NOUN_BY = 8;
/** Words between the noun and its author: "Комментарий официального представителя МИД России". */
const AUTHOR_GAP = 6;

export class StatementAuthor {
  private author: Speaker | null | undefined;

  constructor(
    private doc: PreparedDoc,
    private resolver: Resolver,
  ) {}

  /** The page's author when the page is a Russian statement, else null (worked out once). */
  get(): Speaker | null {
    if (this.author === undefined) this.author = this.find();
    return this.author;
  }

  private find(): Speaker | null {
    for (let p = 0; p < Math.min(HEADING_BLOCKS, this.doc.size); p++) {
      const text = this.doc.input.blocks[p]!.text;
      // A heading is short and is no sentence: "…, a reply from the Kremlin." is a news standfirst.
      if (text.length > HEADING_TOKENS * 12 || /[.!?]\s*$/.test(text)) continue;
      const block = this.doc.block(p);
      if (block.tokens.length > HEADING_TOKENS || block.tokenCats.some((c) => c.has('deny-verb'))) continue;
      const noun = block.tokens.findIndex((t, i) => i < NOUN_BY && block.grammar['statement-noun'].has(t.norm));
      if (noun < 0) continue;
      // The author stands right by the noun: "Comment by the Mission", "Antonov's answer", "Комментарий МИД".
      const m = mentionsIn(this.doc.engine, block, 0, block.tokens.length).find(
        (x) =>
          x.kind !== 'pronoun' &&
          x.actor &&
          x.actor.kind !== 'state' &&
          ((x.from > noun && x.from <= noun + AUTHOR_GAP) || (x.to <= noun && x.to >= noun - 1)),
      );
      const sp = m ? this.resolver.resolve(block, m) : null;
      if (sp?.russian) return { ...sp, attribution: 'context' };
    }
    return null;
  }
}
