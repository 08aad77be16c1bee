/**
 * Greek stamps: `Δημοσιεύτηκε: 16 Ιανουαρίου 2024`, `Τελευταία ενημέρωση: 16 Μαρτίου 2026`,
 * `16 Φεβρουαρίου 2026, 17:54`, `Τρίτη, 28 Μαΐου 2019`, `πριν από 2 ώρες`. Months are written in
 * the genitive in dates (`Μαΐου`), and pages print them in capitals without accents (`ΜΑΪΟΥ`): every
 * word is also listed without its accent (tonos) and without any mark (see {@link unaccented}).
 */
import { defineLocale } from '../common/configuration.js';
import { phrases as sharedPhrases, spellings, table } from '../common/vocabulary.js';

/** A word without tonos (`μαϊου`) and without any mark (`μαιου`). */
const accentless = (word: string): string[] => {
  const decomposed = word.normalize('NFD');
  return [decomposed.replace(/\u0301/g, '').normalize('NFC'), decomposed.replace(/\p{M}/gu, '')];
};
/** Each space-separated form, then the same without tonos and without any mark. */
const unaccented = (forms: readonly string[]): string[] => spellings(forms, accentless);
const phrases = (list: readonly string[]): string[] => sharedPhrases(list, accentless);

export const greek = defineLocale(() => ({
  code: 'el',
  months: table(unaccented([
    'ιανουάριος ιανουαρίου ιαν', 'φεβρουάριος φεβρουαρίου φεβ φεβρ', 'μάρτιος μαρτίου μαρ μάρ', 'απρίλιος απριλίου απρ',
    'μάιος μαΐου μαίου μάη μαΐ μάι', 'ιούνιος ιουνίου ιούν ιουν', 'ιούλιος ιουλίου ιούλ ιουλ', 'αύγουστος αυγούστου αύγ αυγ',
    'σεπτέμβριος σεπτεμβρίου σεπτ σεπ', 'οκτώβριος οκτωβρίου οκτ', 'νοέμβριος νοεμβρίου νοέ νοε', 'δεκέμβριος δεκεμβρίου δεκ',
  ]), 1),
  weekdays: table(unaccented(['κυριακή κυρ', 'δευτέρα δευ', 'τρίτη τρί', 'τετάρτη τετ', 'πέμπτη πέμ', 'παρασκευή παρ', 'σάββατο σάβ']), 0),
  published: phrases(['δημοσιεύτηκε', 'δημοσιεύθηκε', 'δημοσιευμένο', 'δημοσίευση', 'ημερομηνία δημοσίευσης']),
  updated: phrases(['τελευταία ενημέρωση', 'ενημερώθηκε', 'ενημέρωση', 'τροποποιήθηκε']),
  furniture: {
    byline: phrases(['συντάκτης', 'συντάκτρια', 'γράφει', 'γράφουν', 'επιμέλεια', 'κείμενο']),
    fields: phrases(['κατηγορία', 'ετικέτες', 'πηγή', 'φωτογραφία', 'φωτογραφίες', 'χρόνος ανάγνωσης', 'ανάγνωση', 'αναγνώσεις']),
    counts: phrases(['σχόλια', 'σχόλιο', 'λεπτά', 'λεπτό', 'κοινοποιήσεις', 'αναγνώσεις']),
  },
  clockWords: phrases(['στις', 'ώρα']),
  meridiem: { am: ['π.μ.', 'πμ'], pm: ['μ.μ.', 'μμ'] },
  fillers: phrases(['την', 'στις', 'ώρα']),
  relative: {
    before: phrases(['πριν από', 'πριν']),
    one: phrases(['ένα', 'μία', 'μια']),
    units: Object.fromEntries(
      (
        [
          ['λεπτό λεπτά', 'minute'], ['ώρα ώρες', 'hour'], ['ημέρα ημέρες μέρα μέρες', 'day'], ['εβδομάδα εβδομάδες', 'week'],
          ['μήνα μήνες', 'month'], ['χρόνο χρόνια έτος έτη', 'year'],
        ] as const
      ).flatMap(([forms, unit]) => unaccented([forms])[0]!.split(' ').map((form) => [form, unit] as const)),
    ),
  },
}));
