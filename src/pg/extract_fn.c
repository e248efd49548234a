/*
 * extract_fn.c -- news_extract(body text, published date DEFAULT NULL)
 * RETURNS jsonb: {"quotes": [...], "speakers": [...], "dates": [...]}, each
 * an array of objects keyed by the columns of news_quotes, news_speakers and
 * news_dates.  Spans are [lower, upper) arrays of character positions, date
 * ranges ["YYYY-MM-DD", "YYYY-MM-DD") arrays.
 *
 * One analysis runs every core stage once; the document is built directly
 * with pushJsonbValue (no JSON text is printed and parsed again), and
 * strings point into the analysed text when the database is UTF-8.
 */
#include "ne_pg.h"

#include <math.h>

#include "utils/builtins.h"
#include "utils/fmgrprotos.h"
#include "utils/jsonb.h"
#include "utils/numeric.h"

PG_FUNCTION_INFO_V1(news_extract);

typedef struct jb
{
	JsonbParseState *state;
	ne_pg_analysis *a;
} jb;

static void
jb_key(jb *j, const char *key)
{
	JsonbValue	v;

	v.type = jbvString;
	v.val.string.val = (char *) key;
	v.val.string.len = (int) strlen(key);
	pushJsonbValue(&j->state, WJB_KEY, &v);
}

static void
jb_push(jb *j, bool in_array, JsonbValue *v)
{
	pushJsonbValue(&j->state, in_array ? WJB_ELEM : WJB_VALUE, v);
}

static void
jb_null(jb *j, bool in_array)
{
	JsonbValue	v;

	v.type = jbvNull;
	jb_push(j, in_array, &v);
}

/* A string of UTF-8 bytes (converted to the server encoding if needed). */
static void
jb_utf8(jb *j, bool in_array, const char *s, int32 len)
{
	JsonbValue	v;
	int32		outlen;

	if (s == NULL)
	{
		jb_null(j, in_array);
		return;
	}
	v.type = jbvString;
	v.val.string.val = (char *) ne_pg_server_str(j->a, s, len, &outlen);
	v.val.string.len = outlen;
	jb_push(j, in_array, &v);
}

/* An ASCII string of the core (kind names, TIMEX3 values). */
static void
jb_ascii(jb *j, bool in_array, const char *s)
{
	JsonbValue	v;

	if (s == NULL)
	{
		jb_null(j, in_array);
		return;
	}
	v.type = jbvString;
	v.val.string.val = (char *) s;
	v.val.string.len = (int) strlen(s);
	jb_push(j, in_array, &v);
}

static void
jb_int(jb *j, bool in_array, int64 n)
{
	JsonbValue	v;

	v.type = jbvNumeric;
	v.val.numeric = int64_to_numeric(n);
	jb_push(j, in_array, &v);
}

static void
jb_real(jb *j, float f)
{
	JsonbValue	v;

	/* float4out's shortest exact form, as to_jsonb(real) and news_quotes show it */
	char	   *s;

	if (isnan(f) || isinf(f))
	{
		jb_null(j, false);		/* JSON has no NaN */
		return;
	}
	s = DatumGetCString(DirectFunctionCall1(float4out, Float4GetDatum(f)));
	v.type = jbvNumeric;
	v.val.numeric = DatumGetNumeric(DirectFunctionCall3(numeric_in, CStringGetDatum(s),
														ObjectIdGetDatum(InvalidOid),
														Int32GetDatum(-1)));
	jb_push(j, false, &v);
}

/* A span as [lower, upper) in 1-based character positions, or null. */
static void
jb_span(jb *j, ne_span span)
{
	if (!NE_HAS_SPAN(span))
	{
		jb_null(j, false);
		return;
	}
	pushJsonbValue(&j->state, WJB_BEGIN_ARRAY, NULL);
	jb_int(j, true, ne_pg_charpos(j->a, span.start) + 1);
	jb_int(j, true, ne_pg_charpos(j->a, span.end) + 1);
	pushJsonbValue(&j->state, WJB_END_ARRAY, NULL);
}

static void
add_quotes(jb *j)
{
	const ne_doc *doc = &j->a->doc;

	jb_key(j, "quotes");
	pushJsonbValue(&j->state, WJB_BEGIN_ARRAY, NULL);
	for (int32 i = 0; i < doc->nquotes; i++)
	{
		const ne_quote *q = &doc->quotes[i];
		bool		attributed = q->speaker_name || NE_HAS_SPAN(q->speaker_span);

		CHECK_FOR_INTERRUPTS();
		pushJsonbValue(&j->state, WJB_BEGIN_OBJECT, NULL);
		jb_key(j, "quote_no");
		jb_int(j, false, i + 1);
		jb_key(j, "quote");
		jb_utf8(j, false, doc->text + q->span.start, q->span.end - q->span.start);
		jb_key(j, "span");
		jb_span(j, q->span);
		jb_key(j, "kind");
		jb_ascii(j, false, ne_quote_kind_name(q->kind));
		jb_key(j, "paragraph");
		jb_int(j, false, q->paragraph + 1);
		jb_key(j, "speaker");
		jb_utf8(j, false, q->speaker_name, q->speaker_name ? (int32) strlen(q->speaker_name) : 0);
		jb_key(j, "speaker_span");
		jb_span(j, q->speaker_span);
		jb_key(j, "speaker_kind");
		jb_ascii(j, false, ne_entity_kind_name(q->speaker_kind));
		jb_key(j, "cue");
		jb_utf8(j, false, q->cue_text, q->cue_text ? (int32) strlen(q->cue_text) : 0);
		jb_key(j, "confidence");
		if (attributed)
			jb_real(j, q->confidence);
		else
			jb_null(j, false);
		pushJsonbValue(&j->state, WJB_END_OBJECT, NULL);
	}
	pushJsonbValue(&j->state, WJB_END_ARRAY, NULL);
}

