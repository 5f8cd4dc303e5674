/**
 * A name for an id the reader would otherwise see raw (a pack, rule or pattern this build has no
 * title for): "negated-interference" → "Negated interference". Extension pages never show ids.
 */
export function readableId(id: string): string {
  const words = id
    .replace(/[-_.]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : id;
}
