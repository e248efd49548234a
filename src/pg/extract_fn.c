/*
 * extract_fn.c -- news_extract(body text, published date DEFAULT NULL)
 * RETURNS jsonb: {"quotes": [...], "speakers": [...], "dates": [...]}, each
 * an array of objects keyed by the columns of news_quotes, news_speakers and
 * news_dates.  Spans are [lower, upper) arrays of character positions, date
 * ranges ["YYYY-MM-DD", "YYYY-MM-DD") arrays.
 *
 * One analysis runs every core stage once.  The jsonb is written directly
 * in its binary form, in one pass and in one buffer, byte for byte what
 * JsonbValueToJsonb makes of the same document: no JSON text is printed and
 * parsed, no tree of JsonbValues is built (its memory was several times
 * the article on a dense text), and no object's keys are sorted: every
 * object's keys are listed below already in jsonb's order (shorter keys
 * first, then bytewise), which is checked once per backend.
 *
 * The format (utils/jsonb.h): a container is, from a 4-byte boundary, a
 * header word (count and JB_FARRAY or JB_FOBJECT), one JEntry per element
 * (an object: all keys, then all values), then the elements' data.  A
 * JEntry holds the type and the data's length, or, for every
 * JB_OFFSET_STRIDE'th one, the end offset of the data within the container
 * instead.  Numerics and containers start at a 4-byte boundary; the padding
 * counts as part of their length.
 */
#include "ne_pg.h"

#include <math.h>

#include "utils/builtins.h"
#include "utils/float.h"
#include "utils/fmgrprotos.h"
#include "utils/jsonb.h"
#include "utils/numeric.h"

PG_FUNCTION_INFO_V1(news_extract);

/* The keys of each object, in jsonb order; the enums index them. */
static const char *const top_keys[] = {"dates", "quotes", "speakers"};
enum
{
	TOP_DATES, TOP_QUOTES, TOP_SPEAKERS, TOP_N
};

static const char *const quote_keys[] = {
	"cue", "kind", "span", "quote", "speaker", "quote_no", "paragraph",
	"confidence", "speaker_kind", "speaker_span"
};
enum
{
	Q_CUE, Q_KIND, Q_SPAN, Q_QUOTE, Q_SPEAKER, Q_QUOTE_NO, Q_PARAGRAPH,
	Q_CONFIDENCE, Q_SPEAKER_KIND, Q_SPEAKER_SPAN, Q_N
};

static const char *const speaker_keys[] = {
	"kind", "name", "title", "quotes", "aliases", "mentions", "first_span"
};
enum
{
	S_KIND, S_NAME, S_TITLE, S_QUOTES, S_ALIASES, S_MENTIONS, S_FIRST_SPAN, S_N
};

static const char *const date_keys[] = {
	"mod", "span", "type", "range", "value", "date_no", "date_text", "granularity"
};
enum
{
	D_MOD, D_SPAN, D_TYPE, D_RANGE, D_VALUE, D_DATE_NO, D_DATE_TEXT, D_GRANULARITY, D_N
};

StaticAssertDecl(lengthof(top_keys) == TOP_N, "top keys");
StaticAssertDecl(lengthof(quote_keys) == Q_N, "quote keys");
StaticAssertDecl(lengthof(speaker_keys) == S_N, "speaker keys");
StaticAssertDecl(lengthof(date_keys) == D_N, "date keys");

/* Are keys[0..n) strictly in jsonb's key order? */
static bool
keys_in_jsonb_order(const char *const *keys, int n)
{
	for (int i = 1; i < n; i++)
	{
		size_t		la = strlen(keys[i - 1]),
					lb = strlen(keys[i]);

		if (la > lb || (la == lb && memcmp(keys[i - 1], keys[i], la) >= 0))
			return false;
	}
	return true;
}

#define NE_MAX_KEYS 16
#define NE_MAX_KEY_BYTES 128

/*
 * The keys of an object as they open it in jsonb: the keys' JEntries and
 * their bytes do not depend on the values, so they are made once per
 * backend and copied into every object.
 */
typedef struct jb_keys
{
	int			n;
	uint32		nbytes;			/* the keys' bytes, also their total length */
	JEntry		entries[NE_MAX_KEYS];
	char		bytes[NE_MAX_KEY_BYTES];
} jb_keys;

static jb_keys top_block,
			quote_block,
			speaker_block,
			date_block;

