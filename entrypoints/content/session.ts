/**
 * One page's scans, start to finish: ask the background whether and with what to annotate,
 * then the pipeline extract → analyse (in idle slices) → map to ranges → hand to the
 * annotator, and report the findings. Later scans after page changes re-analyse only the
 * blocks whose text changed (changed-blocks.ts).
 *
 * Each scan has a generation number; a newer scan (route change, config change, more page
 * changes) makes an older one stop at its next slice, so results never arrive out of order.
 * Each finished scan leaves performance marks and a measure (names in utils/dom-names.ts)
 * whose `detail` says where the time went; the benchmark reads them.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { compileEngine, startAnalysis, type DocumentInput, type Engine, type Finding, type TextBlock } from '@/rules/engine/index';
import { DOM_NAMES } from '@/utils/dom-names';
import { sendMessage, type TabFindings } from '@/utils/protocol';
import { titleLookup } from '@/utils/trainer';
import type { Annotator } from './annotator';
import { carryFindings, diffBlocks } from './changed-blocks';
import { isHiddenByLayout, startExtraction } from './extract/index';
import { nextIdle, runSliced } from './idle';
import { annotate } from './to-ranges';

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

export class Session {
  private generation = 0;
  private engine: Engine | null = null;
  private configPending = false;
  private last: LastScan | null = null;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly annotator: Annotator,
  ) {}

  /** Asks for the config again and scans the whole page (first scan, config or route change). */
  async restart(options: { clear: boolean }): Promise<void> {
    const gen = ++this.generation;
    performance.mark(DOM_NAMES.scanStartMark);
    if (options.clear) this.annotator.clear();
    this.last = null;
    this.configPending = true;
    let config;
    try {
      config = await sendMessage('getScanConfig', { url: location.href });
    } catch (error) {
      console.debug('[counterpoint] no scan config (extension reloading?):', error);
      return;
    } finally {
      if (gen === this.generation) this.configPending = false;
    }
    if (gen !== this.generation || this.ctx.isInvalid) return;
    if (!config.enabled) {
      this.engine = null;
      this.annotator.clear();
      void this.report(config.reason, []);
      return;
    }
    this.annotator.setLanguage(config.lang);
    this.annotator.setTrainer(config.trainer ? titleLookup(config.engine.packs) : null);
    const t0 = performance.now();
    this.engine = compileEngine(config.engine);
    const compileMs = performance.now() - t0;
    // Extraction is one long step of its own: give it a fresh task.
    await nextIdle(this.ctx, 100);
    if (gen !== this.generation) return;
    await this.scan(gen, compileMs);
  }

  /** Re-analyses the blocks the page changed (after the mutation observer settled). */
  async changes(): Promise<void> {
    if (!this.engine || this.configPending) return; // the pending full scan will read the new DOM
    const gen = ++this.generation;
    performance.mark(DOM_NAMES.scanStartMark);
    await this.scan(gen, 0);
  }

  /** `compileMs`: time the caller spent compiling the engine for this scan (0 when reused). */
  private async scan(gen: number, compileMs: number): Promise<void> {
    const engine = this.engine!;
    // Extraction in idle slices too: a 2 MB page takes ~100 ms to walk, twice a long task.
    const sliced = startExtraction(document, { isHidden: isHiddenByLayout });
    const walk = await runSliced(this.ctx, (budget) => sliced.step(budget), () => gen !== this.generation);
    if (!walk.done || !sliced.result) return;
    const extraction = sliced.result;
    const extractMs = walk.busyMs;
    performance.mark(DOM_NAMES.extractEndMark);
    const texts = extraction.input.blocks.map((b) => b.text);
    const previous = this.last;
    const diff = previous ? diffBlocks(previous.texts, texts) : null;
    const kept = diff && previous ? carryFindings(previous.findings, diff) : [];
    let found: Finding[] = [];
    let analyzeMs = 0;
    let longestTaskMs = Math.max(compileMs, walk.longestMs);
    if (!diff || diff.changed.size > 0) {
      // A new task for the analysis: extraction already used this one.
      await nextIdle(this.ctx, 100);
      if (gen !== this.generation) return;
      const analysis = startAnalysis(engine, extraction.input, diff ? { only: diff.changed } : {});
      const run = await runSliced(this.ctx, (budget) => analysis.step(budget), () => gen !== this.generation);
      analyzeMs = run.busyMs;
      longestTaskMs = Math.max(longestTaskMs, run.longestMs);
      if (!run.done) return;
      found = analysis.findings;
    }
    const t1 = performance.now();
    const findings = [...kept, ...found].sort((a, b) => a.block - b.block || a.start - b.start);
    const annotations = annotate(document, findings, extraction.maps);
    this.annotator.set(annotations);
    const mapMs = performance.now() - t1;
    longestTaskMs = Math.max(longestTaskMs, mapMs);
    this.last = { texts, findings, input: extraction.input };
    const timings: ScanTimings = {
      compileMs,
      extractMs,
      analyzeMs,
      mapMs,
      busyMs: compileMs + extractMs + analyzeMs + mapMs,
      longestTaskMs,
      blocks: texts.length,
      analysed: diff ? diff.changed.size : texts.length,
      findings: annotations.length,
      truncated: extraction.truncated,
    };
    performance.mark(DOM_NAMES.scanEndMark);
    performance.measure(DOM_NAMES.scanMeasure, { start: DOM_NAMES.scanStartMark, end: DOM_NAMES.scanEndMark, detail: timings });
    void this.report(
      'scanned',
      annotations.map((a) => a.finding),
    );
  }

  /** The last scan's text, for the side panel's exports; null before the first scan. */
  pageText(): { blocks: TextBlock[]; title: string; url: string; published?: string } | null {
    if (!this.last) return null;
    const { blocks, title, published } = this.last.input;
    return { blocks, title: title ?? document.title, url: location.href, ...(published ? { published } : {}) };
  }

  private async report(state: TabFindings['state'], findings: Finding[]): Promise<void> {
    try {
      const reply = await sendMessage('reportFindings', { url: location.href, title: document.title, state, findings });
      if (!reply.ok) console.warn('[counterpoint] background refused reportFindings:', reply.error);
    } catch (error) {
      console.debug('[counterpoint] reportFindings not delivered:', error);
    }
  }
}
