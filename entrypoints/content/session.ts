/**
 * One page's scans, start to finish: ask the background whether to annotate, then the pipeline
 * extract (in idle slices) → analyse (in the background: `analyzePage`, so the page never
 * compiles or runs the engine) → map to ranges → hand to the annotator, and report the findings. Later scans after page changes re-analyse only the
 * blocks whose text changed (changed-blocks.ts).
 *
 * Each scan has a generation number; a newer scan (route change, config change, more page
 * changes) makes an older one stop at its next slice, so results never arrive out of order.
 * In test and development builds each finished scan leaves performance marks and a measure
 * (names in utils/dom-names.ts) whose `detail` says where the time went; browser tests and the
 * benchmark read them. Production builds leave none: the page's timeline would tell it we are here.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { DocumentInput, Finding, TextBlock } from '@/rules/engine/index';
import { DOM_NAMES } from '@/utils/dom-names';
import { packFindings, toWire } from '@/utils/page-wire';
import { type AnalyzeRequest, sendToBackground, type TabFindings } from '@/utils/protocol';
import { titleLookup } from '@/utils/trainer';
import type { Annotator } from './annotator';
import { carryFindings, diffBlocks } from './changed-blocks';
import { isHiddenByLayout, startExtraction } from '@/page/extract/index';
import { nextIdle, runSliced } from './idle';
import { analyzeInBackground } from './send-page';
import { startAnnotation } from '@/page/to-ranges';

/** The last finished scan, what the next one is compared with. */
interface LastScan {
  texts: string[];
  findings: Finding[];
  /** The extracted blocks and metadata, for exports (getPageText). */
  input: DocumentInput;
}

export interface ScanTimings {
  compileMs: number;
  extractMs: number;
  analyzeMs: number;
  mapMs: number;
  busyMs: number;
  /** The longest stretch of our code in one task. */
  longestTaskMs: number;
  blocks: number;
  analysed: number;
  findings: number;
  truncated: boolean;
}

/**
 * Performance marks for tests only (see the header). The per-page benchmark loads its pages
 * with `?counterpoint-no-marks` so the test build costs what production costs: a content
 * script's first mark takes several ms.
 */
const TIMELINE = import.meta.env.MODE !== 'production' && !location.search.includes('counterpoint-no-marks');
const mark = (name: string) => TIMELINE && performance.mark(name);

