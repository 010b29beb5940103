// Calendar dates as the business speaks of them ("2026-11-22"), without a time or a zone.
import { z } from 'zod';

/** `date` moved by `days` (negative: earlier), across month and year ends and leap days. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The dates the application accepts: wide enough for any contract, narrow enough for every date calculation and the database. */
export const FIRST_DATE = '1900-01-01';
export const LAST_DATE = '2199-12-31';

/**
 * A calendar date "YYYY-MM-DD" between FIRST_DATE and LAST_DATE. Use it for every date a
 * request carries: a real date like 0001-01-01 or 9999-12-31 is refused here (422,
 * date_out_of_range) instead of failing in a date calculation or in the database.
 */
export const calendarDate = () =>
  z.iso.date().refine((date) => date >= FIRST_DATE && date <= LAST_DATE, {
    message: `The date must be between ${FIRST_DATE} and ${LAST_DATE}.`,
    params: { code: 'date_out_of_range' },
  });

/** A calendar month "YYYY-MM" within the same bounds as calendarDate. */
export const calendarMonth = () =>
  z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
    .refine((month) => month >= FIRST_DATE.slice(0, 7) && month <= LAST_DATE.slice(0, 7), {
      message: `The month must be between ${FIRST_DATE.slice(0, 7)} and ${LAST_DATE.slice(0, 7)}.`,
      params: { code: 'date_out_of_range' },
    });
