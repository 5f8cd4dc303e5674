import type { SampleArticle } from '@/components/gallery/article-types';

/** Counter-accusation, blame shift; negatives: a U.S. denial, "interfere" in another sense. */
export const accusationsReturned: SampleArticle = {
  id: 'accusations-returned',
  section: 'Diplomacy',
  headline: 'Moscow turns election accusations back on Washington',
  byline: 'By a diplomatic correspondent',
  dateline: 'MOSCOW',
  published: '2024-06-03',
  parts: [
    {
      kind: 'p',
      text: 'Russia’s foreign ministry on Monday accused the United States of meddling in Russian politics, a day after new American warnings about foreign influence campaigns.',
    },
    {
      kind: 'p',
      text: '“The United States is plotting to interfere in our presidential election,” the Russian Foreign Ministry said in a statement.',
    },
    {
      kind: 'p',
      text: 'The Russian Foreign Ministry said Washington openly set the goal of undermining our political stability.',
    },
    {
      kind: 'blockquote',
      text: '“Relations are in a bad state, and not because of Moscow,” the Kremlin said when asked about the talks.',
      cite: 'Kremlin statement',
    },
    {
      kind: 'p',
      text: 'It was not Russia that dismantled our relations, the Russian Embassy in Washington wrote on social media.',
    },
    { kind: 'figure', caption: 'The State Department building in Washington.' },
    { kind: 'p', text: 'A State Department official said the United States does not interfere in Russia’s elections.' },
    { kind: 'p', text: 'Analysts said a cold snap could interfere with the harvest this year.' },
  ],
  planted: [
    {
      pattern: 'counter_accusation',
      text: 'MOSCOW — Russia’s foreign ministry on Monday accused the United States of meddling in Russian politics, a day after new American warnings about foreign influence campaigns.',
    },
    { pattern: 'counter_accusation', text: 'The United States is plotting to interfere in our presidential election' },
    {
      pattern: 'counter_accusation',
      text: 'The Russian Foreign Ministry said Washington openly set the goal of undermining our political stability.',
    },
    { pattern: 'blame_shift', text: 'Relations are in a bad state, and not because of Moscow' },
    {
      pattern: 'blame_shift',
      text: 'It was not Russia that dismantled our relations, the Russian Embassy in Washington wrote on social media.',
    },
  ],
  negatives: [
    'Moscow turns election accusations back on Washington',
    'A State Department official said the United States does not interfere in Russia’s elections.',
    'Analysts said a cold snap could interfere with the harvest this year.',
    'The State Department building in Washington.',
  ],
};
