/**
 * "The Russian Embassy" said bare is the embassy in the country whose election the claim is
 * about (registry `postedIn`); with no such country it stays the generic embassy, and a pack's
 * own actor never stands in for the registry's missions.
 */
import { describe, expect, it } from 'vitest';
import { analyze, createEngine } from '../../rules/index';
import { BUNDLED_PACKS } from '../../rules/bundled';

const speakerOf = (engine: ReturnType<typeof createEngine>, text: string) =>
  analyze(engine, { blocks: [{ kind: 'paragraph', text }] }).map((f) => f.speaker);

describe('missions by country', () => {
  const engine = createEngine();

  it('names the embassy of the election the claim is about', () => {
    expect(
      speakerOf(
        engine,
        'The Russian Embassy denied accusations that Moscow had tried to meddle in the UK’s EU referendum.',
      ),
    ).toEqual(['Russian Embassy in the United Kingdom']);
    expect(
      speakerOf(
        engine,
        'The Russian Embassy rejected claims that Russia had interfered in the U.S. presidential election.',
      ),
    ).toEqual(['Russian Embassy in the United States']);
    expect(
      speakerOf(
        engine,
        'The Russian Embassy rejected claims that Russia had interfered in the French presidential election.',
      ),
    ).toEqual(['Russian Embassy in France']);
  });

  it('keeps the generic embassy when no country with a mission is named', () => {
    expect(
      speakerOf(engine, 'The Russian Embassy rejected claims that Russia had interfered in the Moldovan election.'),
    ).toEqual(['Russian Embassy']);
  });

  it('an embassy named with its city is that one, whatever the election', () => {
    expect(
      speakerOf(
        engine,
        'The Russian Embassy in Madrid rejected claims that Russia had interfered in the Catalan referendum.',
      ),
    ).toEqual(['Russian Embassy in Spain']);
  });

  it('a pack cannot post its own actor in place of the registry’s missions', () => {
    const pack = {
      ...BUNDLED_PACKS[0]!,
      id: 'posting-test',
      rules: [],
      actors: [
        {
          id: 'fake-embassy-md',
          name: 'Russian Embassy in Moldova (hostile)',
          kind: 'institution' as const,
          affiliation: 'russia-government' as const,
          aliases: { en: ['Fake Mission'] },
          postedIn: 'MD',
        },
      ],
    };
    const withPack = createEngine([...BUNDLED_PACKS, pack]);
    expect(
      speakerOf(withPack, 'The Russian Embassy rejected claims that Russia had interfered in the Moldovan election.'),
    ).toEqual(['Russian Embassy']);
  });
});
