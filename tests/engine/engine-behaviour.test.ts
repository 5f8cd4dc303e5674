/**
 * The shapes the issue lists under "Must handle", one table row each: text in, the
 * finding (or silence) we expect out. Written for this project, not taken from the corpus.
 */
import { describe, expect, it } from 'vitest';
import { analyze, createEngine, type Finding } from '../../rules/index';

const engine = createEngine();

function run(...paragraphs: string[]): Finding[] {
  return analyze(engine, {
    blocks: paragraphs.map((text) => ({ kind: 'paragraph' as const, text })),
    published: '2024-05-02',
  });
}

function one(findings: Finding[], pattern = 'denial'): Finding {
  const hits = findings.filter((f) => f.pattern === pattern);
  expect(hits.map((f) => f.text)).toHaveLength(1);
  return hits[0]!;
}

describe('quotes and attribution', () => {
  it.each([
    ['curly', '“We have never interfered in American elections,” Peskov said.'],
    ['straight', '"We have never interfered in American elections," Peskov said.'],
    ['guillemets', '«We have never interfered in American elections», Peskov said.'],
    ['German „…“', 'Peskow sagte: „Russland hat sich nie in die amerikanischen Wahlen eingemischt.“'],
    ['German »…«', '»Russland mischt sich nicht in die Wahlen in den USA ein«, sagte Peskow.'],
    ['French « … »', '« La Russie ne s’est jamais ingérée dans les élections américaines », a déclaré Dmitri Peskov.'],
  ])('%s quotes: a direct quote with its speaker', (_label, text) => {
    const f = one(run(text));
    expect(f.quoted).toBe(true);
    expect(f.speakerId).toBe('dmitry-peskov');
    expect(f.attribution).toBe('explicit');
  });

  it('a quote split by its attribution keeps the speaker for both parts', () => {
    const findings = run(
      '“We never interfered in elections in Germany,” Zakharova said.“And we are not going to interfere.”',
    );
    expect(findings.filter((f) => f.pattern === 'denial').map((f) => f.speakerId)).toEqual([
      'maria-zakharova',
      'maria-zakharova',
    ]);
  });

  it('a quote that spans paragraphs takes the attribution of its continuation', () => {
    const findings = run(
      'Asked about the vote, the Kremlin spokesman spoke at length.',
      '“Our country has never interfered in anyone’s elections.',
      '“We respect the choice of the American people,” Peskov said.',
    );
    expect(one(findings).speakerId).toBe('dmitry-peskov');
  });

  it('"he said" after a named speaker resolves to that speaker', () => {
    const f = one(
      run(
        'Sergei Lavrov met reporters in Moscow on Tuesday.',
        '“Russia does not interfere in the internal affairs of other states,” he said.',
      ),
    );
    expect(f.speakerId).toBe('sergey-lavrov');
    expect(f.attribution).toBe('pronoun');
  });

  it('titles, even wrong ones, and typos around names', () => {
    expect(
      one(run('“We never interfered in elections in the United States,” Ms. Peskov said at the event.')).speakerId,
    ).toBe('dmitry-peskov');
    expect(one(run('“We never interfered in elections in the United States,” Peksov said.')).speakerId).toBe(
      'dmitry-peskov',
    );
  });

  it('a missing space after the full stop still splits the two quotes', () => {
    const findings = run(
      '“We never interfered in elections in the US,” Peskov said at the event.“And this time, we do not intend to interfere.”',
    );
    expect(findings.filter((f) => f.pattern === 'denial').map((f) => f.text)).toEqual([
      'We never interfered in elections in the US',
      'And this time, we do not intend to interfere.',
    ]);
  });
});

