/*
 * dates.c -- temporal expressions (TimeML TIMEX3, TempEval-3 conventions).
 *
 * Design: one byte loop over the text looks for cheap anchors (a digit, a
 * word whose first letter and length can be in the lexicon, then a binary
 * search).  At an anchor, numeric forms are matched with anchored PCRE2
 * patterns (compiled and JIT-compiled once per process), and word forms
 * with small hand-written rules over a lazily lexed token window (a few
 * tokens to the left, as many as needed to the right).  Every expression
 * is normalised to a TIMEX3 value against the publication date; the range
 * and granularity are then derived from the value alone.
 *
 * Time and memory are linear in the input: the window is bounded, the
 * patterns are anchored with bounded repetitions, and the scan never moves
 * backwards past the end of the previous expression.
 */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "dates.h"
#include "calendar.h"
#include "text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ================================================================ PCRE2 */

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

static const char *const rx_source[RX_N] = {
	"(\\d{4})-(\\d\\d)-(\\d\\d)(?:T(\\d\\d):(\\d\\d))?(?![\\d:])",
	"(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d\\d)(?![\\d/])",
	"(\\d{1,2})(?::(\\d\\d))?[ \\t]?([aApP])\\.?[mM](?![A-Za-z])(\\.)?",
	"(\\d{1,2}):(\\d\\d)(?=[ \\t](?:[ECMP][SD]T|GMT|UTC)(?![A-Za-z]))",
	"(\\d{1,2})(?:st|nd|rd|th)?[ \\t]{1,3}(?:of[ \\t]{1,3})?([A-Z][a-z]{2,8}|[A-Z]{3,9})(?![A-Za-z])(\\.)?"
	"(?:,?[ \\t\\n]{1,3}(\\d{4})(?![\\d]|[.,]\\d))?",
	"(\\d{1,2})-([A-Z][a-z]{2}|[A-Z]{3})-(\\d{4}|\\d\\d)(?![\\d-])",
	"(\\.)?[ \\t\\n]{1,3}(\\d{1,2})(?:st|nd|rd|th)?(?![\\d%]|[:,.]\\d|[A-Za-z])"
	"(?:[ \\t]?(?:-|\\xE2\\x80\\x93)[ \\t]?(\\d{1,2})(?![\\d%]|[:.]\\d))?"
	"(?:,?[ \\t\\n]{1,3}(\\d{4})(?![\\d%]|[.,]\\d))?",
	"(\\.)?,?[ \\t\\n]{1,3}(?:of[ \\t\\n]{1,3})?(\\d{4})(?![\\d%]|[.,]\\d)",
};

static pcre2_code *rx_code[RX_N];
static bool rx_jit[RX_N];
static pcre2_match_data *rx_md;
static pcre2_match_context *rx_mctx;
static int	rx_state;			/* 0 = not yet, 1 = ready, -1 = unusable */

/* Compiles (and JIT-compiles) every pattern once per process. */
static void
rx_init(void)
{
	int			err;
	PCRE2_SIZE	erroff;

	if (rx_state != 0)
		return;
	rx_state = -1;
	for (int i = 0; i < RX_N; i++)
	{
		rx_code[i] = pcre2_compile((PCRE2_SPTR) rx_source[i], PCRE2_ZERO_TERMINATED,
								   PCRE2_ANCHORED, &err, &erroff, NULL);
		if (rx_code[i] == NULL)
			continue;			/* that form is simply not recognised */
		rx_jit[i] = pcre2_jit_compile(rx_code[i], PCRE2_JIT_COMPLETE) == 0;
	}
	rx_md = pcre2_match_data_create(12, NULL);
	rx_mctx = pcre2_match_context_create(NULL);
	if (rx_mctx != NULL)
	{
		pcre2_set_match_limit(rx_mctx, 20000);
		pcre2_set_depth_limit(rx_mctx, 1000);
	}
	if (rx_md != NULL)
		rx_state = 1;
}

/* Anchored match of pattern id at t[pos]; fills ov (start/end pairs, -1 unset); returns the pair count or 0. */
static int
rx_match(int id, const char *t, int32_t len, int32_t pos, int32_t *ov, int maxpairs)
{
	int			rc;
	PCRE2_SIZE *v;
	int32_t		lim = len - pos > 120 ? pos + 120 : len;

	rx_init();
	if (rx_state != 1 || rx_code[id] == NULL || pos >= len)
		return 0;
	if (rx_jit[id])
		rc = pcre2_jit_match(rx_code[id], (PCRE2_SPTR) t, (PCRE2_SIZE) lim, (PCRE2_SIZE) pos,
							 0, rx_md, rx_mctx);
	else
		rc = pcre2_match(rx_code[id], (PCRE2_SPTR) t, (PCRE2_SIZE) lim, (PCRE2_SIZE) pos,
						 PCRE2_ANCHORED, rx_md, rx_mctx);
	if (rc <= 0)
		return 0;
	v = pcre2_get_ovector_pointer(rx_md);
	if (rc > maxpairs)
		rc = maxpairs;
	for (int i = 0; i < maxpairs; i++)
	{
		if (i < rc && v[2 * i] != PCRE2_UNSET)
		{
			ov[2 * i] = (int32_t) v[2 * i];
			ov[2 * i + 1] = (int32_t) v[2 * i + 1];
		}
		else
			ov[2 * i] = ov[2 * i + 1] = -1;
	}
	return rc;
}

/* Value of the decimal digits t[s..e) (bounded; 0 when empty or unset). */
static int
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

/* ============================================================== tokens */

enum
{
	T_WORD = 1, T_NUM, T_PUNCT
};

typedef struct dtok
{
	int32_t		s,
				e;
	uint8_t		kind;			/* T_* */
	uint8_t		cls;			/* ne_lex_class for words */
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

#define WLEFT 8
#define WMAX 40

typedef struct dctx
{
	ne_doc	   *doc;
	const char *t;
	int32_t		len;
	bool		pub;			/* a publication date is known */
	int			py,
				pm,
				pd,
				pq,				/* quarter */
				pwd,			/* ISO weekday */
				piy,			/* ISO year and week */
				piw;
	int32_t		pdays;
	int32_t		last_end;		/* end of the previous expression */
	int32_t		last_quarter;	/* where the word "quarter" was last seen, or -1 */
} dctx;

typedef struct win
{
	dctx	   *c;
	dtok		tk[WMAX];
	int			n;				/* tokens lexed */
	int			k;				/* index of the anchor token */
	int32_t		next;			/* where lexing continues */
	bool		eof;
} win;

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

/* Lexes one token at or after pos; returns the position after it, or -1 at the end. */
static int32_t
lex_one(const char *t, int32_t len, int32_t pos, dtok *tk)
{
	bool		nl = false;
	int32_t		n;
	int32_t		cp;

	/* white space, including Unicode spaces */
	while (pos < len)
	{
		unsigned char b = (unsigned char) t[pos];

		if (is_sp(b))
		{
			if (b == '\n')
				nl = true;
			pos++;
			continue;
		}
		if (b >= 0x80)
		{
			cp = ne_decode(t, len, pos, &n);
			if (ne_is_space(cp))
			{
				pos += n;
				continue;
			}
		}
		break;
	}
	if (pos >= len)
		return -1;
	memset(tk, 0, sizeof(*tk));
	tk->s = pos;
	tk->nl_before = nl;
	{
		unsigned char b = (unsigned char) t[pos];

		if (is_alpha(b) || b >= 0x80)
		{
			bool		ascii = true;

			if (is_alpha(b))
			{
				tk->cap = b <= 'Z';
				pos = skip_letters((const unsigned char *) t, pos + 1, len);
			}
			while (pos < len && ((unsigned char) t[pos] >= 0x80 || is_alpha((unsigned char) t[pos])))
			{
				b = (unsigned char) t[pos];
				if (b < 0x80)
				{
					pos++;
					continue;
				}
				cp = ne_decode(t, len, pos, &n);
				if (!ne_is_letter(cp))
					break;
				if (pos == tk->s)
					tk->cap = ne_is_upper(cp);
				ascii = false;
				pos += n;
			}
			if (pos == tk->s)
			{
				/* a non-letter, non-space code point: punctuation */
				cp = ne_decode(t, len, pos, &n);
				tk->kind = T_PUNCT;
				tk->ch = ne_is_dash(cp) ? '-' :
					(cp == NE_CP_RSQUO || cp == NE_CP_LSQUO) ? '\'' : '?';
				tk->e = pos + n;
				return tk->e;
			}
			tk->kind = T_WORD;
			tk->e = pos;
			tk->lookup = ascii && tk->e - tk->s <= 15;
			tk->dot = pos < len && t[pos] == '.';
			return pos;
		}
		if (is_digit(b))
		{
			int64_t		v = 0;

			while (pos < len && is_digit((unsigned char) t[pos]))
			{
				if (v < 100000000)
					v = v * 10 + (t[pos] - '0');
				tk->ndig++;
				pos++;
			}
			tk->kind = T_NUM;
			tk->num = (int32_t) v;
			tk->e = pos;
			tk->dot = pos < len && t[pos] == '.';
			return pos;
		}
		tk->kind = T_PUNCT;
		tk->ch = (char) b;
		if (b == '`')
			tk->ch = '\'';
		tk->e = pos + 1;
		return tk->e;
	}
}

static const dtok *W_raw(win *w, int i);

/* Starts a window whose anchor token begins at byte a. */
static void
win_open(win *w, dctx *c, int32_t a)
{
	int32_t		start = a - 32;
	int32_t		pos;
	dtok		ring[WLEFT];
	int			nring = 0;

	w->c = c;
	w->n = 0;
	w->eof = false;
	if (start < c->last_end)
		start = c->last_end;
	if (start < 0)
		start = 0;
	/* begin at a token boundary */
	if (start > c->last_end)
		while (start < a && !is_sp((unsigned char) c->t[start - 1]))
			start++;
	pos = start;
	while (pos < a)
	{
		dtok		tk;
		int32_t		np = lex_one(c->t, a, pos, &tk);

		if (np < 0)
			break;
		ring[nring % WLEFT] = tk;
		nring++;
		pos = np;
	}
	{
		int			keep = nring < WLEFT ? nring : WLEFT;

		for (int i = 0; i < keep; i++)
			w->tk[i] = ring[(nring - keep + i) % WLEFT];
		w->n = keep;
		w->k = keep;
	}
	w->next = a;
}

/* Looks the word token up in the lexicon (once). */
static void
classify(const char *t, dtok *tk)
{
	char		low[16];
	int			n = tk->e - tk->s;
	bool		up = true;
	const ne_lex_entry *le;

	tk->lookup = false;
	for (int k = 0; k < n; k++)
	{
		unsigned char b = (unsigned char) t[tk->s + k];

		low[k] = (char) (b | 0x20);
		if (b >= 'a')
			up = false;
	}
	tk->allcaps = up && n > 1;
	le = ne_lex_lookup(low, n);
	if (le)
	{
		tk->cls = le->cls;
		tk->lflags = le->flags;
		tk->val = le->val;
	}
}

/* Token i of the window (lexing to the right on demand, classifying on first use), or NULL. */
static const dtok *
W(win *w, int i)
{
	const dtok *r = W_raw(w, i);

	if (r && r->lookup)
		classify(w->c->t, &w->tk[i]);
	return r;
}

/* Token i of the window without lexicon lookup, or NULL. */
static const dtok *
W_raw(win *w, int i)
{
	if (i < 0)
		return NULL;
	while (i >= w->n && !w->eof)
	{
		int32_t		np;

		if (w->n >= WMAX)
		{
			w->eof = true;
			break;
		}
		np = lex_one(w->c->t, w->c->len, w->next, &w->tk[w->n]);
		if (np < 0)
		{
			w->eof = true;
			break;
		}
		w->n++;
		w->next = np;
	}
	return i < w->n ? &w->tk[i] : NULL;
}

/* Index of the first token starting at or after byte pos (may be past the end). */
static int
win_index_at(win *w, int32_t pos)
{
	int			i = w->k;

	while (W_raw(w, i) != NULL && W_raw(w, i)->s < pos)
		i++;
	return i;
}

/* Is token i a word of class cls (and value val when val >= 0)? */
static bool
is_cls(win *w, int i, int cls, int val)
{
	const dtok *t = W(w, i);

	return t && t->kind == T_WORD && t->cls == cls && (val < 0 || t->val == val);
}

/* Is token i the function word f? */
static bool
is_f(win *w, int i, int f)
{
	return is_cls(w, i, LX_FUNC, f);
}

/* Is token i the punctuation character ch? */
static bool
is_p(win *w, int i, char ch)
{
	const dtok *t = W(w, i);

	return t && t->kind == T_PUNCT && t->ch == ch;
}

/* Are tokens i and i+1 adjacent (no space between)? */
static bool
adjacent(win *w, int i)
{
	const dtok *a = W(w, i);
	const dtok *b = W(w, i + 1);

	return a && b && a->e == b->s;
}

/* Case-insensitive comparison of token i with the ASCII word s. */
static bool
is_word(win *w, int i, const char *s)
{
	const dtok *t = W(w, i);

	return t && t->kind == T_WORD && ne_ascii_ieq(w->c->t + t->s, t->e - t->s, s);
}

/* ============================================================ candidates */

typedef struct cand
{
	int			first,
				last;			/* token indexes, inclusive */
	int32_t		s,
				e;				/* byte span (set from tokens unless a pattern set it) */
	ne_timex_type type;
	char		value[48];
	const char *mod;
} cand;

/* Starts a candidate over tokens [first, last]. */
static void
cand_set(win *w, cand *cd, int first, int last, ne_timex_type type)
{
	cd->first = first;
	cd->last = last;
	cd->s = W(w, first)->s;
	cd->e = W(w, last)->e;
	cd->type = type;
	cd->value[0] = 0;
	cd->mod = NULL;
}

/* Moves the start of the candidate to token i. */
static void
cand_extend_to(win *w, cand *cd, int i)
{
	cd->first = i;
	cd->s = W(w, i)->s;
}

/* Moves the end of the candidate to token i. */
static void
cand_extend_right(win *w, cand *cd, int i)
{
	cd->last = i;
	cd->e = W(w, i)->e;
}

/* ========================================================= value writers */

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
static void
v_day(dctx *c, char *v, int y, int m, int d)
{
	(void) c;
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
static void
v_days(dctx *c, char *v, int32_t days)
{
	int			y,
				m,
				d;

	ne_civil_from_days(days, &y, &m, &d);
	v_day(c, v, y, m, d);
}

/* Writes the month value YYYY-MM. */
static void
v_month(char *v, int y, int m)
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
static void
v_year(char *v, int y)
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
static void
v_week_of(char *v, int32_t days)
{
	int			iy,
				iw;

	ne_iso_week(days, &iy, &iw);
	snprintf(v, 48, "%04d-W%02d", iy, iw);
}

/* Writes the quarter value YYYY-Qn, carrying quarters out of 1..4 into the year. */
static void
v_quarter(char *v, int y, int q)
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
static void
v_cat(char *v, const char *s)
{
	size_t		n = strlen(v);

	snprintf(v + n, 48 - n, "%s", s);
}

static const char *const part_code[] = {"", "MO", "AF", "EV", "NI"};
static const char *const season_code[] = {"", "SP", "SU", "FA", "WI"};

/* ============================================================ resolution */

/* Year of month m by the window -9..+2 months around the publication. */
static int
month_year_window(dctx *c, int m)
{
	int			off = (m - c->pm);

	/* off in -11..11; choose the year that puts it in -9..+2 */
	if (off > 2)
		return c->py - 1;
	if (off < -9)
		return c->py + 1;
	return c->py;
}

/* Year of month m in a future context: the window -2..+9 months. */
static int
month_year_future(dctx *c, int m)
{
	int			off = m - c->pm;

	if (off < -2)
		return c->py + 1;
	if (off > 9)
		return c->py - 1;
	return c->py;
}

/* Year of month m for a relative word (last/next/this) or the window (rel 0). */
static int
month_year_rel(dctx *c, int m, int rel)
{
	switch (rel)
	{
		case NE_REL_LAST:
		case NE_REL_PAST:
		case NE_REL_PREVIOUS:
			return m < c->pm ? c->py : c->py - 1;
		case NE_REL_NEXT:
		case NE_REL_COMING:
		case NE_REL_FOLLOWING:
			return m > c->pm ? c->py : c->py + 1;
		case NE_REL_THIS:
			return c->py;
		default:
			return month_year_window(c, m);
	}
}

/* Day count of weekday wd: dir 0 = latest on/before pub, -1 strictly before, 1 strictly after, 2 on/after. */
static int32_t
weekday_days(dctx *c, int wd, int dir)
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

/* Does a future-tense word appear near token i (same sentence, 7 back, 3 ahead)? */
static bool
future_near(win *w, int first, int last)
{
	for (int i = first - 1; i >= 0 && i >= first - 7; i--)
	{
		const dtok *t = W(w, i);

		if (t->kind == T_PUNCT && (t->ch == '.' || t->ch == '"' || t->ch == ';'))
			break;
		if (is_f(w, i, NE_F_WILL) || is_f(w, i, NE_F_SCHEDULED))
			return true;
		if (is_f(w, i, NE_F_TO) && is_f(w, i - 1, NE_F_IS))
			return true;
	}
	for (int i = last + 1; i <= last + 3; i++)
	{
		const dtok *t = W(w, i);

		if (t == NULL || (t->kind == T_PUNCT && (t->ch == '.' || t->ch == ';')))
			break;
		if (is_f(w, i, NE_F_WILL))
			return true;
	}
	return false;
}

/* Does the sentence before byte pos (up to 160 bytes back) speak of the future (will, scheduled to, is to...)? */
static bool
future_before(dctx *c, int32_t pos, bool wide)
{
	int32_t		from = pos - 160 < 0 ? 0 : pos - 160;
	int32_t		i = pos;
	int			nwords = 0;
	bool		next_is_to = false;

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
			char		low[16];
			const ne_lex_entry *le = NULL;
			bool		to = false;

			while (i > from && is_alpha((unsigned char) c->t[i - 1]))
				i--;
			nwords++;
			if (e - i <= 15)
			{
				for (int32_t k = i; k < e; k++)
					low[k - i] = (char) (c->t[k] | 0x20);
				le = ne_lex_lookup(low, (int) (e - i));
			}
			if (le && le->cls == LX_FUNC)
			{
				switch (le->val)
				{
					case NE_F_WILL:
					case NE_F_SCHEDULED:
						return true;
					case NE_F_WOULD:
						if (wide)
							return true;
						break;
					case NE_F_BY:
					case NE_F_UNTIL:
					case NE_F_THROUGH:
						if (wide && nwords == 1)
							return true;
						break;
					case NE_F_IS:
						if (next_is_to)
							return true;
						break;
					case NE_F_TO:
						to = true;
						break;
					case NE_F_PASTV:
						return false;
				}
			}
			else if (le && le->cls == LX_REL && le->val == NE_REL_COMING && wide)
				return true;
			else if (le == NULL && e - i > 3 && (c->t[e - 1] | 0x20) == 'd' && (c->t[e - 2] | 0x20) == 'e')
				return false;	/* a past tense (announced, closed) speaks of the past */
			next_is_to = to;
			continue;
		}
		i--;
	}
	return false;
}