/* Lays out the n keys (in jsonb order) as they start an object. */
static void
make_key_block(jb_keys *k, const char *const *keys, int n)
{
	k->n = n;
	k->nbytes = 0;
	for (int i = 0; i < n; i++)
	{
		uint32		len = (uint32) strlen(keys[i]);
		JEntry		meta = JENTRY_ISSTRING | len;

		if (k->nbytes + len > NE_MAX_KEY_BYTES || n > NE_MAX_KEYS)
			elog(ERROR, "newsextract: jsonb key table too large");
		memcpy(k->bytes + k->nbytes, keys[i], len);
		k->nbytes += len;
		if ((i % JB_OFFSET_STRIDE) == 0)
			meta = JENTRY_ISSTRING | k->nbytes | JENTRY_HAS_OFF;
		k->entries[i] = meta;
	}
}

/*
 * Checks the key tables (a programming error otherwise) and lays out their
 * keys, once per backend.
 */
static void
prepare_keys(void)
{
	static bool done = false;

	if (done)
		return;
	if (!keys_in_jsonb_order(top_keys, TOP_N) ||
		!keys_in_jsonb_order(quote_keys, Q_N) ||
		!keys_in_jsonb_order(speaker_keys, S_N) ||
		!keys_in_jsonb_order(date_keys, D_N))
		elog(ERROR, "newsextract: jsonb key tables are not in jsonb order");
	make_key_block(&top_block, top_keys, TOP_N);
	make_key_block(&quote_block, quote_keys, Q_N);
	make_key_block(&speaker_block, speaker_keys, S_N);
	make_key_block(&date_block, date_keys, D_N);
	done = true;
}

/* The jsonb being written: one growing buffer, data[0..len). */
typedef struct jb_buf
{
	char	   *data;
	Size		len;
	Size		cap;
} jb_buf;

/* A container being written: where it starts and where its JEntries are. */
typedef struct jb_cont
{
	Size		base;			/* offset of the container, before its padding */
	Size		jentries;		/* offset of its JEntry array */
	int32		count;			/* JEntries (two per object pair) */
	int32		next;			/* the next JEntry to fill */
	uint32		totallen;		/* length of the elements' data so far */
	bool		object;
} jb_cont;

/* The error jsonb raises when a container outgrows a JEntry's length field. */
static void
jb_too_big(bool object)
{
	ereport(ERROR,
			(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
			 object ?
			 errmsg("total size of jsonb object elements exceeds the maximum of %u bytes",
					JENTRY_OFFLENMASK) :
			 errmsg("total size of jsonb array elements exceeds the maximum of %u bytes",
					JENTRY_OFFLENMASK)));
}

/* Grows the buffer to hold n more bytes (doubling; unwritten pages cost no memory). */
static void
jb_grow(jb_buf *b, Size n)
{
	Size		want = b->len + n;
	Size		newcap = Max(b->cap * 2, want);

	if (newcap > MaxAllocHugeSize)
		newcap = want;			/* repalloc_huge refuses what is still too big */
	b->data = repalloc_huge(b->data, newcap);
	b->cap = newcap;
}

/* Makes room for n more bytes. */
static inline void
jb_reserve(jb_buf *b, Size n)
{
	if (b->len + n > b->cap)
		jb_grow(b, n);
}

/* Appends n bytes. */
static inline void
jb_append(jb_buf *b, const void *src, Size n)
{
	jb_reserve(b, n);
	memcpy(b->data + b->len, src, n);
	b->len += n;
}

/* Pads the buffer with zeros to a 4-byte boundary; returns the padding's length. */
static inline int
jb_pad(jb_buf *b)
{
	int			pad = (int) (INTALIGN(b->len) - b->len);

	jb_reserve(b, pad);
	for (int i = 0; i < pad; i++)
		b->data[b->len++] = '\0';
	return pad;
}

/* Starts a container of count JEntries whose header word is header. */
static inline void
jb_begin(jb_buf *b, jb_cont *c, int32 count, uint32 header, bool object)
{
	c->base = b->len;
	jb_pad(b);
	jb_reserve(b, sizeof(uint32) + sizeof(JEntry) * (Size) count);
	memcpy(b->data + b->len, &header, sizeof(uint32));
	b->len += sizeof(uint32);
	c->jentries = b->len;
	b->len += sizeof(JEntry) * (Size) count;
	c->count = count;
	c->next = 0;
	c->totallen = 0;
	c->object = object;
}

/* Records the JEntry of the element whose data was just written. */
static inline void
jb_entry(jb_buf *b, jb_cont *c, JEntry meta)
{
	Assert(c->next < c->count);
	c->totallen += JBE_OFFLENFLD(meta);
	if (c->totallen > JENTRY_OFFLENMASK)
		jb_too_big(c->object);
	if ((c->next % JB_OFFSET_STRIDE) == 0)
		meta = (meta & JENTRY_TYPEMASK) | c->totallen | JENTRY_HAS_OFF;
	memcpy(b->data + c->jentries + sizeof(JEntry) * (Size) c->next, &meta, sizeof(JEntry));
	c->next++;
}

