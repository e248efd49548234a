/*
 * analysis.c -- one analysis of a text argument: detoasting, conversion to
 * UTF-8, memory, interrupts, and mapping byte offsets to character positions.
 *
 * Character positions are computed from a table holding the number of
 * characters before every 64th byte, so a lookup costs at most 64 byte
 * tests and the table is 1/16 of the text.
 */
#include "ne_pg.h"

#include "catalog/pg_type.h"
#include "funcapi.h"
#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/datetime.h"
#include "utils/rangetypes.h"
#include "utils/typcache.h"

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#define NE_CP_SHIFT 6

/* Lets the core honour query cancellation and statement_timeout. */
static void
ne_pg_check_interrupts(void)
{
	CHECK_FOR_INTERRUPTS();
}

/*
 * A region of memory the backend keeps for the first arena blocks of each
 * analysis, handed out by bumping an offset: a short article needs no other
 * memory, so no malloc and free of blocks per call.  One analysis at a time
 * uses it (analyses do not nest, but a flag makes sure): the flag is cleared
 * by a callback of the analysis context, which runs when the analysis ends
 * and also when an error frees the context.
 */
#define NE_PG_REGION_SIZE (128 * 1024)

static char *region = NULL;
static Size region_used = 0;
static bool region_taken = false;

/* Frees the region for the next analysis (its context is going away). */
static void
release_region(void *arg)
{
	region_taken = false;
}

/*
 * The callback that runs release_region: one is enough, as it is in the
 * callback list of one context at a time, the holder of the region.
 */
static MemoryContextCallback region_callback = {release_region, NULL, NULL};

/* Core arena blocks: from the region while it lasts, else the analysis context (huge allowed). */
static void *
ne_pg_alloc(void *ctx, size_t size)
{
	ne_pg_analysis *a = (ne_pg_analysis *) ctx;

	if (a->region && MAXALIGN(size) <= NE_PG_REGION_SIZE - region_used)
	{
		void	   *p = region + region_used;

		region_used += MAXALIGN(size);
		return p;
	}
	return MemoryContextAllocHuge(a->cxt, size);
}

/* A big array block the core no longer needs (ne_grow); the rest goes with the context. */
static void
ne_pg_free(void *ctx, void *block)
{
	ne_pg_analysis *a = (ne_pg_analysis *) ctx;

	/* blocks in the region are reused by the next analysis as a whole */
	if (a->region && (char *) block >= region && (char *) block < region + NE_PG_REGION_SIZE)
		return;
	pfree(block);
}

/* Lets the analysis take its first blocks from the region, when it is free. */
static void
take_region(ne_pg_analysis *a)
{
	if (region_taken)
		return;
	if (region == NULL)
		region = MemoryContextAlloc(TopMemoryContext, NE_PG_REGION_SIZE);
	MemoryContextRegisterResetCallback(a->cxt, &region_callback);
	region_taken = true;
	region_used = 0;
	a->region = true;
}

/* Is every byte ASCII?  (64 or 32 bytes a step: this reads every argument once.) */
static bool
all_ascii(const char *s, int32 len)
{
	const uint64 high = UINT64CONST(0x8080808080808080);
	int32		i = 0;

#ifdef __SSE2__
	for (; i + 64 <= len; i += 64)
	{
		const __m128i *v = (const __m128i *) (s + i);
		__m128i		any = _mm_or_si128(_mm_or_si128(_mm_loadu_si128(v), _mm_loadu_si128(v + 1)),
									   _mm_or_si128(_mm_loadu_si128(v + 2), _mm_loadu_si128(v + 3)));

		/* the high bits of the sixteen bytes */
		if (_mm_movemask_epi8(any) != 0)
			return false;
	}
#endif
	for (; i + 32 <= len; i += 32)
	{
		uint64		w[4];

		memcpy(w, s + i, 32);
		if ((w[0] | w[1] | w[2] | w[3]) & high)
			return false;
	}
	for (; i + 8 <= len; i += 8)
	{
		uint64		w;

		memcpy(&w, s + i, 8);
		if (w & high)
			return false;
	}
	for (; i < len; i++)
		if ((unsigned char) s[i] & 0x80)
			return false;
	return true;
}

/*
 * Characters in the UTF-8 bytes s[0..n): the bytes that are not
 * continuation bytes (10xxxxxx), counted eight at a time.
 */
