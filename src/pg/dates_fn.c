/*
 * dates_fn.c -- news_dates(body text, published date DEFAULT NULL): one row
 * per temporal expression, normalised like TIMEX3.
 */
#include "ne_pg.h"

#include "funcapi.h"
#include "utils/builtins.h"

PG_FUNCTION_INFO_V1(news_dates);

#define NE_DATES_COLS 8

/*
 * news_dates(body, published): date_no, date_text, span, type, value, range,
 * granularity, mod.  Not STRICT (published may be NULL): a NULL body gives
 * no rows.
 */
Datum
news_dates(PG_FUNCTION_ARGS)
{
	ne_pg_analysis a;
	ne_ymd		published;
	bool		has_published;

	ne_pg_srf_begin(fcinfo);
	if (PG_ARGISNULL(0))
		return (Datum) 0;
	has_published = ne_pg_published_arg(fcinfo, 1, &published);

	ne_pg_begin(&a, PG_GETARG_TEXT_PP(0));
	ne_find_dates(&a.doc, has_published ? &published : NULL);

	ne_pg_rows_begin(&a);
	for (int32 i = 0; i < a.doc.ntimexes; i++)
	{
		const ne_timex *t = &a.doc.timexes[i];
		Datum		values[NE_DATES_COLS];
		bool		nulls[NE_DATES_COLS] = {0};
		const char *gran = ne_granularity_name(t->granularity);

		values[0] = Int32GetDatum(i + 1);
		values[1] = PointerGetDatum(ne_pg_span_text(&a, t->span));
		values[2] = ne_pg_span_range(&a, t->span);
		values[3] = ne_pg_const_text(ne_timex_type_name(t->type));
		values[4] = PointerGetDatum(ne_pg_ascii_text(&a, t->value));
		if (t->has_range && t->range_lo < t->range_hi)
			values[5] = ne_pg_daterange(&a, t->range_lo, t->range_hi);
		else
			nulls[5] = true;
		if (gran)
			values[6] = ne_pg_const_text(gran);
		else
			nulls[6] = true;
		if (t->mod[0])
			values[7] = PointerGetDatum(ne_pg_ascii_text(&a, t->mod));
		else
			nulls[7] = true;
		ne_pg_put_row(fcinfo, &a, values, nulls);
	}
	ne_pg_end(&a);
	return (Datum) 0;
}
