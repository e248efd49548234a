/*
 * attrib.h -- quote attribution: cue + speaker for every quote.
 *
 * ne_attribute (declared in newsextract.h) runs the names stage and then,
 * for every quote that is not a term, looks for the attribution after the
 * quote ("...," Sessions said), before it (Sessions said: "..."), in the
 * sentence around it, in a colon introduction in the previous paragraph,
 * or continues the previous speaker.  All windows are bounded.
 */
#ifndef NE_ATTRIB_H
#define NE_ATTRIB_H

#include "newsextract.h"

/* Tokens looked at on each side of a quote. */
#define NE_ATTRIB_WINDOW 40

/* How an attribution was found (for tests and confidence). */
typedef enum ne_attrib_how
{
	NE_HOW_NONE = 0,
	NE_HOW_AFTER,				/* "...," X said / said X / according to X */
	NE_HOW_DASH,				/* "..." -X */
	NE_HOW_BEFORE,				/* X said: "..." */
	NE_HOW_COLON,				/* X:\n"..." */
	NE_HOW_NEXT_SENTENCE,		/* "...". X said. */
	NE_HOW_CONTINUES,			/* same speaker as the neighbouring quote */
	NE_HOW_SENTENCE,			/* the subject of the quote's sentence */
	NE_HOW_NEARBY				/* the nearest earlier speaker or person */
} ne_attrib_how;

#endif							/* NE_ATTRIB_H */
