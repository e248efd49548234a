/*
 * tokenize.c -- sentences and tokens.
 *
 * One pass over the bytes makes the tokens (words with inner apostrophes,
 * hyphens and dotted initials such as U.S; numbers; quotation marks of the
 * quotes found by ne_find_quotes; single punctuation marks) and splits the
 * sentences as it goes, using the abbreviation table of lexicon.c (Mr., Sen.,
 * Jan., U.S., initials): only punctuation, a paragraph's first token and the
 * token after . ! ? can change the sentence, and whether "word ." ends one is
 * decided when the next token is made.  Where the text is ASCII the pass goes
 * 64 bytes at a time: SSE2 compares (AVX2 where the CPU has it) turn the
 * bytes into bit masks (letters, digits, upper case, space), the n-th token
 * start read off the masks pairs with the n-th token end, and kind and case
 * come from the masks and the first byte; a word followed by a joiner
 * (' , - . / :) and a letter or digit is joined on the masks too (U.S, 3.2,
 * don't), and only what they cannot see (bytes 0x80 and up, a mark, the
 * block's end) goes to the byte-wise scanner.  A second pass marks the tokens
 * inside quotations.  Both passes are linear; the mark list is sorted once.
 */
#include "newsextract.h"
#include "lexicon.h"
#include "quotes.h"
#include "text.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#endif

/*
 * A branch hint for the block tokenizer's loop, so that its rare paths do not take its registers,
 * and inlining for the token pass, which is compiled twice (see make_tokens).
 */
#ifdef __GNUC__
#define NE_UNLIKELY(x)	__builtin_expect(!!(x), 0)
#else
#define NE_UNLIKELY(x)	(x)
#endif

/* A quotation mark of a quote: where it is, how long, which quote. */
typedef struct tok_mark
{
	int32_t		pos;
	int32_t		len;
	int32_t		quote;
} tok_mark;

/* Orders marks by position. */
static int
cmp_mark(const void *a, const void *b)
{
	const tok_mark *x = a,
			   *y = b;

	if (x->pos != y->pos)
		return x->pos < y->pos ? -1 : 1;
	return x->quote < y->quote ? -1 : (x->quote > y->quote);
}

/* Orders (span start, quote) pairs, kept as tok_mark {pos, -, quote}. */
static int
cmp_qstart(const void *a, const void *b)
{
	return cmp_mark(a, b);
}

/* Byte length of the mark at pos (1..4), from quotes.c's reader. */
static int32_t
mark_len(const ne_doc *doc, int32_t pos)
{
	ne_mark		m;
	int			n;

	if (pos < 0 || pos >= doc->len)
		return 0;
	if ((unsigned char) doc->text[pos] < 0x80 && doc->text[pos] != '`' && doc->text[pos] != '\'')
		return 1;				/* only `` and '' are longer than their first byte */
	n = ne_mark_at(doc->text, doc->len, pos, &m);
	if (n <= 0)
	{
		int32_t		k;

		(void) ne_decode(doc->text, doc->len, pos, &k);
		return k;
	}
	return n;
}

/* Collects the opening and closing marks of all quotes, sorted by position. */
static tok_mark *
collect_marks(ne_doc *doc, int32_t *nmarks)
{
	tok_mark   *m;
	int32_t		n = 0;
	bool		sorted = true;

	*nmarks = 0;
	if (doc->nquotes == 0)
		return NULL;			/* most texts */
	m = ne_alloc_raw(doc->arena, sizeof(tok_mark) * (size_t) (2 * doc->nquotes));	/* m[0..n) is filled */
	for (int32_t q = 0; q < doc->nquotes; q++)
	{
		const ne_quote *qu = &doc->quotes[q];
		int32_t		l;

		if (qu->open_mark >= 0 && qu->open_mark < doc->len)
		{
			l = mark_len(doc, qu->open_mark);
			if (l > 0)
				m[n++] = (tok_mark) {qu->open_mark, l, q};
		}
		if (qu->close_mark >= 0 && qu->close_mark < doc->len)
		{
			l = qu->close_end - qu->close_mark;
			if (l <= 0 || l > 4)
				l = mark_len(doc, qu->close_mark);
			if (qu->close_mark + l > doc->len)
				l = doc->len - qu->close_mark;
			if (l > 0)
				m[n++] = (tok_mark) {qu->close_mark, l, q};
		}
	}
	for (int32_t i = 1; i < n && sorted; i++)
		if (m[i].pos < m[i - 1].pos)
			sorted = false;
	if (!sorted)
		qsort(m, (size_t) n, sizeof(tok_mark), cmp_mark);
	*nmarks = n;
	return m;
}

/* ASCII classes: letters, digits, upper case, white space. */
#define AC_LETTER 1
#define AC_DIGIT  2
#define AC_UPPER  4
#define AC_SPACE  8
/* The ASCII classes for every byte value (bytes >= 0x80 have none). */
static const uint8_t *const byte_class = (const uint8_t[256]) {
	['\t'] = AC_SPACE,['\n'] = AC_SPACE,['\v'] = AC_SPACE,['\f'] = AC_SPACE,['\r'] = AC_SPACE,[' '] = AC_SPACE,
	['0'] = AC_DIGIT,['1'] = AC_DIGIT,['2'] = AC_DIGIT,['3'] = AC_DIGIT,['4'] = AC_DIGIT,
	['5'] = AC_DIGIT,['6'] = AC_DIGIT,['7'] = AC_DIGIT,['8'] = AC_DIGIT,['9'] = AC_DIGIT,
#define UP(c) [c] = AC_LETTER | AC_UPPER
#define LO(c) [c] = AC_LETTER
	UP('A'), UP('B'), UP('C'), UP('D'), UP('E'), UP('F'), UP('G'), UP('H'), UP('I'), UP('J'), UP('K'), UP('L'), UP('M'),
	UP('N'), UP('O'), UP('P'), UP('Q'), UP('R'), UP('S'), UP('T'), UP('U'), UP('V'), UP('W'), UP('X'), UP('Y'), UP('Z'),
	LO('a'), LO('b'), LO('c'), LO('d'), LO('e'), LO('f'), LO('g'), LO('h'), LO('i'), LO('j'), LO('k'), LO('l'), LO('m'),
	LO('n'), LO('o'), LO('p'), LO('q'), LO('r'), LO('s'), LO('t'), LO('u'), LO('v'), LO('w'), LO('x'), LO('y'), LO('z'),
#undef UP
#undef LO
};

/* After an ASCII word: 3 = a byte that ends it for sure, 2 = '.', which does unless the word is one letter
 * (U.S.); 0 = it may go on (' - and non-ASCII bytes).  So the word ends when word_end[b] > 1 + (one letter). */
static const uint8_t word_end[256] = {
	3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
	3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
	3, 3, 3, 3, 3, 3, 3, 0, 3, 3, 3, 3, 3, 0, 2, 3,
	3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
	3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
	3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
	3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
	3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
};