describe('reported speech', () => {
  it.each([
    'Kremlin spokesman Dmitry Peskov said Russia has not—and will not—interfere in U.S. elections.',
    'Russia has not interfered in the U.S. election, according to Kremlin spokesman Dmitry Peskov.',
    'Peskov insisted that Moscow had never meddled in the American vote.',
    'The Kremlin spokesman, Dmitry Peskov, rejected accusations that Russia meddled in the election.',
  ])('%s', (text) => {
    const f = one(run(text));
    expect(f.quoted).toBe(false);
    expect(f.speakerId).toBe('dmitry-peskov');
  });

  it('a headline is a claim, attributed to the body’s speaker', () => {
    const findings = analyze(engine, {
      blocks: [
        { kind: 'heading', text: 'Kremlin denies meddling in US vote' },
        { kind: 'paragraph', text: '“We have never interfered in American elections,” Dmitry Peskov told reporters.' },
      ],
    });
    const headline = findings.find((f) => f.block === 0)!;
    expect(headline.pattern).toBe('denial');
    expect(headline.speakerId).toBe('dmitry-peskov');
    expect(headline.attribution).toBe('context');
  });
});

describe('what is not a denial', () => {
  it.each([
    [
      'the accuser interfering, said by Lavrov, is a counter-accusation',
      '“The United States is interfering in our elections,” Lavrov said.',
      'counter_accusation',
    ],
    [
      'a Russian official’s warning about attempts',
      '“We will suppress any attempts to interfere in our elections,” Peskov said.',
      null,
    ],
    [
      'a report of the findings',
      'Investigators found that Russia interfered in the 2016 election in sweeping fashion.',
      null,
    ],
    [
      '"not" outside the predicate',
      'The report did not establish a conspiracy, but it found that Russia interfered in the election.',
      null,
    ],
    ['another agent denying', 'Washington denies interfering in Russia’s vote, the State Department said.', null],
    ['interfere with a ship', '“Our navy did not interfere with the vessel,” the Russian defence ministry said.', null],
    ['a central bank', '“The Kremlin does not interfere in the work of the central bank,” Peskov said.', null],
    ['a referee', '“The referee did not interfere in the match,” the coach said.', null],
    ['a poisoning', 'The Kremlin denied any involvement in the poisoning of the former spy.', null],
    ['doping', '“Russia has never run a state doping programme,” Peskov said.', null],
  ])('%s', (_label, text, pattern) => {
    const patterns = run(text).map((f) => f.pattern);
    expect(patterns).toEqual(pattern ? [pattern] : []);
  });
});

describe('languages', () => {
  it.each([
    ['ru', '«Мы никогда не вмешивались в выборы в США», — заявил Песков.', 'dmitry-peskov'],
    ['ru (inflected)', 'По словам Пескова, Россия не вмешивается во внутренние дела других стран.', 'dmitry-peskov'],
    [
      'de (separable)',
      'Russland mische sich nicht in die Wahlen in Deutschland ein, sagte Sacharowa.',
      'maria-zakharova',
    ],
    [
      'fr',
      '« Nous ne nous ingérons pas dans les affaires intérieures des autres États », a déclaré Sergueï Lavrov.',
      'sergey-lavrov',
    ],
    ['es', '"Rusia nunca ha interferido en las elecciones de otros países", afirmó Zajárova.', 'maria-zakharova'],
  ])('%s', (_label, text, speakerId) => {
    expect(one(run(text)).speakerId).toBe(speakerId);
  });
});

describe('finding fields', () => {
  it('dates the claim from the text, and puts the election it names first', () => {
    const f = one(
      analyze(engine, {
        blocks: [
          {
            kind: 'paragraph',
            text: 'On March 6, Peskov said Russia had never interfered in the 2016 U.S. presidential election.',
          },
        ],
        published: '2024-03-08',
      }),
    );
    expect(f.claimDate).toBe('2024-03-06');
    expect(f.scope).toMatchObject({ coverage: 'election', elections: [{ country: 'US', year: 2016 }], from: 'claim' });
    expect(f.assessments[0]!.elections).toContainEqual({ country: 'US', year: 2016 });
    expect(f.assessments.map((a) => a.id)).toContain('mueller-report');
    // Within the election: assessments before allegations.
    const about2016 = f.assessments.filter((a) => a.aboutClaimElection);
    const firstAllegation = about2016.findIndex((a) => a.allegation);
    expect(about2016.slice(firstAllegation).every((a) => a.allegation)).toBe(true);
  });

  it('offsets point at the claim in its block', () => {
    const text = 'Background sentence. “We never interfered in elections in the US,” Peskov said.';
    const f = one(run(text));
    expect(text.slice(f.start, f.end)).toBe(f.text);
    expect(f.cues.map((c) => c.role)).toEqual(expect.arrayContaining(['speaker', 'negation', 'predicate', 'target']));
  });
});

