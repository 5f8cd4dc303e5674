import { bodyOf } from './body-of';
import { BOILERPLATE_WORDS, CONTENT_NAME_PARTS, FURNITURE_NAME_WORDS } from './boilerplate-patterns';
import type { BlockStats, ContentStats } from './content-stats';
import { splitName } from './name-rules';
import { tagOf } from './skip-rules';

/**
 * The article locator, after Readability's (the engine of Firefox Reader View), on the measures
 * of content-stats.ts instead of a modified copy of the page: every paragraph-like block scores
 * by its length and commas and passes the score up to five ancestors (halving, then dividing by
 * 3 × the level); containers are weighted by tag and class name and discounted by their link
 * density; the best one may give way to a common ancestor of several near-equals or to a parent
 * scoring higher; then its siblings that score well, or read like prose, join it. The result is
 * a list of roots in document order — an article split across sibling containers, or whose lede
 * sits before an advertisement box, is read whole. The page is never touched.
 */

export interface ArticleScope {
  /** Where to extract from, in document order. */
  roots: Element[];
  /** True when `roots` were located (their header/footer belong to the article); false for the body fallback. */
  isArticle: boolean;
  /** The page's headline when it sits outside the roots, to extract first. */
  headline: Element | null;
}

/** Blocks with less own text than this do not score (Readability's 25 characters). */
const MIN_PARAGRAPH = 25;
const SEMANTIC_ARTICLE = 'article, [itemprop~="articleBody"], main, [role="main"]';
/** A located article with fewer characters than this is looked for again (Readability's 500). */
const MIN_ARTICLE = 500;
/** Ancestors a paragraph's score reaches. */
const ANCESTOR_LEVELS = 5;
/** Tags that never count as paragraphs: the page title, table headers, captions. */
const NOT_PARAGRAPHS: ReadonlySet<string> = new Set(['th', 'h1', 'figcaption', 'caption', 'body', 'html']);
const TAG_WEIGHT: ReadonlyMap<string, number> = new Map([
  ['div', 5],
  ['pre', 3],
  ['td', 3],
  ['blockquote', 3],
  ['address', -3],
  ['ol', -3],
  ['ul', -3],
  ['dl', -3],
  ['dd', -3],
  ['dt', -3],
  ['li', -3],
  ['form', -3],
  ['h1', -5],
  ['h2', -5],
  ['h3', -5],
  ['h4', -5],
  ['h5', -5],
  ['h6', -5],
  ['th', -5],
]);

/**
 * `content` measured without the subtrees named like furniture (`final` false) may give too
 * little: then null asks the caller to measure everything and call again with `final` true, as
 * Readability retries with its "unlikely" removal switched off.
 */
export function findArticle(
  doc: Document,
  content: ContentStats,
  title: string | undefined,
  final = true,
): ArticleScope | null {
  const body = bodyOf(doc) ?? doc.documentElement;
  let top = topCandidate(body, content, false);
  if (!top || (content.stats.get(top.el)?.total ?? 0) < MIN_ARTICLE) {
    if (!final) return null;
    top = topCandidate(body, content, true) ?? top;
  }
  if (!top) return { roots: [body], isArticle: false, headline: null };
  const roots = toArticleElement(withSiblings(top.el, top.score, top.scores, content), content);
  // Too little text to call an article, and no article element to vouch for it (a page of
  // scraps): read the body, minus furniture.
  const semantic = roots.length === 1 && roots[0]!.matches(SEMANTIC_ARTICLE);
  if (!semantic && roots.reduce((sum, el) => sum + (content.stats.get(el)?.total ?? 0), 0) < MIN_ARTICLE) {
    return { roots: [body], isArticle: false, headline: null };
  }
  return { roots, isArticle: true, headline: findHeadline(doc, roots, title) };
}

interface Scored {
  el: Element;
  score: number;
  /** Every container's final score. */
  scores: Map<Element, number>;
}

