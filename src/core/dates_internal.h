/*
 * dates_internal.h -- what the files of the dates core share.
 *
 * Design: one byte loop over the text looks for cheap anchors (a digit, a
 * word whose first letter and length can be in the lexicon, then a hash
 * lookup).  At an anchor, numeric forms are matched with anchored PCRE2
 * patterns (compiled and JIT-compiled once per process), and word forms
 * with small hand-written rules over a lazily lexed token window (a few
 * tokens to the left, as many as needed to the right).  Every expression
 * is normalised to a TIMEX3 value against the publication date; the range
 * and granularity are then derived from the value alone.
 *
 * Time and memory are linear in the input: the window is bounded, the
 * patterns are anchored with bounded repetitions, and the scan never moves
 * backwards past the end of the previous expression.
 *
 *   dates_scan.c      the byte loop, the anchor dispatch, emission (ne_find_dates)
 *   dates_window.c    tokens lexed around an anchor
 *   dates_rx.c        the PCRE2 patterns
 *   dates_numeric.c   rules for numeric anchors
 *   dates_words.c     rules for word anchors
 *   dates_units.c     rules for units and quantities
 *   dates_resolve.c   resolution against the publication date
 *   dates_value.c     TIMEX3 values, their ranges and granularity
 *   dates_lexicon.c   the word table (dates.h)
 *
 * What one file offers the others is named dt_* (the extension exports
 * every global symbol, so short names could clash); the token tests that
 * every rule calls many times are inline here.  The public entry point is
 * ne_find_dates() in newsextract.h.
 */
#ifndef NE_DATES_INTERNAL_H
#define NE_DATES_INTERNAL_H

#include <limits.h>
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "dates.h"
#include "text.h"

/* The numeric patterns of dates_rx.c. */
enum
{
	RX_ISO,						/* 2017-01-10 */
	RX_SLASH,					/* 1/10/2017 */
	RX_TIME,					/* 3 p.m., 10:30 a.m. */
	RX_TIME_TZ,					/* 10:30 EST */
	RX_DMY,						/* 10 January 2017 */
	RX_DMONY,					/* 19-Nov-12 */
	RX_MONTAIL,					/* (after a month) . 10-12, 2017 */
	RX_MONYEAR,					/* (after a month) , 2017 */
	RX_N
};

/* Token kinds. */
enum
{
	T_WORD = 1, T_NUM, T_PUNCT
};

/* A token of the window. */
typedef struct dtok
{
	int32_t		s,
				e;
	uint8_t		kind;			/* T_* */
	uint8_t		cls;			/* ne_date_lex_class for words */
	uint8_t		lflags;			/* NE_LXF_* */
	bool		cap;			/* first letter upper case */
	bool		allcaps;
	bool		dot;			/* immediately followed by '.' */
	bool		nl_before;		/* a line break lies between it and the previous token */
	bool		lookup;			/* an ASCII word not yet looked up in the lexicon */
	char		ch;				/* punctuation: '-', '\'', ',', '.', ... or '?' */
	int16_t		val;
	int			ndig;			/* digits of a number */
	int32_t		num;			/* value of a number (capped) */
} dtok;

/* The year of a value that has none (XXXX), for the value writers. */
#define DT_NO_YEAR INT_MIN

/* Tokens kept to the left of the anchor, and in all. */
#define WLEFT 8
#define WMAX 40

/* One analysis: the text, the publication date, where the scan stands. */
typedef struct dctx
{
	ne_doc	   *doc;
	const char *t;
	int32_t		len;
	bool		pub;			/* a publication date is known */
	int			py,				/* publication year, month, day */
				pm,
				pd,
				pq,				/* quarter */
				pwd;			/* ISO weekday */
	int32_t		pdays;			/* days since 1970-01-01 */
	int32_t		last_end;		/* end of the previous expression */
	int32_t		last_quarter;	/* where the word "quarter" was last seen, or -1 */
	char		last_date[12];	/* the last date named with a year (YYYY, YYYY-MM, YYYY-MM-DD,
								 * YYYY-Qn, YYYY-Www...), for "that year", "the same day"; or "" */
} dctx;

/*
 * The tokens around one anchor.  The tokens left of the anchor, tk[0..k),
 * may be lexed lazily (most rules look one or two tokens back): then
 * tk[left_from..k) are lexed, and the others are described by bit masks of
 * the 32 bytes before the anchor, from which dt_tok_slow lexes them.
 */