/* Marks (0x80) in each byte of the 8 bytes x that is an ASCII letter or digit. */
static inline uint64_t
swar_alnum(uint64_t x)
{
	const uint64_t ones = 0x0101010101010101ULL,
				high = 0x8080808080808080ULL;
	uint64_t	lo = x & ~high;			/* 7 bits per byte: the sums below never carry */
	uint64_t	y = lo | (ones * 0x20);	/* letters folded to lower case */
	uint64_t	alpha = (y + ones * (0x80 - 'a')) & ~(y + ones * (0x80 - 'z' - 1));
	uint64_t	digit = (lo + ones * (0x80 - '0')) & ~(lo + ones * (0x80 - '9' - 1));

	return (alpha | digit) & ~x & high;
}

/* End of the run of ASCII letters and digits that starts at k, not past lim (8 bytes a step). */
static inline int32_t
alnum_run_end(const char *s, int32_t k, int32_t lim)
{
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	while (k + 8 <= lim)
	{
		uint64_t	x,
					stop;

		memcpy(&x, s + k, 8);
		stop = ~swar_alnum(x) & 0x8080808080808080ULL;
		if (stop)
			return k + (__builtin_ctzll(stop) >> 3);
		k += 8;
	}
#endif
	while (k < lim && (byte_class[(unsigned char) s[k]] & (AC_LETTER | AC_DIGIT)))
		k++;
	return k;
}

/* Is cp an apostrophe that may join a word (' ’ ʼ)? */
static inline bool
is_apos(int32_t cp)
{
	return cp == '\'' || cp == NE_CP_RSQUO || cp == 0x02BC;
}

/* Is cp a hyphen that joins words? */
static inline bool
is_hyphen(int32_t cp)
{
	return cp == '-' || cp == 0x2010 || cp == 0x2011;
}

/* Scans a word or number starting at i, not past lim; returns its end. */
static int32_t
scan_word(const char *s, int32_t lim, int32_t i, bool number)
{
	int32_t		j = i,
				n,
				seg_start = i,
				seg_letters = 0;
	int32_t		cp;

	for (;;)
	{
		seg_letters = 0;
		while (j < lim)
		{
			int32_t		k = j;

			/* ASCII letters and digits in a tight loop */
			while (k < lim && (byte_class[(unsigned char) s[k]] & (AC_LETTER | AC_DIGIT)))
				k++;
			seg_letters += k - j;
			j = k;
			if (j >= lim || (unsigned char) s[j] < 0x80)
				break;
			cp = ne_decode(s, lim, j, &n);
			if (!ne_is_alnum(cp))
				break;
			seg_letters++;
			j += n;
		}
		if (j >= lim)
			break;
		{
			/* the usual followers (space, comma, period before a space) end the word at once */
			unsigned char b = (unsigned char) s[j];

			if (b < 0x80 && b != '\'' && b != '-' && b != '.' && b != ',' && b != ':' && b != '/')
				break;
			if (b == '.' && (j + 1 >= lim || (unsigned char) s[j + 1] == ' ' || s[j + 1] == '\n'))
				break;
		}
		cp = ne_decode(s, lim, j, &n);
		if (j + n < lim)
		{
			int32_t		n2;
			int32_t		next = ne_decode(s, lim, j + n, &n2);

			if (is_apos(cp) && ne_is_letter(next) && !number)
			{
				j += n;
				seg_start = j;
				continue;
			}
			if (is_hyphen(cp) && ne_is_alnum(next))
			{
				j += n;
				seg_start = j;
				continue;
			}
			if (number && ne_is_digit(next) && (cp == '.' || cp == ',' || cp == ':' || cp == '/'))
			{
				j += n;
				seg_start = j;
				continue;
			}
			/* dotted initials: U.S, D.C, a.m -- a one-letter segment, '.', a letter, then '.' */
			if (!number && cp == '.' && seg_letters == 1 && ne_is_letter(next))
			{
				int32_t		k = j + n + n2;

				if (k < lim && s[k] == '.')
				{
					j += n;
					seg_start = j;
					continue;
				}
			}
		}
		break;
	}
	(void) seg_start;
	return j;
}

/*
 * Length of an Arabic article that opens a name written with a hyphen
 * ("al-Assad", "el-Sisi", "ash-Sharif"): the article and its hyphen when an
 * upper-case letter follows them, else 0.  Such a word is a capitalised name.
 * ne_name_article_len (newsextract.h) has turned most words away already.
 */
int32_t
ne_name_article_len_tail(const char *s, int32_t start, int32_t end)
{
	static const char *const articles[] = {"al-", "el-", "ad-", "an-", "ar-", "as-", "ash-", "at-", "az-"};

	for (size_t i = 0; i < sizeof(articles) / sizeof(articles[0]); i++)
	{
		int32_t		n = (int32_t) strlen(articles[i]);

		if (end - start > n && memcmp(s + start, articles[i], (size_t) n) == 0 &&
			s[start + n] >= 'A' && s[start + n] <= 'Z')
			return n;
	}
	return 0;
}

/* Sets NE_TF_CAP / NE_TF_ALLCAPS of a word token. */
static uint16_t
case_flags(const char *s, int32_t start, int32_t end)
{
	int32_t		n,
				letters = 0;
	uint16_t	f = 0;

	for (int32_t i = start; i < end; i += n)
	{
		unsigned char b = (unsigned char) s[i];
		bool		letter,
					up;

		if (b < 0x80)
		{
			n = 1;
			letter = (byte_class[b] & AC_LETTER) != 0;
			up = (byte_class[b] & AC_UPPER) != 0;
		}
		else
		{
			int32_t		cp = ne_decode(s, end, i, &n);

			letter = ne_is_letter(cp);
			up = letter && ne_is_upper(cp);
		}
		if (!letter)
			continue;
		if (!up)
		{
			/* a lower-case letter settles it, but for a name after an article ("al-Assad") */
			if (letters == 0)
				return ne_name_article_len(s, start, end) > 0 ? NE_TF_CAP : 0;
			return NE_TF_CAP;
		}
		if (letters++ == 0)
			f = NE_TF_CAP;
	}
	return letters >= 2 ? (uint16_t) (NE_TF_CAP | NE_TF_ALLCAPS) : f;
}

/* The token array while make_tokens fills it: kept in locals, so that token stores need no reload of doc. */
typedef struct tok_buf
{
	ne_token   *base;			/* doc->tokens */
	ne_token   *next;			/* where the next token goes */
	ne_token   *end;			/* base + capacity */
} tok_buf;

/* Makes room for room more tokens (the array is pre-sized, so this is rare). */
static void
grow_tokens(ne_doc *doc, tok_buf *b, int32_t room)
{
	int32_t		n = (int32_t) (b->next - b->base),
				cap = (int32_t) (b->end - b->base);

	b->base = ne_grow(doc->arena, b->base, &cap, n + room, sizeof(ne_token));
	b->next = b->base + n;
	b->end = b->base + cap;
	doc->tokens = b->base;		/* the sentence split reads the tokens made so far */
	doc->cap_tokens = cap;
}

/* Appends a token; returns its index. */
static inline int32_t
push_token(ne_doc *doc, tok_buf *b, int32_t start, int32_t end, ne_token_kind kind, uint16_t flags, int32_t quote)
{
	ne_token   *t;

	if (b->next == b->end)
		grow_tokens(doc, b, 1);
	t = b->next++;
	t->start = start;
	t->end = end;
	t->kind = (uint16_t) kind;
	t->flags = flags;
	t->sentence = -1;
	t->quote = quote;
	return (int32_t) (t - b->base);
}

