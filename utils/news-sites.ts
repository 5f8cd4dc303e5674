/**
 * The news sites Counterpoint runs on without being asked: data, not code. `wxt.config.ts`
 * turns this list into the content script's `matches` (and so its host access), the background
 * excludes these sites when the user turns on "all sites" (they already have the script), and
 * the popup uses it to tell "not on the list" from "not scanned".
 *
 * To add an outlet: append `{ name, domains }`. A domain covers itself and every subdomain
 * (`bbc.com` → `www.bbc.com`, `news.bbc.com`), so list the registrable domain unless the outlet
 * is one section of a bigger host (`abcnews.go.com`). A unit test checks that every pattern is
 * valid and that no domain is listed twice.
 */
export interface NewsSite {
  /** Outlet name as readers know it. */
  name: string;
  /** Registrable domains (or a precise host), lower case, no scheme, no path. */
  domains: readonly string[];
}

export const NEWS_SITES: readonly NewsSite[] = [
  // Wire services and international broadcasters
  { name: 'Reuters', domains: ['reuters.com'] },
  { name: 'Associated Press', domains: ['apnews.com'] },
  { name: 'AFP', domains: ['afp.com'] },
  { name: 'EFE', domains: ['efe.com'] },
  { name: 'Europa Press', domains: ['europapress.es'] },
  { name: 'Interfax', domains: ['interfax.ru', 'interfax.com'] },
  { name: 'TASS', domains: ['tass.ru', 'tass.com'] },
  { name: 'RIA Novosti', domains: ['ria.ru'] },
  { name: 'BBC', domains: ['bbc.com', 'bbc.co.uk'] },
  { name: 'Al Jazeera', domains: ['aljazeera.com'] },
  { name: 'DW', domains: ['dw.com'] },
  { name: 'France 24', domains: ['france24.com'] },
  { name: 'RFI', domains: ['rfi.fr'] },
  { name: 'Radio Free Europe/Radio Liberty', domains: ['rferl.org', 'svoboda.org', 'currenttime.tv'] },
  { name: 'Voice of America', domains: ['voanews.com', 'golosameriki.com'] },
  { name: 'Euronews', domains: ['euronews.com'] },
  { name: 'RT', domains: ['rt.com'] },
  // United States
  { name: 'CNN', domains: ['cnn.com'] },
  { name: 'The New York Times', domains: ['nytimes.com'] },
  { name: 'The Washington Post', domains: ['washingtonpost.com'] },
  { name: 'The Wall Street Journal', domains: ['wsj.com'] },
  { name: 'Politico', domains: ['politico.com'] },
  { name: 'The Hill', domains: ['thehill.com'] },
  { name: 'Axios', domains: ['axios.com'] },
  { name: 'NPR', domains: ['npr.org'] },
  { name: 'PBS', domains: ['pbs.org'] },
  { name: 'Fox News', domains: ['foxnews.com'] },
  { name: 'NBC News', domains: ['nbcnews.com'] },
  { name: 'MSNBC', domains: ['msnbc.com'] },
  { name: 'CBS News', domains: ['cbsnews.com'] },
  { name: 'ABC News', domains: ['abcnews.go.com'] },
  { name: 'Bloomberg', domains: ['bloomberg.com'] },
  { name: 'CNBC', domains: ['cnbc.com'] },
  { name: 'USA Today', domains: ['usatoday.com'] },
  { name: 'Los Angeles Times', domains: ['latimes.com'] },
  { name: 'Newsweek', domains: ['newsweek.com'] },
  { name: 'Time', domains: ['time.com'] },
  { name: 'The Atlantic', domains: ['theatlantic.com'] },
  { name: 'The New Yorker', domains: ['newyorker.com'] },
  { name: 'Vox', domains: ['vox.com'] },
  { name: 'ProPublica', domains: ['propublica.org'] },
  { name: 'The Daily Beast', domains: ['thedailybeast.com'] },
  { name: 'Foreign Policy', domains: ['foreignpolicy.com'] },
  { name: 'Yahoo News', domains: ['news.yahoo.com'] },
  { name: 'The Epoch Times', domains: ['theepochtimes.com'] },
  // United Kingdom and Ireland
  { name: 'The Guardian', domains: ['theguardian.com'] },
  { name: 'The Telegraph', domains: ['telegraph.co.uk'] },
  { name: 'Financial Times', domains: ['ft.com'] },
  { name: 'The Times', domains: ['thetimes.com', 'thetimes.co.uk'] },
  { name: 'The Independent', domains: ['independent.co.uk'] },
  { name: 'The Economist', domains: ['economist.com'] },
  { name: 'Sky News', domains: ['news.sky.com'] },
  { name: 'Daily Mail', domains: ['dailymail.co.uk'] },
  { name: 'The Irish Times', domains: ['irishtimes.com'] },
  // Europe (English)
  { name: 'Politico Europe', domains: ['politico.eu'] },
  { name: 'Kyiv Independent', domains: ['kyivindependent.com'] },
  { name: 'Kyiv Post', domains: ['kyivpost.com'] },
  { name: 'Ukrainska Pravda', domains: ['pravda.com.ua'] },
  { name: 'The Moscow Times', domains: ['themoscowtimes.com'] },
  // Asia, Pacific, Americas, Middle East (English)
  { name: 'The Straits Times', domains: ['straitstimes.com'] },
  { name: 'South China Morning Post', domains: ['scmp.com'] },
  { name: 'Nikkei Asia', domains: ['asia.nikkei.com'] },
  { name: 'The Japan Times', domains: ['japantimes.co.jp'] },
  { name: 'The Times of India', domains: ['timesofindia.indiatimes.com'] },
  { name: 'The Hindu', domains: ['thehindu.com'] },
  { name: 'ABC (Australia)', domains: ['abc.net.au'] },
  { name: 'The Sydney Morning Herald', domains: ['smh.com.au'] },
  { name: 'CBC', domains: ['cbc.ca'] },
  { name: 'The Globe and Mail', domains: ['theglobeandmail.com'] },
  { name: 'Haaretz', domains: ['haaretz.com'] },
  { name: 'The Times of Israel', domains: ['timesofisrael.com'] },
  // Russian
  { name: 'Meduza', domains: ['meduza.io'] },
  { name: 'Novaya Gazeta Europe', domains: ['novayagazeta.eu'] },
  { name: 'Kommersant', domains: ['kommersant.ru'] },
  { name: 'RBC', domains: ['rbc.ru'] },
  { name: 'Vedomosti', domains: ['vedomosti.ru'] },
  { name: 'Izvestia', domains: ['iz.ru'] },
  { name: 'Lenta.ru', domains: ['lenta.ru'] },
  { name: 'Gazeta.ru', domains: ['gazeta.ru'] },
  { name: 'Fontanka', domains: ['fontanka.ru'] },
  { name: 'Forbes Russia', domains: ['forbes.ru'] },
  { name: 'The Insider', domains: ['theins.ru'] },
  // German
  { name: 'Der Spiegel', domains: ['spiegel.de'] },
  { name: 'Die Zeit', domains: ['zeit.de'] },
  { name: 'Frankfurter Allgemeine', domains: ['faz.net'] },
  { name: 'Süddeutsche Zeitung', domains: ['sueddeutsche.de'] },
  { name: 'Tagesschau', domains: ['tagesschau.de'] },
  { name: 'ZDF', domains: ['zdf.de'] },
  { name: 'Die Welt', domains: ['welt.de'] },
  { name: 'Der Tagesspiegel', domains: ['tagesspiegel.de'] },
  { name: 'Handelsblatt', domains: ['handelsblatt.com'] },
  { name: 'Stern', domains: ['stern.de'] },
  { name: 'Focus', domains: ['focus.de'] },
  { name: 'Der Standard', domains: ['derstandard.at'] },
  { name: 'Neue Zürcher Zeitung', domains: ['nzz.ch'] },
  // French
  { name: 'Le Monde', domains: ['lemonde.fr'] },
  { name: 'Le Figaro', domains: ['lefigaro.fr'] },
  { name: 'Libération', domains: ['liberation.fr'] },
  { name: 'France Info', domains: ['francetvinfo.fr'] },
  { name: 'Le Parisien', domains: ['leparisien.fr'] },
  { name: 'Le Point', domains: ['lepoint.fr'] },
  { name: "L'Express", domains: ['lexpress.fr'] },
  { name: 'Ouest-France', domains: ['ouest-france.fr'] },
  { name: 'Le Temps', domains: ['letemps.ch'] },
  { name: 'Radio-Canada', domains: ['ici.radio-canada.ca'] },
  // Spanish
  { name: 'El País', domains: ['elpais.com'] },
  { name: 'El Mundo', domains: ['elmundo.es'] },
  { name: 'ABC (Spain)', domains: ['abc.es'] },
  { name: 'La Vanguardia', domains: ['lavanguardia.com'] },
  { name: 'RTVE', domains: ['rtve.es'] },
  { name: 'El Confidencial', domains: ['elconfidencial.com'] },
  { name: '20minutos', domains: ['20minutos.es'] },
  { name: 'Clarín', domains: ['clarin.com'] },
  { name: 'La Nación', domains: ['lanacion.com.ar'] },
  { name: 'Infobae', domains: ['infobae.com'] },
  { name: 'El Tiempo', domains: ['eltiempo.com'] },
  { name: 'El Universal', domains: ['eluniversal.com.mx'] },
];

/** `*://*.example.com/*` covers example.com and its subdomains, http and https. */
export function matchPatternFor(domain: string): string {
  return `*://*.${domain}/*`;
}

/** Every site on the list as WebExtension match patterns (content script `matches`). */
export const NEWS_SITE_MATCHES: readonly string[] = NEWS_SITES.flatMap((site) => site.domains.map(matchPatternFor));

/** The outlet a URL belongs to, if it is on the list. */
export function newsSiteFor(url: string): NewsSite | undefined {
  const host = hostOf(url);
  if (!host) return undefined;
  return NEWS_SITES.find((site) => site.domains.some((d) => host === d || host.endsWith(`.${d}`)));
}

/** The hostname of an http(s) URL (the key for per-site settings), or undefined for any other page. */
export function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.hostname.toLowerCase() : undefined;
  } catch {
    return undefined;
  }
}