/* Was the word "quarter" seen in the 1500 bytes before pos (earnings context)? */
static bool
quarter_before(dctx *c, int32_t pos)
{
	return c->last_quarter >= 0 && pos - c->last_quarter <= 1500;
}

/* ============================================================ left context */

/*
 * Extends cd to the left over modifiers: early/mid/late (mid- too), the
 * end/beginning/middle of, earlier/later, approximators, and "the" when
 * allow_the.  Stops at the end of the previous expression.
 */
static void
extend_left(win *w, cand *cd, bool allow_the, bool duration)
{
	int			i = cd->first - 1;

	/* mid-1996, mid-November, mid-afternoon */
	if (is_p(w, i, '-') && adjacent(w, i) && is_cls(w, i - 1, LX_MOD, -1) && adjacent(w, i - 1))
	{
		int			v = W(w, i - 1)->val;

		if (v == NE_MOD_MID || v == NE_MOD_EARLY || v == NE_MOD_LATE)
		{
			cd->mod = v == NE_MOD_MID ? "MID" : v == NE_MOD_EARLY ? "START" : "END";
			cand_extend_to(w, cd, i - 1);
			i -= 2;
		}
	}
	else if (is_cls(w, i, LX_MOD, NE_MOD_EARLY) || is_cls(w, i, LX_MOD, NE_MOD_MID) ||
			 is_cls(w, i, LX_MOD, NE_MOD_LATE))
	{
		int			v = W(w, i)->val;

		cd->mod = v == NE_MOD_MID ? "MID" : v == NE_MOD_EARLY ? "START" : "END";
		cand_extend_to(w, cd, i);
		i--;
	}
	else if (is_f(w, i, NE_F_EARLIER) || is_f(w, i, NE_F_LATER))
	{
		if (!duration)
		{
			cd->mod = is_f(w, i, NE_F_EARLIER) ? "START" : "END";
			cand_extend_to(w, cd, i);
			i--;
		}
	}
	else if (is_f(w, i, NE_F_OF) && is_cls(w, i - 1, LX_MOD, -1) && is_f(w, i - 2, NE_F_THE))
	{
		int			v = W(w, i - 1)->val;

		if (v == NE_MOD_END || v == NE_MOD_BEGINNING || v == NE_MOD_MIDDLE)
		{
			cd->mod = v == NE_MOD_END ? "END" : v == NE_MOD_BEGINNING ? "START" : "MID";
			cand_extend_to(w, cd, i - 2);
			return;
		}
	}
	/* "the" before a mod or a bare decade/quarter */
	if (allow_the && is_f(w, i, NE_F_THE))
	{
		cand_extend_to(w, cd, i);
		i--;
	}
	/* approximators */
	if (is_cls(w, i, LX_APPROX, -1))
	{
		if (!cd->mod)
			cd->mod = W(w, i)->val == NE_AP_NEARLY ? (duration ? "EQUAL_OR_LESS" : "APPROX") : "APPROX";
		cand_extend_to(w, cd, i);
		i--;
	}
	else if (duration && (is_f(w, i, NE_F_THAN) && (is_f(w, i - 1, NE_F_MORE) || is_f(w, i - 1, NE_F_LESS))))
	{
		cd->mod = is_f(w, i - 1, NE_F_MORE) ? "MORE_THAN" : "LESS_THAN";
		if (is_f(w, i - 2, NE_F_NO))
		{
			cd->mod = "EQUAL_OR_LESS";
			cand_extend_to(w, cd, i - 2);
		}
		else
			cand_extend_to(w, cd, i - 1);
	}
	else if (duration && is_f(w, i, NE_F_LEAST) && is_f(w, i - 1, NE_F_AT))
	{
		cd->mod = "EQUAL_OR_MORE";
		cand_extend_to(w, cd, i - 1);
	}
	else if (duration && is_f(w, i, NE_F_TO) && is_f(w, i - 1, NE_F_UP))
	{
		cd->mod = "EQUAL_OR_LESS";
		cand_extend_to(w, cd, i - 1);
	}
}

/* ============================================================== emission */

/* Derives range and granularity from a TIMEX3 value. */
static void
value_range(const char *v, ne_timex *tx)
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
					if (q[0] == season_code[i][0] && q[1] == season_code[i][1])
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

/* Appends a candidate to the document if it does not overlap the previous one; returns its end or -1. */
static int32_t
emit(dctx *c, const cand *cd)
{
	ne_doc	   *doc = c->doc;
	ne_timex   *tx;

	if (cd->s < c->last_end || cd->e <= cd->s || cd->e > c->len || cd->value[0] == 0)
		return -1;
	tx = NE_PUSH(doc->arena, doc->timexes, doc->ntimexes, doc->cap_timexes);
	tx->span.start = cd->s;
	tx->span.end = cd->e;
	tx->type = cd->type;
	memcpy(tx->value, cd->value, sizeof(tx->value) < sizeof(cd->value) ? sizeof(tx->value) : sizeof(cd->value));
	tx->value[sizeof(tx->value) - 1] = 0;
	if (cd->mod)
	{
		strncpy(tx->mod, cd->mod, sizeof(tx->mod) - 1);
		tx->mod[sizeof(tx->mod) - 1] = 0;
	}
	else
		tx->mod[0] = 0;
	if (cd->type == NE_TIMEX_DATE || cd->type == NE_TIMEX_TIME)
		value_range(tx->value, tx);
	else
	{
		tx->has_range = false;
		tx->granularity = NE_GRAN_NONE;
	}
	c->last_end = cd->e;
	return cd->e;
}

/* ================================================================ rules */

