/**
 * ClaimReview JSON-LD → pack (rules/import/claimreview.ts): the fixtures in
 * tests/fixtures/claimreview/ (written for this project, fictional publishers) convert to valid
 * packs whose rules find the reviewed claim and stay silent on unrelated text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it, expect } from 'vitest';
import { analyze, checkPack, createEngine, type Pack, type PackError } from '../../rules/index';
import { claimTerms, readPackFile, type ReadPackResult } from '../../rules/import/index';

const DIR = join(import.meta.dirname, '../fixtures/claimreview');
const NOW = new Date('2026-01-15T12:00:00Z');

function readFixture(name: string): ReadPackResult {
  const text = readFileSync(join(DIR, name), 'utf8');
  return readPackFile(text, Buffer.byteLength(text), { now: NOW });
}

function packOf(name: string): Pack {
  const result = readFixture(name);
  if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.errors)}`);
  expect(result.kind).toBe('claimreview');
  return result.pack;
}

function errorsOf(name: string): PackError[] {
  const result = readFixture(name);
  if (result.ok) throw new Error(`${name}: expected errors`);
  return result.errors;
}

function findingsFor(pack: Pack, text: string, lang?: string) {
  return analyze(createEngine([pack]), { blocks: [{ kind: 'paragraph', text }], ...(lang ? { lang } : {}) });
}

describe('a single ClaimReview object', () => {
  const pack = packOf('single.json');

  it('becomes a valid pack with one rule and one assessment', () => {
    expect(checkPack(pack).ok).toBe(true);
    expect(pack).toMatchObject({
      id: 'example-fact-desk-fact-checks',
      title: 'Fact-checks by Example Fact Desk',
      version: '1.0.0',
      languages: ['en'],
      publisher: 'Example Fact Desk',
      license: 'unknown (imported)',
      updated: '2026-01-15',
    });
    expect(pack.rules).toHaveLength(1);
    expect(pack.assessments).toHaveLength(1);
  });

  it('maps the review to an official-statement assessment and the author into the rule', () => {
    const rule = pack.rules[0]!;
    const a = pack.assessments![0]!;
    expect(rule.id).toMatch(/^no-russian-bots-in-the-swing-states-[a-z0-9]{6}$/);
    expect(rule.pattern).toBe('denial');
    expect(rule.cues.any).toEqual(['terms']);
    expect(rule.languages).toEqual(['en']);
    expect(rule.why).toContain('Ivan Examplov');
    expect(rule.why).toContain('Example Fact Desk');
    expect(rule.assessments).toEqual([{ id: a.id, relevance: expect.stringContaining('False') }]);
    expect(a).toMatchObject({
      kind: 'official-statement',
      issuer: 'Example Fact Desk (fact-check)',
      date: '2024-10-21',
      datePrecision: 'day',
      url: 'https://factcheck.example.org/2024/10/no-russian-bots-in-the-swing-states.html',
      finding: 'Example Fact Desk rated the claim: False.',
    });
    expect(a.title).toContain('Fact-check by Example Fact Desk');
  });

  it('gives the same ids on every import', () => {
    expect(packOf('single.json').rules[0]!.id).toBe(pack.rules[0]!.id);
  });

  it('detects a paragraph quoting the claim, and not an unrelated one on the same subject', () => {
    const hit = findingsFor(
      pack,
      'Examplov told reporters: "There were absolutely no Russian bot farms operating in the swing states."',
    );
    expect(hit).toHaveLength(1);
    expect(hit[0]).toMatchObject({ pattern: 'denial', packId: pack.id, quoted: true });
    expect(hit[0]!.text).toContain('no Russian bot farms operating');
    expect(hit[0]!.assessments.map((x) => x.id)).toEqual([pack.assessments![0]!.id]);
    expect(findingsFor(pack, 'Farmers in the swing states complained about the weather during the campaign.')).toEqual(
      [],
    );
    expect(findingsFor(pack, 'The campaign spent heavily on television in Russian-language media.')).toEqual([]);
  });
});

describe('an array of ClaimReviews', () => {
  const pack = packOf('array.json');

  it('becomes one rule per review, languages from inLanguage or detected', () => {
    expect(pack.rules).toHaveLength(2);
    expect(pack.languages).toEqual(['en', 'de']);
    expect(pack.rules.map((r) => r.languages)).toEqual([['en'], ['de']]);
    expect(pack.license).toBe('CC-BY-4.0');
    expect(pack.assessments!.map((a) => [a.date, a.datePrecision])).toEqual([
      ['2024-03', 'month'],
      ['2025-02-10', 'day'],
    ]);
    expect(pack.assessments![1]!.finding).toBe('Checks Example rated the claim: Falsch.');
  });

  it('each rule finds its own claim', () => {
    expect(
      findingsFor(pack, 'A spokesman insisted the embassy never funded a single election advertisement.'),
    ).toHaveLength(1);
    const de = findingsFor(
      pack,
      'Der Sprecher sagte, Moskau habe sich niemals in die Bundestagswahl eingemischt.',
      'de',
    );
    expect(de).toHaveLength(1);
    expect(de[0]!.ruleId).toBe(pack.rules[1]!.id);
    expect(findingsFor(pack, 'Die Bundestagswahl findet im Februar statt.', 'de')).toEqual([]);
  });
});

describe('ClaimReviews in @graph', () => {
  const pack = packOf('graph.json');

  it('skips other nodes and honours our additionalType extension', () => {
    expect(pack.rules).toHaveLength(1);
    expect(pack.rules[0]!.pattern).toBe('dismissal');
    expect(pack.languages).toEqual(['en']);
    expect(
      findingsFor(pack, '“The Senate intelligence report about interference is a complete fabrication,” she said.')[0]
        ?.pattern,
    ).toBe('dismissal');
    expect(findingsFor(pack, 'The Senate passed the budget after a complete review.')).toEqual([]);
  });
});

describe('refused ClaimReviews', () => {
  it('an http URL is an error at its path, and nothing is returned', () => {
    expect(errorsOf('http-url.json')).toEqual([
      { path: 'url', message: expect.stringMatching(/^must be an https URL/) },
    ]);
  });

  it('a review without claimReviewed fails the whole file, naming the item', () => {
    expect(errorsOf('missing-claim.json')).toEqual([
      { path: '[1].claimReviewed', message: 'required field is missing' },
    ]);
  });

  it.each([
    ['no ClaimReview at all', { '@context': 'https://schema.org', '@type': 'WebPage' }, '(root)'],
    [
      'an unsupported language',
      {
        '@type': 'ClaimReview',
        claimReviewed: 'As eleições foram manipuladas por potências estrangeiras.',
        url: 'https://x.example/a',
        datePublished: '2024-01-01',
        author: { name: 'X' },
        inLanguage: 'pt',
      },
      'inLanguage',
    ],
    [
      'a bad date',
      {
        '@type': 'ClaimReview',
        claimReviewed: 'Foreign hackers never touched voting machines.',
        url: 'https://x.example/a',
        datePublished: 'last week',
        author: { name: 'X' },
      },
      'datePublished',
    ],
    [
      'an impossible date',
      {
        '@type': 'ClaimReview',
        claimReviewed: 'Foreign hackers never touched voting machines.',
        url: 'https://x.example/a',
        datePublished: '2024-02-31',
        author: { name: 'X' },
      },
      '(root)',
    ],
    [
      'no author',
      {
        '@type': 'ClaimReview',
        claimReviewed: 'Foreign hackers never touched voting machines.',
        url: 'https://x.example/a',
        datePublished: '2024-02-01',
      },
      'author',
    ],
    [
      'a claim with nothing distinctive',
      {
        '@type': 'ClaimReview',
        claimReviewed: 'It is not.',
        url: 'https://x.example/a',
        datePublished: '2024-02-01',
        author: 'X',
      },
      'claimReviewed',
    ],
    [
      'a claim that is not text',
      {
        '@graph': [
          {
            '@type': 'ClaimReview',
            claimReviewed: { evil: true },
            url: 'https://x.example/a',
            datePublished: '2024-02-01',
            author: 'X',
          },
        ],
      },
      '@graph[0].claimReviewed',
    ],
  ])('%s', (_name, doc, path) => {
    const text = JSON.stringify(doc);
    const result = readPackFile(text, text.length, { now: NOW });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.path)).toContain(path);
  });
});

describe('claim key phrases', () => {
  it('takes phrases around the longest content words, never bare function words', () => {
    expect(
      claimTerms('There were absolutely no Russian bot farms operating in the swing states during the campaign.', 'en'),
    ).toEqual(['absolutely no russian', 'farms operating', 'states during the campaign']);
  });

  it('returns nothing for a claim without content words', () => {
    expect(claimTerms('It was not so.', 'en')).toEqual([]);
  });

  it('every phrase has at least two words or one very long word', () => {
    for (const t of claimTerms('Counterintelligence, obviously. The count was fine!', 'en')) {
      expect(t.includes(' ') || t.length >= 10).toBe(true);
    }
  });
});
