/*
 * calendar.h -- pure proleptic Gregorian date arithmetic for the dates core.
 *
 * Days are counted from 1970-01-01 (day 0).  No dependence on the clock,
 * the time zone or the locale.
 */
#ifndef NE_CALENDAR_H
#define NE_CALENDAR_H

#include <stdbool.h>
#include <stdint.h>

/* Days since 1970-01-01 of the civil date y-m-d (m 1..12, d 1..31). */
int32_t		ne_days_from_civil(int y, int m, int d);
/* Civil date of a day count since 1970-01-01. */
void		ne_civil_from_days(int32_t days, int *y, int *m, int *d);
/* Is y a leap year? */
bool		ne_is_leap(int y);
/* Number of days in month m of year y (0 for an invalid month). */
int			ne_days_in_month(int y, int m);
/* ISO weekday of a day count: 1 = Monday .. 7 = Sunday. */
int			ne_weekday(int32_t days);
/* ISO week-numbering year and week (1..53) of a day count. */
void		ne_iso_week(int32_t days, int *iso_year, int *iso_week);
/* Day count of the Monday of ISO week w of ISO year y. */
int32_t		ne_iso_week_monday(int y, int w);
/* Number of ISO weeks (52 or 53) in ISO year y. */
int			ne_iso_weeks_in_year(int y);
/* Adds delta months to (y, m) in place. */
void		ne_add_months(int *y, int *m, int delta);
/* Is y-m-d a valid calendar day? */
bool		ne_valid_ymd(int y, int m, int d);
/* Day count of the n-th weekday wd (1 = Monday) of month m of year y (n = -1: the last). */
int32_t		ne_nth_weekday(int y, int m, int wd, int n);
/* Day count of Easter Sunday of year y (Gregorian). */
int32_t		ne_easter(int y);

#endif							/* NE_CALENDAR_H */
