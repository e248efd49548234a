/*
 * dates_units.c -- rules for units and quantities.
 *
 * Durations (three years), points N units ago, this/last/next unit, sets
 * (every two weeks), quarters and halves with an ordinal, Q3/H1, centuries.
 */

#include "dates_internal.h"
#include "calendar.h"

#include <stdio.h>
#include <string.h>

/* Number value of a quantity ending at token i (digits or number words); sets *first; -1 if none, -2 vague. */
static int
quantity_before(win *w, int i, int *first)
{
	const dtok *t = tok(w, i);

	if (t == NULL)
		return -1;
	if (t->kind == T_NUM)
	{
		if (t->ndig > 6 || is_punct(w, i - 1, ',') || is_punct(w, i - 1, '$') ||
			(t->ndig == 4 && t->num >= 1900 && t->num <= 2099))
			return -1;
		if (is_punct(w, i - 1, '.') && adjacent(w, i - 1) && adjacent(w, i - 2) && tok(w, i - 2)->kind == T_NUM)
		{
			/* 1.5 years */
			if (tok(w, i - 2)->ndig > 6 || t->ndig > 3)
				return -1;
			*first = i - 2;
			return -3;
		}
		*first = i;
		return t->num;
	}
	if (t->kind != T_WORD)
		return -1;
	if (t->cls == LX_NUM)
	{
		int			v = t->val;

		*first = i;
		if (v == 100 || v == 1000)
		{
			int			f2;
			int			m;

			if (is_func(w, i - 1, NE_F_A))
			{
				*first = i - 1;
				return v;
			}
			m = quantity_before(w, i - 1, &f2);
			if (m > 0 && m < 100)
			{
				*first = f2;
				return m * v;
			}
			return v;
		}
		if (v < 10)
		{
			/* twenty four, twenty-four */
			int			j = i - 1;

			if (is_punct(w, j, '-') && adjacent(w, j) && adjacent(w, j - 1))
				j--;
			if (is_cls(w, j, LX_NUM, -1) && tok(w, j)->val >= 20 && tok(w, j)->val <= 90 && tok(w, j)->val % 10 == 0)
			{
				*first = j;
				return tok(w, j)->val + v;
			}
		}
		return v;
	}
	if (t->cls == LX_FUNC && t->val == NE_F_A)
	{
		*first = i;
		return 1;
	}
	if (t->cls == LX_VAGUE)
	{
		*first = i;
		if (is_func(w, i - 1, NE_F_A))
			*first = i - 1;
		return -2;
	}
	if (t->cls == LX_FUNC && t->val == NE_F_OF && is_cls(w, i - 1, LX_VAGUE, -1))
	{
		/* a couple of */
		*first = i - 1;
		if (is_func(w, i - 2, NE_F_A))
			*first = i - 2;
		return is_word(w, i - 1, "couple") ? 2 : -2;
	}
	return -1;
}

/* The suffixes of ordinal numbers in digits: 1st, 2nd, 3rd, 4th. */
static const char *const ordinal_suffixes[] = {"st", "nd", "rd", "th"};

/* Is token i the suffix of an ordinal in digits (st, nd, rd, th)? */
static bool
is_ordinal_suffix(win *w, int i)
{
	for (int k = 0; k < (int) (sizeof(ordinal_suffixes) / sizeof(ordinal_suffixes[0])); k++)
		if (is_word(w, i, ordinal_suffixes[k]))
			return true;
	return false;
}

/* Ordinal value of token i (first, 3rd, 20th), or 0. */
int
dt_ordinal_at(win *w, int i)
{
	const dtok *t = tok(w, i);

	if (t == NULL)
		return 0;
	if (t->kind == T_WORD && t->cls == LX_ORD)
		return t->val;
	if (t->kind == T_NUM && t->ndig <= 2 && adjacent(w, i) && is_ordinal_suffix(w, i + 1))
		return t->num;
	return 0;
}

/* Ordinal ending at word token i (third, or the "th" of 20 th); its first token in *first; 0 if none. */
static int
ordinal_before(win *w, int i, int *first)
{
	const dtok *t = tok(w, i);
	int			at = i;
	int			v = 0;

	if (t == NULL || t->kind != T_WORD)
		return 0;
	if (t->cls == LX_ORD)
		v = t->val;
	else if (i >= 1)
		v = dt_ordinal_at(w, --at);
	if (v)
		*first = at;
	return v;
}

