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
  return analyze(engine, { blocks, published: '2021-06-01' }).map((f) => ({
    speaker: f.speaker,
    speakerId: f.speakerId,
  }));
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
  {
    lang: 'en',
    text: 'Maria Zakharova, the Russian Foreign Ministry\'s spokeswoman, insisted Russia had "never interfered" in US votes.',
    speakerId: 'maria-zakharova',
  },
  {
    lang: 'en',
    text: 'Leonid Slutsky, a senior member of the State Duma, told reporters that Russia was not interfering in the American campaign.',
    speakerId: 'leonid-slutsky',
  },
]);

table('a coordinated verb shares the sentence subject; words inside a quote are no subject', [
  {
    lang: 'en',
    text: 'Maria Zakharova, the Foreign Ministry spokeswoman, accused Washington of waging "a witch hunt against Russian journalists" and said the case showed that the United States had "no evidence of interference" and Russia "never interfered".',
    speakerId: 'maria-zakharova',
  },
]);

table('"the ministry" / "the embassy" is the body named before, never a person of it', [
  {
    lang: 'en',
    text: 'Maria Zakharova spoke on Monday. The Russian Foreign Ministry issued a statement. Later the ministry repeated that Russia had not interfered in the election.',
    speakerId: 'russian-foreign-ministry',
  },
]);

table('a role noun refers back to the person named in apposition to an earlier role noun', [
  {
    lang: 'de',
    text: 'Der russische Botschafter in Deutschland, Sergej Netschajew, gab am Mittwoch ein Interview.\n\nEr sprach lange über die Beziehungen. Russland mische sich nicht in die Wahlen in Deutschland ein, sagte der Botschafter.',
    speakerId: 'sergey-nechayev',
  },
]);

table('transliterations of a registry actor resolve to the actor', [
  {
    lang: 'en',
    text: '"Russia does not interfere in German elections," Sergey Nechaev said.',
    speakerId: 'sergey-nechayev',
  },
  {
    lang: 'ru',
    text: '«Россия не вмешивается в выборы в Германии», — заявил Сергей Нечаев.',
    speakerId: 'sergey-nechayev',
  },
  {
    lang: 'fr',
    text: "« La Russie ne s'ingère pas dans les élections allemandes », a déclaré Sergueï Netchaev.",
    speakerId: 'sergey-nechayev',
  },
]);

table('transcripts: an answer label is the interviewee; a name with a long role before a colon is a label', [
  {
    lang: 'en',
    text: 'Interview with Ambassador Anatoly Antonov\n\nQuestion: Did Russia meddle in the last American election?\n\nResponse: We have never interfered in American elections and we never will.',
    speakerId: 'anatoly-antonov',
  },
  {
    lang: 'en',
    text: 'The ambassador answered a question about the vote.\n\nAnatoly Antonov, the Russian ambassador to the United States: “We have never interfered in your elections.”',
    speakerId: 'anatoly-antonov',
  },
  {
    lang: 'ru',
    text: 'Интервью Сергея Лаврова\n\nВопрос: Вмешивалась ли Россия в выборы?\n\nОтвет: Мы никогда не вмешивались в выборы в других странах.',
    speakerId: 'sergey-lavrov',
  },
]);

table('an unattributed quote or "we" claim: the Russian person named last, or the institution a statement is by', [
  {
    lang: 'en',
    text: 'Dmitry Peskov spoke to reporters in Moscow on Monday about the vote in Moldova.\n\n“We have never interfered in the affairs of Moldova.”',
    speakerId: 'dmitry-peskov',
  },
  {
    lang: 'en',
    text: 'Comment by the Russian Permanent Mission to the EU on the European Parliament resolution\n\nWe have never interfered in the European elections and have no intention to.',
    speakerId: 'russian-mission-eu',
  },
]);