typedef struct win
{
	dctx	   *c;
	dtok		tk[WMAX];
	int			n;				/* tokens lexed (or described, left of k) */
	int			k;				/* index of the anchor token */
	int32_t		next;			/* where lexing continues */
	bool		eof;
	int			left_from;		/* tk[left_from..k) are lexed */
	int32_t		l_base;			/* the anchor's byte - 32: bit j of the masks is byte l_base + j */
	uint32_t	l_starts;		/* bytes that start tk[0..left_from) */
	uint32_t	l_all;			/* bytes that start any token, also the ones dropped */
	uint32_t	l_letters;
	uint32_t	l_digits;
	uint32_t	l_newlines;
} win;

/* A candidate expression. */
typedef struct cand
{
	int			first,
				last;			/* token indexes, inclusive */
	int32_t		s,
				e;				/* byte span (set from tokens unless a pattern set it) */
	ne_timex_type type;
	char		value[48];
	const char *mod;
	bool		anaphoric;		/* resolved against the last date named (that year): not a new one */
	int8_t		more_days;		/* days the range covers after the value's ("Jan. 10-12": 2) */
} cand;

/* Is byte b ASCII white space? */
static inline bool
is_sp(unsigned char b)
{
	return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f' || b == '\v';
}

/* Is byte b an ASCII letter? */
static inline bool
is_alpha(unsigned char b)
{
	return (b | 0x20) >= 'a' && (b | 0x20) <= 'z';
}

/* Is byte b an ASCII digit? */
static inline bool
is_digit(unsigned char b)
{
	return b >= '0' && b <= '9';
}

/* Returns the end of the run of ASCII letters starting at pos (8 bytes at a time). */
static inline int32_t
skip_letters(const unsigned char *t, int32_t pos, int32_t len)
{
	const uint64_t ones = 0x0101010101010101ULL;
	const uint64_t high = 0x8080808080808080ULL;

	while (pos + 8 <= len)
	{
		uint64_t	x,
					y,
					letters;

		memcpy(&x, t + pos, 8);
		y = x | (ones * 0x20);
		/* per byte: high bit set iff lower-cased byte in 'a'..'z' and the byte is ASCII */
		letters = (y + ones * 0x1F) & ~(y + ones * 0x05) & ~x & high;
		if (letters == high)
		{
			pos += 8;
			continue;
		}
		letters = ~letters & high;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__ && defined(__GNUC__)
		return pos + (__builtin_ctzll(letters) >> 3);
#else
		for (int k = 0; k < 8; k++)
			if (!is_alpha(t[pos + k]))
				return pos + k;
		return pos + 8;
#endif
	}
	while (pos < len && is_alpha(t[pos]))
		pos++;
	return pos;
}

/* End of the run of ASCII letters that starts with the letter at pos: one 8-byte test for most words. */
static inline int32_t
word_end(const unsigned char *t, int32_t len, int32_t pos)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__ && defined(__GNUC__)
	if (pos + 8 <= len)
	{
		const uint64_t ones = 0x0101010101010101ULL;
		const uint64_t high = 0x8080808080808080ULL;
		uint64_t	x,
					y,
					others;

		memcpy(&x, t + pos, 8);
		y = x | (ones * 0x20);
		/* per byte: high bit set iff the byte is not an ASCII letter */
		others = ~((y + ones * 0x1F) & ~(y + ones * 0x05) & ~x) & high;
		if (others != 0)
			return pos + (__builtin_ctzll(others) >> 3);
		return skip_letters(t, pos + 8, len);
	}
#endif
	return skip_letters(t, pos + 1, len);
}

/* Value of the decimal digits t[s..e) (bounded; 0 when empty or unset). */
static inline int
num_at(const char *t, int32_t s, int32_t e)
{
	int			v = 0;

	if (s < 0)
		return 0;
	for (int32_t i = s; i < e && i < s + 9; i++)
		if (t[i] >= '0' && t[i] <= '9')
			v = v * 10 + (t[i] - '0');
	return v;
}

/* Starts a window whose anchor token begins at byte a (dates_window.c). */
void		dt_win_open(win *w, dctx *c, int32_t a);

/* Index of the first token starting at or after byte pos (may be past the end; dates_window.c). */
int			dt_win_index_at(win *w, int32_t pos);

/* Looks the word token up in the lexicon, once; t is the text of len bytes (dates_window.c). */
void		dt_classify(const char *t, int32_t len, dtok *tk);

/* The same with le, the lexicon's entry for the token's word (or NULL), already looked up (dates_window.c). */
void		dt_classify_as(const char *t, int32_t len, dtok *tk, const ne_date_lex_entry *le);

