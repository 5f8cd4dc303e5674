/**
 * Italian is recognised from its own marker words (rules/languages.json), on a declared Italian
 * page and on a page that declares nothing, without taking over the other languages' text.
 */
import { describe, expect, it } from 'vitest';
import { detectBlockLang } from '../../rules/engine/block-lang';
import { detectLang } from '../../rules/engine/lang';
import { analyze, createEngine } from '../../rules/index';

const ITALIAN =
  'Il portavoce del Cremlino ha respinto ancora una volta le accuse di ingerenza nelle elezioni degli Stati Uniti, definendole prive di fondamento.';
const SPANISH =
  'El portavoz del Kremlin rechazó una vez más las acusaciones de injerencia en las elecciones de Estados Unidos y las calificó de infundadas.';
const FRENCH =
  'Le porte-parole du Kremlin a de nouveau rejeté les accusations d’ingérence dans les élections aux États-Unis, les jugeant sans fondement.';
const ENGLISH =
  'The Kremlin spokesman again rejected the accusations of interference in the United States elections and said they were baseless.';

describe('Italian detection', () => {
  it('reads Italian text as Italian, with or without a hint', () => {
    expect(detectLang(ITALIAN)).toBe('it');
    expect(detectLang(ITALIAN, 'en')).toBe('it');
    expect(detectBlockLang(ITALIAN, 'it-IT')).toBe('it');
    expect(detectBlockLang(ITALIAN, undefined)).toBe('it');
  });

  it('leaves Spanish, French and English to their languages on an Italian page', () => {
    expect(detectBlockLang(SPANISH, 'it')).toBe('es');
    expect(detectBlockLang(FRENCH, 'it')).toBe('fr');
    expect(detectBlockLang(ENGLISH, 'it')).toBe('en');
  });

  it('finds an Italian denial with its speaker on a page that declares nothing', () => {
    const findings = analyze(createEngine(), {
      blocks: [
        {
          kind: 'paragraph',
          text: '«La Russia non ha mai interferito nelle elezioni americane», ha dichiarato Dmitrij Peskov.',
        },
      ],
    });
    expect(findings.map((f) => [f.lang, f.pattern, f.speakerId])).toEqual([['it', 'denial', 'dmitry-peskov']]);
  });
});