/* End of the run of ASCII letters and digits at i (s[i] is one), not past lim; s[0..len) may be read. */
static inline int32_t
word_run_end(const char *s, int32_t i, int32_t lim, int32_t len)
{
#ifdef __SSE2__
	if (i + 16 <= len)
	{
		/* 16 bytes at once */
		ne_classes16 c = ne_classify16(s + i);
		unsigned	stop = ~(c.letter | c.digit);
		int32_t		k = i + __builtin_ctz(stop);	/* stop has bit 16 set */

		if (k >= lim)
			return lim;
		if (k < i + 16)
			return k;
		return alnum_run_end(s, k, lim);
	}
#endif
	(void) len;
	return alnum_run_end(s, i + 1, lim);
}

/* Flags of an ASCII word s[i..k) of letters and digits whose first letter is upper case. */
static inline uint16_t
upper_word_flags(const char *s, int32_t i, int32_t k)
{
	unsigned	letter = 0,
				lower = 0;

	/* letters have bit 0x40 (digits not); lower-case letters have 0x40 and 0x20 */
	for (int32_t j = i + 1; j < k; j++)
	{
		unsigned	c = (unsigned char) s[j];

		letter |= c;
		lower |= c & (c << 1);
	}
	return (uint16_t) (NE_TF_CAP | ((lower & 0x40) == 0 && (letter & 0x40) != 0 ? NE_TF_ALLCAPS : 0));
}

/* After an ASCII number: true for the bytes that may carry it on (' - . , : /) and bytes 0x80 and up. */
static const bool number_may_go_on[256] = {
	['\''] = true,['-'] = true,['.'] = true,[','] = true,[':'] = true,['/'] = true,
#define HI16(x) [x] = true, [x + 1] = true, [x + 2] = true, [x + 3] = true, [x + 4] = true, [x + 5] = true, \
	[x + 6] = true, [x + 7] = true, [x + 8] = true, [x + 9] = true, [x + 10] = true, [x + 11] = true, \
	[x + 12] = true, [x + 13] = true, [x + 14] = true, [x + 15] = true
	HI16(0x80), HI16(0x90), HI16(0xA0), HI16(0xB0), HI16(0xC0), HI16(0xD0), HI16(0xE0), HI16(0xF0),
#undef HI16
};


/* Is token t the closing mark of its quote? */
static inline bool
is_close_mark(const ne_doc *doc, const ne_token *t)
{
	return t->kind == NE_TOK_QUOTE && t->quote >= 0 && doc->quotes[t->quote].close_mark == t->start;
}

/* Is token t a single ASCII punctuation c? */
static inline bool
tok_is(const ne_doc *doc, const ne_token *t, char c)
{
	return t->kind == NE_TOK_PUNCT && t->end - t->start == 1 && doc->text[t->start] == c;
}

/* Is token t a sentence-final mark (. ! ? …)? */
static inline bool
is_terminal(const ne_doc *doc, const ne_token *t)
{
	if (t->kind != NE_TOK_PUNCT)
		return false;
	if (t->end - t->start == 1)
	{
		char		c = doc->text[t->start];

		return c == '.' || c == '!' || c == '?';
	}
	return t->end - t->start == 3 && (unsigned char) doc->text[t->start] == 0xE2 &&
		(unsigned char) doc->text[t->start + 1] == 0x80 && (unsigned char) doc->text[t->start + 2] == 0xA6;
}

/* Is the word token an initial (one upper-case letter)? */
static bool
is_initial(const ne_doc *doc, const ne_token *t)
{
	int32_t		n;
	int32_t		cp;

	if (t->kind != NE_TOK_WORD)
		return false;
	if ((unsigned char) doc->text[t->start] < 0x80)
		return t->end - t->start == 1 && doc->text[t->start] >= 'A' && doc->text[t->start] <= 'Z';
	cp = ne_decode(doc->text, t->end, t->start, &n);
	return t->start + n == t->end && (cp < 0x80 ? (cp >= 'A' && cp <= 'Z') : ne_is_upper(cp));
}

/* Is there a '.' in s[start..end) (s[0..len) readable)?  Words are short: one 8-byte test, not a memchr call. */
static inline bool
has_period(const char *s, int32_t start, int32_t end, int32_t len)
{
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	if (end - start <= 8 && start + 8 <= len)
	{
		const uint64_t ones = 0x0101010101010101ULL;
		uint64_t	x;

		memcpy(&x, s + start, 8);
		x ^= ones * '.';		/* a '.' is now a zero byte */
		x = (x - ones) & ~x & (ones * 0x80);	/* the high bit of each zero byte, and maybe of later ones */
		/* the first marked byte is a zero byte: is it within the word? */
		return x != 0 && (__builtin_ctzll(x) >> 3) < end - start;
	}
#endif
	(void) len;
	return memchr(s + start, '.', (size_t) (end - start)) != NULL;
}

/*
 * Is word token w the usual word before a final period, which ends the sentence whatever
 * follows: ASCII, not an initial, not of an abbreviation's shape, no period inside?
 */
static inline bool
plain_before_period(const ne_doc *doc, const ne_token *w)
{
	const char *word = doc->text + w->start;
	int32_t		len = w->end - w->start;

	return (unsigned char) word[0] < 0x80 && !(len == 1 && word[0] >= 'A' && word[0] <= 'Z') &&
		!ne_lex_may_be_abbrev(word, len) && !has_period(doc->text, w->start, w->end, doc->len);
}

/* Does a '.' after word token w end the sentence, given the next token? Sets NE_TF_ABBREV. */
static bool
period_ends(ne_doc *doc, ne_token *w, const ne_token *next)
{
	uint32_t	lx;
	bool		dotted;

	if (w == NULL || w->kind != NE_TOK_WORD)
		return true;
	if (is_initial(doc, w))
	{
		w->flags |= NE_TF_ABBREV;
		return false;
	}
	lx = ne_lex_may_be_abbrev(doc->text + w->start, w->end - w->start) ?
		ne_lex_flags(doc->text + w->start, w->end - w->start) : 0;	/* only its ABBREV bits are read */
	if (lx & NE_LX_ABBREV_TITLE)
	{
		w->flags |= NE_TF_ABBREV;
		return false;
	}
	dotted = !(lx & NE_LX_ABBREV) && has_period(doc->text, w->start, w->end, doc->len);
	if ((lx & NE_LX_ABBREV) || dotted)
	{
		/* Jan., Inc., U.S.: ends only before a clear sentence opener */
		if (next != NULL && next->kind == NE_TOK_WORD && (next->flags & NE_TF_CAP) &&
			(ne_lex_flags(doc->text + next->start, next->end - next->start) & (NE_LX_NONNAME | NE_LX_PRON)))
			return true;
		if (next != NULL && next->kind == NE_TOK_QUOTE && !is_close_mark(doc, next))
			return true;
		w->flags |= NE_TF_ABBREV;
		return false;
	}
	return true;
}