static inline int32
utf8_chars(const unsigned char *s, int32 n)
{
	int32		count = n;
	int32		i = 0;

	for (; i + 8 <= n; i += 8)
	{
		uint64		w;
		uint64		cont;

		memcpy(&w, s + i, 8);
		/* bit 7 of each byte: bit 7 set and bit 6 clear */
		cont = (w & ~(w << 1) & UINT64CONST(0x8080808080808080)) >> 7;
		/* the sum of the eight 0/1 bytes lands in the top byte */
		count -= (int32) ((cont * UINT64CONST(0x0101010101010101)) >> 56);
	}
	for (; i < n; i++)
		count -= ((s[i] & 0xC0) == 0x80);
	return count;
}

/* Builds the checkpoint table of character counts. */
static void
build_checkpoints(ne_pg_analysis *a)
{
	int32		nblocks = (a->len >> NE_CP_SHIFT) + 1;
	int32		count = 0;
	const unsigned char *s = (const unsigned char *) a->utf8;

	a->checkpoints = MemoryContextAllocHuge(a->cxt, sizeof(int32) * (Size) (nblocks + 1));
	for (int32 b = 0; b < nblocks; b++)
	{
		int32		start = b << NE_CP_SHIFT;
		int32		end = Min(start + (1 << NE_CP_SHIFT), a->len);

		a->checkpoints[b] = count;
		count += utf8_chars(s + start, end - start);
		if ((b & 0xFFF) == 0)
			CHECK_FOR_INTERRUPTS();
	}
	a->checkpoints[nblocks] = count;
}

/* Gives the analysis a memory context of its own, under the caller's, with no rows and no region yet. */
static void
open_context(ne_pg_analysis *a)
{
	a->caller = CurrentMemoryContext;
	a->cxt = AllocSetContextCreate(CurrentMemoryContext, "newsextract analysis",
								   ALLOCSET_DEFAULT_SIZES);
	a->rows = false;
	a->rowbuf = NULL;
	a->rowbuf_size = 0;
	a->rowbuf_used = 0;
	a->region = false;
}

/* Makes the core's arena and document of the analysis' text. */
static void
start_doc(ne_pg_analysis *a)
{
	take_region(a);
	a->arena = ne_arena_create(ne_pg_alloc, ne_pg_free, a);
	ne_doc_init(&a->doc, a->utf8, a->len, a->arena);
	a->doc.check_interrupts = ne_pg_check_interrupts;
	ne_arena_set_check(a->arena, ne_pg_check_interrupts);	/* big arrays grow and zero in cancellable chunks */
}

/* Starts an analysis of arg in a memory context of its own. */
void
ne_pg_begin(ne_pg_analysis *a, text *arg)
{
	int			enc = GetDatabaseEncoding();
	static const ne_pg_analysis zero_analysis;

	/* a copy of zeroes, not a memset: see ne_doc_init */
	*a = zero_analysis;
	open_context(a);
	a->body = arg;
	a->utf8 = VARDATA_ANY(arg);
	a->len = VARSIZE_ANY_EXHDR(arg);

	/* a UTF-8 database's text is used as it is; its positions are prepared when first asked for */
	if (enc != PG_UTF8)
	{
		/* SQL_ASCII counts bytes as characters; ASCII text has one byte a character */
		a->identity = (enc == PG_SQL_ASCII) || all_ascii(a->utf8, a->len);
		if (!a->identity)
		{
			MemoryContext old = MemoryContextSwitchTo(a->cxt);
			char	   *conv = pg_server_to_any(a->utf8, a->len, PG_UTF8);

			MemoryContextSwitchTo(old);
			a->converted = (conv != a->utf8);
			if (a->converted)
			{
				a->utf8 = conv;
				a->len = (int32) strlen(conv);
			}
			build_checkpoints(a);
		}
		a->positions_ready = true;
	}
	start_doc(a);
}

/*
 * Prepares the character positions of a text of a UTF-8 database, at the
 * first position or slice of it asked for, so that a text with no result
 * is read by the core only: is it ASCII, else its checkpoints.
 */
static void
prepare_positions(ne_pg_analysis *a)
{
	Assert(GetDatabaseEncoding() == PG_UTF8);
	a->identity = all_ascii(a->utf8, a->len);
	if (!a->identity)
		build_checkpoints(a);
	/* a UTF-8 database hands the text over as it is: slices must stay valid */
	a->verify = !a->identity;
	a->positions_ready = true;
}

