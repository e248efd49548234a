/*
 * dates_resolve.c -- resolution against the publication date.
 *
 * Which year a bare month or season means, which day a weekday means, whether
 * the sentence speaks of the future, and points shifted by N units from the
 * publication date.
 */

#include "dates_internal.h"
#include "calendar.h"

#include <stdio.h>

/* Which way a relative word (NE_REL_*) points: -1 last/past/previous, +1 next/coming/following, else 0. */
static const int8_t rel_direction[] = {
	[NE_REL_LAST] = -1,
	[NE_REL_PAST] = -1,
	[NE_REL_PREVIOUS] = -1,
	[NE_REL_NEXT] = 1,
	[NE_REL_COMING] = 1,
	[NE_REL_FOLLOWING] = 1,
};

/* Which way the relative word rel points: -1 to the past, +1 to the future, 0 neither (this, latest...). */
int
dt_rel_direction(int rel)
{
	return rel > 0 && rel < (int) sizeof(rel_direction) ? rel_direction[rel] : 0;
}

/* The year that "last year", "next year" or any other relative word + "year" names. */
int
dt_rel_year(dctx *c, int rel)
{
	return rel == NE_REL_LAST ? c->py - 1 : rel == NE_REL_NEXT ? c->py + 1 : c->py;
}

/*
 * Four-digit year of a two-digit one: the year of that ending from 89 years
 * before to 10 years after the publication (5/14/82 in 1987 is 1982, 7/1/25
 * in 2017 is 2025, 19-Nov-95 in 2017 is 1995); without a publication, 20xx
 * below 30, else 19xx.
 */
int
dt_year_of_two_digits(dctx *c, int y)
{
	int			full;

	if (!c->pub)
		return y + (y < 30 ? 2000 : 1900);
	full = c->py - c->py % 100 + y;
	if (full > c->py + 10)
		full -= 100;
	else if (full < c->py - 89)
		full += 100;
	return full;
}

/* Year of month m that puts it from lo to hi months after the publication month. */
static int
month_year_between(dctx *c, int m, int lo, int hi)
{
	int			off = m - c->pm;	/* -11..11 */

	if (off > hi)
		return c->py - 1;
	if (off < lo)
		return c->py + 1;
	return c->py;
}

/* Year of month m by the window -9..+2 months around the publication. */
int
dt_month_year_window(dctx *c, int m)
{
	return month_year_between(c, m, -9, 2);
}

/* Year of month m in a future context: the window -2..+9 months. */
int
dt_month_year_future(dctx *c, int m)
{
	return month_year_between(c, m, -2, 9);
}

/* Year of month m for a relative word (last/next/this) or the window (rel 0). */
int
dt_month_year_rel(dctx *c, int m, int rel)
{
	if (rel == NE_REL_THIS)
		return c->py;
	switch (dt_rel_direction(rel))
	{
		case -1:
			return m < c->pm ? c->py : c->py - 1;
		case 1:
			return m > c->pm ? c->py : c->py + 1;
		default:
			return dt_month_year_window(c, m);
	}
}

/* Day count of weekday wd: dir 0 = latest on/before pub, -1 strictly before, 1 strictly after, 2 on/after. */
int32_t
dt_weekday_days(dctx *c, int wd, int dir)
{
	int			diff = wd - c->pwd;	/* -6..6 */

	switch (dir)
	{
		case -1:
			if (diff >= 0)
				diff -= 7;
			break;
		case 1:
			if (diff <= 0)
				diff += 7;
			break;
		case 2:
			if (diff < 0)
				diff += 7;
			break;
		default:
			if (diff > 0)
				diff -= 7;
			break;
	}
	return c->pdays + diff;
}

/* Is one of the tokens [a, b) the word "for"? */
static bool
for_between(win *w, int a, int b)
{
	for (int i = a; i < b; i++)
		if (is_word(w, i, "for"))
			return true;
	return false;
}

