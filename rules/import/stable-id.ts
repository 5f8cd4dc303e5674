/**
 * Ids for imported rules and assessments. Re-importing the same fact-check must give the same
 * id, or a user's per-rule switches (stored by rule id) would silently reset; so ids come from
 * the content (the review URL's slug plus a short hash), never from a position or a clock.
 */

/** "Fact Check: Élection 2024!" → "fact-check-election-2024" (ASCII kebab-case, at most `max` chars). */
export function slugify(text: string, max = 40): string {
  const slug = text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max);
  // Cut at a word boundary when one is near, so ids stay readable.
  const hyphen = cut.lastIndexOf('-');
  return (hyphen > max / 2 ? cut.slice(0, hyphen) : cut).replace(/-+$/, '');
}

/** The last meaningful path segment of a URL, slugified ("…/2024/05/claim-x.html" → "claim-x"). */
export function urlSlug(url: string): string {
  let segments: string[] = [];
  try {
    segments = new URL(url).pathname.split('/').filter(Boolean);
  } catch {
    return '';
  }
  for (let i = segments.length - 1; i >= 0; i--) {
    let seg = segments[i]!;
    try {
      seg = decodeURIComponent(seg);
    } catch {
      // A malformed escape: slugify the raw segment.
    }
    const slug = slugify(seg.replace(/\.(html?|php|aspx?)$/i, ''));
    // Purely numeric segments (dates, article numbers) say nothing about the claim.
    if (slug && !/^[0-9-]+$/.test(slug)) return slug;
  }
  return '';
}

/**
 * A short, stable hash (FNV-1a, 32 bits, base 36, 6 characters). Not for security: only to
 * tell apart two reviews whose URLs end in the same slug. Synchronous, unlike crypto.subtle.
 */
export function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36).padStart(7, '0').slice(-6);
}