/* Ends a container; returns its JEntry for the parent. */
static inline JEntry
jb_end(jb_buf *b, jb_cont *c)
{
	Size		total = b->len - c->base;

	Assert(c->next == c->count);
	if (total > JENTRY_OFFLENMASK)
		jb_too_big(c->object);
	return JENTRY_ISCONTAINER | (uint32) total;
}

/* Starts an array of n elements. */
static inline void
jb_begin_array(jb_buf *b, jb_cont *c, int32 n)
{
	if ((uint32) n > JB_CMASK)
		jb_too_big(false);
	jb_begin(b, c, n, (uint32) n | JB_FARRAY, false);
}

/* A JSON null element. */
static inline void
jb_null(jb_buf *b, jb_cont *c)
{
	jb_entry(b, c, JENTRY_ISNULL);
}

/* A string element of len bytes. */
static inline void
jb_string(jb_buf *b, jb_cont *c, const char *s, int32 len)
{
	if ((uint32) len > JENTRY_OFFLENMASK)
		jb_too_big(c->object);
	jb_append(b, s, len);
	jb_entry(b, c, JENTRY_ISSTRING | (uint32) len);
}

/* Starts an object with the keys of k: writes the keys. */
static inline void
jb_begin_object(jb_buf *b, jb_cont *c, const jb_keys *k)
{
	jb_begin(b, c, 2 * k->n, (uint32) k->n | JB_FOBJECT, true);
	memcpy(b->data + c->jentries, k->entries, sizeof(JEntry) * k->n);
	jb_append(b, k->bytes, k->nbytes);
	c->next = k->n;
	c->totallen = k->nbytes;
}

/* A numeric element, aligned to 4 bytes (the padding is part of its length). */
static inline void
jb_numeric(jb_buf *b, jb_cont *c, Numeric num)
{
	Size		numlen = VARSIZE_ANY(num);
	int			pad = jb_pad(b);

	jb_append(b, num, numlen);
	jb_entry(b, c, JENTRY_ISNUMERIC | (uint32) (pad + numlen));
}

#define NE_NUM_BLOCK 1024		/* numerics per cache block */
#define NE_NUM_BLOCKS 64		/* integers below 65536 are cached */
#define NE_NUM_SLOT 12			/* bytes a cached numeric may take */

/*
 * The numeric of a small non-negative integer, made once per backend
 * (positions and counts repeat across rows and calls), or NULL when n is
 * not cached.  Blocks of the cache are made on first use.
 */
static Numeric
cached_int_numeric(int64 n)
{
	static char *blocks[NE_NUM_BLOCKS];
	uint32		u;
	char	   *slot;

	if (n < 0 || n >= (int64) NE_NUM_BLOCK * NE_NUM_BLOCKS)
		return NULL;
	u = (uint32) n;
	if (unlikely(blocks[u / NE_NUM_BLOCK] == NULL))
		blocks[u / NE_NUM_BLOCK] = MemoryContextAllocZero(TopMemoryContext,
														  NE_NUM_BLOCK * NE_NUM_SLOT);
	slot = blocks[u / NE_NUM_BLOCK] + (u % NE_NUM_BLOCK) * NE_NUM_SLOT;
	if (unlikely(VARSIZE(slot) == 0))
	{
		Numeric		num = int64_to_numeric(n);

		if (VARSIZE(num) > NE_NUM_SLOT)
		{
			pfree(num);
			return NULL;
		}
		memcpy(slot, num, VARSIZE(num));
		pfree(num);
	}
	return (Numeric) slot;
}

/* An integer element. */
static inline void
jb_int(jb_buf *b, jb_cont *c, int64 n)
{
	Numeric		num = cached_int_numeric(n);

	if (num != NULL)
		jb_numeric(b, c, num);
	else
	{
		num = int64_to_numeric(n);
		jb_numeric(b, c, num);
		pfree(num);
	}
}

#define NE_REAL_CACHE 16		/* recent float4 -> numeric conversions kept */
#define NE_REAL_SLOT 32			/* bytes a cached numeric may take */

/*
 * A float4 element in float4out's form (as to_jsonb(real) and news_quotes
 * show it; it depends on extra_float_digits), or null for NaN and infinity.
 * The few confidence values repeat: recent conversions are kept per backend.
 */