/*
 * Does the date [first, last] open its sentence (at most two words before it:
 * "On Friday,", "Late on Friday,") with a comma after it?  Then the clause
 * after the comma is the one it dates.  Read in bytes: the window may hold
 * no token before the date.
 */
static bool
opens_sentence_before_comma(win *w, int first, int last)
{
	const dtok *after = tok(w, last + 1);
	const char *t = w->c->t;
	int32_t		i = tok(w, first)->s;

	if (after == NULL || after->kind != T_PUNCT || after->ch != ',')
		return false;
	for (int words = 0;; words++)
	{
		unsigned char b;

		while (i > 0 && is_sp((unsigned char) t[i - 1]))
			i--;
		if (i == 0)
			return true;
		b = (unsigned char) t[i - 1];
		if (b == '.' || b == '?' || b == '!' || b == '"' || b == 0x9D)
			return true;		/* (0x9D ends the closing mark \u201D) */
		if (!is_alpha(b) || words == 2)
			return false;
		while (i > 0 && is_alpha((unsigned char) t[i - 1]))
			i--;
	}
}

/*
 * Is the word t[i..e) a past participle or tense by its ending: -ed, but not the
 * -eed of a present (succeed, exceed, need, speed) where agreed, freed, guaranteed are past?
 */
static bool
ed_past(const dctx *c, int32_t i, int32_t e)
{
	if (e - i <= 3 || (c->t[e - 1] | 0x20) != 'd' || (c->t[e - 2] | 0x20) != 'e')
		return false;
	if ((c->t[e - 3] | 0x20) == 'e')
		return (c->t[e - 4] | 0x20) == 'r' || (c->t[e - 4] | 0x20) == 't';
	return true;
}

/* Is token i a verb in the past tense: one of the lexicon's, or a lower-case word in -ed? */
static bool
past_verb(win *w, int i)
{
	const dtok *t = tok(w, i);

	return t != NULL && t->kind == T_WORD && (is_func(w, i, NE_F_PASTV) || (!t->cap && ed_past(w->c, t->s, t->e)));
}

/* Does a future-tense word appear near token i (same sentence, 7 back, 3 ahead; 8 ahead over a comma after an opening date)? */
bool
dt_future_near(win *w, int first, int last)
{
	for (int i = first - 1; i >= 0 && i >= first - 7; i--)
	{
		const dtok *t = tok(w, i);

		if (t->kind == T_PUNCT && (t->ch == '.' || t->ch == '"' || t->ch == ';'))
			break;
		if (is_func(w, i, NE_F_SCHEDULED) && is_word(w, i - 1, "been") && is_word(w, i - 2, "had"))
			return false;		/* "had been scheduled to expire Friday": a plan of the past */
		if (is_word(w, i, "set") && !is_func(w, i + 1, NE_F_TO) && !for_between(w, i + 1, first))
			continue;			/* "the high set on Monday": a participle; "set itself for the third quarter" plans */
		if (is_func(w, i, NE_F_WILL) || is_func(w, i, NE_F_SCHEDULED))
			return true;
		if (is_func(w, i, NE_F_TO) && is_func(w, i - 1, NE_F_IS))
			return true;
	}
	{
		/* "On Friday, the Labor Department will report": the clause after the comma, up to its verb */
		bool		opening = opens_sentence_before_comma(w, first, last);

		for (int i = last + 1; i <= (opening ? last + 8 : last + 3); i++)
		{
			const dtok *t = tok(w, i);

			if (t == NULL || (t->kind == T_PUNCT && (t->ch == '.' || t->ch == ';' || (t->ch == ',' && i > last + 3))))
				break;
			if (is_func(w, i, NE_F_WILL))
				return true;
			if (opening && is_func(w, i, NE_F_SCHEDULED) && is_func(w, i - 1, NE_F_IS) && is_func(w, i + 1, NE_F_TO))
				return true;	/* "On Friday, the department is expected to report" */
			if (opening && (past_verb(w, i) || (t->kind == T_PUNCT && t->ch == '"')))
				break;			/* "On Wednesday, Reagan announced that he will": the past */
		}
	}
	return false;
}

