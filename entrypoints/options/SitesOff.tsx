import { useLiveQuery } from 'dexie-react-hooks';
import { sitesOff } from '@/storage/settings';
import { sendToBackground } from '@/utils/protocol';

/** The sites the user switched off from the popup, each with a way to turn it back on. */
export function SitesOff() {
  const hosts = useLiveQuery(() => sitesOff(), [], []);
  if (hosts.length === 0) return null;
  return (
    <section aria-labelledby="cp-sites-off">
      <h2 id="cp-sites-off">Switched off</h2>
      <ul className="cp-sites-off">
        {hosts.map((host) => (
          <li key={host}>
            <span>{host}</span>{' '}
            <button
              type="button"
              className="cp-link"
              onClick={() => void sendToBackground('setSiteEnabled', { host, enabled: true })}
            >
              Turn on again
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