/* Token i of the window when it is not lexed yet: lexes it, or NULL when there is none (dates_window.c). */
const dtok *dt_tok_slow(win *w, int i);

/*
 * Token i of the window without lexicon lookup, or NULL.  The rules call it
 * all the time, so the common case, a token already lexed, is one unsigned
 * compare (i in [left_from, n)).
 */
static inline const dtok *
tok_raw(win *w, int i)
{
	if ((unsigned) (i - w->left_from) < (unsigned) (w->n - w->left_from))
		return &w->tk[i];
	return dt_tok_slow(w, i);
}

/* Token i of the window (lexing to the right on demand, classifying on first use), or NULL. */
static inline const dtok *
tok(win *w, int i)
{
	const dtok *r = tok_raw(w, i);

	if (r && r->lookup)
		dt_classify(w->c->t, w->c->len, &w->tk[i]);
	return r;
}

/* Is token i a word of class cls (and value val when val >= 0)? */
static inline bool
is_cls(win *w, int i, int cls, int val)
{
	const dtok *t = tok(w, i);

	return t && t->kind == T_WORD && t->cls == cls && (val < 0 || t->val == val);
}

/* Is token i the function word f? */
static inline bool
is_func(win *w, int i, int f)
{
	return is_cls(w, i, LX_FUNC, f);
}

/* Is token i the punctuation character ch? */
static inline bool
is_punct(win *w, int i, char ch)
{
	const dtok *t = tok_raw(w, i);

	return t && t->kind == T_PUNCT && t->ch == ch;
}

/* Are tokens i and i+1 adjacent (no space between)? */
static inline bool
adjacent(win *w, int i)
{
	const dtok *a = tok_raw(w, i);
	const dtok *b = tok_raw(w, i + 1);

	return a && b && a->e == b->s;
}

/* Case-insensitive comparison of token i with the ASCII word s (the lengths first). */
static inline bool
is_word(win *w, int i, const char *s)
{
	const dtok *t = tok_raw(w, i);

	return t && t->kind == T_WORD && (size_t) (t->e - t->s) == strlen(s) &&
		ne_ascii_ieq(w->c->t + t->s, t->e - t->s, s);
}

/* A set of lexicon values of one class (NE_F_*, NE_MOD_*, NE_REL_*: all below 64), for is_in. */
#define LXSET(v) ((uint64_t) 1 << (v))

/* "earlier" and "later" (function words). */
#define EARLIER_OR_LATER (LXSET(NE_F_EARLIER) | LXSET(NE_F_LATER))

/* "every" and "each" (function words). */
#define EVERY_OR_EACH (LXSET(NE_F_EVERY) | LXSET(NE_F_EACH))

/* Is token i a word of class cls whose value is in set (LXSET)? */
static inline bool
is_in(win *w, int i, int cls, uint64_t set)
{
	const dtok *t = tok(w, i);

	return t && t->kind == T_WORD && t->cls == cls && t->val >= 0 && t->val < 64 && ((set >> t->val) & 1);
}

/* Is token i a month name or abbreviation? */
static inline bool
is_month(win *w, int i)
{
	return is_cls(w, i, LX_MONTH, -1) || is_cls(w, i, LX_MONTH_ABBR, -1);
}

/* Starts a candidate over tokens [first, last]. */
static inline void
cand_set(win *w, cand *cd, int first, int last, ne_timex_type type)
{
	cd->first = first;
	cd->last = last;
	cd->s = tok_raw(w, first)->s;
	cd->e = tok_raw(w, last)->e;
	cd->type = type;
	cd->value[0] = 0;
	cd->mod = NULL;
	cd->anaphoric = false;
}

/* Starts a candidate at token first that ends at byte end (where a pattern stopped). */
static inline void
cand_set_to_byte(win *w, cand *cd, int first, int32_t end, ne_timex_type type)
{
	cand_set(w, cd, first, first, type);
	cd->e = end;
	cd->last = dt_win_index_at(w, end) - 1;
}

/* Moves the start of the candidate to token i. */
static inline void
cand_extend_to(win *w, cand *cd, int i)
{
	cd->first = i;
	cd->s = tok_raw(w, i)->s;
}

/* When token i is "every" or "each", makes cd a set that starts there (every May, each Monday); else false. */
static inline bool
cand_set_from_every(win *w, cand *cd, int i)
{
	if (!is_in(w, i, LX_FUNC, EVERY_OR_EACH))
		return false;
	cand_extend_to(w, cd, i);
	cd->type = NE_TIMEX_SET;
	return true;
}

