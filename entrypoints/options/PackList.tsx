import { useLiveQuery } from 'dexie-react-hooks';
import { exportFileName, exportPack } from '@/rules/import/index';
import type { Rule } from '@/rules/schema/pack';
import { formatDate } from '@/rules/present/index';
import { db, type PackRow } from '@/storage/db';
import { sortPacks } from '@/storage/packs';
import { downloadText } from '@/utils/download';
import { sendToBackground } from '@/utils/protocol';
import { Switch } from '@/components/Switch';

/**
 * The installed packs (issue #6), read live from the database: title, description, publisher,
 * version, rule count, source, last update, an on/off switch named by the pack's title, its
 * rules (pattern, example, a switch each) when expanded, and a search across every rule.
 * Switches go through the background, which tells open tabs to rescan.
 */
export interface PackListProps {
  query: string;
  onQuery(query: string): void;
  expanded: Readonly<Record<string, boolean>>;
  onToggleExpanded(packId: string): void;
}

export function PackList({ query, onQuery, expanded, onToggleExpanded }: PackListProps) {
  const rows = useLiveQuery(async () => sortPacks(await db.packs.toArray()), [], undefined);
  const overrides = useLiveQuery(() => db.ruleOverrides.toArray(), [], []);
  const off = new Set(overrides.filter((o) => !o.enabled).map((o) => `${o.packId}\u0000${o.ruleId}`));
  const q = query.trim().toLowerCase();
  const matches = (rule: Rule) =>
    !q || [rule.id, rule.title, rule.pattern, rule.why, rule.example ?? ''].some((s) => s.toLowerCase().includes(q));

  return (
    <section aria-labelledby="cp-packs">
      <h2 id="cp-packs">Rule packs</h2>
      <p>
        Each pack is a set of rules for one pattern of claim. Switch a pack or a single rule off and open pages update
        at once.
      </p>
      <label className="cp-search">
        Search rules{' '}
        <input
          type="search"
          value={query}
          onChange={(e) => onQuery(e.target.value)}
          placeholder="pattern, words, example…"
        />
      </label>
      {rows === undefined ? (
        <p className="cp-muted">Loading packs…</p>
      ) : (
        <ul className="cp-packs" aria-label="Installed packs">
          {rows.map((row) => {
            const rules = row.pack.rules.filter(matches);
            if (q && rules.length === 0) return null;
            return (
              <PackItem
                key={row.id}
                row={row}
                rules={rules}
                isOff={(ruleId) => off.has(`${row.id}\u0000${ruleId}`)}
                expanded={q ? true : expanded[row.id] === true}
                onToggle={() => onToggleExpanded(row.id)}
              />
            );
          })}
        </ul>
      )}
      {rows && q && rows.every((row) => row.pack.rules.every((r) => !matches(r))) ? (
        <p className="cp-muted">No rule matches “{query}”.</p>
      ) : null}
    </section>
  );
}

function sourceText(row: PackRow): string {
  if (row.source.kind === 'bundled') return 'Ships with Counterpoint';
  if (row.source.kind === 'file') return `Imported from ${row.source.fileName ?? 'a file'}`;
  return `Subscribed: ${row.source.url}`;
}

function PackItem({
  row,
  rules,
  isOff,
  expanded,
  onToggle,
}: {
  row: PackRow;
  rules: Rule[];
  isOff(ruleId: string): boolean;
  expanded: boolean;
  onToggle(): void;
}) {
  const { pack } = row;
  const rulesId = `cp-pack-rules-${row.id}`;
  return (
    <li className="cp-pack" data-pack-id={row.id}>
      <Switch
        id={`cp-pack-${row.id}`}
        label={pack.title}
        checked={row.enabled}
        onChange={(enabled) => void sendToBackground('setPackEnabled', { packId: row.id, enabled })}
      />
      <p>{pack.description}</p>
      <p className="cp-muted">
        {pack.publisher} · version {row.version} · {pack.rules.length} {pack.rules.length === 1 ? 'rule' : 'rules'} ·{' '}
        {sourceText(row)} · updated {/* The pack's own date (issue #15), not when this browser stored it. */}
        <time dateTime={pack.updated}>{formatDate(pack.updated, 'en', 'en-GB')}</time>
        {row.source.kind === 'subscription' ? (
          <>
            {' '}
            · downloaded <time dateTime={row.updatedAt}>{new Date(row.updatedAt).toLocaleString()}</time>
          </>
        ) : null}
      </p>
      <div className="cp-actions">
        <button type="button" aria-expanded={expanded} aria-controls={rulesId} onClick={onToggle}>
          {expanded ? 'Hide rules' : 'Show rules'}
          <span className="cp-sr-only"> of {pack.title}</span>
        </button>
        <button type="button" onClick={() => downloadText(exportFileName(pack), exportPack(pack))}>
          Export<span className="cp-sr-only"> {pack.title}</span>
        </button>
        {row.source.kind === 'file' ? (
          <button type="button" onClick={() => void sendToBackground('removePack', row.id)}>
            Remove<span className="cp-sr-only"> {pack.title}</span>
          </button>
        ) : null}
      </div>
      {expanded ? (
        <ul id={rulesId} className="cp-rules" aria-label={`Rules of ${pack.title}`}>
          {rules.map((rule) => (
            <li key={rule.id} className="cp-rule">
              <Switch
                id={`cp-rule-${row.id}-${rule.id}`}
                label={rule.title}
                checked={!isOff(rule.id)}
                disabled={!row.enabled}
                description={`Pattern: ${rule.pattern.replace(/_/g, ' ')}${rule.example ? ` · Example: “${rule.example}”` : ''}`}
                onChange={(enabled) =>
                  void sendToBackground('setRuleEnabled', { packId: row.id, ruleId: rule.id, enabled })
                }
              />
            </li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}