/* Quarter / half with an ordinal: the third quarter (of 1990), third-quarter, first half. */
static bool
rule_quarter(win *w, int i, cand *cd)
{
	dctx	   *c = w->c;
	int			u = tok(w, i)->val;
	int			j = i - 1;
	int			first = i;
	int			q;
	int			y = 0;
	int			last = i;
	int			of;

	if (is_punct(w, j, '-') && adjacent(w, j) && adjacent(w, j - 1))
		j--;
	q = ordinal_before(w, j, &first);
	if (!q && is_cls(w, j, LX_REL, NE_REL_LAST) && u == NE_U_HALF)
	{
		q = 2;
		first = j;
	}
	if (q < 1 || q > (u == NE_U_HALF ? 2 : 4))
		return false;
	cand_set(w, cd, first, i, NE_TIMEX_DATE);
	of = dt_year_after(w, i, &last);
	if (of)
	{
		y = of;
		cand_extend_right(w, cd, last);
	}
	j = first - 1;
	if (is_func(w, j, NE_F_FISCAL) || (is_punct(w, j, '-') && is_func(w, j - 1, NE_F_FISCAL)))
	{
		j = is_punct(w, j, '-') ? j - 2 : j - 1;
		cand_extend_to(w, cd, j + 1);
	}
	if (!y && dt_year_of_tok(tok(w, j)))
	{
		y = tok(w, j)->num;
		cand_extend_to(w, cd, j);
		j--;
	}
	else if (!y && is_word(w, j, "s") && is_punct(w, j - 1, '\'') && is_cls(w, j - 2, LX_UNIT, NE_U_YEAR) &&
			 is_cls(w, j - 3, LX_REL, -1) && c->pub)
	{
		/* this year's / last year's / next year's */
		int			r = tok(w, j - 3)->val;

		y = dt_rel_year(c, r);
		cand_extend_to(w, cd, j - 3);
		j -= 4;
	}
	else if (!y && is_cls(w, j, LX_REL, -1) && c->pub)
	{
		int			r = tok(w, j)->val;

		if (r == NE_REL_THIS)
		{
			cand_extend_to(w, cd, j);
			j--;
		}
	}
	if (is_func(w, j, NE_F_THE) && !(is_punct(w, i - 1, '-') && adjacent(w, i - 1)))
		cand_extend_to(w, cd, j);
	if (!y && c->pub)
	{
		y = c->py;
		if (u == NE_U_QUARTER && q > c->pq && !dt_future_around(w, cd->first, cd->last, false))
			y--;				/* (the window may not reach "expects inflation to fall in the second quarter") */
	}
	dt_v_quarter_of(cd->value, y ? y : DT_NO_YEAR, u == NE_U_HALF, q);
	if (cd->first == first)
		dt_extend_left(w, cd, !(is_punct(w, i - 1, '-') && adjacent(w, i - 1)), false);
	return true;
}

/* Q3, Q3 2016, H1 2017 at token i. */
bool
dt_rule_qn(win *w, int i, cand *cd)
{
	dctx	   *c = w->c;
	const dtok *n = tok(w, i + 1);
	bool		half = c->t[tok(w, i)->s] == 'H';
	int			q;
	int			y = 0;

	if (!n || n->kind != T_NUM || n->ndig != 1 || !adjacent(w, i))
		return false;
	q = n->num;
	if (q < 1 || q > (half ? 2 : 4))
		return false;
	cand_set(w, cd, i, i + 1, NE_TIMEX_DATE);
	if (dt_year_of_tok(tok(w, i + 2)) && !adjacent(w, i + 1))
	{
		y = tok(w, i + 2)->num;
		cand_extend_right(w, cd, i + 2);
	}
	else if (dt_year_of_tok(tok(w, i - 1)) && !adjacent(w, i - 1))
	{
		y = tok(w, i - 1)->num;	/* 2016 Q3 */
		cand_extend_to(w, cd, i - 1);
	}
	else if (c->pub)
	{
		y = c->py;
		if (!half && q > c->pq && !dt_future_around(w, i, i + 1, false))
			y--;
	}
	dt_v_quarter_of(cd->value, y ? y : DT_NO_YEAR, half, q);
	return true;
}

/* "the latest period" in a quarterly report: the last quarter before publication. */
bool
dt_rule_period(win *w, int i, cand *cd)
{
	dctx	   *c = w->c;
	int			j = i - 1;

	if (!is_func(w, i, NE_F_PERIOD))
		return false;
	if (is_func(w, j, NE_F_FISCAL))
		j--;
	if (!is_cls(w, j, LX_REL, NE_REL_LATEST) || !is_func(w, j - 1, NE_F_THE) || !c->pub ||
		!dt_quarter_before(c, tok(w, i)->s))
		return false;
	cand_set(w, cd, j - 1, i, NE_TIMEX_DATE);
	dt_v_quarter(cd->value, c->py, c->pq - 1);
	return true;
}

