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
import { presentAssessment, presentClaim, scopeLines, type PresentedAssessment } from '@/rules/present/index';
import { dateLocale } from '@/utils/i18n';
import { cardAssessments, patternLabel, presentLang } from './card-text';
import { placeCard, type Placement } from './card-place';
import type { Rect } from './hit-test';

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
  /** The scrolling part (everything under the head), and the note that says it scrolls. */
  private readonly content = el('div', 'content');
  private readonly scrollNote = el('p', 'scroll-note', '');
  private findingId: string | null = null;
  /** Where the card went last (tests read `data-side`). */
  placement: Placement | null = null;
  /** Trainer mode: set by the annotator; the card then spells out why the claim matched. */
  trainer: TitleLookup | null = null;

  constructor(private readonly actions: CardActions) {
    this.element.setAttribute('role', 'dialog');
    this.element.setAttribute('aria-modal', 'false');
    this.element.setAttribute('aria-labelledby', 'card-title');
    this.element.setAttribute('aria-describedby', 'card-claim');
    this.element.tabIndex = -1;
    this.element.hidden = true;
    this.scrollNote.setAttribute('aria-hidden', 'true');
    this.content.addEventListener('scroll', () => this.updateScrollNote(), { passive: true });
  }

  get openId(): string | null {
    return this.element.hidden ? null : this.findingId;
  }

  /** Fills the card for `finding`, scrolled to its top, and places it clear of the claim's line boxes. */
  show(finding: Finding, claimRects: readonly Rect[], position: string): void {
    this.findingId = finding.id;
    const e = this.element;
    e.lang = uiLanguage();
    e.dataset.pattern = finding.pattern;
    this.scrollNote.textContent = t('cardScrollNote');
    this.content.replaceChildren(...this.body(finding));
    e.replaceChildren(this.head(finding, position), this.content, this.scrollNote);
    e.hidden = false;
    this.place(claimRects);
    this.content.scrollTop = 0;
    this.updateScrollNote();
  }

  /** The card's height with nothing cut off (CSS still caps it at 460 px). */
  naturalHeight(): number {
    const e = this.element;
    const before = e.style.maxHeight;
    e.style.maxHeight = '';
    const height = e.offsetHeight;
    e.style.maxHeight = before;
    return height;
  }

  hide(): void {
    this.element.hidden = true;
    this.findingId = null;
  }

  /** Clear of every line of the claim (card-place.ts), inside the viewport. */
  place(claimRects: readonly Rect[]): void {
    const e = this.element;
    const size = { width: e.offsetWidth || 380, height: this.naturalHeight() || 240 };
    const p = placeCard(claimRects, size, {
      width: document.documentElement.clientWidth || window.innerWidth,
      height: window.innerHeight,
    });
    this.placement = p;
    e.dataset.side = p.side;
    e.style.maxHeight = `${Math.floor(p.maxHeight)}px`;
    e.style.top = `${Math.round(p.top)}px`;
    e.style.left = `${Math.round(p.left)}px`;
    this.updateScrollNote();
  }

  /** Says "more below" while the card's content goes on under its bottom edge. */
  private updateScrollNote(): void {
    const c = this.content;
    const more = c.scrollHeight - c.clientHeight - c.scrollTop > 2;
    this.scrollNote.hidden = !more;
    this.element.dataset.scrolls = String(c.scrollHeight > c.clientHeight + 2);
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
    const lang = presentLang();
    const presented = presentClaim(finding, lang, { maxLength: 240, locale: dateLocale() });
    const claim = el('p', presented.label ? 'claim reported' : 'claim', presented.text);
    claim.id = 'card-claim';
    const nodes: HTMLElement[] = [claim, el('p', 'byline', presented.byline), el('p', 'why', finding.why)];
    if (this.trainer) {
      const block = el('div', 'trainer-why');
      const list = el('ul', 'cues');
      for (const line of whyLines(finding, this.trainer)) list.append(el('li', 'cue', line));
      block.append(el('h2', '', t('whyMatched')), list);
      nodes.push(block);
    }
    const { shown, more } = cardAssessments(finding);
    const scope = scopeLines(finding.scope, finding.assessments.length, lang);
    if (shown.length > 0 || scope.length > 0) nodes.push(el('h2', '', t('cardRecordHeading')));
    for (const line of scope) nodes.push(el('p', 'scope', line));
    if (shown.length > 0) {
      const list = el('ul', 'assessments');
      for (const a of shown) {
        const item = assessmentItem(presentAssessment(a, lang, dateLocale()));
        // An imported pack's own assessment says whose it is (issue #14).
        if (a.packPublisher) item.querySelector('.meta')?.append(` · ${t('packAssessment', a.packPublisher)}`);
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

/** One assessment: everything the reader needs to weigh it, and the links to check it. */
function assessmentItem(p: PresentedAssessment): HTMLElement {
  const item = el('li', p.balance ? 'balance' : '');
  item.dataset.assessment = p.id;
  if (p.balance) item.append(el('span', 'badge', p.balance));
  item.append(el('span', 'a-title', p.title), el('p', 'meta', p.meta), el('p', 'finding', p.finding));
  if (p.caveat) item.append(el('p', 'caveat', p.caveat));
  if (p.allegation) item.append(el('p', 'allegation', p.allegation));
  if (p.later.length > 0) {
    const later = el('ul', 'later');
    for (const l of p.later) later.append(el('li', '', `${l.dateText}: ${l.text}`));
    item.append(later);
  }
  const links = el('p', 'links');
  for (const l of p.links) {
    const a = el('a', l.kind, l.label);
    a.href = l.href;
    a.target = '_blank';
    a.rel = 'noopener noreferrer';
    links.append(a);
  }
  if (p.unverified && p.links.length === 0) links.append(el('span', 'unverified', p.unverified));
  item.append(links);
  return item;
}
