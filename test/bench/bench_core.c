/*
 * bench_core.c -- MB/s of each stage of the core on one core.
 *
 *   build/bench/bench_core [CORPUS.jsonl] [--repeat N] [--stage NAME]
 *
 * Reads the corpus (default ../shared/data/corpus/reuters21578.jsonl, field
 * "body" or "text"); without one, generates news-like text.  Each stage is
 * timed from scratch (a stage includes what it depends on), best of N runs.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "newsextract.h"
#include "jsonl.h"

typedef struct corpus
{
	char	  **texts;
	int32_t    *lens;
	ne_ymd	   *published;
	bool	   *has_published;
	int			n,
				cap;
	double		bytes;
} corpus;

/* Seconds on the monotonic clock. */
static double
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

/* Adds one document to the corpus. */
static void
corpus_add(corpus *c, const char *text, int32_t len, const char *published)
{
	if (c->n == c->cap)
	{
		c->cap = c->cap ? c->cap * 2 : 1024;
		c->texts = realloc(c->texts, sizeof(char *) * c->cap);
		c->lens = realloc(c->lens, sizeof(int32_t) * c->cap);
		c->published = realloc(c->published, sizeof(ne_ymd) * c->cap);
		c->has_published = realloc(c->has_published, sizeof(bool) * c->cap);
	}
	c->texts[c->n] = malloc((size_t) len + 1);
	memcpy(c->texts[c->n], text, (size_t) len);
	c->lens[c->n] = len;
	c->has_published[c->n] = published &&
		sscanf(published, "%d-%d-%d", &c->published[c->n].y, &c->published[c->n].m,
			   &c->published[c->n].d) == 3;
	c->bytes += len;
	c->n++;
}

/* Generated news-like text when no corpus file is present. */
static void
corpus_generate(corpus *c)
{
	static const char *const para[] = {
		"    WASHINGTON, March 3 - The committee voted on Tuesday to delay the bill,\n"
		"officials said, in a move that \"will cost the industry dearly,\" according\n"
		"to Senator Dana Whitfield, who chairs the panel.\n",
		"    \"We are not going to rush this,\" Whitfield told reporters. \"It took two\n"
		"years to write and it will take at least another month to fix.\"\n",
		"    Shares of the company rose 2.5 pct to 41-1/2 dlrs last week, and analysts\n"
		"expect first quarter profit of 1.20 dlrs a share, up from 98 cts in 1986.\n",
	};
	char		buf[4096];

	for (int i = 0; i < 20000; i++)
	{
		int			n = snprintf(buf, sizeof(buf), "%s%s%s", para[i % 3], para[(i + 1) % 3], para[(i + 2) % 3]);

		corpus_add(c, buf, n, "1987-03-04");
	}
}

typedef enum stage
{
	ST_SEGMENT,
	ST_QUOTES,
	ST_TOKENS,
	ST_ATTRIB,
	ST_NEWS_QUOTES,
	ST_DATES
} stage;

static const char *const stage_names[] = {"segment", "quotes", "quotes+tokens", "quotes+attribution", "news_quotes", "dates"};

/* Runs one stage over the whole corpus once; returns seconds. */
static double
run_stage(const corpus *c, stage st, long *items)
{
	double		t0 = now();

	*items = 0;
	for (int i = 0; i < c->n; i++)
	{
		ne_arena   *a = ne_arena_create_malloc();
		ne_doc		doc;

		ne_doc_init(&doc, c->texts[i], c->lens[i], a);
		switch (st)
		{
			case ST_SEGMENT:
				ne_segment(&doc);
				*items += doc.nparagraphs;
				break;
			case ST_QUOTES:
				ne_find_quotes(&doc);
				*items += doc.nquotes;
				break;
			case ST_TOKENS:
				ne_tokenize(&doc);
				*items += doc.ntokens;
				break;
			case ST_ATTRIB:
				ne_attribute(&doc);
				*items += doc.nquotes;
				break;
			case ST_NEWS_QUOTES:
				ne_attribute_quotes(&doc);
				*items += doc.nquotes;
				break;
			case ST_DATES:
				ne_find_dates(&doc, c->has_published[i] ? &c->published[i] : NULL);
				*items += doc.ntimexes;
				break;
		}
		ne_arena_destroy(a);
	}
	return now() - t0;
}

int
main(int argc, char **argv)
{
	const char *path = "../shared/data/corpus/reuters21578.jsonl";
	int			repeat = 3;
	const char *only = NULL;
	corpus		c = {0};
	FILE	   *f;

	for (int i = 1; i < argc; i++)
	{
		if (strcmp(argv[i], "--repeat") == 0 && i + 1 < argc)
			repeat = atoi(argv[++i]);
		else if (strcmp(argv[i], "--stage") == 0 && i + 1 < argc)
			only = argv[++i];
		else
			path = argv[i];
	}
	f = fopen(path, "r");
	if (f)
	{
		jsonl_doc	d = {0};
		int			r;

		while ((r = jsonl_next(f, &d)) != 0)
			if (r > 0)
				corpus_add(&c, d.text, d.text_len, d.published);
		jsonl_free(&d);
		fclose(f);
		printf("corpus: %s, %d documents, %.1f MB\n", path, c.n, c.bytes / 1e6);
	}
	else
	{
		corpus_generate(&c);
		printf("corpus: generated (no %s), %d documents, %.1f MB\n", path, c.n, c.bytes / 1e6);
	}
	for (int st = ST_SEGMENT; st <= ST_DATES; st++)
	{
		double		best = 1e9;
		long		items = 0;

		if (only && strcmp(only, stage_names[st]) != 0)
			continue;
		for (int r = 0; r < repeat; r++)
		{
			double		t = run_stage(&c, (stage) st, &items);

			if (t < best)
				best = t;
		}
		printf("%-20s %8.1f MB/s  %8.3f s  %ld items\n", stage_names[st], c.bytes / 1e6 / best, best, items);
	}
	for (int i = 0; i < c.n; i++)
		free(c.texts[i]);
	free(c.texts);
	free(c.lens);
	free(c.published);
	free(c.has_published);
	return 0;
}
