/*
 * quotes.c -- finding quotations by pairing quotation marks.
 *
 * Each mark gets a role from the characters around it (opening, closing,
 * either, or none for apostrophes), then marks are paired paragraph by
 * paragraph.  A quote still open at the end of a paragraph continues when
 * the next paragraph reopens with a mark (the newspaper convention for a
 * quotation over several paragraphs); otherwise the pairing starts afresh,
 * so a stray mark never swallows more than its own paragraph.
 *
 * Documents that use double marks anywhere pair double marks (single marks
 * inside are nested quotes or apostrophes), and single marks only in the
 * paragraphs that hold no double mark at all (a British story that quotes
 * a tweet, or has one inch mark, keeps its other quotes); documents with no
 * double marks at all are taken to use British single quotes.
 */
#include "lexicon.h"
#include "quotes.h"
#include "text.h"

#include <string.h>
#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#endif

/* Bytes that can start a quotation mark: " ' ` and the lead bytes of “ ” ‘ ’ „ « », and '<' of a tag. */
static const uint8_t mark_lead[256] = {
	['"'] = 1,['\''] = 1,['`'] = 1,[0xE2] = 1,[0xC2] = 1,['<'] = 1,
};

#ifdef __SSE2__
/* 0xFF in each byte of the 16 at p that is one of the mark_lead bytes. */
static inline __m128i
mark_lead_bytes16(const unsigned char *p)
{
	__m128i		v = _mm_loadu_si128((const __m128i *) p);
	/* 0xC2 and 0xE2 differ in bit 5 only */
	__m128i		hit = _mm_cmpeq_epi8(_mm_or_si128(v, _mm_set1_epi8(0x20)), _mm_set1_epi8((char) 0xE2));

	hit = _mm_or_si128(hit, _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('"')),
										 _mm_cmpeq_epi8(v, _mm_set1_epi8('\''))));
	return _mm_or_si128(hit, _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('`')),
										  _mm_cmpeq_epi8(v, _mm_set1_epi8('<'))));
}
#endif

/*
 * Returns the first i' in [i, end) with mark_lead[s[i']], or end.  Most bytes
 * of a text are none of the six, so this skips 32 bytes a step where SSE2 is
 * there (every x86-64) and one byte a step elsewhere.
 */
static int32_t
next_mark_lead_sse2(const unsigned char *s, int32_t i, int32_t end)
{
#ifdef __SSE2__
	for (; i + 32 <= end; i += 32)
	{
		uint32_t	mask = (uint32_t) _mm_movemask_epi8(mark_lead_bytes16(s + i)) |
			((uint32_t) _mm_movemask_epi8(mark_lead_bytes16(s + i + 16)) << 16);

		if (mask != 0)
			return i + __builtin_ctz(mask);
	}
	if (i + 16 <= end)
	{
		uint32_t	mask = (uint32_t) _mm_movemask_epi8(mark_lead_bytes16(s + i));

		if (mask != 0)
			return i + __builtin_ctz(mask);
		i += 16;
	}
#endif
	while (i < end && !mark_lead[s[i]])
		i++;
	return i;
}

#if defined(__x86_64__) && defined(__GNUC__)
#define NE_LEAD_SCAN_AVX2 1

/* Bit k set for each byte s[k] of the 32 at s that is one of the mark_lead bytes. */
__attribute__((target("avx2")))
static inline uint32_t
mark_lead_mask32(const unsigned char *s)
{
	__m256i		v = _mm256_loadu_si256((const __m256i *) s);
	/* 0xC2 and 0xE2 differ in bit 5 only */
	__m256i		hit = _mm256_cmpeq_epi8(_mm256_or_si256(v, _mm256_set1_epi8(0x20)), _mm256_set1_epi8((char) 0xE2));

	hit = _mm256_or_si256(hit, _mm256_or_si256(_mm256_cmpeq_epi8(v, _mm256_set1_epi8('"')),
											   _mm256_cmpeq_epi8(v, _mm256_set1_epi8('\''))));
	hit = _mm256_or_si256(hit, _mm256_or_si256(_mm256_cmpeq_epi8(v, _mm256_set1_epi8('`')),
											   _mm256_cmpeq_epi8(v, _mm256_set1_epi8('<'))));
	return (uint32_t) _mm256_movemask_epi8(hit);
}

/*
 * next_mark_lead_sse2 with 32 bytes a compare, for the CPUs that have AVX2
 * (the scan reads every byte of every document, most of them with no mark
 * at all).  The last bytes, under 32, are read as the last 32 of the text
 * with the bits before i cleared, when the text is that long.
 */
