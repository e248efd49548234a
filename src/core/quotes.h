/*
 * quotes.h -- quotation marks: what each mark can be, and the kind of a quote.
 */
#ifndef NE_QUOTES_H
#define NE_QUOTES_H

#include "newsextract.h"

/* The family a mark pairs within. */
typedef enum ne_mark_family
{
	NE_MARK_DOUBLE = 0,			/* " “ ” „ « » `` '' */
	NE_MARK_SINGLE				/* ' ‘ ’ ` */
} ne_mark_family;

/* What a mark can do where it stands. */
typedef enum ne_mark_role
{
	NE_ROLE_NONE = 0,			/* apostrophe, markup attribute, inch sign: never pairs */
	NE_ROLE_OPEN,
	NE_ROLE_CLOSE,
	NE_ROLE_CLOSE_WEAK,			/* may be a possessive (Sessions’ office) */
	NE_ROLE_EITHER				/* straight mark with no telling context */
} ne_mark_role;

typedef struct ne_mark
{
	int32_t		pos;			/* byte offset */
	uint8_t		len;			/* bytes */
	uint8_t		family;			/* ne_mark_family */
	uint8_t		role;			/* ne_mark_role */
} ne_mark;

/* Returns the length of a quotation-mark-like character at s[i], or 0. */
int			ne_mark_at(const char *s, int32_t len, int32_t i, ne_mark *out);

/* Decides direct / partial / term for a quote from its words and context. */
ne_quote_kind ne_classify_quote(const ne_doc *doc, const ne_quote *q);
/* Is the quote written in title case, two to ten words ("Break Up the Banks.", "Black Lives Matter")? */
bool		ne_quote_title_case(const ne_doc *doc, const ne_quote *q);
/* Is w[0..n) a word that title case leaves in lower case ("of", "the", "and"; ASCII case ignored)? */
bool		ne_title_small_word(const char *w, int32_t n);

#endif							/* NE_QUOTES_H */