/* Number value of a quantity ending at token i (digits or number words); sets *first; -1 if none, -2 vague. */
static int
quantity_before(win *w, int i, int *first)
{
	const dtok *t = W(w, i);

	if (t == NULL)
		return -1;
	if (t->kind == T_NUM)
	{
		if (t->ndig > 6 || is_p(w, i - 1, ',') || is_p(w, i - 1, '$') ||
			(t->ndig == 4 && t->num >= 1900 && t->num <= 2099))
			return -1;
		if (is_p(w, i - 1, '.') && adjacent(w, i - 1) && adjacent(w, i - 2) && W(w, i - 2)->kind == T_NUM)
		{
			/* 1.5 years */
			if (W(w, i - 2)->ndig > 6 || t->ndig > 3)
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

			if (is_f(w, i - 1, NE_F_A))
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

			if (is_p(w, j, '-') && adjacent(w, j) && adjacent(w, j - 1))
				j--;
			if (is_cls(w, j, LX_NUM, -1) && W(w, j)->val >= 20 && W(w, j)->val <= 90 && W(w, j)->val % 10 == 0)
			{
				*first = j;
				return W(w, j)->val + v;
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
		if (is_f(w, i - 1, NE_F_A))
			*first = i - 1;
		return -2;
	}
	if (t->cls == LX_FUNC && t->val == NE_F_OF && is_cls(w, i - 1, LX_VAGUE, -1))
	{
		/* a couple of */
		*first = i - 1;
		if (is_f(w, i - 2, NE_F_A))
			*first = i - 2;
		return is_word(w, i - 1, "couple") ? 2 : -2;
	}
	return -1;
}

/* Unit letter of a duration. */
static const char *
unit_code(int u)
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
static void
v_duration(char *v, int n, int u)
{
	bool		t = u == NE_U_SECOND || u == NE_U_MINUTE || u == NE_U_HOUR;

	if (u == NE_U_DECADE && n > 0)
		snprintf(v, 48, "P%dY", n * 10);
	else if (n < 0)
		snprintf(v, 48, "P%sX%s", t ? "T" : "", unit_code(u));
	else
		snprintf(v, 48, "P%s%d%s", t ? "T" : "", n, unit_code(u));
}

/* Writes the duration of n and a half units (2 1/2 years: P2Y6M); false for units without halves. */
static bool
v_duration_half(char *v, int n, int u)
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

/* Value of a point n units before (sign -1) or after (+1) the publication, at the unit's granularity. */
static bool
v_shift(dctx *c, char *v, int n, int u, int sign, bool quarter_ctx)
{
	int			y = c->py,
				m = c->pm;

	if (!c->pub)
	{
		switch (u)
		{
			case NE_U_YEAR:
			case NE_U_DECADE:
				snprintf(v, 48, "XXXX");
				return true;
			case NE_U_MONTH:
				snprintf(v, 48, "XXXX-XX");
				return true;
			case NE_U_WEEK:
				snprintf(v, 48, "XXXX-WXX");
				return true;
			case NE_U_DAY:
				snprintf(v, 48, "XXXX-XX-XX");
				return true;
		}
		return false;
	}
	if (n > 5000)
		return false;
	switch (u)
	{
		case NE_U_YEAR:
			if (quarter_ctx && n == 1)
			{
				v_quarter(v, c->py - 1, c->pq - 1);
				return true;
			}
			v_year(v, c->py + sign * n);
			return true;
		case NE_U_DECADE:
			v_year(v, c->py + sign * 10 * n);
			return true;
		case NE_U_MONTH:
			ne_add_months(&y, &m, sign * n);
			v_month(v, y, m);
			return true;
		case NE_U_QUARTER:
			v_quarter(v, c->py, c->pq + sign * n);
			return true;
		case NE_U_WEEK:
			v_week_of(v, c->pdays + sign * 7 * n);
			return true;
		case NE_U_DAY:
			v_days(c, v, c->pdays + sign * n);
			return true;
		case NE_U_HOUR:
		case NE_U_MINUTE:
			v_days(c, v, c->pdays);
			return true;
	}
	return false;
}

/* Value of "this/last/next <unit>" (delta -1, 0, +1). */
static bool
v_rel_unit(dctx *c, char *v, int u, int delta)
{
	if (!c->pub)
	{
		switch (u)
		{
			case NE_U_YEAR:
				snprintf(v, 48, "XXXX");
				return true;
			case NE_U_MONTH:
				snprintf(v, 48, "XXXX-XX");
				return true;
			case NE_U_WEEK:
				snprintf(v, 48, "XXXX-WXX");
				return true;
			case NE_U_WEEKEND:
				snprintf(v, 48, "XXXX-WXX-WE");
				return true;
			case NE_U_QUARTER:
				snprintf(v, 48, "XXXX-QX");
				return true;
			case NE_U_DECADE:
				snprintf(v, 48, "XXX");
				return true;
		}
		return false;
	}
	switch (u)
	{
		case NE_U_YEAR:
		case NE_U_MONTH:
		case NE_U_WEEK:
		case NE_U_QUARTER:
			return v_shift(c, v, delta < 0 ? -delta : delta, u, delta < 0 ? -1 : 1, false);
		case NE_U_WEEKEND:
			v_week_of(v, c->pdays + 7 * delta);
			v_cat(v, "-WE");
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

/* Year named by a 4-digit number token (1000..2999), or 0. */
static int
year_of_tok(const dtok *t)
{
	if (t && t->kind == T_NUM && t->ndig == 4 && t->num >= 1000 && t->num <= 2999)
		return t->num;
	return 0;
}

/* A year in words at token i (nineteen ninety-six, two thousand); sets *last; 0 if none. */
static int
year_words(win *w, int i, int *last)
{
	const dtok *t = W(w, i);

	if (t == NULL || t->kind != T_WORD || t->cls != LX_NUM)
		return 0;
	if (t->val == 19 && is_cls(w, i + 1, LX_NUM, -1) && W(w, i + 1)->val >= 20 &&
		W(w, i + 1)->val <= 90 && W(w, i + 1)->val % 10 == 0)
	{
		int			y = 1900 + W(w, i + 1)->val;

		*last = i + 1;
		if (is_p(w, i + 2, '-') && adjacent(w, i + 1) && adjacent(w, i + 2) &&
			is_cls(w, i + 3, LX_NUM, -1) && W(w, i + 3)->val < 10)
		{
			y += W(w, i + 3)->val;
			*last = i + 3;
		}
		else if (is_cls(w, i + 2, LX_NUM, -1) && W(w, i + 2)->val < 10)
		{
			y += W(w, i + 2)->val;
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
static bool
rule_year_words(win *w, int i, cand *cd)
{
	int			last = i;
	int			y = year_words(w, i, &last);

	if (y == 0)
		return false;
	cand_set(w, cd, i, last, NE_TIMEX_DATE);
	v_year(cd->value, y);
	return true;
}

/*
 * After token i: "of 1990", "1990", "of this/last/next year", "this/last
 * year"; returns the year (0 if none) and the last token used in *last.
 */
static int
year_after(win *w, int i, int *last)
{
	dctx	   *c = w->c;
	int			j = i + 1;
	int			y;

	if (is_f(w, j, NE_F_OF))
		j++;
	if (is_f(w, j, NE_F_FISCAL))
		j++;
	y = year_of_tok(W(w, j));
	if (y)
	{
		*last = j;
		return y;
	}
	y = year_words(w, j, last);
	if (y)
		return y;
	if (c->pub && is_cls(w, j, LX_REL, -1) && is_cls(w, j + 1, LX_UNIT, NE_U_YEAR))
	{
		int			r = W(w, j)->val;

		*last = j + 1;
		if (r == NE_REL_THIS)
			return c->py;
		if (r == NE_REL_LAST)
			return c->py - 1;
		if (r == NE_REL_NEXT)
			return c->py + 1;
	}
	return 0;
}

/* Part of day after token i (morning...), with its token index, or 0. */
static int
part_after(win *w, int i, int *at)
{
	if (is_cls(w, i + 1, LX_PART, -1) && !(W(w, i + 1)->lflags & NE_LXF_PLURAL))
	{
		*at = i + 1;
		return W(w, i + 1)->val;
	}
	return 0;
}

/* Month rule at token i (a month name); fills cd. */
static bool
rule_month(win *w, int i, cand *cd)
{
	dctx	   *c = w->c;
	const dtok *t = W(w, i);
	int			m = t->val;
	int32_t		ov[10];
	int			y = 0,
				d = 0;
	bool		abbr = t->cls == LX_MONTH_ABBR;
	int32_t		after = t->e;

	if (!t->cap)
		return false;
	if (rx_match(RX_MONTAIL, c->t, c->len, after, ov, 5) > 0)
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
			if (!y && ov[6] >= 0 && ov[8] < 0)
				end = ov[7];	/* Jan. 10-12 */
			else if (!y)
				end = ov[5];
			cand_set(w, cd, i, i, NE_TIMEX_DATE);
			cd->e = end;
			cd->last = win_index_at(w, end) - 1;
			/* June 20 last year */
			if (!y && c->pub && is_cls(w, cd->last + 1, LX_REL, -1) &&
				is_cls(w, cd->last + 2, LX_UNIT, NE_U_YEAR) && !(W(w, cd->last + 2)->lflags & NE_LXF_PLURAL))
			{
				int			r = W(w, cd->last + 1)->val;

				if (r == NE_REL_THIS || r == NE_REL_LAST || r == NE_REL_NEXT)
				{
					y = r == NE_REL_LAST ? c->py - 1 : r == NE_REL_NEXT ? c->py + 1 : c->py;
					cand_extend_right(w, cd, cd->last + 2);
					if (!ne_valid_ymd(y, m, d))
						return false;
				}
			}
			if (y)
				v_day(c, cd->value, y, m, d);
			else if (c->pub && (future_near(w, i, i) || future_before(c, t->s, true)))
				v_day(c, cd->value, month_year_future(c, m), m, d);
			else if (c->pub)
				v_day(c, cd->value, month_year_window(c, m), m, d);
			else
				snprintf(cd->value, 48, "XXXX-%02d-%02d", m, d);
			return true;
		}
	}
	if (rx_match(RX_MONYEAR, c->t, c->len, after, ov, 3) > 0)
	{
		y = num_at(c->t, ov[4], ov[5]);
		if (y >= 1000 && y <= 2999)
		{
			cand_set(w, cd, i, i, NE_TIMEX_DATE);
			cd->e = ov[5];
			cd->last = win_index_at(w, cd->e) - 1;
			v_month(cd->value, y, m);
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

		if (is_p(w, j, '.') && abbr)
			j++;
		if ((is_cls(w, j, LX_NUM, -1) || is_cls(w, j, LX_ORD, -1)) && !W(w, j)->nl_before)
		{
			dd = W(w, j)->val;
			if ((dd == 20 || dd == 30) && is_cls(w, j, LX_NUM, -1))
			{
				int			k = is_p(w, j + 1, '-') ? j + 2 : j + 1;

				if ((is_cls(w, k, LX_NUM, -1) || is_cls(w, k, LX_ORD, -1)) && W(w, k)->val < 10)
				{
					dd += W(w, k)->val;
					j = k;
				}
			}
			if (dd >= 1 && dd <= ne_days_in_month(2000, m) && !is_cls(w, j + 1, LX_UNIT, -1) &&
				!is_cls(w, j + 1, LX_NUM, -1) && !is_f(w, j + 1, NE_F_OF) &&
				(W(w, j)->cap || W(w, j)->cls == LX_ORD))
			{
				cand_set(w, cd, i, j, NE_TIMEX_DATE);
				if (c->pub)
					v_day(c, cd->value, future_before(c, t->s, true) ? month_year_future(c, m) :
						  month_year_window(c, m), m, dd);
				else
					snprintf(cd->value, 48, "XXXX-%02d-%02d", m, dd);
				return true;
			}
		}
	}
	{
		int			last = i;
		int			rel = 0;
		int			yr = year_after(w, i, &last);
		const dtok *p = W(w, i - 1);

		if (!yr && (m == 5 || m == 3))
		{
			bool		ok = p && p->kind == T_WORD &&
				(p->cls == LX_REL || p->cls == LX_MOD || is_f(w, i - 1, NE_F_IN) ||
				 is_f(w, i - 1, NE_F_SINCE) || is_f(w, i - 1, NE_F_UNTIL) ||
				 is_f(w, i - 1, NE_F_BY) || is_f(w, i - 1, NE_F_DURING) ||
				 is_f(w, i - 1, NE_F_FROM) || is_f(w, i - 1, NE_F_BEFORE) ||
				 is_f(w, i - 1, NE_F_AFTER) || is_f(w, i - 1, NE_F_THROUGH) ||
				 is_f(w, i - 1, NE_F_OF) || is_f(w, i - 1, NE_F_EACH) || is_f(w, i - 1, NE_F_EVERY));

			if (p && is_p(w, i - 1, '-') && is_cls(w, i - 2, LX_MOD, -1))
				ok = true;
			if (!ok)
				return false;
		}
		if (t->allcaps && !t->dot && !yr)
			return false;
		cand_set(w, cd, i, last, NE_TIMEX_DATE);
		if (is_cls(w, i - 1, LX_REL, -1))
		{
			rel = W(w, i - 1)->val;
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
		if (is_f(w, i - 1, NE_F_EACH) || is_f(w, i - 1, NE_F_EVERY))
		{
			cand_extend_to(w, cd, i - 1);
			cd->type = NE_TIMEX_SET;
			snprintf(cd->value, 48, "XXXX-%02d", m);
			return true;
		}
		if (yr)
			v_month(cd->value, yr, m);
		else if (c->pub && rel == 0 && (future_near(w, i, last) || future_before(c, t->s, true)))
			v_month(cd->value, month_year_future(c, m), m);
		else if (c->pub)
			v_month(cd->value, month_year_rel(c, m, rel), m);
		else
			snprintf(cd->value, 48, "XXXX-%02d", m);
		if (cd->first == i)
			extend_left(w, cd, false, false);
		return true;
	}
}

/* Weekday rule at token i. */
static bool
rule_weekday(win *w, int i, cand *cd)
{
	dctx	   *c = w->c;
	const dtok *t = W(w, i);
	int			wd = t->val;
	int			j = i + 1;
	int			dir = 0;
	int			pt = 0,
				ptat = 0;

	if (!t->cap)
		return false;
	if (t->cls == LX_WEEKDAY_ABBR && !t->dot)
		return false;
	/* Saturday, April 25 / Friday Oct. 13 */
	if (is_p(w, j, ','))
		j++;
	if (is_cls(w, j, LX_MONTH, -1) || is_cls(w, j, LX_MONTH_ABBR, -1))
	{
		cand		m;

		if (rule_month(w, j, &m) && m.value[7] == '-')
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
		snprintf(cd->value, 48, "XXXX-WXX-%d", wd);
		return true;
	}
	cand_set(w, cd, i, i, NE_TIMEX_DATE);
	if (is_f(w, i - 1, NE_F_EVERY) || is_f(w, i - 1, NE_F_EACH))
	{
		cand_extend_to(w, cd, i - 1);
		cd->type = NE_TIMEX_SET;
		snprintf(cd->value, 48, "XXXX-WXX-%d", wd);
		return true;
	}
	if (is_cls(w, i - 1, LX_REL, -1))
	{
		int			r = W(w, i - 1)->val;

		if (r == NE_REL_LAST || r == NE_REL_PREVIOUS || r == NE_REL_PAST)
			dir = -1;
		else if (r == NE_REL_NEXT || r == NE_REL_COMING || r == NE_REL_FOLLOWING)
			dir = 1;
		else if (r == NE_REL_THIS)
			dir = 2;
		if (dir != 0)
		{
			cand_extend_to(w, cd, i - 1);
			if (r == NE_REL_COMING && is_cls(w, i - 2, LX_REL, NE_REL_THIS))
				cand_extend_to(w, cd, i - 2);
			if ((r == NE_REL_PREVIOUS || r == NE_REL_FOLLOWING) && is_f(w, i - 2, NE_F_THE))
				cand_extend_to(w, cd, i - 2);
		}
	}
	else if (future_near(w, i, i) || (c->pub && future_before(c, t->s, true)))
		dir = 2;				/* will meet Tuesday, is scheduled to close Monday */
	pt = part_after(w, i, &ptat);
	if (c->pub)
		v_days(c, cd->value, weekday_days(c, wd, dir));
	else
		snprintf(cd->value, 48, "XXXX-WXX-%d", wd);
	if (pt)
	{
		/* "Friday night" is annotated as the day; morning, afternoon, evening keep their part */
		cand_extend_right(w, cd, ptat);
		if (pt != NE_PART_NI)
		{
			v_cat(cd->value, "T");
			v_cat(cd->value, part_code[pt]);
			cd->type = NE_TIMEX_TIME;
		}
	}
	/* "Earlier Friday" is annotated as the day alone */
	if (cd->first == i && !is_f(w, i - 1, NE_F_EARLIER) && !is_f(w, i - 1, NE_F_LATER))
		extend_left(w, cd, false, false);
	return true;
}

/* Season rule at token i. */
static bool
rule_season(win *w, int i, cand *cd)
{
	dctx	   *c = w->c;
	int			s = W(w, i)->val;
	int			last = i;
	int			yr = year_after(w, i, &last);
	int			rel = 0;
	bool		det = false;

	if (is_cls(w, i - 1, LX_REL, -1))
	{
		rel = W(w, i - 1)->val;
		det = true;
	}
	else if (is_cls(w, i - 1, LX_REF, NE_REF_PASTWORD) && is_cls(w, i - 2, LX_REL, NE_REL_THIS))
	{
		rel = NE_REL_PAST;		/* this past spring */
		det = true;
	}
	else if (is_f(w, i - 1, NE_F_THE) || is_cls(w, i - 1, LX_MOD, -1))
		det = true;
	else if ((is_f(w, i - 1, NE_F_IN) || is_f(w, i - 1, NE_F_DURING) || is_f(w, i - 1, NE_F_SINCE) ||
			  is_f(w, i - 1, NE_F_UNTIL) || is_f(w, i - 1, NE_F_BY) || is_f(w, i - 1, NE_F_THROUGH)) &&
			 !is_cls(w, i + 1, LX_UNIT, -1) && !(W(w, i + 1) && W(w, i + 1)->kind == T_WORD &&
												 W(w, i + 1)->cls == LX_NONE && !W(w, i + 1)->cap))
		det = true;				/* in summer (not "in summer months", "in spring wheat") */
	if (!yr && !det)
		return false;
	if (!yr && (s == NE_SEASON_FA || s == NE_SEASON_SP) && is_f(w, i - 1, NE_F_THE) &&
		!is_f(w, i + 1, NE_F_OF))
		return false;			/* "the fall of the dollar" */
	if (!yr && is_f(w, i + 1, NE_F_OF))
		return false;
	cand_set(w, cd, i, last, NE_TIMEX_DATE);
	if (yr)
	{
		if (yr >= 1000)
			snprintf(cd->value, 48, "%04d-%s", yr, season_code[s]);
	}
	else if (c->pub)
	{
		/* the season instance: this = the one of the year; last = latest ended; next = next to start */
		int			y = c->py;
		int			m0 = 3 * s;
		int32_t		st;

		if (rel == 0)
			y = month_year_window(c, m0);	/* in summer: the instance starting 9 months back to 3 ahead */
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
		snprintf(cd->value, 48, "%04d-%s", y, season_code[s]);
	}
	else
		snprintf(cd->value, 48, "XXXX-%s", season_code[s]);
	if (rel == NE_REL_PAST && is_cls(w, i - 2, LX_REL, NE_REL_THIS))
		cand_extend_to(w, cd, i - 2);	/* this past spring */
	else if (rel)
		cand_extend_to(w, cd, i - 1);
	else
		extend_left(w, cd, true, false);
	return cd->value[0] != 0;
}

/* Today / yesterday / tomorrow / tonight at token i. */
static bool
rule_dayword(win *w, int i, cand *cd)
{
	dctx	   *c = w->c;
	int			off = W(w, i)->val;
	int			pt = 0,
				ptat = 0;

	/* "Today" capitalised inside a sentence names a programme or a paper */
	if (W(w, i)->cap && !W(w, i)->allcaps && W(w, i - 1) && !W(w, i)->nl_before &&
		!(W(w, i - 1)->kind == T_PUNCT && strchr(".!?\"'(-:", W(w, i - 1)->ch)) &&
		!is_cls(w, i - 1, LX_MOD, -1) && !is_f(w, i - 1, NE_F_EARLIER) && !is_f(w, i - 1, NE_F_LATER))
		return false;
	cand_set(w, cd, i, i, NE_TIMEX_DATE);
	if ((off == -1 || off == 1) && is_f(w, i - 1, off < 0 ? NE_F_BEFORE : NE_F_AFTER) &&
		is_cls(w, i - 2, LX_UNIT, NE_U_DAY) && is_f(w, i - 3, NE_F_THE))
	{
		cand_extend_to(w, cd, i - 3);	/* the day before yesterday */
		off *= 2;
	}
	if (off == 9)
		off = 0;				/* tonight: annotated as the day */
	else
		pt = part_after(w, i, &ptat);
	if (c->pub)
		v_days(c, cd->value, c->pdays + off);
	else
		snprintf(cd->value, 48, "XXXX-XX-XX");
	if (pt)
	{
		if (ptat)
		{
			cand_extend_right(w, cd, ptat);
			cd->type = NE_TIMEX_TIME;
		}
		v_cat(cd->value, "T");
		v_cat(cd->value, part_code[pt]);
	}
	extend_left(w, cd, false, false);
	return true;
}

/* Part of the day at token i: this morning, last night. */
static bool
rule_part(win *w, int i, cand *cd)
{
	dctx	   *c = w->c;
	int			pt = W(w, i)->val;
	int32_t		day;

	if (W(w, i)->lflags & NE_LXF_PLURAL)
		return false;
	if (is_cls(w, i - 1, LX_REL, NE_REL_THIS))
		day = c->pdays;
	else if (is_cls(w, i - 1, LX_REL, NE_REL_LAST) && pt == NE_PART_NI)
		day = c->pdays - 1;
	else if (is_p(w, i - 1, '-') && is_cls(w, i - 2, LX_MOD, NE_MOD_MID))
		day = c->pdays;
	else if (is_cls(w, i - 1, LX_MOD, NE_MOD_MID))
		day = c->pdays;
	else
		return false;
	cand_set(w, cd, i, i, NE_TIMEX_TIME);
	if (is_cls(w, i - 1, LX_REL, -1))
		cand_extend_to(w, cd, i - 1);
	if (c->pub)
		v_days(c, cd->value, day);
	else
		snprintf(cd->value, 48, "XXXX-XX-XX");
	v_cat(cd->value, "T");
	v_cat(cd->value, part_code[pt]);
	extend_left(w, cd, false, false);
	return true;
}

/* Date after a time of day (3 p.m. Tuesday, noon Thursday, 5 p.m. EST Nov. 9): sets the day value. */
static bool
day_after_time(win *w, int j, cand *cd, char *dayv)
{
	dctx	   *c = w->c;

	if (is_cls(w, j, LX_TZ, -1))
		j++;
	if (is_p(w, j, ','))
		j++;
	if (is_cls(w, j, LX_WEEKDAY, -1) && W(w, j)->cap && !(W(w, j)->lflags & NE_LXF_PLURAL))
	{
		cand		m;

		if (rule_weekday(w, j, &m) && m.type == NE_TIMEX_DATE)
		{
			snprintf(dayv, 48, "%s", m.value);
			cand_extend_right(w, cd, m.last);
			cd->e = m.e;
			return true;
		}
	}
	if ((is_cls(w, j, LX_MONTH, -1) || is_cls(w, j, LX_MONTH_ABBR, -1)))
	{
		cand		m;

		if (rule_month(w, j, &m) && strlen(m.value) == 10)
		{
			snprintf(dayv, 48, "%s", m.value);
			cd->last = m.last;
			cd->e = m.e;
			return true;
		}
	}
	if (is_cls(w, j, LX_DAYWORD, -1) && W(w, j)->val != 9)
	{
		if (c->pub)
			v_days(c, dayv, c->pdays + W(w, j)->val);
		else
			snprintf(dayv, 48, "XXXX-XX-XX");
		cand_extend_right(w, cd, j);
		return true;
	}
	return false;
}

/* Noon / midnight / midday at token i. */
static bool
rule_clock(win *w, int i, cand *cd)
{
	dctx	   *c = w->c;
	char		dayv[48];
	int			h = W(w, i)->val;

	cand_set(w, cd, i, i, NE_TIMEX_TIME);
	if (!day_after_time(w, i + 1, cd, dayv))
	{
		if (c->pub)
			v_days(c, dayv, c->pdays);
		else
			snprintf(dayv, 48, "XXXX-XX-XX");
	}
	snprintf(cd->value, 48, "%.10sT%02d:00", dayv, h);
	extend_left(w, cd, false, false);
	return true;
}

/* now, currently, recently, current, recent, the past, the future at token i. */
static bool
rule_ref(win *w, int i, cand *cd)
{
	int			r = W(w, i)->val;
	const dtok *n = W(w, i + 1);

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
			if (is_f(w, i - 1, NE_F_MORE))
				cand_extend_to(w, cd, i - 1);
			return true;
		case NE_REF_CURRENT:
			if (is_f(w, i - 1, NE_F_THE))
				return false;	/* the current account */
			snprintf(cd->value, 48, "PRESENT_REF");
			return true;
		case NE_REF_RECENT:
			if (n && n->kind == T_WORD && !n->cap && n->cls == LX_NONE && !is_f(w, i - 1, NE_F_THE))
			{
				/* recent + noun: only as a predicate ("is recent") */
				return false;
			}
			snprintf(cd->value, 48, "PAST_REF");
			return true;
		case NE_REF_PASTWORD:
			if (!is_f(w, i - 1, NE_F_THE))
				return false;
			if (n && n->kind == T_WORD && n->cls == LX_NONE && !n->cap)
				return false;	/* the past practice */
			cand_extend_to(w, cd, i - 1);
			snprintf(cd->value, 48, "PAST_REF");
			return true;
		case NE_REF_FUTURE:
			if (is_f(w, i - 1, NE_F_NEAR) && is_f(w, i - 2, NE_F_THE))
				cand_extend_to(w, cd, i - 2);
			else if (is_f(w, i - 1, NE_F_THE))
				cand_extend_to(w, cd, i - 1);
			else
				return false;
			if (n && n->kind == T_WORD && n->cls == LX_NONE && !n->cap)
				return false;	/* the future president */
			snprintf(cd->value, 48, "FUTURE_REF");
			return true;
	}
	return false;
}

/* daily, weekly, annually ... at token i. */
static bool
rule_setadv(win *w, int i, cand *cd)
{
	int			u = W(w, i)->val;
	cand_set(w, cd, i, i, NE_TIMEX_SET);
	if (u == NE_U_QUARTER)
		snprintf(cd->value, 48, "P3M");
	else
		v_duration(cd->value, 1, u);
	return true;
}

/* The nineties, the early eighties at token i. */
static bool
rule_decade_word(win *w, int i, cand *cd)
{
	dctx	   *c = w->c;
	int			dec = W(w, i)->val;
	int			cent = 19;

	if (!is_f(w, i - 1, NE_F_THE) && !is_cls(w, i - 1, LX_MOD, -1))
		return false;
	if (c->pub && dec * 10 + 1900 > c->py + 10)
		cent = 18;
	cand_set(w, cd, i, i, NE_TIMEX_DATE);
	snprintf(cd->value, 48, "%02d%d", cent, dec);
	extend_left(w, cd, true, false);
	return true;
}

/* Day count of the n-th weekday wd of month m of year y (n = -1: the last). */
static int32_t
nth_weekday(int y, int m, int wd, int n)
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
static int32_t
easter(int y)
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

/* Christmas (Eve), Thanksgiving (Day), Halloween, Easter at token i. */
static bool
rule_holiday(win *w, int i, cand *cd)
{
	dctx	   *c = w->c;
	int			h = W(w, i)->val;
	int			last = i;
	int			y;
	int			m = h == NE_HOL_CHRISTMAS ? 12 : h == NE_HOL_THANKSGIVING ? 11 : h == NE_HOL_HALLOWEEN ? 10 : 4;
	int32_t		days;
	int			yr;

	if (!W(w, i)->cap)
		return false;
	if (is_f(w, i + 1, NE_F_DAY) || is_word(w, i + 1, "day") || is_f(w, i + 1, NE_F_EVE))
		last = i + 1;
	yr = year_after(w, last, &last);
	y = yr ? yr : c->pub ? month_year_window(c, m) : 0;
	if (is_cls(w, i - 1, LX_REL, NE_REL_LAST) && c->pub && !yr)
		y = month_year_rel(c, m, NE_REL_LAST);
	cand_set(w, cd, i, last, NE_TIMEX_DATE);
	if (is_cls(w, i - 1, LX_REL, NE_REL_LAST) || is_cls(w, i - 1, LX_REL, NE_REL_NEXT) ||
		is_cls(w, i - 1, LX_REL, NE_REL_THIS))
		cand_extend_to(w, cd, i - 1);
	if (y == 0)
	{
		if (h == NE_HOL_CHRISTMAS)
			snprintf(cd->value, 48, is_f(w, i + 1, NE_F_EVE) ? "XXXX-12-24" : "XXXX-12-25");
		else if (h == NE_HOL_HALLOWEEN)
			snprintf(cd->value, 48, "XXXX-10-31");
		else
			return false;
		return true;
	}
	switch (h)
	{
		case NE_HOL_CHRISTMAS:
			days = ne_days_from_civil(y, 12, is_f(w, i + 1, NE_F_EVE) ? 24 : 25);
			break;
		case NE_HOL_THANKSGIVING:
			days = nth_weekday(y, 11, 4, 4);
			break;
		case NE_HOL_HALLOWEEN:
			days = ne_days_from_civil(y, 10, 31);
			break;
		default:
			days = easter(y);
			break;
	}
	v_days(c, cd->value, days);
	return true;
}

/* Ordinal value of token i (first, 3rd, 20th), or 0. */
static int
ordinal_at(win *w, int i)
{
	const dtok *t = W(w, i);

	if (t == NULL)
		return 0;
	if (t->kind == T_WORD && t->cls == LX_ORD)
		return t->val;
	if (t->kind == T_NUM && t->ndig <= 2 && adjacent(w, i))
	{
		const dtok *s = W(w, i + 1);

		if (s->kind == T_WORD && (is_word(w, i + 1, "st") || is_word(w, i + 1, "nd") ||
								  is_word(w, i + 1, "rd") || is_word(w, i + 1, "th")))
			return t->num;
	}
	return 0;
}

/* Ordinal ending at token i (20 th -> token before); returns start index in *first. */
static int
ordinal_before(win *w, int i, int *first)
{
	const dtok *t = W(w, i);

	if (t == NULL)
		return 0;
	if (t->kind == T_WORD && t->cls == LX_ORD)
	{
		*first = i;
		return t->val;
	}
	if (t->kind == T_WORD && i >= 1 && ordinal_at(w, i - 1))
	{
		*first = i - 1;
		return ordinal_at(w, i - 1);
	}
	return 0;
}

/* Quarter / half with an ordinal: the third quarter (of 1990), third-quarter, first half. */
static bool
rule_quarter(win *w, int i, cand *cd)
{
	dctx	   *c = w->c;
	int			u = W(w, i)->val;
	int			j = i - 1;
	int			first = i;
	int			q;
	int			y = 0;
	int			last = i;
	int			of;

	if (is_p(w, j, '-') && adjacent(w, j) && adjacent(w, j - 1))
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
	of = year_after(w, i, &last);
	if (of)
	{
		y = of;
		cand_extend_right(w, cd, last);
	}
	j = first - 1;
	if (is_f(w, j, NE_F_FISCAL) || (is_p(w, j, '-') && is_f(w, j - 1, NE_F_FISCAL)))
	{
		j = is_p(w, j, '-') ? j - 2 : j - 1;
		cand_extend_to(w, cd, j + 1);
	}
	if (!y && year_of_tok(W(w, j)))
	{
		y = W(w, j)->num;
		cand_extend_to(w, cd, j);
		j--;
	}
	else if (!y && is_word(w, j, "s") && is_p(w, j - 1, '\'') && is_cls(w, j - 2, LX_UNIT, NE_U_YEAR) &&
			 is_cls(w, j - 3, LX_REL, -1) && c->pub)
	{
		/* this year's / last year's / next year's */
		int			r = W(w, j - 3)->val;

		y = r == NE_REL_LAST ? c->py - 1 : r == NE_REL_NEXT ? c->py + 1 : c->py;
		cand_extend_to(w, cd, j - 3);
		j -= 4;
	}
	else if (!y && is_cls(w, j, LX_REL, -1) && c->pub)
	{
		int			r = W(w, j)->val;

		if (r == NE_REL_THIS)
		{
			cand_extend_to(w, cd, j);
			j--;
		}
	}
	if (is_f(w, j, NE_F_THE) && !(is_p(w, i - 1, '-') && adjacent(w, i - 1)))
		cand_extend_to(w, cd, j);
	if (!y && c->pub)
	{
		y = c->py;
		if (u == NE_U_QUARTER && q > c->pq && !future_near(w, cd->first, cd->last))
			y--;
	}
	if (y)
		snprintf(cd->value, 48, "%04d-%c%d", y, u == NE_U_HALF ? 'H' : 'Q', q);
	else
		snprintf(cd->value, 48, "XXXX-%c%d", u == NE_U_HALF ? 'H' : 'Q', q);
	if (cd->first == first)
		extend_left(w, cd, !(is_p(w, i - 1, '-') && adjacent(w, i - 1)), false);
	return true;
}

/* Q3, Q3 2016, H1 2017 at token i. */
static bool
rule_qn(win *w, int i, cand *cd)
{
	dctx	   *c = w->c;
	const dtok *n = W(w, i + 1);
	bool		half = c->t[W(w, i)->s] == 'H';
	int			q;
	int			y = 0;

	if (!n || n->kind != T_NUM || n->ndig != 1 || !adjacent(w, i))
		return false;
	q = n->num;
	if (q < 1 || q > (half ? 2 : 4))
		return false;
	cand_set(w, cd, i, i + 1, NE_TIMEX_DATE);
	if (year_of_tok(W(w, i + 2)) && !adjacent(w, i + 1))
	{
		y = W(w, i + 2)->num;
		cand_extend_right(w, cd, i + 2);
	}
	else if (year_of_tok(W(w, i - 1)) && !adjacent(w, i - 1))
	{
		y = W(w, i - 1)->num;	/* 2016 Q3 */
		cand_extend_to(w, cd, i - 1);
	}
	else if (c->pub)
	{
		y = c->py;
		if (!half && q > c->pq && !future_near(w, i, i + 1))
			y--;
	}
	if (y)
		snprintf(cd->value, 48, "%04d-%c%d", y, half ? 'H' : 'Q', q);
	else
		snprintf(cd->value, 48, "XXXX-%c%d", half ? 'H' : 'Q', q);
	return true;
}

/* "the latest period" in a quarterly report: the last quarter before publication. */
static bool
rule_period(win *w, int i, cand *cd)
{
	dctx	   *c = w->c;
	int			j = i - 1;

	if (is_f(w, j, NE_F_FISCAL))
		j--;
	if (!is_cls(w, j, LX_REL, NE_REL_LATEST) || !is_f(w, j - 1, NE_F_THE) || !c->pub ||
		!quarter_before(c, W(w, i)->s))
		return false;
	cand_set(w, cd, j - 1, i, NE_TIMEX_DATE);
	v_quarter(cd->value, c->py, c->pq - 1);
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
	extend_left(w, cd, true, false);
	return true;
}

/* Units: durations, "N units ago", "last week", "every month", "year-ago", quarters, centuries. */
static bool
rule_unit(win *w, int i, cand *cd)
{
	dctx	   *c = w->c;
	const dtok *t = W(w, i);
	int			u = t->val;
	bool		plural = (t->lflags & NE_LXF_PLURAL) != 0;
	int			j = i - 1;
	int			first = i;
	int			n;
	bool		half = false;

	/* year-ago / year-earlier / year-end */
	if (u == NE_U_YEAR && !plural && is_p(w, i + 1, '-') && adjacent(w, i) && adjacent(w, i + 1))
	{
		if (is_f(w, i + 2, NE_F_AGO) || is_f(w, i + 2, NE_F_EARLIER))
		{
			int			last = i + 2;
			bool		qctx = false;
			int			k = i + 3;

			/* the year-earlier nine months: a duration, taken at "months" */
			if ((is_cls(w, k, LX_NUM, -1) || (W(w, k) && W(w, k)->kind == T_NUM)) &&
				is_cls(w, k + 1, LX_UNIT, -1))
				return false;

			if (ordinal_at(w, k) && (is_cls(w, k + 1, LX_UNIT, NE_U_QUARTER) || is_cls(w, k + 2, LX_UNIT, NE_U_QUARTER)))
			{
				last = is_cls(w, k + 1, LX_UNIT, NE_U_QUARTER) ? k + 1 : k + 2;
				qctx = true;
			}
			else if (is_cls(w, k, LX_UNIT, NE_U_QUARTER) || is_f(w, k, NE_F_PERIOD))
			{
				last = k;
				qctx = true;
			}
			else
				qctx = quarter_before(c, t->s);
			cand_set(w, cd, i, last, NE_TIMEX_DATE);
			if (last > i + 2 && is_f(w, i - 1, NE_F_THE))
				cand_extend_to(w, cd, i - 1);
			if (!v_shift(c, cd->value, 1, NE_U_YEAR, -1, qctx))
				return false;
			return true;
		}
		if (is_cls(w, i + 2, LX_MOD, NE_MOD_END) && adjacent(w, i + 1))
		{
			cand_set(w, cd, i, i + 2, NE_TIMEX_DATE);
			if (!v_rel_unit(c, cd->value, NE_U_YEAR, 0))
				return false;
			cd->mod = "END";
			return true;
		}
	}
	/* year end */
	if (u == NE_U_YEAR && !plural && is_cls(w, i + 1, LX_MOD, NE_MOD_END) && !is_f(w, i + 2, NE_F_OF))
	{
		cand_set(w, cd, i, i + 1, NE_TIMEX_DATE);
		if (!v_rel_unit(c, cd->value, NE_U_YEAR, 0))
			return false;
		extend_left(w, cd, false, false);
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
	if (is_p(w, j, '-') && adjacent(w, j) && adjacent(w, j - 1) && !plural)
	{
		int			f2 = j - 1;

		n = quantity_before(w, j - 1, &f2);
		if (is_f(w, j - 1, NE_F_A))
			return false;		/* $15-an-hour: a rate */
		if (n > 0 || (n == -2 && is_cls(w, j - 1, LX_VAGUE, -1)))
		{
			int			last = i;

			if (is_p(w, i + 1, '-') && adjacent(w, i) && adjacent(w, i + 1) && is_f(w, i + 2, NE_F_OLD))
				return false;	/* ages: a 6-year-old */
			if (is_p(w, i + 1, '-') && adjacent(w, i) && adjacent(w, i + 1) && is_f(w, i + 2, NE_F_LONG))
				last = i + 2;
			if (u == NE_U_WEEKEND || u == NE_U_HALF)
				return false;
			cand_set(w, cd, f2, last, NE_TIMEX_DURATION);
			v_duration(cd->value, n, u);
			return true;
		}
		return false;
	}

	/* 2 1/2 years */
	if (W(w, j) && W(w, j)->kind == T_NUM && W(w, j)->num == 2 && is_p(w, j - 1, '/') &&
		adjacent(w, j - 1) && adjacent(w, j - 2) && W(w, j - 2) && W(w, j - 2)->kind == T_NUM &&
		W(w, j - 2)->num == 1 && W(w, j - 3) && W(w, j - 3)->kind == T_NUM && !adjacent(w, j - 3) &&
		W(w, j - 3)->ndig <= 4)
	{
		n = W(w, j - 3)->num;
		first = j - 3;
		half = true;
	}
	else
		n = quantity_before(w, j, &first);
	/* fractions: a quarter of the market, a quarter point, three quarters of */
	if (u == NE_U_QUARTER && n != -1 &&
		(is_f(w, i + 1, NE_F_OF) || (n == 1 && W(w, j)->kind == T_WORD && W(w, j)->cls == LX_FUNC) ||
		 is_word(w, i + 1, "point") || is_word(w, i + 1, "percentage")))
		return false;
	if (n != -1 && u != NE_U_WEEKEND && u != NE_U_HALF)
	{
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
			int			r = W(w, k)->val;

			if (is_cls(w, k, LX_ORD, 1) || r == NE_REL_PAST || r == NE_REL_NEXT || r == NE_REL_LAST ||
				r == NE_REL_COMING || r == NE_REL_PREVIOUS || r == NE_REL_FOLLOWING ||
				r == NE_REL_LATEST)
			{
				cand_extend_to(w, cd, k);
				k--;
			}
		}
		if ((is_f(w, k, NE_F_EARLIER) || is_f(w, k, NE_F_AGO)) && is_p(w, k - 1, '-') &&
			is_cls(w, k - 2, LX_UNIT, NE_U_YEAR) && adjacent(w, k - 1) && adjacent(w, k - 2))
		{
			cand_extend_to(w, cd, k - 2);
			k -= 3;
		}
		if (is_f(w, k, NE_F_THE))
		{
			cand_extend_to(w, cd, k);
			k--;
		}
		/* two to three weeks: the span of the range, the value of its lower end */
		if (n > 0 && first >= 2 && is_f(w, first - 1, NE_F_TO) && cd->first == first)
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
				if (is_f(w, k, NE_F_THE))
					cand_extend_to(w, cd, k);
			}
		}
		/* a week or so (ago) */
		if (is_f(w, i + 1, NE_F_OR) && is_f(w, i + 2, NE_F_SO))
		{
			last = i + 2;
			cd->mod = "APPROX";
			cand_extend_right(w, cd, last);
			i += 2;
		}
		if (n > 0 && is_f(w, i + 1, NE_F_AND) && is_f(w, i + 2, NE_F_A) && is_cls(w, i + 3, LX_UNIT, NE_U_HALF))
		{
			last = i + 3;		/* a year and a half */
			half = true;
		}
		if (half)
			;
		else if (is_f(w, i + 1, NE_F_AGO) && n != -3)
		{
			last = i + 1;
			ago = true;
		}
		else if (n > 0 && is_f(w, i + 1, NE_F_FROM) && is_cls(w, i + 2, LX_REF, NE_REF_PRESENT) &&
				 cd->first == first)
		{
			last = i + 2;		/* two weeks from now */
			ago = true;
			sign = 1;
		}
		else if (is_f(w, i + 1, NE_F_EARLIER) && n > 0 &&
				 cd->first == first && !is_p(w, i + 2, '-'))
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
			else if (!v_shift(c, cd->value, n, u, sign,
							  sign < 0 && u == NE_U_YEAR && n == 1 && quarter_before(c, t->s)))
				return false;
		}
		else if (n > 0 && (is_f(w, cd->first - 1, NE_F_EVERY) || is_f(w, cd->first - 1, NE_F_EACH)) &&
				 cd->first == first)
		{
			/* every two weeks */
			cand_extend_to(w, cd, cd->first - 1);
			cd->type = NE_TIMEX_SET;
			if (u == NE_U_QUARTER)
				snprintf(cd->value, 48, "P%dQ", n);
			else
				v_duration(cd->value, n, u);
			return true;
		}
		else if (half)
		{
			if (!v_duration_half(cd->value, n, u))
				return false;
		}
		else if (n == -3)
		{
			bool		tm = u == NE_U_SECOND || u == NE_U_MINUTE || u == NE_U_HOUR;

			if (u == NE_U_DECADE || u == NE_U_CENTURY || u == NE_U_QUARTER)
				return false;
			snprintf(cd->value, 48, "P%s%d.%.*s%s", tm ? "T" : "", W(w, first)->num,
					 (int) (W(w, first + 2)->e - W(w, first + 2)->s), c->t + W(w, first + 2)->s, unit_code(u));
		}
		else if (u == NE_U_QUARTER && n > 0)
			snprintf(cd->value, 48, "P%dQ", n);
		else
		{
			/* "a year" after twice / once / N times: a set */
			if (n == 1 && first == j && is_f(w, j, NE_F_A) &&
				(is_f(w, j - 1, NE_F_TWICE) || is_f(w, j - 1, NE_F_ONCE) || is_f(w, j - 1, NE_F_TIMES)))
			{
				int			f3 = j - 1;

				if (is_f(w, j - 1, NE_F_TIMES))
				{
					int			f4;

					if (quantity_before(w, j - 2, &f4) > 0)
						f3 = f4;
				}
				cand_extend_to(w, cd, f3);
				cd->type = NE_TIMEX_SET;
				v_duration(cd->value, 1, u);
				return true;
			}
			v_duration(cd->value, n, u);
		}
		extend_left(w, cd, false, !ago);
		return true;
	}

	/* every / each / per unit */
	if (!plural && (is_f(w, j, NE_F_EVERY) || is_f(w, j, NE_F_EACH) || is_f(w, j, NE_F_PER)))
	{
		if (u == NE_U_WEEKEND || u == NE_U_HALF)
			return false;
		cand_set(w, cd, j, i, NE_TIMEX_SET);
		if (u == NE_U_QUARTER)
			snprintf(cd->value, 48, "P1Q");
		else
			v_duration(cd->value, 1, u);
		return true;
	}

	/* this year's third quarter: the quarter rule takes it all */
	if (u == NE_U_YEAR && !plural && is_p(w, i + 1, '\'') && is_word(w, i + 2, "s"))
	{
		int			k = i + 3;

		if (is_f(w, k, NE_F_FISCAL))
			k++;
		if (ordinal_at(w, k))
		{
			int			qi = is_p(w, k + 1, '-') ? k + 2 : k + 1;

			if (is_word(w, k + 1, "th") || is_word(w, k + 1, "st") || is_word(w, k + 1, "nd") ||
				is_word(w, k + 1, "rd"))
				qi++;
			if ((is_cls(w, qi, LX_UNIT, NE_U_QUARTER) || is_cls(w, qi, LX_UNIT, NE_U_HALF)) &&
				rule_quarter(w, qi, cd) && cd->first <= i)
				return true;
		}
	}
	/* fiscal year */
	if (is_f(w, j, NE_F_FISCAL) && !plural && (u == NE_U_YEAR || u == NE_U_QUARTER))
		j--;
	/* this / last / next / current / past / coming ... unit */
	if (is_cls(w, j, LX_REL, -1) || is_cls(w, j, LX_REF, NE_REF_CURRENT) ||
		is_cls(w, j, LX_REF, NE_REF_PASTWORD) || is_cls(w, j, LX_REF, NE_REF_RECENT))
	{
		int			r = 0;
		bool		the = false;
		int			jj = j;

		if (is_cls(w, jj, LX_REL, -1))
			r = W(w, jj)->val;
		else if (W(w, jj)->val == NE_REF_CURRENT)
			r = NE_REL_THIS;
		else if (W(w, jj)->val == NE_REF_PASTWORD)
			r = NE_REL_PAST;
		else
			r = -1;				/* recent */
		the = is_f(w, jj - 1, NE_F_THE);
		cand_set(w, cd, jj, i, NE_TIMEX_DATE);
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
				v_duration(cd->value, -1, u);
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
			v_duration(cd->value, 1, u);
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
				v_duration(cd->value, 1, u);
				return true;
			}
			return false;
		}
		if ((u == NE_U_DECADE || u == NE_U_CENTURY) && (r == NE_REL_PAST || r == NE_REL_LAST))
		{
			cd->type = NE_TIMEX_DURATION;
			v_duration(cd->value, u == NE_U_DECADE ? 1 : 100, u == NE_U_DECADE ? u : NE_U_YEAR);
			return true;
		}
		{
			int			delta = 0;

			switch (r)
			{
				case NE_REL_LAST:
				case NE_REL_PAST:
				case NE_REL_PREVIOUS:
				case NE_REL_LATEST:
					delta = -1;
					break;
				case NE_REL_NEXT:
				case NE_REL_COMING:
				case NE_REL_FOLLOWING:
					delta = 1;
					break;
				default:
					delta = 0;
			}
			if (r == NE_REL_LATEST && u != NE_U_QUARTER && u != NE_U_YEAR)
				return false;
			if (!v_rel_unit(c, cd->value, u, delta))
				return false;
		}
		if (is_f(w, i + 1, NE_F_OR) && is_f(w, i + 2, NE_F_SO))
		{
			cand_extend_right(w, cd, i + 2);	/* the next year or so */
			cd->mod = "APPROX";
		}
		/* "earlier this week": the week alone; "earlier this month/year" keep their modifier */
		if ((cd->first == jj || is_cls(w, cd->first - 1, LX_MOD, -1) || is_f(w, cd->first - 1, NE_F_OF)) &&
			!(u == NE_U_WEEK &&
			  (is_f(w, cd->first - 1, NE_F_EARLIER) || is_f(w, cd->first - 1, NE_F_LATER))))
			extend_left(w, cd, false, false);
		return true;
	}

	/* the year / the quarter / the weekend */
	if (is_f(w, j, NE_F_THE) && !plural)
	{
		int			last = i;
		int			yw = u == NE_U_YEAR ? year_words(w, i + 1, &last) : 0;

		if (yw == 0 && u == NE_U_YEAR)
			yw = year_of_tok(W(w, i + 1)), last = i + 1;
		cand_set(w, cd, j, i, NE_TIMEX_DATE);
		if (yw)
		{
			cand_extend_right(w, cd, last);
			v_year(cd->value, yw);
			return true;
		}
		if (u == NE_U_YEAR)
		{
			/* "the year ended June 30" is a fiscal period: a duration */
			if (is_word(w, i + 1, "ended") || is_word(w, i + 1, "ending") || is_f(w, j - 1, NE_F_DURING) ||
				is_f(w, j - 1, NE_F_OVER))
			{
				cd->type = NE_TIMEX_DURATION;
				snprintf(cd->value, 48, "P1Y");
				return true;
			}
			if (!v_rel_unit(c, cd->value, NE_U_YEAR, 0))
				return false;
		}
		else if (u == NE_U_QUARTER)
		{
			if (!v_rel_unit(c, cd->value, NE_U_QUARTER, -1))
				return false;
		}
		else if (u == NE_U_WEEK && is_f(w, i + 1, NE_F_OF) &&
				 (is_cls(w, i + 2, LX_MONTH, -1) || is_cls(w, i + 2, LX_MONTH_ABBR, -1)))
		{
			/* the week of March 6: the ISO week of that day */
			cand		m;

			if (!rule_month(w, i + 2, &m) || strlen(m.value) != 10 || m.value[0] == 'X')
				return false;
			v_week_of(cd->value, ne_days_from_civil(num_at(m.value, 0, 4), num_at(m.value, 5, 7),
													num_at(m.value, 8, 10)));
			cd->last = m.last;
			cd->e = m.e;
		}
		else if (u == NE_U_WEEK && !is_f(w, i + 1, NE_F_OF))
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
				v_rel_unit(c, cd->value, NE_U_WEEKEND, c->pwd <= 3 ? -1 : 0);
		}
		else
			return false;
		extend_left(w, cd, false, false);
		return true;
	}
	if (is_f(w, j, NE_F_FULL) && is_f(w, j - 1, NE_F_THE) && u == NE_U_YEAR && !plural)
	{
		cand_set(w, cd, j - 1, i, NE_TIMEX_DATE);
		return v_rel_unit(c, cd->value, NE_U_YEAR, 0);
	}

	/* for years, in recent months */
	if (plural && (is_f(w, j, NE_F_FOR) || is_f(w, j, NE_F_WITHIN) || is_f(w, j, NE_F_OVER)) &&
		u != NE_U_WEEKEND && u != NE_U_QUARTER)
	{
		cand_set(w, cd, i, i, NE_TIMEX_DURATION);
		v_duration(cd->value, -1, u);
		if (is_f(w, i + 1, NE_F_AGO))
		{
			cand_extend_right(w, cd, i + 1);
			cd->type = NE_TIMEX_DATE;
			snprintf(cd->value, 48, "PAST_REF");
		}
		return true;
	}
	if (plural && is_f(w, i + 1, NE_F_AGO))
	{
		cand_set(w, cd, i, i + 1, NE_TIMEX_DATE);
		snprintf(cd->value, 48, "PAST_REF");
		return true;
	}
	return false;
}

