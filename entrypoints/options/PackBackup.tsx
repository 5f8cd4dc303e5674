import { useState } from 'react';
import { backupFileName, type PackError } from '@/rules/import/index';
import { exportBackup } from '@/storage/packs';
import { downloadText } from '@/utils/download';
import { sendToBackground } from '@/utils/protocol';
import { ConfirmDialog } from './ConfirmDialog';
import { PackErrors } from './PackErrors';

/**
 * Back up everything (settings, sites, packs, rule switches, subscriptions) as one JSON file,
 * restore one (checked completely, then applied in one transaction: an invalid file changes
 * nothing), and restore the bundled defaults after a confirmation.
 */
export function PackBackup({
  confirmDefaults,
  onConfirmDefaults,
}: {
  confirmDefaults: boolean;
  onConfirmDefaults(open: boolean): void;
}) {
  const [errors, setErrors] = useState<{ fileName: string; errors: PackError[] } | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  async function restore(file: File) {
    setErrors(null);
    setMessage(null);
    const result = await sendToBackground('restoreBackup', { text: await file.text() });
    if (result.ok) setMessage(`Restored everything from ${file.name}.`);
    else setErrors({ fileName: file.name, errors: result.errors });
  }

  return (
    <section aria-labelledby="cp-backup">
      <h2 id="cp-backup">Backup</h2>
      <div className="cp-actions">
        <button type="button" onClick={() => void exportBackup().then((text) => downloadText(backupFileName(), text))}>
          Back up all settings
        </button>
        <label>
          Restore from a backup{' '}
          <input
            type="file"
            accept=".json,application/json"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void restore(file);
            }}
          />
        </label>
        <button type="button" onClick={() => onConfirmDefaults(true)}>
          Restore bundled defaults
        </button>
      </div>
      {message ? <p role="status">{message}</p> : null}
      {errors ? (
        <PackErrors title={`${errors.fileName} was not restored: nothing changed.`} errors={errors.errors} />
      ) : null}
      <ConfirmDialog
        open={confirmDefaults}
        title="Restore bundled defaults?"
        confirmLabel="Restore defaults"
        onCancel={() => onConfirmDefaults(false)}
        onConfirm={() => {
          onConfirmDefaults(false);
          void sendToBackground('restoreBundledDefaults', undefined).then((r) =>
            setMessage(r.ok ? 'Bundled packs are on again and every rule switch is back to on.' : r.error),
          );
        }}
      >
        <p>
          Every pack that ships with Counterpoint is switched on again and every rule you switched off is switched back
          on. Imported and subscribed packs stay.
        </p>
      </ConfirmDialog>
    </section>
  );
}