/* The 20th century, 11th century. */
static bool
rule_century(win *w, int i, cand *cd)
{
	int			first = i;
	int			n = ordinal_before(w, i - 1, &first);

	if (n < 1 || n > 30)
		return false;
	cand_set(w, cd, first, i, NE_TIMEX_DATE);
	snprintf(cd->value, 48, "%02d", n - 1);
	dt_extend_left(w, cd, true, false);
	return true;
}

/* year-ago or year-earlier at unit token i (year-ago quarter, the year-earlier period): a year before the publication. */
static bool
year_ago(win *w, int i, cand *cd)
{
	dctx	   *c = w->c;
	const dtok *t = tok(w, i);
	int			last = i + 2;
	bool		qctx = false;
	int			k = i + 3;

	/* the year-earlier nine months: a duration, taken at "months" */
	if ((is_cls(w, k, LX_NUM, -1) || (tok(w, k) && tok(w, k)->kind == T_NUM)) &&
		is_cls(w, k + 1, LX_UNIT, -1))
		return false;

	if (dt_ordinal_at(w, k) && (is_cls(w, k + 1, LX_UNIT, NE_U_QUARTER) || is_cls(w, k + 2, LX_UNIT, NE_U_QUARTER)))
	{
		last = is_cls(w, k + 1, LX_UNIT, NE_U_QUARTER) ? k + 1 : k + 2;
		qctx = true;
	}
	else if (is_cls(w, k, LX_UNIT, NE_U_QUARTER) || is_func(w, k, NE_F_PERIOD))
	{
		last = k;
		qctx = true;
	}
	else
		qctx = dt_quarter_before(c, t->s);
	cand_set(w, cd, i, last, NE_TIMEX_DATE);
	if (last > i + 2 && is_func(w, i - 1, NE_F_THE))
		cand_extend_to(w, cd, i - 1);
	return dt_v_shift(c, cd->value, 1, NE_U_YEAR, -1, qctx);
}

/* A hyphenated adjective ending at unit token i (two-year, 10-year, 8-month-old): a duration, or nothing. */
static bool
unit_adjective(win *w, int i, int u, cand *cd)
{
	int			j = i - 1;
	int			f2 = j - 1;
	int			n = quantity_before(w, j - 1, &f2);

	if (is_func(w, j - 1, NE_F_A))
		return false;		/* $15-an-hour: a rate */
	if (n > 0 || (n == -2 && is_cls(w, j - 1, LX_VAGUE, -1)))
	{
		int			last = i;

		if (is_punct(w, i + 1, '-') && adjacent(w, i) && adjacent(w, i + 1) && is_func(w, i + 2, NE_F_OLD))
			return false;	/* ages: a 6-year-old */
		if (is_punct(w, i + 1, '-') && adjacent(w, i) && adjacent(w, i + 1) && is_func(w, i + 2, NE_F_LONG))
			last = i + 2;
		if (u == NE_U_WEEKEND || u == NE_U_HALF)
			return false;
		cand_set(w, cd, f2, last, NE_TIMEX_DURATION);
		dt_v_duration(cd->value, n, u);
		return true;
	}
	return false;
}

/*
 * A quantity n (from token first) before unit token i: a duration (two
 * years), a point (two years ago, two weeks from now), a set (every two
 * weeks, twice a year); half: n and a half units.
 */