/*
 * Starts another analysis of the text of an ended one.  A text known to
 * have its byte positions as character positions is used as it is, without
 * being scanned again; any other is prepared again by ne_pg_begin (its
 * conversion and position table went with the ended analysis; in a UTF-8
 * database that costs nothing until a position is asked for).
 */
void
ne_pg_restart(ne_pg_analysis *a)
{
	Assert(a->cxt == NULL);
	if (!a->identity || a->converted)
	{
		ne_pg_begin(a, a->body);
		return;
	}
	open_context(a);
	start_doc(a);
}

/* Frees the analysis memory. */
void
ne_pg_end(ne_pg_analysis *a)
{
	if (a->cxt)
		MemoryContextDelete(a->cxt);
	a->cxt = NULL;
	a->rows = false;
}

/*
 * Starts building result rows: each row's values are laid out one after the
 * other in a buffer of the analysis, which is reused once
 * tuplestore_putvalues has copied them, so a call's memory does not grow
 * with its number of rows, and a value costs no palloc and a row no reset.
 */
void
ne_pg_rows_begin(ne_pg_analysis *a)
{
	a->rows = true;
}

/*
 * Checks that the caller takes a materialized result, as InitMaterializedSRF
 * does, but leaves the tuplestore and the copy of the result descriptor to
 * the first row (ne_pg_put_row): a text without rows returns no tuplestore,
 * which PostgreSQL takes as an empty set (most texts have no quotes).
 */
void
ne_pg_srf_begin(FunctionCallInfo fcinfo)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;

	if (rsinfo == NULL || !IsA(rsinfo, ReturnSetInfo))
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("set-valued function called in context that cannot accept a set")));
	if (!(rsinfo->allowedModes & SFRM_Materialize) || rsinfo->expectedDesc == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("materialize mode required, but it is not allowed in this context")));
	rsinfo->returnMode = SFRM_Materialize;
}

/* Stores one row of a materialize-mode SRF, then empties the row buffer. */
void
ne_pg_put_row(FunctionCallInfo fcinfo, ne_pg_analysis *a, Datum *values, bool *nulls)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;

	/* the declared result type as the descriptor: no catalog lookup per call */
	if (rsinfo->setResult == NULL)
		InitMaterializedSRF(fcinfo, MAT_SRF_USE_EXPECTED_DESC);
	tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	a->rowbuf_used = 0;
	CHECK_FOR_INTERRUPTS();
}

#define NE_PG_ROWBUF_MIN 1024

/*
 * Replaces the row buffer by one with room for size more bytes.  Values of
 * the row being built may point into the old buffer, so it is freed only
 * when it holds none; else it goes with the analysis (each buffer at least
 * doubles, so they add up to less than twice the last).
 */
static void
new_rowbuf(ne_pg_analysis *a, Size size)
{
	Size		newsize = Max(Max(a->rowbuf_size * 2, NE_PG_ROWBUF_MIN), size);

	if (a->rowbuf != NULL && a->rowbuf_used == 0)
		pfree(a->rowbuf);
	a->rowbuf = MemoryContextAllocHuge(a->cxt, newsize);
	a->rowbuf_size = newsize;
	a->rowbuf_used = 0;
}

/*
 * Memory for a value returned to SQL, not zeroed: while rows are built, from
 * the row buffer; else palloc'd in the caller's context.
 */
static void *
value_alloc(ne_pg_analysis *a, Size size)
{
	void	   *p;

	if (!a->rows)
		return MemoryContextAlloc(a->caller, size);
	if (!AllocSizeIsValid(size))
		elog(ERROR, "invalid memory alloc request size %zu", size);
	size = MAXALIGN(size);
	if (a->rowbuf_size - a->rowbuf_used < size)
		new_rowbuf(a, size);
	p = a->rowbuf + a->rowbuf_used;
	a->rowbuf_used += size;
	return p;
}

/* 0-based character position of byte offset byte. */
int32
ne_pg_charpos(ne_pg_analysis *a, int32 byte)
{
	const unsigned char *s = (const unsigned char *) a->utf8;
	int32		blk;

	if (byte < 0)
		byte = 0;
	if (byte > a->len)
		byte = a->len;
	if (!a->positions_ready)
		prepare_positions(a);
	if (a->identity)
		return byte;
	blk = byte >> NE_CP_SHIFT;
	return a->checkpoints[blk] + utf8_chars(s + (blk << NE_CP_SHIFT), byte - (blk << NE_CP_SHIFT));
}

