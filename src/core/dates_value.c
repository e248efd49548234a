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

/* Codes of the parts of the day (NE_PART_*) in values: 1999-05-17TMO. */
static const char *const part_code[] = {"", "MO", "AF", "EV", "NI"};

/* Codes of the seasons (NE_SEASON_*) in values: 1999-SU. */
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

/* Writes the decimal n (as printf's %d) at v + at; returns the position after it. */
static int
put_int(char *v, int at, int n)
{
	char		rev[12];
	int			k = 0;
	unsigned int u = n < 0 ? 0u - (unsigned int) n : (unsigned int) n;

	if (n < 0)
		v[at++] = '-';
	do
	{
		rev[k++] = (char) ('0' + u % 10);
		u /= 10;
	} while (u != 0);
	while (k > 0)
		v[at++] = rev[--k];
	return at;
}

/* Writes the string s at v + at; returns the position after it. */
static int
put_str(char *v, int at, const char *s)
{
	while (*s)
		v[at++] = *s++;
	return at;
}

/*
 * Writes the first nfields of YYYY-MM-DD (1: the year, 2: the month, 3: the
 * day), XXXX for the year DT_NO_YEAR; fields out of their width are written
 * with printf rules.
 */
static void
v_fields(char *v, int nfields, int y, int m, int d)
{
	if (y == DT_NO_YEAR || y < 0 || y > 9999 || m < 0 || m > 99 || d < 0 || d > 99)
	{
		int			n = y == DT_NO_YEAR ? snprintf(v, 48, "XXXX") : snprintf(v, 48, "%04d", y);

		if (nfields > 1)
			n += snprintf(v + n, 48 - n, "-%02d", m);
		if (nfields > 2)
			snprintf(v + n, 48 - n, "-%02d", d);
		return;
	}
	put_digits(v, y, 4);
	if (nfields > 1)
	{
		v[4] = '-';
		put_digits(v + 5, m, 2);
	}
	if (nfields > 2)
	{
		v[7] = '-';
		put_digits(v + 8, d, 2);
	}
	v[1 + 3 * nfields] = 0;
}