static bool
unit_quantity(win *w, int i, int u, int n, int first, bool half, cand *cd)
{
	dctx	   *c = w->c;
	const dtok *t = tok(w, i);
	int			j = i - 1;
	int			last = i;
	bool		ago = false;
	int			sign = -1;
	int			k;

	cand_set(w, cd, first, i, NE_TIMEX_DURATION);
	/* "the past/next/last/first/coming ..." */
	k = first - 1;
	if (is_cls(w, k, LX_REF, NE_REF_PASTWORD))
	{
		cand_extend_to(w, cd, k);
		k--;
	}
	else if (is_cls(w, k, LX_REL, -1) || is_cls(w, k, LX_ORD, 1))
	{
		int			r = tok(w, k)->val;

		if (is_cls(w, k, LX_ORD, 1) || dt_rel_direction(r) != 0 || r == NE_REL_LATEST)
		{
			cand_extend_to(w, cd, k);
			k--;
		}
	}
	if ((is_func(w, k, NE_F_EARLIER) || is_func(w, k, NE_F_AGO)) && is_punct(w, k - 1, '-') &&
		is_cls(w, k - 2, LX_UNIT, NE_U_YEAR) && adjacent(w, k - 1) && adjacent(w, k - 2))
	{
		cand_extend_to(w, cd, k - 2);
		k -= 3;
	}
	if (is_func(w, k, NE_F_THE))
	{
		cand_extend_to(w, cd, k);
		k--;
	}
	/* two to three weeks: the span of the range, the value of its lower end */
	if (n > 0 && first >= 2 && is_func(w, first - 1, NE_F_TO) && cd->first == first)
	{
		int			f2;
		int			lo = quantity_before(w, first - 2, &f2);

		if (lo > 0 && lo < n)
		{
			cand_extend_to(w, cd, f2);
			n = lo;
			k = f2 - 1;
			if (is_cls(w, k, LX_REL, -1) || is_cls(w, k, LX_REF, NE_REF_PASTWORD))
			{
				cand_extend_to(w, cd, k);
				k--;
			}
			if (is_func(w, k, NE_F_THE))
				cand_extend_to(w, cd, k);
		}
	}
	/* a week or so (ago) */
	if (is_func(w, i + 1, NE_F_OR) && is_func(w, i + 2, NE_F_SO))
	{
		last = i + 2;
		cd->mod = "APPROX";
		cand_extend_right(w, cd, last);
		i += 2;
	}
	if (n > 0 && is_func(w, i + 1, NE_F_AND) && is_func(w, i + 2, NE_F_A) && is_cls(w, i + 3, LX_UNIT, NE_U_HALF))
	{
		last = i + 3;		/* a year and a half */
		half = true;
	}
	if (half)
		;
	else if (is_func(w, i + 1, NE_F_AGO) && n != -3)
	{
		last = i + 1;
		ago = true;
	}
	else if (n > 0 && is_func(w, i + 1, NE_F_FROM) && is_cls(w, i + 2, LX_REF, NE_REF_PRESENT) &&
			 cd->first == first)
	{
		last = i + 2;		/* two weeks from now */
		ago = true;
		sign = 1;
	}
	else if (is_func(w, i + 1, NE_F_EARLIER) && n > 0 &&
			 cd->first == first && !is_punct(w, i + 2, '-'))
	{
		last = i + 1;
		ago = true;
	}
	cand_extend_right(w, cd, last);
	if (ago)
	{
		cd->type = NE_TIMEX_DATE;
		if (n < 0)
			snprintf(cd->value, 48, "PAST_REF");
		else if (!dt_v_shift(c, cd->value, n, u, sign,
						  sign < 0 && u == NE_U_YEAR && n == 1 && dt_quarter_before(c, t->s)))
			return false;
	}
	else if (n > 0 && cd->first == first && cand_set_from_every(w, cd, cd->first - 1))
	{
		dt_v_duration(cd->value, n, u);	/* every two weeks */
		return true;
	}
	else if (half)
	{
		if (!dt_v_duration_half(cd->value, n, u))
			return false;
	}
	else if (n == -3)
	{
		const dtok *frac = tok(w, first + 2);

		if (u == NE_U_DECADE || u == NE_U_CENTURY || u == NE_U_QUARTER)
			return false;
		dt_v_duration_decimal(cd->value, tok(w, first)->num, c->t + frac->s, frac->e - frac->s, u);
	}
	else
	{
		/* "a year" after twice / once / N times: a set */
		if (n == 1 && first == j && is_func(w, j, NE_F_A) &&
			(is_func(w, j - 1, NE_F_TWICE) || is_func(w, j - 1, NE_F_ONCE) || is_func(w, j - 1, NE_F_TIMES)))
		{
			int			f3 = j - 1;

			if (is_func(w, j - 1, NE_F_TIMES))
			{
				int			f4;

				if (quantity_before(w, j - 2, &f4) > 0)
					f3 = f4;
			}
			cand_extend_to(w, cd, f3);
			cd->type = NE_TIMEX_SET;
			dt_v_duration(cd->value, 1, u);
			return true;
		}
		dt_v_duration(cd->value, n, u);
	}
	dt_extend_left(w, cd, false, !ago);
	return true;
}

