/*
 * calendar.c -- proleptic Gregorian arithmetic (after H. Hinnant's
 * days_from_civil / civil_from_days algorithms).
 */
#include "calendar.h"

/* Floor division for possibly negative numerators. */
static int32_t
floordiv(int32_t a, int32_t b)
{
	return (a >= 0) ? a / b : -((-a + b - 1) / b);
}

/* Days since 1970-01-01 of y-m-d. */
int32_t
ne_days_from_civil(int y, int m, int d)
{
	int32_t		yy = (int32_t) y - (m <= 2);
	int32_t		era = floordiv(yy, 400);
	int32_t		yoe = yy - era * 400;
	int32_t		mp = (m + 9) % 12;
	int32_t		doy = (153 * mp + 2) / 5 + d - 1;
	int32_t		doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;

	return era * 146097 + doe - 719468;
}

/* Civil date of days since 1970-01-01. */
void
ne_civil_from_days(int32_t days, int *y, int *m, int *d)
{
	int32_t		z = days + 719468;
	int32_t		era = floordiv(z, 146097);
	int32_t		doe = z - era * 146097;
	int32_t		yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	int32_t		doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	int32_t		mp = (5 * doy + 2) / 153;
	int32_t		dd = doy - (153 * mp + 2) / 5 + 1;
	int32_t		mm = mp < 10 ? mp + 3 : mp - 9;

	*y = (int) (yoe + era * 400 + (mm <= 2));
	*m = (int) mm;
	*d = (int) dd;
}

/* Gregorian leap-year rule. */
bool
ne_is_leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

/* Days in month m of year y. */
int
ne_days_in_month(int y, int m)
{
	static const int dim[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

	if (m < 1 || m > 12)
		return 0;
	if (m == 2 && ne_is_leap(y))
		return 29;
	return dim[m - 1];
}

/* ISO weekday, 1 = Monday; 1970-01-01 was a Thursday. */
int
ne_weekday(int32_t days)
{
	int32_t		w = (days + 3) % 7;

	if (w < 0)
		w += 7;
	return (int) w + 1;
}

/* Monday of ISO week 1 of ISO year y (the week holding January 4). */
static int32_t
iso_year_start(int y)
{
	int32_t		jan4 = ne_days_from_civil(y, 1, 4);

	return jan4 - (ne_weekday(jan4) - 1);
}

/* ISO year and week of a day count. */
void
ne_iso_week(int32_t days, int *iso_year, int *iso_week)
{
	int			y, m, d;
	int32_t		start;

	ne_civil_from_days(days, &y, &m, &d);
	start = iso_year_start(y + 1);
	if (days >= start)
		y = y + 1;
	else
	{
		start = iso_year_start(y);
		if (days < start)
		{
			y = y - 1;
			start = iso_year_start(y);
		}
	}
	*iso_year = y;
	*iso_week = (int) ((days - start) / 7) + 1;
}

/* Monday of ISO week w of ISO year y. */
int32_t
ne_iso_week_monday(int y, int w)
{
	return iso_year_start(y) + (int32_t) (w - 1) * 7;
}

/* 53 when the year starts or (leap) ends on a Thursday, else 52. */
int
ne_iso_weeks_in_year(int y)
{
	return (int) ((iso_year_start(y + 1) - iso_year_start(y)) / 7);
}

/* Adds delta months to (y, m). */
void
ne_add_months(int *y, int *m, int delta)
{
	int32_t		t = (int32_t) (*y) * 12 + (*m - 1) + delta;

	*y = (int) floordiv(t, 12);
	*m = (int) (t - (int32_t) (*y) * 12) + 1;
}

/* Valid calendar day in years 1..9999. */
bool
ne_valid_ymd(int y, int m, int d)
{
	return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= ne_days_in_month(y, m);
}

/* Day count of the n-th weekday wd of month m of year y (n = -1: the last). */
int32_t
ne_nth_weekday(int y, int m, int wd, int n)
{
	if (n > 0)
	{
		int32_t		d1 = ne_days_from_civil(y, m, 1);
		int			diff = (wd - ne_weekday(d1) + 7) % 7;

		return d1 + diff + 7 * (n - 1);
	}
	else
	{
		int32_t		dl = ne_days_from_civil(y, m, ne_days_in_month(y, m));
		int			diff = (ne_weekday(dl) - wd + 7) % 7;

		return dl - diff;
	}
}

/* Easter Sunday of year y (anonymous Gregorian algorithm). */
int32_t
ne_easter(int y)
{
	int			a = y % 19,
				b = y / 100,
				c = y % 100,
				d = b / 4,
				e = b % 4,
				f = (b + 8) / 25,
				g = (b - f + 1) / 3,
				h = (19 * a + b - d - g + 15) % 30,
				i = c / 4,
				k = c % 4,
				l = (32 + 2 * e + 2 * i - h - k) % 7,
				m = (a + 11 * h + 22 * l) / 451,
				mo = (h + l - 7 * m + 114) / 31,
				da = (h + l - 7 * m + 114) % 31 + 1;

	return ne_days_from_civil(y, mo, da);
}