/* Moves the end of the candidate to token i. */
static inline void
cand_extend_right(win *w, cand *cd, int i)
{
	cd->last = i;
	cd->e = tok_raw(w, i)->e;
}

/* Is u a unit of the time of day (hours, minutes, seconds), written after T in durations? */
static inline bool
dt_is_clock_unit(int u)
{
	return u == NE_U_SECOND || u == NE_U_MINUTE || u == NE_U_HOUR;
}

/* A rule: tries to read an expression around its anchor, token i; fills cd and returns true when it does. */
typedef bool (*dt_rule) (win *w, int i, cand *cd);

/* Codes of the seasons (NE_SEASON_*) in values: 1999-SU (dates_value.c). */
extern const char *const dt_season_code[];

/* ---------- dates_rx.c */

/* Anchored match of pattern id at t[pos]; fills ov (start/end pairs, -1 unset); returns the pair count or 0. */
int			dt_rx_match(int id, const char *t, int32_t len, int32_t pos, int32_t *ov, int maxpairs);

/* ---------- dates_value.c */

/* Writes the day value YYYY-MM-DD (XXXX-MM-DD for DT_NO_YEAR). */
void		dt_v_day(char *v, int y, int m, int d);

/* Writes the day value of a day count. */
void		dt_v_days(char *v, int32_t days);

/* Writes the month value YYYY-MM (XXXX-MM for DT_NO_YEAR). */
void		dt_v_month(char *v, int y, int m);

/* Writes the year value YYYY. */
void		dt_v_year(char *v, int y);

/* Writes the value of a weekday wd (1 = Monday) of no known week: XXXX-WXX-1. */
void		dt_v_any_weekday(char *v, int wd);

/* Writes the quarter (or half) n of year y: YYYY-Qn, YYYY-Hn, XXXX-Qn for DT_NO_YEAR. */
void		dt_v_quarter_of(char *v, int y, bool half, int n);

/* Writes the ISO week value YYYY-Www of the week holding a day count. */
void		dt_v_week_of(char *v, int32_t days);

/* Writes the quarter value YYYY-Qn, carrying quarters out of 1..4 into the year. */
void		dt_v_quarter(char *v, int y, int q);

/* Appends the part of the day pt (NE_PART_*) to a day value: T and MO, AF, EV or NI. */
void		dt_v_add_part(char *v, int pt);

/* Appends s to the value v (bounded). */
void		dt_v_cat(char *v, const char *s);

/* Writes the duration value of n units (n < 0: unknown). */
void		dt_v_duration(char *v, int n, int u);

/* Writes the duration of whole.frac units, frac being the digits frac[0..fraclen) (1.5 years: P1.5Y). */
void		dt_v_duration_decimal(char *v, int whole, const char *frac, int32_t fraclen, int u);

/* Writes the duration of n and a half units (2 1/2 years: P2Y6M); false for units without halves. */
bool		dt_v_duration_half(char *v, int n, int u);

/* Derives range and granularity from a TIMEX3 value. */
void		dt_value_range(const char *v, ne_timex *tx);

/* ---------- dates_resolve.c */

/* Which way the relative word rel points: -1 to the past, +1 to the future, 0 neither (this, latest...). */
int			dt_rel_direction(int rel);

/* The year that "last year", "next year" or any other relative word + "year" names. */
int			dt_rel_year(dctx *c, int rel);

/* Four-digit year of a two-digit one: 20xx up to a year after the publication (without one, below 30), else 19xx. */
int			dt_year_of_two_digits(dctx *c, int y);

/* Year of month m by the window -9..+2 months around the publication. */
int			dt_month_year_window(dctx *c, int m);

/* Year of month m in a future context: the window -2..+9 months. */
int			dt_month_year_future(dctx *c, int m);

/* Year of month m for a relative word (last/next/this) or the window (rel 0). */
int			dt_month_year_rel(dctx *c, int m, int rel);

/* Day count of weekday wd: dir 0 = latest on/before pub, -1 strictly before, 1 strictly after, 2 on/after. */
int32_t		dt_weekday_days(dctx *c, int wd, int dir);

/* Does a future-tense word appear near token i (same sentence, 7 back, 3 ahead; to the clause's verb after a date that opens its sentence)? */
bool		dt_future_near(win *w, int first, int last);

/* Does the sentence before byte pos (up to 160 bytes back) speak of the future (will, scheduled to, is to...)? */
bool		dt_future_before(dctx *c, int32_t pos, bool wide);
/* Does the sentence of the date [first, last] speak of the future: a word near it, or its tense before (dt_future_before)? */
bool		dt_future_around(win *w, int first, int last, bool wide);
int			dt_tense_before(dctx *c, int32_t pos, bool wide);