/* A relative word at token j before unit token i: this year, last week, the past decade, recent months. */
static bool
unit_relative(win *w, int i, int u, bool plural, int j, cand *cd)
{
	dctx	   *c = w->c;
	int			r = 0;
	bool		the = false;
	int			jj = j;

	if (is_cls(w, jj, LX_REL, -1))
		r = tok(w, jj)->val;
	else if (tok(w, jj)->val == NE_REF_CURRENT)
		r = NE_REL_THIS;
	else if (tok(w, jj)->val == NE_REF_PASTWORD)
		r = NE_REL_PAST;
	else
		r = -1;				/* recent */
	the = is_func(w, jj - 1, NE_F_THE);
	cand_set(w, cd, jj, i, NE_TIMEX_DATE);
	/*
	 * "the following year", "the previous month", "the preceding week", "the
	 * next day": a unit after or before the narrative's last date, as TimeML
	 * resolves them ("In 1995 ... the following year" is 1996); "next year"
	 * and "the next year" (over the next year) stay with the publication.
	 */
	if (the && !plural && (r == NE_REL_FOLLOWING || r == NE_REL_PREVIOUS || (r == NE_REL_NEXT && u == NE_U_DAY)) &&
		(u == NE_U_YEAR || u == NE_U_QUARTER || u == NE_U_MONTH || u == NE_U_WEEK || u == NE_U_DAY) &&
		dt_v_anaphoric_shift(c, cd->value, u, r == NE_REL_PREVIOUS ? -1 : 1))
	{
		cd->anaphoric = true;
		cand_extend_to(w, cd, jj - 1);
		if (cd->first == jj - 1 && is_in(w, jj - 2, LX_FUNC, EARLIER_OR_LATER))
			dt_extend_left(w, cd, false, false);
		return true;
	}
	if (plural)
	{
		if (r == NE_REL_THESE && u == NE_U_DAY)
		{
			snprintf(cd->value, 48, "PRESENT_REF");
			return true;
		}
		if ((r == -1 || r == NE_REL_PAST) && !the && (u == NE_U_YEAR || u == NE_U_DAY))
		{
			snprintf(cd->value, 48, "PAST_REF");
			return true;
		}
		if (r == -1 || r == NE_REL_PAST || r == NE_REL_COMING || r == NE_REL_LAST ||
			r == NE_REL_NEXT)
		{
			cd->type = NE_TIMEX_DURATION;
			dt_v_duration(cd->value, -1, u);
			if (the)
				cand_extend_to(w, cd, jj - 1);
			return true;
		}
		return false;
	}
	if (r == -1 || r == NE_REL_THESE || r == NE_REL_FIRST)
		return false;
	if (r == NE_REL_PAST && !the && !is_cls(w, jj - 1, LX_REL, NE_REL_THIS))
	{
		/* "past decade" */
		cd->type = NE_TIMEX_DURATION;
		dt_v_duration(cd->value, 1, u);
		return true;
	}
	if (the)
		cand_extend_to(w, cd, jj - 1);
	else if (r == NE_REL_PAST && is_cls(w, jj - 1, LX_REL, NE_REL_THIS))
		cand_extend_to(w, cd, jj - 1);	/* this past weekend */
	if (u == NE_U_DAY || u == NE_U_HOUR || u == NE_U_MINUTE || u == NE_U_SECOND)
	{
		if (r == NE_REL_PAST || r == NE_REL_LAST)
		{
			cd->type = NE_TIMEX_DURATION;
			dt_v_duration(cd->value, 1, u);
			return true;
		}
		return false;
	}
	if ((u == NE_U_DECADE || u == NE_U_CENTURY) && (r == NE_REL_PAST || r == NE_REL_LAST))
	{
		cd->type = NE_TIMEX_DURATION;
		dt_v_duration(cd->value, u == NE_U_DECADE ? 1 : 100, u == NE_U_DECADE ? u : NE_U_YEAR);
		return true;
	}
	if (r == NE_REL_LATEST && u != NE_U_QUARTER && u != NE_U_YEAR)
		return false;
	if (!dt_v_rel_unit(c, cd->value, u, r == NE_REL_LATEST ? -1 : dt_rel_direction(r)))
		return false;
	if (is_func(w, i + 1, NE_F_OR) && is_func(w, i + 2, NE_F_SO))
	{
		cand_extend_right(w, cd, i + 2);	/* the next year or so */
		cd->mod = "APPROX";
	}
	/* "earlier this week": the week alone; "earlier this month/year" keep their modifier */
	if ((cd->first == jj || is_cls(w, cd->first - 1, LX_MOD, -1) || is_func(w, cd->first - 1, NE_F_OF)) &&
		!(u == NE_U_WEEK &&
		  is_in(w, cd->first - 1, LX_FUNC, EARLIER_OR_LATER)))
		dt_extend_left(w, cd, false, false);
	return true;
}

/*
 * "the day before Thanksgiving", "the day after Jan. 5", "the day before
 * last Tuesday" (unit token i is "day", j "the"): the day of the date that
 * follows, one day earlier or later, as one expression.  False when no day
 * follows (the day after his death).
 */
