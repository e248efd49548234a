/*
 * dates_scan.c -- the byte loop over the text.
 *
 * Finds anchors cheaply (digits, words whose first letters and length can
 * be in the lexicon, Q3, '90s), tries the rules at each, and appends what
 * they find to the document in text order, without overlaps.
 */

#include "dates_internal.h"
#include "calendar.h"

#include <string.h>

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
		strncpy(tx->mod, cd->mod, sizeof(tx->mod) - 1);	/* the element is zeroed: no mod, no range */
	if (cd->type == NE_TIMEX_DATE || cd->type == NE_TIMEX_TIME)
		dt_value_range(tx->value, tx);
	if (tx->has_range && tx->granularity == NE_GRAN_DAY && cd->more_days > 0)
		tx->range_hi += cd->more_days;
	c->last_end = cd->e;
	/* the narrative's last date, for "that year" and "the same day" */
	if ((cd->type == NE_TIMEX_DATE || cd->type == NE_TIMEX_TIME) && !cd->anaphoric &&
		is_digit((unsigned char) tx->value[0]) && is_digit((unsigned char) tx->value[1]) &&
		is_digit((unsigned char) tx->value[2]) && is_digit((unsigned char) tx->value[3]))
	{
		size_t		n = strnlen(tx->value, 10);	/* 1998-10-23T15:00: the day */

		memcpy(c->last_date, tx->value, n);
		c->last_date[n] = 0;
	}
	return cd->e;
}

/* The rule for an anchor word of each lexicon class. */
static const dt_rule rule_of_class[] = {
	[LX_MONTH] = dt_rule_month,
	[LX_MONTH_ABBR] = dt_rule_month,
	[LX_WEEKDAY] = dt_rule_weekday,
	[LX_WEEKDAY_ABBR] = dt_rule_weekday,
	[LX_SEASON] = dt_rule_season,
	[LX_UNIT] = dt_rule_unit,
	[LX_DAYWORD] = dt_rule_dayword,
	[LX_PART] = dt_rule_part,
	[LX_CLOCK] = dt_rule_clock,
	[LX_REF] = dt_rule_ref,
	[LX_SETADV] = dt_rule_setadv,
	[LX_DECADE] = dt_rule_decade_word,
	[LX_HOLIDAY] = dt_rule_holiday,
	[LX_NUM] = dt_rule_year_words,
	[LX_FUNC] = dt_rule_period,
};

/* The rule for the anchor token t: numbers, Q3/H1, '90s, or by the class of the word; NULL for none. */
static dt_rule
rule_for(const dctx *c, const dtok *t)
{
	if (t->kind == T_NUM)
		return dt_rule_number;
	if (t->kind == T_WORD && t->e - t->s == 1 && (c->t[t->s] == 'Q' || c->t[t->s] == 'H'))
		return dt_rule_qn;
	if (t->kind == T_PUNCT)
		return dt_rule_apos_decade;
	if (t->cls < sizeof(rule_of_class) / sizeof(rule_of_class[0]))
		return rule_of_class[t->cls];
	return NULL;
}

/* Does the value name a quarter ("-Q" in it: 1999-Q3)? */
static inline bool
value_has_quarter(const char *v)
{
	for (const char *q = v; *q; q++)
		if (q[0] == '-' && q[1] == 'Q')
			return true;
	return false;
}

/*
 * Tries the rule of the anchor at byte pos; returns the end of an emitted
 * expression or -1.  le is the lexicon's entry of an anchor word, which the
 * scan looked up (NULL for other anchors): its token needs no second lookup.
 */
static int32_t
try_anchor(dctx *c, int32_t pos, const ne_date_lex_entry *le)
{
	win			w;
	cand		cd;
	const dtok *t;
	dt_rule		rule;

	dt_win_open(&w, c, pos);
	t = tok_raw(&w, w.k);
	if (t == NULL)
		return -1;
	if (t->lookup)
	{
		if (le != NULL && t->s == pos)
			dt_classify_as(c->t, c->len, &w.tk[w.k], le);
		else
			dt_classify(c->t, c->len, &w.tk[w.k]);
	}
	if (t->kind == T_WORD && t->cls == LX_UNIT && t->val == NE_U_QUARTER)
		c->last_quarter = t->s;
	memset(&cd, 0, sizeof(cd));
	rule = rule_for(c, t);
	if (rule == NULL || !rule(&w, w.k, &cd))
		return -1;
	if (value_has_quarter(cd.value))
		c->last_quarter = cd.s;
	return emit(c, &cd);
}