/* Starts a new sentence at token t in paragraph p. */
static inline ne_sentence *
open_sentence(ne_doc *doc, int32_t t, int32_t p)
{
	ne_sentence *s;

	/* NE_PUSH without its memset: every field is set below */
	if (doc->nsentences >= doc->cap_sentences)
		doc->sentences = ne_grow(doc->arena, doc->sentences, &doc->cap_sentences, doc->nsentences + 1,
								 sizeof(ne_sentence));
	s = &doc->sentences[doc->nsentences++];
	s->tok_first = t;
	s->tok_end = t;
	s->paragraph = p;
	s->span.start = doc->tokens[t].start;
	s->span.end = doc->tokens[t].end;
	doc->tokens[t].flags |= NE_TF_SENT_START;
	return s;
}

/* Ends sentence cur before token t (its last token is t - 1). */
static inline void
close_sentence(ne_doc *doc, int32_t cur, int32_t t)
{
	if (cur < 0 || t <= 0)
		return;
	doc->sentences[cur].tok_end = t;
	doc->sentences[cur].span.end = doc->tokens[t - 1].end;
}

/* The sentence split while make_tokens makes the tokens. */
typedef struct sent_state
{
	int32_t		p;				/* paragraph of the current token */
	int32_t		cur;			/* current sentence, -1 before the first */
	int32_t		next_ps;		/* start of paragraph p + 1 (INT32_MAX after the last) */
	int32_t		plain_below;	/* next_ps, or INT32_MIN when pending_end: a word or number starting
								 * below it just takes sentence cur */
	bool		pending_end;	/* a . ! ? was seen: the sentence ends unless a closer or lower-case word follows */
	bool		period_open;	/* pending_end after word + '.' waits for period_ends, which needs the next token */
} sent_state;

/* Sentence work for the new token t that is punctuation, opens a paragraph or follows . ! ? */
static void
sentence_step(ne_doc *doc, sent_state *st, int32_t t)
{
	ne_token   *toks = doc->tokens;
	ne_token   *tok = &toks[t];
	const char *text = doc->text;
	bool		newpara = false;

	if (st->period_open)
	{
		/* the token after "word ." has come: does the period end the sentence? */
		st->period_open = false;
		st->pending_end = toks[t - 2].kind != NE_TOK_WORD || plain_before_period(doc, &toks[t - 2]) ||
			period_ends(doc, &toks[t - 2], tok);
	}

	if (tok->start >= st->next_ps)
	{
		int32_t		np = doc->nparagraphs;

		while (st->p + 1 < np && tok->start >= doc->paragraphs[st->p + 1].span.start)
			st->p++;
		st->next_ps = st->p + 1 < np ? doc->paragraphs[st->p + 1].span.start : INT32_MAX;
		newpara = true;
	}
	if (st->cur < 0)
		newpara = true;
	if (st->pending_end && !newpara)
	{
		/* after . ! ?: closers stay, a lower-case word or a comma cancels, anything else splits */
		bool		closer = (tok->kind == NE_TOK_QUOTE && is_close_mark(doc, tok)) ||
			tok_is(doc, tok, ')') || tok_is(doc, tok, ']') || is_terminal(doc, tok);

		if (!closer)
		{
			bool		split = true;

			if (tok->kind == NE_TOK_WORD)
			{
				int32_t		n;
				int32_t		cp = ne_decode(text, doc->len, tok->start, &n);

				if (cp < 0x80 ? (cp >= 'a' && cp <= 'z') : ne_is_lower(cp))
					split = false;
			}
			else if (tok->kind == NE_TOK_PUNCT)
				split = tok_is(doc, tok, '(') || tok_is(doc, tok, '[') || tok_is(doc, tok, '-') ||
					ne_is_dash(ne_decode(text, doc->len, tok->start, &(int32_t) {0}));
			if (split)
			{
				close_sentence(doc, st->cur, t);
				st->cur = doc->nsentences;
				open_sentence(doc, t, st->p);
			}
			st->pending_end = false;
		}
	}
	if (newpara)
	{
		close_sentence(doc, st->cur, t);
		st->cur = doc->nsentences;
		open_sentence(doc, t, st->p);
		tok->flags |= NE_TF_PARA_START;
		st->pending_end = false;
	}
	tok->sentence = st->cur;

	if (is_terminal(doc, tok))
	{
		st->pending_end = true;
		if (text[tok->start] == '.' && t > 0 && toks[t - 1].end == tok->start &&
			toks[t - 1].sentence == st->cur)
			st->period_open = true; /* decided with the next token, or at the end */
	}
	st->plain_below = st->pending_end ? INT32_MIN : st->next_ps;
}

/*
 * Gives the new token t its sentence: only punctuation, a paragraph's first
 * token and the token after . ! ? can change it, the others take the current one.
 */
static inline void
token_sentence(ne_doc *doc, sent_state *st, int32_t t)
{
	ne_token   *tok = &doc->tokens[t];

	if (tok->kind != NE_TOK_PUNCT && tok->start < st->plain_below)
		tok->sentence = st->cur;
	else
		sentence_step(doc, st, t);
}

/* Closes the last sentence after the last token. */
static void
end_sentences(ne_doc *doc, sent_state *st)
{
	int32_t		n = doc->ntokens;

	if (st->period_open)
		(void) period_ends(doc, &doc->tokens[n - 2], NULL);	/* the text ends with "word ." */
	close_sentence(doc, st->cur, n);
}

/* Classes of 64 bytes as bit masks (bit j for byte j): the block tokenizer's view of the text. */
typedef struct byte_masks
{
	uint64_t	alnum;			/* ASCII letters and digits */
	uint64_t	alpha;			/* ASCII letters */
	uint64_t	upper;			/* A-Z */
	uint64_t	space;			/* ASCII white space */
	uint64_t	high;			/* bytes 0x80 and up */
} byte_masks;

/*
 * How a block's masks are made: block_masks_sse2 or block_masks_avx2.  A parameter of
 * make_tokens_with, not a flag: its body, compiled for any CPU, can then name no AVX2
 * function, and in make_tokens_avx2 the call becomes a direct one that is inlined.
 */
typedef void (*block_masks_fn) (const char *p, byte_masks *m);

#ifdef __SSE2__
/* A sentence-final . ! ? in start_info, and a period: above the 32 bits of ne_token's kind and flags. */
#define START_TERMINAL ((uint64_t) 1 << 32)
#define START_PERIOD ((uint64_t) 1 << 33)

/*
 * What the block tokenizer takes from a token's first byte (ASCII): in the low 32 bits its kind
 * and flags as they lie in ne_token (kind in bits 0-15: 1 word, 2 number, 4 punctuation; flags
 * from bit 16: NE_TF_CAP | NE_TF_ALLCAPS for A-Z, to be and-ed with the block's case mask), and
 * START_TERMINAL for . ! ? (and START_PERIOD for .)
 */
#define P ((uint64_t) NE_TOK_PUNCT)
#define T ((uint64_t) NE_TOK_PUNCT | START_TERMINAL)
#define S ((uint64_t) NE_TOK_PUNCT | START_TERMINAL | START_PERIOD)
#define D ((uint64_t) NE_TOK_NUMBER)
#define L ((uint64_t) NE_TOK_WORD)
#define U ((uint64_t) NE_TOK_WORD | (NE_TF_CAP | NE_TF_ALLCAPS) << 16)
static const uint64_t start_info[128] = {
	P, P, P, P, P, P, P, P, P, P, P, P, P, P, P, P,
	P, P, P, P, P, P, P, P, P, P, P, P, P, P, P, P,
	P, T, P, P, P, P, P, P, P, P, P, P, P, P, S, P,
	D, D, D, D, D, D, D, D, D, D, P, P, P, P, P, T,
	P, U, U, U, U, U, U, U, U, U, U, U, U, U, U, U,
	U, U, U, U, U, U, U, U, U, U, U, P, P, P, P, P,
	P, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L,
	L, L, L, L, L, L, L, L, L, L, L, P, P, P, P, P,
};
#undef P
#undef T
#undef S
#undef D
#undef L
#undef U

