import { useRef } from 'react';
import { formatBytes, MAX_PACK_BYTES, type PackError } from '@/rules/import/index';
import { sendToBackground } from '@/utils/protocol';
import { ConfirmDialog } from './ConfirmDialog';
import { PackErrors } from './PackErrors';

/**
 * Import a pack file: our pack JSON or ClaimReview JSON-LD. The background reads and validates
 * it (rules/import `readPackFile`) and stores it only if the whole file is valid; otherwise the
 * errors are listed with their paths. A pack whose id is installed asks before replacing.
 */
export interface PendingReplace {
  text: string;
  byteLength: number;
  fileName: string;
  existing: { id: string; title: string; version: string };
}

export interface PackImportProps {
  pending: PendingReplace | null;
  onPending(pending: PendingReplace | null): void;
  errors: { fileName: string; errors: PackError[] } | null;
  message: string | null;
  onResult(result: { errors?: { fileName: string; errors: PackError[] } | null; message?: string | null }): void;
}

export function PackImport({ pending, onPending, errors, message, onResult }: PackImportProps) {
  const input = useRef<HTMLInputElement>(null);

  async function send(file: { text: string; byteLength: number; fileName: string }, replace: boolean) {
    const result = await sendToBackground('importPack', { ...file, replace });
    if (result.ok) {
      onResult({ message: `${result.replaced ? 'Replaced' : 'Imported'} “${result.title}” from ${file.fileName}.` });
    } else if (result.exists) {
      onPending({ ...file, existing: result.exists });
    } else {
      onResult({ errors: { fileName: file.fileName, errors: result.errors } });
    }
  }

  async function onFile(file: File) {
    onResult({});
    if (file.size > MAX_PACK_BYTES) {
      onResult({
        errors: {
          fileName: file.name,
          errors: [
            {
              path: '(root)',
              message: `the file is ${formatBytes(file.size)}; pack files may be at most ${formatBytes(MAX_PACK_BYTES)}`,
            },
          ],
        },
      });
      return;
    }
    await send({ text: await file.text(), byteLength: file.size, fileName: file.name }, false);
  }

  return (
    <section aria-labelledby="cp-import">
      <h2 id="cp-import">Import a pack</h2>
      <p>A Counterpoint pack (.json) or a ClaimReview file (JSON-LD), up to {formatBytes(MAX_PACK_BYTES)}.</p>
      <label>
        Pack file{' '}
        <input
          ref={input}
          type="file"
          accept=".json,.jsonld,application/json,application/ld+json"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void onFile(file);
          }}
        />
      </label>
      {message ? (
        <p role="status" className="cp-import-message">
          {message}
        </p>
      ) : null}
      {errors ? (
        <PackErrors title={`${errors.fileName} was not imported: nothing changed.`} errors={errors.errors} />
      ) : null}
      <ConfirmDialog
        open={pending !== null}
        title="Replace the installed pack?"
        confirmLabel="Replace"
        onCancel={() => {
          const name = pending?.existing.title;
          onPending(null);
          onResult({ message: name ? `Kept the installed “${name}”.` : null });
        }}
        onConfirm={() => {
          if (!pending) return;
          onPending(null);
          void send(pending, true);
        }}
      >
        {pending ? (
          <p>
            “{pending.existing.title}” (id <code>{pending.existing.id}</code>, version {pending.existing.version}) is
            already installed. Replace it with the pack in {pending.fileName}? Your switches for it are kept.
          </p>
        ) : null}
      </ConfirmDialog>
    </section>
  );
}