export class Session {
  private generation = 0;
  private enabled = false;
  private configPending = false;
  private last: LastScan | null = null;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly annotator: Annotator,
  ) {}

  /**
   * Asks for the config again and scans the whole page (first scan, config or route change).
   * The request also tells the background this tab shows the page (no separate message);
   * `idleMs`: the longest wait for an idle moment before extraction (the first scan lets the
   * page's own work come first).
   */
  async restart(options: { clear: boolean; idleMs?: number }): Promise<void> {
    const gen = ++this.generation;
    mark(DOM_NAMES.scanStartMark);
    if (options.clear) this.annotator.clear();
    this.last = null;
    this.configPending = true;
    let config;
    try {
      config = await sendToBackground('getScanConfig', { url: location.href, title: document.title });
    } catch (error) {
      console.debug('[counterpoint] no scan config (extension reloading?):', error);
      return;
    } finally {
      if (gen === this.generation) this.configPending = false;
    }
    if (gen !== this.generation || this.ctx.isInvalid) return;
    if (!config.enabled) {
      this.enabled = false;
      this.annotator.clear();
      void this.report(config.reason, []);
      return;
    }
    this.annotator.setLanguage(config.lang);
    this.annotator.setTrainer(config.trainer ? titleLookup(config.titles ?? []) : null);
    // Extraction gets fresh tasks of its own. Page changes meanwhile start no scan of their own
    // on a first scan: the page's own work comes first, and this scan reads the DOM as it is then.
    await nextIdle(this.ctx, options.idleMs ?? 100);
    if (gen !== this.generation) return;
    this.enabled = true;
    await this.scan(gen, 0);
  }

  /** Re-analyses the blocks the page changed (after the mutation observer settled). */
  async changes(): Promise<void> {
    if (!this.enabled || this.configPending) return; // the pending full scan will read the new DOM
    const gen = ++this.generation;
    mark(DOM_NAMES.scanStartMark);
    await this.scan(gen, 0);
  }

  /** `compileMs`: kept in the timings for the benchmark's table; the engine compiles in the background now (0). */
  private async scan(gen: number, compileMs: number): Promise<void> {
    // Extraction in idle slices too: a 2 MB page takes ~100 ms to walk, twice a long task.
    // The blocks' languages are detected in the background (analyzePage's `languages`).
    const sliced = startExtraction(document, { isHidden: isHiddenByLayout, deferLanguages: true });
    const walk = await runSliced(
      this.ctx,
      (budget) => sliced.step(budget),
      () => gen !== this.generation,
    );
    if (!walk.done || !sliced.result) return;
    const extraction = sliced.result;
    const extractMs = walk.busyMs;
    mark(DOM_NAMES.extractEndMark);
    const texts = extraction.input.blocks.map((b) => b.text);
    const previous = this.last;
    const diff = previous ? diffBlocks(previous.texts, texts) : null;
    const kept = diff && previous ? carryFindings(previous.findings, diff) : [];
    let found: Finding[] = [];
    let analyzeMs = 0;
    let longestTaskMs = Math.max(compileMs, walk.longestMs);
    if (!diff || diff.changed.size > 0) {
      // The background analyses; our part is sending the text (serialised in a task of its
      // own: extraction's last slice already used this one) and reading the answer.
      await nextIdle(this.ctx, 100);
      if (gen !== this.generation) return;
      const t0 = performance.now();
      let reply;
      try {
        const languages = extraction.languageHints;
        const request: AnalyzeRequest = {
          input: extraction.input,
          ...(languages ? { languages } : {}),
          ...(diff ? { only: [...diff.changed] } : {}),
        };
        reply = await analyzeInBackground(this.ctx, request, () => gen === this.generation);
      } catch (error) {
        console.debug('[counterpoint] analyzePage not delivered (extension reloading?):', error);
        return;
      }
      analyzeMs = performance.now() - t0;
      if (!reply || gen !== this.generation || this.ctx.isInvalid) return;
      if (!reply.ok) {
        console.warn('[counterpoint] background could not analyse the page:', reply.error);
        return;
      }
      found = reply.findings;
    }
    const findings = [...kept, ...found].sort((a, b) => a.block - b.block || a.start - b.start);
    // Ranges in idle slices, the highlights right after the last, the pill and the host element
    // in a task of their own (100 claims on a 2 MB page were one 45–200 ms task). No wait before
    // painting: idle callbacks in a background tab can be seconds apart (Firefox).
    const mapping = startAnnotation(document, findings, extraction.maps);
    const mapped = await runSliced(
      this.ctx,
      (budget) => mapping.step(budget),
      () => gen !== this.generation,
    );
    if (!mapped.done || !mapping.result || this.ctx.isInvalid) return;
    const annotations = mapping.result;
    const t1 = performance.now();
    this.annotator.set(annotations, nextIdle(this.ctx, 100));
    const mapMs = mapped.busyMs + performance.now() - t1;
    longestTaskMs = Math.max(longestTaskMs, mapped.longestMs, performance.now() - t1);
    this.last = { texts, findings, input: extraction.input };
    const timings: ScanTimings = {
      compileMs,
      extractMs,
      analyzeMs,
      mapMs,
      busyMs: compileMs + extractMs + mapMs, // analysis runs in the background: analyzeMs is a wait
      longestTaskMs,
      blocks: texts.length,
      analysed: diff ? diff.changed.size : texts.length,
      findings: annotations.length,
      truncated: extraction.truncated,
    };
    if (TIMELINE) {
      performance.mark(DOM_NAMES.scanEndMark);
      performance.measure(DOM_NAMES.scanMeasure, {
        start: DOM_NAMES.scanStartMark,
        end: DOM_NAMES.scanEndMark,
        detail: timings,
      });
    }
    // The report (the findings serialised for the background) gets a task of its own too.
    const reported = annotations.map((a) => a.finding);
    void nextIdle(this.ctx, 100).then(async () => {
      if (gen === this.generation && !this.ctx.isInvalid) await this.report('scanned', reported);
    });
  }

  /** The last scan's text, for the side panel's exports; null before the first scan. */
  pageText(): { blocks: TextBlock[]; title: string; url: string; published?: string } | null {
    if (!this.last) return null;
    const { blocks, title, published } = this.last.input;
    return { blocks, title: title ?? document.title, url: location.href, ...(published ? { published } : {}) };
  }

  private async report(state: TabFindings['state'], findings: Finding[]): Promise<void> {
    try {
      const reply = await sendToBackground(
        'reportFindings',
        toWire({ url: location.href, title: document.title, state, packed: packFindings(findings) }),
      );
      if (!reply.ok) console.warn('[counterpoint] background refused reportFindings:', reply.error);
    } catch (error) {
      console.debug('[counterpoint] reportFindings not delivered:', error);
    }
  }
}
