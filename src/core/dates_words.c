/*
 * dates_words.c -- rules for word anchors.
 *
 * Months, weekdays, seasons, today/tomorrow, parts of the day, noon,
 * now/recently, daily/weekly, decades in words, holidays and years in words;
 * and the modifiers to the left of an expression (early, the end of, about).
 */

#include "dates_internal.h"
#include "calendar.h"

#include <stdio.h>
#include <string.h>

/* The TIMEX3 mod of a modifier word (NE_MOD_*). */
static const char *const mod_value[] = {
	[NE_MOD_EARLY] = "START",
	[NE_MOD_BEGINNING] = "START",
	[NE_MOD_MID] = "MID",
	[NE_MOD_MIDDLE] = "MID",
	[NE_MOD_LATE] = "END",
	[NE_MOD_END] = "END",
};

/* Modifiers of a point: early 1990, mid-November, late afternoon. */
#define POINT_MODS (LXSET(NE_MOD_EARLY) | LXSET(NE_MOD_MID) | LXSET(NE_MOD_LATE))

/* Modifiers that take "the ... of": the end of 1990, the beginning of May. */
#define PART_OF_MODS (LXSET(NE_MOD_END) | LXSET(NE_MOD_BEGINNING) | LXSET(NE_MOD_MIDDLE))

/* Words before "May" or "March" that make them months: in May, since March, every May. */
#define MONTH_CONTEXT_WORDS (LXSET(NE_F_IN) | LXSET(NE_F_SINCE) | LXSET(NE_F_UNTIL) | LXSET(NE_F_BY) | \
							 LXSET(NE_F_DURING) | LXSET(NE_F_FROM) | LXSET(NE_F_BEFORE) | LXSET(NE_F_AFTER) | \
							 LXSET(NE_F_THROUGH) | LXSET(NE_F_OF) | LXSET(NE_F_EACH) | LXSET(NE_F_EVERY))

/* Words before a bare season that make it a date: in summer, during the winter, by spring. */
#define SEASON_CONTEXT_WORDS (LXSET(NE_F_IN) | LXSET(NE_F_DURING) | LXSET(NE_F_SINCE) | LXSET(NE_F_UNTIL) | \
							  LXSET(NE_F_BY) | LXSET(NE_F_THROUGH))

/*
 * Extends cd to the left over modifiers: early/mid/late (mid- too), the
 * end/beginning/middle of, earlier/later, approximators, and "the" when
 * allow_the.  Stops at the end of the previous expression.
 */
void
dt_extend_left(win *w, cand *cd, bool allow_the, bool duration)
{
	int			i = cd->first - 1;

	/* mid-1996, mid-November, mid-afternoon */
	if (is_punct(w, i, '-') && adjacent(w, i) && is_cls(w, i - 1, LX_MOD, -1) && adjacent(w, i - 1))
	{
		if (is_in(w, i - 1, LX_MOD, POINT_MODS))
		{
			cd->mod = mod_value[tok(w, i - 1)->val];
			cand_extend_to(w, cd, i - 1);
			i -= 2;
		}
	}
	else if (is_in(w, i, LX_MOD, POINT_MODS))
	{
		cd->mod = mod_value[tok(w, i)->val];
		cand_extend_to(w, cd, i);
		i--;
	}
	else if (is_in(w, i, LX_FUNC, EARLIER_OR_LATER))
	{
		if (!duration)
		{
			cd->mod = is_func(w, i, NE_F_EARLIER) ? "START" : "END";
			cand_extend_to(w, cd, i);
			i--;
		}
	}
	else if (is_func(w, i, NE_F_OF) && is_cls(w, i - 1, LX_MOD, -1) && is_func(w, i - 2, NE_F_THE))
	{
		if (is_in(w, i - 1, LX_MOD, PART_OF_MODS))
		{
			cd->mod = mod_value[tok(w, i - 1)->val];
			cand_extend_to(w, cd, i - 2);
			return;
		}
	}
	/* "the" before a mod or a bare decade/quarter */
	if (allow_the && is_func(w, i, NE_F_THE))
	{
		cand_extend_to(w, cd, i);
		i--;
	}
	/* approximators */
	if (is_cls(w, i, LX_APPROX, -1))
	{
		if (!cd->mod)
			cd->mod = tok(w, i)->val == NE_AP_NEARLY ? (duration ? "EQUAL_OR_LESS" : "APPROX") : "APPROX";
		cand_extend_to(w, cd, i);
		i--;
	}
	else if (duration && (is_func(w, i, NE_F_THAN) && (is_func(w, i - 1, NE_F_MORE) || is_func(w, i - 1, NE_F_LESS))))
	{
		cd->mod = is_func(w, i - 1, NE_F_MORE) ? "MORE_THAN" : "LESS_THAN";
		if (is_func(w, i - 2, NE_F_NO))
		{
			cd->mod = "EQUAL_OR_LESS";
			cand_extend_to(w, cd, i - 2);
		}
		else
			cand_extend_to(w, cd, i - 1);
	}
	else if (duration && is_func(w, i, NE_F_LEAST) && is_func(w, i - 1, NE_F_AT))
	{
		cd->mod = "EQUAL_OR_MORE";
		cand_extend_to(w, cd, i - 1);
	}
	else if (duration && is_func(w, i, NE_F_TO) && is_func(w, i - 1, NE_F_UP))
	{
		cd->mod = "EQUAL_OR_LESS";
		cand_extend_to(w, cd, i - 1);
	}
}

/* Year named by a 4-digit number token (1000..2999), or 0. */
int
dt_year_of_tok(const dtok *t)
{
	if (t && t->kind == T_NUM && t->ndig == 4 && t->num >= 1000 && t->num <= 2999)
		return t->num;
	return 0;
}