/* A four-digit year at token i (with filters against quantities), decades (1990s), fiscal, mid-. */
static bool
rule_year(win *w, int i, cand *cd)
{
	const dtok *t = W(w, i);
	int			y = t->num;
	const dtok *p = W(w, i - 1);
	const dtok *n = W(w, i + 1);

	if (t->ndig != 4)
		return false;
	/* decade: 1990s */
	if (n && n->kind == T_WORD && adjacent(w, i) && is_word(w, i + 1, "s") && y % 10 == 0 &&
		y >= 1000 && y <= 2990)
	{
		cand_set(w, cd, i, i + 1, NE_TIMEX_DATE);
		snprintf(cd->value, 48, "%03d", y / 10);
		extend_left(w, cd, true, false);
		return true;
	}
	if (y < 1000 || y > 2099)
		return false;
	if (y < 1700 && !(p && (is_f(w, i - 1, NE_F_IN) || is_f(w, i - 1, NE_F_SINCE) || is_f(w, i - 1, NE_F_OF))))
		return false;
	if (y > 2040 && !(p && (is_f(w, i - 1, NE_F_IN) || is_f(w, i - 1, NE_F_BY) || is_f(w, i - 1, NE_F_UNTIL))))
		return false;
	/* quantities and codes */
	if (n && n->kind == T_WORD && (adjacent(w, i) ||
								   (n->cls == LX_FUNC && n->val == NE_F_UNIT_NOUN) ||
								   n->cls == LX_UNIT))
		return false;
	if (n && n->kind == T_PUNCT && adjacent(w, i) &&
		(n->ch == '%' || n->ch == '/' || n->ch == ':' ||
		 ((n->ch == '.' || n->ch == ',') && W(w, i + 2) && W(w, i + 2)->kind == T_NUM && adjacent(w, i + 1))))
		return false;
	if (n && n->kind == T_PUNCT && n->ch == '-' && adjacent(w, i) && W(w, i + 2) &&
		W(w, i + 2)->kind == T_NUM && adjacent(w, i + 1) && W(w, i + 2)->ndig != 2 && W(w, i + 2)->ndig != 4)
		return false;
	if (n && n->kind == T_NUM)
		return false;
	if (p && p->kind == T_NUM)
		return false;
	if (p && p->kind == T_PUNCT && (p->ch == '$' || p->ch == '#' || p->ch == '/' || p->ch == ':' ||
									p->ch == '?' || p->ch == '+') && p->e == t->s)
		return false;
	if (p && p->kind == T_PUNCT && (p->ch == '.' || p->ch == ',' || p->ch == '-') && p->e == t->s &&
		W(w, i - 2) && W(w, i - 2)->kind == T_NUM)
		return false;
	if (p && (is_cls(w, i - 1, LX_APPROX, -1) || is_f(w, i - 1, NE_F_THAN) || is_word(w, i - 1, "no") ||
			  is_word(w, i - 1, "number") || is_word(w, i - 1, "page") || is_word(w, i - 1, "flight") ||
			  is_word(w, i - 1, "route") || is_word(w, i - 1, "room") || is_word(w, i - 1, "model") ||
			  is_word(w, i - 1, "version") || is_word(w, i - 1, "some")))
		return false;
	/* 2016 Q3: taken by the Q rule */
	if (n && n->kind == T_WORD && n->e - n->s == 1 && (w->c->t[n->s] == 'Q' || w->c->t[n->s] == 'H') &&
		W(w, i + 2) && W(w, i + 2)->kind == T_NUM && adjacent(w, i + 1))
		return false;
	cand_set(w, cd, i, i, NE_TIMEX_DATE);
	/* the 1988 second quarter / the 1988 period */
	if (is_f(w, i + 1, NE_F_PERIOD) || is_cls(w, i + 1, LX_UNIT, NE_U_QUARTER) ||
		(ordinal_at(w, i + 1) && is_cls(w, i + 2, LX_UNIT, NE_U_QUARTER)))
	{
		int			last = is_f(w, i + 1, NE_F_PERIOD) || is_cls(w, i + 1, LX_UNIT, NE_U_QUARTER) ? i + 1 : i + 2;
		int			q = ordinal_at(w, i + 1);

		if (q >= 1 && q <= 4)
			snprintf(cd->value, 48, "%04d-Q%d", y, q);
		else if (w->c->pub && is_f(w, i + 1, NE_F_PERIOD) && quarter_before(w->c, t->s))
			v_quarter(cd->value, y, w->c->pq - 1 < 1 ? 4 : w->c->pq - 1);	/* the 1988 period, in a quarterly report */
		else
			v_year(cd->value, y);
		cand_extend_right(w, cd, last);
		if (is_f(w, i - 1, NE_F_FISCAL))
			cand_extend_to(w, cd, i - 1);
		if (is_f(w, cd->first - 1, NE_F_THE))
			cand_extend_to(w, cd, cd->first - 1);
		return true;
	}
	v_year(cd->value, y);
	/* 1990 and beyond, 1994 or later, 1980 or earlier */
	if ((is_f(w, i + 1, NE_F_AND) || is_f(w, i + 1, NE_F_OR)) &&
		(is_word(w, i + 2, "beyond") || is_f(w, i + 2, NE_F_LATER) || is_f(w, i + 2, NE_F_EARLIER) ||
		 is_word(w, i + 2, "after") || is_word(w, i + 2, "before")))
	{
		cd->mod = is_f(w, i + 2, NE_F_EARLIER) || is_word(w, i + 2, "before") ? "ON_OR_BEFORE" : "ON_OR_AFTER";
		cand_extend_right(w, cd, i + 2);
	}
	if (is_f(w, i - 1, NE_F_FISCAL))
	{
		cand_extend_to(w, cd, i - 1);
		return true;
	}
	if (is_p(w, i - 1, '-') && adjacent(w, i - 1) && (is_word(w, i - 2, "post") || is_word(w, i - 2, "pre")))
	{
		cd->mod = is_word(w, i - 2, "post") ? "AFTER" : "BEFORE";
		cand_extend_to(w, cd, i - 2);
		return true;
	}
	extend_left(w, cd, false, false);
	return true;
}

