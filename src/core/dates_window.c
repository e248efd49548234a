/*
 * dates_window.c -- the tokens around an anchor.
 *
 * Lexes the text around an anchor into a small window of tokens: up to
 * WLEFT tokens to the left (never before the end of the previous
 * expression), and to the right on demand.  Words are looked up in the
 * lexicon on first use.
 */

#include "dates_internal.h"

#include <string.h>

/* Sets tk to the ASCII word t[p..e) (followed by an ASCII byte or the end); returns e. */
static inline int32_t
set_word(const char *t, int32_t len, int32_t p, int32_t e, dtok *tk)
{
	memset(tk, 0, sizeof(*tk));
	tk->s = p;
	tk->e = e;
	tk->kind = T_WORD;
	tk->cap = (unsigned char) t[p] <= 'Z';
	tk->lookup = e - p <= 15;
	tk->dot = e < len && t[e] == '.';
	return e;
}

/* Sets tk to the number of ASCII digits at p; returns its end. */
static inline int32_t
set_number(const char *t, int32_t len, int32_t p, dtok *tk)
{
	int64_t		v = 0;

	memset(tk, 0, sizeof(*tk));
	tk->s = p;
	while (p < len && is_digit((unsigned char) t[p]))
	{
		if (v < 100000000)
			v = v * 10 + (t[p] - '0');
		tk->ndig++;
		p++;
	}
	tk->kind = T_NUM;
	tk->num = (int32_t) v;
	tk->e = p;
	tk->dot = p < len && t[p] == '.';
	return p;
}

/* Sets tk to the ASCII punctuation byte b at p (` reads as '); returns its end. */
static inline int32_t
set_punct(int32_t p, unsigned char b, dtok *tk)
{
	memset(tk, 0, sizeof(*tk));
	tk->s = p;
	tk->kind = T_PUNCT;
	tk->ch = b == '`' ? '\'' : (char) b;
	tk->e = p + 1;
	return p + 1;
}

/* Lexes one token at or after pos; returns the position after it, or -1 at the end. */
static int32_t
lex_one_full(const char *t, int32_t len, int32_t pos, dtok *tk)
{
	bool		nl = false;
	int32_t		n;
	int32_t		cp;

	/* white space, including Unicode spaces */
	while (pos < len)
	{
		unsigned char b = (unsigned char) t[pos];

		if (b == ' ')
		{
			pos++;
			continue;
		}
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
				pos = word_end((const unsigned char *) t, len, pos);
				if (pos >= len || (unsigned char) t[pos] < 0x80)
				{
					set_word(t, len, tk->s, pos, tk);	/* an ASCII word (the common case) */
					tk->nl_before = nl;
					return pos;
				}
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
			pos = set_number(t, len, pos, tk);
		else
			pos = set_punct(pos, b, tk);
		tk->nl_before = nl;
		return pos;
	}
}

/* Lexes the token at p (not a space, not an ASCII letter) as lex_one_full does: numbers and ASCII punctuation directly. */
static int32_t
lex_one_other(const char *t, int32_t len, int32_t p, dtok *tk)
{
	unsigned char b = (unsigned char) t[p];

	if (is_digit(b))
		return set_number(t, len, p, tk);
	if (b < 0x80 && !is_sp(b))
		return set_punct(p, b, tk);
	return lex_one_full(t, len, p, tk);
}

/*
 * Lexes one token at or after pos as lex_one_full does, the common case
 * (an ASCII word after plain spaces, not followed by a non-ASCII byte)
 * inline.
 */
static inline int32_t
lex_one(const char *t, int32_t len, int32_t pos, dtok *tk)
{
	int32_t		p = pos;
	int32_t		e;
	unsigned char b;

	while (p < len && t[p] == ' ')
		p++;
	if (p >= len)
		return -1;
	b = (unsigned char) t[p];
	if (!is_alpha(b))
		return lex_one_other(t, len, p, tk);
	e = word_end((const unsigned char *) t, len, p);
	if (e < len && (unsigned char) t[e] >= 0x80)
		return lex_one_full(t, len, p, tk);
	return set_word(t, len, p, e, tk);
}