/* A year in words at token i (nineteen ninety-six, two thousand); sets *last; 0 if none. */
int
dt_year_words(win *w, int i, int *last)
{
	const dtok *t = tok(w, i);

	if (t == NULL || t->kind != T_WORD || t->cls != LX_NUM)
		return 0;
	if (t->val == 19 && is_cls(w, i + 1, LX_NUM, -1) && tok(w, i + 1)->val >= 20 &&
		tok(w, i + 1)->val <= 90 && tok(w, i + 1)->val % 10 == 0)
	{
		int			y = 1900 + tok(w, i + 1)->val;

		*last = i + 1;
		if (is_punct(w, i + 2, '-') && adjacent(w, i + 1) && adjacent(w, i + 2) &&
			is_cls(w, i + 3, LX_NUM, -1) && tok(w, i + 3)->val < 10)
		{
			y += tok(w, i + 3)->val;
			*last = i + 3;
		}
		else if (is_cls(w, i + 2, LX_NUM, -1) && tok(w, i + 2)->val < 10)
		{
			y += tok(w, i + 2)->val;
			*last = i + 2;
		}
		return y;
	}
	if (t->val == 2 && is_cls(w, i + 1, LX_NUM, 1000))
	{
		*last = i + 1;
		return 2000;
	}
	return 0;
}

/* "nineteen ninety-six" at token i. */
bool
dt_rule_year_words(win *w, int i, cand *cd)
{
	int			last = i;
	int			y = dt_year_words(w, i, &last);

	if (y == 0)
		return false;
	cand_set(w, cd, i, last, NE_TIMEX_DATE);
	dt_v_year(cd->value, y);
	return true;
}

/*
 * After token i: "of 1990", "1990", "of this/last/next year", "this/last
 * year"; returns the year (0 if none) and the last token used in *last.
 */
int
dt_year_after(win *w, int i, int *last)
{
	dctx	   *c = w->c;
	int			j = i + 1;
	int			y;

	if (is_func(w, j, NE_F_OF))
		j++;
	if (is_func(w, j, NE_F_FISCAL))
		j++;
	y = dt_year_of_tok(tok(w, j));
	if (y)
	{
		*last = j;
		return y;
	}
	y = dt_year_words(w, j, last);
	if (y)
		return y;
	if (c->pub && is_cls(w, j, LX_REL, -1) && is_cls(w, j + 1, LX_UNIT, NE_U_YEAR))
	{
		int			r = tok(w, j)->val;

		*last = j + 1;
		if (r == NE_REL_THIS || r == NE_REL_LAST || r == NE_REL_NEXT)
			return dt_rel_year(c, r);
	}
	return 0;
}

/* Part of day after token i (morning...), with its token index, or 0. */
static int
part_after(win *w, int i, int *at)
{
	if (is_cls(w, i + 1, LX_PART, -1) && !(tok(w, i + 1)->lflags & NE_LXF_PLURAL))
	{
		*at = i + 1;
		return tok(w, i + 1)->val;
	}
	return 0;
}

/*
 * The year of month m, named at tokens [first, last] without a year of its
 * own: DT_NO_YEAR without a publication date; the year ahead when the
 * sentence speaks of the future and no relative word rel (last, next...)
 * says otherwise; else the year rel names, or the one of the window.
 */
static int
bare_month_year(win *w, int first, int last, int m, int rel)
{
	dctx	   *c = w->c;

	if (!c->pub)
		return DT_NO_YEAR;
	/* "since March": the latest March up to the publication, whatever the sentence's tense */
	if (rel == 0 && is_func(w, first - 1, NE_F_SINCE))
		return m <= c->pm ? c->py : c->py - 1;
	/* the sentence's tense only matters where the two windows disagree */
	if (rel == 0 && dt_month_year_future(c, m) != dt_month_year_window(c, m) &&
		dt_future_around(w, first, last, true))
		return dt_month_year_future(c, m);
	return dt_month_year_rel(c, m, rel);
}

/* Is token j a day number before a month that makes a date ("4 March", "5 March 2024"), filling m? */
static bool
day_first_date(win *w, int j, cand *m)
{
	const dtok *t = tok(w, j);

	return t && t->kind == T_NUM && t->ndig <= 2 && is_month(w, j + 1) && dt_rule_number(w, j, m) &&
		m->type == NE_TIMEX_DATE;
}