describe('headlines and wire shapes', () => {
  it.each([
    ['Песков: Россия никогда не вмешивалась в выборы в США', 'denial', 'dmitry-peskov'],
    ['Захарова: США вмешиваются во внутренние дела России', 'counter_accusation', 'maria-zakharova'],
    ['Kreml weist Vorwürfe der Einmischung in US-Wahl zurück', 'denial', 'kremlin'],
    ['Le Kremlin dément toute ingérence dans la présidentielle américaine', 'denial', 'kremlin'],
    ['Moscou accuse Washington d’ingérence dans les législatives russes', 'counter_accusation', 'moscow'],
    ['El Kremlin niega cualquier injerencia en las elecciones de EE.UU.', 'denial', 'kremlin'],
    ['Rusia acusa a EE.UU. de injerencia en sus elecciones', 'counter_accusation', 'russia'],
    ['Trump said Putin “extremely strongly” denied meddling in the 2016 vote.', 'denial', 'vladimir-putin'],
  ])('%s', (text, pattern, speakerId) => {
    const f = one(run(text), pattern);
    expect(f.speakerId).toBe(speakerId);
  });

  it('a hack of something other than an election is not an election denial', () => {
    expect(run('Peskov denied that Russia had hacked the Bundestag.')).toEqual([]);
  });
});

describe('context across a paragraph break', () => {
  it('a blame shift whose "relations" sits in the previous paragraph is still found', () => {
    // The prefilter decides per paragraph; `cues.near` reaches back into the previous one.
    const f = one(
      run(
        'Relations between Moscow and Washington have sunk to their lowest point since the Cold War.',
        '“It was not Russia that started this,” Peskov told reporters.',
      ),
      'blame_shift',
    );
    expect(f.speakerId).toBe('dmitry-peskov');
    expect(f.block).toBe(1);
  });

  it('without any relations context the same sentence is not a blame shift', () => {
    expect(
      run(
        'The match in Lisbon ended in a draw.',
        '“It was not Russia that started this,” Peskov told reporters.',
      ).filter((f) => f.pattern === 'blame_shift'),
    ).toEqual([]);
  });
});

describe('interference called false (frame-falsity.ts)', () => {
  it('reports the falsity word as the cue that set the polarity', () => {
    const findings = analyze(createEngine(), {
      blocks: [
        {
          kind: 'paragraph',
          text: 'Dmitry Peskov said it was absurd to think that Russia could sway the outcome of an American election.',
        },
      ],
    });
    expect(findings.map((f) => [f.pattern, f.ruleId])).toEqual([['denial', 'called-false-interference']]);
    expect(findings[0]!.cues).toContainEqual({ role: 'called false', text: 'absurd' });
  });
});

describe("a claim's span holds the clause of the cue its rule needs", () => {
  it('"…the claims, which Russia has strongly denied": the span reaches the denying clause', () => {
    const text =
      'The report repeats the old claims of Russian meddling in the European elections, which have been strongly denied by Russia.';
    const findings = analyze(createEngine(), { blocks: [{ kind: 'paragraph', text }] });
    expect(findings.map((f) => f.pattern)).toEqual(['denial']);
    expect(findings[0]!.text).toContain('strongly denied by Russia');
  });
});
