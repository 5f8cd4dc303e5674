import { browser } from 'wxt/browser';

/** The mark and name at the top of every extension page, so each page says whose it is. */
export function AppHeader({ subtitle }: { subtitle?: string }) {
  return (
    <header className="cp-header">
      <img src={browser.runtime.getURL('/icon/32.png')} width={24} height={24} alt="" />
      <div>
        <h1>Counterpoint</h1>
        {subtitle ? <p className="cp-muted">{subtitle}</p> : null}
      </div>
    </header>
  );
}
