/**
 * The claim card: what was said, by whom and when, which pattern it follows and why, and the
 * official assessments that contradict it. Plain DOM inside our shadow root (React would cost
 * the content script more than the whole engine); built with textContent only, so no page or
 * pack text is ever parsed as HTML.
 *
 * It is a non-modal `role="dialog"`: opened from the keyboard it takes focus, so screen readers
 * announce it; opened by hovering it does not steal focus.
 */
import type { Finding } from '@/rules/engine/index';
import { t, uiLanguage } from '@/utils/i18n';
import { whyLines, type TitleLookup } from '@/utils/trainer';
import { allegationNote, cardAssessments, claimByline, formatIsoDate, isAllegation, kindLabel, patternLabel, shorten } from './card-text';

export interface CardActions {
  close(): void;
  openContext(findingId: string): Promise<string | null>;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export class ClaimCard {
  readonly element = el('div', 'card');
  private findingId: string | null = null;
  /** Trainer mode: set by the annotator; the card then spells out why the claim matched. */
  trainer: TitleLookup | null = null;

  constructor(private readonly actions: CardActions) {
    this.element.setAttribute('role', 'dialog');
    this.element.setAttribute('aria-modal', 'false');
    this.element.setAttribute('aria-labelledby', 'card-title');
    this.element.setAttribute('aria-describedby', 'card-claim');
    this.element.tabIndex = -1;
    this.element.hidden = true;
  }

  get openId(): string | null {
    return this.element.hidden ? null : this.findingId;
  }

  /** Fills the card for `finding` and shows it beside `anchor` (the claim's first line box). */
  show(finding: Finding, anchor: DOMRect | null, position: string): void {
    this.findingId = finding.id;
    const e = this.element;
    e.lang = uiLanguage();
    e.dataset.pattern = finding.pattern;
    e.replaceChildren(this.head(finding, position), ...this.body(finding));
    e.hidden = false;
    this.place(anchor);
  }

  hide(): void {
    this.element.hidden = true;
    this.findingId = null;
  }

  /** Below the claim if it fits, otherwise above; always inside the viewport. */
  place(anchor: DOMRect | null): void {
    const e = this.element;
    const margin = 8;
    const width = e.offsetWidth || 380;
    const height = e.offsetHeight || 240;
    const a = anchor ?? new DOMRect(window.innerWidth / 2, window.innerHeight / 3, 0, 0);
    const below = a.bottom + margin + height <= window.innerHeight;
    const top = below ? a.bottom + margin : Math.max(margin, a.top - margin - height);
    const left = Math.min(Math.max(margin, a.left), Math.max(margin, window.innerWidth - width - margin));
    e.style.top = `${Math.round(top)}px`;
    e.style.left = `${Math.round(left)}px`;
  }

  private head(finding: Finding, position: string): HTMLElement {
    const head = el('div', 'head');
    const title = el('span', 'pattern', `${patternLabel(finding)} · ${position}`);
    title.id = 'card-title';
    const close = el('button', 'close', '×');
    close.type = 'button';
    close.setAttribute('aria-label', t('cardClose'));
    close.addEventListener('click', () => this.actions.close());
    head.append(title, close);
    return head;
  }

  private body(finding: Finding): HTMLElement[] {
    const claim = el('p', 'claim', `“${shorten(finding.text)}”`);
    claim.id = 'card-claim';
    const nodes: HTMLElement[] = [claim, el('p', 'byline', claimByline(finding)), el('p', 'why', finding.why)];
    if (this.trainer) {
      const block = el('div', 'trainer-why');
      const list = el('ul', 'cues');
      for (const line of whyLines(finding, this.trainer)) list.append(el('li', 'cue', line));
      block.append(el('h2', '', t('whyMatched')), list);
      nodes.push(block);
    }
    const { shown, more } = cardAssessments(finding);
    if (shown.length > 0) {
      nodes.push(el('h2', '', t('cardRecordHeading')));
      const list = el('ul', 'assessments');
      for (const a of shown) {
        const item = el('li', '');
        // An imported pack's own assessment says whose it is (issue #14).
        const from = a.packPublisher ? ` · ${t('packAssessment', a.packPublisher)}` : '';
        item.append(el('span', 'a-title', a.title), el('p', 'meta', `${a.issuer} · ${formatIsoDate(a.date)} · ${kindLabel(a.kind)}${from}`));
        if (a.finding) item.append(el('p', 'finding', shorten(a.finding, 200)));
        if (isAllegation(a)) item.append(el('p', 'allegation', allegationNote(a.outcome)));
        list.append(item);
      }
      nodes.push(list);
      if (more > 0) nodes.push(el('p', 'more', t('cardMore', String(more))));
    }
    const open = el('button', 'open', t('openContext'));
    open.type = 'button';
    const status = el('p', 'status');
    status.setAttribute('role', 'status');
    open.addEventListener('click', () => {
      void this.actions.openContext(finding.id).then((error) => {
        status.textContent = error ? t('openSidePanelFailed', error) : '';
      });
    });
    nodes.push(open, status);
    return nodes;
  }
}