/* The classes of the 16 bytes at p, each as a 16-bit mask (bit k for byte k); three are complements. */
typedef struct masks16
{
	unsigned	not_alpha,
				not_digit,
				not_space,
				bit5;			/* 0x20 set: lower case, for letters */
} masks16;

/*
 * Bytes of v outside [lo, lo + n): the top bit of each byte of the saturating sum of v - lo and
 * 128 - n, which is 128 or more exactly when v - lo (mod 256) is n or more.  No compare, so no
 * copy of a bound, and the masks are inverted once a block.
 */
static inline __m128i
outside_range(__m128i v, char lo, int n)
{
	return _mm_adds_epu8(_mm_sub_epi8(v, _mm_set1_epi8(lo)), _mm_set1_epi8((char) (128 - n)));
}

/* Classifies the 16 bytes v; upper case comes from bit 5 (one shift, no compare). */
static inline masks16
classify16(__m128i v)
{
	__m128i		not_alpha = outside_range(_mm_or_si128(v, _mm_set1_epi8(0x20)), 'a', 26);	/* folded to lower case */
	__m128i		not_digit = outside_range(v, '0', 10);
	/* white space: ' ', or \t..\r */
	__m128i		not_space = _mm_andnot_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(' ')), outside_range(v, '\t', 5));
	masks16		c;

	c.not_alpha = (unsigned) _mm_movemask_epi8(not_alpha);
	c.not_digit = (unsigned) _mm_movemask_epi8(not_digit);
	c.not_space = (unsigned) _mm_movemask_epi8(not_space);
	c.bit5 = (unsigned) _mm_movemask_epi8(_mm_slli_epi16(v, 2));	/* bit 5 of each byte to its top */
	return c;
}

/* Fills m from the 64 bytes at p, 16 bytes a step (SSE2). */
static inline void
block_masks_sse2(const char *p, byte_masks *m)
{
	uint64_t	not_alpha = 0,
				not_digit = 0,
				not_space = 0,
				bit5 = 0,
				high = 0,
				alpha;
	__m128i		any_high = _mm_setzero_si128();

	/* a loop, not four copies: the copies ran out of XMM registers and spilled */
	for (int i = 0; i < 64; i += 16)
	{
		const __m128i v = _mm_loadu_si128((const __m128i *) (p + i));
		masks16		c = classify16(v);

		not_alpha |= (uint64_t) c.not_alpha << i;
		not_digit |= (uint64_t) c.not_digit << i;
		not_space |= (uint64_t) c.not_space << i;
		bit5 |= (uint64_t) c.bit5 << i;
		any_high = _mm_or_si128(any_high, v);
	}
	if (NE_UNLIKELY(_mm_movemask_epi8(any_high) != 0))
	{
		/* bytes 0x80 and up are rare: their mask only when there are some */
		for (int i = 0; i < 64; i += 16)
			high |= (uint64_t) (unsigned) _mm_movemask_epi8(_mm_loadu_si128((const __m128i *) (p + i))) << i;
	}
	alpha = ~not_alpha;
	m->alnum = ~(not_alpha & not_digit);
	m->alpha = alpha;
	m->upper = alpha & ~bit5;
	m->space = ~not_space;
	m->high = high;
}

#if defined(__x86_64__) && defined(__GNUC__)
#define NE_TOKENS_AVX2 1

/* outside_range on 32 bytes. */
__attribute__((target("avx2")))
static inline __m256i
outside_range32(__m256i v, char lo, int n)
{
	return _mm256_adds_epu8(_mm256_sub_epi8(v, _mm256_set1_epi8(lo)), _mm256_set1_epi8((char) (128 - n)));
}

/* The classes of 32 bytes as in masks16, and the bytes 0x80 and up. */
typedef struct masks32
{
	uint32_t	not_alpha,
				not_digit,
				not_space,
				bit5,
				high;
} masks32;

/* classify16 on the 32 bytes at p. */
__attribute__((target("avx2")))
static inline masks32
classify32(const char *p)
{
	__m256i		v = _mm256_loadu_si256((const __m256i *) p);
	__m256i		not_alpha = outside_range32(_mm256_or_si256(v, _mm256_set1_epi8(0x20)), 'a', 26);
	__m256i		not_digit = outside_range32(v, '0', 10);
	__m256i		not_space = _mm256_andnot_si256(_mm256_cmpeq_epi8(v, _mm256_set1_epi8(' ')),
												outside_range32(v, '\t', 5));
	masks32		c;

	c.not_alpha = (uint32_t) _mm256_movemask_epi8(not_alpha);
	c.not_digit = (uint32_t) _mm256_movemask_epi8(not_digit);
	c.not_space = (uint32_t) _mm256_movemask_epi8(not_space);
	c.bit5 = (uint32_t) _mm256_movemask_epi8(_mm256_slli_epi16(v, 2));
	c.high = (uint32_t) _mm256_movemask_epi8(v);
	return c;
}

/*
 * block_masks_sse2 with 32 bytes a step, for the CPUs that have AVX2: every block of ASCII
 * text is classified here, at half the cost.
 */
__attribute__((target("avx2")))
static NE_ALWAYS_INLINE void
block_masks_avx2(const char *p, byte_masks *m)
{
	masks32		lo = classify32(p),
				hi = classify32(p + 32);
	uint64_t	alpha = ~(lo.not_alpha | (uint64_t) hi.not_alpha << 32);

	m->alnum = ~((lo.not_alpha & lo.not_digit) | (uint64_t) (hi.not_alpha & hi.not_digit) << 32);
	m->alpha = alpha;
	m->upper = alpha & ~(lo.bit5 | (uint64_t) hi.bit5 << 32);
	m->space = ~(lo.not_space | (uint64_t) hi.not_space << 32);
	m->high = lo.high | (uint64_t) hi.high << 32;
}

#endif

/*
 * scan_word on the masks of a block, for a word or number at off whose first run of letters and
 * digits ends at k < stop, followed by punctuation (a joiner ' - . , : / or another, which ends
 * the token): returns the end, or -1 when the answer needs a byte at or past stop (not ASCII,
 * past the block, or a mark), which scan_word then reads.  The byte-wise call cost several times
 * these few mask tests.
 */