static bool
day_before_after(win *w, int i, int j, cand *cd)
{
	int			k = i + 2;
	int			delta = is_func(w, i + 1, NE_F_BEFORE) ? -1 : is_func(w, i + 1, NE_F_AFTER) ? 1 : 0;
	cand		m;
	bool		ok = false;

	if (delta == 0)
		return false;
	memset(&m, 0, sizeof(m));
	if (is_cls(w, k, LX_REL, -1) && is_cls(w, k + 1, LX_WEEKDAY, -1))
		k++;
	if (is_cls(w, k, LX_WEEKDAY, -1) || is_cls(w, k, LX_WEEKDAY_ABBR, -1))
		ok = dt_rule_weekday(w, k, &m);
	else if (is_month(w, k))
		ok = dt_rule_month(w, k, &m);
	else if (is_cls(w, k, LX_HOLIDAY, -1))
		ok = dt_rule_holiday(w, k, &m);
	if (!ok || m.type != NE_TIMEX_DATE || strlen(m.value) != 10 || !is_digit((unsigned char) m.value[0]) ||
		m.first < i + 2)
		return false;
	cand_set(w, cd, j, i, NE_TIMEX_DATE);
	cd->last = m.last;
	cd->e = m.e;
	dt_v_days(cd->value, ne_days_from_civil(num_at(m.value, 0, 4), num_at(m.value, 5, 7),
										num_at(m.value, 8, 10)) + delta);
	return true;
}

/* "the" at token j before unit token i: the year 1990, the quarter, the week of March 6, the weekend. */
static bool
unit_after_the(win *w, int i, int u, int j, cand *cd)
{
	dctx	   *c = w->c;
	int			last = i;
	int			yw = u == NE_U_YEAR ? dt_year_words(w, i + 1, &last) : 0;

	if (u == NE_U_DAY && day_before_after(w, i, j, cd))
		return true;

	if (yw == 0 && u == NE_U_YEAR)
		yw = dt_year_of_tok(tok(w, i + 1)), last = i + 1;
	cand_set(w, cd, j, i, NE_TIMEX_DATE);
	if (yw)
	{
		cand_extend_right(w, cd, last);
		dt_v_year(cd->value, yw);
		return true;
	}
	if (u == NE_U_YEAR)
	{
		/* "the year ended June 30" is a fiscal period: a duration */
		if (is_word(w, i + 1, "ended") || is_word(w, i + 1, "ending") || is_func(w, j - 1, NE_F_DURING) ||
			is_func(w, j - 1, NE_F_OVER))
		{
			cd->type = NE_TIMEX_DURATION;
			snprintf(cd->value, 48, "P1Y");
			return true;
		}
		if (!dt_v_rel_unit(c, cd->value, NE_U_YEAR, 0))
			return false;
	}
	else if (u == NE_U_QUARTER)
	{
		if (!dt_v_rel_unit(c, cd->value, NE_U_QUARTER, -1))
			return false;
	}
	else if (u == NE_U_WEEK && is_func(w, i + 1, NE_F_OF) &&
			 is_month(w, i + 2))
	{
		/* the week of March 6: the ISO week of that day */
		cand		m;

		memset(&m, 0, sizeof(m));
		if (!dt_rule_month(w, i + 2, &m) || strlen(m.value) != 10 || m.value[0] == 'X')
			return false;
		dt_v_week_of(cd->value, ne_days_from_civil(num_at(m.value, 0, 4), num_at(m.value, 5, 7),
												num_at(m.value, 8, 10)));
		cd->last = m.last;
		cd->e = m.e;
	}
	else if ((u == NE_U_MONTH || u == NE_U_WEEK) && is_func(w, j - 1, NE_F_OF) &&
			 is_in(w, j - 2, LX_MOD, LXSET(NE_MOD_END) | LXSET(NE_MOD_BEGINNING) | LXSET(NE_MOD_MIDDLE)) &&
			 is_func(w, j - 3, NE_F_THE) && !is_func(w, i + 1, NE_F_OF))
	{
		/*
		 * "by the end of the month", "the beginning of the week": the month
		 * or week of the publication, with the part as mod (START, MID, END).
		 */
		if (!dt_v_rel_unit(c, cd->value, u, 0))
			return false;
	}
	else if (u == NE_U_WEEK && !is_func(w, i + 1, NE_F_OF))
	{
		/* "for the week": some week of the publication year */
		if (c->pub)
			snprintf(cd->value, 48, "%04d-WXX", c->py);
		else
			snprintf(cd->value, 48, "XXXX-WXX");
	}
	else if (u == NE_U_WEEKEND)
	{
		if (!c->pub)
			snprintf(cd->value, 48, "XXXX-WXX-WE");
		else
			dt_v_rel_unit(c, cd->value, NE_U_WEEKEND, c->pwd <= 3 ? -1 : 0);
	}
	else
		return false;
	dt_extend_left(w, cd, false, false);
	return true;
}

/*
 * "that year", "that month", "that week", "that quarter", "that day", "the
 * same day", "that same year" at unit token i (j: the token before it): the
 * narrative's last date at the unit's granularity, never the publication
 * date; with "later"/"earlier" before it, the modifier joins (later that
 * year: the year, mod END).  Not before a hyphen (that day-to-day work) and
 * not without an earlier date that fine (nothing to refer to).
 */
