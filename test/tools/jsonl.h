/*
 * jsonl.h -- reads the JSON-lines corpora of ../shared/data for the core's
 * tools and benchmarks: one object a line, string fields only.
 */
#ifndef NE_JSONL_H
#define NE_JSONL_H

#include <stdint.h>
#include <stdio.h>

typedef struct jsonl_doc
{
	char	   *id;				/* "id" */
	char	   *text;			/* "text", or else "body" */
	int32_t		text_len;
	char	   *published;		/* "published" (YYYY-MM-DD) or NULL */
	char	   *line;			/* the raw line (internal) */
	size_t		line_cap;
} jsonl_doc;

/* Reads the next document; returns 0 at the end of the file, -1 on a bad line. */
int			jsonl_next(FILE *f, jsonl_doc *d);
/* Frees what jsonl_next allocated. */
void		jsonl_free(jsonl_doc *d);
/* Writes s[0..len) as a JSON string literal. */
void		jsonl_write_string(FILE *out, const char *s, int32_t len);
/* Number of code points in s[0..byte) (for 0-based code point offsets). */
int32_t		jsonl_codepoints(const char *s, int32_t byte);

#endif							/* NE_JSONL_H */