/*
 * A range [lo, hi) of a type with 4-byte pass-by-value bounds (int4range,
 * daterange), built the way range_serialize lays it out: header, type OID,
 * the two bounds, the flags byte (every byte is written).  [lo, hi) with
 * finite bounds is already canonical, so the canonical function make_range
 * would call (the cost of a range per row) changes nothing; lo > hi goes to
 * make_range for its error.
 */
static Datum
range4(ne_pg_analysis *a, Oid rangetype, int32 lo, int32 hi)
{
	RangeType  *r;
	char	   *p;

	if (lo > hi)
	{
		TypeCacheEntry *typcache = lookup_type_cache(rangetype, TYPECACHE_RANGE_INFO);
		RangeBound	lower = {Int32GetDatum(lo), false, true, true};
		RangeBound	upper = {Int32GetDatum(hi), false, false, false};

		return RangeTypePGetDatum(make_range(typcache, &lower, &upper, false));
	}
	if (lo == hi)
	{
		/* [x, x) is empty: no bounds, only the flags */
		r = value_alloc(a, sizeof(RangeType) + 1);
		SET_VARSIZE(r, sizeof(RangeType) + 1);
		r->rangetypid = rangetype;
		*((char *) (r + 1)) = RANGE_EMPTY;
		return RangeTypePGetDatum(r);
	}
	StaticAssertStmt(sizeof(RangeType) % sizeof(int32) == 0, "bounds need no padding");
	r = value_alloc(a, sizeof(RangeType) + 2 * sizeof(int32) + 1);
	SET_VARSIZE(r, sizeof(RangeType) + 2 * sizeof(int32) + 1);
	r->rangetypid = rangetype;
	p = (char *) (r + 1);
	memcpy(p, &lo, sizeof(int32));
	memcpy(p + sizeof(int32), &hi, sizeof(int32));
	p[2 * sizeof(int32)] = RANGE_LB_INC;
	return RangeTypePGetDatum(r);
}

/* int4range of a byte span, in 1-based character positions. */
Datum
ne_pg_span_range(ne_pg_analysis *a, ne_span span)
{
	return range4(a, INT4RANGEOID, ne_pg_charpos(a, span.start) + 1,
				  ne_pg_charpos(a, span.end) + 1);
}

/*
 * Refuses to return a slice of the text or a core string that is not valid
 * UTF-8 (a span that cuts a character would be a bug of the core): a clear
 * error instead of corrupt text in a UTF-8 database.  Conversions to other
 * encodings validate their input themselves.
 */
static inline void
check_utf8(ne_pg_analysis *a, const char *s, int32 len)
{
	if (!a->positions_ready)
		prepare_positions(a);
	if (a->verify && !pg_verify_mbstr(PG_UTF8, s, len, true))
		ereport(ERROR,
				(errcode(ERRCODE_INTERNAL_ERROR),
				 errmsg("newsextract produced text that is not valid UTF-8"),
				 errdetail("The %d bytes at byte offset %ld of the analysis.",
						   len, (long) (s >= a->utf8 && s <= a->utf8 + a->len ? s - a->utf8 : -1))));
}

/* UTF-8 bytes in the server encoding, converted only when the database is not UTF-8. */
const char *
ne_pg_server_str(ne_pg_analysis *a, const char *s, int32 len, int32 *outlen)
{
	MemoryContext old;
	char	   *conv;

	if (!a->converted)
	{
		check_utf8(a, s, len);
		*outlen = len;
		return s;
	}
	old = MemoryContextSwitchTo(a->caller);
	conv = pg_any_to_server(s, len, PG_UTF8);
	MemoryContextSwitchTo(old);
	*outlen = (conv == s) ? len : (int32) strlen(conv);
	return conv;
}

/* text of the bytes s[0..len) as they are (value_alloc). */
static text *
bytes_text(ne_pg_analysis *a, const char *s, int32 len)
{
	text	   *t = value_alloc(a, VARHDRSZ + len);

	SET_VARSIZE(t, VARHDRSZ + len);
	memcpy(VARDATA(t), s, len);
	return t;
}

/* text of UTF-8 bytes s[0..len) in the server encoding (value_alloc). */
static text *
utf8_to_server_text(ne_pg_analysis *a, const char *s, int32 len)
{
	char	   *conv;
	text	   *t;

	if (!a->converted)
	{
		check_utf8(a, s, len);
		return bytes_text(a, s, len);
	}
	conv = pg_any_to_server(s, len, PG_UTF8);
	if (conv == s)
		return bytes_text(a, s, len);
	t = bytes_text(a, conv, (int32) strlen(conv));
	pfree(conv);
	return t;
}

