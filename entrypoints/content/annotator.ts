/**
 * What is on the page right now: the annotations, which one is active, and the UI that shows
 * them (highlights, the pill, the card). Scans hand it complete sets; it never looks at the
 * engine. The host element exists exactly while there are annotations.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { setLanguageOverride, type UiLanguage } from '@/utils/i18n';
import { sendToBackground } from '@/utils/protocol';
import { claimAnnouncement, positionLabel } from './card-text';
import { ClaimCard } from './card';
import type { TitleLookup } from '@/utils/trainer';
import { HighlightPainter } from '@/page/highlights';
import { UiHost } from './host';
import { scrollDelta } from './card-place';
import type { Rect } from './hit-test';
import { buildLegend, keepClear } from './legend';
import { FindingsPill } from './pill';
import { isStale, type Annotation } from '@/page/to-ranges';

export class Annotator {
  annotations: Annotation[] = [];
  active = -1;
  readonly host: UiHost;
  private readonly painter = new HighlightPainter();
  /**
   * The card and the pill are built on first use (a claim to show): a page without claims never
   * pays for them, and a page with claims builds them after the scan config set the language.
   */
  private cardBuilt: ClaimCard | null = null;
  private pillBuilt: FindingsPill | null = null;
  /** Where focus was before a card took it, to give it back on Escape. */
  private returnFocus: HTMLElement | null = null;
  /** Trainer mode: pack and rule titles for the card's "why", and the legend; null when off. */
  private trainer: TitleLookup | null = null;
  private legend: HTMLElement | null = null;
  /** The interface language the UI was last drawn in (from the scan config); null before the first config. */
  private language: UiLanguage | null = null;

  constructor(ctx: ContentScriptContext) {
    this.host = new UiHost(ctx);
    this.host.onCreate((root) => {
      root.append(this.pill.element, this.pill.announcer);
      if (this.cardBuilt) root.append(this.cardBuilt.element);
      if (this.legend) root.append(this.legend);
    });
    ctx.onInvalidated(() => this.painter.clear());
  }

  /** Built when a claim's card is first shown, not with the host: most pages never open one. */
  private get card(): ClaimCard {
    if (!this.cardBuilt) {
      this.cardBuilt = new ClaimCard({ close: () => this.closeCard(true), openContext: (id) => openContext(id) });
      this.cardBuilt.trainer = this.trainer;
      // Before the legend, where the host's first drawing puts it.
      if (this.host.exists)
        this.host.ensure().insertBefore(this.cardBuilt.element, this.legend?.isConnected ? this.legend : null);
    }
    return this.cardBuilt;
  }

  private get pill(): FindingsPill {
    return (this.pillBuilt ??= new FindingsPill({ step: (delta) => this.step(delta) }));
  }

  get cardOpen(): boolean {
    return (this.cardBuilt?.openId ?? null) !== null;
  }

  /** The finding whose card is open, for the side panel to select (issue #15). */
  get openFindingId(): string | null {
    return this.cardBuilt?.openId ?? null;
  }

  /**
   * Replaces what is shown. Keeps the open card if its claim is still there. With `uiAfter`, the
   * highlights are painted now and the host element and pill drawn when it resolves (a task of
   * their own), unless another `set` came first.
   */
  set(annotations: Annotation[], uiAfter?: Promise<unknown>): void {
    this.annotations = annotations;
    this.painter.paint(annotations);
    if (annotations.length === 0) {
      this.clear();
      return;
    }
    // Listeners with the highlights, not with the deferred UI: a pointer may rest on a claim
    // from the moment it is painted.
    this.startListeners();
    if (uiAfter) void uiAfter.then(() => this.annotations === annotations && this.showUi());
    else this.showUi();
  }

  /** Runs `start` once, the first time the page has claims to show (listeners a page without claims does not need). */
  whenShown(start: () => void): void {
    if (this.shown) start();
    else this.onFirstShow.push(start);
  }

  private shown = false;
  private onFirstShow: (() => void)[] = [];

  private startListeners(): void {
    if (this.shown) return;
    this.shown = true;
    for (const start of this.onFirstShow.splice(0)) start();
  }

  /** The host, the pill and (if its claim is still there) the open card, for the current annotations. */
  private showUi(): void {
    const annotations = this.annotations;
    const openId = this.cardBuilt?.openId ?? null;
    this.host.ensure();
    const still = openId ? annotations.findIndex((a) => a.finding.id === openId) : -1;
    if (still >= 0) this.activate(still);
    else this.closeCard(false);
    this.pill.update(annotations.length, this.active);
  }

  /** Trainer mode on (with the packs' titles) or off: shows or removes the legend, refreshes an open card. */
  setTrainer(titles: TitleLookup | null): void {
    this.trainer = titles;
    if (this.cardBuilt) this.cardBuilt.trainer = titles;
    if (titles && !this.legend) {
      this.legend = buildLegend();
      if (this.host.exists) this.host.ensure().append(this.legend);
    } else if (!titles && this.legend) {
      this.legend.remove();
      this.legend = null;
    }
    if (this.cardOpen && this.active >= 0) this.activate(this.active);
  }

  /**
   * Speaks `lang` (the interface-language setting as the background resolved it): every string
   * drawn from now on, and what is already shown (the pill, an open card, the legend) redrawn.
   */
  setLanguage(lang: UiLanguage): void {
    if (lang === this.language) return;
    this.language = lang;
    setLanguageOverride(lang);
    this.pillBuilt?.relabel();
    this.pillBuilt?.update(this.annotations.length, this.active);
    if (this.legend) {
      const legend = buildLegend();
      this.legend.replaceWith(legend);
      this.legend = legend;
    }
    if (this.cardOpen && this.active >= 0) this.activate(this.active);
  }

  get trainerOn(): boolean {
    return this.trainer !== null;
  }

  clear(): void {
    this.annotations = [];
    this.active = -1;
    this.cardBuilt?.hide();
    this.painter.clear();
    this.host.remove();
  }

  /** Drops annotations whose text the page removed or changed; true when any was dropped. */
  prune(): boolean {
    const kept = this.annotations.filter((a) => !isStale(a));
    if (kept.length === this.annotations.length) return false;
    this.set(kept);
    return true;
  }

  /** Next (1) or previous (-1) claim, wrapping; scrolls to it and opens its card with focus. */
  step(delta: 1 | -1): void {
    const n = this.annotations.length;
    if (n === 0) return;
    const from = this.active >= 0 ? this.active : delta === 1 ? -1 : 0;
    this.show((from + delta + n) % n, { focus: true, scroll: true });
  }

  /** Opens the card of annotation `index`; with `scroll`, brings the claim and its card into view together. */
  show(index: number, options: { focus: boolean; scroll: boolean }): void {
    const a = this.annotations[index];
    if (!a) return;
    if (options.focus && !this.cardOpen) {
      const focused = deepActiveElement();
      this.returnFocus = focused && !this.host.owns(focused) ? focused : null;
    }
    if (options.scroll) scrollToRange(a.ranges[0]!);
    this.activate(index);
    if (options.scroll) {
      // The card is drawn now, so its height is known: scroll so the claim and the card both fit.
      const delta = scrollDelta(claimRects(a), this.card.naturalHeight(), window.innerHeight);
      if (Math.abs(delta) > 1) {
        window.scrollBy({ top: delta, behavior: 'instant' });
        this.reposition();
      }
    }
    if (options.focus) {
      this.card.element.focus({ preventScroll: true });
      this.pill.announce(claimAnnouncement(a.finding, index, this.annotations.length));
    }
  }

  /** Opens the card of the finding with this id; false when it is not on the page. */
  showById(id: string): boolean {
    const index = this.annotations.findIndex((a) => a.finding.id === id);
    if (index >= 0) this.show(index, { focus: true, scroll: true });
    return index >= 0;
  }

  closeCard(restoreFocus: boolean): void {
    const hadFocus = this.host.owns(deepActiveElement());
    this.cardBuilt?.hide();
    this.active = -1;
    this.painter.setActive(null);
    if (this.legend) keepClear(this.legend, []);
    this.pillBuilt?.update(this.annotations.length, -1);
    if (restoreFocus && hadFocus) this.returnFocus?.focus({ preventScroll: true });
    this.returnFocus = null;
  }

  /** Keeps the open card beside its claim (and the legend off both) while the page scrolls or resizes. */
  reposition(): void {
    const a = this.annotations[this.active];
    if (a && this.cardOpen) {
      const rects = claimRects(a);
      this.card.place(rects);
      this.clearLegend(rects);
    }
  }

  private clearLegend(rects: Rect[]): void {
    if (this.legend) keepClear(this.legend, [...rects, this.card.element.getBoundingClientRect()]);
  }

  /** True when `node` is inside the card (the pointer moving onto it keeps it open). */
  inCard(path: EventTarget[]): boolean {
    return this.cardBuilt !== null && path.includes(this.cardBuilt.element);
  }

  private activate(index: number): void {
    const a = this.annotations[index]!;
    this.active = index;
    this.painter.setActive(a);
    const rects = claimRects(a);
    this.card.show(a.finding, rects, positionLabel(index, this.annotations.length));
    this.clearLegend(rects);
    this.pill.update(this.annotations.length, index);
  }
}

/** Every line box of the claim, across all its ranges. */
function claimRects(a: Annotation): Rect[] {
  return a.ranges.flatMap((r) => Array.from(r.getClientRects()));
}

/**
 * Instant, not smooth: the card is placed from the claim's position right after scrolling. This
 * brings the claim's element into view (inside scrolling containers too); `scrollDelta` then
 * fine-tunes the window so the card fits under the claim.
 */
function scrollToRange(range: Range): void {
  const target = range.startContainer instanceof Element ? range.startContainer : range.startContainer.parentElement;
  target?.scrollIntoView({ block: 'nearest', behavior: 'instant' });
}

/** The focused element, looking through shadow roots (ours included). */
function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}

/** Asks the background to open the side panel on this finding; an error message or null. */
async function openContext(findingId: string): Promise<string | null> {
  try {
    const reply = await sendToBackground('openContext', { findingId });
    return reply.ok ? null : reply.error;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
