/*
 * quote_kind.c -- is a quotation someone speaking (direct, partial) or a
 * term (scare quotes, nicknames, titles of works)?
 *
 * The decision reads only the quoted words and the words right around the
 * marks: how many words, their capitalisation, closing punctuation, and a
 * naming word before the opening mark ("so-called", "dubbed", "titled").
 */
#include "quotes.h"
#include "text.h"

#include <string.h>

/* Words before a quotation that introduce a name or a term, not speech. */
static const char *const naming_words[] = {
	"banner", "billed", "branded", "catchphrase", "coined", "dubbed", "entitled",
	"hashtag", "headlined", "label", "labeled", "labelled", "motto", "moniker",
	"nickname", "nicknamed", "phrase", "slogan", "so-called", "term", "termed",
	"titled", "word", "words"
};

/* Small words that stay lower case in a title ("Sons of Trump"). */
static const char *const title_small_words[] = {
	"a", "an", "and", "as", "at", "by", "de", "for", "from", "in", "into", "of", "on",
	"or", "the", "to", "vs", "with"
};

/* Is w[0..n) in the sorted table? */
static bool
in_table(const char *const *table, size_t count, const char *w, int32_t n)
{
	size_t		lo = 0,
				hi = count;
	char		buf[32];

	if (n <= 0 || n >= (int32_t) sizeof(buf))
		return false;
	for (int32_t i = 0; i < n; i++)
		buf[i] = (w[i] >= 'A' && w[i] <= 'Z') ? (char) (w[i] + 32) : w[i];
	buf[n] = '\0';
	while (lo < hi)
	{
		size_t		mid = (lo + hi) / 2;
		int			c = strcmp(buf, table[mid]);

		if (c == 0)
			return true;
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return false;
}

#define IN_TABLE(t, w, n) in_table((t), sizeof(t) / sizeof((t)[0]), (w), (n))

/* What the words of a quotation look like. */
typedef struct quote_shape
{
	int32_t		words;			/* words, counted up to 64 */
	int32_t		capitalised;	/* words whose first letter is upper case */
	int32_t		lower_big;		/* lower-case words that are not small title words */
	bool		first_upper;	/* the first letter is upper case */
	bool		inner_stop;		/* a sentence ends inside (". " "? " "! ") */
	int32_t		last;			/* the last character inside the marks */
} quote_shape;

/* Reads the shape of the quoted words in span. */
static void
read_shape(const ne_doc *doc, ne_span span, quote_shape *sh)
{
	const char *s = doc->text;
	int32_t		i = span.start;
	bool		first_letter = true;

	memset(sh, 0, sizeof(*sh));
	while (i < span.end && sh->words < 64)
	{
		int32_t		n,
					cp = ne_decode(s, span.end, i, &n);
		int32_t		wstart,
					wend;
		bool		has_letter = false,
					upper = false;

		if (!ne_is_alnum(cp))
		{
			if ((cp == '.' || cp == '?' || cp == '!') && i + n < span.end &&
				ne_is_space((unsigned char) s[i + n]))
				sh->inner_stop = true;
			i += n;
			continue;
		}
		wstart = i;
		while (i < span.end)
		{
			cp = ne_decode(s, span.end, i, &n);
			if (!(ne_is_alnum(cp) || cp == '\'' || cp == NE_CP_RSQUO || cp == '-'))
				break;
			if (!has_letter && ne_is_letter(cp))
			{
				has_letter = true;
				upper = ne_is_upper(cp);
				if (first_letter)
					sh->first_upper = upper;
				first_letter = false;
			}
			i += n;
		}
		wend = i;
		sh->words++;
		if (upper)
			sh->capitalised++;
		else if (has_letter && !IN_TABLE(title_small_words, s + wstart, wend - wstart))
			sh->lower_big++;
	}
	{
		int32_t		b;

		sh->last = ne_decode_prev(s, span.end, &b);
	}
}

/* Finds the word that ends before byte pos (skipping spaces); returns its length. */
static int32_t
word_before(const ne_doc *doc, int32_t pos, int32_t floor, int32_t *start, int32_t *prev_cp)
{
	const char *s = doc->text;
	int32_t		b,
				end,
				cp;

	cp = ne_decode_prev(s, pos, &b);
	while (b > floor && ne_is_space(cp))
	{
		pos = b;
		cp = ne_decode_prev(s, pos, &b);
	}
	*prev_cp = (pos > floor) ? cp : 0;
	end = pos;
	while (pos > floor)
	{
		cp = ne_decode_prev(s, pos, &b);
		if (!(ne_is_alnum(cp) || cp == '-'))
			break;
		pos = b;
	}
	*start = pos;
	return end - pos;
}

/* Decides the kind of quotation q. */
ne_quote_kind
ne_classify_quote(const ne_doc *doc, const ne_quote *q)
{
	quote_shape sh;
	int32_t		floor = doc->paragraphs[q->paragraph].span.start;
	int32_t		wstart,
				prev_cp;
	int32_t		wlen = word_before(doc, q->open_mark, floor, &wstart, &prev_cp);
	bool		at_start = (q->open_mark <= floor);
	bool		ends_stop;

	read_shape(doc, q->span, &sh);
	ends_stop = (sh.last == '.' || sh.last == '?' || sh.last == '!' || sh.last == ',' ||
				 sh.last == 0x2026);

	if (sh.words <= 6 && !sh.inner_stop)
	{
		/* "the so-called "Muslim ban"", "a podcast titled "Off Message"" */
		if (wlen > 0 && IN_TABLE(naming_words, doc->text + wstart, wlen))
			return NE_QUOTE_TERM;
		/* titles of works and nicknames: every big word capitalised, no speech punctuation */
		if (!at_start && prev_cp != ':' && sh.capitalised > 0 && sh.lower_big == 0 &&
			sh.last != '?' && sh.last != '!' && sh.last != ',' && sh.words <= 5 &&
			!(sh.words == 1 && ends_stop))
			return NE_QUOTE_TERM;
	}
	if (at_start || prev_cp == ':' || prev_cp == ',' || ne_is_dash(prev_cp) || prev_cp == '(' ||
		prev_cp == '.' || prev_cp == '?' || prev_cp == '!' || prev_cp == 0)
	{
		if (sh.first_upper || sh.words >= 4)
			return NE_QUOTE_DIRECT;
	}
	if (sh.first_upper && (sh.inner_stop || ends_stop) && sh.words >= 3)
		return NE_QUOTE_DIRECT;
	return NE_QUOTE_PARTIAL;
}