/* Month rule at token i (a month name); fills cd. */
bool
dt_rule_month(win *w, int i, cand *cd)
{
	dctx	   *c = w->c;
	const dtok *t = tok(w, i);
	int			m = t->val;
	int32_t		ov[10];
	int			y = 0,
				d = 0;
	bool		abbr = t->cls == LX_MONTH_ABBR;
	int32_t		after = t->e;

	if (!t->cap)
		return false;
	if (dt_rx_match(RX_MONTAIL, c->t, c->len, after, ov, 5) > 0)
	{
		d = num_at(c->t, ov[4], ov[5]);
		if (ov[8] >= 0)
			y = num_at(c->t, ov[8], ov[9]);
		if (d >= 1 && d <= 31 && (y == 0 || (y >= 1000 && y <= 2999)))
		{
			int32_t		end = ov[1];

			/* "Sept. 30" keeps the dot; a day number must be valid in the month */
			if (y && !ne_valid_ymd(y, m, d))
				return false;
			if (!y && d > ne_days_in_month(2000, m))
				return false;
			if (ov[6] >= 0)
			{
				/* Jan. 10-12, March 1-4, 2021: the range covers the days */
				int			d2 = num_at(c->t, ov[6], ov[7]);

				if (d2 > d && d2 <= ne_days_in_month(y ? y : 2000, m))
					cd->more_days = (int8_t) (d2 - d);
			}
			if (!y && ov[6] >= 0 && ov[8] < 0)
				end = ov[7];
			else if (!y)
				end = ov[5];
			cand_set_to_byte(w, cd, i, end, NE_TIMEX_DATE);
			/* June 20 last year */
			if (!y && c->pub && is_cls(w, cd->last + 1, LX_REL, -1) &&
				is_cls(w, cd->last + 2, LX_UNIT, NE_U_YEAR) && !(tok(w, cd->last + 2)->lflags & NE_LXF_PLURAL))
			{
				int			r = tok(w, cd->last + 1)->val;

				if (r == NE_REL_THIS || r == NE_REL_LAST || r == NE_REL_NEXT)
				{
					y = dt_rel_year(c, r);
					cand_extend_right(w, cd, cd->last + 2);
					if (!ne_valid_ymd(y, m, d))
						return false;
				}
			}
			/* "next June 30", "last Oct. 17": the first such day after, or the last before, the publication */
			if (!y && c->pub && is_cls(w, i - 1, LX_REL, -1) && dt_rel_direction(tok(w, i - 1)->val) != 0)
			{
				int			before = m < c->pm || (m == c->pm && d < c->pd);
				int			after = m > c->pm || (m == c->pm && d > c->pd);

				y = dt_rel_direction(tok(w, i - 1)->val) < 0 ? (before ? c->py : c->py - 1) : (after ? c->py : c->py + 1);
			}
			dt_v_day(cd->value, y ? y : bare_month_year(w, i, i, m, 0), m, d);
			return true;
		}
	}
	if (dt_rx_match(RX_MONYEAR, c->t, c->len, after, ov, 3) > 0)
	{
		y = num_at(c->t, ov[4], ov[5]);
		if (y >= 1000 && y <= 2999)
		{
			cand_set_to_byte(w, cd, i, ov[5], NE_TIMEX_DATE);
			dt_v_month(cd->value, y, m);
			return true;
		}
	}
	/* abbreviations need their dot; "May" and "March" need some context */
	if (abbr && !t->dot)
		return false;
	/* April One, March eighth, May twenty-first (wire style) */
	{
		int			j = i + 1;
		int			dd = 0;

		if (is_punct(w, j, '.') && abbr)
			j++;
		if ((is_cls(w, j, LX_NUM, -1) || is_cls(w, j, LX_ORD, -1)) && !tok(w, j)->nl_before)
		{
			dd = tok(w, j)->val;
			if ((dd == 20 || dd == 30) && is_cls(w, j, LX_NUM, -1))
			{
				int			k = is_punct(w, j + 1, '-') ? j + 2 : j + 1;

				if ((is_cls(w, k, LX_NUM, -1) || is_cls(w, k, LX_ORD, -1)) && tok(w, k)->val < 10)
				{
					dd += tok(w, k)->val;
					j = k;
				}
			}
			if (dd >= 1 && dd <= ne_days_in_month(2000, m) && !is_cls(w, j + 1, LX_UNIT, -1) &&
				!is_cls(w, j + 1, LX_NUM, -1) && !is_func(w, j + 1, NE_F_OF) &&
				(tok(w, j)->cap || tok(w, j)->cls == LX_ORD))
			{
				cand_set(w, cd, i, j, NE_TIMEX_DATE);
				dt_v_day(cd->value, !c->pub ? DT_NO_YEAR :
						 dt_month_year_future(c, m) != dt_month_year_window(c, m) &&
						 dt_future_before(c, t->s, true) ?
						 dt_month_year_future(c, m) : dt_month_year_window(c, m), m, dd);
				return true;
			}
		}
	}
	{
		int			last = i;
		int			rel = 0;
		int			yr = dt_year_after(w, i, &last);
		const dtok *p = tok(w, i - 1);

		if (!yr && (m == 5 || m == 3))
		{
			bool		ok = p && p->kind == T_WORD &&
				(p->cls == LX_REL || p->cls == LX_MOD || is_in(w, i - 1, LX_FUNC, MONTH_CONTEXT_WORDS));

			if (p && is_punct(w, i - 1, '-') && is_cls(w, i - 2, LX_MOD, -1))
				ok = true;
			/* "the March accession", "the May elections": a noun in lower case after (not "the March on Washington") */
			if (is_func(w, i - 1, NE_F_THE) && tok(w, i + 1) && tok(w, i + 1)->kind == T_WORD && !tok(w, i + 1)->cap &&
				tok(w, i + 1)->cls == LX_NONE && !tok(w, i + 1)->nl_before)
				ok = true;
			if (!ok)
				return false;
		}
		if (t->allcaps && !t->dot && !yr)
			return false;
		cand_set(w, cd, i, last, NE_TIMEX_DATE);
		if (is_cls(w, i - 1, LX_REL, -1))
		{
			rel = tok(w, i - 1)->val;
			if (rel == NE_REL_THIS || rel == NE_REL_LAST || rel == NE_REL_NEXT ||
				rel == NE_REL_COMING || rel == NE_REL_PAST)
			{
				cand_extend_to(w, cd, i - 1);
				if (rel == NE_REL_PAST && is_cls(w, i - 2, LX_REL, NE_REL_THIS))
					cand_extend_to(w, cd, i - 2);
			}
			else
				rel = 0;
		}
		if (cand_set_from_every(w, cd, i - 1))
		{
			dt_v_month(cd->value, DT_NO_YEAR, m);
			return true;
		}
		dt_v_month(cd->value, yr ? yr : bare_month_year(w, i, last, m, rel), m);
		if (cd->first == i)
			dt_extend_left(w, cd, false, false);
		return true;
	}
}

/*
 * Is the weekday at token i right after a past tense, maybe with "on"
 * between, that no "be" makes passive: "said Monday", "met on Tuesday", not
 * "will be held Monday"?
 */
static bool
past_verb_right_before(win *w, int i)
{
	int			v = is_func(w, i - 1, NE_F_ON) ? i - 2 : i - 1;

	return is_func(w, v, NE_F_PASTV) && !is_word(w, v - 1, "be") && !is_word(w, v - 1, "been") &&
		!is_word(w, v - 1, "being");
}

/* Weekday rule at token i. */
bool
dt_rule_weekday(win *w, int i, cand *cd)
{
	dctx	   *c = w->c;
	const dtok *t = tok(w, i);
	int			wd = t->val;
	int			j = i + 1;
	int			dir = 0;
	int			pt = 0,
				ptat = 0;

	if (!t->cap)
		return false;
	if (t->cls == LX_WEEKDAY_ABBR && !t->dot)
		return false;
	/*
	 * A weekday after "the" or a possessive and before a capitalised word
	 * that is no date word is part of a name: the Sunday Times, GMTV's
	 * Sunday Programme, the Monday Club ("on Monday Tony Blair said" stays).
	 */
	if (tok(w, i + 1) && tok(w, i + 1)->kind == T_WORD && tok(w, i + 1)->cap && !tok(w, i + 1)->nl_before &&
		(tok(w, i + 1)->cls == LX_NONE || tok(w, i + 1)->cls == LX_FUNC) &&
		(is_func(w, i - 1, NE_F_THE) || (is_word(w, i - 1, "s") && is_punct(w, i - 2, '\''))))
		return false;
	/* Saturday, April 25 / Friday Oct. 13 / Monday 4 March / Tuesday, 5 March 2024 */
	if (is_punct(w, j, ','))
		j++;
	{
		cand		m;

		memset(&m, 0, sizeof(m));
		if ((is_month(w, j) ? dt_rule_month(w, j, &m) : day_first_date(w, j, &m)) && m.value[7] == '-')
		{
			*cd = m;
			cand_extend_to(w, cd, i);
			if (is_cls(w, i - 1, LX_REL, NE_REL_COMING) || is_cls(w, i - 1, LX_REL, NE_REL_NEXT) ||
				is_cls(w, i - 1, LX_REL, NE_REL_LAST) || is_cls(w, i - 1, LX_REL, NE_REL_THIS))
			{
				cand_extend_to(w, cd, i - 1);
				if (is_cls(w, i - 2, LX_REL, NE_REL_THIS) && is_cls(w, i - 1, LX_REL, NE_REL_COMING))
					cand_extend_to(w, cd, i - 2);
			}
			return true;
		}
	}
	if (t->lflags & NE_LXF_PLURAL)
	{
		cand_set(w, cd, i, i, NE_TIMEX_SET);
		dt_v_any_weekday(cd->value, wd);
		return true;
	}
	cand_set(w, cd, i, i, NE_TIMEX_DATE);
	if (cand_set_from_every(w, cd, i - 1))
	{
		dt_v_any_weekday(cd->value, wd);
		return true;
	}
	if (is_cls(w, i - 1, LX_REL, -1))
	{
		int			r = tok(w, i - 1)->val;

		dir = r == NE_REL_THIS ? 2 : dt_rel_direction(r);
		if (dir != 0)
		{
			cand_extend_to(w, cd, i - 1);
			if (r == NE_REL_COMING && is_cls(w, i - 2, LX_REL, NE_REL_THIS))
				cand_extend_to(w, cd, i - 2);
			if ((r == NE_REL_PREVIOUS || r == NE_REL_FOLLOWING) && is_func(w, i - 2, NE_F_THE))
				cand_extend_to(w, cd, i - 2);
		}
	}
	else if (past_verb_right_before(w, i))
		;						/* the bank said (on) Monday, whatever the sentence says of the future */
	else if (dt_future_near(w, i, i) || (c->pub && dt_future_before(c, t->s, true)))
		dir = 2;				/* will meet Tuesday, is scheduled to close Monday */
	else if (is_word(w, i - 1, "as") && is_word(w, i - 2, "soon") && is_word(w, i - 3, "as"))
		dir = 2;				/* as soon as Tuesday: the earliest day ahead */
	pt = part_after(w, i, &ptat);
	if (c->pub)
		dt_v_days(cd->value, dt_weekday_days(c, wd, dir));
	else
		dt_v_any_weekday(cd->value, wd);
	/*
	 * "the previous Friday", "the following Monday": the weekday before or
	 * after the narrative's last day named, not the publication's.
	 */
	if (cd->first == i - 2 && is_func(w, i - 2, NE_F_THE) &&
		(is_cls(w, i - 1, LX_REL, NE_REL_PREVIOUS) || is_cls(w, i - 1, LX_REL, NE_REL_FOLLOWING)) &&
		strlen(c->last_date) == 10)
	{
		int32_t		base = ne_days_from_civil(num_at(c->last_date, 0, 4), num_at(c->last_date, 5, 7),
										  num_at(c->last_date, 8, 10));
		int			diff = wd - ne_weekday(base);

		if (is_cls(w, i - 1, LX_REL, NE_REL_PREVIOUS))
			diff -= diff >= 0 ? 7 : 0;
		else
			diff += diff <= 0 ? 7 : 0;
		dt_v_days(cd->value, base + diff);
		cd->anaphoric = true;
	}
	if (pt)
	{
		/* "Friday night" is annotated as the day; morning, afternoon, evening keep their part */
		cand_extend_right(w, cd, ptat);
		if (pt != NE_PART_NI)
		{
			dt_v_add_part(cd->value, pt);
			cd->type = NE_TIMEX_TIME;
		}
	}
	/* "Earlier Friday" is annotated as the day alone */
	if (cd->first == i && !is_in(w, i - 1, LX_FUNC, EARLIER_OR_LATER))
		dt_extend_left(w, cd, false, false);
	return true;
}

/* Season rule at token i. */
bool
dt_rule_season(win *w, int i, cand *cd)
{
	dctx	   *c = w->c;
	int			s = tok(w, i)->val;
	int			last = i;
	int			yr = dt_year_after(w, i, &last);
	int			rel = 0;
	bool		det = false;

	if (is_cls(w, i - 1, LX_REL, -1))
	{
		rel = tok(w, i - 1)->val;
		det = true;
	}
	else if (is_cls(w, i - 1, LX_REF, NE_REF_PASTWORD) && is_cls(w, i - 2, LX_REL, NE_REL_THIS))
	{
		rel = NE_REL_PAST;		/* this past spring */
		det = true;
	}
	else if (is_func(w, i - 1, NE_F_THE) || is_cls(w, i - 1, LX_MOD, -1))
		det = true;
	else if (is_in(w, i - 1, LX_FUNC, SEASON_CONTEXT_WORDS) &&
			 !is_cls(w, i + 1, LX_UNIT, -1) && !(tok(w, i + 1) && tok(w, i + 1)->kind == T_WORD &&
												 tok(w, i + 1)->cls == LX_NONE && !tok(w, i + 1)->cap))
		det = true;				/* in summer (not "in summer months", "in spring wheat") */
	if (!yr && !det)
		return false;
	if (rel == NE_REL_THESE)
		return false;			/* these winter payments: a modifier of a plural noun */
	/* "fall" without a determiner is the verb unless a year number follows: fall next year, fall 1987 */
	if (!det && s == NE_SEASON_FA && !tok(w, i)->cap && !dt_year_of_tok(tok(w, i + 1)) &&
		!(is_func(w, i + 1, NE_F_OF) && dt_year_of_tok(tok(w, i + 2))))
		return false;
	if (!yr && (s == NE_SEASON_FA || s == NE_SEASON_SP) && is_func(w, i - 1, NE_F_THE) &&
		!is_func(w, i + 1, NE_F_OF))
		return false;			/* "the fall of the dollar" */
	if (!yr && is_func(w, i + 1, NE_F_OF))
		return false;
	cand_set(w, cd, i, last, NE_TIMEX_DATE);
	if (yr)
	{
		if (yr >= 1000)
			snprintf(cd->value, 48, "%04d-%s", yr, dt_season_code[s]);
	}
	else if (c->pub)
	{
		/* the season instance: this = the one of the year; last = latest ended; next = next to start */
		int			y = c->py;
		int			m0 = 3 * s;
		int32_t		st;

		if (rel == 0)
		{
			/* in summer: the instance starting 9 months back to 3 ahead, or the next in a sentence of the future */
			y = dt_month_year_window(c, m0);
			if (dt_month_year_future(c, m0) != y && !(s == NE_SEASON_WI && c->pm <= 3) &&
				dt_future_around(w, i, i, false))
				y = dt_month_year_future(c, m0);	/* (not the winter one is in: "after the winter") */
		}
		else if (s == NE_SEASON_WI && c->pm <= 3)
			y--;				/* this winter, in February */
		st = ne_days_from_civil(y, m0, 1);
		if (rel == NE_REL_LAST || rel == NE_REL_PAST || rel == NE_REL_PREVIOUS)
		{
			if (st + 80 > c->pdays)
				y--;			/* the latest instance that is (mostly) over */
		}
		else if (rel == NE_REL_NEXT || rel == NE_REL_COMING)
		{
			if (st <= c->pdays)
				y++;
		}
		snprintf(cd->value, 48, "%04d-%s", y, dt_season_code[s]);
	}
	else
		snprintf(cd->value, 48, "XXXX-%s", dt_season_code[s]);
	if (rel == NE_REL_PAST && is_cls(w, i - 2, LX_REL, NE_REL_THIS))
		cand_extend_to(w, cd, i - 2);	/* this past spring */
	else if (rel)
		cand_extend_to(w, cd, i - 1);
	else
		dt_extend_left(w, cd, true, false);
	return cd->value[0] != 0;
}

/* Today / yesterday / tomorrow / tonight at token i. */
bool
dt_rule_dayword(win *w, int i, cand *cd)
{
	dctx	   *c = w->c;
	int			off = tok(w, i)->val;
	int			pt = 0,
				ptat = 0;

	/* "Today" capitalised inside a sentence names a programme or a paper */
	if (tok(w, i)->cap && !tok(w, i)->allcaps && tok(w, i - 1) && !tok(w, i)->nl_before &&
		!(tok(w, i - 1)->kind == T_PUNCT && strchr(".!?\"'(-:", tok(w, i - 1)->ch)) &&
		!is_cls(w, i - 1, LX_MOD, -1) && !is_in(w, i - 1, LX_FUNC, EARLIER_OR_LATER))
		return false;
	cand_set(w, cd, i, i, NE_TIMEX_DATE);
	if ((off == -1 || off == 1) && is_func(w, i - 1, off < 0 ? NE_F_BEFORE : NE_F_AFTER) &&
		is_cls(w, i - 2, LX_UNIT, NE_U_DAY) && is_func(w, i - 3, NE_F_THE))
	{
		cand_extend_to(w, cd, i - 3);	/* the day before yesterday */
		off *= 2;
	}
	if (off == 9)
		off = 0;				/* tonight: annotated as the day */
	else
		pt = part_after(w, i, &ptat);
	dt_v_pub_day(c, cd->value, off);
	if (pt)
	{
		if (ptat)
		{
			cand_extend_right(w, cd, ptat);
			cd->type = NE_TIMEX_TIME;
		}
		dt_v_add_part(cd->value, pt);
	}
	dt_extend_left(w, cd, false, false);
	return true;
}

/* Part of the day at token i: this morning, last night. */
bool
dt_rule_part(win *w, int i, cand *cd)
{
	dctx	   *c = w->c;
	int			pt = tok(w, i)->val;
	int32_t		day;			/* days from the publication */

	if (tok(w, i)->lflags & NE_LXF_PLURAL)
		return false;
	/* "the next morning", "the following night", "the previous evening": after or before the last day named */
	if ((is_cls(w, i - 1, LX_REL, NE_REL_NEXT) || is_cls(w, i - 1, LX_REL, NE_REL_FOLLOWING) ||
		 is_cls(w, i - 1, LX_REL, NE_REL_PREVIOUS)) && is_func(w, i - 2, NE_F_THE))
	{
		cand_set(w, cd, i - 2, i, NE_TIMEX_TIME);
		if (!dt_v_anaphoric_shift(c, cd->value, NE_U_DAY, is_cls(w, i - 1, LX_REL, NE_REL_PREVIOUS) ? -1 : 1))
			return false;
		cd->anaphoric = true;
		dt_v_add_part(cd->value, pt);
		return true;
	}
	if (is_cls(w, i - 1, LX_REL, NE_REL_THIS))
		day = 0;
	else if (is_cls(w, i - 1, LX_REL, NE_REL_LAST) && pt == NE_PART_NI)
		day = -1;				/* last night */
	else if (is_punct(w, i - 1, '-') && is_cls(w, i - 2, LX_MOD, NE_MOD_MID))
		day = 0;
	else if (is_cls(w, i - 1, LX_MOD, NE_MOD_MID))
		day = 0;
	else
		return false;
	cand_set(w, cd, i, i, NE_TIMEX_TIME);
	if (is_cls(w, i - 1, LX_REL, -1))
		cand_extend_to(w, cd, i - 1);
	dt_v_pub_day(c, cd->value, day);
	dt_v_add_part(cd->value, pt);
	dt_extend_left(w, cd, false, false);
	return true;
}

/* The day value (YYYY-MM-DD) of a weekday or a month and day at token j into dayv, and its candidate into m. */
static bool
day_value_at(win *w, int j, char *dayv, cand *m)
{
	if (is_cls(w, j, LX_WEEKDAY, -1) && tok(w, j)->cap && !(tok(w, j)->lflags & NE_LXF_PLURAL) &&
		dt_rule_weekday(w, j, m) && m->type == NE_TIMEX_DATE)
	{
		snprintf(dayv, 48, "%s", m->value);
		return true;
	}
	if (is_month(w, j) && dt_rule_month(w, j, m) && strlen(m->value) == 10)
	{
		snprintf(dayv, 48, "%s", m->value);
		return true;
	}
	/* "8pm on 4 July": a day before its month */
	if (day_first_date(w, j, m) && strlen(m->value) == 10)
	{
		snprintf(dayv, 48, "%s", m->value);
		return true;
	}
	return false;
}

/* The day value of the date found last, when it is one day and ends right before byte pos (Friday at 6 a.m.). */
static bool
date_just_before(dctx *c, int32_t pos, char *dayv)
{
	const ne_timex *tx = c->doc->ntimexes > 0 ? &c->doc->timexes[c->doc->ntimexes - 1] : NULL;

	if (tx == NULL || tx->type != NE_TIMEX_DATE || tx->granularity != NE_GRAN_DAY || strlen(tx->value) != 10 ||
		tx->span.end > pos)
		return false;
	for (int32_t k = tx->span.end; k < pos; k++)
		if (c->t[k] != ' ')
			return false;
	snprintf(dayv, 48, "%s", tx->value);
	return true;
}

/*
 * Date after a time of day (3 p.m. Tuesday, noon Thursday, 5 p.m. EST Nov. 9):
 * sets the day value and takes the date's words.  A date after "on", or
 * one found right before "at" (6 a.m. on Friday, Friday at 6 a.m.), sets
 * the day value only: each keeps its own words.
 */
bool
dt_day_after_time(win *w, int j, cand *cd, char *dayv)
{
	dctx	   *c = w->c;
	cand		m;

	memset(&m, 0, sizeof(m));
	if (is_cls(w, j, LX_TZ, -1))
		j++;
	if (is_punct(w, j, ','))
		j++;
	if (is_cls(w, j, LX_WEEKDAY, -1) || is_month(w, j))
	{
		if (day_value_at(w, j, dayv, &m))
		{
			if (is_month(w, j))
				cd->last = m.last;
			else
				cand_extend_right(w, cd, m.last);
			cd->e = m.e;
			return true;
		}
	}
	if (is_cls(w, j, LX_DAYWORD, -1) && tok(w, j)->val != 9)
	{
		dt_v_pub_day(c, dayv, tok(w, j)->val);
		cand_extend_right(w, cd, j);
		return true;
	}
	if (is_func(w, j, NE_F_ON) && day_value_at(w, j + 1, dayv, &m))
		return true;
	return is_func(w, cd->first - 1, NE_F_AT) && date_just_before(c, tok(w, cd->first - 1)->s, dayv);
}

/* Noon / midnight / midday at token i. */
bool
dt_rule_clock(win *w, int i, cand *cd)
{
	dctx	   *c = w->c;
	char		dayv[48];
	int			h = tok(w, i)->val;

	cand_set(w, cd, i, i, NE_TIMEX_TIME);
	if (!dt_day_after_time(w, i + 1, cd, dayv))
		dt_v_pub_day(c, dayv, 0);
	snprintf(cd->value, 48, "%.10sT%02d:00", dayv, h);
	dt_extend_left(w, cd, false, false);
	return true;
}

/* now, currently, recently, current, recent, the past, the future at token i. */
bool
dt_rule_ref(win *w, int i, cand *cd)
{
	int			r = tok(w, i)->val;
	const dtok *n = tok(w, i + 1);

	/* a unit or a quantity follows: the unit rule handles it */
	if (n && n->kind == T_WORD && (n->cls == LX_UNIT || n->cls == LX_NUM || n->cls == LX_VAGUE ||
								   n->cls == LX_ORD || (n->cls == LX_FUNC && n->val == NE_F_FISCAL)) &&
		(r == NE_REF_CURRENT || r == NE_REF_RECENT || r == NE_REF_PASTWORD))
		return false;
	if (n && n->kind == T_NUM && (r == NE_REF_PASTWORD || r == NE_REF_RECENT))
		return false;
	cand_set(w, cd, i, i, NE_TIMEX_DATE);
	switch (r)
	{
		case NE_REF_PRESENT:
			snprintf(cd->value, 48, "PRESENT_REF");
			return true;
		case NE_REF_PAST:
			snprintf(cd->value, 48, "PAST_REF");
			if (is_func(w, i - 1, NE_F_MORE))
				cand_extend_to(w, cd, i - 1);
			return true;
		case NE_REF_CURRENT:
			if (is_func(w, i - 1, NE_F_THE))
				return false;	/* the current account */
			snprintf(cd->value, 48, "PRESENT_REF");
			return true;
		case NE_REF_RECENT:
			if (n && n->kind == T_WORD && !n->cap && (n->cls == LX_NONE || n->cls == LX_HOLIDAY) &&
				!is_func(w, i - 1, NE_F_THE))	/* ("recent new reservations": "new" opens no holiday) */
			{
				/* recent + noun: only as a predicate ("is recent") */
				return false;
			}
			snprintf(cd->value, 48, "PAST_REF");
			return true;
		case NE_REF_PASTWORD:
			if (!is_func(w, i - 1, NE_F_THE))
				return false;
			if (n && n->kind == T_WORD && n->cls == LX_NONE && !n->cap)
				return false;	/* the past practice */
			cand_extend_to(w, cd, i - 1);
			snprintf(cd->value, 48, "PAST_REF");
			return true;
		case NE_REF_SOON:
			/* as soon as possible */
			if (is_word(w, i - 1, "as") && is_word(w, i + 1, "as") && is_word(w, i + 2, "possible"))
			{
				cand_extend_to(w, cd, i - 1);
				cand_extend_right(w, cd, i + 2);
				snprintf(cd->value, 48, "FUTURE_REF");
				return true;
			}
			/*
			 * "soon" next to a modal or an infinitive speaks of the future: will
			 * soon, may soon, to soon grow, soon will.  Not "soon after", "as soon
			 * as", "soon enough", nor past narrative (was soon released).
			 */
			if (n && n->kind == T_WORD && (is_word(w, i + 1, "after") || is_word(w, i + 1, "before") ||
										   is_word(w, i + 1, "as") || is_word(w, i + 1, "enough") ||
										   is_word(w, i + 1, "thereafter")))
				return false;
			if (is_func(w, i - 1, NE_F_WILL) || is_func(w, i - 1, NE_F_WOULD) || is_func(w, i - 1, NE_F_TO) ||
				(is_word(w, i - 1, "may") && !tok(w, i - 1)->cap) || is_func(w, i + 1, NE_F_WILL) || is_func(w, i + 1, NE_F_WOULD))
			{
				snprintf(cd->value, 48, "FUTURE_REF");
				return true;
			}
			return false;
		case NE_REF_FUTURE:
			if (is_func(w, i - 1, NE_F_NEAR) && is_func(w, i - 2, NE_F_THE))
				cand_extend_to(w, cd, i - 2);
			else if (is_func(w, i - 1, NE_F_THE))
				cand_extend_to(w, cd, i - 1);
			else
				return false;
			if (n && n->kind == T_WORD && n->cls == LX_NONE && !n->cap)
				return false;	/* the future president */
			if (is_func(w, i + 1, NE_F_OF) && cd->first == i - 1)
				return false;	/* the future of the club: its fate, not a time */
			snprintf(cd->value, 48, "FUTURE_REF");
			return true;
	}
	return false;
}

/* daily, weekly, annually ... at token i. */
bool
dt_rule_setadv(win *w, int i, cand *cd)
{
	int			u = tok(w, i)->val;
	const dtok *t = tok(w, i);
	const dtok *p = tok(w, i - 1);

	/*
	 * Capitalised inside a sentence it names a paper or a programme (the
	 * Daily Telegraph, China Daily, the Weekly Standard).
	 */
	if (t->cap && !t->allcaps && p && !t->nl_before &&
		!(p->kind == T_PUNCT && strchr(".!?\"'(-:", p->ch)))
		return false;
	cand_set(w, cd, i, i, NE_TIMEX_SET);
	if (u == NE_U_QUARTER)
		snprintf(cd->value, 48, "P3M");
	else
		dt_v_duration(cd->value, 1, u);
	return true;
}