static NE_ALWAYS_INLINE int32_t
join_segments(const char *p, const byte_masks *m, uint64_t not_alnum, int32_t off, int32_t k,
			  int32_t stop, bool number)
{
	int32_t		seg = off;		/* start of the current segment */

	for (;;)
	{
		unsigned char f = (unsigned char) p[k];
		bool		join;

		if (k + 2 >= stop)
		{
			/* the bytes after f may be unclassified: only a byte that can join needs them */
			if (f == '-' || (number ? f == '.' || f == ',' || f == ':' || f == '/' :
							 f == '\'' || (f == '.' && k - seg == 1)))
				return -1;
			return k;
		}
		if (f == '-')
			join = (m->alnum >> (k + 1)) & 1;
		else if (number)
			join = (f == '.' || f == ',' || f == ':' || f == '/') && ((m->alnum & ~m->alpha) >> (k + 1)) & 1;
		else if (f == '\'')
			join = (m->alpha >> (k + 1)) & 1;
		else
			join = f == '.' && k - seg == 1 && ((m->alpha >> (k + 1)) & 1) && p[k + 2] == '.';	/* U.S */
		if (!join)
			return k;
		seg = k + 1;
		k = seg + __builtin_ctzll(not_alnum >> seg);
		if (k >= stop)
			return -1;
	}
}

/* The block tokenizer stores kind and flags, and sentence and quote, as one value each. */
_Static_assert(offsetof(ne_token, flags) == offsetof(ne_token, kind) + 2, "kind and flags are adjacent");
_Static_assert(offsetof(ne_token, quote) == offsetof(ne_token, sentence) + 4, "sentence and quote are adjacent");

/*
 * Stores a block token's kind and flags as the 4 bytes they take in ne_token (x86 is
 * little-endian): its start_info, the flags and-ed with bits e and e + 1 of the block's case
 * mask, which case16 (the mask rotated left by 16) has at 16 and 17 once rotated right by e.
 */
static inline void
store_kind_flags(ne_token *t, uint64_t info, uint64_t case16, int32_t e)
{
	uint64_t	keep = (case16 >> e) | (case16 << (-e & 63));	/* rotated right by e */
	uint32_t	kind_flags = (uint32_t) (info & (keep | 0xFFFF));

	memcpy(&t->kind, &kind_flags, sizeof(kind_flags));
}

/* A token's sentence and quote -1 as the 8 bytes they take in ne_token, for one store (x86 is little-endian). */
static inline uint64_t
sentence_no_quote(int32_t sentence)
{
	return (uint64_t) (uint32_t) sentence | ((uint64_t) (uint32_t) -1 << 32);
}

/*
 * Makes the tokens that start in s[b..lim) and before a byte 0x80 or up, at most 63 bytes on, for
 * text without marks there; returns where make_tokens goes on, and sets *more when that is the
 * next block (else its byte-wise path makes the token there).  tb has room for 64 tokens.
 *
 * Everything a plain token needs is read off bit masks of the 64 bytes, so that the loop does the
 * same few steps for every token: the n-th token start (punctuation bytes and first bytes of runs
 * of letters and digits) pairs with the n-th token end (the byte after a punctuation byte or a
 * run), the kind and the capital from the start, ALLCAPS from the end.  Only a run followed by a
 * byte that may join it to the next (U.S, 3.2, don't), a run that reaches the block's end, and
 * the tokens that may change the sentence leave that path.
 */
static NE_ALWAYS_INLINE int32_t
tokenize_block(ne_doc *doc, sent_state *st, int32_t b, int32_t lim, tok_buf *tb, bool *more,
			   block_masks_fn block_masks)
{
	const char *s = doc->text;
	ne_token   *base = tb->base;
	byte_masks	m;
	char		pad[64];
	const char *p = s + b;
	uint64_t	valid,
				alnum,
				runs,
				punct,
				starts,
				ends,
				case16,			/* case_keep (below) rotated left by 16 */
				joins,
				sentence_quote;	/* cur and quote -1 */
	int32_t		stop = lim - b < 64 ? lim - b : 64,
				ret;
	int32_t		cur = st->cur,
				plain_below = st->plain_below;	/* tokens from this byte on need sentence_step */
	ne_token   *t = tb->next;

	if (b + 64 > doc->len)
	{
		/* the end of the text is near: classify a copy (its zero bytes are never used) */
		memset(pad, 0, sizeof(pad));
		memcpy(pad, p, (size_t) stop);
		p = pad;
	}
	block_masks(p, &m);
	if (stop > 63)
		stop = 63;				/* byte 63 only ends runs: see alnum */
	if (m.high & (((uint64_t) 1 << stop) - 1))
		stop = __builtin_ctzll(m.high);
	valid = ((uint64_t) 1 << stop) - 1;
	alnum = m.alnum & ~((uint64_t) 1 << 63);	/* so every run ends in the block */
	runs = alnum & ~(alnum << 1);	/* first bytes of runs */
	punct = ~m.space & ~alnum & valid;
	starts = punct | (runs & valid);
	/* the byte after each token: one bit per token, as no punctuation byte ends a run */
	ends = (punct << 1) | (~alnum & (alnum << 1));

	/*
	 * ALLCAPS by runs: adding a run's marked bytes to it carries into the byte after it, so the sums
	 * mark the ends of runs with a letter, and with a lower-case letter, after their first byte.
	 * A token ending at e takes its flags & (case_keep >> e): bit e of case_keep is set, and bit
	 * e + 1 is clear after a run that is not all capitals (no run ends at e - 1 or e + 1).
	 */
	{
		uint64_t	rest = alnum & ~runs;
		uint64_t	allcaps = (alnum + (m.alpha & rest)) & ~(alnum + (m.alpha & ~m.upper & rest));
		uint64_t	case_keep = ~((~alnum & (alnum << 1) & ~allcaps) << 1);

		case16 = (case_keep << 16) | (case_keep >> 48);
	}

	/*
	 * The run ends where scan_word may join: a punctuation byte (a joiner ' , - . / : or not, for
	 * join_segments to tell) followed by a letter or digit, or by byte stop, which is unclassified
	 * when it is 0x80 or up.  Other ends are exact without a look.
	 */
	joins = ~alnum & (alnum << 1) & punct & ((m.alnum >> 1) | ((uint64_t) 1 << (stop - 1)));
	sentence_quote = sentence_no_quote(cur);
	/* a run that reaches stop is left to make_tokens: the loop then needs no test of the token's end */
	ret = stop;
	if ((alnum >> (stop - 1)) & 1)
	{
		ret = 63 - __builtin_clzll(runs & valid);	/* start of the run that crosses stop */
		starts &= ((uint64_t) 1 << ret) - 1;
	}

	/*
	 * The next block goes on from ret when this one ends at its 63rd byte with progress: a run
	 * across the end is cheaper classified again than made byte by byte.  A run that reaches a
	 * byte 0x80 or up or a mark, or fills the block, is make_tokens' work.
	 */
	*more = ret > 0 && stop == 63 && lim - b >= 64;

	/*
	 * The plain tokens in an inner loop without calls, so that its masks stay in registers; a
	 * token with a join or one that may change the sentence leaves it for the code after it.
	 */
	while (starts)
	{
		int32_t		off,
					e;
		uint64_t	info;
		int			ev;			/* why the inner loop stopped: 0 no tokens left, 1 a join, 2 the sentence */

		for (;;)
		{
			off = __builtin_ctzll(starts);
			e = __builtin_ctzll(ends);	/* ends has a bit for this token */
			info = start_info[(unsigned char) p[off]];
			if (NE_UNLIKELY((joins >> e) & 1))
			{
				ev = 1;
				break;
			}
			/* a punctuation byte, or a run that is the whole token */
			t->start = b + off;
			t->end = b + e;
			store_kind_flags(t, info, case16, e);
			memcpy(&t->sentence, &sentence_quote, sizeof(sentence_quote));	/* and t->quote */
			starts &= starts - 1;
			ends &= ends - 1;
			if (NE_UNLIKELY((b + off >= plain_below) | ((info & START_TERMINAL) != 0)))
			{
				ev = 2;
				break;
			}
			t++;
			if (starts == 0)
			{
				ev = 0;
				break;
			}
		}
		if (ev == 0)
			break;
		if (ev == 1)
		{
			/* punctuation and a letter or digit after the run: U.S, 3.2, 10:30, don't, well-known, AT&T */
			bool		number = (uint16_t) info == NE_TOK_NUMBER;
			uint64_t	rest;

			t->start = b + off;
			t->kind = (uint16_t) info;
			t->sentence = cur;
			t->quote = -1;
			e = join_segments(p, &m, ~alnum, off, e, stop, number);
			if (e < 0 && off > 0 && stop == 63 && lim - b >= 64)
			{
				/* its joins reach past the block (155,221 cut): the next block starts with it */
				*more = true;
				tb->next = t;
				return b + off;
			}
			if (e < 0)
			{
				/* past what the masks tell: the byte-wise scanner finds the end */
				e = scan_word(s, lim, b + off, number) - b;
				t->end = b + e;
				t->flags = number ? 0 : case_flags(s, b + off, b + e);
				token_sentence(doc, st, (int32_t) (t - base));
				t++;
				if (e >= ret)
				{
					tb->next = t;
					return b + e;
				}
				cur = st->cur;
				sentence_quote = sentence_no_quote(cur);
				plain_below = st->plain_below;
				starts &= ~(uint64_t) 0 << e;
				ends &= ~(uint64_t) 0 << (e + 1);
				continue;
			}
			rest = ((uint64_t) 1 << e) - ((uint64_t) 2 << off);	/* bytes off+1 .. e-1 */
			t->end = b + e;
			t->flags = (uint16_t) (((info >> 16) & NE_TF_CAP) ? ((m.alpha & ~m.upper & rest) == 0 && (m.alpha & rest) != 0 ?
										 NE_TF_CAP | NE_TF_ALLCAPS : NE_TF_CAP) : 0);
			if (NE_UNLIKELY(t->flags == 0 && !number && ne_name_article_len(s, b + off, b + e) > 0))
				t->flags = NE_TF_CAP;	/* a joined word: "al-Assad" */
			starts &= ~(uint64_t) 0 << e;
			ends &= ~(uint64_t) 0 << (e + 1);
		}
		if ((b + off >= plain_below) | ((info & START_TERMINAL) != 0))
		{
			if (b + off < plain_below)
			{
				/* . ! ? inside the sentence: sentence_step's work where nothing else can happen */
				st->pending_end = true;
				st->period_open = (info & START_PERIOD) != 0 && t > base && t[-1].end == b + off && t[-1].sentence == cur;
				st->plain_below = INT32_MIN;
				plain_below = INT32_MIN;
			}
			else
			{
				/* a paragraph's first token, or the token after . ! ? */
				sentence_step(doc, st, (int32_t) (t - base));
				cur = st->cur;
				sentence_quote = sentence_no_quote(cur);
				plain_below = st->plain_below;
			}
		}
		t++;
	}
	tb->next = t;
	return b + ret;
}

