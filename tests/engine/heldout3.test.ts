/**
 * Held-out article set 3 (tests/fixtures/heldout3): written blind and scored blind (recall
 * 61/102, 7 stray findings); since then used for development, its failures traced to general
 * causes (attribution in transcripts, agents of coordinated verbs, blame shifts, vocabulary
 * families) fixed with new sentence fixtures, reaching 85/102 with 4 stray findings. Floors just
 * below that. Set 4 (tests/fixtures/heldout4) is the blind one now: it has no test, so nobody
 * tunes to it; `npm run eval -- --corpus tests/fixtures/heldout4` measures it.
 */
import { join } from 'node:path';
import { describeArticleSet } from './article-sets';

describeArticleSet('held-out articles, set 3', join(import.meta.dirname, '../fixtures/heldout3'), {
  minRecall: 0.82,
  maxStray: 5,
  knownStray: {
    '14_fr_rectificatif_cyberattaque_hopital.txt':
      "'pirates' of a hospital reads as an election hack, so the Kremlin's rejection of it reads as a denial",
  },
});