/* Is the word that ends before byte i (not before from) "be": a passive infinitive ("will be named")? */
static bool
after_be(dctx *c, int32_t i, int32_t from)
{
	while (i > from && c->t[i - 1] == ' ')
		i--;
	return i - 2 >= from && (c->t[i - 1] | 0x20) == 'e' && (c->t[i - 2] | 0x20) == 'b' &&
		(i - 2 == from || !is_alpha((unsigned char) c->t[i - 3]));
}

/* Do the words "had been" end before byte i (not before from)? */
static bool
had_been_before(dctx *c, int32_t i, int32_t from)
{
	static const char hb[] = "had been";
	int32_t		n = (int32_t) sizeof(hb) - 1;

	while (i > from && c->t[i - 1] == ' ')
		i--;
	if (i - n < from || (i - n > from && is_alpha((unsigned char) c->t[i - n - 1])))
		return false;
	for (int32_t k = 0; k < n; k++)
		if ((c->t[i - n + k] | 0x20) != hb[k])
			return false;
	return true;
}

/*
 * Which tense the sentence before byte pos (up to 160 bytes back) speaks in, by
 * the nearest word that tells: 1 the future (will, scheduled to, is to...), -1
 * the past (said, was, announced, has been), 0 none found.
 */
int
dt_tense_before(dctx *c, int32_t pos, bool wide)
{
	int32_t		from = pos - 160 < 0 ? 0 : pos - 160;
	int32_t		i = pos;
	int			nwords = 0;
	bool		next_is_to = false,
				seen_for = false;	/* "for" between the word at hand and pos */

	while (i > from)
	{
		unsigned char b = (unsigned char) c->t[i - 1];

		if (b == '.' || b == '?' || b == '!' || b == ';' || b == '"')
		{
			/* a sentence end, unless an abbreviation like "Sept." or "U.S." */
			if (!(b == '.' && i >= 2 && is_alpha((unsigned char) c->t[i - 2]) &&
				  (i < 3 || !is_alpha((unsigned char) c->t[i - 3]) || c->t[i - 3] == '.' ||
				   (c->t[i - 3] >= 'A' && c->t[i - 3] <= 'Z') ||
				   (i >= 4 && c->t[i - 4] >= 'A' && c->t[i - 4] <= 'Z' && is_alpha((unsigned char) c->t[i - 3])))))
				break;
		}
		if (is_alpha(b))
		{
			int32_t		e = i;
			const ne_date_lex_entry *le;
			bool		to = false;

			while (i > from && is_alpha((unsigned char) c->t[i - 1]))
				i--;
			nwords++;
			le = ne_date_lex_lookup_folded_at(c->t, c->len, i, (int) (e - i));
			if (le && le->cls == LX_FUNC)
			{
				switch (le->val)
				{
					case NE_F_SCHEDULED:
						if (had_been_before(c, i, from))
							return -1;	/* "had been due to expire Friday evening": a plan of the past */
						if (e - i == 3 && (c->t[i] | 0x20) == 's' && !next_is_to && !seen_for)
							break;		/* "the record high set on Aug. 6": a participle; "set to", "set (a hearing) for" plan */
						return 1;
					case NE_F_WILL:
						return 1;
					case NE_F_WOULD:
						if (wide)
							return 1;
						break;
					case NE_F_BY:
					case NE_F_UNTIL:
					case NE_F_THROUGH:
						if (wide && nwords == 1)
							return 1;
						break;
					case NE_F_IS:
						if (next_is_to)
							return 1;
						break;
					case NE_F_TO:
						to = true;
						break;
					case NE_F_PASTV:
						return -1;
				}
			}
			else if (le && le->cls == LX_REL && le->val == NE_REL_COMING && wide)
				return 1;
			else if (le == NULL && ed_past(c, i, e) && !after_be(c, i, from))
				return -1;		/* a past tense (announced, closed) speaks of the past; "will be named" does not */
			next_is_to = to;
			seen_for |= e - i == 3 && (c->t[i] | 0x20) == 'f' && (c->t[i + 1] | 0x20) == 'o' && (c->t[i + 2] | 0x20) == 'r';
			continue;
		}
		i--;
	}
	return 0;
}