static bool
unit_anaphoric(win *w, int i, int u, int j, cand *cd)
{
	int			first;

	if (is_func(w, j, NE_F_THAT))
		first = j;
	else if (is_func(w, j, NE_F_SAME) && (is_func(w, j - 1, NE_F_THE) || is_func(w, j - 1, NE_F_THAT)))
		first = j - 1;
	else
		return false;
	if (is_punct(w, i + 1, '-') && adjacent(w, i))
		return false;
	cand_set(w, cd, first, i, NE_TIMEX_DATE);
	if (!dt_v_anaphoric(w->c, cd->value, u))
		return false;
	cd->anaphoric = true;
	/*
	 * the same month last year, the same quarter a year earlier, the same
	 * day in 1985: that part of the calendar in the other year
	 */
	if (u == NE_U_MONTH || u == NE_U_QUARTER || u == NE_U_DAY)
	{
		int			y = 0,
					last = 0;

		if (is_cls(w, i + 1, LX_REL, NE_REL_LAST) && is_cls(w, i + 2, LX_UNIT, NE_U_YEAR) &&
			!(tok(w, i + 2)->lflags & NE_LXF_PLURAL))
			y = num_at(cd->value, 0, 4) - 1, last = i + 2;
		else if (is_func(w, i + 1, NE_F_A) && is_cls(w, i + 2, LX_UNIT, NE_U_YEAR) &&
				 !(tok(w, i + 2)->lflags & NE_LXF_PLURAL) &&
				 (is_func(w, i + 3, NE_F_EARLIER) || is_func(w, i + 3, NE_F_AGO)))
			y = num_at(cd->value, 0, 4) - 1, last = i + 3;
		else if ((is_func(w, i + 1, NE_F_OF) || is_func(w, i + 1, NE_F_IN)) && dt_year_of_tok(tok(w, i + 2)))
			y = dt_year_of_tok(tok(w, i + 2)), last = i + 2;
		if (y >= 1000 && y <= 2999)
		{
			char		v[48];

			snprintf(v, sizeof(v), "%04d%s", y, cd->value + 4);
			if (u == NE_U_DAY && !ne_valid_ymd(y, num_at(v, 5, 7), num_at(v, 8, 10)))
				return false;
			memcpy(cd->value, v, sizeof(v));
			cand_extend_right(w, cd, last);
		}
	}
	dt_extend_left(w, cd, false, false);
	return true;
}

