/** Denials about named elections, in our own words, for the evidence tests (engine and card). */
import type { DocumentInput } from '../../rules/index';

export const para = (text: string, published: string, title?: string): DocumentInput => ({
  blocks: [{ kind: 'paragraph', text }],
  published,
  ...(title ? { title } : {}),
});

/** [label, input, country, year] — a denial about that election. */
export const CASES: [string, DocumentInput, string, number][] = [
  [
    'Moldova 2024',
    para(
      '“Russia has never interfered in Moldova’s elections and is not doing so now,” Peskov told reporters.',
      '2024-10-22',
    ),
    'MD',
    2024,
  ],
  [
    'Moldova 2024, by its voting day',
    para(
      'The Kremlin said Russia did not interfere in the presidential election on 20 October.',
      '2024-10-23',
      'Moldova’s vote under scrutiny',
    ),
    'MD',
    2024,
  ],
  [
    'Romania 2024',
    para(
      '“Moscow had nothing to do with the Romanian election,” Zakharova said, rejecting what she called baseless claims of interference.',
      '2024-12-06',
    ),
    'RO',
    2024,
  ],
  [
    'Germany 2025',
    para('“We have not interfered in the Bundestag election and we will not,” Peskov said.', '2025-02-21'),
    'DE',
    2025,
  ],
  [
    'France 2017',
    para('“Russia did not interfere in the 2017 French presidential election,” Peskov said.', '2025-04-30'),
    'FR',
    2017,
  ],
  [
    'U.S. 2016',
    para('Lavrov said Russia never interfered in the 2016 U.S. presidential election.', '2018-07-16'),
    'US',
    2016,
  ],
  ['U.S. 2020', para('“Russia did not interfere in the 2020 U.S. election,” Peskov said.', '2021-03-17'), 'US', 2020],
  ['U.S. 2024', para('“This time we will not interfere in the U.S. election,” Peskov said.', '2024-09-06'), 'US', 2024],
];