/* Does the sentence before byte pos speak of the future (dt_tense_before)? */
bool
dt_future_before(dctx *c, int32_t pos, bool wide)
{
	return dt_tense_before(c, pos, wide) > 0;
}

/* Does the sentence of the date [first, last] speak of the future: a word near it, or its tense before? */
bool
dt_future_around(win *w, int first, int last, bool wide)
{
	return dt_future_near(w, first, last) || dt_future_before(w->c, tok(w, first)->s, wide);
}

/* Was the word "quarter" seen in the 1500 bytes before pos (earnings context)? */
bool
dt_quarter_before(dctx *c, int32_t pos)
{
	return c->last_quarter >= 0 && pos - c->last_quarter <= 1500;
}

/* The value of a point at the granularity of a unit (NE_U_*) when there is no publication date. */
static const char *const unknown_point[] = {
	[NE_U_DAY] = "XXXX-XX-XX",
	[NE_U_WEEK] = "XXXX-WXX",
	[NE_U_WEEKEND] = "XXXX-WXX-WE",
	[NE_U_MONTH] = "XXXX-XX",
	[NE_U_QUARTER] = "XXXX-QX",
	[NE_U_YEAR] = "XXXX",
	[NE_U_DECADE] = "XXX",
};

/* Writes the unresolved point of unit u; false for a unit without one. */
static bool
v_unknown_point(char *v, int u)
{
	if (u <= 0 || u >= (int) (sizeof(unknown_point) / sizeof(unknown_point[0])) || unknown_point[u] == NULL)
		return false;
	snprintf(v, 48, "%s", unknown_point[u]);
	return true;
}

/* Writes the day offset days from the publication, or XXXX-XX-XX without a publication date. */
void
dt_v_pub_day(dctx *c, char *v, int32_t offset)
{
	if (c->pub)
		dt_v_days(v, c->pdays + offset);
	else
		v_unknown_point(v, NE_U_DAY);
}

/* Value of a point n units before (sign -1) or after (+1) the publication, at the unit's granularity. */
bool
dt_v_shift(dctx *c, char *v, int n, int u, int sign, bool quarter_ctx)
{
	int			y = c->py,
				m = c->pm;

	if (!c->pub)
	{
		/* N decades ago is a year; shifted quarters and weekends get no unresolved value */
		if (u == NE_U_QUARTER || u == NE_U_WEEKEND)
			return false;
		return v_unknown_point(v, u == NE_U_DECADE ? NE_U_YEAR : u);
	}
	if (n > 5000)
		return false;
	switch (u)
	{
		case NE_U_YEAR:
			if (quarter_ctx && n == 1)
			{
				dt_v_quarter(v, c->py - 1, c->pq - 1);
				return true;
			}
			dt_v_year(v, c->py + sign * n);
			return true;
		case NE_U_DECADE:
			dt_v_year(v, c->py + sign * 10 * n);
			return true;
		case NE_U_MONTH:
			ne_add_months(&y, &m, sign * n);
			dt_v_month(v, y, m);
			return true;
		case NE_U_QUARTER:
			dt_v_quarter(v, c->py, c->pq + sign * n);
			return true;
		case NE_U_WEEK:
			dt_v_week_of(v, c->pdays + sign * 7 * n);
			return true;
		case NE_U_DAY:
			dt_v_days(v, c->pdays + sign * n);
			return true;
		case NE_U_HOUR:
		case NE_U_MINUTE:
			dt_v_days(v, c->pdays);
			return true;
	}
	return false;
}