table("a statement page's sentences that name no speaker are its author's (speaker-statement.ts)", [
  {
    lang: 'en',
    text: 'Comment by the Russian Permanent Mission to the EU on the report of the European Parliament\n\nThe deputies repeat the old story of Russian meddling, yet they have not presented a single fact to back it.',
    speakerId: 'russian-mission-eu',
  },
  {
    lang: 'en',
    text: "Ambassador Anatoly Antonov's answer to a media question about the midterm elections\n\nThe accusations of Russian meddling in the midterms are groundless.",
    speakerId: 'anatoly-antonov',
  },
  {
    lang: 'ru',
    text: 'Комментарий официального представителя МИД России Марии Захаровой\n\nОбвинения во вмешательстве России в выборы в Молдавии беспочвенны.',
    speakerId: 'maria-zakharova',
  },
]);

table('a pronoun prefers the subject to a name after "of" (speaker-lookback.ts)', [
  {
    lang: 'en',
    text: 'Maria Zakharova pointed to the words of German Interior Minister Anna Weber, who had warned of Russian meddling in the vote.\n\n"We have never interfered in German elections," she noted.',
    speakerId: 'maria-zakharova',
  },
]);

table('"Russian diplomats" after an embassy statement are the embassy (speaker-resolve.ts)', [
  {
    lang: 'en',
    text: 'The Russian Embassy in Washington said in a statement on Tuesday that the report proved nothing.\n\n"The accusations of Russian meddling in the midterms are groundless," Russian diplomats said.',
    speakerId: 'russian-embassy-us',
  },
]);

describe("a fact-check page: the quoted claim is pro-Kremlin media's, the rebuttal nobody's (speaker-claim-page.ts)", () => {
  const page = [
    'Disinfo: Russia never meddled in the German elections',
    'Summary',
    'The accusations of Russian meddling in the Bundestag vote are a fantasy invented in Berlin.',
    'Disproof',
    'German intelligence documented the campaign; the accusations of Russian meddling are not groundless.',
  ].join('\n\n');

  it('attributes the label and the summary, not the disproof', () => {
    const found = analyze(engine, { blocks: page.split('\n\n').map((text) => ({ kind: 'paragraph' as const, text })) });
    expect(found.map((f) => [f.block, f.speaker])).toEqual([
      [0, 'pro-Kremlin media'],
      [2, 'pro-Kremlin media'],
    ]);
  });
});

table('a wire headline names its source after a dash; a role noun there is the Russian the story names', [
  {
    lang: 'en',
    text: 'Accusations that Russia meddled in Moldova’s election groundless — diplomat\n\nMOSCOW, May 20. Russian Foreign Ministry Spokeswoman Maria Zakharova spoke to reporters on Tuesday.',
    speakerId: 'maria-zakharova',
  },
  {
    lang: 'en',
    text: 'Claims of Russian meddling in the Bundestag vote are absurd — Lavrov',
    speakerId: 'sergey-lavrov',
  },
]);

table('the subject of a denying verb speaks for an allegation it rejects; a role phrase fits one actor or none', [
  {
    lang: 'en',
    text: 'BERLIN, May 3. Russian ambassador to Germany Sergey Nechayev categorically rejected the accusations of Russian meddling in the Bundestag election, the embassy said.',
    speakerId: 'sergey-nechayev',
  },
]);

describe('no speaker is borrowed when someone else is named or speaks', () => {
  it.each([
    'Analysts weigh the remarks of Sergey Lavrov and Antony Blinken\n\n“Russia has never meddled in American elections,” a placard at the rally read.',
    'Sergey Lavrov spoke on Monday. “There is no evidence that Russia interfered in the vote,” a professor at a Berlin university says.',
    // A news headline with a verb of denying is no statement heading: its later sentences stay the reporter's.
    'Kremlin denies the comment by the Russian Permanent Mission to the EU\n\nThe accusations of Russian meddling in the European elections are groundless.',
  ])('%s', (text) => {
    expect(speakersOf(text)).toEqual([]);
  });
});