/* ======================================================= numeric anchors */

/* Numeric forms at a digit run starting at byte pos; returns true and fills cd. */
static bool
rule_number(win *w, cand *cd)
{
	dctx	   *c = w->c;
	const dtok *t = W(w, w->k);
	int32_t		pos = t->s;
	int32_t		q = t->e;
	unsigned char nc = q < c->len ? (unsigned char) c->t[q] : 0;
	int32_t		ov[12];
	int			i = w->k;

	/* part of a larger number or code: 3.1990, 555-2016, 1/2 */
	if (pos > 0)
	{
		unsigned char pb = (unsigned char) c->t[pos - 1];

		if ((pb == '.' || pb == ',' || pb == '-' || pb == '/' || pb == ':') && pos > 1 &&
			is_digit((unsigned char) c->t[pos - 2]))
			return false;
		if (pb == '$' || pb == '#')
			return false;
	}
	if (t->ndig == 4 && nc == '-' && rx_match(RX_ISO, c->t, c->len, pos, ov, 6) > 0)
	{
		int			y = num_at(c->t, ov[2], ov[3]);
		int			m = num_at(c->t, ov[4], ov[5]);
		int			d = num_at(c->t, ov[6], ov[7]);

		if (ne_valid_ymd(y, m, d))
		{
			cand_set(w, cd, i, i, NE_TIMEX_DATE);
			cd->e = ov[1];
			v_day(c, cd->value, y, m, d);
			if (ov[8] >= 0)
			{
				int			hh = num_at(c->t, ov[8], ov[9]);
				int			mm = num_at(c->t, ov[10], ov[11]);
				char		tm[32];

				if (hh <= 24 && mm <= 59)
				{
					snprintf(tm, sizeof(tm), "T%02d:%02d", hh, mm);
					v_cat(cd->value, tm);
					cd->type = NE_TIMEX_TIME;
				}
				else
					cd->e = ov[7];
			}
			cd->last = win_index_at(w, cd->e) - 1;
			return true;
		}
		return false;
	}
	if (t->ndig <= 2 && nc == '/' && rx_match(RX_SLASH, c->t, c->len, pos, ov, 4) > 0)
	{
		int			m = num_at(c->t, ov[2], ov[3]);
		int			d = num_at(c->t, ov[4], ov[5]);
		int			y = num_at(c->t, ov[6], ov[7]);

		if (ov[7] - ov[6] == 2)
			y += (c->pub && y <= c->py % 100 + 1) || (!c->pub && y < 30) ? 2000 : 1900;
		if (ne_valid_ymd(y, m, d))
		{
			cand_set(w, cd, i, i, NE_TIMEX_DATE);
			cd->e = ov[1];
			cd->last = win_index_at(w, cd->e) - 1;
			v_day(c, cd->value, y, m, d);
			return true;
		}
		return false;
	}
	if (t->ndig <= 2 && nc == '-' && rx_match(RX_DMONY, c->t, c->len, pos, ov, 4) > 0)
	{
		int			d = num_at(c->t, ov[2], ov[3]);
		const ne_lex_entry *le;
		char		mw[4];
		int			y = num_at(c->t, ov[6], ov[7]);

		for (int k = 0; k < 3; k++)
			mw[k] = (char) (c->t[ov[4] + k] | 0x20);
		le = ne_lex_lookup(mw, 3);
		if (ov[7] - ov[6] == 2)
			y += (c->pub && y <= c->py % 100 + 1) || (!c->pub && y < 30) ? 2000 : 1900;
		if (le && (le->cls == LX_MONTH_ABBR || le->cls == LX_MONTH) && ne_valid_ymd(y, le->val, d))
		{
			cand_set(w, cd, i, i, NE_TIMEX_DATE);
			cd->e = ov[1];
			cd->last = win_index_at(w, cd->e) - 1;
			v_day(c, cd->value, y, le->val, d);
			return true;
		}
		return false;
	}
	if (t->ndig <= 2)
	{
		bool		timey = nc == ':' || nc == ' ' || nc == 'a' || nc == 'p' || nc == 'A' || nc == 'P';
		int			rc = 0;
		bool		tz_only = false;

		if (timey)
		{
			rc = rx_match(RX_TIME, c->t, c->len, pos, ov, 5);
			if (rc <= 0 && nc == ':')
			{
				rc = rx_match(RX_TIME_TZ, c->t, c->len, pos, ov, 3);
				tz_only = rc > 0;
			}
		}
		if (rc > 0)
		{
			int			hh = num_at(c->t, ov[2], ov[3]);
			int			mm = ov[4] >= 0 ? num_at(c->t, ov[4], ov[5]) : 0;
			char		dayv[48];
			int32_t		end = ov[1];

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
			cand_set(w, cd, i, i, NE_TIMEX_TIME);
			cd->e = end;
			cd->last = win_index_at(w, end) - 1;
			{
				int			j = win_index_at(w, end);

				if (is_cls(w, j, LX_TZ, -1))
				{
					cand_extend_right(w, cd, j);
					j++;
				}
				if (day_after_time(w, j, cd, dayv))
					;
				else if (c->pub)
					v_days(c, dayv, c->pdays);
				else
					snprintf(dayv, 48, "XXXX-XX-XX");
			}
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
			extend_left(w, cd, false, false);
			return true;
		}
		/* 10 January 2017 */
		if (rx_match(RX_DMY, c->t, c->len, pos, ov, 5) > 0)
		{
			int			d = num_at(c->t, ov[2], ov[3]);
			int			nl = ov[5] - ov[4];
			char		mw[16];
			const ne_lex_entry *le;
			int			y = ov[8] >= 0 ? num_at(c->t, ov[8], ov[9]) : 0;

			for (int k = 0; k < nl && k < 15; k++)
				mw[k] = (char) (c->t[ov[4] + k] | 0x20);
			le = ne_lex_lookup(mw, nl);
			if (le && (le->cls == LX_MONTH || (le->cls == LX_MONTH_ABBR && ov[6] >= 0)) &&
				d >= 1 && d <= ne_days_in_month(y ? y : 2000, le->val) &&
				(le->val != 5 || y) && (y == 0 || (y >= 1000 && y <= 2999)))
			{
				cand_set(w, cd, i, i, NE_TIMEX_DATE);
				cd->e = ov[1];
				if (y == 0 && le->cls == LX_MONTH && ov[6] >= 0)
					cd->e = ov[5];	/* a sentence-final dot */
				cd->last = win_index_at(w, cd->e) - 1;
				if (y)
					v_day(c, cd->value, y, le->val, d);
				else if (c->pub)
					v_day(c, cd->value, month_year_window(c, le->val), le->val, d);
				else
					snprintf(cd->value, 48, "XXXX-%02d-%02d", le->val, d);
				return true;
			}
		}
		return false;
	}
	if (t->ndig == 4)
		return rule_year(w, i, cd);
	return false;
}