function topCandidate(body: Element, { blocks, stats }: ContentStats, withUnlikely: boolean): Scored | null {
  const raw = new Map<Element, number>();
  for (const el of blocks) {
    const s = stats.get(el)!;
    if (s.own < MIN_PARAGRAPH || (s.unlikely && !withUnlikely) || NOT_PARAGRAPHS.has(tagOf(el))) continue;
    // Link text is not prose: a list of headlines scores nothing, an article-as-a-list scores.
    const points = (1 + s.commas + Math.min(Math.floor(s.own / 100), 3)) * (1 - s.ownLinks / s.own);
    let ancestor = el.parentElement;
    for (
      let level = 0;
      ancestor && level < ANCESTOR_LEVELS && ancestor !== body.parentElement;
      level++, ancestor = ancestor.parentElement
    ) {
      if (!raw.has(ancestor)) raw.set(ancestor, initialScore(ancestor));
      raw.set(ancestor, raw.get(ancestor)! + points / (level === 0 ? 1 : level === 1 ? 2 : level * 3));
    }
  }
  const final = new Map<Element, number>();
  for (const [el, score] of raw) final.set(el, score * (1 - linkDensity(stats.get(el))));
  const ranked = [...final].sort((a, b) => b[1] - a[1]);
  const best = ranked[0];
  if (!best || best[0] === body || best[1] <= 0) return null;
  let [el, score] = best;
  // Several near-equal candidates (an article split by boxes): their common ancestor.
  const close = ranked
    .slice(1, 5)
    .filter(([, s]) => s / score >= 0.75)
    .map(([e]) => e);
  if (close.length >= 3) {
    for (let up = el.parentElement; up && up !== body; up = up.parentElement) {
      if (close.filter((c) => up.contains(c)).length >= 3) {
        [el, score] = [up, final.get(up) ?? 0];
        break;
      }
    }
  }
  // A parent scoring higher holds more of the article; climb while scores stay within a third,
  // but not out of an <article> element: what lies around it (galleries, "more stories") is not it.
  const article = el.closest('article');
  let last = score;
  for (
    let up = el.parentElement;
    up && up !== body && !(article && up !== article && !article.contains(up));
    up = up.parentElement
  ) {
    const s = final.get(up);
    if (s === undefined) continue;
    if (s < score / 3) break;
    if (s > last) {
      [el, score] = [up, s];
      break;
    }
    last = s;
  }
  // A lone child says nothing its parent does not.
  while (el.parentElement && el.parentElement !== body && el.parentElement.children.length === 1) el = el.parentElement;
  return el === body ? null : { el, score: final.get(el) ?? score, scores: final };
}

/** The top candidate and the siblings that belong with it, in document order. */
function withSiblings(top: Element, score: number, scores: Map<Element, number>, { stats }: ContentStats): Element[] {
  const parent = top.parentElement;
  if (!parent) return [top];
  const threshold = Math.max(10, score * 0.2);
  const topClass = top.getAttribute('class') ?? '';
  const roots: Element[] = [];
  for (const sibling of Array.from(parent.children)) {
    if (sibling === top) {
      roots.push(sibling);
      continue;
    }
    const s = stats.get(sibling);
    if (!s || s.total === 0) continue;
    const sameClass = topClass !== '' && sibling.getAttribute('class') === topClass;
    const siblingScore = (scores.get(sibling) ?? 0) + (sameClass ? score * 0.2 : 0);
    if (siblingScore >= threshold || readsLikeProse(sibling, s) || (sameClass && isTextMass(s))) roots.push(sibling);
  }
  return roots;
}

/** Share of an enclosing `<article>`'s text the roots must hold for the whole element to be read. */
const ARTICLE_SHARE = 0.6;

/**
 * When the roots lie in an `<article>` (or an articleBody) and hold most of its text, read that
 * element instead: its header (headline, standfirst) and a lede set apart from the body belong
 * to the story, and the walker still leaves out the furniture inside it.
 */
