/*
 * ne_pg.h -- the PostgreSQL layer's shared pieces: one analysis of a text
 * argument, character positions, and conversions of core results to Datums.
 */
#ifndef NE_PG_H
#define NE_PG_H

#include "postgres.h"
#include "fmgr.h"
#include "miscadmin.h"
#include "utils/memutils.h"

#include "newsextract.h"

/* One analysis: the text, its UTF-8 form, a position map, and the core doc. */
typedef struct ne_pg_analysis
{
	MemoryContext cxt;			/* everything of the analysis lives here */
	MemoryContext caller;		/* the context to return results in */
	text	   *body;			/* detoasted argument */
	const char *utf8;			/* the text as UTF-8 (body's data or a conversion) */
	int32		len;
	bool		converted;		/* utf8 is a conversion from the server encoding */
	bool		positions_ready;	/* identity, verify and checkpoints are set */
	bool		identity;		/* character positions are byte positions */
	bool		verify;			/* check returned text is valid UTF-8 (UTF-8 database, non-ASCII text) */
	int32	   *checkpoints;	/* characters before byte 64*k */
	bool		region;			/* first arena blocks come from the backend's region */
	ne_arena   *arena;
	ne_doc		doc;
	bool		rows;			/* building result rows (ne_pg_rows_begin) */
	char	   *rowbuf;			/* the values of the row being built */
	Size		rowbuf_size;
	Size		rowbuf_used;
} ne_pg_analysis;

/* Starts an analysis of a text Datum. */
void		ne_pg_begin(ne_pg_analysis *a, text *arg);
/* Starts another analysis of the same text once the first has ended (ne_pg_end). */
void		ne_pg_restart(ne_pg_analysis *a);
/* Frees everything the analysis allocated. */
void		ne_pg_end(ne_pg_analysis *a);
/* Checks that the caller of an SRF takes a materialized result (the rows come later). */
void		ne_pg_srf_begin(FunctionCallInfo fcinfo);
/* Starts building result rows: values go to a row buffer, reused by every row. */
void		ne_pg_rows_begin(ne_pg_analysis *a);
/* Stores one row in the tuplestore of a materialize-mode SRF and empties the row buffer. */
void		ne_pg_put_row(FunctionCallInfo fcinfo, ne_pg_analysis *a, Datum *values, bool *nulls);

/*
 * The values below (spans, texts, ranges, arrays) are made in the row buffer
 * while rows are built, valid until the row is stored; else in the caller's
 * context.
 */

/* 0-based character position of a byte offset of the UTF-8 buffer. */
int32		ne_pg_charpos(ne_pg_analysis *a, int32 byte);
/* int4range Datum of a byte span: [char+1, char+1). */
Datum		ne_pg_span_range(ne_pg_analysis *a, ne_span span);
/* text in the server encoding of the bytes of a span. */
text	   *ne_pg_span_text(ne_pg_analysis *a, ne_span span);
/* text in the server encoding of a NUL-terminated UTF-8 core string. */
text	   *ne_pg_cstring_text(ne_pg_analysis *a, const char *utf8);
/* text of an ASCII core string (TIMEX3 values), the same in every server encoding. */
text	   *ne_pg_ascii_text(ne_pg_analysis *a, const char *s);
/* text Datum of a static core string (kind names), shared by the rows of a backend. */
Datum		ne_pg_const_text(const char *s);
/* daterange Datum of [lo, hi) in days since 1970-01-01. */
Datum		ne_pg_daterange(ne_pg_analysis *a, int32 lo, int32 hi);
/* ne_ymd from a date Datum. */
void		ne_pg_date_to_ymd(Datum d, ne_ymd *out);
/* text[] Datum from UTF-8 core strings. */
Datum		ne_pg_text_array(ne_pg_analysis *a, const char **items, int n);
/* An empty text[] shared by the rows of a backend (row values only: they are copied). */
Datum		ne_pg_empty_text_array(void);
/*
 * UTF-8 bytes s[0..len) in the server encoding: s itself when no conversion
 * is needed, else a conversion in the caller's context; *outlen its length.
 */
const char *ne_pg_server_str(ne_pg_analysis *a, const char *s, int32 len, int32 *outlen);
/*
 * The optional publication date argument argno: false when it is absent or
 * NULL, else true with *out filled (an infinite date is an error).
 */
bool		ne_pg_published_arg(FunctionCallInfo fcinfo, int argno, ne_ymd *out);
/* "YYYY-MM-DD" of a day number (days since 1970-01-01) into buf[11+]. */
void		ne_pg_day_string(int32 days, char *buf, size_t bufsize);
/*
 * The names of entities that pass keep(), each name once, in the order of
 * their first mention; returns the count, *out allocated in the analysis.
 */
int			ne_pg_entity_names(ne_pg_analysis *a, bool (*keep) (const ne_entity *e),
							   const char ***out);

#endif							/* NE_PG_H */
