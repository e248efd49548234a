/*
 * extract_fn.c -- news_extract(body text, published date DEFAULT NULL)
 * RETURNS jsonb: {"quotes": [...], "speakers": [...], "dates": [...]}, each
 * an array of objects keyed by the columns of news_quotes, news_speakers and
 * news_dates.  Spans are [lower, upper) arrays of character positions, date
 * ranges ["YYYY-MM-DD", "YYYY-MM-DD") arrays.
 *
 * One analysis runs every core stage once.  The document is built as a tree
 * of JsonbValues and converted to jsonb once: no JSON text is printed and
 * parsed again, and no pushJsonbValue, whose per-object key sort was 7% of
 * the call over the Reuters corpus.  Instead every object's keys are listed
 * below already in jsonb's order (shorter keys first, then bytewise), which
 * is checked once per backend.  Strings point into the analysed text or the
 * core's results when the database is UTF-8 (converted otherwise); they are
 * copied when the tree is converted, before the analysis is freed.
 */
#include "ne_pg.h"

#include <math.h>

#include "utils/builtins.h"
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

/* Checks the key tables once per backend (a programming error otherwise). */
static void
check_key_order(void)
{
	static bool checked = false;

	if (checked)
		return;
	if (!keys_in_jsonb_order(top_keys, TOP_N) ||
		!keys_in_jsonb_order(quote_keys, Q_N) ||
		!keys_in_jsonb_order(speaker_keys, S_N) ||
		!keys_in_jsonb_order(date_keys, D_N))
		elog(ERROR, "newsextract: jsonb key tables are not in jsonb order");
	checked = true;
}

/* An object with the given keys; its values are set through jv_slot. */
static JsonbValue *
jv_object(JsonbValue *o, const char *const *keys, int n)
{
	JsonbPair  *pairs = palloc(sizeof(JsonbPair) * n);

	for (int i = 0; i < n; i++)
	{
		pairs[i].key.type = jbvString;
		pairs[i].key.val.string.val = (char *) keys[i];
		pairs[i].key.val.string.len = (int) strlen(keys[i]);
		pairs[i].order = i;
	}
	o->type = jbvObject;
	o->val.object.nPairs = n;
	o->val.object.pairs = pairs;
	return o;
}

#define jv_slot(o, i) (&(o)->val.object.pairs[(i)].value)

/* An array of n elements, returned for filling. */
static JsonbValue *
jv_array(JsonbValue *v, int n)
{
	v->type = jbvArray;
	v->val.array.nElems = n;
	v->val.array.rawScalar = false;
	v->val.array.elems = palloc(sizeof(JsonbValue) * Max(n, 1));
	return v->val.array.elems;
}

/* Makes v a JSON null. */
static void
jv_null(JsonbValue *v)
{
	v->type = jbvNull;
}

/* An ASCII string of the core (kind names, TIMEX3 values), or null. */
static void
jv_ascii(JsonbValue *v, const char *s)
{
	if (s == NULL)
	{
		jv_null(v);
		return;
	}
	v->type = jbvString;
	v->val.string.val = (char *) s;
	v->val.string.len = (int) strlen(s);
}

/* UTF-8 bytes s[0..len) in the server encoding, or null. */
static void
jv_utf8(ne_pg_analysis *a, JsonbValue *v, const char *s, int32 len)
{
	int32		outlen;

	if (s == NULL)
	{
		jv_null(v);
		return;
	}
	v->type = jbvString;
	v->val.string.val = (char *) ne_pg_server_str(a, s, len, &outlen);
	v->val.string.len = outlen;
}

/* A NUL-terminated UTF-8 core string, or null. */
static void
jv_cstring(ne_pg_analysis *a, JsonbValue *v, const char *s)
{
	jv_utf8(a, v, s, s ? (int32) strlen(s) : 0);
}

/* Makes v a JSON number from an integer. */
static void
jv_int(JsonbValue *v, int64 n)
{
	v->type = jbvNumeric;
	v->val.numeric = int64_to_numeric(n);
}

/* float4out's shortest exact form, as to_jsonb(real) and news_quotes show it. */
static void
jv_real(JsonbValue *v, float f)
{
	char	   *s;

	if (isnan(f) || isinf(f))
	{
		jv_null(v);				/* JSON has no NaN */
		return;
	}
	s = DatumGetCString(DirectFunctionCall1(float4out, Float4GetDatum(f)));
	v->type = jbvNumeric;
	v->val.numeric = DatumGetNumeric(DirectFunctionCall3(numeric_in, CStringGetDatum(s),
														 ObjectIdGetDatum(InvalidOid),
														 Int32GetDatum(-1)));
}

/* A span as [lower, upper) in 1-based character positions, or null. */
static void
jv_span(ne_pg_analysis *a, JsonbValue *v, ne_span span)
{
	JsonbValue *e;

	if (!NE_HAS_SPAN(span))
	{
		jv_null(v);
		return;
	}
	e = jv_array(v, 2);
	jv_int(&e[0], ne_pg_charpos(a, span.start) + 1);
	jv_int(&e[1], ne_pg_charpos(a, span.end) + 1);
}

/* A date range ["YYYY-MM-DD", "YYYY-MM-DD"], or null. */
static void
jv_daterange(JsonbValue *v, const ne_timex *t)
{
	JsonbValue *e;
	char	   *lo,
			   *hi;

	if (!t->has_range || t->range_lo >= t->range_hi)
	{
		jv_null(v);
		return;
	}
	lo = palloc(32);
	hi = palloc(32);
	ne_pg_day_string(t->range_lo, lo, 32);
	ne_pg_day_string(t->range_hi, hi, 32);
	e = jv_array(v, 2);
	jv_ascii(&e[0], lo);
	jv_ascii(&e[1], hi);
}