/* Units: durations, "N units ago", "last week", "every month", "year-ago", quarters, centuries. */
bool
dt_rule_unit(win *w, int i, cand *cd)
{
	dctx	   *c = w->c;
	const dtok *t = tok(w, i);
	int			u = t->val;
	bool		plural = (t->lflags & NE_LXF_PLURAL) != 0;
	int			j = i - 1;
	int			first = i;
	int			n;
	bool		half = false;

	/* year-ago, year-earlier: a point a year back; year-end */
	if (u == NE_U_YEAR && !plural && is_punct(w, i + 1, '-') && adjacent(w, i) && adjacent(w, i + 1))
	{
		if (is_func(w, i + 2, NE_F_AGO) || is_func(w, i + 2, NE_F_EARLIER))
			return year_ago(w, i, cd);
		if (is_cls(w, i + 2, LX_MOD, NE_MOD_END) && adjacent(w, i + 1))
		{
			cand_set(w, cd, i, i + 2, NE_TIMEX_DATE);
			if (!dt_v_rel_unit(c, cd->value, NE_U_YEAR, 0))
				return false;
			cd->mod = "END";
			return true;
		}
	}
	/* year end */
	if (u == NE_U_YEAR && !plural && is_cls(w, i + 1, LX_MOD, NE_MOD_END) && !is_func(w, i + 2, NE_F_OF))
	{
		cand_set(w, cd, i, i + 1, NE_TIMEX_DATE);
		if (!dt_v_rel_unit(c, cd->value, NE_U_YEAR, 0))
			return false;
		dt_extend_left(w, cd, false, false);
		if (cd->mod == NULL || strcmp(cd->mod, "APPROX") != 0)
			cd->mod = "END";
		return true;
	}
	if (u == NE_U_QUARTER || u == NE_U_HALF)
	{
		if (!plural && rule_quarter(w, i, cd))
			return true;
	}
	if (u == NE_U_CENTURY && !plural && rule_century(w, i, cd))
		return true;

	/* hyphenated adjective: two-year, 10-year, 8-month-old */
	if (is_punct(w, j, '-') && adjacent(w, j) && adjacent(w, j - 1) && !plural)
		return unit_adjective(w, i, u, cd);

	/* 2 1/2 years */
	if (tok(w, j) && tok(w, j)->kind == T_NUM && tok(w, j)->num == 2 && is_punct(w, j - 1, '/') &&
		adjacent(w, j - 1) && adjacent(w, j - 2) && tok(w, j - 2) && tok(w, j - 2)->kind == T_NUM &&
		tok(w, j - 2)->num == 1 && tok(w, j - 3) && tok(w, j - 3)->kind == T_NUM && !adjacent(w, j - 3) &&
		tok(w, j - 3)->ndig <= 4)
	{
		n = tok(w, j - 3)->num;
		first = j - 3;
		half = true;
	}
	else
	{
		n = quantity_before(w, j, &first);
		/* a quantity before more/additional/extra: two more weeks, 20 more years, an additional year */
		if (n == -1 && (is_func(w, j, NE_F_MORE) || is_word(w, j, "additional") || is_word(w, j, "extra")))
			n = quantity_before(w, j - 1, &first);
		else if (n == -1 && !plural && is_word(w, j, "another") && !(t->cap && !t->allcaps))
		{
			n = 1;				/* another year */
			first = j;
		}
	}
	/* fractions: a quarter of the market, a quarter point, three quarters of */
	if (u == NE_U_QUARTER && n != -1 &&
		(is_func(w, i + 1, NE_F_OF) || (n == 1 && tok(w, j)->kind == T_WORD && tok(w, j)->cls == LX_FUNC) ||
		 is_word(w, i + 1, "point") || is_word(w, i + 1, "percentage")))
		return false;
	if (n != -1 && u != NE_U_WEEKEND && u != NE_U_HALF)
		return unit_quantity(w, i, u, n, first, half, cd);

	/* every / each / per unit */
	if (!plural && is_in(w, j, LX_FUNC, EVERY_OR_EACH | LXSET(NE_F_PER)))
	{
		if (u == NE_U_WEEKEND || u == NE_U_HALF)
			return false;
		cand_set(w, cd, j, i, NE_TIMEX_SET);
		dt_v_duration(cd->value, 1, u);
		return true;
	}

	/* this year's third quarter: the quarter rule takes it all */
	if (u == NE_U_YEAR && !plural && is_punct(w, i + 1, '\'') && is_word(w, i + 2, "s"))
	{
		int			k = i + 3;

		if (is_func(w, k, NE_F_FISCAL))
			k++;
		if (dt_ordinal_at(w, k))
		{
			int			qi = is_punct(w, k + 1, '-') ? k + 2 : k + 1;

			if (is_ordinal_suffix(w, k + 1))
				qi++;
			if ((is_cls(w, qi, LX_UNIT, NE_U_QUARTER) || is_cls(w, qi, LX_UNIT, NE_U_HALF)) &&
				rule_quarter(w, qi, cd) && cd->first <= i)
				return true;
		}
	}
	/* that year, the same day */
	if (!plural && (is_func(w, j, NE_F_THAT) || is_func(w, j, NE_F_SAME)))
		return unit_anaphoric(w, i, u, j, cd);
	/* fiscal year */
	if (is_func(w, j, NE_F_FISCAL) && !plural && (u == NE_U_YEAR || u == NE_U_QUARTER))
		j--;
	/* this / last / next / current / past / coming ... unit */
	if (is_cls(w, j, LX_REL, -1) || is_cls(w, j, LX_REF, NE_REF_CURRENT) ||
		is_cls(w, j, LX_REF, NE_REF_PASTWORD) || is_cls(w, j, LX_REF, NE_REF_RECENT))
		return unit_relative(w, i, u, plural, j, cd);

	/* the year / the quarter / the weekend */
	if (is_func(w, j, NE_F_THE) && !plural)
		return unit_after_the(w, i, u, j, cd);
	if (is_func(w, j, NE_F_FULL) && is_func(w, j - 1, NE_F_THE) && u == NE_U_YEAR && !plural)
	{
		cand_set(w, cd, j - 1, i, NE_TIMEX_DATE);
		return dt_v_rel_unit(c, cd->value, NE_U_YEAR, 0);
	}

	/* for years, in recent months */
	if (plural && (is_func(w, j, NE_F_FOR) || is_func(w, j, NE_F_WITHIN) || is_func(w, j, NE_F_OVER)) &&
		u != NE_U_WEEKEND && u != NE_U_QUARTER)
	{
		cand_set(w, cd, i, i, NE_TIMEX_DURATION);
		dt_v_duration(cd->value, -1, u);
		if (is_func(w, i + 1, NE_F_AGO))
		{
			cand_extend_right(w, cd, i + 1);
			cd->type = NE_TIMEX_DATE;
			snprintf(cd->value, 48, "PAST_REF");
		}
		return true;
	}
	if (plural && is_func(w, i + 1, NE_F_AGO))
	{
		cand_set(w, cd, i, i + 1, NE_TIMEX_DATE);
		snprintf(cd->value, 48, "PAST_REF");
		return true;
	}
	return false;
}