/* Bytes of the blank at t[q]: 1 for a space or tab, 2 for a no-break space (U+00A0), else 0. */
static inline int32_t
blank_len(const unsigned char *t, int32_t len, int32_t q)
{
	if (t[q] == ' ' || t[q] == '\t')
		return 1;
	return (t[q] == 0xC2 && q + 1 < len && t[q + 1] == 0xA0) ? 2 : 0;
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
	else if (nc != ' ' && nc != '\t' && nc != 0xC2)
		return false;
	/* (a no-break space counts as one: "5\u00a0March") */
	for (int32_t b; q < len && q < pos + 8 && (b = blank_len(t, len, q)) > 0;)
		q += b;
	if (q >= len)
		return false;
	if (t[q] >= 'A' && t[q] <= 'Z')
		return true;
	if ((t[q] == 'a' || t[q] == 'p' || t[q] == 'A' || t[q] == 'P') && q + 1 < len &&
		(t[q + 1] == '.' || (t[q + 1] | 0x20) == 'm'))
		return true;
	if (t[q] == 'o' && q + 1 < len && t[q + 1] == 'f')
		return true;
	/* 4 in the morning, 11 at night */
	if (q + 8 < len && (memcmp(t + q, "in the ", 7) == 0 || memcmp(t + q, "at night", 8) == 0))
		return true;
	return false;
}

/*
 * Does the digit run at pos follow the previous expression, a day of a
 * month ending in its day number, after " and " or " or " (April 24 and
 * 25)?  dt_day_after_and (dates_numeric.c) reads the second day.
 */
static bool
day_after_and_may_start(const dctx *c, int32_t pos)
{
	int32_t		e = c->last_end;
	int32_t		gap = pos - e;

	if (e < 2 || (gap != 5 && gap != 4) || strlen(c->last_date) != 10 || !is_digit((unsigned char) c->t[e - 1]))
		return false;
	if (e >= 3 && is_digit((unsigned char) c->t[e - 3]))
		return false;			/* the expression ends in a year, not a day */
	return (gap == 5 && memcmp(c->t + e, " and ", 5) == 0) || (gap == 4 && memcmp(c->t + e, " or ", 4) == 0);
}

/*
 * Can the word of ASCII letters t[pos..wend) start an expression: Q3 or H1,
 * or a word of the lexicon marked as an anchor (May, March... only when
 * capitalised)?  The bitmap of first letters and lengths rejects most words
 * before any lookup; *lep is set to what the lookup found (or NULL).
 */
static bool
word_may_start(const unsigned char *t, int32_t len, int32_t pos, int32_t wend, const ne_date_lex_entry **lep)
{
	int32_t		n = wend - pos;
	unsigned char b = t[pos];
	const ne_date_lex_entry *le;

	*lep = NULL;
	if (n == 1 && (b == 'Q' || b == 'H') && wend < len && t[wend] >= '1' && t[wend] <= '4' &&
		(wend + 1 >= len || !(is_alpha(t[wend + 1]) || is_digit(t[wend + 1]))))
		return true;
	if (n >= 32 || !ne_date_lex_anchor_shape(b, n > 1 ? t[pos + 1] : 0, n))
		return false;
	le = ne_date_lex_lookup_folded_at((const char *) t, len, pos, n);
	*lep = le;
	return le != NULL && (le->flags & NE_LXF_ANCHOR) && !((le->flags & NE_LXF_CAP) && b >= 'a');
}

/* Is there a decade like '90s at pos (after an ASCII apostrophe or a U+2019 right single quotation mark)? */
static bool
apos_decade_may_start(const unsigned char *t, int32_t len, int32_t pos)
{
	int32_t		k;

	if (t[pos] == '\'')
		k = pos + 1;
	else if (t[pos] == 0xE2 && pos + 2 < len && t[pos + 1] == 0x80 && t[pos + 2] == 0x99)
		k = pos + 3;
	else
		return false;
	return pos + 3 < len && k + 2 < len && is_digit(t[k]) && is_digit(t[k + 1]) && t[k + 2] == 's';
}

