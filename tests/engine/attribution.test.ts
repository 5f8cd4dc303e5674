/**
 * Speaker attribution, one table per cause. Own sentences; each row names the speaker
 * (registry id and/or name as written) the claim must be attributed to.
 */
import { describe, it, expect } from 'vitest';
import { createEngine, analyze } from '../../rules/index';

const engine = createEngine();

interface Row {
  lang: string;
  text: string;
  speakerId: string | null;
  speaker?: string;
}

function speakersOf(text: string) {
  const blocks = text.split('\n\n').map((t) => ({ kind: 'paragraph' as const, text: t }));
  return analyze(engine, { blocks, published: '2021-06-01' }).map((f) => ({ speaker: f.speaker, speakerId: f.speakerId }));
}

function table(name: string, rows: Row[]) {
  describe(name, () => {
    it.each(rows)('$lang: $text', (row) => {
      const got = speakersOf(row.text);
      expect(got.length).toBeGreaterThan(0);
      for (const g of got) {
        expect(g.speakerId).toBe(row.speakerId);
        if (row.speaker) expect(g.speaker).toBe(row.speaker);
      }
    });
  });
}

table('a name before a comma-enclosed apposition speaks, not the body named inside it', [
  { lang: 'en', text: 'Maria Zakharova, the Russian Foreign Ministry\'s spokeswoman, insisted Russia had "never interfered" in US votes.', speakerId: 'maria-zakharova' },
  { lang: 'en', text: 'Leonid Slutsky, a senior member of the State Duma, told reporters that Russia was not interfering in the American campaign.', speakerId: 'leonid-slutsky' },
]);

table('a coordinated verb shares the sentence subject; words inside a quote are no subject', [
  { lang: 'en', text: 'Maria Zakharova, the Foreign Ministry spokeswoman, accused Washington of waging "a witch hunt against Russian journalists" and said the case showed that the United States had "no evidence of interference" and Russia "never interfered".', speakerId: 'maria-zakharova' },
]);

table('"the ministry" / "the embassy" is the body named before, never a person of it', [
  { lang: 'en', text: 'Maria Zakharova spoke on Monday. The Russian Foreign Ministry issued a statement. Later the ministry repeated that Russia had not interfered in the election.', speakerId: 'russian-foreign-ministry' },
]);

table('a role noun refers back to the person named in apposition to an earlier role noun', [
  {
    lang: 'de',
    text: 'Der russische Botschafter in Deutschland, Sergej Netschajew, gab am Mittwoch ein Interview.\n\nEr sprach lange über die Beziehungen. Russland mische sich nicht in die Wahlen in Deutschland ein, sagte der Botschafter.',
    speakerId: 'sergey-nechayev',
  },
]);

table('transliterations of a registry actor resolve to the actor', [
  { lang: 'en', text: '"Russia does not interfere in German elections," Sergey Nechaev said.', speakerId: 'sergey-nechayev' },
  { lang: 'ru', text: '«Россия не вмешивается в выборы в Германии», — заявил Сергей Нечаев.', speakerId: 'sergey-nechayev' },
  { lang: 'fr', text: '« La Russie ne s\'ingère pas dans les élections allemandes », a déclaré Sergueï Netchaev.', speakerId: 'sergey-nechayev' },
]);
