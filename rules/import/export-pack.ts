/**
 * Pack → the JSON text a user saves (issue #6 "Export a pack").
 *
 * Keys come out in the schema's order (id, title, … rules; a rule's id, pattern, title …)
 * whatever order the pack was built or stored in, so exporting the same pack twice gives the
 * same bytes and a diff between two versions shows only real changes. The order is read from
 * the zod schema itself, so a field added to the schema is exported without touching this file.
 */
import { actorSchema, assessmentSchema, cuesSchema, packSchema, ruleSchema, type Pack } from '../schema/pack';

/** The public JSON Schema's file name (rules/schema/pack.schema.json, published for pack authors). */
export const PACK_SCHEMA_FILENAME = 'pack.schema.json';

/** Where each object's keys go, and the orders of the objects nested in it. */
export interface KeyOrder {
  keys: readonly string[];
  nested?: Readonly<Record<string, KeyOrder>>;
}

const order = (schema: { shape: object }, nested?: Record<string, KeyOrder>): KeyOrder => ({
  keys: Object.keys(schema.shape),
  nested,
});

const ruleOrder = order(ruleSchema, {
  cues: order(cuesSchema),
  speakers: { keys: ['affiliations', 'required'] },
  assessments: { keys: ['id', 'relevance'] },
});

/** The key order of a pack and everything in it. */
export const PACK_KEY_ORDER: KeyOrder = order(packSchema, {
  actors: order(actorSchema),
  assessments: order(assessmentSchema, { later: { keys: ['date', 'text'] } }),
  rules: ruleOrder,
});

/**
 * A copy of `value` with object keys in `keyOrder` (keys it does not list follow, in their
 * original order; arrays keep their order). Values without an order (per-language term lists,
 * free-form data) are returned as they are, without walking into them. Undefined values of
 * ordered objects are dropped, as JSON.stringify would.
 */
export function withKeyOrder(value: unknown, keyOrder?: KeyOrder): unknown {
  if (!keyOrder || typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map((v) => withKeyOrder(v, keyOrder));
  const source = value as Record<string, unknown>;
  const keys = Object.keys(source);
  const ordered = [...keyOrder.keys.filter((k) => keys.includes(k)), ...keys.filter((k) => !keyOrder.keys.includes(k))];
  const out: Record<string, unknown> = {};
  for (const key of ordered) {
    if (source[key] === undefined) continue;
    // defineProperty, not assignment: a key named "__proto__" stays a plain key.
    const nested = keyOrder.nested && Object.hasOwn(keyOrder.nested, key) ? keyOrder.nested[key] : undefined;
    Object.defineProperty(out, key, {
      value: withKeyOrder(source[key], nested),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}

/** The pack as pretty JSON (2-space indent, trailing newline) with `$schema` first. */
export function exportPack(pack: Pack): string {
  const ordered = withKeyOrder({ ...pack, $schema: PACK_SCHEMA_FILENAME }, PACK_KEY_ORDER);
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

/** A file name for the export: `<pack id>-<version>.json`. */
export function exportFileName(pack: Pack): string {
  return `${pack.id}-${pack.version}.json`;
}
