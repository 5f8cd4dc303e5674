/**
 * Searches for a quote's speaker that ask for other quotes' speakers: the other parts of a split
 * quote, a quote continued in the next paragraph, the previous paragraph's quotes. Thousands of
 * paragraphs opening a quote that never closes make a chain as long as the page, so the searches
 * are generators run from an explicit stack: the chain costs heap, not call stack, and the order
 * of evaluation (and so every answer) is the one plain recursion had.
 */

/** A quote a search asks about: [block, quote]. */
export type QuoteRef = [number, number];

/** A search: yields the quotes it needs, receives their answers, returns its own. */
export type QuoteSearch<R> = Generator<QuoteRef, R | null, R | null>;

/**
 * The answer for quote [b, q], memoised in `cache` by "b:q". A quote being searched counts as
 * null for the searches it asks (this guards against cycles through split quotes).
 */
export function chainedSearch<R>(
  cache: Map<string, R | null>,
  b: number,
  q: number,
  search: (b: number, q: number) => QuoteSearch<R>,
): R | null {
  const key = `${b}:${q}`;
  if (cache.has(key)) return cache.get(key)!;
  cache.set(key, null);
  const stack: { key: string; search: QuoteSearch<R> }[] = [{ key, search: search(b, q) }];
  let answer: R | null = null;
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    const step = top.search.next(answer);
    if (step.done) {
      cache.set(top.key, step.value);
      stack.pop();
      answer = step.value;
      continue;
    }
    const [nb, nq] = step.value;
    const next = `${nb}:${nq}`;
    if (cache.has(next)) {
      answer = cache.get(next)!;
      continue;
    }
    cache.set(next, null);
    stack.push({ key: next, search: search(nb, nq) });
    answer = null;
  }
  return cache.get(key)!;
}
