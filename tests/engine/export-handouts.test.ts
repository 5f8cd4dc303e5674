/**
 * Markdown and HTML handouts (rules/export/markdown.ts, html.ts): every claim and every
 * assessment date is in them, markup in a claim or a title stays text, the HTML file is
 * self-contained, and the same input gives the same bytes.
 */
import { describe, expect, it } from 'vitest';
import {
  escapeHtml,
  escapeMarkdown,
  exportAll,
  exportAs,
  toHtml,
  toMarkdown,
  type ExportDocument,
} from '../../rules/export/index';
import { fixtureDoc } from '../fixtures/export/load';

const REPEATED = fixtureDoc('repeated-claim.txt');
const MARKUP = fixtureDoc('markup.txt');
const DOCS: ExportDocument[] = [REPEATED, MARKUP];

describe('Markdown handout', () => {
  for (const doc of DOCS) {
    it(`contains every claim, speaker and assessment date (${doc.source})`, () => {
      const md = toMarkdown(doc);
      expect(md).toContain(`# ${escapeMarkdown(doc.title!)}`);
      expect(md).toContain(`[${escapeMarkdown(doc.source)}](<${doc.source}>)`);
      expect(md).toContain('How to read this');
      for (const f of doc.findings) {
        expect(md).toContain(`> ${escapeMarkdown(f.text)}`);
        expect(md).toContain(f.speaker!);
        for (const a of f.assessments) expect(md).toContain(`**${a.date}**`);
      }
    });
  }

  it('labels patterns in words, allegations as allegations, and unverified addresses with their source', () => {
    const md = toMarkdown(REPEATED);
    expect(md).toMatch(/^## \d+\. (Denial|Dismissal|Misrepresented findings)$/m);
    expect(md).toContain('Allegation (indictment, not a finding of a court)');
    expect(md).toContain('Outcome so far:');
    expect(md).toMatch(/official address unverified — source: Reported by Reuters/);
    expect(md).toMatch(/\[Official source\]\(<https:\/\//);
    // Unchecked Wayback lookups are gone: an archive link appears only for a timestamped snapshot.
    expect(md).not.toMatch(/web\.archive\.org\/web\/https/);
  });

  it('escapes Markdown in claims and titles, so they cannot add links, emphasis or HTML', () => {
    const md = toMarkdown(MARKUP);
    expect(md).toContain('# \\<script\\>alert("title")\\</script\\> \\*Kremlin\\* \\[answers\\](javascript:alert(1))');
    expect(md).toContain('\\<img src=x onerror=alert(1)\\> \\& never will');
    expect(md).toContain('\\*at all\\* \\| ever');
    expect(md).not.toMatch(/[^\\]<script/);
    expect(escapeMarkdown('# 1. - x\n2) y\n+ z')).toBe('\\# 1. - x\n2\\) y\n\\+ z');
  });

  it('links only http(s) addresses: a javascript: source or assessment URL stays text', () => {
    const f = REPEATED.findings[0]!;
    const bad = { ...f, assessments: [{ ...f.assessments[0]!, url: 'javascript:alert(1)', archiveUrl: null }] };
    const md = toMarkdown({ ...REPEATED, source: 'javascript:alert(2)', findings: [bad] });
    expect(md).not.toMatch(/\]\(<?javascript/);
    expect(md).toContain('Source: javascript:alert(2)');
  });
});

describe('HTML handout', () => {
  const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

  it('escapes injected markup in claims and titles: no script, no element from the page', () => {
    const html = toHtml(MARKUP);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).toContain('&lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt;');
    const dom = parse(html);
    expect(dom.querySelectorAll('script, img, iframe, object, embed, link, form').length).toBe(0);
    expect(dom.querySelector('h1')!.textContent).toBe(MARKUP.title);
    expect([...dom.querySelectorAll('blockquote')].map((q) => q.textContent)).toEqual(
      MARKUP.findings.map((f) => f.text),
    );
    expect(escapeHtml(`<a href="x" onclick='y'>&`)).toBe('&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;');
  });

  it('is one self-contained, accessible page with safe links', () => {
    const html = toHtml(REPEATED);
    const dom = parse(html);
    expect(dom.documentElement.getAttribute('lang')).toBe('en');
    expect(dom.querySelectorAll('main').length).toBe(1);
    expect(dom.querySelectorAll('h1').length).toBe(1);
    expect(dom.querySelectorAll('article h2').length).toBe(REPEATED.findings.length);
    expect(dom.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')).toContain(
      "default-src 'none'",
    );
    expect(html).not.toMatch(/@import|url\(|<link|src=/i);
    const links = [...dom.querySelectorAll('a')];
    expect(links.length).toBeGreaterThan(0);
    for (const a of links) {
      expect(a.getAttribute('href')).toMatch(/^https:\/\//);
      expect(a.getAttribute('rel')).toBe('noopener noreferrer');
    }
    for (const f of REPEATED.findings)
      for (const a of f.assessments) expect(html).toContain(`<time datetime="${a.date}">`);
    expect(html).toContain('address unverified — source: Reported by Reuters');
    expect(html).toContain('@media print');
  });

  it('prints a non-web source as text, not as a link', () => {
    const html = toHtml({ ...REPEATED, source: 'javascript:alert(1)' });
    expect(parse(html).querySelectorAll('a[href^="javascript"]').length).toBe(0);
  });

  it('puts several documents in one page, a section each under one h1', () => {
    const dom = parse(toHtml(DOCS));
    expect(dom.querySelectorAll('h1').length).toBe(1);
    expect(dom.querySelectorAll('main > section').length).toBe(2);
    expect([...dom.querySelectorAll('section > header h2')].map((h) => h.textContent)).toEqual(
      DOCS.map((d) => d.title),
    );
    expect(dom.querySelectorAll('article h3').length).toBe(REPEATED.findings.length + MARKUP.findings.length);
  });
});

describe('determinism', () => {
  it('the same input gives the same bytes in every format', () => {
    for (const format of ['markdown', 'html', 'w3c', 'claimreview'] as const) {
      expect(exportAs(format, fixtureDoc('repeated-claim.txt'))).toBe(exportAs(format, REPEATED));
      expect(exportAll(format, [fixtureDoc('repeated-claim.txt'), fixtureDoc('markup.txt')])).toBe(
        exportAll(format, DOCS),
      );
    }
    expect(exportAs('markdown', { ...REPEATED, generatedAt: '2030-01-01T00:00:00Z' })).not.toBe(
      exportAs('markdown', REPEATED),
    );
  });
});
