/**
 * Read-only access to a document's parts. Not `doc.body` / `doc.head` / `doc.title`: linkedom's
 * getters for these insert a new element when `<html>` does not start with `<head>` (seen on a
 * real Yahoo page with a stray `<div>` before it), and extraction must never write to a DOM.
 */
export function bodyOf(doc: Document): Element | null {
  return doc.querySelector('body') ?? doc.documentElement ?? null;
}