/* '90s at the apostrophe token i. */
static bool
rule_apos_decade(win *w, int i, cand *cd)
{
	const dtok *d = W(w, i + 1);

	if (!d || d->kind != T_NUM || d->ndig != 2 || d->num % 10 != 0 || !adjacent(w, i) ||
		!is_word(w, i + 2, "s") || !adjacent(w, i + 1))
		return false;
	{
		const dtok *a = W(w, i + 3);

		if (a && a->kind == T_WORD && a->s == W(w, i + 2)->e)
			return false;
	}
	cand_set(w, cd, i, i + 2, NE_TIMEX_DATE);
	snprintf(cd->value, 48, "%s%d", d->num <= 10 ? "20" : "19", d->num / 10);
	extend_left(w, cd, true, false);
	return true;
}

/* ============================================================= the scan */

/* Tries every rule for an anchor at byte pos; returns the end of an emitted expression or -1. */
static int32_t
try_anchor(dctx *c, int32_t pos)
{
	win			w;
	cand		cd;
	const dtok *t;
	bool		ok = false;

	win_open(&w, c, pos);
	t = W(&w, w.k);
	if (t == NULL)
		return -1;
	if (t->kind == T_WORD && t->cls == LX_UNIT && t->val == NE_U_QUARTER)
		c->last_quarter = t->s;
	memset(&cd, 0, sizeof(cd));
	if (t->kind == T_NUM)
		ok = rule_number(&w, &cd);
	else if (t->kind == T_WORD && t->e - t->s == 1 && (c->t[t->s] == 'Q' || c->t[t->s] == 'H'))
		ok = rule_qn(&w, w.k, &cd);
	else if (t->kind == T_PUNCT)
		ok = rule_apos_decade(&w, w.k, &cd);
	else
		switch (t->cls)
		{
			case LX_MONTH:
			case LX_MONTH_ABBR:
				ok = rule_month(&w, w.k, &cd);
				break;
			case LX_WEEKDAY:
			case LX_WEEKDAY_ABBR:
				ok = rule_weekday(&w, w.k, &cd);
				break;
			case LX_SEASON:
				ok = rule_season(&w, w.k, &cd);
				break;
			case LX_UNIT:
				ok = rule_unit(&w, w.k, &cd);
				break;
			case LX_DAYWORD:
				ok = rule_dayword(&w, w.k, &cd);
				break;
			case LX_PART:
				ok = rule_part(&w, w.k, &cd);
				break;
			case LX_CLOCK:
				ok = rule_clock(&w, w.k, &cd);
				break;
			case LX_REF:
				ok = rule_ref(&w, w.k, &cd);
				break;
			case LX_SETADV:
				ok = rule_setadv(&w, w.k, &cd);
				break;
			case LX_DECADE:
				ok = rule_decade_word(&w, w.k, &cd);
				break;
			case LX_HOLIDAY:
				ok = rule_holiday(&w, w.k, &cd);
				break;
			case LX_NUM:
				ok = rule_year_words(&w, w.k, &cd);
				break;
			case LX_FUNC:
				ok = t->val == NE_F_PERIOD && rule_period(&w, w.k, &cd);
				break;
			default:
				break;
		}
	if (!ok)
		return -1;
	if (strstr(cd.value, "-Q") != NULL)
		c->last_quarter = cd.s;
	return emit(c, &cd);
}