#endif

/*
 * Makes the tokens of the whole document.  The body of make_tokens_sse2 and make_tokens_avx2,
 * each with its block_masks.
 */
static NE_ALWAYS_INLINE void
make_tokens_with(ne_doc *doc, const tok_mark *marks, int32_t nmarks, block_masks_fn block_masks)
{
	const char *s = doc->text;
	const int32_t len = doc->len;
	void		(*check) (void) = doc->check_interrupts;
	int32_t		i = 0,
				mi = 0;
	int32_t		mpos = nmarks > 0 ? marks[0].pos : INT32_MAX;	/* marks[mi].pos */
	int32_t		lim = mpos < len ? mpos : len;	/* words end at the next mark; i < lim needs no mark test */
	unsigned	tick = 0;
	tok_buf		tb = {doc->tokens, doc->tokens, doc->tokens};
	sent_state	st = {0, -1, INT32_MIN, INT32_MIN, false, false};	/* the first token looks its paragraph up */

	if (doc->tokens != NULL)	/* NULL for empty text */
	{
		tb.next += doc->ntokens;
		tb.end += doc->cap_tokens;
	}

	for (;;)
	{
		int32_t		n,
					cp;
		unsigned char b;
		uint8_t		cls;

		if (i >= lim)
		{
			/* the end of the text, or a quotation mark at or before i */
			while (i < len && s[i] == ' ')
				i++;			/* no mark is a space */
			if (i >= len)
				break;
			while (mi < nmarks && marks[mi].pos < i)
				mi++;
			mpos = mi < nmarks ? marks[mi].pos : INT32_MAX;
			lim = mpos < len ? mpos : len;
			if (mpos == i)
			{
				token_sentence(doc, &st, push_token(doc, &tb, i, i + marks[mi].len, NE_TOK_QUOTE, 0,
													marks[mi].quote));
				i += marks[mi].len;
				continue;
			}
		}
#ifdef __SSE2__
		if ((unsigned char) s[i] < 0x80)
		{
			/* the usual text: up to 64 bytes of plain tokens at once */
			bool		more;

			if (tb.end - tb.next < 64)
				grow_tokens(doc, &tb, 64);
			if (check != NULL && ((++tick) & 0xFFFF) == 0)
				check();
			i = tokenize_block(doc, &st, i, lim, &tb, &more, block_masks);
			if (i >= lim || more)
				continue;
		}
#endif
		b = (unsigned char) s[i];
		if (b == ' ')
		{
			i++;
			continue;
		}
		if (check != NULL && ((++tick) & 0xFFFF) == 0)
			check();
		cls = byte_class[b];
		if (cls & (AC_LETTER | AC_DIGIT))
		{
			/* the common case: an ASCII word or number ended by space or plain punctuation */
			int32_t		k = word_run_end(s, i, lim, len);
			unsigned char follow = k < lim ? (unsigned char) s[k] : 0;	/* 0 ends any word */

			if (cls & AC_LETTER)
			{
				if (word_end[follow] > 1 + (k - i == 1))
				{
					token_sentence(doc, &st, push_token(doc, &tb, i, k, NE_TOK_WORD,
														(cls & AC_UPPER) ? upper_word_flags(s, i, k) : 0, -1));
					i = k + (follow == ' ');
					continue;
				}
			}
			else if (!number_may_go_on[follow] ||
					 (follow == '.' && (k + 1 >= lim || s[k + 1] == ' ' || s[k + 1] == '\n')))
			{
				token_sentence(doc, &st, push_token(doc, &tb, i, k, NE_TOK_NUMBER, 0, -1));
				i = k + (follow == ' ');
				continue;
			}
			{
				bool		number = (cls & AC_DIGIT) != 0;
				int32_t		end = scan_word(s, lim, i, number);

				if (end <= i)
					end = i + 1;
				token_sentence(doc, &st, push_token(doc, &tb, i, end, number ? NE_TOK_NUMBER : NE_TOK_WORD,
						   number ? 0 : case_flags(s, i, end), -1));
				i = end;
				continue;
			}
		}
		if (b < 0x80)
		{
			if (!(cls & AC_SPACE))
				token_sentence(doc, &st, push_token(doc, &tb, i, i + 1, NE_TOK_PUNCT, 0, -1));
			i++;
			continue;
		}
		cp = ne_decode(s, len, i, &n);
		if (ne_is_space(cp))
		{
			i += n;
			continue;
		}
		if (ne_is_alnum(cp) && !(cp >= 0x300 && cp <= 0x36F))
		{
			bool		number = ne_is_digit(cp);
			int32_t		end = scan_word(s, lim, i, number);

			if (end <= i)
				end = i + n;
			token_sentence(doc, &st, push_token(doc, &tb, i, end, number ? NE_TOK_NUMBER : NE_TOK_WORD,
					   number ? 0 : case_flags(s, i, end), -1));
			i = end;
			continue;
		}
		token_sentence(doc, &st, push_token(doc, &tb, i, i + n, NE_TOK_PUNCT, 0, -1));
		i += n;
	}
	doc->tokens = tb.base;
	doc->ntokens = (int32_t) (tb.next - tb.base);
	doc->cap_tokens = (int32_t) (tb.end - tb.base);
	end_sentences(doc, &st);
	(void) block_masks;
}

