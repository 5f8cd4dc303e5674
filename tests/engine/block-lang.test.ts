/**
 * Language per block (issue #12): rules/engine/block-lang.ts decides a block's language from its
 * words with the declared language as a lead, and the engine analyses each block with its own
 * language's lexicon. Texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { analyze, createEngine } from '../../rules/index';
import { detectBlockLang, primaryCode } from '../../rules/engine/block-lang';

const ENGLISH =
  '“Russia has never interfered and does not interfere in the elections of other countries,” the spokesman told reporters.';
const FRENCH =
  "Le conseil municipal a adopté le budget après une longue séance, et l'opposition n'a pas voté pour le texte.";
const GERMAN =
  'Der Stadtrat hat den Haushalt nach einer langen Sitzung beschlossen, und die Opposition hat dagegen gestimmt.';
const CZECH = 'Zastupitelstvo po dlouhém jednání schválilo rozpočet města na příští rok, opozice hlasovala proti.';

describe('detectBlockLang', () => {
  it('keeps the declared language for its own text and for short or wordless blocks', () => {
    expect(detectBlockLang(FRENCH, 'fr-FR')).toBe('fr');
    expect(detectBlockLang('Photo : AFP', 'fr')).toBe('fr');
    expect(detectBlockLang('12 345 678 — 9 876 543 — 1 234', 'de')).toBe('de');
  });

  it('leaves the declared language for a block clearly in another one', () => {
    expect(detectBlockLang(ENGLISH, 'fr')).toBe('en');
    expect(detectBlockLang(FRENCH, 'en')).toBe('fr');
    expect(detectBlockLang(GERMAN, 'es')).toBe('de');
  });

  it('one stray marker word does not switch a block ("ET" in a time stamp)', () => {
    expect(detectBlockLang('First published February 1, 2016: 1:28 AM ET by the newsroom', 'en')).toBe('en');
  });

  it('with a language the engine has no lexicon for, or none declared, only clear evidence counts', () => {
    expect(detectBlockLang(ENGLISH, 'cs')).toBe('en');
    expect(detectBlockLang(CZECH, 'cs')).toBe('cs');
    expect(detectBlockLang(ENGLISH, undefined)).toBe('en');
    expect(detectBlockLang('Заявление МИД России о выборах было опубликовано во вторник.', undefined)).toBe('ru');
  });

  it('reads primary language subtags', () => {
    expect(primaryCode('en-GB')).toBe('en');
    expect(primaryCode(' PT_br ')).toBe('pt');
    expect(primaryCode('')).toBeUndefined();
    expect(primaryCode('x')).toBeUndefined();
  });
});

describe('the engine reads each block in its own language', () => {
  const engine = createEngine();
  const page = (quoteLang?: string) => ({
    lang: 'fr',
    title: 'Le conseil municipal adopte le budget',
    blocks: [
      { kind: 'paragraph' as const, text: FRENCH, lang: 'fr' },
      { kind: 'paragraph' as const, text: FRENCH, lang: 'fr' },
      {
        kind: 'paragraph' as const,
        text: ENGLISH.replace('the spokesman', 'Kremlin spokesman Dmitry Peskov'),
        ...(quoteLang ? { lang: quoteLang } : {}),
      },
    ],
  });

  it('finds an English denial on a French page when the block says en', () => {
    const findings = analyze(engine, page('en'));
    expect(findings.some((f) => f.block === 2 && f.pattern === 'denial' && f.lang === 'en')).toBe(true);
  });

  it('uses the block language it is given', () => {
    const findings = analyze(engine, page('fr'));
    expect(findings.filter((f) => f.block === 2).every((f) => f.lang === 'fr')).toBe(true);
  });
});