static void
add_speakers(jb *j)
{
	const ne_doc *doc = &j->a->doc;

	jb_key(j, "speakers");
	pushJsonbValue(&j->state, WJB_BEGIN_ARRAY, NULL);
	for (int32 i = 0; i < doc->nentities; i++)
	{
		const ne_entity *e = &doc->entities[i];

		CHECK_FOR_INTERRUPTS();
		if (e->name == NULL)
			continue;
		pushJsonbValue(&j->state, WJB_BEGIN_OBJECT, NULL);
		jb_key(j, "name");
		jb_utf8(j, false, e->name, (int32) strlen(e->name));
		jb_key(j, "kind");
		jb_ascii(j, false, ne_entity_kind_name(e->kind));
		jb_key(j, "title");
		jb_utf8(j, false, e->title, e->title ? (int32) strlen(e->title) : 0);
		jb_key(j, "mentions");
		jb_int(j, false, e->mentions);
		jb_key(j, "quotes");
		jb_int(j, false, e->quotes);
		jb_key(j, "first_span");
		jb_span(j, e->first_span);
		jb_key(j, "aliases");
		pushJsonbValue(&j->state, WJB_BEGIN_ARRAY, NULL);
		for (int32 k = 0; k < e->naliases; k++)
			jb_utf8(j, true, e->aliases[k], (int32) strlen(e->aliases[k]));
		pushJsonbValue(&j->state, WJB_END_ARRAY, NULL);
		pushJsonbValue(&j->state, WJB_END_OBJECT, NULL);
	}
	pushJsonbValue(&j->state, WJB_END_ARRAY, NULL);
}

static void
add_dates(jb *j)
{
	const ne_doc *doc = &j->a->doc;

	jb_key(j, "dates");
	pushJsonbValue(&j->state, WJB_BEGIN_ARRAY, NULL);
	for (int32 i = 0; i < doc->ntimexes; i++)
	{
		const ne_timex *t = &doc->timexes[i];

		CHECK_FOR_INTERRUPTS();
		pushJsonbValue(&j->state, WJB_BEGIN_OBJECT, NULL);
		jb_key(j, "date_no");
		jb_int(j, false, i + 1);
		jb_key(j, "date_text");
		jb_utf8(j, false, doc->text + t->span.start, t->span.end - t->span.start);
		jb_key(j, "span");
		jb_span(j, t->span);
		jb_key(j, "type");
		jb_ascii(j, false, ne_timex_type_name(t->type));
		jb_key(j, "value");
		jb_ascii(j, false, t->value);
		jb_key(j, "range");
		if (t->has_range && t->range_lo < t->range_hi)
		{
			char		lo[32],
						hi[32];

			ne_pg_day_string(t->range_lo, lo, sizeof(lo));
			ne_pg_day_string(t->range_hi, hi, sizeof(hi));
			/* pushJsonbValue keeps the pointers: copy out of the stack */
			pushJsonbValue(&j->state, WJB_BEGIN_ARRAY, NULL);
			jb_ascii(j, true, pstrdup(lo));
			jb_ascii(j, true, pstrdup(hi));
			pushJsonbValue(&j->state, WJB_END_ARRAY, NULL);
		}
		else
			jb_null(j, false);
		jb_key(j, "granularity");
		jb_ascii(j, false, ne_granularity_name(t->granularity));
		jb_key(j, "mod");
		jb_ascii(j, false, t->mod[0] ? t->mod : NULL);
		pushJsonbValue(&j->state, WJB_END_OBJECT, NULL);
	}
	pushJsonbValue(&j->state, WJB_END_ARRAY, NULL);
}

/* news_extract(body, published): everything of an article as one jsonb. */
Datum
news_extract(PG_FUNCTION_ARGS)
{
	ne_pg_analysis a;
	ne_ymd		published;
	bool		has_published;
	jb			j;
	JsonbValue *root;
	Jsonb	   *result;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	has_published = ne_pg_published_arg(fcinfo, 1, &published);

	ne_pg_begin(&a, PG_GETARG_TEXT_PP(0));
	ne_attribute(&a.doc);
	ne_find_dates(&a.doc, has_published ? &published : NULL);

	j.state = NULL;
	j.a = &a;
	pushJsonbValue(&j.state, WJB_BEGIN_OBJECT, NULL);
	add_quotes(&j);
	add_speakers(&j);
	add_dates(&j);
	root = pushJsonbValue(&j.state, WJB_END_OBJECT, NULL);
	result = JsonbValueToJsonb(root);
	ne_pg_end(&a);
	PG_RETURN_JSONB_P(result);
}
