/**
 * The in-page card answers the claim (issue #13): for denials about Moldova 2024, Romania 2024,
 * Germany 2025, France 2017 and the U.S. 2016/2020/2024 elections it says which election the
 * record is about, shows full findings with their caveats and later developments, and always
 * has a link that opens in a new tab; headlines and reported speech carry no quote marks.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ClaimCard } from '@/entrypoints/content/card';
import { analyze, createEngine, type DocumentInput, type Finding } from '@/rules/index';
import { CASES, para } from '../engine/evidence-cases';

const engine = createEngine();
const cards: HTMLElement[] = [];
afterEach(() => cards.splice(0).forEach((c) => c.remove()));

function denial(input: DocumentInput): Finding {
  const f = analyze(engine, input).find((x) => x.pattern === 'denial');
  expect(f, input.blocks[0]!.text).toBeDefined();
  return f!;
}

function cardFor(f: Finding): HTMLElement {
  const card = new ClaimCard({ close: vi.fn(), openContext: vi.fn(async () => null) });
  document.body.append(card.element);
  card.show(f, [], '1 of 1');
  cards.push(card.element);
  return card.element;
}

describe('the claim card', () => {
  it.each(CASES)(
    '%s: names the election, lists its assessments, and links to check them',
    (_label, input, country, year) => {
      const f = denial(input);
      const card = cardFor(f);
      const scope = card.querySelector('.scope')?.textContent ?? '';
      expect(scope).toMatch(new RegExp(`^About the ${year} `));
      const links = [...card.querySelectorAll<HTMLAnchorElement>('ul.assessments a[href]')];
      expect(links.length).toBeGreaterThan(0);
      for (const a of links) {
        expect(a.href).toMatch(/^https:\/\//);
        expect(a.target).toBe('_blank');
        expect(a.rel).toBe('noopener noreferrer');
      }
      // The first listed assessment is the engine's first: about that election.
      expect(card.querySelector('ul.assessments li')?.getAttribute('data-assessment')).toBe(f.assessments[0]!.id);
      expect(f.assessments[0]!.elections).toContainEqual({ country, year });
    },
  );

  it('shows findings in full, with the caveat and later developments (no 200-character cut)', () => {
    const f = denial(para('Lavrov said Russia never interfered in the 2016 U.S. presidential election.', '2018-07-16'));
    const ica = f.assessments.find((a) => a.id === 'ica-2017-01d')!;
    const card = cardFor({ ...f, assessments: [ica, ...f.assessments.filter((a) => a !== ica)] });
    const item = card.querySelector('li[data-assessment="ica-2017-01d"]')!;
    expect(item.querySelector('.finding')!.textContent).toBe(ica.finding);
    expect(ica.finding.length).toBeGreaterThan(200);
    expect(item.querySelector('.later')!.textContent).toContain('should not have been given high confidence');
    const mueller = cardFor({ ...f, assessments: f.assessments.filter((a) => a.id === 'mueller-report') });
    expect(mueller.querySelector('.caveat')!.textContent).toMatch(/^Caveat: The investigation did not establish/);
    expect(mueller.querySelector('.meta')!.textContent).toMatch(/· Investigation report$/);
  });

  it('puts a direct quote in quote marks, and labels reported speech and headlines instead', () => {
    const quoted = cardFor(denial(CASES[6]![1]));
    expect(quoted.querySelector('.claim')!.textContent).toMatch(/^“.*”$/);
    const reported = cardFor(denial(CASES[5]![1]));
    expect(reported.querySelector('.claim')!.textContent).not.toMatch(/[“”]/);
    expect(reported.querySelector('.byline')!.textContent).toMatch(/^Reported: Sergey Lavrov · /);
    const headline = cardFor(
      denial({
        blocks: [{ kind: 'heading', text: 'Kremlin denies meddling in Moldova’s election' }],
        published: '2024-10-22',
      }),
    );
    expect(headline.querySelector('.claim')!.textContent).toBe('Kremlin denies meddling in Moldova’s election');
    expect(headline.querySelector('.byline')!.textContent).toMatch(/^Headline/);
  });

  it('says so plainly when no assessment covers the election, and shows no other country’s evidence', () => {
    const f = denial(
      para('“Russia did not interfere in Georgia’s parliamentary election,” Peskov said.', '2024-10-28'),
    );
    const card = cardFor(f);
    const lines = [...card.querySelectorAll('.scope')].map((p) => p.textContent);
    expect(lines[0]).toBe("No assessment in Counterpoint's packs covers the 2024 Georgian election.");
    expect(lines[1]).toMatch(/^No official finding/);
    expect(card.querySelector('ul.assessments')).toBeNull();
  });
});
