/*
 * fuzz_attrib.c -- libFuzzer target: tokens, names and attribution on any bytes.
 * Checks that every span lies in the buffer, every speaker name and cue is a
 * NUL-terminated string, and every entity and mention index is valid.
 */
#include <assert.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "newsextract.h"

/* Is s a valid span of a buffer of len bytes (or absent)? */
static int
span_ok(ne_span s, int32_t len)
{
	if (s.start == -1)
		return s.end == -1 || s.end >= -1;
	return s.start >= 0 && s.start <= s.end && s.end <= len;
}

/* Runs ne_attribute on data and checks the invariants of its results. */
int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	ne_arena   *arena = ne_arena_create_malloc();
	ne_doc		doc;
	int32_t		len;

	if (size > INT32_MAX / 4)
		size = INT32_MAX / 4;
	len = (int32_t) size;
	ne_doc_init(&doc, (const char *) data, len, arena);
	ne_attribute(&doc);
	assert(doc.done & NE_DONE_TOKENS);
	assert(doc.done & NE_DONE_ATTRIB);
	for (int32_t t = 0; t < doc.ntokens; t++)
	{
		const ne_token *tok = &doc.tokens[t];

		assert(tok->start >= 0 && tok->start < tok->end && tok->end <= len);
		assert(t == 0 || tok->start >= doc.tokens[t - 1].end);
		assert(tok->sentence >= 0 && tok->sentence < doc.nsentences);
		assert(tok->quote >= -1 && tok->quote < doc.nquotes);
	}
	for (int32_t s = 0; s < doc.nsentences; s++)
	{
		const ne_sentence *se = &doc.sentences[s];

		assert(se->tok_first >= 0 && se->tok_first < se->tok_end && se->tok_end <= doc.ntokens);
		assert(se->paragraph >= 0 && (doc.nparagraphs == 0 || se->paragraph < doc.nparagraphs));
		assert(span_ok(se->span, len));
	}
	for (int32_t i = 0; i < doc.nquotes; i++)
	{
		const ne_quote *q = &doc.quotes[i];

		assert(span_ok(q->span, len));
		assert(span_ok(q->speaker_span, len));
		assert(span_ok(q->cue, len));
		assert(q->entity >= -1 && q->entity < doc.nentities);
		assert(q->confidence >= 0.0f && q->confidence <= 1.0f);
		if (q->speaker_name != NULL)
			assert(strlen(q->speaker_name) < (size_t) len + 1);
		if (q->cue_text != NULL)
			assert(strlen(q->cue_text) < (size_t) len + 1);
		if (q->kind == NE_QUOTE_TERM)
			assert(q->speaker_name == NULL && q->entity == -1);
		if (q->entity >= 0)
			assert(q->speaker_name == doc.entities[q->entity].name);
	}
	for (int32_t m = 0; m < doc.nmentions; m++)
	{
		assert(span_ok(doc.mentions[m].span, len));
		assert(doc.mentions[m].entity >= -1 && doc.mentions[m].entity < doc.nentities);
	}
	for (int32_t e = 0; e < doc.nentities; e++)
	{
		const ne_entity *en = &doc.entities[e];

		assert(en->name != NULL && strlen(en->name) <= (size_t) len);
		assert(en->kind == NE_ENT_PERSON || en->kind == NE_ENT_ORG);
		assert(en->mentions >= 1 && en->quotes >= 0 && en->quotes <= doc.nquotes);
		assert(span_ok(en->first_span, len) && en->first_span.start >= 0);
		assert(en->title == NULL || strlen(en->title) <= (size_t) len);
		assert(en->naliases >= 0);
		for (int32_t a = 0; a < en->naliases; a++)
			assert(en->aliases[a] != NULL && strlen(en->aliases[a]) <= (size_t) len);
	}
	ne_arena_destroy(arena);
	return 0;
}
