/*
 * fuzz_dates.c -- libFuzzer target: ne_find_dates on any bytes, with and
 * without a publication date.  Checks that every span lies in the buffer,
 * in text order without overlaps, that values and mods are NUL-terminated
 * ASCII, and that ranges are non-empty.
 */
#include <assert.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "newsextract.h"

/* Checks the invariants of one analysis. */
static void
check(const ne_doc *doc, size_t size)
{
	int32_t		prev_end = 0;

	for (int32_t i = 0; i < doc->ntimexes; i++)
	{
		const ne_timex *t = &doc->timexes[i];
		size_t		vl = strnlen(t->value, sizeof(t->value));

		assert(t->span.start >= prev_end);
		assert(t->span.start < t->span.end);
		assert(t->span.end <= (int32_t) size);
		assert(vl > 0 && vl < sizeof(t->value));
		assert(strnlen(t->mod, sizeof(t->mod)) < sizeof(t->mod));
		for (size_t k = 0; k < vl; k++)
			assert((unsigned char) t->value[k] > 0x20 && (unsigned char) t->value[k] < 0x7F);
		assert(t->type >= NE_TIMEX_DATE && t->type <= NE_TIMEX_SET);
		assert(t->granularity >= NE_GRAN_NONE && t->granularity <= NE_GRAN_TIME);
		if (t->has_range)
		{
			assert(t->range_lo < t->range_hi);
			assert(t->type == NE_TIMEX_DATE || t->type == NE_TIMEX_TIME);
		}
		prev_end = t->span.end;
	}
}

/* Runs the dates core twice (publication date from the first bytes, then none). */
int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	ne_arena   *arena;
	ne_doc		doc;
	ne_ymd		pub;
	char	   *copy;

	if (size > INT32_MAX / 4)
		size = INT32_MAX / 4;
	/* an exact-size heap copy, so any read past the end is caught */
	copy = malloc(size ? size : 1);
	if (size)
		memcpy(copy, data, size);
	pub.y = 1900 + (size > 0 ? data[0] % 200 : 17);
	pub.m = 1 + (size > 1 ? data[1] % 12 : 2);
	pub.d = 1 + (size > 2 ? data[2] % 28 : 1);

	arena = ne_arena_create_malloc();
	ne_doc_init(&doc, copy, (int32_t) size, arena);
	ne_find_dates(&doc, &pub);
	check(&doc, size);
	ne_find_dates(&doc, &pub);	/* runs once only */
	ne_arena_destroy(arena);

	arena = ne_arena_create_malloc();
	ne_doc_init(&doc, copy, (int32_t) size, arena);
	ne_find_dates(&doc, NULL);
	check(&doc, size);
	for (int32_t i = 0; i < doc.ntimexes; i++)
		assert(!doc.timexes[i].has_range || strchr(doc.timexes[i].value, 'X') == NULL);
	ne_arena_destroy(arena);
	free(copy);
	return 0;
}
