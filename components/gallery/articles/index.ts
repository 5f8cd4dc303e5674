/**
 * The gallery's sample articles, in the order the gallery lists them. Written for training in
 * our own words: the statements are illustrative, attributed to institutions, not quotes of
 * real people; the findings they mention are stated only as the reference states them.
 */
import type { SampleArticle } from '@/components/gallery/article-types';
import { accusationsReturned } from './accusations-returned';
import { kremlinRejects } from './kremlin-rejects';
import { offerOfTalks } from './offer-of-talks';
import { whatItFound } from './what-it-found';

export const SAMPLE_ARTICLES: readonly SampleArticle[] = [
  kremlinRejects,
  accusationsReturned,
  whatItFound,
  offerOfTalks,
];

export function articleById(id: string | undefined): SampleArticle | undefined {
  return SAMPLE_ARTICLES.find((a) => a.id === id);
}
