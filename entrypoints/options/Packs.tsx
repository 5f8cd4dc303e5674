import { PackBackup } from '@/entrypoints/options/PackBackup';
import { PackImport } from '@/entrypoints/options/PackImport';
import { PackList } from '@/entrypoints/options/PackList';
import { PackSubscriptions } from '@/entrypoints/options/PackSubscriptions';
import '@/entrypoints/options/packs.css';
import { usePacksUi } from './packs-store';

/** Pack management (issue #6): the list, import, subscriptions, backup and defaults. */
export function Packs() {
  const ui = usePacksUi();
  return (
    <>
      <PackList query={ui.query} onQuery={ui.setQuery} expanded={ui.expanded} onToggleExpanded={ui.toggleExpanded} />
      <PackImport
        pending={ui.pendingImport}
        onPending={ui.setPendingImport}
        errors={ui.importErrors}
        message={ui.importMessage}
        onResult={ui.setImportResult}
      />
      <PackSubscriptions />
      <PackBackup confirmDefaults={ui.confirmDefaults} onConfirmDefaults={ui.setConfirmDefaults} />
    </>
  );
}
