/**
 * A deterministic, article-like benchmark text: news prose about budgets, courts, weather,
 * markets and elections, with quotes, names, interference vocabulary used in other senses
 * ("interfere with the signal", "influence the market") and allegations, plus planted denials.
 * All sentences are written for this benchmark; nothing is taken from the corpus.
 */
import type { TextBlock } from '../../rules/types';

/** mulberry32: small, fast, good enough for picking template slots. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SLOTS: Record<string, readonly string[]> = {
  city: ['Lisbon', 'Denver', 'Tallinn', 'Osaka', 'Leeds', 'Porto Alegre', 'Bratislava', 'Halifax', 'Tampere', 'Cork'],
  day: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'the weekend'],
  org: [
    'city council',
    'transport authority',
    'central bank',
    'health ministry',
    'teachers’ union',
    'port authority',
    'election commission',
    'electoral board',
  ],
  person: [
    'Anna Kovalenko',
    'Marcus Feld',
    'Ines Carvalho',
    'Tomás Reyes',
    'Helen Okafor',
    'David Lindqvist',
    'Priya Raman',
    'Jonas Weber',
  ],
  role: ['a spokeswoman for', 'the chair of', 'a senior official at', 'an adviser to', 'a lawyer for'],
  thing: ['budget', 'rail contract', 'housing plan', 'water project', 'tax proposal', 'school reform', 'bridge repair'],
  n: ['three', 'four', 'six', 'eleven', 'twelve', '40', '120', '2,300'],
  country: ['Moldova', 'Germany', 'the United States', 'France', 'Georgia', 'Romania', 'Britain'],
  year: ['2016', '2018', '2020', '2022', '2024'],
  group: ['opposition lawmakers', 'business groups', 'local residents', 'several economists', 'consumer advocates'],
  trend: ['rising', 'falling', 'flat', 'volatile'],
};

/** Everyday news prose without the engine's cue words. */
const NEUTRAL = [
  'Officials in {city} said on {day} that the {thing} would be reviewed again before the end of the year.',
  '“We are looking at every option, and nothing has been decided,” said {person}, {role} the {org}.',
  'Prices in {city} have been {trend} for {n} weeks, according to figures released on {day}.',
  '{person}, {role} the {org}, told reporters that the {thing} had been delayed by a shortage of parts.',
  'The court in {city} is expected to rule on the {thing} within {n} days, lawyers said.',
  'The {org} said the {thing} would cost about {n} million euros over the next decade.',
  'Residents of {city} were advised to avoid the area around the port until {day}.',
  'The proposal, first floated in {year}, has divided {group} for years.',
  'Shops in {city} will open later on {day} because of the marathon, organisers said.',
  'The museum in {city} reopened after a {n}-month renovation, its director said.',
  '“We expect the numbers to improve by the spring,” {person} said in an interview.',
  'Critics said the {org} had been slow to respond, and {group} called for a public hearing.',
];

/** Sentences with cue words: interference in other senses, allegations, reports, votes. */
const VOCAB = [
  'The {org} published a {n}-page report on the {thing}, which drew sharp criticism from {group}.',
  'Regulators warned that the new rules could interfere with the work of small lenders in {city}.',
  'Engineers said heavy rain had interfered with the signal on the northern line for most of {day}.',
  'Turnout in the {year} election was higher than expected, the {org} said in a statement.',
  'Analysts said the decision could influence the market for months, though {group} disagreed.',
  '“It is a difficult week for everyone involved,” {person} said after the meeting.',
  'Critics said the {org} had been slow to respond, and {group} called for a public inquiry.',
  'Western officials have accused Moscow of running influence campaigns ahead of the vote in {country}.',
  'An intelligence assessment published on {day} said foreign actors had tried to sway voters in {country}.',
  'The committee is examining allegations of foreign meddling in the {year} campaign, {person} said.',
  'Election officials in {country} said they had found no sign that the count had been tampered with.',
  '{person} said the {org} would not intervene in the dispute between the two companies.',
];

const DENIALS = [
  '“Russia has never interfered in the elections of other countries and does not intend to,” Kremlin spokesman Dmitry Peskov told reporters on {day}.',
  'Foreign Minister Sergei Lavrov said on {day} that Moscow does not interfere in the internal affairs of {country}.',
  'Foreign ministry spokeswoman Maria Zakharova said Russia had not meddled in the vote in {country}.',
  '“We did not interfere in the {year} election in {country}, we are not interfering now,” Peskov said.',
  'The Kremlin denied any interference in the elections in {country}, calling the report baseless.',
];

export interface BenchText {
  blocks: TextBlock[];
  bytes: number;
  /** Indices of blocks with a planted denial. */
  planted: number[];
}

function fill(template: string, rnd: () => number): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    const options = SLOTS[key]!;
    return options[Math.floor(rnd() * options.length)]!;
  });
}

/**
 * About `bytes` of paragraphs (3–6 sentences each); `cueRate` of the sentences carry cue
 * vocabulary; `denials` paragraphs get a planted denial; `extraTerms` (e.g. a generated pack's
 * trigger words) appear in about 1% of paragraphs.
 */
export function generateArticle(
  options: { bytes?: number; denials?: number; seed?: number; extraTerms?: readonly string[]; cueRate?: number } = {},
): BenchText {
  const cueRate = options.cueRate ?? 0.15;
  const target = options.bytes ?? 2_000_000;
  const denials = options.denials ?? 100;
  const rnd = prng(options.seed ?? 20240306);
  const paragraphs: string[] = [];
  let size = 0;
  while (size < target) {
    const sentences: string[] = [];
    const count = 3 + Math.floor(rnd() * 4);
    for (let s = 0; s < count; s++) {
      const pool = rnd() < cueRate ? VOCAB : NEUTRAL;
      sentences.push(fill(pool[Math.floor(rnd() * pool.length)]!, rnd));
    }
    const extra = options.extraTerms ?? [];
    if (extra.length && rnd() < 0.01)
      sentences.push(
        `Officials rejected claims about the ${extra[Math.floor(rnd() * extra.length)]} programme, ${fill('{person}', rnd)} said.`,
      );
    const text = sentences.join(' ');
    paragraphs.push(text);
    size += Buffer.byteLength(text, 'utf8') + 2;
  }
  const planted: number[] = [];
  const step = paragraphs.length / denials;
  for (let d = 0; d < denials; d++) {
    const at = Math.min(paragraphs.length - 1, Math.floor(d * step + rnd() * step));
    paragraphs[at] = `${paragraphs[at]} ${fill(DENIALS[d % DENIALS.length]!, rnd)}`;
    planted.push(at + 1);
  }
  const blocks: TextBlock[] = [
    { kind: 'heading', text: 'Election week: budgets, courts and the vote' },
    ...paragraphs.map((text) => ({ kind: 'paragraph' as const, text })),
  ];
  return { blocks, bytes: blocks.reduce((sum, b) => sum + Buffer.byteLength(b.text, 'utf8'), 0), planted };
}