/* Cheap shape test of the digit run t[pos..q): can a numeric date or time start here? */
static bool
number_may_start(const unsigned char *t, int32_t len, int32_t pos, int32_t q)
{
	int32_t		n = q - pos;
	unsigned char nc = q < len ? t[q] : 0;

	if (n == 4)
		return true;
	if (n > 2)
		return false;
	if (nc == '/')
		return q + 3 < len && is_digit(t[q + 1]) && (t[q + 2] == '/' || (is_digit(t[q + 2]) && t[q + 3] == '/'));
	if (nc == '-')
		return q + 1 < len && t[q + 1] >= 'A' && t[q + 1] <= 'Z';
	if (nc == ':')
	{
		/* 10:30 followed by a.m./p.m. or a time zone */
		q += 3;
		if (q > len || !is_digit(t[q - 2]) || !is_digit(t[q - 1]))
			return false;
		while (q < len && (t[q] == ' ' || t[q] == '\t') && q < pos + 8)
			q++;
		return q + 1 < len && ((t[q] | 0x20) == 'a' || (t[q] | 0x20) == 'p' || (t[q] >= 'A' && t[q] <= 'Z'));
	}
	if (nc == 'a' || nc == 'p' || nc == 'A' || nc == 'P')
		return q + 1 < len && (t[q + 1] == '.' || (t[q + 1] | 0x20) == 'm');
	if ((nc == 's' || nc == 'n' || nc == 'r' || nc == 't') && q + 2 < len && is_alpha(t[q + 1]))
		q += 2;					/* 10th January */
	else if (nc != ' ' && nc != '\t')
		return false;
	while (q < len && (t[q] == ' ' || t[q] == '\t') && q < pos + 8)
		q++;
	if (q >= len)
		return false;
	if (t[q] >= 'A' && t[q] <= 'Z')
		return true;
	if ((t[q] == 'a' || t[q] == 'p' || t[q] == 'A' || t[q] == 'P') && q + 1 < len &&
		(t[q + 1] == '.' || (t[q + 1] | 0x20) == 'm'))
		return true;
	if (t[q] == 'o' && q + 1 < len && t[q + 1] == 'f')
		return true;
	return false;
}

