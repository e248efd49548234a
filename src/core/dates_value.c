/*
 * dates_value.c -- TIMEX3 values.
 *
 * Writers of TIMEX3 values (days, months, weeks, quarters, durations), and
 * the range and granularity derived from a value alone.
 */

#include "dates_internal.h"
#include "calendar.h"

#include <stdio.h>
#include <string.h>

const char *const dt_part_code[] = {"", "MO", "AF", "EV", "NI"};
const char *const dt_season_code[] = {"", "SP", "SU", "FA", "WI"};

/* Writes v (0..10^width-1) as width zero-padded digits, no terminator. */
static inline void
put_digits(char *p, int v, int width)
{
	for (int k = width - 1; k >= 0; k--)
	{
		p[k] = (char) ('0' + v % 10);
		v /= 10;
	}
}

/* Writes the day value YYYY-MM-DD. */
void
dt_v_day(char *v, int y, int m, int d)
{
	if (y < 0 || y > 9999 || m < 0 || m > 99 || d < 0 || d > 99)
	{
		snprintf(v, 48, "%04d-%02d-%02d", y, m, d);
		return;
	}
	put_digits(v, y, 4);
	v[4] = '-';
	put_digits(v + 5, m, 2);
	v[7] = '-';
	put_digits(v + 8, d, 2);
	v[10] = 0;
}

/* Writes the day value of a day count. */
void
dt_v_days(char *v, int32_t days)
{
	int			y,
				m,
				d;

	ne_civil_from_days(days, &y, &m, &d);
	dt_v_day(v, y, m, d);
}

/* Writes the month value YYYY-MM. */
void
dt_v_month(char *v, int y, int m)
{
	if (y < 0 || y > 9999 || m < 0 || m > 99)
	{
		snprintf(v, 48, "%04d-%02d", y, m);
		return;
	}
	put_digits(v, y, 4);
	v[4] = '-';
	put_digits(v + 5, m, 2);
	v[7] = 0;
}

/* Writes the year value YYYY. */
void
dt_v_year(char *v, int y)
{
	if (y < 0 || y > 9999)
	{
		snprintf(v, 48, "%04d", y);
		return;
	}
	put_digits(v, y, 4);
	v[4] = 0;
}

/* Writes the ISO week value YYYY-Www of the week holding a day count. */
void
dt_v_week_of(char *v, int32_t days)
{
	int			iy,
				iw;

	ne_iso_week(days, &iy, &iw);
	snprintf(v, 48, "%04d-W%02d", iy, iw);
}

/* Writes the quarter value YYYY-Qn, carrying quarters out of 1..4 into the year. */
void
dt_v_quarter(char *v, int y, int q)
{
	while (q < 1)
	{
		q += 4;
		y--;
	}
	while (q > 4)
	{
		q -= 4;
		y++;
	}
	snprintf(v, 48, "%04d-Q%d", y, q);
}

/* Appends s to the value v (bounded). */
void
dt_v_cat(char *v, const char *s)
{
	size_t		n = strlen(v);

	snprintf(v + n, 48 - n, "%s", s);
}

/* Unit letter of a duration. */
const char *
dt_unit_code(int u)
{
	switch (u)
	{
		case NE_U_SECOND:
			return "S";
		case NE_U_MINUTE:
			return "M";
		case NE_U_HOUR:
			return "H";
		case NE_U_DAY:
			return "D";
		case NE_U_WEEK:
			return "W";
		case NE_U_MONTH:
			return "M";
		case NE_U_QUARTER:
			return "Q";
		case NE_U_YEAR:
			return "Y";
		case NE_U_DECADE:
			return "E";
		case NE_U_CENTURY:
			return "C";
	}
	return "X";
}

/* Writes the duration value of n units (n < 0: unknown). */
void
dt_v_duration(char *v, int n, int u)
{
	bool		t = u == NE_U_SECOND || u == NE_U_MINUTE || u == NE_U_HOUR;

	if (u == NE_U_DECADE && n > 0)
		snprintf(v, 48, "P%dY", n * 10);
	else if (n < 0)
		snprintf(v, 48, "P%sX%s", t ? "T" : "", dt_unit_code(u));
	else
		snprintf(v, 48, "P%s%d%s", t ? "T" : "", n, dt_unit_code(u));
}

/* Writes the duration of n and a half units (2 1/2 years: P2Y6M); false for units without halves. */
bool
dt_v_duration_half(char *v, int n, int u)
{
	switch (u)
	{
		case NE_U_YEAR:
			snprintf(v, 48, "P%dY6M", n);
			return true;
		case NE_U_DAY:
			snprintf(v, 48, "P%dDT12H", n);
			return true;
		case NE_U_HOUR:
			snprintf(v, 48, "PT%dH30M", n);
			return true;
		case NE_U_MINUTE:
			snprintf(v, 48, "PT%dM30S", n);
			return true;
		case NE_U_DECADE:
			snprintf(v, 48, "P%dY", n * 10 + 5);
			return true;
		case NE_U_WEEK:
			snprintf(v, 48, "P%dDT12H", n * 7 + 3);
			return true;
		case NE_U_MONTH:
			snprintf(v, 48, "P%d.5M", n);
			return true;
	}
	return false;
}

