/*
 * fuzz_quotes.c -- libFuzzer target: paragraphs and quotes on any bytes.
 * Checks that every span lies in the buffer, in order, with valid kinds.
 */
#include <assert.h>
#include <stdint.h>
#include <stdlib.h>

#include "newsextract.h"

/* Runs paragraph splitting and quote finding on data and checks invariants. */
int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	ne_arena   *arena = ne_arena_create_malloc();
	ne_doc		doc;
	int32_t		prev_open = -1;

	if (size > INT32_MAX / 4)
		size = INT32_MAX / 4;
	ne_doc_init(&doc, (const char *) data, (int32_t) size, arena);
	ne_find_quotes(&doc);
	for (int32_t p = 0; p < doc.nparagraphs; p++)
	{
		assert(doc.paragraphs[p].span.start < doc.paragraphs[p].span.end);
		assert(doc.paragraphs[p].span.end <= (int32_t) size);
		if (p > 0)
			assert(doc.paragraphs[p].span.start >= doc.paragraphs[p - 1].span.end);
	}
	for (int32_t i = 0; i < doc.nquotes; i++)
	{
		const ne_quote *q = &doc.quotes[i];

		assert(q->span.start >= 0 && q->span.start < q->span.end);
		assert(q->span.end <= (int32_t) size);
		assert(q->open_mark < q->span.start);
		assert(q->open_mark > prev_open);
		assert(q->close_mark < 0 || q->close_mark >= q->span.end);
		assert(q->paragraph >= 0 && q->paragraph <= q->last_paragraph);
		assert(q->last_paragraph < doc.nparagraphs);
		assert(q->kind == NE_QUOTE_DIRECT || q->kind == NE_QUOTE_PARTIAL || q->kind == NE_QUOTE_TERM);
		prev_open = q->open_mark;
	}
	ne_arena_destroy(arena);
	return 0;
}
