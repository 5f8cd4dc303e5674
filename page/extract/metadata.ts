import type { DocumentInput } from '../../rules/types';
import { normalizeDate } from './normalize-date';

/**
 * Page metadata for the engine: the title names the story, `lang` picks lexicons, `published`
 * dates claims ("denied on Tuesday"), `url` identifies the page in reports. Publishers' meta tags
 * are preferred over visible text because they are meant for machines and rarely wrong.
 */
export type Metadata = Pick<DocumentInput, 'title' | 'lang' | 'url' | 'published'>;

/** `headline`: the article's own h1 when known, so a logo h1 in the banner is not the title. */
export function readMetadata(
  doc: Document,
  articleRoot: Element,
  headline: Element | null,
  urlOverride?: string,
): Metadata {
  const meta: Metadata = {};
  const title = readTitle(doc, headline ?? articleRoot.querySelector('h1'));
  if (title) meta.title = title;
  const lang = readLang(doc);
  if (lang) meta.lang = lang;
  const url = urlOverride ?? readUrl(doc);
  if (url) meta.url = url;
  const published = readPublished(doc, articleRoot);
  if (published) meta.published = published;
  return meta;
}

/** og:title → the headline h1 (else the first h1) → `<title>`. */
export function readTitle(doc: Document, headline?: Element | null): string | undefined {
  const h1 = headline ?? doc.querySelector('h1');
  const candidates = [
    metaContent(doc, 'meta[property="og:title"], meta[name="og:title"]'),
    h1?.textContent,
    doc.querySelector('title')?.textContent,
  ];
  for (const candidate of candidates) {
    const text = candidate?.replace(/\s+/g, ' ').trim();
    if (text) return text;
  }
  return undefined;
}

/** Two-letter lower-case code from `<html lang>` or a Content-Language meta (`en-GB` → `en`). */
export function readLang(doc: Document): string | undefined {
  const raw =
    doc.documentElement?.getAttribute('lang') ||
    doc.documentElement?.getAttribute('xml:lang') ||
    Array.from(doc.querySelectorAll('meta[http-equiv]'))
      .find((meta) => meta.getAttribute('http-equiv')?.toLowerCase() === 'content-language')
      ?.getAttribute('content');
  const code = raw?.trim().slice(0, 2).toLowerCase();
  return code && /^[a-z]{2}$/.test(code) ? code : undefined;
}

/** Canonical link, else og:url, else the document's own address (not `about:blank`). */
function readUrl(doc: Document): string | undefined {
  const base = typeof doc.URL === 'string' && /^https?:/.test(doc.URL) ? doc.URL : undefined;
  const declared =
    doc.querySelector('link[rel~="canonical"]')?.getAttribute('href') ?? metaContent(doc, 'meta[property="og:url"]');
  if (declared?.trim()) {
    try {
      return new URL(declared.trim(), base).href;
    } catch {
      // A relative canonical with no base to resolve it against: fall through.
    }
  }
  return base;
}

const PUBLISHED_META = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[property="og:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="pubdate"]',
  'meta[name="publish-date"]',
  'meta[name="date"]',
  'meta[name="dc.date"]',
  'meta[name="DC.date.issued"]',
].join(', ');

/** Meta tags, then microdata, then `<time datetime>` in the article, then JSON-LD. */
function readPublished(doc: Document, articleRoot: Element): string | undefined {
  const microdata = doc.querySelector('[itemprop~="datePublished"]');
  const time = articleRoot.querySelector('time[datetime]');
  return (
    normalizeDate(metaContent(doc, PUBLISHED_META)) ??
    normalizeDate(
      microdata?.getAttribute('content') ?? microdata?.getAttribute('datetime') ?? microdata?.textContent,
    ) ??
    normalizeDate(time?.getAttribute('datetime')) ??
    normalizeDate(jsonLdDate(doc))
  );
}

function metaContent(doc: Document, selector: string): string | undefined {
  try {
    return doc.querySelector(selector)?.getAttribute('content') ?? undefined;
  } catch {
    return undefined; // a selector one DOM implementation does not support
  }
}

/** First `datePublished` in any JSON-LD block, searching nested objects and `@graph` arrays. */
function jsonLdDate(doc: Document): string | undefined {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      const found = findKey(JSON.parse(script.textContent ?? ''), 'datePublished', 0);
      if (found) return found;
    } catch {
      // Malformed JSON-LD is common; try the next block.
    }
  }
  return undefined;
}

function findKey(value: unknown, key: string, depth: number): string | undefined {
  if (depth > 8 || value === null || typeof value !== 'object') return undefined;
  const record = value as Record<string, unknown>;
  if (typeof record[key] === 'string') return record[key];
  for (const child of Array.isArray(value) ? value : Object.values(record)) {
    const found = findKey(child, key, depth + 1);
    if (found) return found;
  }
  return undefined;
}
