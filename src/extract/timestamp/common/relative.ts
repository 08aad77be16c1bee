/**
 * Relative stamps (`vor 3 Stunden`, `há 2 horas`, `2 ore fa`): the day they name, counted back
 * from the reference date. The reference date is a day without a time, so an amount of minutes
 * or hours names the reference day itself, or the day as many whole days back (`30 Stunden` is
 * one day); days and weeks count back calendar days; months and years count back calendar
 * months and years, keeping the day of the month where it exists (else the month's last day).
 */
import type { RelativeHit } from '../locale.js';
import { daysInMonth } from './numeric-date.js';

export function resolveRelative(hit: RelativeHit, reference: { year: number; month: number; day: number }): string {
  let { year, month, day } = reference;
  let back = 0;
  switch (hit.unit) {
    case 'minute':
      back = Math.floor(hit.amount / 1440);
      break;
    case 'hour':
      back = Math.floor(hit.amount / 24);
      break;
    case 'day':
      back = hit.amount;
      break;
    case 'week':
      back = hit.amount * 7;
      break;
    case 'month': {
      const months = year * 12 + (month - 1) - hit.amount;
      year = Math.floor(months / 12);
      month = (months % 12) + 1;
      day = Math.min(day, daysInMonth(year, month));
      break;
    }
    case 'year':
      year -= hit.amount;
      day = Math.min(day, daysInMonth(year, month));
      break;
  }
  const date = new Date(Date.UTC(year, month - 1, day - back));
  const pad = (value: number, width: number): string => String(value).padStart(width, '0');
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;
}