/* Writes the day value YYYY-MM-DD (XXXX-MM-DD for DT_NO_YEAR). */
void
dt_v_day(char *v, int y, int m, int d)
{
	v_fields(v, 3, y, m, d);
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

/* Writes the month value YYYY-MM (XXXX-MM for DT_NO_YEAR). */
void
dt_v_month(char *v, int y, int m)
{
	v_fields(v, 2, y, m, 0);
}

/* Writes the year value YYYY. */
void
dt_v_year(char *v, int y)
{
	v_fields(v, 1, y, 0, 0);
}

/* Writes the value of a weekday wd (1 = Monday) of no known week: XXXX-WXX-1. */
void
dt_v_any_weekday(char *v, int wd)
{
	snprintf(v, 48, "XXXX-WXX-%d", wd);
}

/* Writes the quarter (or half) n of year y: YYYY-Qn, YYYY-Hn, XXXX-Qn for DT_NO_YEAR. */
void
dt_v_quarter_of(char *v, int y, bool half, int n)
{
	int			at;

	if (y != DT_NO_YEAR && (y < 0 || y > 9999))
	{
		snprintf(v, 48, "%04d-%c%d", y, half ? 'H' : 'Q', n);
		return;
	}
	v_fields(v, 1, y, 0, 0);	/* YYYY or XXXX */
	at = put_str(v, 4, half ? "-H" : "-Q");
	v[put_int(v, at, n)] = 0;
}

/* Writes the ISO week value YYYY-Www of the week holding a day count. */
void
dt_v_week_of(char *v, int32_t days)
{
	int			iy,
				iw;

	ne_iso_week(days, &iy, &iw);
	if (iy < 0 || iy > 9999 || iw < 0 || iw > 99)
	{
		snprintf(v, 48, "%04d-W%02d", iy, iw);
		return;
	}
	put_digits(v, iy, 4);
	v[4] = '-';
	v[5] = 'W';
	put_digits(v + 6, iw, 2);
	v[8] = 0;
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
	if (y < 0 || y > 9999)
	{
		snprintf(v, 48, "%04d-Q%d", y, q);
		return;
	}
	put_digits(v, y, 4);
	v[4] = '-';
	v[5] = 'Q';
	v[6] = (char) ('0' + q);
	v[7] = 0;
}

/* Appends the part of the day pt (NE_PART_*) to a day value: T and MO, AF, EV or NI. */
void
dt_v_add_part(char *v, int pt)
{
	dt_v_cat(v, "T");
	dt_v_cat(v, part_code[pt]);
}

/* Appends s to the value v (bounded). */
void
dt_v_cat(char *v, const char *s)
{
	size_t		n = strlen(v);

	while (*s && n < 47)
		v[n++] = *s++;
	v[n] = 0;
}

/* The designator of each unit (NE_U_*) in a duration value; weekends and halves have none. */
static const char *const unit_code[] = {
	[NE_U_SECOND] = "S",
	[NE_U_MINUTE] = "M",
	[NE_U_HOUR] = "H",
	[NE_U_DAY] = "D",
	[NE_U_WEEK] = "W",
	[NE_U_MONTH] = "M",
	[NE_U_QUARTER] = "Q",
	[NE_U_YEAR] = "Y",
	[NE_U_DECADE] = "E",
	[NE_U_CENTURY] = "C",
};

/* n and a half units, written P[T]<n * mul + add><tail>: 2 1/2 years is P2Y6M, 2 1/2 weeks P17DT12H. */
static const struct
{
	int			mul;
	int			add;
	const char *tail;
}			half_form[] = {
	[NE_U_MINUTE] = {1, 0, "M30S"},
	[NE_U_HOUR] = {1, 0, "H30M"},
	[NE_U_DAY] = {1, 0, "DT12H"},
	[NE_U_WEEK] = {7, 3, "DT12H"},
	[NE_U_MONTH] = {1, 0, ".5M"},
	[NE_U_YEAR] = {1, 0, "Y6M"},
	[NE_U_DECADE] = {10, 5, "Y"},
};

#define NUNITS ((int) (sizeof(unit_code) / sizeof(unit_code[0])))

/* Designator of unit u in a duration ("X" for a unit without one). */
static const char *
unit_designator(int u)
{
	return u > 0 && u < NUNITS && unit_code[u] ? unit_code[u] : "X";
}

/* Writes the duration value of n units (n < 0: unknown). */
void
dt_v_duration(char *v, int n, int u)
{
	int			at = 1;

	v[0] = 'P';
	if (u == NE_U_DECADE && n > 0)
	{
		at = put_int(v, at, n * 10);
		v[at++] = 'Y';
	}
	else
	{
		if (dt_is_clock_unit(u))
			v[at++] = 'T';
		if (n < 0)
			v[at++] = 'X';
		else
			at = put_int(v, at, n);
		at = put_str(v, at, unit_designator(u));
	}
	v[at] = 0;
}

/* Writes the duration of whole.frac units, frac being the digits frac[0..fraclen) (1.5 years: P1.5Y). */
void
dt_v_duration_decimal(char *v, int whole, const char *frac, int32_t fraclen, int u)
{
	snprintf(v, 48, "P%s%d.%.*s%s", dt_is_clock_unit(u) ? "T" : "", whole, (int) fraclen, frac, unit_designator(u));
}

/* Writes the duration of n and a half units (2 1/2 years: P2Y6M); false for units without halves. */
bool
dt_v_duration_half(char *v, int n, int u)
{
	if (u <= 0 || u >= (int) (sizeof(half_form) / sizeof(half_form[0])) || half_form[u].tail == NULL)
		return false;
	snprintf(v, 48, "P%s%d%s", dt_is_clock_unit(u) ? "T" : "", n * half_form[u].mul + half_form[u].add,
			 half_form[u].tail);
	return true;
}

/* A value of 2, 3 or 4 digits names a century, a decade or a year: its granularity and length in years. */
static const struct
{
	ne_granularity granularity;
	int			years;
}			whole_years[] = {
	[2] = {NE_GRAN_CENTURY, 100},
	[3] = {NE_GRAN_DECADE, 10},
	[4] = {NE_GRAN_YEAR, 1},
};

/* Sets the range of tx to the n months that start with month m of year y. */
static void
range_of_months(ne_timex *tx, int y, int m, int n)
{
	int			y2 = y,
				m2 = m;

	ne_add_months(&y2, &m2, n);
	tx->range_lo = ne_days_from_civil(y, m, 1);
	tx->range_hi = ne_days_from_civil(y2, m2, 1);
}

/* Value of the two digits at p, or -1. */
static int
two_digits(const char *p)
{
	if (!is_digit((unsigned char) p[0]) || !is_digit((unsigned char) p[1]))
		return -1;
	return (p[0] - '0') * 10 + p[1] - '0';
}

/* Derives range and granularity from a TIMEX3 value. */
void
dt_value_range(const char *v, ne_timex *tx)
{
	int			y = 0,
				nd = 0;
	bool		unres = strchr(v, 'X') != NULL;
	const char *q;

	tx->has_range = false;
	tx->granularity = NE_GRAN_NONE;
	while (is_digit((unsigned char) v[nd]) || v[nd] == 'X')
		nd++;
	if (nd < 2 || nd > 4)
		return;
	for (int i = 0; i < nd; i++)
		y = y * 10 + (v[i] == 'X' ? 0 : v[i] - '0');
	q = v + nd;
	if (*q == 0)
	{
		/* 19, 199, 1999 */
		tx->granularity = whole_years[nd].granularity;
		if (!unres)
			range_of_months(tx, y * whole_years[nd].years, 1, 12 * whole_years[nd].years);
	}
	else if (nd == 4 && *q == '-')
	{
		q++;
		if (q[0] == 'W' && (is_digit((unsigned char) q[1]) || q[1] == 'X'))
		{
			/* 1999-W05, 1999-W05-WE, 1999-W05-3 */
			int			wk = 0,
						wd = 0;
			bool		we;

			q++;
			if (q[0] == 'X')
				unres = true;
			while (*q == 'X')
				q++;
			while (is_digit((unsigned char) *q))
				wk = wk * 10 + (*q++ - '0');
			we = strcmp(q, "-WE") == 0;
			/* 1999-W05-3, XXXX-WXX-2: a weekday of a week is a day */
			if (q[0] == '-' && q[1] >= '1' && q[1] <= '7' && q[2] == 0)
				wd = q[1] - '0';
			tx->granularity = wd ? NE_GRAN_DAY : NE_GRAN_WEEK;
			if (!unres && wk >= 1 && wk <= 53 && (*q == 0 || we || wd))
			{
				tx->range_lo = ne_iso_week_monday(y, wk) + (we ? 5 : 0) + (wd ? wd - 1 : 0);
				tx->range_hi = wd ? tx->range_lo + 1 : ne_iso_week_monday(y, wk) + 7;
			}
			else
				unres = true;
		}
		else if (q[0] == 'Q' || q[0] == 'H')
		{
			/* 1999-Q3, 1999-H1 */
			int			k = q[1] - '0';
			int			per = q[0] == 'Q' ? 3 : 6;

			tx->granularity = q[0] == 'Q' ? NE_GRAN_QUARTER : NE_GRAN_HALF;
			if (!unres && k >= 1 && k <= 12 / per && q[2] == 0)
				range_of_months(tx, y, (k - 1) * per + 1, per);
			else
				unres = true;
		}
		else if (is_alpha((unsigned char) q[0]) && q[2] == 0)
		{
			/* 1999-SU: a season is the three months from March, June, September, December */
			int			s = 0;

			for (int i = 1; i <= 4; i++)
				if (q[0] == dt_season_code[i][0] && q[1] == dt_season_code[i][1])
					s = i;
			tx->granularity = NE_GRAN_SEASON;
			if (!unres && s > 0)
				range_of_months(tx, y, 3 * s, 3);
			else
				unres = true;
		}
		else
		{
			/* 1999-05, 1999-05-17, 1999-05-17T10:30 */
			int			m = two_digits(q),
						d;

			if (m < 0)
				unres = true;
			q += 2;
			if (*q == 0)
			{
				tx->granularity = NE_GRAN_MONTH;
				if (!unres && m >= 1 && m <= 12)
					range_of_months(tx, y, m, 1);
				else
					unres = true;
			}
			else if (*q == '-')
			{
				q++;
				d = two_digits(q);
				if (d < 0)
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
