/*
 * stubs.c -- TEMPORARY weak definitions of stages under construction, so the
 * extension links while they are written.  Removed when the stages land.
 */
#include "newsextract.h"

/* Placeholder: attribution not built yet; quotes only. */
__attribute__((weak)) void
ne_attribute(ne_doc *doc)
{
	ne_find_quotes(doc);
}

/* Placeholder: dates not built yet. */
__attribute__((weak)) void
ne_find_dates(ne_doc *doc, const ne_ymd *published)
{
	(void) published;
	doc->done |= NE_DONE_DATES;
}