__attribute__((target("avx2")))
static int32_t
next_mark_lead_avx2(const unsigned char *s, int32_t i, int32_t end)
{
	uint32_t	mask;

	for (; i + 64 <= end; i += 64)
	{
		uint64_t	mask64 = mark_lead_mask32(s + i) | (uint64_t) mark_lead_mask32(s + i + 32) << 32;

		if (mask64 != 0)
			return i + __builtin_ctzll(mask64);
	}
	if (i + 32 <= end)
	{
		mask = mark_lead_mask32(s + i);
		if (mask != 0)
			return i + __builtin_ctz(mask);
		i += 32;
	}
	if (i >= end)
		return i;
	if (end < 32)
		return next_mark_lead_sse2(s, i, end);
	mask = mark_lead_mask32(s + end - 32) >> (i - (end - 32));
	return mask != 0 ? i + __builtin_ctz(mask) : end;
}
#endif

/* The first i' in [i, end) with mark_lead[s[i']], or end: with AVX2 where the CPU has it. */
static inline int32_t
next_mark_lead(const unsigned char *s, int32_t i, int32_t end)
{
#ifdef NE_LEAD_SCAN_AVX2
	if (ne_cpu_features() & NE_CPU_AVX2)
		return next_mark_lead_avx2(s, i, end);
#endif
	return next_mark_lead_sse2(s, i, end);
}

/* Bytes skipped between two interrupt checks of the mark scan. */
#define NE_SCAN_CHUNK (1 << 16)

#define NE_MAX_TAG 2048

/*
 * Returns the end of an HTML/XML tag starting at s[i] ('<' then a letter, '/'
 * or '!', closed by '>' within NE_MAX_TAG bytes), or i when there is none.
 * Attribute values in tags are markup, not quotations.
 */