/* Derives range and granularity from a TIMEX3 value. */
void
dt_value_range(const char *v, ne_timex *tx)
{
	int			y = 0,
				nd = 0;
	const char *p = v;

	tx->has_range = false;
	tx->granularity = NE_GRAN_NONE;
	while (is_digit((unsigned char) p[nd]) || p[nd] == 'X')
		nd++;
	if (nd < 2 || nd > 4)
		return;
	{
		bool		unres = strchr(v, 'X') != NULL;
		const char *q = p + nd;

		for (int i = 0; i < nd; i++)
			y = y * 10 + (p[i] == 'X' ? 0 : p[i] - '0');
		if (nd == 2 && *q == 0)
		{
			tx->granularity = NE_GRAN_CENTURY;
			if (!unres)
			{
				tx->range_lo = ne_days_from_civil(y * 100, 1, 1);
				tx->range_hi = ne_days_from_civil(y * 100 + 100, 1, 1);
			}
		}
		else if (nd == 3 && *q == 0)
		{
			tx->granularity = NE_GRAN_DECADE;
			if (!unres)
			{
				tx->range_lo = ne_days_from_civil(y * 10, 1, 1);
				tx->range_hi = ne_days_from_civil(y * 10 + 10, 1, 1);
			}
		}
		else if (nd == 4 && *q == 0)
		{
			tx->granularity = NE_GRAN_YEAR;
			tx->range_lo = ne_days_from_civil(y, 1, 1);
			tx->range_hi = ne_days_from_civil(y + 1, 1, 1);
		}
		else if (nd == 4 && *q == '-')
		{
			q++;
			if (q[0] == 'W' && (is_digit((unsigned char) q[1]) || q[1] == 'X'))
			{
				int			wk = 0;
				bool		we;

				q++;
				if (q[0] == 'X')
					unres = true;
				while (is_digit((unsigned char) *q))
					wk = wk * 10 + (*q++ - '0');
				we = strcmp(q, "-WE") == 0;
				tx->granularity = NE_GRAN_WEEK;
				if (!unres && wk >= 1 && wk <= 53 && (*q == 0 || we))
				{
					tx->range_lo = ne_iso_week_monday(y, wk) + (we ? 5 : 0);
					tx->range_hi = ne_iso_week_monday(y, wk) + 7;
				}
				else
					unres = true;
			}
			else if (q[0] == 'Q' || q[0] == 'H')
			{
				int			k = q[1] - '0';
				int			per = q[0] == 'Q' ? 3 : 6;

				tx->granularity = q[0] == 'Q' ? NE_GRAN_QUARTER : NE_GRAN_HALF;
				if (!unres && k >= 1 && k <= 12 / per && q[2] == 0)
				{
					tx->range_lo = ne_days_from_civil(y, (k - 1) * per + 1, 1);
					if (k * per == 12)
						tx->range_hi = ne_days_from_civil(y + 1, 1, 1);
					else
						tx->range_hi = ne_days_from_civil(y, k * per + 1, 1);
				}
				else
					unres = true;
			}
			else if (is_alpha((unsigned char) q[0]) && q[2] == 0)
			{
				int			s = 0;

				for (int i = 1; i <= 4; i++)
					if (q[0] == dt_season_code[i][0] && q[1] == dt_season_code[i][1])
						s = i;
				tx->granularity = NE_GRAN_SEASON;
				if (!unres && s > 0)
				{
					int			m0 = 3 * s;	/* SP 3, SU 6, FA 9, WI 12 */

					tx->range_lo = ne_days_from_civil(y, m0, 1);
					tx->range_hi = s == 4 ? ne_days_from_civil(y + 1, 3, 1) : ne_days_from_civil(y, m0 + 3, 1);
				}
				else
					unres = true;
			}
			else
			{
				int			m = 0,
							d = 0;

				if (is_digit((unsigned char) q[0]) && is_digit((unsigned char) q[1]))
					m = (q[0] - '0') * 10 + q[1] - '0';
				else
					unres = true;
				q += 2;
				if (*q == 0)
				{
					tx->granularity = NE_GRAN_MONTH;
					if (!unres && m >= 1 && m <= 12)
					{
						int			y2 = y,
									m2 = m;

						ne_add_months(&y2, &m2, 1);
						tx->range_lo = ne_days_from_civil(y, m, 1);
						tx->range_hi = ne_days_from_civil(y2, m2, 1);
					}
					else
						unres = true;
				}
				else if (*q == '-')
				{
					q++;
					if (is_digit((unsigned char) q[0]) && is_digit((unsigned char) q[1]))
						d = (q[0] - '0') * 10 + q[1] - '0';
					else
						unres = true;
					q += 2;
					tx->granularity = (*q == 'T') ? NE_GRAN_TIME : NE_GRAN_DAY;
					if (!unres && ne_valid_ymd(y, m, d))
					{
						tx->range_lo = ne_days_from_civil(y, m, d);
						tx->range_hi = tx->range_lo + 1;
					}
					else
						unres = true;
				}
				else
					unres = true;
			}
		}
		else
			return;
		tx->has_range = !unres && tx->range_lo < tx->range_hi;
	}
}
