/**
 * Year completion, common to every language, as a chrono refiner: a date written without a year
 * (`Dec. 25`) gets, as its implied year, the one that puts it nearest to the reference day (ties
 * go to the earlier date), instead of chrono's reference year. The year stays uncertain, so the
 * caller still knows it was not written and decides whether to use it (only on stamp lines, and
 * only when a reference date was given).
 */
import type { Refiner } from 'chrono-node';
import { daysInMonth } from './numeric-date.js';

/** Tag put on a result whose implied year was set by {@link yearCompletionRefiner}. */
export const YEAR_COMPLETED_TAG = 'wirestory/year-completed';

/** The year that puts month/day nearest to the reference day; ties go to the earlier date. */
export function nearestYear(month: number, day: number, reference: { year: number; month: number; day: number }): number | null {
  const target = Date.UTC(reference.year, reference.month - 1, reference.day);
  let best: number | null = null;
  let bestDistance = Infinity;
  for (const year of [reference.year - 1, reference.year, reference.year + 1]) {
    if (day > daysInMonth(year, month)) continue;
    const distance = Math.abs(Date.UTC(year, month - 1, day) - target);
    if (distance < bestDistance) {
      best = year;
      bestDistance = distance;
    }
  }
  return best;
}

/** Implies the nearest year for results with a written day and month but no written year. */
export function yearCompletionRefiner(): Refiner {
  return {
    refine(context, results) {
      const instant = context.reference.instant;
      const reference = { year: instant.getUTCFullYear(), month: instant.getUTCMonth() + 1, day: instant.getUTCDate() };
      for (const result of results) {
        const start = result.start;
        if (!start.isCertain('day') || !start.isCertain('month') || start.isCertain('year')) continue;
        const year = nearestYear(start.get('month') ?? 0, start.get('day') ?? 0, reference);
        if (year === null) continue;
        start.imply('year', year);
        result.addTag(YEAR_COMPLETED_TAG);
      }
      return results;
    },
  };
}
