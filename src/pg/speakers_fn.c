/*
 * speakers_fn.c -- the entities of an article:
 *   news_speakers(body text)  one row per person or organisation
 *   news_quoted(body text)    text[]: the names of the entities quoted
 *   news_people(body text)    text[]: the names of every person named
 */
#include "ne_pg.h"

#include "funcapi.h"
#include "utils/builtins.h"

PG_FUNCTION_INFO_V1(news_speakers);
PG_FUNCTION_INFO_V1(news_quoted);
PG_FUNCTION_INFO_V1(news_people);

#define NE_SPEAKERS_COLS 7

/* news_speakers(body): name, kind, title, mentions, quotes, first_span, aliases. */
Datum
news_speakers(PG_FUNCTION_ARGS)
{
	ne_pg_analysis a;

	ne_pg_srf_begin(fcinfo);
	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();

	ne_pg_begin(&a, PG_GETARG_TEXT_PP(0));
	ne_attribute(&a.doc);

	ne_pg_rows_begin(&a);
	for (int32 i = 0; i < a.doc.nentities; i++)
	{
		const ne_entity *e = &a.doc.entities[i];
		Datum		values[NE_SPEAKERS_COLS];
		bool		nulls[NE_SPEAKERS_COLS] = {0};
		const char *kind = ne_entity_kind_name(e->kind);

		if (e->name == NULL)
			continue;
		values[0] = PointerGetDatum(ne_pg_cstring_text(&a, e->name));
		if (kind)
			values[1] = ne_pg_const_text(kind);
		else
			nulls[1] = true;
		if (e->title)
			values[2] = PointerGetDatum(ne_pg_cstring_text(&a, e->title));
		else
			nulls[2] = true;
		values[3] = Int32GetDatum(e->mentions);
		values[4] = Int32GetDatum(e->quotes);
		if (NE_HAS_SPAN(e->first_span))
			values[5] = ne_pg_span_range(&a, e->first_span);
		else
			nulls[5] = true;
		if (e->naliases > 0)
			values[6] = ne_pg_text_array(&a, e->aliases, e->naliases);
		else
			values[6] = ne_pg_empty_text_array();
		ne_pg_put_row(fcinfo, &a, values, nulls);
	}
	ne_pg_end(&a);
	return (Datum) 0;
}

/* Is the entity the speaker of a quote? */
static bool
is_quoted(const ne_entity *e)
{
	return e->quotes > 0;
}

/* Is the entity a person? */
static bool
is_person(const ne_entity *e)
{
	return e->kind == NE_ENT_PERSON;
}

/* text[] of the distinct names of the entities that pass keep. */
static Datum
entity_array(FunctionCallInfo fcinfo, bool (*keep) (const ne_entity *e))
{
	ne_pg_analysis a;
	const char **names;
	int			n;
	Datum		result;

	ne_pg_begin(&a, PG_GETARG_TEXT_PP(0));
	ne_attribute_no_aliases(&a.doc);	/* names only: no aliases are read */
	n = ne_pg_entity_names(&a, keep, &names);
	result = ne_pg_text_array(&a, names, n);
	ne_pg_end(&a);
	return result;
}

/* news_quoted(body): names of everyone quoted, each once, by first mention. */
Datum
news_quoted(PG_FUNCTION_ARGS)
{
	PG_RETURN_DATUM(entity_array(fcinfo, is_quoted));
}

/* news_people(body): names of every person named, each once, by first mention. */
Datum
news_people(PG_FUNCTION_ARGS)
{
	PG_RETURN_DATUM(entity_array(fcinfo, is_person));
}
