import { BLOCK_TAGS } from './block-kinds';
import { bodyOf } from './body-of';
import { isBoilerplate, isHiddenByMarkup, tagOf } from './skip-rules';

/**
 * Main-article scoping. Not a Readability clone: score paragraph text, prefer semantic containers
 * that hold most of it, fall back to the whole body (minus furniture, which the walker skips).
 * Being wrong here costs little — the body fallback still reads the article — so the rules stay
 * few and predictable.
 */

export interface ArticleScope {
  /** Where to extract from. */
  root: Element;
  /** True when `root` is an article container (its header/footer belong to the article). */
  isArticle: boolean;
  /** The page's headline when it sits outside `root`, to extract first. */
  headline: Element | null;
}

/** A container qualifies when it holds at least this share of the page's paragraph text. */
const MAJORITY = 0.5;
/** A bare `div` parent of paragraphs must hold more, as it has no semantics to vouch for it. */
const PARAGRAPH_PARENT_MAJORITY = 0.6;
/** …and hold at least this many paragraphs: one lone `<p>` on a div-built page proves nothing. */
const MIN_PARAGRAPHS = 3;
/** Ancestor levels climbed per paragraph: bounds the cost on pathologically deep markup. */
const MAX_CLIMB = 300;

interface ParentScore {
  chars: number;
  count: number;
}

const CANDIDATE_SELECTOR = 'article, [itemprop~="articleBody"], main, [role="main"]';

export function findArticle(doc: Document, title: string | undefined): ArticleScope {
  const body = bodyOf(doc) ?? doc.documentElement;
  const candidates = new Set<Element>(Array.from(body.querySelectorAll(CANDIDATE_SELECTOR)));
  const scores = new Map<Element, number>();
  const parentScores = new Map<Element, ParentScore>();
  const furniture = new Map<Element, boolean>();
  let total = 0;
  let bodyLength = -1;
  const scopeLength = (): number => (bodyLength >= 0 ? bodyLength : (bodyLength = (body.textContent ?? '').length));
  for (const p of Array.from(body.querySelectorAll('p'))) {
    const length = (p.textContent ?? '').trim().length;
    if (!length || insideFurniture(p, body, furniture, scopeLength)) continue;
    total += length;
    const parent = p.parentElement;
    // Only block containers: in broken markup an unclosed <b> can end up holding every <p>.
    if (parent && BLOCK_TAGS.has(tagOf(parent))) {
      const seen = parentScores.get(parent);
      parentScores.set(parent, { chars: (seen?.chars ?? 0) + length, count: (seen?.count ?? 0) + 1 });
    }
    let el: Element | null = p;
    for (let i = 0; el && el !== body && i < MAX_CLIMB; i++, el = el.parentElement) {
      if (candidates.has(el)) scores.set(el, (scores.get(el) ?? 0) + length);
    }
  }
  const root = total > 0 ? pickByScore(candidates, scores, parentScores, total) : pickWithoutText(body);
  if (!root || root === body) return { root: body, isArticle: false, headline: null };
  return { root, isArticle: true, headline: findHeadline(doc, root, title) };
}

function pickByScore(
  candidates: Set<Element>,
  scores: Map<Element, number>,
  parentScores: Map<Element, ParentScore>,
  total: number,
): Element | null {
  const qualifying = (el: Element) => (scores.get(el) ?? 0) >= total * MAJORITY;
  const byKind = (test: (el: Element) => boolean) =>
    deepest(Array.from(candidates).filter((el) => test(el) && qualifying(el)));
  const found =
    byKind((el) => tagOf(el) === 'article') ??
    byKind((el) => /\barticleBody\b/.test(el.getAttribute('itemprop') ?? '')) ??
    byKind((el) => tagOf(el) === 'main' || el.getAttribute('role') === 'main');
  if (found) return found;
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, score] of parentScores) {
    if (score.count >= MIN_PARAGRAPHS && score.chars > bestScore) [best, bestScore] = [el, score.chars];
  }
  return best && bestScore >= total * PARAGRAPH_PARENT_MAJORITY ? best : null;
}

/** Pages built of `div`s only: trust a lone `article` or `main`, else read the body. */
function pickWithoutText(body: Element): Element | null {
  for (const selector of ['article', '[itemprop~="articleBody"]', 'main, [role="main"]']) {
    const found = body.querySelectorAll(selector);
    if (found.length === 1) return found[0] ?? null;
  }
  return null;
}

/** Of nested qualifying containers, the innermost is the tightest fit. */
function deepest(elements: Element[]): Element | null {
  return elements.find((el) => !elements.some((other) => other !== el && el.contains(other))) ?? null;
}

/** Is `el` inside page furniture (nav, aside, comments, hidden)? Cached per ancestor. */
function insideFurniture(el: Element, stop: Element, cache: Map<Element, boolean>, scopeLength: () => number): boolean {
  const seen: Element[] = [];
  let result = false;
  let node: Element | null = el;
  for (let i = 0; node && node !== stop && i < MAX_CLIMB; i++, node = node.parentElement) {
    const known = cache.get(node);
    if (known !== undefined) {
      result = known;
      break;
    }
    seen.push(node);
    if (isHiddenByMarkup(node) || isBoilerplate(node, tagOf(node), node.closest('article') !== null, scopeLength)) {
      result = true;
      break;
    }
  }
  for (const node of seen) cache.set(node, result);
  return result;
}

/**
 * The headline when the article container leaves it out (`<h1>` above `<article>`, often in a
 * `<header>`, is common). Prefer an h1 that matches the page title, so a logo `<h1>` in the site
 * banner is not taken; failing that, the first h1 outside the banner.
 */
function findHeadline(doc: Document, root: Element, title: string | undefined): Element | null {
  if (root.querySelector('h1')) return null;
  const want = normalise(title ?? '');
  const outside = Array.from(doc.querySelectorAll('h1')).filter(
    (h1) => !root.contains(h1) && normalise(h1.textContent ?? '') !== '' && !h1.closest(HEADLINE_EXCLUDED),
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
  return matching ?? outside.find((h1) => !h1.closest('header, [role="banner"]')) ?? null;
}

const HEADLINE_EXCLUDED = 'nav, aside, footer, [hidden], [aria-hidden="true"], [role="navigation"], [role="complementary"]';

function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}
