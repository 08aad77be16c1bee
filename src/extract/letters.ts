/**
 * Letter classes for the extractors' regular expressions. Explicit ranges (Latin with its
 * accents, Greek, Cyrillic) instead of `\p{Lu}`: V8 takes about a millisecond to build each
 * Unicode-property class, and this code runs once per process per file in shell loops.
 */
export const UPPER = 'A-ZÀ-ÖØ-ÞΑ-ΩА-ЯЁ';
/** Letters of either case, including Latin Extended-A/B and Greek with its accents (`Άκης`, `Γρηγόρης`). */
export const LETTER = `A-Za-zÀ-ÖØ-öø-ɏΑ-ωΆΈ-ΊΌΎ-ΐϊ-ώА-яЁё`;
/**
 * Capitals of Latin Extended-A that start names in Polish, Turkish, Czech and the like
 * (`Łukasz`, `İpek`, `Şahin`, `Čapek`), and Greek capitals with an accent (`Άκης`). Kept apart from UPPER, which datelines use for places.
 */
export const UPPER_EXTENDED = 'ĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽΆΈΉΊΌΎΏ';
