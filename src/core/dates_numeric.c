/*
 * dates_numeric.c -- rules for numeric anchors.
 *
 * ISO dates, 1/10/2017, 19-Nov-12, times of day (3 p.m., 10:30 EST),
 * 10 January 2017, four-digit years with their filters against quantities,
 * decades (1990s, '90s).
 */

#include "dates_internal.h"
#include "calendar.h"
#include "lexicon.h"

#include <stdio.h>

static bool time_of_day(win *w, int i, const int32_t *ov, bool tz_only, cand *cd);

/* A four-digit year at token i (with filters against quantities), decades (1990s), fiscal, mid-; "1850 GMT" a time. */
static bool
rule_year(win *w, int i, cand *cd)
{
	const dtok *t = tok(w, i);
	int			y = t->num;
	const dtok *p = tok(w, i - 1);
	const dtok *n = tok(w, i + 1);

	if (t->ndig != 4)
		return false;
	/* decade: 1990s */
	if (n && n->kind == T_WORD && adjacent(w, i) && is_word(w, i + 1, "s") && y % 10 == 0 &&
		y >= 1000 && y <= 2990)
	{
		cand_set(w, cd, i, i + 1, NE_TIMEX_DATE);
		snprintf(cd->value, 48, "%03d", y / 10);
		dt_extend_left(w, cd, true, false);
		return true;
	}
	if (y < 1000 || y > 2099)
		return false;
	if (n && !adjacent(w, i) && is_cls(w, i + 1, LX_TZ, -1))
	{
		/* "at 1850 GMT": a clock of 24 hours, no year */
		int32_t		ov[10] = {t->s, t->e, t->s, t->s + 2, t->s + 2, t->e, -1, -1, -1, -1};

		return y % 100 <= 59 && y / 100 <= 23 && time_of_day(w, i, ov, true, cd);
	}
	if (y < 1700 && !(p && is_in(w, i - 1, LX_FUNC, LXSET(NE_F_IN) | LXSET(NE_F_SINCE) | LXSET(NE_F_OF))))
		return false;			/* old years only after in, since, of */
	if (y > 2040 && !(p && is_in(w, i - 1, LX_FUNC, LXSET(NE_F_IN) | LXSET(NE_F_BY) | LXSET(NE_F_UNTIL))))
		return false;			/* far years only after in, by, until */
	/* quantities and codes */
	if (n && n->kind == T_WORD && (adjacent(w, i) ||
								   (n->cls == LX_FUNC && n->val == NE_F_UNIT_NOUN) ||
								   n->cls == LX_UNIT))
		return false;
	if (n && n->kind == T_PUNCT && adjacent(w, i) &&
		(n->ch == '%' || n->ch == '/' || n->ch == ':' ||
		 ((n->ch == '.' || n->ch == ',') && tok(w, i + 2) && tok(w, i + 2)->kind == T_NUM && adjacent(w, i + 1))))
		return false;
	if (n && n->kind == T_PUNCT && n->ch == '-' && adjacent(w, i) && tok(w, i + 2) &&
		tok(w, i + 2)->kind == T_NUM && adjacent(w, i + 1) && tok(w, i + 2)->ndig != 2 && tok(w, i + 2)->ndig != 4)
		return false;
	if (n && n->kind == T_NUM)
		return false;
	if (p && p->kind == T_NUM)
		return false;
	if (p && p->kind == T_PUNCT && (p->ch == '$' || p->ch == '#' || p->ch == '/' || p->ch == ':' ||
									p->ch == '?' || p->ch == '+') && p->e == t->s)
		return false;
	if (p && p->kind == T_PUNCT && (p->ch == '.' || p->ch == ',' || p->ch == '-') && p->e == t->s &&
		tok(w, i - 2) && tok(w, i - 2)->kind == T_NUM)
		return false;
	if (p && (is_cls(w, i - 1, LX_APPROX, -1) || is_func(w, i - 1, NE_F_THAN) || is_word(w, i - 1, "no") ||
			  is_word(w, i - 1, "number") || is_word(w, i - 1, "page") || is_word(w, i - 1, "flight") ||
			  is_word(w, i - 1, "route") || is_word(w, i - 1, "room") || is_word(w, i - 1, "model") ||
			  is_word(w, i - 1, "version") || is_word(w, i - 1, "some")))
		return false;
	/*
	 * A capitalised word inside a sentence right before the number names
	 * something with a number (Windows 2000, Gate 2015, Euro 2016, Vision
	 * 2020); not a word of the lexicon (In 1990, Since 1990, Fiscal 1988) and
	 * not the first word of a sentence (Between 1990 and 1995).
	 */
	if (p && p->kind == T_WORD && p->cap && !p->allcaps && p->cls == LX_NONE && !p->nl_before && !t->nl_before &&
		tok(w, i - 2) && !(tok(w, i - 2)->kind == T_PUNCT && strchr(".!?\"'(:;", tok(w, i - 2)->ch)))
		return false;
	/* 2016 Q3: taken by the Q rule */
	if (n && n->kind == T_WORD && n->e - n->s == 1 && (w->c->t[n->s] == 'Q' || w->c->t[n->s] == 'H') &&
		tok(w, i + 2) && tok(w, i + 2)->kind == T_NUM && adjacent(w, i + 1))
		return false;
	cand_set(w, cd, i, i, NE_TIMEX_DATE);
	/* the 1988 second quarter / the 1988 period */
	if (is_func(w, i + 1, NE_F_PERIOD) || is_cls(w, i + 1, LX_UNIT, NE_U_QUARTER) ||
		(dt_ordinal_at(w, i + 1) && is_cls(w, i + 2, LX_UNIT, NE_U_QUARTER)))
	{
		int			last = is_func(w, i + 1, NE_F_PERIOD) || is_cls(w, i + 1, LX_UNIT, NE_U_QUARTER) ? i + 1 : i + 2;
		int			q = dt_ordinal_at(w, i + 1);

		if (q >= 1 && q <= 4)
			snprintf(cd->value, 48, "%04d-Q%d", y, q);
		else if (w->c->pub && is_func(w, i + 1, NE_F_PERIOD) && dt_quarter_before(w->c, t->s))
			dt_v_quarter(cd->value, y, w->c->pq - 1 < 1 ? 4 : w->c->pq - 1);	/* the 1988 period, in a quarterly report */
		else
			dt_v_year(cd->value, y);
		cand_extend_right(w, cd, last);
		if (is_func(w, i - 1, NE_F_FISCAL))
			cand_extend_to(w, cd, i - 1);
		if (is_func(w, cd->first - 1, NE_F_THE))
			cand_extend_to(w, cd, cd->first - 1);
		return true;
	}
	dt_v_year(cd->value, y);
	/* 1990 and beyond, 1994 or later, 1980 or earlier */
	if ((is_func(w, i + 1, NE_F_AND) || is_func(w, i + 1, NE_F_OR)) &&
		(is_word(w, i + 2, "beyond") || is_func(w, i + 2, NE_F_LATER) || is_func(w, i + 2, NE_F_EARLIER) ||
		 is_word(w, i + 2, "after") || is_word(w, i + 2, "before")))
	{
		cd->mod = is_func(w, i + 2, NE_F_EARLIER) || is_word(w, i + 2, "before") ? "ON_OR_BEFORE" : "ON_OR_AFTER";
		cand_extend_right(w, cd, i + 2);
	}
	if (is_func(w, i - 1, NE_F_FISCAL))
	{
		cand_extend_to(w, cd, i - 1);
		return true;
	}
	if (is_punct(w, i - 1, '-') && adjacent(w, i - 1) && (is_word(w, i - 2, "post") || is_word(w, i - 2, "pre")))
	{
		cd->mod = is_word(w, i - 2, "post") ? "AFTER" : "BEFORE";
		cand_extend_to(w, cd, i - 2);
		return true;
	}
	dt_extend_left(w, cd, false, false);
	return true;
}

/* 2017-01-10 or 2017-01-10T10:30 at token i; ov is the RX_ISO match. */
static bool
iso_date(win *w, int i, const int32_t *ov, cand *cd)
{
	const char *t = w->c->t;
	int			y = num_at(t, ov[2], ov[3]);
	int			m = num_at(t, ov[4], ov[5]);
	int			d = num_at(t, ov[6], ov[7]);
	int			hh = num_at(t, ov[8], ov[9]);
	int			mm = num_at(t, ov[10], ov[11]);
	bool		timed = ov[8] >= 0 && hh <= 24 && mm <= 59;

	if (!ne_valid_ymd(y, m, d))
		return false;
	/* a time that is no time (2017-01-10T99:00) stays outside */
	cand_set_to_byte(w, cd, i, ov[8] >= 0 && !timed ? ov[7] : ov[1], timed ? NE_TIMEX_TIME : NE_TIMEX_DATE);
	dt_v_day(cd->value, y, m, d);
	if (timed)
	{
		char		tm[32];

		snprintf(tm, sizeof(tm), "T%02d:%02d", hh, mm);
		dt_v_cat(cd->value, tm);
	}
	return true;
}

/*
 * 1/10/2017 or 1/10/17 (month first) at token i, or 31/03/2024 (day first,
 * where the first number is no month); ov is the RX_SLASH match.
 */
static bool
slash_date(win *w, int i, const int32_t *ov, cand *cd)
{
	dctx	   *c = w->c;
	int			m = num_at(c->t, ov[2], ov[3]);
	int			d = num_at(c->t, ov[4], ov[5]);
	int			y = num_at(c->t, ov[6], ov[7]);

	if (ov[7] - ov[6] == 2)
		y = dt_year_of_two_digits(c, y);
	if (m > 12 && d <= 12)
	{
		int			dm = m;

		m = d;
		d = dm;
	}
	if (!ne_valid_ymd(y, m, d))
		return false;
	cand_set_to_byte(w, cd, i, ov[1], NE_TIMEX_DATE);
	dt_v_day(cd->value, y, m, d);
	return true;
}

/* 19-Nov-12 or 19-NOV-2012 at token i; ov is the RX_DMONY match. */
static bool
day_mon_year(win *w, int i, const int32_t *ov, cand *cd)
{
	dctx	   *c = w->c;
	int			d = num_at(c->t, ov[2], ov[3]);
	const ne_date_lex_entry *le = ne_date_lex_lookup_folded(c->t + ov[4], 3);
	int			y = num_at(c->t, ov[6], ov[7]);

	if (ov[7] - ov[6] == 2)
		y = dt_year_of_two_digits(c, y);
	if (!le || (le->cls != LX_MONTH_ABBR && le->cls != LX_MONTH) || !ne_valid_ymd(y, le->val, d))
		return false;
	cand_set_to_byte(w, cd, i, ov[1], NE_TIMEX_DATE);
	dt_v_day(cd->value, y, le->val, d);
	return true;
}

/*
 * 3 p.m., 10:30 a.m., 10:30 EST at token i, with the day that follows
 * (Tuesday, Nov. 9, tomorrow) or else the publication day; ov is the
 * RX_TIME match, or the RX_TIME_TZ one when tz_only.
 */
static bool
time_of_day(win *w, int i, const int32_t *ov, bool tz_only, cand *cd)
{
	dctx	   *c = w->c;
	int			hh = num_at(c->t, ov[2], ov[3]);
	int			mm = ov[4] >= 0 ? num_at(c->t, ov[4], ov[5]) : 0;
	char		dayv[48];
	int32_t		end = ov[1];
	int			j;

	if (!tz_only)
	{
		bool		pm = (c->t[ov[6]] | 0x20) == 'p';

		if (hh < 1 || hh > 12)
			return false;
		if (pm && hh < 12)
			hh += 12;
		if (!pm && hh == 12)
			hh = 0;
	}
	if (hh > 24 || mm > 59)
		return false;
	cand_set_to_byte(w, cd, i, end, NE_TIMEX_TIME);
	j = dt_win_index_at(w, end);
	if (is_cls(w, j, LX_TZ, -1))
	{
		cand_extend_right(w, cd, j);
		j++;
	}
	if (!dt_day_after_time(w, j, cd, dayv))
		dt_v_pub_day(c, dayv, 0);
	/* a final "p.m." dot that ends the sentence stays outside */
	if (cd->e == end && !tz_only && ov[8] >= 0 && ov[9] == end)
	{
		int32_t		k = end;

		while (k < c->len && (c->t[k] == ' ' || c->t[k] == '\t'))
			k++;
		if (k >= c->len || c->t[k] == '\n' || (c->t[k] >= 'A' && c->t[k] <= 'Z'))
			cd->e = end - 1;
	}
	snprintf(cd->value, 48, "%.10sT%02d:%02d", dayv, hh, mm);
	dt_extend_left(w, cd, false, false);
	return true;
}

/* Words after "May" that make it the verb: "the 3 May be", "all 10 May not". */
static const char *const may_verb_after[] = {"also", "be", "become", "get", "have", "need", "never", "not", "now",
"only", "still", "take", "well", "yet"};

/* Is May at byte e (its end) followed by a word that makes it the verb? */
static bool
may_is_verb(const dctx *c, int32_t e)
{
	int32_t		s = e,
				n;

	while (s < c->len && is_sp((unsigned char) c->t[s]))
		s++;
	n = 0;
	while (s + n < c->len && n < 8 && c->t[s + n] >= 'a' && c->t[s + n] <= 'z')
		n++;
	return n > 0 && NE_LEX_WORD_IN(c->t + s, n, may_verb_after);
}

/* 10 January 2017, 10th of March, 10 Jan. at token i; ov is the RX_DMY match. */
static bool
day_month_year(win *w, int i, const int32_t *ov, cand *cd)
{
	dctx	   *c = w->c;
	int			d = num_at(c->t, ov[2], ov[3]);
	const ne_date_lex_entry *le = ne_date_lex_lookup_folded(c->t + ov[4], ov[5] - ov[4]);
	int			y = ov[8] >= 0 ? num_at(c->t, ov[8], ov[9]) : 0;

	if (!le || !(le->cls == LX_MONTH || (le->cls == LX_MONTH_ABBR && ov[6] >= 0)) ||
		d < 1 || d > ne_days_in_month(y ? y : 2000, le->val) ||
		(le->val == 5 && !y && may_is_verb(c, ov[5])) || (y != 0 && (y < 1000 || y > 2999)))
		return false;
	/* without a year, the dot after a full month name ends the sentence */
	cand_set_to_byte(w, cd, i, y == 0 && le->cls == LX_MONTH && ov[6] >= 0 ? ov[5] : ov[1], NE_TIMEX_DATE);
	dt_v_day(cd->value, y ? y : c->pub ? dt_month_year_window(c, le->val) : DT_NO_YEAR, le->val, d);
	return true;
}

/*
 * The second day of "April 24 and 25", "May 5 or 6": a day number right
 * after the previous expression, a day of a month ending in its day number,
 * and " and " or " or ", later in the same month, and not counting things
 * (April 24 and 25 people).  Same year and month as that day.
 */
static bool
coordinated_day(win *w, int i, cand *cd)
{
	dctx	   *c = w->c;
	const dtok *t = tok(w, i);
	const dtok *n = tok(w, i + 1);
	int32_t		e = c->last_end;
	int			y,
				m,
				d0;

	if (strlen(c->last_date) != 10 || t->s - e < 4 || t->s - e > 5 || !is_digit((unsigned char) c->t[e - 1]) ||
		(e >= 3 && is_digit((unsigned char) c->t[e - 3])) ||
		!(memcmp(c->t + e, " and ", 5) == 0 || memcmp(c->t + e, " or ", 4) == 0))
		return false;
	if (n && !(n->kind == T_PUNCT ||
			   (n->kind == T_WORD && (n->cap || (n->cls == LX_FUNC && n->val != NE_F_UNIT_NOUN &&
												 n->val != NE_F_OF)))))
		return false;
	if (n && n->kind == T_PUNCT && (n->ch == '%' || n->ch == '-' || n->ch == '/' || n->ch == ':' ||
									((n->ch == '.' || n->ch == ',') && adjacent(w, i) &&
									 tok(w, i + 2) && tok(w, i + 2)->kind == T_NUM && adjacent(w, i + 1))))
		return false;
	y = num_at(c->last_date, 0, 4);
	m = num_at(c->last_date, 5, 7);
	d0 = num_at(c->last_date, 8, 10);
	if (t->num <= d0 || !ne_valid_ymd(y, m, t->num))
		return false;
	cand_set(w, cd, i, i, NE_TIMEX_DATE);
	dt_v_day(cd->value, y, m, t->num);
	return true;
}

/*
 * "4 in the morning", "3 in the afternoon", "11 at night" after a
 * preposition of time (at, by, until, before, after, around, about, from,
 * to, since): that hour of the publication day (or of the day that follows:
 * 4 in the morning Tuesday).  Not "ranked 4 in the morning polls".
 */
