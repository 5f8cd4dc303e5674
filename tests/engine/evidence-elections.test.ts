/**
 * Evidence that answers the claim (issue #13): the election a denial is about is read from the
 * claim, its passage and the page, and the assessments it gets concern that election's country
 * — or there are none and the finding says the data does not cover it. Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { analyze, createEngine, type DocumentInput, type Finding } from '../../rules/index';
import { scopeLines } from '../../rules/present/index';
import { toJsonDocument } from '../../scripts/cli/format';
import { CASES, para } from './evidence-cases';

const engine = createEngine();

function denial(input: DocumentInput): Finding {
  const findings = analyze(engine, input).filter((f) => f.pattern === 'denial');
  expect(findings.length, input.blocks.map((b) => b.text).join(' / ')).toBeGreaterThan(0);
  return findings[0]!;
}

describe('a denial about an election gets assessments about that country', () => {
  it.each(CASES)('%s', (_label, input, country, year) => {
    const f = denial(input);
    expect(f.scope.elections[0]).toEqual({ country, year });
    expect(f.assessments.length).toBeGreaterThan(0);
    for (const a of f.assessments)
      expect(
        a.elections.map((e) => e.country),
        a.id,
      ).toContain(country);
    // The election itself comes first.
    expect(f.assessments[0]!.elections, f.assessments[0]!.id).toContainEqual({ country, year });
    // And the CLI's JSON says the same, in the same order.
    const json = toJsonDocument('test', input, [f]);
    expect(json.findings[0]!.assessments.map((a) => a.id)).toEqual(f.assessments.map((a) => a.id));
    for (const a of json.findings[0]!.assessments)
      expect(
        a.elections.some((e) => e.country === country),
        a.id,
      ).toBe(true);
  });

  it('orders the claim’s election first, then assessments before allegations, then the most recent', () => {
    for (const [label, input] of [CASES[0]!, CASES[5]!]) {
      const f = denial(input);
      const about = f.assessments.filter((a) => a.aboutClaimElection);
      expect(f.assessments.slice(0, about.length), label).toEqual(about);
      const firstAllegation = about.findIndex((a) => a.allegation);
      expect(firstAllegation, label).toBeGreaterThan(0);
      expect(
        about.slice(firstAllegation).every((a) => a.allegation),
        label,
      ).toBe(true);
    }
    // Moldova's items carry no "general" key documents: within each group, most recent first.
    const md = denial(CASES[0]![1]).assessments.filter(
      (a) => a.aboutClaimElection && !a.elections.some((e) => e.country !== 'MD'),
    );
    for (const group of [md.filter((a) => !a.allegation), md.filter((a) => a.allegation)]) {
      const dates = group.map((a) => a.date);
      expect(dates).toEqual([...dates].sort().reverse());
    }
  });

  it('shows a balancing finding right after the assessment it qualifies', () => {
    const f = denial(CASES[4]![1]);
    const ids = f.assessments.map((a) => a.id);
    expect(ids.indexOf('anssi-macron-leaks-2017-06')).toBe(ids.indexOf('france-apt28-attribution-2025-04') + 1);
  });
});

describe('the year of an election is not any year in the sentence', () => {
  it('a dateline year is not the election year', () => {
    const f = denial(
      para('MOSCOW, 2018 — “Russia did not interfere in the French presidential election,” Peskov said.', '2017-05-09'),
    );
    expect(f.scope.elections[0]).toEqual({ country: 'FR', year: 2017 });
  });

  it('2018 is the 2018 midterms, not 2020: the data does not cover it and says so', () => {
    const f = denial(para('Peskov said Russia did not interfere in the 2018 U.S. midterm elections.', '2018-11-08'));
    expect(f.scope).toMatchObject({ coverage: 'uncovered', elections: [{ country: 'US', year: 2018 }] });
    for (const a of f.assessments) expect(a.elections, a.id).toContainEqual({ country: 'US', year: null });
    expect(scopeLines(f.scope, f.assessments.length)[0]).toBe(
      "No assessment in Counterpoint's packs covers the 2018 U.S. election.",
    );
  });

  it('a year beside something else ("a 2018 forum") is not an election year', () => {
    const f = denial(
      para('Speaking at a 2018 forum, Lavrov said Russia had never interfered in American elections.', '2021-05-10'),
    );
    expect(f.scope.elections[0]!.country).toBe('US');
    expect(f.scope.elections[0]!.year).toBeNull();
    expect(f.scope.coverage).toBe('country');
  });

  it('an election the data does not cover gets no other country’s evidence', () => {
    const f = denial(
      para('“Russia did not interfere in the 2022 French presidential election,” Zakharova said.', '2022-04-26'),
    );
    expect(f.scope.coverage).toBe('uncovered');
    for (const a of f.assessments)
      expect(
        a.elections.map((e) => e.country),
        a.id,
      ).toContain('FR');
    expect(scopeLines(f.scope, f.assessments.length)[0]).toBe(
      "No assessment in Counterpoint's packs covers the 2022 French election.",
    );
  });

  it('Georgia 2024: no assessment, and the note that no official attribution exists', () => {
    const f = denial(
      para('“Russia did not interfere in Georgia’s parliamentary election,” Peskov said.', '2024-10-28'),
    );
    expect(f.assessments).toEqual([]);
    expect(f.scope).toMatchObject({ coverage: 'uncovered', elections: [{ country: 'GE', year: 2024 }] });
    const lines = scopeLines(f.scope, 0);
    expect(lines[0]).toBe("No assessment in Counterpoint's packs covers the 2024 Georgian election.");
    expect(lines[1]).toMatch(
      /No official finding .* attributes the conduct or outcome of Georgia's 26 October 2024 election to Russian interference/,
    );
  });

  it('no election named: the general set, labelled as general', () => {
    const f = denial(
      para('“Russia has never interfered in the elections of other countries,” Peskov said.', '2023-06-01'),
    );
    expect(f.scope.coverage).toBe('general');
    expect(f.assessments.length).toBeGreaterThanOrEqual(3);
    expect(scopeLines(f.scope, f.assessments.length)).toEqual([
      'No election named: a general set of official assessments.',
    ]);
  });

  it('reads the country from the other languages’ names', () => {
    const ru = denial({
      blocks: [{ kind: 'paragraph', text: '«Россия не вмешивалась в выборы в Молдавии», — заявил Песков.' }],
      published: '2024-10-21',
    });
    expect(ru.scope.elections[0]).toEqual({ country: 'MD', year: 2024 });
    const de = denial({
      blocks: [
        { kind: 'paragraph', text: '„Russland hat sich nicht in die Bundestagswahl 2025 eingemischt“, sagte Peskow.' },
      ],
      published: '2025-02-20',
    });
    expect(de.scope.elections[0]).toEqual({ country: 'DE', year: 2025 });
  });

  it('a year inferred from the claim date that the data does not cover falls back to the country', () => {
    // Said in spring 2019: the nearest U.S. vote is the 2018 midterms, which no assessment covers.
    const f = denial(
      para('“Russia has never interfered in any elections in the United States,” Putin said.', '2019-04-10'),
    );
    expect(f.scope).toMatchObject({ coverage: 'country', elections: [{ country: 'US', year: null }] });
    expect(f.assessments.length).toBeGreaterThan(3);
  });

  it('"all this time" is not "this time": no election year without an election word', () => {
    const f = denial(
      para(
        '“All this time, Russia has never interfered in the internal affairs of the United States,” Zakharova said.',
        '2019-03-25',
      ),
    );
    expect(f.scope.elections[0]).toEqual({ country: 'US', year: null });
  });

  it('a year goes with the country named next to it', () => {
    const f = denial(
      para(
        'Russia did not interfere in Romania, Peskov said, recalling how Washington once blamed Moscow for the 2016 U.S. election.',
        '2024-12-10',
      ),
    );
    expect(f.scope.elections[0]).toEqual({ country: 'US', year: 2016 });
  });

  it('a country with no assessment at all says so', () => {
    const f = denial(
      para('Lavrov denied any interference by Russia in the Catalan independence vote in Spain.', '2017-11-13'),
    );
    expect(f.scope.coverage).toBe('uncovered');
    expect(f.assessments).toEqual([]);
    expect(scopeLines(f.scope, 0)[0]).toMatch(/^No assessment in Counterpoint's packs covers /);
  });
});