function toArticleElement(roots: Element[], { stats }: ContentStats): Element[] {
  const first = roots[0];
  const container = first?.parentElement?.closest('article, [itemprop~="articleBody"]');
  if (!first || !container) return roots;
  const inRoots = roots.reduce((sum, el) => sum + (stats.get(el)?.total ?? 0), 0);
  const whole = stats.get(container)?.total ?? 0;
  return whole > 0 && inRoots >= whole * ARTICLE_SHARE ? [container] : roots;
}

/** A paragraph-like sibling (no nested blocks): long with few links, or a short sentence with none. */
function readsLikeProse(el: Element, s: BlockStats): boolean {
  if (s.blockChildren > 0 && tagOf(el) !== 'p') return false;
  const density = linkDensity(s);
  if (s.total > 80) return density < 0.25;
  return density === 0 && /\.( |$)/.test(el.textContent ?? '');
}

/**
 * A container styled like the top one (same class) holding an article's worth of text with few
 * links: a part of the story whose paragraphs sit too deep to pass their score up to it.
 */
function isTextMass(s: BlockStats): boolean {
  return s.total >= MIN_ARTICLE && linkDensity(s) < 0.25;
}

function linkDensity(s: BlockStats | undefined): number {
  return s && s.total > 0 ? s.links / s.total : 0;
}

function initialScore(el: Element): number {
  return (TAG_WEIGHT.get(tagOf(el)) ?? 0) + nameWeight(el.getAttribute('class')) + nameWeight(el.getAttribute('id'));
}

/** ±25 for a class or id that names content or furniture (Readability's class weight). */
function nameWeight(value: string | null): number {
  if (!value) return 0;
  let weight = weights.get(value);
  if (weight === undefined) {
    weight = 0;
    // The substring pre-test spares splitting the many names that hold none of the words.
    if (
      ANY_FURNITURE_WORD.test(value) &&
      value
        .split(/\s+/)
        .flatMap(splitName)
        .some((w) => FURNITURE_NAME_WORDS.has(w) || BOILERPLATE_WORDS.has(w))
    )
      weight -= 25;
    if (ANY_CONTENT_PART.test(value)) weight += 25;
    if (weights.size >= 5000) weights.clear();
    weights.set(value, weight);
  }
  return weight;
}

/** Weights by class or id value: a page repeats the same few names on many containers. */
const weights = new Map<string, number>();
const ANY_FURNITURE_WORD = new RegExp([...FURNITURE_NAME_WORDS, ...BOILERPLATE_WORDS].join('|'), 'i');
const ANY_CONTENT_PART = new RegExp(CONTENT_NAME_PARTS.join('|'), 'i');

/**
 * The headline when the roots leave it out (`<h1>` above the article, often in a `<header>`, is
 * common). Prefer an h1 that matches the page title, so a logo `<h1>` in the site banner is not
 * taken; failing that, the first h1 outside the banner.
 */
function findHeadline(doc: Document, roots: Element[], title: string | undefined): Element | null {
  if (roots.some((root) => root.querySelector('h1'))) return null;
  const want = normalise(title ?? '');
  const outside = Array.from(doc.querySelectorAll('h1')).filter(
    (h1) =>
      !roots.some((root) => root.contains(h1)) &&
      normalise(h1.textContent ?? '') !== '' &&
      !h1.closest(HEADLINE_EXCLUDED),
  );
  // Longest match: "Headline | The Times" also contains the logo h1 "The Times".
  let matching: Element | undefined;
  let matchLength = 0;
  for (const h1 of outside) {
    const text = normalise(h1.textContent ?? '');
    if (want && (want.includes(text) || text.includes(want)) && text.length > matchLength) {
      [matching, matchLength] = [h1, text.length];
    }
  }
  // Before the article only: an h1 after it is another story's.
  const first = roots[0]!;
  const before = (h1: Element) => (first.compareDocumentPosition(h1) & 2) !== 0;
  return matching ?? outside.find((h1) => before(h1) && !h1.closest('header, [role="banner"]')) ?? null;
}

const HEADLINE_EXCLUDED =
  'nav, aside, footer, [hidden], [aria-hidden="true"], [role="navigation"], [role="complementary"]';

function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}
