/**
 * Tokenising and folding: every stage compares folded words, so a word must fold the same
 * way wherever it stands, and tokens must keep offsets into the original text.
 */
import { describe, expect, it } from 'vitest';
import { fold, tokenize } from '../../rules/engine/tokens';

describe('fold', () => {
  it('lower-cases, strips accents and straightens apostrophes', () => {
    expect(fold('Ingérence À l’Élysée')).toBe("ingerence a l'elysee");
    expect(fold('Einmischung ÜBER Wahlen')).toBe('einmischung uber wahlen');
    expect(fold('Ёлка')).toBe('елка');
  });

  it('keeps й whether or not the block also has an accented Latin letter', () => {
    // Folding once normalised the whole block when it held any accent, turning й into и there only.
    expect(fold('Захаровой')).toBe('захаровой');
    expect(fold('Захаровой и Тома́с Рейес')).toBe('захаровой и томас рейес');
    expect(fold('Tomás, Захаровой')).toBe('tomas, захаровой');
  });

  it('drops combining marks written after the letter', () => {
    expect(fold('ingre\u0301rence')).toBe('ingrerence');
  });
});

describe('tokenize', () => {
  it('splits words, initialisms, elisions and possessives, with offsets into the text', () => {
    const text = 'U.S. officials said l’ingérence of Russia’s “agents” wasn’t new.';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.norm)).toEqual([
      'u.s.',
      'officials',
      'said',
      "l'",
      'ingerence',
      'of',
      'russia',
      "'s",
      '“',
      'agents',
      '”',
      "wasn't",
      'new',
      '.',
    ]);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.raw);
    expect(tokens.filter((t) => !t.word).map((t) => t.raw)).toEqual(['“', '”', '.']);
  });

  it('leaves a closing single quote out of the word, but keeps plural possessives and elisions', () => {
    const words = (t: string) =>
      tokenize(t)
        .filter((x) => x.word)
        .map((x) => x.raw);
    expect(words("Moscow slams 'baseless' charges")).toEqual(['Moscow', 'slams', 'baseless', 'charges']);
    expect(words("'We did not interfere': the Kremlin")).toEqual(['We', 'did', 'not', 'interfere', 'the', 'Kremlin']);
    expect(words("the Americans' claims")).toEqual(['the', "Americans'", 'claims']);
    expect(words("qu' il n' a rien dit")).toEqual(["qu'", 'il', "n'", 'a', 'rien', 'dit']);
  });

  it('keeps hyphenated words and Cyrillic whole, and treats other symbols as punctuation', () => {
    expect(tokenize('Вмешательство — anti-Russian 2024 г.').map((t) => t.raw)).toEqual([
      'Вмешательство',
      '—',
      'anti-Russian',
      '2024',
      'г',
      '.',
    ]);
  });
});