/* Finds temporal expressions and appends them to doc->timexes in text order. */
void
ne_find_dates(ne_doc *doc, const ne_ymd *published)
{
	dctx		c;
	const unsigned char *t = (const unsigned char *) doc->text;
	int32_t		len = doc->len;
	int32_t		pos = 0;
	uint32_t	counter = 0;

	if (doc->done & NE_DONE_DATES)
		return;
	doc->done |= NE_DONE_DATES;
	if (t == NULL || len <= 0)
		return;
	memset(&c, 0, sizeof(c));
	c.doc = doc;
	c.last_quarter = -1;
	c.t = doc->text;
	c.len = len;
	if (published && ne_valid_ymd(published->y, published->m, published->d))
	{
		c.pub = true;
		c.py = published->y;
		c.pm = published->m;
		c.pd = published->d;
		c.pq = (c.pm - 1) / 3 + 1;
		c.pdays = ne_days_from_civil(c.py, c.pm, c.pd);
		c.pwd = ne_weekday(c.pdays);
		ne_iso_week(c.pdays, &c.piy, &c.piw);
	}
	ne_lex_init();
	while (pos < len)
	{
		unsigned char b = t[pos];
		int32_t		wend;
		bool		anchor = false;

		NE_CHECK_INTERRUPTS(doc, counter);
		if (is_alpha(b))
		{
			unsigned char c2 = 0;

			wend = skip_letters(t, pos + 1, len);
			if (wend - pos > 1)
				c2 = (unsigned char) ((t[pos + 1] | 0x20) - 'a');
			else
				c2 = 26;
			if (wend < len && t[wend] >= 0x80)
			{
				/* a word with non-ASCII letters is never in the lexicon; skip it whole */
				while (wend < len && (is_alpha(t[wend]) || t[wend] >= 0x80))
					wend++;
			}
			else if (wend - pos == 1 && (b == 'Q' || b == 'H') &&
					 wend < len && t[wend] >= '1' && t[wend] <= '4' &&
					 (wend + 1 >= len || !(is_alpha(t[wend + 1]) || is_digit(t[wend + 1]))))
				anchor = true;	/* Q3, H1 */
			else if (wend - pos < 32 &&
					 ((ne_lex_anchor_bits[(b | 0x20) - 'a'][c2] >> (wend - pos)) & 1))
			{
				char		low[16];
				int			n = (int) (wend - pos);

				if (n <= 15)
				{
					const ne_lex_entry *le;

					for (int k = 0; k < n; k++)
						low[k] = (char) (t[pos + k] | 0x20);
					le = ne_lex_lookup(low, n);
					anchor = le != NULL && (le->flags & NE_LXF_ANCHOR) &&
						!((le->flags & NE_LXF_CAP) && b >= 'a');
				}
			}
		}
		else if (is_digit(b))
		{
			int32_t		q = pos + 1;

			while (q < len && is_digit(t[q]))
				q++;
			wend = q;
			while (wend < len && (is_digit(t[wend]) || is_alpha(t[wend])))
				wend++;
			anchor = number_may_start(t, len, pos, q);
		}
		else
		{
			if ((b == '\'' || b == 0xE2) && pos + 3 < len)
			{
				int32_t		k = b == '\'' ? pos + 1 : pos + 3;

				if (b == 0xE2 && !(t[pos + 1] == 0x80 && t[pos + 2] == 0x99))
					k = -1;
				if (k > 0 && k + 2 < len && is_digit(t[k]) && is_digit(t[k + 1]) && t[k + 2] == 's')
				{
					int32_t		e = try_anchor(&c, pos);

					if (e > pos)
					{
						pos = e;
						continue;
					}
				}
			}
			pos++;
			continue;
		}
		if (anchor)
		{
			int32_t		e = try_anchor(&c, pos);

			if (e > pos)
			{
				pos = e;
				continue;
			}
		}
		pos = wend;
	}
}
