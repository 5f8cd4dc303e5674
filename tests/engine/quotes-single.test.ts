/**
 * Single quote marks in headlines and short lines ('absurd', ‘We did not interfere’): told from
 * apostrophes by position, and only in short texts (a long paragraph's apostrophes are left alone).
 */
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../rules/engine/quotes';

const quoted = (text: string) => findQuotes(text).map((q) => text.slice(q.start, q.end));

describe('single-quoted spans in short texts', () => {
  it('finds a quoted phrase and a quoted word, not apostrophes inside or after words', () => {
    expect(quoted("'We did not interfere': Kremlin on the Moldovan vote")).toEqual(['We did not interfere']);
    expect(quoted("Moscow slams 'baseless' charges and the Americans' claims")).toEqual(['baseless']);
    expect(quoted('Lavrov calls the report ‘a fairy tale’')).toEqual(['a fairy tale']);
    expect(quoted("It's Russia's fault, Peskov's aides say")).toEqual([]);
  });

  it('leaves double-quoted spans as they are and ignores single marks in long paragraphs', () => {
    expect(quoted("“Nobody meddled,” he said of the 'report'")).toEqual(['Nobody meddled,', 'report']);
    const long = `${'The vote went ahead as planned. '.repeat(12)}Moscow calls it 'absurd'`;
    expect(quoted(long)).toEqual([]);
  });
});

describe('a quote carried over from the previous paragraph', () => {
  it("is closed by this paragraph's first closing mark when it does not reopen it", () => {
    const text = 'The inquiries found nothing. We do not meddle abroad," Peskov told reporters.';
    expect(findQuotes(text, '"').map((q) => text.slice(q.start, q.end))).toEqual([
      'The inquiries found nothing. We do not meddle abroad,',
    ]);
    // Reopened in the newspaper way: an ordinary quote.
    expect(findQuotes('“We do not meddle,” he said.', '”').map((q) => q.outerStart)).toEqual([0]);
    // Nothing carried over: the straight mark opens a quote as before.
    expect(findQuotes(text)[0]!.outerStart).toBe(text.indexOf('"'));
  });
});
