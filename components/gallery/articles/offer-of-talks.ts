import type { SampleArticle } from '@/components/gallery/article-types';

/** Deflection, denial by principle; negatives: drones "interfere" with radar, a denial on another topic. */
export const offerOfTalks: SampleArticle = {
  id: 'offer-of-talks',
  section: 'World',
  headline: 'Russia answers election warnings with offer of talks',
  byline: 'By a staff writer',
  dateline: 'MOSCOW',
  published: '2024-09-12',
  parts: [
    {
      kind: 'p',
      text: 'Russian officials answered new American warnings about the coming vote on Thursday with an offer of talks and an appeal to principle.',
    },
    {
      kind: 'p',
      text: '“We have repeatedly proposed exchanging mutual guarantees of non-interference,” the Russian Foreign Ministry said.',
    },
    {
      kind: 'blockquote',
      text: '“We strictly observe the principle of non-interference in the domestic affairs of the United States,” the Russian Embassy said in a separate statement.',
      cite: 'Russian Embassy statement',
    },
    { kind: 'figure', caption: 'The Russian Foreign Ministry building in Moscow.' },
    { kind: 'p', text: 'Regulators warned that new drones could interfere with airport radar.' },
    { kind: 'p', text: 'The Kremlin also denied reports about a pipeline explosion in the Baltic.' },
  ],
  planted: [
    { pattern: 'deflection', text: 'We have repeatedly proposed exchanging mutual guarantees of non-interference' },
    {
      pattern: 'denial',
      text: 'We strictly observe the principle of non-interference in the domestic affairs of the United States',
    },
  ],
  negatives: [
    'Regulators warned that new drones could interfere with airport radar.',
    'The Kremlin also denied reports about a pipeline explosion in the Baltic.',
    'The Russian Foreign Ministry building in Moscow.',
  ],
};