static bool
hour_in_part(win *w, int i, cand *cd)
{
	dctx	   *c = w->c;
	const dtok *t = tok(w, i);
	const dtok *p = tok(w, i - 1);
	int			h = t->num;
	int			pt,
				last;
	char		dayv[48];

	if (t->ndig > 2 || h < 1 || h > 12 || p == NULL || p->kind != T_WORD)
		return false;
	if (!(is_func(w, i - 1, NE_F_AT) || is_func(w, i - 1, NE_F_BY) || is_func(w, i - 1, NE_F_UNTIL) ||
		  is_func(w, i - 1, NE_F_BEFORE) || is_func(w, i - 1, NE_F_AFTER) || is_func(w, i - 1, NE_F_FROM) ||
		  is_func(w, i - 1, NE_F_TO) || is_func(w, i - 1, NE_F_SINCE) || is_cls(w, i - 1, LX_APPROX, -1)))
		return false;
	if (is_func(w, i + 1, NE_F_IN) && is_func(w, i + 2, NE_F_THE) && is_cls(w, i + 3, LX_PART, -1) &&
		!(tok(w, i + 3)->lflags & NE_LXF_PLURAL))
		last = i + 3;
	else if (is_func(w, i + 1, NE_F_AT) && is_cls(w, i + 2, LX_PART, NE_PART_NI) &&
			 !(tok(w, i + 2)->lflags & NE_LXF_PLURAL))
		last = i + 2;
	else
		return false;
	pt = tok(w, last)->val;
	if (pt == NE_PART_MO)
		h = h == 12 ? 0 : h;
	else if (pt == NE_PART_NI)
		h = h == 12 ? 0 : h >= 6 ? h + 12 : h;
	else
		h = h == 12 ? 12 : h + 12;
	cand_set(w, cd, i, last, NE_TIMEX_TIME);
	if (!dt_day_after_time(w, last + 1, cd, dayv))
		dt_v_pub_day(c, dayv, 0);
	snprintf(cd->value, 48, "%.10sT%02d:00", dayv, h);
	dt_extend_left(w, cd, false, false);
	return true;
}

/* Numeric forms at the digit run of token i; returns true and fills cd. */
bool
dt_rule_number(win *w, int i, cand *cd)
{
	dctx	   *c = w->c;
	const dtok *t = tok(w, i);
	int32_t		pos = t->s;
	int32_t		q = t->e;
	unsigned char nc = q < c->len ? (unsigned char) c->t[q] : 0;
	int32_t		ov[12];

	/* part of a larger number or code: 3.1990, 555-2016, 1/2 */
	if (pos > 0)
	{
		unsigned char pb = (unsigned char) c->t[pos - 1];

		if ((pb == '.' || pb == ',' || pb == '-' || pb == '/' || pb == ':') && pos > 1 &&
			is_digit((unsigned char) c->t[pos - 2]))
			return false;
		if (pb == '$' || pb == '#')
			return false;
		/* digits inside a code or model name: V2500S, B747, MP3 */
		if (is_alpha(pb))
			return false;
	}
	if (t->ndig == 4 && nc == '-' && dt_rx_match(RX_ISO, c->t, c->len, pos, ov, 6) > 0)
		return iso_date(w, i, ov, cd);
	if (t->ndig <= 2 && nc == '/' && dt_rx_match(RX_SLASH, c->t, c->len, pos, ov, 4) > 0)
		return slash_date(w, i, ov, cd);
	if (t->ndig <= 2 && nc == '-' && dt_rx_match(RX_DMONY, c->t, c->len, pos, ov, 4) > 0)
		return day_mon_year(w, i, ov, cd);
	if (t->ndig <= 2 && (nc == ' ' || nc == '\n') && hour_in_part(w, i, cd))
		return true;
	if (t->ndig <= 2 && coordinated_day(w, i, cd))
		return true;
	if (t->ndig <= 2)
	{
		bool		timey = nc == ':' || nc == ' ' || nc == 'a' || nc == 'p' || nc == 'A' || nc == 'P';

		if (timey && dt_rx_match(RX_TIME, c->t, c->len, pos, ov, 5) > 0)
			return time_of_day(w, i, ov, false, cd);
		if (timey && nc == ':' && dt_rx_match(RX_TIME_TZ, c->t, c->len, pos, ov, 3) > 0)
			return time_of_day(w, i, ov, true, cd);
		if (dt_rx_match(RX_DMY, c->t, c->len, pos, ov, 5) > 0)
			return day_month_year(w, i, ov, cd);
		return false;
	}
	if (t->ndig == 4)
		return rule_year(w, i, cd);
	return false;
}

/* '90s at the apostrophe token i. */
bool
dt_rule_apos_decade(win *w, int i, cand *cd)
{
	const dtok *d = tok(w, i + 1);

	if (!d || d->kind != T_NUM || d->ndig != 2 || d->num % 10 != 0 || !adjacent(w, i) ||
		!is_word(w, i + 2, "s") || !adjacent(w, i + 1))
		return false;
	{
		const dtok *a = tok(w, i + 3);

		if (a && a->kind == T_WORD && a->s == tok(w, i + 2)->e)
			return false;
	}
	cand_set(w, cd, i, i + 2, NE_TIMEX_DATE);
	snprintf(cd->value, 48, "%s%d", d->num <= 10 ? "20" : "19", d->num / 10);
	dt_extend_left(w, cd, true, false);
	return true;
}
