/**
 * The reader-facing words of rules/present, in the two interface languages. Kinds are named
 * for what they are ("Investigation report" for the Mueller report, "Legislative committee
 * report" for the Senate volumes), never by their ids.
 */
export type PresentLang = 'en' | 'ru';

interface Strings {
  kinds: Record<string, string>;
  kindUnknown: string;
  primary: string;
  archive: string;
  reportedBy(by: string): string;
  unverified: string;
  caveat: string;
  allegation: string;
  outcome: string;
  balance: string;
  later: string;
  quoted: string;
  reported: string;
  headline: string;
  speakerUnknown: string;
  scopeElection(election: string): string;
  scopeCountry(country: string): string;
  uncovered(election: string): string;
  uncoveredRest(country: string): string;
  uncoveredCountry(country: string): string;
  general: string;
  /** "the 2025 Romanian election" / "2025 года в Румынии" (the templates add the noun in its case) */
  election(
    year: number,
    country: { en: { name: string; adjective: string }; ru: { name: string; in: string } },
  ): string;
  countryName(country: { en: { name: string; adjective: string }; ru: { name: string; in: string } }): string;
}

export const STRINGS: Record<PresentLang, Strings> = {
  en: {
    kinds: {
      'intelligence-assessment': 'Intelligence assessment',
      'investigation-report': 'Investigation report',
      'committee-report': 'Legislative committee report',
      'parliamentary-resolution': 'Parliamentary resolution',
      'official-statement': 'Official statement',
      'observer-finding': "Election observers' findings",
      'court-outcome': 'Court decision',
      'election-authority-decision': 'Election authority decision',
      sanctions: 'Sanctions designation',
      'regulatory-action': 'Regulatory proceedings',
      'enforcement-action': 'Law-enforcement action',
      'criminal-case': 'Criminal case (police or prosecutors)',
      indictment: 'Indictment',
    },
    kindUnknown: 'Official document',
    primary: 'Official source',
    archive: 'Archived snapshot',
    reportedBy: (by) => `Reported by ${by}`,
    unverified: 'Its address is unverified.',
    caveat: 'Caveat:',
    allegation: 'Allegation, not a finding of a court.',
    outcome: 'Outcome so far:',
    balance: 'Balancing finding',
    later: 'Later',
    quoted: 'Quoted',
    reported: 'Reported',
    headline: 'Headline',
    speakerUnknown: 'Speaker not named',
    scopeElection: (e) => `About ${e}`,
    scopeCountry: (c) => `About elections in ${c}`,
    uncovered: (e) => `No assessment in Counterpoint's packs covers ${e}.`,
    uncoveredRest: (c) => `Listed: what concerns elections in ${c} in general.`,
    uncoveredCountry: (c) => `No assessment in Counterpoint's packs covers elections in ${c}.`,
    general: 'No election named: a general set of official assessments.',
    election: (year, c) => `the ${year} ${c.en.adjective} election`,
    countryName: (c) => c.en.name,
  },
  ru: {
    kinds: {
      'intelligence-assessment': 'Оценка разведки',
      'investigation-report': 'Доклад по итогам расследования',
      'committee-report': 'Доклад комитета законодательного органа',
      'parliamentary-resolution': 'Резолюция парламента',
      'official-statement': 'Официальное заявление',
      'observer-finding': 'Выводы наблюдателей за выборами',
      'court-outcome': 'Решение суда',
      'election-authority-decision': 'Решение избирательного органа',
      sanctions: 'Санкции',
      'regulatory-action': 'Разбирательство регулятора',
      'enforcement-action': 'Действие правоохранительных органов',
      'criminal-case': 'Уголовное дело (полиция или прокуратура)',
      indictment: 'Обвинительное заключение',
    },
    kindUnknown: 'Официальный документ',
    primary: 'Официальный источник',
    archive: 'Архивная копия',
    reportedBy: (by) => `Сообщение: ${by}`,
    unverified: 'Адрес не проверен.',
    caveat: 'Оговорка:',
    allegation: 'Обвинение, а не решение суда.',
    outcome: 'Итог на сегодня:',
    balance: 'Уточняющий вывод',
    later: 'Позже',
    quoted: 'Цитата',
    reported: 'В пересказе',
    headline: 'Заголовок',
    speakerUnknown: 'Автор не назван',
    scopeElection: (e) => `О выборах ${e}`,
    scopeCountry: (c) => `О выборах ${c}`,
    uncovered: (e) => `Ни одна оценка в пакетах Counterpoint не касается выборов ${e}.`,
    uncoveredRest: (c) => `Приведено то, что касается выборов ${c} в целом.`,
    uncoveredCountry: (c) => `Ни одна оценка в пакетах Counterpoint не касается выборов ${c}.`,
    general: 'Выборы не названы: общий набор официальных оценок.',
    election: (year, c) => `${year} года ${c.ru.in}`,
    countryName: (c) => c.ru.in,
  },
};