/* Was the word "quarter" seen in the 1500 bytes before pos (earnings context)? */
bool		dt_quarter_before(dctx *c, int32_t pos);

/*
 * Value of "that year", "that month", "that week", "that quarter", "the same
 * day" (unit u): the part of the last date named that the unit covers, when
 * that date is at least as fine as the unit; false otherwise.
 */
bool		dt_v_anaphoric(dctx *c, char *v, int u);

/* The unit u delta units from the last date named (the following year: +1); false if that date is coarser. */
bool		dt_v_anaphoric_shift(dctx *c, char *v, int u, int delta);

/* Writes the day offset days from the publication, or XXXX-XX-XX without a publication date. */
void		dt_v_pub_day(dctx *c, char *v, int32_t offset);

/* Value of a point n units before (sign -1) or after (+1) the publication, at the unit's granularity. */
bool		dt_v_shift(dctx *c, char *v, int n, int u, int sign, bool quarter_ctx);

/* Value of "this/last/next <unit>" (delta -1, 0, +1). */
bool		dt_v_rel_unit(dctx *c, char *v, int u, int delta);

/* ---------- dates_words.c */

/*
 * Extends cd to the left over modifiers: early/mid/late (mid- too), the
 * end/beginning/middle of, earlier/later, approximators, and "the" when
 * allow_the.  Stops at the end of the previous expression.
 */
void		dt_extend_left(win *w, cand *cd, bool allow_the, bool duration);

/* Year named by a 4-digit number token (1000..2999), or 0. */
int			dt_year_of_tok(const dtok *t);

/* A year in words at token i (nineteen ninety-six, two thousand); sets *last; 0 if none. */
int			dt_year_words(win *w, int i, int *last);

/* "nineteen ninety-six" at token i. */
bool		dt_rule_year_words(win *w, int i, cand *cd);

/*
 * After token i: "of 1990", "1990", "of this/last/next year", "this/last
 * year"; returns the year (0 if none) and the last token used in *last.
 */
int			dt_year_after(win *w, int i, int *last);

/* Month rule at token i (a month name); fills cd. */
bool		dt_rule_month(win *w, int i, cand *cd);

/* Weekday rule at token i. */
bool		dt_rule_weekday(win *w, int i, cand *cd);

/* Season rule at token i. */
bool		dt_rule_season(win *w, int i, cand *cd);

/* Today / yesterday / tomorrow / tonight at token i. */
bool		dt_rule_dayword(win *w, int i, cand *cd);

/* Part of the day at token i: this morning, last night. */
bool		dt_rule_part(win *w, int i, cand *cd);

/* Date after a time of day (3 p.m. Tuesday, noon Thursday, 5 p.m. EST Nov. 9): sets the day value. */
bool		dt_day_after_time(win *w, int j, cand *cd, char *dayv);

/* Noon / midnight / midday at token i. */
bool		dt_rule_clock(win *w, int i, cand *cd);

/* now, currently, recently, current, recent, the past, the future at token i. */
bool		dt_rule_ref(win *w, int i, cand *cd);

/* daily, weekly, annually ... at token i. */
bool		dt_rule_setadv(win *w, int i, cand *cd);

/* The nineties, the early eighties at token i. */
bool		dt_rule_decade_word(win *w, int i, cand *cd);

/* Christmas (Eve), Thanksgiving (Day), Halloween, Easter at token i. */
bool		dt_rule_holiday(win *w, int i, cand *cd);

/* ---------- dates_units.c */

/* Ordinal value of token i (first, 3rd, 20th), or 0. */
int			dt_ordinal_at(win *w, int i);

/* Q3, Q3 2016, H1 2017 at token i. */
bool		dt_rule_qn(win *w, int i, cand *cd);

/* "the latest period" in a quarterly report: the last quarter before publication. */
bool		dt_rule_period(win *w, int i, cand *cd);

/* Units: durations, "N units ago", "last week", "every month", "year-ago", quarters, centuries. */
bool		dt_rule_unit(win *w, int i, cand *cd);

/* ---------- dates_numeric.c */

/* Numeric forms at the digit run of token i; returns true and fills cd. */
bool		dt_rule_number(win *w, int i, cand *cd);

/* '90s at the apostrophe token i. */
bool		dt_rule_apos_decade(win *w, int i, cand *cd);

#endif							/* NE_DATES_INTERNAL_H */