/*
 * What the byte loop does with each byte: SC_SKIP bytes never start an
 * expression (space, punctuation except the apostrophe), SC_LETTER bytes
 * start words, SC_STOP bytes (digits, the apostrophe, non-ASCII bytes) need
 * the full tests of ne_find_dates.
 */
enum
{
	SC_SKIP = 0, SC_LETTER, SC_STOP
};

#define S_ SC_SKIP
#define L_ SC_LETTER
#define X_ SC_STOP
static const uint8_t scan_class[256] = {
	S_, S_, S_, S_, S_, S_, S_, S_, S_, S_, S_, S_, S_, S_, S_, S_,	/* 0x00 */
	S_, S_, S_, S_, S_, S_, S_, S_, S_, S_, S_, S_, S_, S_, S_, S_,	/* 0x10 */
	S_, S_, S_, S_, S_, S_, S_, X_, S_, S_, S_, S_, S_, S_, S_, S_,	/* 0x20: ' */
	X_, X_, X_, X_, X_, X_, X_, X_, X_, X_, S_, S_, S_, S_, S_, S_,	/* 0x30: 0-9 */
	S_, L_, L_, L_, L_, L_, L_, L_, L_, L_, L_, L_, L_, L_, L_, L_,	/* 0x40: A-O */
	L_, L_, L_, L_, L_, L_, L_, L_, L_, L_, L_, S_, S_, S_, S_, S_,	/* 0x50: P-Z */
	S_, L_, L_, L_, L_, L_, L_, L_, L_, L_, L_, L_, L_, L_, L_, L_,	/* 0x60: a-o */
	L_, L_, L_, L_, L_, L_, L_, L_, L_, L_, L_, S_, S_, S_, S_, S_,	/* 0x70: p-z */
	X_, X_, X_, X_, X_, X_, X_, X_, X_, X_, X_, X_, X_, X_, X_, X_,	/* 0x80 */
	X_, X_, X_, X_, X_, X_, X_, X_, X_, X_, X_, X_, X_, X_, X_, X_,
	X_, X_, X_, X_, X_, X_, X_, X_, X_, X_, X_, X_, X_, X_, X_, X_,
	X_, X_, X_, X_, X_, X_, X_, X_, X_, X_, X_, X_, X_, X_, X_, X_,
	X_, X_, X_, X_, X_, X_, X_, X_, X_, X_, X_, X_, X_, X_, X_, X_,
	X_, X_, X_, X_, X_, X_, X_, X_, X_, X_, X_, X_, X_, X_, X_, X_,
	X_, X_, X_, X_, X_, X_, X_, X_, X_, X_, X_, X_, X_, X_, X_, X_,
	X_, X_, X_, X_, X_, X_, X_, X_, X_, X_, X_, X_, X_, X_, X_, X_,
};
#undef S_
#undef L_
#undef X_

/*
 * Classifies the 64 bytes t[at..at+64): bit k of *letters is set when
 * t[at + k] is an ASCII letter, bit k of *stops when it is SC_STOP (a digit,
 * the apostrophe or a non-ASCII byte), bit k of *high when it is non-ASCII.
 */
static inline void
block_classes(const unsigned char *t, int32_t at, uint64_t *letters, uint64_t *stops, uint64_t *high)
{
	uint64_t	l = 0,
				s = 0,
				h = 0;

#ifdef __SSE2__
	for (int k = 0; k < 4; k++)
	{
		ne_classes16 c = ne_classify16(t + at + 16 * k);

		l |= (uint64_t) c.letter << (16 * k);
		s |= (uint64_t) (c.digit | c.apos | c.high) << (16 * k);
		h |= (uint64_t) c.high << (16 * k);
	}
#else
	for (int k = 0; k < 64; k++)
	{
		l |= (uint64_t) (scan_class[t[at + k]] == SC_LETTER) << k;
		s |= (uint64_t) (scan_class[t[at + k]] == SC_STOP) << k;
		h |= (uint64_t) (t[at + k] >= 0x80) << k;
	}
#endif
	*letters = l;
	*stops = s;
	*high = h;
}

/* Bit 1 for the bytes Q and H: a word of that one letter may be a quarter or half (Q3, H1). */
static const uint8_t one_letter_anchor[256] = {['Q'] = 2, ['H'] = 2};

