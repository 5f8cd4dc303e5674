import { describe, expect, it } from 'vitest';
import { hostOf, NEWS_SITE_MATCHES, NEWS_SITES, newsSiteFor } from '@/utils/news-sites';

/** A WebExtension match pattern for http(s) hosts: scheme, host (optionally `*.`), path. */
const MATCH_PATTERN = /^(\*|https?):\/\/(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)+\/\*$/;

describe('news site list', () => {
  it('has at least 90 outlets, each with a name and a domain', () => {
    expect(NEWS_SITES.length).toBeGreaterThanOrEqual(90);
    for (const site of NEWS_SITES) {
      expect(site.name.trim(), JSON.stringify(site)).not.toBe('');
      expect(site.domains.length, site.name).toBeGreaterThan(0);
    }
  });

  it('produces only valid match patterns', () => {
    const bad = NEWS_SITE_MATCHES.filter((p) => !MATCH_PATTERN.test(p));
    expect(bad).toEqual([]);
  });

  it('lists no outlet name, domain or pattern twice, and no domain inside another', () => {
    const dupes = (xs: readonly string[]) => xs.filter((x, i) => xs.indexOf(x) !== i);
    const domains = NEWS_SITES.flatMap((s) => s.domains);
    expect(dupes(NEWS_SITES.map((s) => s.name.toLowerCase()))).toEqual([]);
    expect(dupes(domains)).toEqual([]);
    expect(dupes(NEWS_SITE_MATCHES)).toEqual([]);
    // `news.bbc.com` next to `bbc.com` would be a duplicate in disguise.
    const nested = domains.filter((d) => domains.some((other) => other !== d && d.endsWith(`.${other}`)));
    expect(nested).toEqual([]);
  });

  it('includes the outlets the issue names, in all five languages', () => {
    const names = NEWS_SITES.map((s) => s.name);
    for (const name of [
      'Reuters',
      'BBC',
      'Meduza',
      'TASS',
      'Der Spiegel',
      'Le Monde',
      'El País',
      'Clarín',
      'Kyiv Independent',
    ]) {
      expect(names).toContain(name);
    }
  });

  it('finds the outlet of a URL, subdomains included, and nothing for look-alikes', () => {
    expect(newsSiteFor('https://www.reuters.com/world/x')?.name).toBe('Reuters');
    expect(newsSiteFor('https://reuters.com/')?.name).toBe('Reuters');
    expect(newsSiteFor('https://www.bbc.co.uk/news')?.name).toBe('BBC');
    expect(newsSiteFor('https://notreuters.com/')).toBeUndefined();
    expect(newsSiteFor('https://reuters.com.evil.example/')).toBeUndefined();
    expect(newsSiteFor('chrome://extensions')).toBeUndefined();
  });

  it('reads the host of web pages only', () => {
    expect(hostOf('https://WWW.Example.org/a?b')).toBe('www.example.org');
    expect(hostOf('http://127.0.0.1:8080/x')).toBe('127.0.0.1');
    expect(hostOf('about:blank')).toBeUndefined();
    expect(hostOf('not a url')).toBeUndefined();
    expect(hostOf(undefined)).toBeUndefined();
  });
});
