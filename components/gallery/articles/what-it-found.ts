import type { SampleArticle } from '@/components/gallery/article-types';

/**
 * Misrepresentation; negatives: the findings reported with "not" nearby. The findings are
 * summarised as in /work/shared/reference/assessments.md (items 2 and 8), nothing more.
 */
export const whatItFound: SampleArticle = {
  id: 'what-it-found',
  section: 'Analysis',
  headline: 'What the Russia investigation found, and what it did not',
  byline: 'By a fact-check editor',
  dateline: 'WASHINGTON',
  published: '2024-04-18',
  parts: [
    {
      kind: 'p',
      text: 'Five years after the special counsel delivered his report, claims about what it showed still circulate online.',
    },
    {
      kind: 'blockquote',
      text: '“In the end, Mueller came up empty-handed,” a talk-show host told viewers this week.',
      cite: 'Television broadcast',
    },
    { kind: 'p', text: 'A widely shared post went further: the Mueller investigation found no Russian interference.' },
    {
      kind: 'p',
      text: 'The report itself found that the Russian government interfered in the 2016 election in sweeping and systematic fashion. It did not establish a criminal conspiracy between the Trump campaign and Russia.',
    },
    { kind: 'figure', caption: 'Printed volumes of the report on a desk.' },
    {
      kind: 'p',
      text: 'The Senate Intelligence Committee reached similar conclusions about Russian interference and found no evidence that votes were changed.',
    },
    { kind: 'p', text: 'Commentators noted that the investigation did not end the argument.' },
  ],
  planted: [
    { pattern: 'misrepresentation', text: 'In the end, Mueller came up empty-handed' },
    {
      pattern: 'misrepresentation',
      text: 'A widely shared post went further: the Mueller investigation found no Russian interference.',
    },
  ],
  negatives: [
    'The report itself found that the Russian government interfered in the 2016 election in sweeping and systematic fashion.',
    'It did not establish a criminal conspiracy between the Trump campaign and Russia.',
    'The Senate Intelligence Committee reached similar conclusions about Russian interference and found no evidence that votes were changed.',
    'Commentators noted that the investigation did not end the argument.',
  ],
};
