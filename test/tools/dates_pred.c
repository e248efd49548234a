/*
 * dates_pred.c -- runs ne_find_dates over a gold JSONL file (fields "id",
 * "text", "published") and writes predictions in the --pred format of
 * shared/eval/score.py, with 0-based code point offsets.
 *
 *   dates_pred GOLD.jsonl > PRED.jsonl
 *   dates_pred --bench FILE.jsonl [REPEAT]   times the date core alone (CPU time;
 *                                            reads "text" or else "body")
 *
 * Build:  make build/libnecore.a &&
 *         cc -O2 -D_GNU_SOURCE -Isrc/core -Itest/tools test/tools/dates_pred.c \
 *            test/tools/jsonl.c build/libnecore.a -lpcre2-8 -lutf8proc -o build/dates_pred
 * Score:  python3 ../shared/eval/score.py dates ../shared/data/dev/tbaq_dates.jsonl \
 *            --pred PRED.jsonl --errors /tmp/dates.err.txt
 */
#include "newsextract.h"
#include "jsonl.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* Reads a YYYY-MM-DD publication date; false when absent or malformed. */
static bool
parse_published(const char *s, ne_ymd *p)
{
	return s && sscanf(s, "%d-%d-%d", &p->y, &p->m, &p->d) == 3;
}

/* Returns a malloc'd copy of s[0..len), NUL-terminated (NULL for NULL). */
static char *
copy_bytes(const char *s, size_t len)
{
	char	   *c;

	if (s == NULL)
		return NULL;
	c = malloc(len + 1);
	memcpy(c, s, len);
	c[len] = 0;
	return c;
}

/* Writes the predictions of one document. */
static void
predict(FILE *out, const char *id, const char *text, int32_t len, const char *pub)
{
	ne_arena   *a = ne_arena_create_malloc();
	ne_doc		doc;
	ne_ymd		p;
	bool		havep = parse_published(pub, &p);

	int32_t		at = 0,			/* code points are counted on from byte at (spans come in order) */
				cps = 0;

	ne_doc_init(&doc, text, len, a);
	ne_find_dates(&doc, havep ? &p : NULL);
	for (int i = 0; i < doc.ntimexes; i++)
	{
		ne_timex   *t = &doc.timexes[i];
		int32_t		start,
					end;

		if (t->span.start < at)
			at = cps = 0;
		cps += jsonl_codepoints(text + at, t->span.start - at);
		at = t->span.start;
		start = cps;
		end = start + jsonl_codepoints(text + t->span.start, t->span.end - t->span.start);

		fprintf(out, "{\"id\": ");
		jsonl_write_string(out, id, (int32_t) strlen(id));
		fprintf(out, ", \"date_text\": ");
		jsonl_write_string(out, text + t->span.start, t->span.end - t->span.start);
		fprintf(out, ", \"type\": \"%s\", \"value\": ", ne_timex_type_name(t->type));
		jsonl_write_string(out, t->value, (int32_t) strlen(t->value));
		fprintf(out, ", \"mod\": \"%s\", \"start\": %d, \"end\": %d", t->mod, start, end);
		if (t->has_range)
			fprintf(out, ", \"range\": [%d, %d]", t->range_lo, t->range_hi);
		if (ne_granularity_name(t->granularity))
			fprintf(out, ", \"granularity\": \"%s\"", ne_granularity_name(t->granularity));
		fprintf(out, "}\n");
	}
	ne_arena_destroy(a);
}

/* Writes the predictions of every document of a gold file that has an id and a text. */
static void
predict_file(FILE *f)
{
	jsonl_doc	d;
	int			r;

	memset(&d, 0, sizeof(d));
	while ((r = jsonl_next(f, &d)) != 0)
		if (r > 0 && d.id != NULL)
			predict(stdout, d.id, d.text, d.text_len, d.published);
	jsonl_free(&d);
}

/* Loads every text of a file, then times ne_find_dates alone (CPU time, best of repeat). */
static void
bench_file(FILE *f, int repeat)
{
	jsonl_doc	d;
	char	  **texts = NULL;
	int32_t    *lens = NULL;
	char	  **pubs = NULL;
	size_t		nd = 0,
				capd = 0,
				total = 0;
	double		best = 1e9;
	long		found = 0;
	int			r;

	memset(&d, 0, sizeof(d));
	while ((r = jsonl_next(f, &d)) != 0)
	{
		if (r < 0)
			continue;
		if (nd == capd)
		{
			capd = capd ? capd * 2 : 1024;
			texts = realloc(texts, capd * sizeof(*texts));
			lens = realloc(lens, capd * sizeof(*lens));
			pubs = realloc(pubs, capd * sizeof(*pubs));
		}
		texts[nd] = copy_bytes(d.text, (size_t) d.text_len);
		lens[nd] = d.text_len;
		pubs[nd] = d.published ? copy_bytes(d.published, strlen(d.published)) : NULL;
		total += (size_t) d.text_len;
		nd++;
	}
	jsonl_free(&d);
	for (int rep = 0; rep < repeat; rep++)
	{
		struct timespec t0,
					t1;
		double		s;

		found = 0;
		clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t0);
		for (size_t i = 0; i < nd; i++)
		{
			ne_arena   *a = ne_arena_create_malloc();
			ne_doc		doc;
			ne_ymd		p;
			bool		havep = parse_published(pubs[i], &p);

			ne_doc_init(&doc, texts[i], lens[i], a);
			ne_find_dates(&doc, havep ? &p : NULL);
			found += doc.ntimexes;
			ne_arena_destroy(a);
		}
		clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t1);
		s = (double) (t1.tv_sec - t0.tv_sec) + (double) (t1.tv_nsec - t0.tv_nsec) / 1e9;
		if (s < best)
			best = s;
	}
	printf("%zu docs, %.1f MB, %ld timexes, best %.3f s CPU, %.1f MB/s\n",
		   nd, total / 1e6, found, best, total / 1e6 / best);
	for (size_t i = 0; i < nd; i++)
	{
		free(texts[i]);
		free(pubs[i]);
	}
	free(texts);
	free(lens);
	free(pubs);
}

/* Predicts a gold file to stdout, or times the core with --bench. */
int
main(int argc, char **argv)
{
	FILE	   *f;
	bool		bench = argc > 1 && strcmp(argv[1], "--bench") == 0;
	const char *path = argv[bench ? 2 : 1];
	int			repeat = bench && argc > 3 ? atoi(argv[3]) : 1;

	if (argc < 2 || path == NULL || (f = fopen(path, "r")) == NULL)
	{
		fprintf(stderr, "usage: dates_pred GOLD.jsonl | --bench FILE.jsonl [REPEAT]\n");
		return 2;
	}
	if (bench)
		bench_file(f, repeat);
	else
		predict_file(f);
	fclose(f);
	return 0;
}
