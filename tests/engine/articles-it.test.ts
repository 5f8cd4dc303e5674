/**
 * The Italian article set (tests/fixtures/articles-it), written with the Italian lexicon: four
 * short articles, one of them claim-free. Floors on the whole set, as for the other article sets.
 * Measured when added: 16 of 18 claims, 2 stray findings (an unnamed EU spokesperson resolved to
 * the last spokesperson named, and a quote whose two-word verb "ha assicurato" takes no subject).
 */
import { join } from 'node:path';
import { describeArticleSet } from './article-sets';

describeArticleSet('Italian articles', join(import.meta.dirname, '../fixtures/articles-it'), {
  minRecall: 0.85,
  maxStray: 2,
});
