/** News agencies named in bylines, agency lines and datelines. */
const AGENCIES = [
  'The Associated Press',
  'Associated Press',
  'Agence France-Presse',
  'Agence France Presse',
  'Reuters',
  'AP',
  'AFP',
  'UPI',
  'United Press International',
  'Bloomberg',
  'Bloomberg News',
  'dpa',
  'DPA',
  'Xinhua',
  'TASS',
  'Interfax',
  'RIA Novosti',
  'ANSA',
  'EFE',
  'Kyodo',
  'Kyodo News',
  'Yonhap',
  'PA',
  'Press Association',
  'CNN',
  'BBC',
  'RT',
  // Agencies of other languages (issue #7): Brazil, Portugal, Netherlands, Poland, Turkey,
  // Russia (Cyrillic spellings), Spain, Italy, China, Japan.
  'Agência Brasil',
  'Agencia Brasil',
  'Lusa',
  'Agência Lusa',
  'ANP',
  'PAP',
  'Polska Agencja Prasowa',
  'Anadolu',
  'Anadolu Agency',
  'Anadolu Ajansı',
  'ТАСС',
  'ИТАР-ТАСС',
  'РИА Новости',
  'Интерфакс',
  'Agencia EFE',
  'Xinhua News Agency',
];

const ALTERNATION = AGENCIES.map((name) => name.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&'))
  .sort((a, b) => b.length - a.length)
  .join('|');

/** A line that is only an agency name, maybe with a role: `Associated Press Writer`. */
export const AGENCY_LINE = new RegExp(`^(?:${ALTERNATION})(?: (?:Writer|Correspondent|Staff))?$`, 'i');
/** An agency at the end of a byline: `, Reuters`, ` - Associated Press Writer`. */
export const TRAILING_AGENCY = new RegExp(
  `\\s*(?:,|-|—|–|\\|)?\\s*(?:for |of )?(${ALTERNATION})(?: (?:Writer|Correspondent|Staff Writer|Staff))?$`,
);

/** The agency name without article or role: `The Associated Press Writer` → `Associated Press`. */
export function agencyName(text: string): string {
  return text
    .trim()
    .replace(/ (?:Staff Writer|Writer|Correspondent|Staff)$/i, '')
    .replace(/^The /i, '');
}
