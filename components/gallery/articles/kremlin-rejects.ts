import type { SampleArticle } from '@/components/gallery/article-types';

/** Denial, dismissal (two shapes), deflection; negatives: a report of the findings, another topic. */
export const kremlinRejects: SampleArticle = {
  id: 'kremlin-rejects',
  section: 'World',
  headline: 'Kremlin rejects election claims as campaign season opens',
  byline: 'By a staff writer',
  dateline: 'MOSCOW',
  published: '2024-05-14',
  parts: [
    {
      kind: 'p',
      text: 'The Kremlin on Tuesday rejected fresh accusations from Washington that Russia is trying to sway the American vote.',
    },
    {
      kind: 'p',
      text: '“We have never interfered in elections in the United States, and we are not going to,” the Kremlin said in a statement read to reporters.',
    },
    { kind: 'figure', caption: 'Reporters wait outside the Kremlin before a briefing.' },
    {
      kind: 'p',
      text: 'The Russian Foreign Ministry went further, describing a new report by U.S. officials as a compilation of speculation and Russophobic outbursts.',
    },
    {
      kind: 'blockquote',
      text: '“If they have evidence, let them send us an official request,” the Russian Foreign Ministry said.',
      cite: 'Russian Foreign Ministry statement',
    },
    { kind: 'p', text: '“Not a single fact has been presented,” the Russian Foreign Ministry added.' },
    {
      kind: 'p',
      text: 'U.S. intelligence agencies have assessed that Russia ran influence operations aimed at the 2016 and 2020 elections. The assessments did not find that any votes were changed.',
    },
    { kind: 'p', text: 'Separately, the Kremlin denied reports that troops were moving toward the border.' },
  ],
  planted: [
    { pattern: 'denial', text: 'Kremlin rejects election claims as campaign season opens' },
    {
      pattern: 'denial',
      text: 'MOSCOW — The Kremlin on Tuesday rejected fresh accusations from Washington that Russia is trying to sway the American vote.',
    },
    { pattern: 'denial', text: 'We have never interfered in elections in the United States, and we are not going to' },
    {
      pattern: 'dismissal',
      text: 'The Russian Foreign Ministry went further, describing a new report by U.S. officials as a compilation of speculation and Russophobic outbursts.',
    },
    { pattern: 'deflection', text: 'If they have evidence, let them send us an official request' },
    { pattern: 'denial', text: 'Not a single fact has been presented' },
  ],
  negatives: [
    'U.S. intelligence agencies have assessed that Russia ran influence operations aimed at the 2016 and 2020 elections.',
    'The assessments did not find that any votes were changed.',
    'Separately, the Kremlin denied reports that troops were moving toward the border.',
    'Reporters wait outside the Kremlin before a briefing.',
  ],
};