/* The text of a span, in the server encoding. */
text *
ne_pg_span_text(ne_pg_analysis *a, ne_span span)
{
	return utf8_to_server_text(a, a->utf8 + span.start, span.end - span.start);
}

/* A core string as text in the server encoding. */
text *
ne_pg_cstring_text(ne_pg_analysis *a, const char *utf8)
{
	return utf8_to_server_text(a, utf8, (int32) strlen(utf8));
}

/* An ASCII string of the core (a TIMEX3 value) as text: the same bytes in every server encoding. */
text *
ne_pg_ascii_text(ne_pg_analysis *a, const char *s)
{
	return bytes_text(a, s, (int32) strlen(s));
}

/* daterange [lo, hi) from days since 1970-01-01. */
Datum
ne_pg_daterange(ne_pg_analysis *a, int32 lo, int32 hi)
{
	const int32 shift = POSTGRES_EPOCH_JDATE - UNIX_EPOCH_JDATE;

	return range4(a, DATERANGEOID, lo - shift, hi - shift);
}

#define NE_CONST_TEXT_SLOTS 64

/*
 * text Datum of a static ASCII string of the core (a kind or type name),
 * made once per backend: many rows share a handful of such names.  The
 * cache is keyed by the string's address; a full cache makes a new text.
 */
Datum
ne_pg_const_text(const char *s)
{
	static struct
	{
		const char *s;
		text	   *t;
	}			cache[NE_CONST_TEXT_SLOTS];
	uint32		h = (uint32) (((uintptr_t) s) >> 3) % NE_CONST_TEXT_SLOTS;

	for (int probe = 0; probe < NE_CONST_TEXT_SLOTS; probe++)
	{
		int			slot = (h + probe) % NE_CONST_TEXT_SLOTS;

		if (cache[slot].s == s)
			return PointerGetDatum(cache[slot].t);
		if (cache[slot].s == NULL)
		{
			cache[slot].t = (text *) MemoryContextAlloc(TopMemoryContext,
														VARHDRSZ + strlen(s));
			SET_VARSIZE(cache[slot].t, VARHDRSZ + strlen(s));
			memcpy(VARDATA(cache[slot].t), s, strlen(s));
			cache[slot].s = s;
			return PointerGetDatum(cache[slot].t);
		}
	}
	return CStringGetTextDatum(s);
}

/* The calendar day of a date Datum (infinite dates give no usable anchor). */
void
ne_pg_date_to_ymd(Datum d, ne_ymd *out)
{
	DateADT		date = DatumGetDateADT(d);

	if (DATE_NOT_FINITE(date))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("publication date must be finite")));
	j2date(date + POSTGRES_EPOCH_JDATE, &out->y, &out->m, &out->d);
}

/*
 * A text[] of core strings, made as construct_array makes it (zeroed, the
 * header, then CopyArrayEls) but in value_alloc's memory: while rows are
 * built, construct_array's palloc would stay until the call ends, one per
 * row.  No elements make an empty array.
 */
Datum
ne_pg_text_array(ne_pg_analysis *a, const char **items, int n)
{
	Datum	   *elems;
	Size		nbytes = ARR_OVERHEAD_NONULLS(1);
	ArrayType  *arr;

	if (n == 0)
	{
		MemoryContext old = MemoryContextSwitchTo(a->caller);

		arr = construct_empty_array(TEXTOID);
		MemoryContextSwitchTo(old);
		return PointerGetDatum(arr);
	}
	elems = value_alloc(a, sizeof(Datum) * n);
	for (int i = 0; i < n; i++)
	{
		elems[i] = PointerGetDatum(ne_pg_cstring_text(a, items[i]));
		nbytes += INTALIGN(VARSIZE(DatumGetPointer(elems[i])));
		if (!AllocSizeIsValid(nbytes))
			ereport(ERROR,
					(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
					 errmsg("array size exceeds the maximum allowed (%d)",
							(int) MaxAllocSize)));
	}
	arr = value_alloc(a, nbytes);
	memset(arr, 0, nbytes);		/* the padding after each element too */
	SET_VARSIZE(arr, nbytes);
	arr->ndim = 1;
	arr->dataoffset = 0;
	arr->elemtype = TEXTOID;
	ARR_DIMS(arr)[0] = n;
	ARR_LBOUND(arr)[0] = 1;
	CopyArrayEls(arr, elems, NULL, n, -1, false, TYPALIGN_INT, false);
	return PointerGetDatum(arr);
}

