/*
 * fuzz_extract.c -- libFuzzer target: every core stage on one document, with
 * the invariants that hold across stages.
 *
 * Each input is analysed twice, in the two orders the SQL layer uses:
 *   A: ne_find_quotes, ne_attribute, ne_find_dates(published)  (news_extract)
 *   B: ne_find_dates(NULL), then ne_attribute                  (dates first)
 * and checks, on both:
 *   - paragraphs, sentences, tokens, quotes, mentions, entities and timexes
 *     lie inside the buffer, in document order (mentions excepted), with
 *     valid indexes
 *     (token -> sentence / quote, sentence -> paragraph / tokens,
 *     quote / mention -> entity);
 *   - speaker_name, cue_text, entity names, titles and aliases are
 *     NUL-terminated (and valid UTF-8 when the input is);
 *   - every span starts and ends on a character boundary when the input is
 *     valid UTF-8 (else PostgreSQL would get a broken character);
 *   - each entity's quote count is the number of quotes attributed to it;
 *   - timexes do not overlap and are in order, values are NUL-terminated;
 * and that A and B find the same quotes, attributions and entities (the
 * stages must not depend on the order they run in).
 *
 * The input is copied to an exact-size heap buffer so that any read past
 * its end is caught by AddressSanitizer.  The publication date comes from
 * the first bytes.
 */
#include <assert.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "newsextract.h"

/* Longest string the core could produce from a document of size bytes. */
#define MAX_STR(size) ((size) * 4 + 64)

