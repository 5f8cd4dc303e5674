import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { PackError } from '@/rules/import/index';
import { db } from '@/storage/db';
import { plainSubscriptionError } from '@/utils/plain-errors';
import { sendToBackground } from '@/utils/protocol';
import { PackErrors } from './PackErrors';

/**
 * Pack subscriptions: add an https address (optionally pinned to a SHA-256), see when each last
 * updated and its last error, update now, or unsubscribe. The background fetches; a failed or
 * invalid update keeps the version in force. These downloads are the only network requests
 * Counterpoint makes, and only to the addresses listed here.
 */
export function PackSubscriptions() {
  const subs = useLiveQuery(() => db.subscriptions.toArray(), [], []);
  const [url, setUrl] = useState('');
  const [sha, setSha] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ error?: string; errors?: PackError[]; message?: string }>({});

  async function subscribe(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    setOutcome({});
    const result = await sendToBackground('subscribe', {
      url: url.trim(),
      ...(sha.trim() ? { expectedSha256: sha.trim() } : {}),
    });
    setBusy(false);
    if (result.ok) {
      const title = (await db.packs.get(result.packId))?.pack.title ?? result.packId;
      setOutcome({ message: `Subscribed to “${title}”. Its rules are on; open pages update now.` });
      setUrl('');
      setSha('');
    } else setOutcome({ error: plainSubscriptionError(result.error), errors: result.errors });
  }

  async function update(subUrl: string) {
    setOutcome({});
    const result = await sendToBackground('updateSubscription', { url: subUrl });
    if (result.ok) setOutcome({ message: result.changed ? 'Updated to the new version.' : 'Already up to date.' });
    else
      setOutcome({
        error: `${plainSubscriptionError(result.error)} The version you have stays in force.`,
        errors: result.errors,
      });
  }

  return (
    <section aria-labelledby="cp-subs">
      <h2 id="cp-subs">Subscriptions</h2>
      <p>
        Subscribe to a pack published at an https address; Counterpoint downloads it now and checks for updates once a
        day. These downloads are the only requests Counterpoint makes.
      </p>
      <form className="cp-sub-form" onSubmit={(e) => void subscribe(e)}>
        <label>
          Pack address (https){' '}
          <input
            type="url"
            required
            value={url}
            onChange={(e) => setUrl(e.target.value)}
            placeholder="https://example.org/pack.json"
          />
        </label>{' '}
        <label>
          Pinned SHA-256 (optional){' '}
          <input type="text" value={sha} onChange={(e) => setSha(e.target.value)} spellCheck={false} size={20} />
        </label>{' '}
        <button type="submit" disabled={busy}>
          Subscribe
        </button>
      </form>
      {outcome.message ? <p role="status">{outcome.message}</p> : null}
      {outcome.error ? (
        outcome.errors?.length ? (
          <PackErrors title={outcome.error} errors={outcome.errors} />
        ) : (
          <p className="cp-error" role="alert">
            {outcome.error}
          </p>
        )
      ) : null}
      {subs.length > 0 ? (
        <ul className="cp-subs" aria-label="Subscribed packs">
          {subs.map((sub) => (
            <li key={sub.url} data-url={sub.url}>
              <span className="cp-url">{sub.url}</span>{' '}
              {sub.packId ? <span className="cp-muted">(pack {sub.packId})</span> : null}
              <p className="cp-muted" data-field="last-success">
                Last update:{' '}
                {sub.lastSuccess ? (
                  <time dateTime={sub.lastSuccess}>{new Date(sub.lastSuccess).toLocaleString()}</time>
                ) : (
                  'never'
                )}
                {sub.expectedSha256 ? ' · pinned SHA-256' : ''}
              </p>
              {sub.lastError ? (
                <p className="cp-error" data-field="last-error">
                  Last error
                  {sub.lastErrorAt ? (
                    <>
                      {' '}
                      (<time dateTime={sub.lastErrorAt}>{new Date(sub.lastErrorAt).toLocaleString()}</time>)
                    </>
                  ) : null}
                  : {plainSubscriptionError(sub.lastError)}
                </p>
              ) : null}
              <div className="cp-actions">
                <button type="button" onClick={() => void update(sub.url)}>
                  Update now<span className="cp-sr-only"> {sub.url}</span>
                </button>
                <button type="button" onClick={() => void sendToBackground('removeSubscription', { url: sub.url })}>
                  Unsubscribe<span className="cp-sr-only"> {sub.url}</span>
                </button>
              </div>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