/* Fills v with the news_quotes rows as objects. */
static void
quotes_array(ne_pg_analysis *a, JsonbValue *v)
{
	const ne_doc *doc = &a->doc;
	JsonbValue *elems = jv_array(v, doc->nquotes);

	for (int32 i = 0; i < doc->nquotes; i++)
	{
		const ne_quote *q = &doc->quotes[i];
		JsonbValue *o = jv_object(&elems[i], quote_keys, Q_N);

		CHECK_FOR_INTERRUPTS();
		jv_cstring(a, jv_slot(o, Q_CUE), q->cue_text);
		jv_ascii(jv_slot(o, Q_KIND), ne_quote_kind_name(q->kind));
		jv_span(a, jv_slot(o, Q_SPAN), q->span);
		jv_utf8(a, jv_slot(o, Q_QUOTE), doc->text + q->span.start, q->span.end - q->span.start);
		jv_cstring(a, jv_slot(o, Q_SPEAKER), q->speaker_name);
		jv_int(jv_slot(o, Q_QUOTE_NO), i + 1);
		jv_int(jv_slot(o, Q_PARAGRAPH), q->paragraph + 1);
		if (q->speaker_name || NE_HAS_SPAN(q->speaker_span))
			jv_real(jv_slot(o, Q_CONFIDENCE), q->confidence);
		else
			jv_null(jv_slot(o, Q_CONFIDENCE));
		jv_ascii(jv_slot(o, Q_SPEAKER_KIND), ne_entity_kind_name(q->speaker_kind));
		jv_span(a, jv_slot(o, Q_SPEAKER_SPAN), q->speaker_span);
	}
}

/* Fills v with the news_speakers rows as objects. */
static void
speakers_array(ne_pg_analysis *a, JsonbValue *v)
{
	const ne_doc *doc = &a->doc;
	int32		n = 0,
				k = 0;
	JsonbValue *elems;

	for (int32 i = 0; i < doc->nentities; i++)
		n += (doc->entities[i].name != NULL);
	elems = jv_array(v, n);
	for (int32 i = 0; i < doc->nentities; i++)
	{
		const ne_entity *e = &doc->entities[i];
		JsonbValue *o,
				   *al;

		CHECK_FOR_INTERRUPTS();
		if (e->name == NULL)
			continue;
		o = jv_object(&elems[k++], speaker_keys, S_N);
		jv_ascii(jv_slot(o, S_KIND), ne_entity_kind_name(e->kind));
		jv_cstring(a, jv_slot(o, S_NAME), e->name);
		jv_cstring(a, jv_slot(o, S_TITLE), e->title);
		jv_int(jv_slot(o, S_QUOTES), e->quotes);
		al = jv_array(jv_slot(o, S_ALIASES), e->naliases);
		for (int32 m = 0; m < e->naliases; m++)
			jv_cstring(a, &al[m], e->aliases[m]);
		jv_int(jv_slot(o, S_MENTIONS), e->mentions);
		jv_span(a, jv_slot(o, S_FIRST_SPAN), e->first_span);
	}
}

/* Fills v with the news_dates rows as objects. */
static void
dates_array(ne_pg_analysis *a, JsonbValue *v)
{
	const ne_doc *doc = &a->doc;
	JsonbValue *elems = jv_array(v, doc->ntimexes);

	for (int32 i = 0; i < doc->ntimexes; i++)
	{
		const ne_timex *t = &doc->timexes[i];
		JsonbValue *o = jv_object(&elems[i], date_keys, D_N);

		CHECK_FOR_INTERRUPTS();
		jv_ascii(jv_slot(o, D_MOD), t->mod[0] ? t->mod : NULL);
		jv_span(a, jv_slot(o, D_SPAN), t->span);
		jv_ascii(jv_slot(o, D_TYPE), ne_timex_type_name(t->type));
		jv_daterange(jv_slot(o, D_RANGE), t);
		jv_ascii(jv_slot(o, D_VALUE), t->value);
		jv_int(jv_slot(o, D_DATE_NO), i + 1);
		jv_utf8(a, jv_slot(o, D_DATE_TEXT), doc->text + t->span.start, t->span.end - t->span.start);
		jv_ascii(jv_slot(o, D_GRANULARITY), ne_granularity_name(t->granularity));
	}
}

/* news_extract(body, published): everything of an article as one jsonb. */
Datum
news_extract(PG_FUNCTION_ARGS)
{
	ne_pg_analysis a;
	ne_ymd		published;
	bool		has_published;
	JsonbValue	root;
	Jsonb	   *result;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	check_key_order();
	has_published = ne_pg_published_arg(fcinfo, 1, &published);

	ne_pg_begin(&a, PG_GETARG_TEXT_PP(0));
	ne_attribute(&a.doc);
	ne_find_dates(&a.doc, has_published ? &published : NULL);

	jv_object(&root, top_keys, TOP_N);
	dates_array(&a, jv_slot(&root, TOP_DATES));
	quotes_array(&a, jv_slot(&root, TOP_QUOTES));
	speakers_array(&a, jv_slot(&root, TOP_SPEAKERS));
	result = JsonbValueToJsonb(&root);	/* copies every string */
	ne_pg_end(&a);
	PG_RETURN_JSONB_P(result);
}