/* Is s[0..len) valid UTF-8 (no overlongs, surrogates, or > U+10FFFF)? */
static bool
valid_utf8(const unsigned char *s, size_t len)
{
	size_t		i = 0;

	while (i < len)
	{
		unsigned char c = s[i];
		size_t		n;
		uint32_t	cp;

		if (c < 0x80)
		{
			i++;
			continue;
		}
		if (c >= 0xC2 && c <= 0xDF)
			n = 2, cp = c & 0x1F;
		else if (c >= 0xE0 && c <= 0xEF)
			n = 3, cp = c & 0x0F;
		else if (c >= 0xF0 && c <= 0xF4)
			n = 4, cp = c & 0x07;
		else
			return false;
		if (i + n > len)
			return false;
		for (size_t k = 1; k < n; k++)
		{
			if ((s[i + k] & 0xC0) != 0x80)
				return false;
			cp = (cp << 6) | (s[i + k] & 0x3F);
		}
		if ((n == 3 && cp < 0x800) || (n == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
			(cp >= 0xD800 && cp <= 0xDFFF))
			return false;
		i += n;
	}
	return true;
}

/* A NUL-terminated core string: terminated within a sane length, valid UTF-8 if the input is. */
static void
check_str(const char *s, size_t size, bool utf8)
{
	size_t		len;

	assert(s != NULL);
	len = strnlen(s, MAX_STR(size));
	assert(len < MAX_STR(size));
	if (utf8)
		assert(valid_utf8((const unsigned char *) s, len));
}

/* Is byte offset pos a character boundary of the text? */
static bool
boundary(const ne_doc *doc, int32_t pos)
{
	return pos <= 0 || pos >= doc->len || ((unsigned char) doc->text[pos] & 0xC0) != 0x80;
}

/* A span inside the text (empty spans allowed only where noted), on character boundaries. */
static void
check_span(const ne_doc *doc, ne_span sp, bool utf8, bool allow_empty)
{
	assert(sp.start >= 0);
	assert(allow_empty ? sp.start <= sp.end : sp.start < sp.end);
	assert(sp.end <= doc->len);
	if (utf8)
	{
		assert(boundary(doc, sp.start));
		assert(boundary(doc, sp.end));
	}
}

static void
check_doc(const ne_doc *doc, bool utf8, bool dates)
{
	size_t		size = (size_t) doc->len;
	int32_t		prev;
	int32_t    *per_entity;

	/* paragraphs */
	for (int32_t p = 0; p < doc->nparagraphs; p++)
	{
		check_span(doc, doc->paragraphs[p].span, false, false);
		if (p > 0)
			assert(doc->paragraphs[p].span.start >= doc->paragraphs[p - 1].span.end);
	}

	/* sentences */
	prev = 0;
	for (int32_t s = 0; s < doc->nsentences; s++)
	{
		const ne_sentence *se = &doc->sentences[s];

		assert(se->tok_first >= 0 && se->tok_first <= se->tok_end && se->tok_end <= doc->ntokens);
		assert(se->tok_first >= prev);
		assert(se->paragraph >= 0 && se->paragraph < doc->nparagraphs);
		if (se->tok_first < se->tok_end)
			check_span(doc, se->span, utf8, false);
		prev = se->tok_end;
	}

	/* tokens */
	prev = 0;
	for (int32_t t = 0; t < doc->ntokens; t++)
	{
		const ne_token *tok = &doc->tokens[t];

		check_span(doc, (ne_span) {tok->start, tok->end}, utf8, false);
		assert(tok->start >= prev);
		assert(tok->kind >= NE_TOK_WORD && tok->kind <= NE_TOK_PUNCT);
		assert(tok->sentence >= 0 && tok->sentence < doc->nsentences);
		assert(t >= doc->sentences[tok->sentence].tok_first && t < doc->sentences[tok->sentence].tok_end);
		assert(tok->quote >= -1 && tok->quote < doc->nquotes);
		if (tok->flags & NE_TF_IN_QUOTE)
			assert(tok->quote >= 0);
		prev = tok->end;
	}

	/* quotes and their attribution */
	prev = -1;
	per_entity = calloc((size_t) doc->nentities + 1, sizeof(int32_t));
	for (int32_t i = 0; i < doc->nquotes; i++)
	{
		const ne_quote *q = &doc->quotes[i];

		check_span(doc, q->span, utf8, false);
		assert(q->open_mark > prev);
		assert(q->open_mark >= 0 && q->open_mark < q->span.start);
		assert(q->close_mark < 0 || (q->close_mark >= q->span.end && q->close_mark < doc->len));
		assert(q->close_end >= q->span.end && q->close_end <= doc->len);
		assert(q->paragraph >= 0 && q->paragraph <= q->last_paragraph);
		assert(q->last_paragraph < doc->nparagraphs);
		assert(q->kind == NE_QUOTE_DIRECT || q->kind == NE_QUOTE_PARTIAL || q->kind == NE_QUOTE_TERM);
		prev = q->open_mark;

		assert(q->entity >= -1 && q->entity < doc->nentities);
		assert(q->speaker_kind >= NE_ENT_NONE && q->speaker_kind <= NE_ENT_OTHER);
		if (NE_HAS_SPAN(q->speaker_span))
			check_span(doc, q->speaker_span, utf8, false);
		if (NE_HAS_SPAN(q->cue))
			check_span(doc, q->cue, utf8, false);
		if (q->speaker_name)
			check_str(q->speaker_name, size, utf8);
		if (q->cue_text)
			check_str(q->cue_text, size, utf8);
		if (q->entity >= 0)
		{
			assert(q->speaker_name != NULL);
			per_entity[q->entity]++;
		}
		if (q->speaker_name || NE_HAS_SPAN(q->speaker_span))
			assert(!isnan(q->confidence) && q->confidence >= 0.0f && q->confidence <= 1.0f);
	}

	/* mentions (not in document order: names.c appends title mentions) */
	for (int32_t m = 0; m < doc->nmentions; m++)
	{
		const ne_mention *mn = &doc->mentions[m];

		check_span(doc, mn->span, utf8, false);
		assert(mn->entity >= -1 && mn->entity < doc->nentities);
	}

	/* entities */
	for (int32_t e = 0; e < doc->nentities; e++)
	{
		const ne_entity *en = &doc->entities[e];

		if (en->name == NULL)	/* merged away; news_speakers skips it */
			continue;
		check_str(en->name, size, utf8);
		assert(en->kind == NE_ENT_PERSON || en->kind == NE_ENT_ORG);
		if (en->title)
			check_str(en->title, size, utf8);
		assert(en->mentions >= 0);
		assert(en->quotes == per_entity[e]);
		if (NE_HAS_SPAN(en->first_span))
			check_span(doc, en->first_span, utf8, false);
		assert(en->naliases >= 0);
		assert(en->naliases == 0 || en->aliases != NULL);
		for (int32_t k = 0; k < en->naliases; k++)
			check_str(en->aliases[k], size, utf8);
	}
	free(per_entity);

	/* dates */
	if (dates)
	{
		prev = 0;
		for (int32_t i = 0; i < doc->ntimexes; i++)
		{
			const ne_timex *t = &doc->timexes[i];

			check_span(doc, t->span, utf8, false);
			assert(t->span.start >= prev);
			assert(strnlen(t->value, sizeof(t->value)) < sizeof(t->value));
			assert(strnlen(t->mod, sizeof(t->mod)) < sizeof(t->mod));
			assert(t->type >= NE_TIMEX_DATE && t->type <= NE_TIMEX_SET);
			assert(t->granularity >= NE_GRAN_NONE && t->granularity <= NE_GRAN_TIME);
			if (t->has_range)
				assert(t->range_lo < t->range_hi);
			prev = t->span.end;
		}
	}
}

static bool
same_str(const char *a, const char *b)
{
	return (a == NULL && b == NULL) || (a && b && strcmp(a, b) == 0);
}

/* The two orders give the same quotes, attributions and entities. */
static void
check_same(const ne_doc *a, const ne_doc *b)
{
	assert(a->nquotes == b->nquotes);
	for (int32_t i = 0; i < a->nquotes; i++)
	{
		const ne_quote *x = &a->quotes[i],
				   *y = &b->quotes[i];

		assert(x->span.start == y->span.start && x->span.end == y->span.end);
		assert(x->kind == y->kind);
		assert(x->speaker_span.start == y->speaker_span.start && x->speaker_span.end == y->speaker_span.end);
		assert(same_str(x->speaker_name, y->speaker_name));
		assert(same_str(x->cue_text, y->cue_text));
	}
	assert(a->nentities == b->nentities);
	for (int32_t e = 0; e < a->nentities; e++)
		assert(same_str(a->entities[e].name, b->entities[e].name));
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	ne_arena   *arena_a,
			   *arena_b;
	ne_doc		a,
				b;
	ne_ymd		pub;
	char	   *copy;
	bool		utf8;

	if (size > (size_t) INT32_MAX / 8)
		return 0;
	copy = malloc(size ? size : 1);
	if (size)
		memcpy(copy, data, size);
	utf8 = valid_utf8((const unsigned char *) copy, size);
	pub.y = 1900 + (size > 0 ? data[0] % 200 : 17);
	pub.m = 1 + (size > 1 ? data[1] % 12 : 2);
	pub.d = 1 + (size > 2 ? data[2] % 28 : 1);

	arena_a = ne_arena_create_malloc();
	ne_doc_init(&a, copy, (int32_t) size, arena_a);
	ne_find_quotes(&a);
	check_doc(&a, utf8, false);
	ne_attribute(&a);
	check_doc(&a, utf8, false);
	ne_find_dates(&a, &pub);
	check_doc(&a, utf8, true);

	arena_b = ne_arena_create_malloc();
	ne_doc_init(&b, copy, (int32_t) size, arena_b);
	ne_find_dates(&b, NULL);
	check_doc(&b, utf8, true);
	ne_attribute(&b);
	check_doc(&b, utf8, true);
	check_same(&a, &b);

	ne_arena_destroy(arena_a);
	ne_arena_destroy(arena_b);
	free(copy);
	return 0;
}