static int32_t
skip_tag(const char *s, int32_t end, int32_t i)
{
	int32_t		lim = end - i > NE_MAX_TAG ? i + NE_MAX_TAG : end;
	unsigned char c;

	if (i + 1 >= end)
		return i;
	c = (unsigned char) s[i + 1];
	if (!(((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || c == '/' || c == '!'))
		return i;
	for (int32_t j = i + 1; j < lim; j++)
	{
		if (s[j] == '>')
			return j + 1;
		if (s[j] == '<' || s[j] == '\n')
			return i;
	}
	return i;
}

/* Characters after which a mark opens: nothing, space, brackets, dashes, slashes. */
static bool
opens_after(int32_t cp)
{
	return cp == 0 || ne_is_space(cp) || cp == '(' || cp == '[' || cp == '{' || cp == '<' ||
		cp == '/' || ne_is_dash(cp) || cp == NE_CP_LDQUO || cp == NE_CP_LSQUO ||
		cp == NE_CP_BDQUO || cp == NE_CP_LAQUO || cp == '"' || cp == '\'';
}

/* Characters before which a mark closes: nothing, space, punctuation, dashes. */
static bool
closes_before(int32_t cp)
{
	return cp == 0 || ne_is_space(cp) || cp == '.' || cp == ',' || cp == ';' || cp == ':' ||
		cp == '!' || cp == '?' || cp == ')' || cp == ']' || cp == '}' || cp == '>' ||
		cp == 0x2026 || ne_is_dash(cp) || cp == NE_CP_RDQUO || cp == NE_CP_RSQUO ||
		cp == NE_CP_RAQUO || cp == '"' || cp == '\'' || cp == '/' || cp == '*';
}

/* Words that begin with an elision apostrophe ('em, 'til, 'n'), never an opening quote. */
static const char *const elisions[] = {
	"cause", "em", "n", "round", "til", "tis", "twas"
};

/* Is the word starting at s[i] one of the elisions? */
static bool
is_elision(const char *s, int32_t len, int32_t i)
{
	int32_t		j = i;

	while (j < len && j - i < 8 && ((s[j] | 0x20) >= 'a' && (s[j] | 0x20) <= 'z'))
		j++;
	for (size_t k = 0; k < sizeof(elisions) / sizeof(elisions[0]); k++)
		if (ne_ascii_ieq(s + i, j - i, elisions[k]))
			return true;
	return false;
}

/* Role of a mark that may open or close (straight, or curly used either way). */
static ne_mark_role
role_from_context(bool l, bool r, ne_mark_role otherwise)
{
	if (l && !r)
		return NE_ROLE_OPEN;
	if (r && !l)
		return NE_ROLE_CLOSE;
	return otherwise;
}

/* Reads the mark at s[i] (if any) and its role; returns its byte length or 0. */
int
ne_mark_at(const char *s, int32_t len, int32_t i, ne_mark *out)
{
	int32_t		n,
				pstart;
	int32_t		cp = ne_decode(s, len, i, &n);
	int32_t		prev = ne_decode_prev(s, i, &pstart);
	int32_t		next = 0,
				nn = 0;
	bool		l,
				r;

	out->pos = i;
	out->role = NE_ROLE_NONE;
	out->family = NE_MARK_DOUBLE;

	/* two-character PTB marks `` and '' */
	if ((cp == '`' || cp == '\'') && i + 1 < len && s[i + 1] == cp)
		n = 2;
	if (i + n < len)
		next = ne_decode(s, len, i + n, &nn);
	l = opens_after(prev);
	r = closes_before(next);

	switch (cp)
	{
		case '"':
			if (prev == '=')
				return out->len = 1;	/* markup attribute: name="value" */
			out->role = role_from_context(l, r, NE_ROLE_EITHER);
			/* a mark with space on both sides may end a quote but never opens one */
			if (out->role == NE_ROLE_EITHER && (next == 0 || ne_is_space(next)))
				out->role = NE_ROLE_CLOSE;
			break;
		case '`':
			if (n == 2)
				out->role = NE_ROLE_OPEN;
			else
			{
				out->family = NE_MARK_SINGLE;
				out->role = l ? NE_ROLE_OPEN : NE_ROLE_NONE;
			}
			break;
		case NE_CP_LDQUO:
		case NE_CP_LAQUO:
			/* opens, or closes German „...“ and misprinted English quotes */
			out->role = role_from_context(l, r, NE_ROLE_OPEN);
			/*
			 * “ with space or the end after it is a misprinted closing mark,
			 * unless space is also before it: then it opens a quote where
			 * none is open (“ You know, ...” / French « Oui »).
			 */
			if (next == 0 || ne_is_space(next))
				out->role = (next != 0 && ne_is_space(prev)) ? NE_ROLE_EITHER : NE_ROLE_CLOSE;
			break;
		case NE_CP_BDQUO:
			out->role = NE_ROLE_OPEN;
			break;
		case NE_CP_RDQUO:
		case NE_CP_RAQUO:
			out->role = role_from_context(l, r, NE_ROLE_CLOSE);
			break;
		case '\'':
			if (n == 2)
			{
				/* '' closes a `` quote (PTB); two apostrophes never open one */
				out->role = (ne_is_space(prev) || prev == 0) ? NE_ROLE_NONE : NE_ROLE_CLOSE;
				break;
			}
			/* FALLTHROUGH */
		case NE_CP_LSQUO:
		case NE_CP_RSQUO:
			out->family = NE_MARK_SINGLE;
			if (ne_is_alnum(prev) && ne_is_alnum(next))
				out->role = NE_ROLE_NONE;	/* it’s, O’Malley, rock’n’roll */
			else if (l && ne_is_digit(next))
				out->role = NE_ROLE_NONE;	/* ’90s */
			else if (l && ne_is_letter(next) && cp != NE_CP_LSQUO && is_elision(s, len, i + n))
				out->role = NE_ROLE_NONE;	/* ’em, 'til */
			else if (l && !r)
				out->role = NE_ROLE_OPEN;
			else if (r && !l)
			{
				if (cp == NE_CP_LSQUO)
					out->role = NE_ROLE_NONE;
				else if ((prev == 's' || prev == 'S') && ne_is_space(next))
					out->role = NE_ROLE_CLOSE_WEAK; /* Sessions’ office */
				else
					out->role = NE_ROLE_CLOSE;
			}
			else
				out->role = NE_ROLE_NONE;
			break;
		default:
			return 0;
	}
	out->len = (uint8_t) n;
	return n;
}

/* State of the pairing of one family of marks. */
typedef struct pairing
{
	ne_doc	   *doc;
	ne_mark_family family;
	bool		open;			/* a quote is open */
	ne_mark		opener;
	int32_t		open_para;		/* paragraph where it opened */
	bool		has_weak;		/* a possible closer that may be a possessive */
	ne_mark		weak;
	bool		skip_reopen;	/* the next paragraph's first mark reopens the quote */
	int32_t		depth;			/* quotes of the same family nested in the open one */
	ne_mark		nested;			/* the outermost nested opener still open */
	int32_t		searched_opener;	/* the opener of the quote that searched_to belongs to */
	int32_t		searched_to;	/* its text before this byte holds no sentence end for closes_before_cue_colon */
	const uint8_t *skipped;		/* paragraphs this pairing does not read (NULL: none) */
} pairing;

/* Trims white space from both ends of [*start, *end). */
static void
trim_span(const ne_doc *doc, int32_t *start, int32_t *end)
{
	while (*start < *end)
	{
		int32_t		n;
		int32_t		cp = ne_decode(doc->text, *end, *start, &n);

		if (!ne_is_space(cp))
			break;
		*start += n;
	}
	while (*end > *start)
	{
		int32_t		b;
		int32_t		cp = ne_decode_prev(doc->text, *end, &b);

		if (!ne_is_space(cp))
			break;
		*end = b;
	}
}

/* Records the quote between the opener and a closing mark at close (or none: -1 and end). */
static void
emit_quote(pairing *pr, int32_t close, int32_t close_len, int32_t end, int32_t para)
{
	ne_doc	   *doc = pr->doc;
	int32_t		start = pr->opener.pos + pr->opener.len;
	ne_quote   *q;

	pr->open = false;
	pr->has_weak = false;
	pr->depth = 0;
	trim_span(doc, &start, &end);
	if (end <= start)
		return;
	q = NE_PUSH(doc->arena, doc->quotes, doc->nquotes, doc->cap_quotes);
	q->span.start = start;
	q->span.end = end;
	q->open_mark = pr->opener.pos;
	q->close_mark = close;
	q->close_end = close >= 0 ? close + close_len : end;
	q->paragraph = pr->open_para;
	q->last_paragraph = para;
	q->entity = -1;
	q->speaker_span = NE_NO_SPAN;
	q->cue = NE_NO_SPAN;
}

/* Does paragraph p begin with a mark of this family that can open? */
static bool
paragraph_reopens(const ne_doc *doc, int32_t p, ne_mark_family family)
{
	ne_mark		m;
	const ne_paragraph *para = &doc->paragraphs[p];

	if (!ne_mark_at(doc->text, doc->len, para->span.start, &m))
		return false;
	return m.family == family && (m.role == NE_ROLE_OPEN || m.role == NE_ROLE_EITHER);
}

/* Does a '.' at dot end a sentence, as far as the bytes of [lo, dot) tell (no initial, abbreviation or U.S.)? */
static bool
period_ends_sentence(const ne_doc *doc, int32_t lo, int32_t dot)
{
	const char *s = doc->text;
	int32_t		w = dot;
	uint32_t	lx;

	while (w > lo && ((unsigned char) s[w - 1] >= 0x80 || ne_is_alnum((unsigned char) s[w - 1]) || s[w - 1] == '.'))
		w--;
	if (w == dot)
		return true;			/* "7%." or ")." */
	if (memchr(s + w, '.', (size_t) (dot - w)) != NULL)
		return false;			/* U.S. */
	if (dot - w == 1 && s[w] >= 'A' && s[w] <= 'Z')
		return false;			/* an initial */
	lx = ne_lex_may_be_abbrev(s + w, dot - w) ? ne_lex_flags(s + w, dot - w) : 0;
	return !(lx & (NE_LX_ABBREV | NE_LX_ABBREV_TITLE));
}

/*
 * A quote left open at the end of its paragraph with no reopening mark next:
 * keep it only when it looks like a quotation whose closing mark was lost
 * (it opens the paragraph or a sentence, or follows a colon, and runs
 * several words).
 */
static void
close_at_paragraph_end(pairing *pr, int32_t para)
{
	ne_doc	   *doc = pr->doc;
	int32_t		end = doc->paragraphs[para].span.end;
	int32_t		start = pr->opener.pos + pr->opener.len;
	int32_t		pstart;
	int32_t		prev = ne_decode_prev(doc->text, pr->opener.pos, &pstart);
	int32_t		words = 0;
	bool		in_word = false;

	if (pr->open_para == para && pr->opener.pos != doc->paragraphs[para].span.start)
	{
		while (pstart > doc->paragraphs[para].span.start && ne_is_space(prev))
			prev = ne_decode_prev(doc->text, pstart, &pstart);
		if (prev != ':' && !(prev == '?' || prev == '!' ||
							 (prev == '.' && period_ends_sentence(doc, doc->paragraphs[para].span.start, pstart))))
		{
			pr->open = false;
			return;
		}
	}
	for (int32_t i = start; i < end && words < 4; i++)
	{
		bool		sp = (doc->text[i] == ' ' || doc->text[i] == '\n');

		if (!sp && !in_word)
			words++;
		in_word = !sp;
	}
	if (words >= 4)
		emit_quote(pr, -1, 0, end, para);
	pr->open = false;
}

/* Is the mark at pos preceded (across spaces) by a full stop, '?' or '!'? */
static bool
follows_sentence_end(const ne_doc *doc, int32_t pos)
{
	int32_t		b;
	int32_t		cp = ne_decode_prev(doc->text, pos, &b);

	if (!ne_is_space(cp))
		return false;
	while (b > 0 && ne_is_space(cp))
		cp = ne_decode_prev(doc->text, b, &b);
	return cp == '.' || cp == '?' || cp == '!';
}

/*
 * The end of the last sentence of the open quote before the clause that ends
 * in a colon at colon: a . ! ? in [lo, colon) followed by white space and a
 * capital letter, with at most 40 words from there to the colon; -1 if none.
 * Bytes below from (>= lo) are known to hold none and are not read again.
 */
static int32_t
sentence_end_before_clause(const ne_doc *doc, int32_t lo, int32_t from, int32_t colon)
{
	const char *s = doc->text;
	int32_t		words = 0;

	for (int32_t i = colon - 1; i > from; i--)
	{
		char		c = s[i];

		if (c == ' ' || c == '\n')
		{
			if (s[i + 1] != ' ' && s[i + 1] != '\n')
			{
				if (++words > 40)
					return -1;
			}
			continue;
		}
		if ((c == '.' || c == '?' || c == '!') && (s[i + 1] == ' ' || s[i + 1] == '\n'))
		{
			int32_t		j = i + 1;

			while (j < colon && (s[j] == ' ' || s[j] == '\n'))
				j++;
			if (j < colon && s[j] >= 'A' && s[j] <= 'Z' && (c != '.' || period_ends_sentence(doc, lo, i)))
				return i + 1;
		}
	}
	return -1;
}

/*
 * An opener right after "said:" inside an open quote of the same family: the
 * open quote lost its closing mark (in copy whose paragraph breaks are gone).
 * Ends it at the last sentence before the clause of the colon (or drops it
 * when its opener was glued to a word) and returns true; false when there
 * is no such sentence (then the mark nests as before).
 */
static bool
closes_before_cue_colon(pairing *pr, const ne_mark *m, int32_t para)
{
	ne_doc	   *doc = pr->doc;
	int32_t		b;
	int32_t		cp = ne_decode_prev(doc->text, m->pos, &b);
	int32_t		lo,
				end;
	int32_t		n;

	while (b > 0 && ne_is_space(cp))
		cp = ne_decode_prev(doc->text, b, &b);
	if (cp != ':' || b <= 0 || !ne_is_letter(ne_decode_prev(doc->text, b, &(int32_t) {0})))
		return false;
	if (m->pos + m->len >= doc->len || !ne_is_upper(ne_decode(doc->text, doc->len, m->pos + m->len, &n)))
		return false;
	lo = pr->opener.pos + pr->opener.len;
	/* a search that found nothing for this quote need not be made again below its colon: linear time */
	end = sentence_end_before_clause(doc, lo, pr->searched_opener == pr->opener.pos && pr->searched_to > lo ?
									 pr->searched_to : lo, b);
	if (end < 0)
	{
		pr->searched_opener = pr->opener.pos;
		pr->searched_to = b;
		return false;
	}
	if (pr->opener.pos > 0 && ne_is_alnum(ne_decode_prev(doc->text, pr->opener.pos, &(int32_t) {0})))
		pr->open = false;		/* the "opener" was glued to a word (dollar"s): no quote */
	else
		emit_quote(pr, -1, 0, end, para);
	return true;
}

/* Feeds one mark of the pairing's family, found in paragraph para. */
static void
feed_mark(pairing *pr, const ne_mark *m, int32_t para)
{
	if (pr->skip_reopen)
	{
		pr->skip_reopen = false;
		if (pr->open)
			return;				/* the reopening mark of a continued quote */
	}
	if (!pr->open)
	{
		if (m->role == NE_ROLE_OPEN || m->role == NE_ROLE_EITHER)
		{
			pr->open = true;
			pr->opener = *m;
			pr->open_para = para;
			pr->has_weak = false;
			pr->depth = 0;
		}
		return;
	}
	switch ((ne_mark_role) m->role)
	{
		case NE_ROLE_CLOSE:
		case NE_ROLE_EITHER:
			if (pr->depth > 0)
				pr->depth--;	/* closes a quote inside the quote */
			else
				emit_quote(pr, m->pos, m->len, m->pos, para);
			break;
		case NE_ROLE_CLOSE_WEAK:
			if (!pr->has_weak)
			{
				pr->has_weak = true;
				pr->weak = *m;
			}
			break;
		case NE_ROLE_OPEN:
			if (pr->has_weak)
			{
				/* the possessive-looking mark did close the quote: a new one opens */
				emit_quote(pr, pr->weak.pos, pr->weak.len, pr->weak.pos, para);
				pr->open = true;
				pr->opener = *m;
				pr->open_para = para;
				break;
			}
			if (closes_before_cue_colon(pr, m, para))
			{
				pr->open = true;
				pr->opener = *m;
				pr->open_para = para;
				break;
			}
			/*
			 * After a full stop it reopens the same quotation (a paragraph
			 * break lost in the copy); otherwise it is a quotation inside
			 * the quotation ("He said "no" twice").
			 */
			if (follows_sentence_end(pr->doc, m->pos))
				break;
			if (pr->depth++ == 0)
				pr->nested = *m;
			break;
		case NE_ROLE_NONE:
			break;
	}
}

/* Ends paragraph para: close on a weak mark, continue into the next, or give up. */
static void
end_paragraph(pairing *pr, int32_t para)
{
	if (!pr->open)
		return;
	if (pr->has_weak)
	{
		emit_quote(pr, pr->weak.pos, pr->weak.len, pr->weak.pos, para);
		return;
	}
	if (para + 1 < pr->doc->nparagraphs && !(pr->skipped && pr->skipped[para + 1]) &&
		paragraph_reopens(pr->doc, para + 1, pr->family))
	{
		pr->skip_reopen = true;
		pr->depth = 0;
		return;
	}
	if (pr->depth > 0)
	{
		/* a nested opener never closed: it was the missing closing mark */
		emit_quote(pr, pr->nested.pos, pr->nested.len, pr->nested.pos, para);
		return;
	}
	close_at_paragraph_end(pr, para);
}

/* Positions of mark bytes the family test keeps, so that most texts are scanned once. */
#define NE_LEADS_KEPT 512

/* Does the mark byte s[i] start a double quotation mark (" “ ” „ « » `` '')? */
static inline bool
is_double_mark(const unsigned char *s, int32_t len, int32_t i)
{
	switch (s[i])
	{
		case '"':
			return true;
		case '\'':
		case '`':
			return i + 1 < len && s[i + 1] == s[i];
		case 0xC2:
			return i + 1 < len && (s[i + 1] == 0xAB || s[i + 1] == 0xBB);
		case 0xE2:
			return i + 2 < len && s[i + 1] == 0x80 &&
				(s[i + 2] == 0x9C || s[i + 2] == 0x9D || s[i + 2] == 0x9E);
	}
	return false;
}

/*
 * Does the document use double quotation marks anywhere?  The positions of
 * its mark bytes go to kept[] (*nkept of them), or *nkept is -1 when there
 * are more than NE_LEADS_KEPT; reading stops once that and the answer are
 * known.
 */
static bool
uses_double_marks(const ne_doc *doc, int32_t *kept, int32_t *nkept)
{
	const unsigned char *s = (const unsigned char *) doc->text;
	int32_t		len = doc->len;
	int32_t		n = 0;
	bool		double_marks = false;

	for (int32_t i = next_mark_lead(s, 0, len); i < len; i = next_mark_lead(s, i + 1, len))
	{
		if (!double_marks)
			double_marks = is_double_mark(s, len, i);
		if (n >= 0 && n < NE_LEADS_KEPT)
			kept[n++] = i;
		else
		{
			n = -1;
			if (double_marks)
				break;
		}
	}
	*nkept = n;
	return double_marks;
}

/* Where the pairing finds the bytes that may start a mark: the text, or the kept positions. */
typedef struct lead_source
{
	const int32_t *kept;		/* ascending positions of every mark byte, or NULL: scan */
	int32_t		nkept;
	int32_t		k;				/* the first kept position not yet passed */
} lead_source;

/* The first byte in [i, lim) that may start a mark, or lim. */
static inline int32_t
next_lead(const unsigned char *s, lead_source *src, int32_t i, int32_t lim)
{
	if (src->kept == NULL)
		return next_mark_lead(s, i, lim);
	while (src->k < src->nkept && src->kept[src->k] < i)
		src->k++;
	return (src->k < src->nkept && src->kept[src->k] < lim) ? src->kept[src->k] : lim;
}

/*
 * The next mark from *i on, before end: tags (which end by end at the
 * latest) and bytes that start no mark are passed, and interrupts checked
 * every chunk.  Returns the mark's length, with *i at its start and the mark
 * in *m, or 0 at end.
 */
static int
next_mark(const ne_doc *doc, lead_source *src, int32_t *i, int32_t end, unsigned *tick, ne_mark *m)
{
	const unsigned char *s = (const unsigned char *) doc->text;

	while (*i < end)
	{
		int32_t		lim = end - *i > NE_SCAN_CHUNK ? *i + NE_SCAN_CHUNK : end;
		int			n;

		NE_CHECK_INTERRUPTS(doc, *tick);
		*i = next_lead(s, src, *i, lim);
		if (*i == lim)
		{
			/* a long stretch without marks: check for interrupts per chunk */
			if (lim < end && doc->check_interrupts)
				doc->check_interrupts();
			continue;
		}
		if (s[*i] == '<')
		{
			int32_t		after = skip_tag(doc->text, end, *i);

			*i = after > *i ? after : *i + 1;
			continue;
		}
		n = ne_mark_at(doc->text, doc->len, *i, m);
		if (n > 0)
			return n;
		(*i)++;
	}
	return 0;
}

/*
 * Is there a mark of the family that can open a quotation?  Without one the
 * pairing finds nothing, so the text need not be split into paragraphs.
 * The whole text is read as the pairing reads each paragraph: paragraphs
 * are whole lines less their white space and a tag never spans lines, so
 * both find the same marks.
 */
static bool
has_opener(const ne_doc *doc, ne_mark_family family, lead_source src)
{
	int32_t		i = 0;
	uint32_t	tick = 0;
	ne_mark		m;
	int			n;

	while ((n = next_mark(doc, &src, &i, doc->len, &tick, &m)) > 0)
	{
		if (m.family == family && (m.role == NE_ROLE_OPEN || m.role == NE_ROLE_EITHER))
			return true;
		i += n;
	}
	return false;
}

/*
 * Is paragraph p a title line: at most 30 words, with no . ! ? at its end
 * (before closing marks) or most words capitalised?  Headlines put single
 * marks around what they quote in papers that quote with double marks in
 * their text.
 */
static bool
title_line(const ne_doc *doc, int32_t p)
{
	const ne_paragraph *para = &doc->paragraphs[p];
	int32_t		e = para->span.end;
	int32_t		b;
	int32_t		cp = 0;
	int32_t		words = 0,
				caps = 0;
	bool		in_word = false;

	while (e > para->span.start)
	{
		cp = ne_decode_prev(doc->text, e, &b);
		if (!ne_is_space(cp) && cp != '\'' && cp != '"' && cp != NE_CP_RSQUO && cp != NE_CP_RDQUO)
			break;
		e = b;
	}
	for (int32_t i = para->span.start; i < para->span.end && words <= 30; i++)
	{
		bool		sp = (doc->text[i] == ' ' || doc->text[i] == '\n');

		if (!sp && !in_word)
		{
			int32_t		j = i;

			while (j < para->span.end && !ne_is_alnum((unsigned char) doc->text[j]) && (unsigned char) doc->text[j] < 0x80 &&
				   doc->text[j] != ' ' && doc->text[j] != '\n')
				j++;		/* an opening mark or bracket */
			if (j + 2 < para->span.end && doc->text[j] == '\xE2' && doc->text[j + 1] == '\x80')
				j += 3;			/* a curly opening mark */
			words++;
			caps += j < para->span.end && doc->text[j] >= 'A' && doc->text[j] <= 'Z';
		}
		in_word = !sp;
	}
	if (words > 30)
		return false;
	return !(cp == '.' || cp == '!' || cp == '?') || caps * 3 >= words * 2;
}

/* Puts the quotes [0, n1) and [n1, nquotes), each in document order, into one document order. */
static void
merge_quotes(ne_doc *doc, int32_t n1)
{
	int32_t		n = doc->nquotes;
	ne_quote   *merged = ne_alloc_raw(doc->arena, sizeof(ne_quote) * (size_t) n);
	int32_t		a = 0,
				b = n1;

	for (int32_t k = 0; k < n; k++)
	{
		if (b >= n || (a < n1 && doc->quotes[a].open_mark < doc->quotes[b].open_mark))
			merged[k] = doc->quotes[a++];
		else
			merged[k] = doc->quotes[b++];
	}
	memcpy(doc->quotes, merged, sizeof(ne_quote) * (size_t) n);
}

/*
 * Pairs the single marks of the paragraphs with no double mark (those whose
 * skipped[] is 0) in a document that pairs double marks elsewhere, and puts
 * what it finds among the double-mark quotes.
 */
static void
pair_single_paragraphs(ne_doc *doc, lead_source src, const uint8_t *skipped, uint32_t *tick)
{
	pairing		pr;
	int32_t		n1 = doc->nquotes;

	memset(&pr, 0, sizeof(pr));
	pr.doc = doc;
	pr.family = NE_MARK_SINGLE;
	pr.skipped = skipped;
	src.k = 0;
	for (int32_t p = 0; p < doc->nparagraphs; p++)
	{
		const ne_paragraph *para = &doc->paragraphs[p];
		int32_t		i = para->span.start;
		ne_mark		m;
		int			n;

		if (skipped[p])
			continue;
		while ((n = next_mark(doc, &src, &i, para->span.end, tick, &m)) > 0)
		{
			if (m.family == NE_MARK_SINGLE && m.role != NE_ROLE_NONE)
				feed_mark(&pr, &m, p);
			i += n;
		}
		end_paragraph(&pr, p);
	}
	if (doc->nquotes > n1 && n1 > 0)
		merge_quotes(doc, n1);
}

/*
 * Does paragraph para quote in British style with a double-mark quote
 * nested inside: it opens with a single mark, and every double mark stands
 * inside a pair of single ones ('‘He told me “never again”,’ she said'; not
 * "that 'Veritas' is a party that doesn't believe in "lies and spin"")?
 * Reads the paragraph's marks with a copy of src; stops at the first mark
 * unless it is a single opener.
 */
static bool
single_outer(const ne_doc *doc, lead_source src, const ne_paragraph *para, unsigned *tick)
{
	int32_t		i = para->span.start;
	bool		first = true,
				open = false,
				doubles = false;
	ne_mark		m;
	int			n;

	while ((n = next_mark(doc, &src, &i, para->span.end, tick, &m)) > 0)
	{
		i += n;
		if (m.role == NE_ROLE_NONE)
			continue;
		if (first && !(m.family == NE_MARK_SINGLE && m.role == NE_ROLE_OPEN))
			return false;
		first = false;
		if (m.family == NE_MARK_DOUBLE)
		{
			if (!open)
				return false;	/* a double mark outside the single quotes */
			doubles = true;
		}
		else if (!open && (m.role == NE_ROLE_OPEN || m.role == NE_ROLE_EITHER))
			open = true;
		else if (open && m.role != NE_ROLE_OPEN)
			open = false;
	}
	return doubles && !open;
}

/* What a paragraph of a document of double marks holds, for the single marks' pairing. */
enum
{
	PARA_SINGLE = 0,			/* no double mark (single marks may pair there) */
	PARA_DOUBLE,				/* a double mark */
	PARA_TITLE,					/* a headline: no double mark, its single marks quote no one */
	PARA_OUTER					/* single marks around double ones (single_outer) */
};

/*
 * Finds all quotations of the document (once), in document order.  The
 * document is split into paragraphs first, unless no quotation can open.
 */
void
ne_find_quotes(ne_doc *doc)
{
	pairing		pr;
	uint32_t	tick = 0;
	int32_t		kept[NE_LEADS_KEPT];
	int32_t		nkept;
	lead_source src;
	uint8_t    *para_marks = NULL;	/* per paragraph of a double document: PARA_* */
	int32_t		single_paras = 0;	/* paragraphs where a single mark opens and no double mark is */
	int32_t		double_paras = 0;	/* paragraphs with a double mark */
	int32_t		outer_paras = 0;	/* paragraphs of single_outer */

	if (doc->done & NE_DONE_QUOTES)
		return;
	doc->done |= NE_DONE_QUOTES;

	memset(&pr, 0, sizeof(pr));
	pr.doc = doc;
	pr.family = uses_double_marks(doc, kept, &nkept) ? NE_MARK_DOUBLE : NE_MARK_SINGLE;
	src.kept = nkept >= 0 ? kept : NULL;
	src.nkept = nkept;
	src.k = 0;
	if (!has_opener(doc, pr.family, src) && (pr.family == NE_MARK_SINGLE || !has_opener(doc, NE_MARK_SINGLE, src)))
		return;
	ne_segment(doc);
	if (pr.family == NE_MARK_DOUBLE)
		para_marks = ne_alloc(doc->arena, (size_t) doc->nparagraphs + 1);

	for (int32_t p = 0; p < doc->nparagraphs; p++)
	{
		const ne_paragraph *para = &doc->paragraphs[p];
		int32_t		i = para->span.start;
		bool		single_opener = false,
					first = true;	/* no mark with a role read yet */
		ne_mark		m;
		int			n;

		while ((n = next_mark(doc, &src, &i, para->span.end, &tick, &m)) > 0)
		{
			/* a paragraph that opens with a single mark may quote around double ones (read again then) */
			if (first && para_marks && !pr.open && m.family == NE_MARK_SINGLE && m.role == NE_ROLE_OPEN &&
				single_outer(doc, src, para, &tick))
			{
				para_marks[p] = PARA_OUTER;	/* left to the single marks' pairing, whatever the counts */
				outer_paras++;
				break;
			}
			first &= m.role == NE_ROLE_NONE;
			if (m.family == pr.family && m.role != NE_ROLE_NONE)
			{
				feed_mark(&pr, &m, p);
				if (para_marks)
					para_marks[p] = PARA_DOUBLE;
			}
			else if (m.family == NE_MARK_SINGLE && (m.role == NE_ROLE_OPEN || m.role == NE_ROLE_EITHER))
				single_opener = true;
			i += n;
		}
		end_paragraph(&pr, p);
		if (para_marks && para_marks[p] != PARA_OUTER)
		{
			double_paras += para_marks[p] == PARA_DOUBLE;
			if (single_opener && para_marks[p] == PARA_SINGLE)
			{
				if (title_line(doc, p))
					para_marks[p] = PARA_TITLE;	/* not read by the single marks' pairing */
				else
					single_paras++;
			}
		}
	}
	if ((single_paras > 0 && single_paras + outer_paras >= double_paras) || outer_paras > 0)
	{
		/* the single marks' pairing skips the double paragraphs, and the single ones too when they are
		 * too few to pair alone but some quote around double marks */
		bool		all_single = single_paras > 0 && single_paras + outer_paras >= double_paras;

		for (int32_t p = 0; p < doc->nparagraphs; p++)
			para_marks[p] = all_single ? para_marks[p] == PARA_DOUBLE || para_marks[p] == PARA_TITLE :
				para_marks[p] != PARA_OUTER;	/* now: skipped by the single marks */
		pair_single_paragraphs(doc, src, para_marks, &tick);
	}

	for (int32_t k = 0; k < doc->nquotes; k++)
	{
		ne_count_work(doc, &tick, 16);
		doc->quotes[k].kind = ne_classify_quote(doc, &doc->quotes[k]);
	}
}
