/*
 * quotes_fn.c -- news_quotes(body text): one row per quotation.
 */
#include "ne_pg.h"

#include "funcapi.h"
#include "utils/builtins.h"

PG_FUNCTION_INFO_V1(news_quotes);

#define NE_QUOTES_COLS 10

/* news_quotes(body): quotations with kinds, paragraphs and attribution. */
Datum
news_quotes(PG_FUNCTION_ARGS)
{
	ne_pg_analysis a;

	ne_pg_srf_begin(fcinfo);
	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();

	ne_pg_begin(&a, PG_GETARG_TEXT_PP(0));
	ne_attribute_quotes(&a.doc);

	ne_pg_rows_begin(&a);
	for (int32 i = 0; i < a.doc.nquotes; i++)
	{
		const ne_quote *q = &a.doc.quotes[i];
		Datum		values[NE_QUOTES_COLS];
		bool		nulls[NE_QUOTES_COLS] = {0};
		const char *sk = ne_entity_kind_name(q->speaker_kind);

		values[0] = Int32GetDatum(i + 1);
		values[1] = PointerGetDatum(ne_pg_span_text(&a, q->span));
		values[2] = ne_pg_span_range(&a, q->span);
		values[3] = ne_pg_const_text(ne_quote_kind_name(q->kind));
		values[4] = Int32GetDatum(q->paragraph + 1);
		if (q->speaker_name)
			values[5] = PointerGetDatum(ne_pg_cstring_text(&a, q->speaker_name));
		else
			nulls[5] = true;
		if (NE_HAS_SPAN(q->speaker_span))
			values[6] = ne_pg_span_range(&a, q->speaker_span);
		else
			nulls[6] = true;
		if (sk)
			values[7] = ne_pg_const_text(sk);
		else
			nulls[7] = true;
		if (q->cue_text)
			values[8] = PointerGetDatum(ne_pg_cstring_text(&a, q->cue_text));
		else
			nulls[8] = true;
		if (q->speaker_name || NE_HAS_SPAN(q->speaker_span))
			values[9] = Float4GetDatum(q->confidence);
		else
			nulls[9] = true;
		ne_pg_put_row(fcinfo, &a, values, nulls);
	}
	ne_pg_end(&a);
	return (Datum) 0;
}
