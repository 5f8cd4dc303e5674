/**
 * The held-out article set (tests/fixtures/heldout): written after the engine, by someone who
 * had not seen the other fixtures, and not tuned on sentence by sentence. It measures how the
 * engine generalises, so the assertions are floors on the whole set rather than per claim.
 */
import { join } from 'node:path';
import { describeArticleSet } from './article-sets';

describeArticleSet('held-out articles', join(import.meta.dirname, '../fixtures/heldout'), {
  minRecall: 0.8,
  maxStray: 2,
});
