import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { Finding } from '@/rules/types';
import { t } from '@/utils/i18n';
import type { TitleLookup } from '@/utils/trainer';
import { ClaimCard } from './ClaimCard';
import { nextClaimId, usePanelUi } from './ui-store';

const MOVES = new Set(['ArrowUp', 'ArrowDown', 'Home', 'End']);

/**
 * The claims on the page, one card each, in page order. Roving focus: one claim is in the tab
 * order (the selected one, else the first); ArrowUp/ArrowDown (Home/End) move between claims
 * from anywhere inside the list, and Tab walks through the focused card's own controls.
 */
export function ClaimList({
  findings,
  onShow,
  trainer = null,
}: {
  findings: readonly Finding[];
  onShow(finding: Finding): void;
  trainer?: TitleLookup | null;
}) {
  const selectedId = usePanelUi((s) => s.selectedId);
  const select = usePanelUi((s) => s.select);
  const revealId = usePanelUi((s) => s.revealId);
  const revealed = usePanelUi((s) => s.revealed);
  const list = useRef<HTMLOListElement>(null);
  const ids = findings.map((f) => f.id);
  const current = selectedId != null && ids.includes(selectedId) ? selectedId : (ids[0] ?? null);

  // A claim asked for from the page: into view (its top) and focused, once.
  useEffect(() => {
    if (!revealId) return;
    const button = list.current?.querySelector<HTMLElement>(`[data-claim-button="${CSS.escape(revealId)}"]`);
    if (!button) return;
    button.closest('article')?.scrollIntoView({ block: 'start' });
    button.focus({ preventScroll: true });
    revealed();
  }, [revealId, findings, revealed]);

  function onKeyDown(event: KeyboardEvent<HTMLOListElement>) {
    if (!MOVES.has(event.key) || event.altKey || event.ctrlKey || event.metaKey) return;
    const from = (event.target as Element).closest('[data-finding]')?.getAttribute('data-finding') ?? current;
    const to = nextClaimId(ids, from, event.key as 'ArrowUp' | 'ArrowDown' | 'Home' | 'End');
    if (to == null) return;
    event.preventDefault();
    select(to);
    event.currentTarget.querySelector<HTMLElement>(`[data-claim-button="${CSS.escape(to)}"]`)?.focus();
  }

  if (findings.length === 0) return null;
  return (
    <section aria-label={t('claimsHeading')} className="cp-claims">
      <p className="cp-muted" id="cp-claims-hint">
        {t('claimsHint')}
      </p>
      <ol ref={list} className="cp-claim-list" onKeyDown={onKeyDown} aria-describedby="cp-claims-hint">
        {findings.map((finding) => (
          <li key={finding.id}>
            <ClaimCard finding={finding} tabbable={finding.id === current} onShow={onShow} trainer={trainer} />
          </li>
        ))}
      </ol>
    </section>
  );
}