#ifdef __SSE2__
/* Number of set bits of x (without a call to libgcc where the CPU has no popcnt instruction). */
static inline int
bit_count32(uint32_t x)
{
	x = x - ((x >> 1) & 0x55555555u);
	x = (x & 0x33333333u) + ((x >> 2) & 0x33333333u);
	x = (x + (x >> 4)) & 0x0F0F0F0Fu;
	return (int) ((x * 0x01010101u) >> 24);
}

/*
 * Describes the tokens of t[start..a) (a - 32 <= start < a) as the loop of
 * dt_win_open would lex them, when those bytes are all ASCII, by bit masks
 * of those bytes (letters, digits, white space, line breaks; every other
 * byte is one punctuation token), the last WLEFT of them as w->tk[0..count)
 * to be lexed by dt_tok_slow when a rule looks at them.  Returns their
 * count, or -1 (nothing set) for a non-ASCII byte.
 */
static int
describe_left_ascii(win *w, const char *t, int32_t start, int32_t a)
{
	const char *b = t + a - 32;
	ne_classes16 c0 = ne_classify16(b),
				c1 = ne_classify16(b + 16);
	uint32_t	high = c0.high | c1.high << 16;
	uint32_t	valid,
				letters,
				digits,
				spaces,
				starts,
				kept;
	int			off = start - (a - 32);
	int			count;

	valid = (uint32_t) (0xFFFFFFFFULL << off);
	if ((high & valid) != 0)
		return -1;
	letters = (c0.letter | c1.letter << 16) & valid;
	digits = (c0.digit | c1.digit << 16) & valid;
	spaces = (c0.space | c1.space << 16) & valid;
	/* a run of letters or digits starts a token, so does every other byte; the first byte always */
	starts = (letters & ~(letters << 1)) | (digits & ~(digits << 1)) |
		(valid & ~(letters | digits | spaces)) | ((letters | digits) & ((uint32_t) 1 << off));
	count = bit_count32(starts);
	kept = starts;
	for (int dropped = count - WLEFT; dropped > 0; dropped--)
		kept &= kept - 1;
	w->l_starts = kept;
	w->l_all = starts;
	w->l_letters = letters;
	w->l_digits = digits;
	w->l_newlines = (c0.newline | c1.newline << 16) & valid;
	w->l_base = a - 32;
	return count < WLEFT ? count : WLEFT;
}
#endif

/* Starts a window whose anchor token begins at byte a. */
void
dt_win_open(win *w, dctx *c, int32_t a)
{
	int32_t		start = a - 32;
	int32_t		pos;
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
#ifdef __SSE2__
	if (a >= 32 && start < a)
	{
		int			nt = describe_left_ascii(w, c->t, start, a);

		if (nt >= 0)
		{
			w->n = w->k = w->left_from = nt;
			w->next = a;
			return;
		}
	}
#endif
	w->left_from = 0;
	/* the tokens to the left, the last WLEFT kept in w->tk[0..WLEFT) as a ring */
	pos = start;
	while (pos < a)
	{
		int32_t		np = lex_one(c->t, a, pos, &w->tk[nring % WLEFT]);

		if (np < 0)
			break;
		nring++;
		pos = np;
	}
	if (nring > WLEFT && nring % WLEFT != 0)
	{
		/* rotate the ring so that the oldest token comes first */
		int			r = nring % WLEFT;
		dtok		head[WLEFT];

		memcpy(head, w->tk, r * sizeof(dtok));
		memmove(w->tk, w->tk + r, (WLEFT - r) * sizeof(dtok));
		memcpy(w->tk + WLEFT - r, head, r * sizeof(dtok));
	}
	w->n = w->k = nring < WLEFT ? nring : WLEFT;
	w->next = a;
}

/*
 * Lexes the tokens left of the anchor from i to left_from - 1 from the masks
 * of describe_left_ascii, as the loop of dt_win_open would have lexed them:
 * the kept token starts are taken from the highest down.
 */