/* Value of "this/last/next <unit>" (delta -1, 0, +1). */
bool
dt_v_rel_unit(dctx *c, char *v, int u, int delta)
{
	if (!c->pub)
		return u != NE_U_DAY && v_unknown_point(v, u);	/* "last day" is never a point here */
	switch (u)
	{
		case NE_U_YEAR:
		case NE_U_MONTH:
		case NE_U_WEEK:
		case NE_U_QUARTER:
			return dt_v_shift(c, v, delta < 0 ? -delta : delta, u, delta < 0 ? -1 : 1, false);
		case NE_U_WEEKEND:
			dt_v_week_of(v, c->pdays + 7 * delta);
			dt_v_cat(v, "-WE");
			return true;
		case NE_U_DECADE:
			snprintf(v, 48, "%03d", c->py / 10 + delta);
			return true;
		case NE_U_CENTURY:
			snprintf(v, 48, "%02d", c->py / 100 + delta);
			return true;
	}
	return false;
}

/*
 * Value of "that year", "that month", "that week", "that quarter", "the same
 * day" (unit u): the part of the last date named that the unit covers, when
 * that date is at least as fine as the unit; false otherwise.  TimeML
 * resolves these anaphoric expressions against the narrative's last date,
 * not the publication date: "He was born in June 1998. That year ..." is 1998.
 */
bool
dt_v_anaphoric(dctx *c, char *v, int u)
{
	return dt_v_anaphoric_shift(c, v, u, 0);
}

/*
 * Value of the unit u that is delta units from the last date named: "the
 * following year" (+1), "the previous month" (-1), "the next day" (+1);
 * false when that date is coarser than the unit.
 */
bool
dt_v_anaphoric_shift(dctx *c, char *v, int u, int delta)
{
	const char *l = c->last_date;
	size_t		n = strlen(l);
	int			y,
				m = 0,
				d = 0,
				q = 0;

	if (n < 4)
		return false;
	y = num_at(l, 0, 4);
	if (n >= 7 && l[4] == '-' && is_digit((unsigned char) l[5]) && is_digit((unsigned char) l[6]))
	{
		m = num_at(l, 5, 7);
		if (n >= 10 && l[7] == '-' && is_digit((unsigned char) l[8]) && is_digit((unsigned char) l[9]))
			d = num_at(l, 8, 10);
		if (m < 1 || m > 12 || (d && !ne_valid_ymd(y, m, d)))
			return false;
		q = (m - 1) / 3 + 1;
	}
	else if (n == 7 && l[4] == '-' && l[5] == 'Q' && l[6] >= '1' && l[6] <= '4')
		q = l[6] - '0';
	switch (u)
	{
		case NE_U_YEAR:
			if (y + delta < 1000 || y + delta > 2999)
				return false;
			dt_v_year(v, y + delta);
			return true;
		case NE_U_QUARTER:
			if (q == 0)
				return false;
			dt_v_quarter(v, y, q + delta);
			return true;
		case NE_U_MONTH:
			if (m == 0)
				return false;
			ne_add_months(&y, &m, delta);
			dt_v_month(v, y, m);
			return true;
		case NE_U_WEEK:
			if (d == 0)
			{
				if (delta == 0 && n == 8 && l[5] == 'W' && is_digit((unsigned char) l[6]) &&
					is_digit((unsigned char) l[7]))
				{
					snprintf(v, 48, "%.8s", l);
					return true;
				}
				return false;
			}
			dt_v_week_of(v, ne_days_from_civil(y, m, d) + 7 * delta);
			return true;
		case NE_U_DAY:
			if (d == 0)
				return false;
			dt_v_days(v, ne_days_from_civil(y, m, d) + delta);
			return true;
	}
	return false;
}
