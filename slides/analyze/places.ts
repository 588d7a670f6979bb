import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json';
import { COUNTRY_ALIASES, PREFERRED_COUNTRY_NAMES, REGIONS } from './placesData';

let table: Map<string, string> | undefined;

/** Lower-case place word → the place it names (a country or a region). Built once. */
function placeTable(): Map<string, string> {
  if (table) return table;
  countries.registerLocale(en);
  const map = new Map<string, string>();
  for (const [, names] of Object.entries(countries.getNames('en', { select: 'all' }))) {
    const first = names[0] ?? '';
    const preferred = PREFERRED_COUNTRY_NAMES[first] ?? first;
    for (const name of names) {
      if (name.length > 2 && !name.includes(',')) map.set(name.toLowerCase(), preferred);
    }
  }
  for (const [country, aliases] of Object.entries(COUNTRY_ALIASES)) {
    map.set(country.toLowerCase(), country);
    for (const alias of aliases) map.set(alias.toLowerCase(), country);
  }
  for (const region of REGIONS) map.set(region.toLowerCase(), region);
  table = map;
  return map;
}

/** The country or region a word or phrase names ("Iranian" → "Iran", "Baku" → "Azerbaijan"), if any. */
export function placeFor(phrase: string): string | undefined {
  return placeTable().get(phrase.toLowerCase());
}