static void
lex_left(win *w, int i)
{
#ifdef __SSE2__
	/* the masks in locals: the stores into w->tk could otherwise alias them */
	const char *t = w->c->t;
	int32_t		base = w->l_base;
	int32_t		a = base + 32;
	uint32_t	starts = w->l_starts;
	uint32_t	all = w->l_all;
	uint64_t	letters = w->l_letters;
	uint64_t	digits = w->l_digits;
	uint32_t	newlines = w->l_newlines;
	int			j = w->left_from;

	while (j > i)
	{
		int			k = 31 - __builtin_clz(starts);
		uint32_t	below = ((uint32_t) 1 << k) - 1;
		uint32_t	before = all & below;
		uint32_t	gap = newlines & below;
		int32_t		p = base + k;
		dtok	   *tk = &w->tk[--j];
		unsigned char c0 = (unsigned char) t[p];

		starts &= below;
		/* (the run of letters is read in 64 bits: it may fill all 32 bytes) */
		if ((letters >> k) & 1)
			set_word(t, a, p, p + __builtin_ctzll(~(letters >> k)), tk);
		else if ((digits >> k) & 1)
		{
			/* set_number's work with the end from the mask: its byte test measured ~0.7% slower on bench_core dates */
			int32_t		e = p + __builtin_ctzll(~(digits >> k));
			int64_t		v = 0;

			memset(tk, 0, sizeof(*tk));
			for (int32_t q = p; q < e; q++)
				if (v < 100000000)
					v = v * 10 + (t[q] - '0');
			tk->s = p;
			tk->ndig = e - p;
			tk->kind = T_NUM;
			tk->num = (int32_t) v;
			tk->e = e;
			tk->dot = e < a && t[e] == '.';
		}
		else
			set_punct(p, c0, tk);
		/* a line break in the white space since the previous token (or since the first valid byte) */
		if (before != 0)
			gap &= ~((2u << (31 - __builtin_clz(before))) - 1);
		tk->nl_before = gap != 0;
	}
	w->l_starts = starts;
	w->left_from = j;
#endif
}

/* Lexes tokens to the right until token i exists or the window is full or at the end. */
static inline void
lex_right(win *w, int i)
{
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
}

/* Token i of the window when tok_raw does not have it at hand: lexes it to the left or to the right, or NULL. */
const dtok *
dt_tok_slow(win *w, int i)
{
	if (i < 0)
		return NULL;
	if (i < w->left_from)
	{
		lex_left(w, i);
		return &w->tk[i];
	}
	if (i >= w->n && !w->eof)
		lex_right(w, i);
	return i < w->n ? &w->tk[i] : NULL;
}

/* Looks the word token up in the lexicon (once). */
void
dt_classify(const char *t, int32_t len, dtok *tk)
{
	dt_classify_as(t, len, tk, ne_date_lex_lookup_folded_at(t, len, tk->s, tk->e - tk->s));
}

/* Classifies the word token as dt_classify does, with le, what the lexicon says of it (the scan looked it up already). */
void
dt_classify_as(const char *t, int32_t len, dtok *tk, const ne_date_lex_entry *le)
{
	int			n = tk->e - tk->s;
	bool		up = true;

	tk->lookup = false;
	if (!tk->cap)
		up = false;				/* a lower case first letter */
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	else if (tk->s + 16 <= len && n <= 15)
	{
		/* an ASCII word of at most 15 letters: lower case letters have bit 0x20 */
		uint64_t	lo,
					hi;

		memcpy(&lo, t + tk->s, 8);
		memcpy(&hi, t + tk->s + 8, 8);
		lo &= n >= 8 ? ~(uint64_t) 0 : ((uint64_t) 1 << (8 * n)) - 1;
		hi &= n <= 8 ? 0 : ((uint64_t) 1 << (8 * (n - 8))) - 1;
		up = ((lo | hi) & 0x2020202020202020ULL) == 0;
	}
#endif
	else
		for (int k = 0; k < n; k++)
			if ((unsigned char) t[tk->s + k] >= 'a')
				up = false;
	tk->allcaps = up && n > 1;
	if (le)
	{
		tk->cls = le->cls;
		tk->lflags = le->flags;
		tk->val = le->val;
	}
}

/* Index of the first token starting at or after byte pos (may be past the end). */
int
dt_win_index_at(win *w, int32_t pos)
{
	int			i = w->k;

	while (tok_raw(w, i) != NULL && tok_raw(w, i)->s < pos)
		i++;
	return i;
}