/*
 * Can the ASCII word w[0..n) (1 <= n <= 63) be Q/H or an anchor by its shape
 * (first three letters, last letter, length)?  The three bitmaps are and'ed
 * without a branch between them (a word of one letter sets its bit in every
 * column of the first; bits 1 and 2 of the others pass words too short for a
 * third letter), and only bytes of the word are read.
 */
static inline bool
word_shape_may_start(const unsigned char *w, int32_t n)
{
	unsigned	b = w[0] & 31;
	uint64_t	bits = ne_date_lex_anchor_bits[b][w[n > 1] & 31] &
		ne_date_lex_anchor_bits3[b][w[(n > 2) << 1] & 31] &
		ne_date_lex_anchor_bits_last[b][w[n - 1] & 31];

	bits |= one_letter_anchor[w[0]];
	return (bits >> (n & 63)) & 1;
}

/* Index of the highest set bit of a nonzero x. */
static inline int
highest_bit(uint64_t x)
{
#ifdef __GNUC__
	return 63 - __builtin_clzll(x);
#else
	int			k = 63;

	while (!((x >> k) & 1))
		k--;
	return k;
#endif
}

/*
 * The byte classes of 64 bytes from base (bits of block_classes), kept
 * between calls of skip_plain; hi_after marks the non-ASCII bytes that
 * follow a letter (a word that goes on in non-ASCII letters).
 */
typedef struct scan_block
{
	int32_t		base;			/* -64 before the first block */
	uint64_t	letters;
	uint64_t	stops;
	uint64_t	hi_after;
} scan_block;

/* The first letters of the words in a block of letter bits from bit o: a letter after a letter starts none, except at o. */
static inline uint64_t
word_starts(uint64_t letters, int o)
{
	return letters & (~(uint64_t) 0 << o) & ~((letters << 1) & ~((uint64_t) 1 << o));
}

/*
 * Can the ASCII word w[0..n) (1 <= n <= 63) be Q/H or an anchor, by its
 * first two letters, its last letter and its length?  The word loop of
 * skip_plain tests every word, so this is two bitmaps and'ed without a
 * branch: the third of word_shape_may_start rejects a few more words, but
 * costs more than the main loop then spends on them.  (The bitmap of the
 * last letter passes every word of one or two letters; the one of the first
 * two letters is exact for them.)
 */
static inline bool
block_word_may_start(const unsigned char *w, int n)
{
	unsigned	b = w[0] & 31;
	uint64_t	bits = ne_date_lex_anchor_bits[b][w[n > 1] & 31] &
		ne_date_lex_anchor_bits_last[b][w[n - 1] & 31];

	bits |= one_letter_anchor[w[0]];
	return (bits >> n) & 1;
}

/*
 * Steps over what cannot start an expression from pos: SC_SKIP bytes and
 * ASCII words that are neither Q/H nor of an anchor's shape, exactly as the
 * loop of ne_find_dates would, at most 64 kB at a time (so interrupts are
 * still checked).  blk keeps the classes of the last 64-byte block for the
 * next call.  Returns where that loop has to look (or len): the first stop
 * byte, or the start of a word of an anchor's shape or that goes on in
 * non-ASCII bytes.
 *
 * In a block, the words are the runs of letter bits (the first from pos
 * even when it continues a run, as the loop of ne_find_dates sees it).
 * Their starts and ends are two masks walked in step, without a chain of
 * shifts from word to word; the bit of the first stop byte joins the starts,
 * so the walk meets it in order.  A word costs two bit scans, the exit tests
 * (well predicted) and the two-bitmap test.
 */