/*
 * An empty text[], made once per backend: most entities have no aliases.
 * Only for values that are copied (row values given to the tuplestore),
 * never for a function's own result.
 */
Datum
ne_pg_empty_text_array(void)
{
	static ArrayType *empty = NULL;

	if (empty == NULL)
	{
		MemoryContext old = MemoryContextSwitchTo(TopMemoryContext);

		empty = construct_empty_array(TEXTOID);
		MemoryContextSwitchTo(old);
	}
	return PointerGetDatum(empty);
}

/* The publication date argument, when given and not NULL. */
bool
ne_pg_published_arg(FunctionCallInfo fcinfo, int argno, ne_ymd *out)
{
	if (PG_NARGS() <= argno || PG_ARGISNULL(argno))
		return false;
	ne_pg_date_to_ymd(PG_GETARG_DATUM(argno), out);
	return true;
}

/* ISO date of days since 1970-01-01. */
void
ne_pg_day_string(int32 days, char *buf, size_t bufsize)
{
	int			y,
				m,
				d;

	j2date(days + UNIX_EPOCH_JDATE, &y, &m, &d);
	if (y < 0 || y > 9999 || bufsize < 11)
	{
		snprintf(buf, bufsize, "%04d-%02d-%02d", y, m, d);
		return;
	}
	/* the common case without printf: this runs for every date of news_extract */
	buf[0] = '0' + y / 1000;
	buf[1] = '0' + y / 100 % 10;
	buf[2] = '0' + y / 10 % 10;
	buf[3] = '0' + y % 10;
	buf[4] = '-';
	buf[5] = '0' + m / 10;
	buf[6] = '0' + m % 10;
	buf[7] = '-';
	buf[8] = '0' + d / 10;
	buf[9] = '0' + d % 10;
	buf[10] = '\0';
}

typedef struct ne_pg_named
{
	const char *name;
	int32		first;			/* byte offset of the first mention */
	int32		index;			/* entity index, to keep the sort stable */
} ne_pg_named;

/* Orders entity names by name, then by entity index (qsort). */
static int
named_by_name(const void *x, const void *y)
{
	const ne_pg_named *a = x,
			   *b = y;
	int			c = strcmp(a->name, b->name);

	if (c != 0)
		return c;
	if (a->first != b->first)
		return a->first < b->first ? -1 : 1;
	return a->index - b->index;
}

/* Orders entity names back into first-mention order (qsort). */
static int
named_by_first(const void *x, const void *y)
{
	const ne_pg_named *a = x,
			   *b = y;

	if (a->first != b->first)
		return a->first < b->first ? -1 : 1;
	return a->index - b->index;
}

/* Distinct entity names in first-mention order, O(n log n). */
int
ne_pg_entity_names(ne_pg_analysis *a, bool (*keep) (const ne_entity *e),
				   const char ***out)
{
	const ne_doc *doc = &a->doc;
	ne_pg_named *v;
	const char **names;
	int			n = 0,
				m = 0;

	v = MemoryContextAllocHuge(a->cxt, sizeof(ne_pg_named) * (Size) Max(doc->nentities, 1));
	for (int32 i = 0; i < doc->nentities; i++)
	{
		const ne_entity *e = &doc->entities[i];

		if (e->name == NULL || e->name[0] == '\0' || !keep(e))
			continue;
		v[n].name = e->name;
		v[n].first = NE_HAS_SPAN(e->first_span) ? e->first_span.start : PG_INT32_MAX;
		v[n].index = i;
		n++;
	}
	if (n > 1)
	{
		qsort(v, n, sizeof(ne_pg_named), named_by_name);
		for (int i = 0; i < n; i++)
			if (m == 0 || strcmp(v[m - 1].name, v[i].name) != 0)
				v[m++] = v[i];
		qsort(v, m, sizeof(ne_pg_named), named_by_first);
	}
	else
		m = n;
	names = MemoryContextAllocHuge(a->cxt, sizeof(const char *) * (Size) Max(m, 1));
	for (int i = 0; i < m; i++)
		names[i] = v[i].name;
	*out = names;
	return m;
}