/* make_tokens_with for any x86-64 CPU (SSE2), and for other CPUs (without the block tokenizer). */
static void
make_tokens_sse2(ne_doc *doc, const tok_mark *marks, int32_t nmarks)
{
#ifdef __SSE2__
	make_tokens_with(doc, marks, nmarks, block_masks_sse2);
#else
	make_tokens_with(doc, marks, nmarks, NULL);
#endif
}

#ifdef NE_TOKENS_AVX2
/*
 * make_tokens_with for the CPUs that have AVX2 and BMI1: the block masks 32 bytes a step, and
 * the token loop's bit clears and three-operand logic one instruction each.
 */
__attribute__((target("avx2,bmi")))
static void
make_tokens_avx2(ne_doc *doc, const tok_mark *marks, int32_t nmarks)
{
	make_tokens_with(doc, marks, nmarks, block_masks_avx2);
}
#endif

/* Makes the tokens of the whole document (see make_tokens_with). */
static void
make_tokens(ne_doc *doc, const tok_mark *marks, int32_t nmarks)
{
#ifdef NE_TOKENS_AVX2
	if ((ne_cpu_features() & (NE_CPU_AVX2 | NE_CPU_BMI1)) == (NE_CPU_AVX2 | NE_CPU_BMI1))
	{
		make_tokens_avx2(doc, marks, nmarks);
		return;
	}
#endif
	make_tokens_sse2(doc, marks, nmarks);
}

/* Marks the tokens inside quotations (innermost quote wins), by a sweep. */
static void
mark_in_quote(ne_doc *doc)
{
	int32_t		nq = doc->nquotes;
	tok_mark   *order;
	int32_t    *stack;
	int32_t		qi = 0,
				top = 0;
	bool		sorted = true;
	uint32_t	tick = 0;

	if (nq == 0)
		return;
	/* order is filled next, stack read below its top only: neither zeroed */
	order = ne_alloc_raw(doc->arena, sizeof(tok_mark) * (size_t) nq);
	stack = ne_alloc_raw(doc->arena, sizeof(int32_t) * (size_t) nq);
	for (int32_t q = 0; q < nq; q++)
	{
		order[q] = (tok_mark) {doc->quotes[q].span.start, 0, q};
		if (q > 0 && doc->quotes[q].span.start < doc->quotes[q - 1].span.start)
			sorted = false;
	}
	if (!sorted)
		qsort(order, (size_t) nq, sizeof(tok_mark), cmp_qstart);
	else
	{
		/* the usual case, quotes one after another: mark each span from a binary search */
		bool		disjoint = true;

		for (int32_t q = 1; q < nq && disjoint; q++)
			if (doc->quotes[q].span.start < doc->quotes[q - 1].span.end)
				disjoint = false;
		if (disjoint)
		{
			ne_token   *toks = doc->tokens;
			int32_t		ntokens = doc->ntokens,
						t = 0;

			for (int32_t q = 0; q < nq; q++)
			{
				int32_t		span_end = doc->quotes[q].span.end,
							first;

				/* the search starts after the tokens of the quote before */
				first = ne_first_token_from(doc, t, doc->quotes[q].span.start);
				for (t = first; t < ntokens && toks[t].start < span_end; t++)
				{
					if (toks[t].kind == NE_TOK_QUOTE)
						continue;
					toks[t].flags |= NE_TF_IN_QUOTE;
					toks[t].quote = q;
				}
				ne_count_work(doc, &tick, (uint32_t) (t - first));	/* by the tokens passed, once a quote */
			}
			return;
		}
	}
	for (int32_t t = 0; t < doc->ntokens; t++)
	{
		ne_token   *tok = &doc->tokens[t];

		NE_CHECK_INTERRUPTS(doc, tick);
		while (qi < nq && order[qi].pos <= tok->start)
			stack[top++] = order[qi++].quote;
		while (top > 0 && doc->quotes[stack[top - 1]].span.end <= tok->start)
			top--;
		if (tok->kind == NE_TOK_QUOTE)
			continue;
		if (top > 0)
		{
			tok->flags |= NE_TF_IN_QUOTE;
			tok->quote = stack[top - 1];
		}
	}
}

/* Splits the document into sentences and tokens (once). */
void
ne_tokenize(ne_doc *doc)
{
	tok_mark   *marks;
	int32_t		nmarks = 0;

	if (doc->done & NE_DONE_TOKENS)
		return;
	ne_segment(doc);
	ne_find_quotes(doc);
	doc->done |= NE_DONE_TOKENS;
	marks = collect_marks(doc, &nmarks);
	if (doc->cap_tokens == 0 && doc->len > 0)
	{
		/* about one token per five bytes of news text, and a block's 64; grows beyond when needed */
		int32_t		guess = doc->len / 5 + 64;

		doc->tokens = ne_grow(doc->arena, NULL, &doc->cap_tokens, guess, sizeof(ne_token));
	}
	if (doc->cap_sentences == 0 && doc->len > 0)
		doc->sentences = ne_grow(doc->arena, NULL, &doc->cap_sentences, doc->len / 100 + 8, sizeof(ne_sentence));
	make_tokens(doc, marks, nmarks);
	mark_in_quote(doc);
}

/*
 * The first token from index lo on that starts at or after byte pos: a binary
 * search whose step is a conditional move, no branch (which way a search goes
 * is a coin toss for the branch predictor: most steps of a branchy search
 * were mispredicted).
 */
int32_t
ne_first_token_from(const ne_doc *doc, int32_t lo, int32_t pos)
{
	const ne_token *base = doc->tokens + lo;
	int32_t		n = doc->ntokens - lo;

	if (n <= 0)
		return lo;
	/* the answer is in [base, base + n]: halve n, moving base past the half that starts before pos */
	while (n > 1)
	{
		int32_t		half = n / 2;

		base = base[half].start < pos ? base + half : base;
		n -= half;
	}
	return (int32_t) (base - doc->tokens) + (base->start < pos);
}
