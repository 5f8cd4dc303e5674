import { describe, expect, it } from 'vitest';
import { cueLine, cueLines, titleLookup, whyLines } from '@/utils/trainer';

describe('trainer mode: cues in plain words', () => {
  it('names each cue role the engine reports', () => {
    expect(cueLine({ role: 'speaker', text: 'Peskov' })).toBe('Speaker: Peskov');
    expect(cueLine({ role: 'negation', text: 'never' })).toBe('Negation: never');
    expect(cueLine({ role: 'predicate', text: 'interfered' })).toBe('Interference term: interfered');
    expect(cueLine({ role: 'target', text: 'elections' })).toBe('Target: elections');
    expect(cueLine({ role: 'denial verb', text: 'denied' })).toBe('Denial verb: denied');
    expect(cueLine({ role: 'no evidence', text: 'no evidence' })).toBe('No-evidence phrase: no evidence');
    expect(cueLine({ role: 'agent', text: 'Russia' })).toBe('Who is said to act: Russia');
    expect(cueLine({ role: 'called false', text: 'absurd' })).toBe('Called false: absurd');
  });

  it('turns a lexicon category into words and folds whitespace in the text', () => {
    expect(cueLine({ role: 'evaluative', text: 'absurd' })).toBe('Evaluative term: absurd');
    expect(cueLine({ role: 'target-election', text: 'the\n  vote' })).toBe('Target election term: the vote');
  });

  it('lists each cue once, in order', () => {
    expect(
      cueLines([
        { role: 'speaker', text: 'Peskov' },
        { role: 'negation', text: 'never' },
        { role: 'speaker', text: 'Peskov' },
      ]),
    ).toEqual(['Speaker: Peskov', 'Negation: never']);
  });

  it('names the pack and rule by title when known, by their id made readable otherwise', () => {
    const titles = titleLookup([
      {
        id: 'core',
        title: 'Election interference denials',
        rules: [{ id: 'negated-interference', title: 'Negated interference' }],
      },
    ]);
    const finding = { packId: 'core', ruleId: 'negated-interference', cues: [{ role: 'speaker', text: 'Peskov' }] };
    expect(whyLines(finding, titles)).toEqual([
      'Pack: Election interference denials',
      'Rule: Negated interference',
      'Speaker: Peskov',
    ]);
    // No titles (an imported pack's finding seen before its titles arrive): never the raw ids.
    expect(whyLines({ packId: 'my-pack', ruleId: 'said_no', cues: [] })).toEqual(['Pack: My pack', 'Rule: Said no']);
    expect(titles('core', 'other')).toEqual({ pack: 'Election interference denials', rule: 'Other' });
  });
});