static void
jb_real(jb_buf *b, jb_cont *c, float f)
{
	static struct
	{
		bool		used;
		uint32		bits;
		int			digits;
		char		num[NE_REAL_SLOT];
	}			cache[NE_REAL_CACHE];
	uint32		bits;
	int			h;
	char	   *s;
	Numeric		num;

	if (isnan(f) || isinf(f))
	{
		jb_null(b, c);			/* JSON has no NaN */
		return;
	}
	memcpy(&bits, &f, sizeof(bits));
	h = (int) ((bits ^ (bits >> 16)) % NE_REAL_CACHE);
	if (cache[h].used && cache[h].bits == bits && cache[h].digits == extra_float_digits)
	{
		jb_numeric(b, c, (Numeric) cache[h].num);
		return;
	}
	s = DatumGetCString(DirectFunctionCall1(float4out, Float4GetDatum(f)));
	num = DatumGetNumeric(DirectFunctionCall3(numeric_in, CStringGetDatum(s),
											  ObjectIdGetDatum(InvalidOid),
											  Int32GetDatum(-1)));
	if (VARSIZE(num) <= NE_REAL_SLOT)
	{
		cache[h].used = true;
		cache[h].bits = bits;
		cache[h].digits = extra_float_digits;
		memcpy(cache[h].num, num, VARSIZE(num));
	}
	jb_numeric(b, c, num);
	pfree(num);
	pfree(s);
}

/* An ASCII string of the core (kind names, TIMEX3 values), or null. */
static inline void
jb_ascii(jb_buf *b, jb_cont *c, const char *s)
{
	if (s == NULL)
		jb_null(b, c);
	else
		jb_string(b, c, s, (int32) strlen(s));
}

/* UTF-8 bytes s[0..len) in the server encoding, or null. */
static void
jb_utf8(ne_pg_analysis *a, jb_buf *b, jb_cont *c, const char *s, int32 len)
{
	const char *srv;
	int32		outlen;

	if (s == NULL)
	{
		jb_null(b, c);
		return;
	}
	srv = ne_pg_server_str(a, s, len, &outlen);
	jb_string(b, c, srv, outlen);
	if (srv != s)
		pfree((char *) srv);
}

/* A NUL-terminated UTF-8 core string, or null. */
static void
jb_cstring(ne_pg_analysis *a, jb_buf *b, jb_cont *c, const char *s)
{
	jb_utf8(a, b, c, s, s ? (int32) strlen(s) : 0);
}

/* A span as [lower, upper) in 1-based character positions, or null. */
static void
jb_span(ne_pg_analysis *a, jb_buf *b, jb_cont *c, ne_span span)
{
	jb_cont		arr;

	if (!NE_HAS_SPAN(span))
	{
		jb_null(b, c);
		return;
	}
	jb_begin_array(b, &arr, 2);
	jb_int(b, &arr, ne_pg_charpos(a, span.start) + 1);
	jb_int(b, &arr, ne_pg_charpos(a, span.end) + 1);
	jb_entry(b, c, jb_end(b, &arr));
}

/* A date range ["YYYY-MM-DD", "YYYY-MM-DD"], or null. */
static void
jb_daterange(jb_buf *b, jb_cont *c, const ne_timex *t)
{
	jb_cont		arr;
	char		day[32];

	if (!t->has_range || t->range_lo >= t->range_hi)
	{
		jb_null(b, c);
		return;
	}
	jb_begin_array(b, &arr, 2);
	ne_pg_day_string(t->range_lo, day, sizeof(day));
	jb_ascii(b, &arr, day);
	ne_pg_day_string(t->range_hi, day, sizeof(day));
	jb_ascii(b, &arr, day);
	jb_entry(b, c, jb_end(b, &arr));
}

/* The news_quotes rows as an array of objects. */
static JEntry
quotes_array(ne_pg_analysis *a, jb_buf *b)
{
	const ne_doc *doc = &a->doc;
	jb_cont		arr;

	jb_begin_array(b, &arr, doc->nquotes);
	for (int32 i = 0; i < doc->nquotes; i++)
	{
		const ne_quote *q = &doc->quotes[i];
		jb_cont		o;

		CHECK_FOR_INTERRUPTS();
		jb_begin_object(b, &o, &quote_block);
		/* the values in the order of quote_keys */
		jb_cstring(a, b, &o, q->cue_text);
		jb_ascii(b, &o, ne_quote_kind_name(q->kind));
		jb_span(a, b, &o, q->span);
		jb_utf8(a, b, &o, doc->text + q->span.start, q->span.end - q->span.start);
		jb_cstring(a, b, &o, q->speaker_name);
		jb_int(b, &o, i + 1);
		jb_int(b, &o, q->paragraph + 1);
		if (q->speaker_name || NE_HAS_SPAN(q->speaker_span))
			jb_real(b, &o, q->confidence);
		else
			jb_null(b, &o);
		jb_ascii(b, &o, ne_entity_kind_name(q->speaker_kind));
		jb_span(a, b, &o, q->speaker_span);
		jb_entry(b, &arr, jb_end(b, &o));
	}
	return jb_end(b, &arr);
}