/* The nineties, the early eighties at token i. */
bool
dt_rule_decade_word(win *w, int i, cand *cd)
{
	dctx	   *c = w->c;
	int			dec = tok(w, i)->val;
	int			cent = 19;

	if (!is_func(w, i - 1, NE_F_THE) && !is_cls(w, i - 1, LX_MOD, -1))
		return false;
	if (c->pub && dec * 10 + 1900 > c->py + 10)
		cent = 18;
	cand_set(w, cd, i, i, NE_TIMEX_DATE);
	snprintf(cd->value, 48, "%02d%d", cent, dec);
	dt_extend_left(w, cd, true, false);
	return true;
}

/* Each holiday (NE_HOL_*): its month, and its day when fixed (0: Thanksgiving and Easter move). */
static const struct
{
	int			month;
	int			day;
}			holiday_date[] = {
	[NE_HOL_CHRISTMAS] = {12, 25},
	[NE_HOL_THANKSGIVING] = {11, 0},
	[NE_HOL_HALLOWEEN] = {10, 31},
	[NE_HOL_EASTER] = {4, 0},
	[NE_HOL_NEW_YEAR] = {1, 1},
	[NE_HOL_VALENTINE] = {2, 14},
	[NE_HOL_BOXING] = {12, 26},
	[NE_HOL_GOOD_FRIDAY] = {4, 0},
};

/* Words before "New Year" that name another calendar's new year. */
static const char *const other_new_years[] = {"chinese", "hindu", "iranian", "islamic", "jewish", "korean", "lunar",
"persian", "sikh", "thai", "tibetan", "vietnamese"};

/*
 * The last token of a holiday of several words that starts with the word at
 * i ("New Year's Day", "New Year", "Valentine's Day", "Boxing Day", "Good
 * Friday"), or -1 when the words that follow make no holiday ("New York",
 * "Good morning").  *eve is set for "New Year's Eve".
 */
static int
holiday_words_end(win *w, int i, int h, bool *eve)
{
	int			j = i + 1;		/* the word that takes the possessive ("Year's") */

	*eve = false;
	if (h == NE_HOL_GOOD_FRIDAY)
		return is_word(w, j, "friday") && tok(w, j)->cap ? j : -1;
	if (h == NE_HOL_BOXING)
		return is_word(w, j, "day") && tok(w, j)->cap ? j : -1;
	if (h == NE_HOL_NEW_YEAR && (!is_word(w, j, "year") || !tok(w, j)->cap))
		return -1;
	for (size_t k = 0; h == NE_HOL_NEW_YEAR && k < sizeof(other_new_years) / sizeof(other_new_years[0]); k++)
		if (is_word(w, i - 1, other_new_years[k]))
			return -1;				/* "the Lunar New Year", "Chinese New Year": another calendar's */
	if (h == NE_HOL_VALENTINE)
		j = i;					/* the possessive is the first word's */
	/* the possessive: "Year's", "Valentine's" (either apostrophe) */
	if (tok_raw(w, j + 1) && tok_raw(w, j + 1)->kind == T_PUNCT && adjacent(w, j) && is_word(w, j + 2, "s") &&
		adjacent(w, j + 1))
		j += 2;
	else if (h == NE_HOL_VALENTINE)
		return -1;				/* "Valentine" alone is a name */
	if (is_word(w, j + 1, "day") && tok(w, j + 1)->cap)
		return j + 1;
	if (is_func(w, j + 1, NE_F_EVE) && tok(w, j + 1)->cap)
	{
		*eve = true;
		return j + 1;
	}
	return h == NE_HOL_VALENTINE ? -1 : j;	/* "New Year", "New Year's" */
}

/* Christmas (Eve), Thanksgiving (Day), Halloween, Easter at token i. */
bool
dt_rule_holiday(win *w, int i, cand *cd)
{
	dctx	   *c = w->c;
	int			h = tok(w, i)->val;
	int			last = i;
	int			y;
	int			m = holiday_date[h].month;
	int			d = holiday_date[h].day;
	int32_t		days;
	int			yr;

	if (!tok(w, i)->cap)
		return false;
	if (h >= NE_HOL_NEW_YEAR)
	{
		bool		eve;

		last = holiday_words_end(w, i, h, &eve);
		if (last < 0)
			return false;
		if (eve)
		{
			m = 12;				/* New Year's Eve */
			d = 31;
		}
	}
	else if (is_func(w, i + 1, NE_F_DAY) || is_word(w, i + 1, "day") || is_func(w, i + 1, NE_F_EVE))
		last = i + 1;
	if (h == NE_HOL_CHRISTMAS && is_func(w, i + 1, NE_F_EVE))
		d = 24;
	yr = dt_year_after(w, last, &last);
	y = yr ? yr : c->pub ? dt_month_year_window(c, m) : 0;
	if (is_cls(w, i - 1, LX_REL, NE_REL_LAST) && c->pub && !yr)
		y = dt_month_year_rel(c, m, NE_REL_LAST);
	cand_set(w, cd, i, last, NE_TIMEX_DATE);
	if (is_in(w, i - 1, LX_REL, LXSET(NE_REL_LAST) | LXSET(NE_REL_NEXT) | LXSET(NE_REL_THIS)))
		cand_extend_to(w, cd, i - 1);
	if (y == 0)
	{
		/* no year: only the holidays of a fixed day have a value */
		if (d == 0)
			return false;
		dt_v_day(cd->value, DT_NO_YEAR, m, d);
		return true;
	}
	if (d)
		days = ne_days_from_civil(y, m, d);
	else if (h == NE_HOL_THANKSGIVING)
		days = ne_nth_weekday(y, 11, 4, 4);	/* the fourth Thursday of November */
	else if (h == NE_HOL_GOOD_FRIDAY)
		days = ne_easter(y) - 2;
	else
		days = ne_easter(y);
	dt_v_days(cd->value, days);
	return true;
}
