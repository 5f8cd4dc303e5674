/**
 * Dynamic pages: a MutationObserver on the document notices text the page adds, edits or
 * removes after load (live blogs, lazy paragraphs, single-page apps). Stale highlights go at
 * once; the rescan of changed blocks waits until the page has been quiet for DEBOUNCE_MS (at
 * most MAX_WAIT_MS, so a ticker that never stops still gets its text checked).
 *
 * Our own host element is ignored: its shadow root is invisible to a document observer, and
 * adding or removing the host itself must not trigger a rescan (that would loop).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { isHostName } from './host-guard';

export const DEBOUNCE_MS = 300;
export const MAX_WAIT_MS = 1000;

type RecordLike = Pick<MutationRecord, 'type' | 'target' | 'addedNodes' | 'removedNodes'>;

function isHost(node: Node): boolean {
  return isHostName(node.nodeName);
}

/** True for a mutation of ours: the host element added/removed, or anything inside it. */
export function isOwnMutation(record: RecordLike): boolean {
  for (let n: Node | null = record.target; n; n = n.parentNode) if (isHost(n)) return true;
  if (record.type !== 'childList') return false;
  const nodes = [...Array.from(record.addedNodes), ...Array.from(record.removedNodes)];
  return nodes.length > 0 && nodes.every(isHost);
}

export interface PageChanges {
  /** Right after any mutation of the page (cheap: drop highlights whose text went away). */
  prune(): void;
  /** After the page settled: re-analyse what changed. */
  rescan(): void;
}

export function watchPage(ctx: ContentScriptContext, on: PageChanges): void {
  let timer = 0;
  let firstPending = 0;
  const fire = () => {
    timer = 0;
    firstPending = 0;
    on.rescan();
  };
  const observer = new MutationObserver((records) => {
    if (records.every(isOwnMutation)) return;
    on.prune();
    const now = performance.now();
    if (!firstPending) firstPending = now;
    if (timer) clearTimeout(timer);
    timer = ctx.setTimeout(fire, Math.max(0, Math.min(DEBOUNCE_MS, firstPending + MAX_WAIT_MS - now)));
  });
  observer.observe(document, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['hidden', 'open', 'aria-hidden'],
  });
  ctx.onInvalidated(() => observer.disconnect());
}