static int32_t
skip_plain(const unsigned char *t, int32_t len, int32_t pos, scan_block *blk)
{
	int32_t		limit = len - pos > 65536 ? pos + 65536 : len;

	for (;;)
	{
		int32_t		base;
		int			o;
		uint64_t	from,
					stops,
					starts,
					ends;

		if (pos >= blk->base && pos < blk->base + 64)
			o = pos - blk->base;	/* still in the block of the last call */
		else if (pos + 64 <= limit)
		{
			uint64_t	high;

			block_classes(t, pos, &blk->letters, &blk->stops, &high);
			blk->hi_after = high & (blk->letters << 1);
			blk->base = pos;
			o = 0;
		}
		else
			break;
		base = blk->base;
		from = ~(uint64_t) 0 << o;
		starts = word_starts(blk->letters, o);
		/* the first non-letter after a letter ends a word (after o) */
		ends = ~blk->letters & (blk->letters << 1) & (from << 1);
		/* the walk stops at the first stop byte: its bit joins the starts */
		stops = blk->stops & from;
		starts |= stops & -stops;
		for (;;)
		{
			int			s,
						e;

			if (starts == 0)
			{
				pos = base + 64;
				break;
			}
			s = ne_lowest_bit(starts);
			if ((stops >> s) & 1)
			{
				/* a word that goes on in non-ASCII bytes: the loop skips it whole from its start */
				if (s > o && ((blk->hi_after >> s) & 1))
					return base + highest_bit(word_starts(blk->letters, o) & (((uint64_t) 1 << s) - 1));
				return base + s;
			}
			if (ends == 0)
			{
				/* the word runs past the block: finish it byte by byte */
				int32_t		wend = skip_letters(t, base + 64, len);

				if ((wend < len && t[wend] >= 0x80) ||
					(wend - base - s < 64 && word_shape_may_start(t + base + s, wend - base - s)))
					return base + s;
				pos = wend;
				break;
			}
			e = ne_lowest_bit(ends);
			if (block_word_may_start(t + base + s, e - s))
				return base + s;
			starts &= starts - 1;
			ends &= ends - 1;
		}
		if (pos >= limit)
			return pos;
	}
	while (pos < limit)
	{
		unsigned char b = t[pos];
		int32_t		wend;

		if (scan_class[b] == SC_SKIP)
		{
			pos++;
			continue;
		}
		if (scan_class[b] == SC_STOP)
			return pos;
		wend = word_end(t, len, pos);
		if (wend < len && t[wend] >= 0x80)
			return pos;
		if (wend - pos < 64 && word_shape_may_start(t + pos, wend - pos))
			return pos;
		pos = wend + (wend < len && t[wend] == ' ');
	}
	return pos;
}

/* Does a letter (of any script) start at t[p] (a non-ASCII byte)? */
static bool
letter_at(const unsigned char *t, int32_t len, int32_t p)
{
	int			n;

	return ne_is_letter(ne_decode((const char *) t, len, p, &n));
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
	scan_block	blk = {-64, 0, 0, 0};

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
	}
	ne_date_lex_init();
	while (pos < len)
	{
		unsigned char b = t[pos];
		int32_t		wend;
		bool		anchor;
		const ne_date_lex_entry *le = NULL;

		NE_CHECK_INTERRUPTS(doc, counter);
		if (scan_class[b] != SC_STOP)
		{
			int32_t		from = pos;

			pos = skip_plain(t, len, pos, &blk);
			ne_count_work(doc, &counter, (uint32_t) (pos - from));
			if (pos >= len)
				break;
			b = t[pos];
		}
		if (is_alpha(b))
		{
			wend = word_end(t, len, pos);
			if (wend < len && t[wend] >= 0x80 && letter_at(t, len, wend))
			{
				/* a word with non-ASCII letters is never in the lexicon; skip it whole (not "Monday’s": the
				 * apostrophe ends the word) */
				while (wend < len && (is_alpha(t[wend]) || t[wend] >= 0x80))
					wend++;
				anchor = false;
			}
			else if (!word_may_start(t, len, pos, wend, &le))
			{
				/* no anchor: step over the word and the space after it */
				pos = wend + (wend < len && t[wend] == ' ');
				continue;
			}
			else
				anchor = true;
		}
		else if (is_digit(b))
		{
			int32_t		q = pos + 1;

			while (q < len && is_digit(t[q]))
				q++;
			wend = q;
			while (wend < len && (is_digit(t[wend]) || is_alpha(t[wend])))
				wend++;
			anchor = number_may_start(t, len, pos, q) ||
				(q - pos <= 2 && day_after_and_may_start(&c, pos));
		}
		else
		{
			wend = pos + 1;
			anchor = apos_decade_may_start(t, len, pos);
		}
		if (anchor)
		{
			int32_t		e = try_anchor(&c, pos, le);

			if (e > pos)
			{
				pos = e;
				continue;
			}
		}
		pos = wend;
	}
}