/* The news_speakers rows as an array of objects. */
static JEntry
speakers_array(ne_pg_analysis *a, jb_buf *b)
{
	const ne_doc *doc = &a->doc;
	int32		n = 0;
	jb_cont		arr;

	for (int32 i = 0; i < doc->nentities; i++)
		n += (doc->entities[i].name != NULL);
	jb_begin_array(b, &arr, n);
	for (int32 i = 0; i < doc->nentities; i++)
	{
		const ne_entity *e = &doc->entities[i];
		jb_cont		o,
					al;

		CHECK_FOR_INTERRUPTS();
		if (e->name == NULL)
			continue;
		jb_begin_object(b, &o, &speaker_block);
		/* the values in the order of speaker_keys */
		jb_ascii(b, &o, ne_entity_kind_name(e->kind));
		jb_cstring(a, b, &o, e->name);
		jb_cstring(a, b, &o, e->title);
		jb_int(b, &o, e->quotes);
		jb_begin_array(b, &al, e->naliases);
		for (int32 m = 0; m < e->naliases; m++)
			jb_cstring(a, b, &al, e->aliases[m]);
		jb_entry(b, &o, jb_end(b, &al));
		jb_int(b, &o, e->mentions);
		jb_span(a, b, &o, e->first_span);
		jb_entry(b, &arr, jb_end(b, &o));
	}
	return jb_end(b, &arr);
}

/* The news_dates rows as an array of objects. */
static JEntry
dates_array(ne_pg_analysis *a, jb_buf *b)
{
	const ne_doc *doc = &a->doc;
	jb_cont		arr;

	jb_begin_array(b, &arr, doc->ntimexes);
	for (int32 i = 0; i < doc->ntimexes; i++)
	{
		const ne_timex *t = &doc->timexes[i];
		jb_cont		o;

		CHECK_FOR_INTERRUPTS();
		jb_begin_object(b, &o, &date_block);
		/* the values in the order of date_keys */
		jb_ascii(b, &o, t->mod[0] ? t->mod : NULL);
		jb_span(a, b, &o, t->span);
		jb_ascii(b, &o, ne_timex_type_name(t->type));
		jb_daterange(b, &o, t);
		jb_ascii(b, &o, t->value);
		jb_int(b, &o, i + 1);
		jb_utf8(a, b, &o, doc->text + t->span.start, t->span.end - t->span.start);
		jb_ascii(b, &o, ne_granularity_name(t->granularity));
		jb_entry(b, &arr, jb_end(b, &o));
	}
	return jb_end(b, &arr);
}

/*
 * news_extract(body, published): everything of an article as one jsonb.
 * The dates come first in the document and need no attribution: they are
 * found and written in an analysis of their own, freed before attribution
 * starts, so the two analyses are never in memory together.
 */
Datum
news_extract(PG_FUNCTION_ARGS)
{
	ne_pg_analysis a;
	ne_ymd		published;
	bool		has_published;
	jb_buf		b;
	jb_cont		root;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	prepare_keys();
	has_published = ne_pg_published_arg(fcinfo, 1, &published);

	ne_pg_begin(&a, PG_GETARG_TEXT_PP(0));
	ne_find_dates(&a.doc, has_published ? &published : NULL);
	/* a first guess at the size; the buffer grows as needed */
	b.cap = 1024 + (Size) 256 * a.doc.ntimexes;
	b.data = MemoryContextAllocHuge(a.caller, b.cap);
	b.len = VARHDRSZ;
	jb_begin_object(&b, &root, &top_block);
	/* the values in the order of top_keys */
	jb_entry(&b, &root, dates_array(&a, &b));
	ne_pg_end(&a);

	ne_pg_restart(&a);
	ne_attribute(&a.doc);
	jb_entry(&b, &root, quotes_array(&a, &b));
	jb_entry(&b, &root, speakers_array(&a, &b));
	ne_pg_end(&a);

	(void) jb_end(&b, &root);
	SET_VARSIZE(b.data, b.len);
	PG_RETURN_JSONB_P((Jsonb *) b.data);
}
