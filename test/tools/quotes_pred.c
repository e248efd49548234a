/*
 * quotes_pred.c -- runs ne_attribute over a gold JSONL file (fields "id",
 * "text") and writes predictions in the --pred format of
 * shared/eval/score.py (0-based code point offsets).
 *
 *   quotes_pred GOLD.jsonl > PRED.jsonl
 *   quotes_pred --names GOLD.jsonl          entities (news_speakers) per document
 *   quotes_pred --news-quotes GOLD.jsonl    quotes as news_quotes attributes them (no aliases,
 *                                           no names where every quote is a term)
 *   quotes_pred --bench FILE.jsonl [REPEAT] times the core with attribution
 *
 * Build: cc -O2 -Isrc/core -Itest/tools -o build/quotes_pred \
 *          test/tools/quotes_pred.c test/tools/jsonl.c build/libnecore.a -lutf8proc -lpcre2-8
 */
#include "newsextract.h"
#include "jsonl.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* Code point offset of every byte offset of s[0..len] (continuation bytes map to their character). */
static int32_t *
cp_map(const char *s, int32_t len)
{
	int32_t    *m = malloc(sizeof(int32_t) * (size_t) (len + 1));
	int32_t		c = 0;

	for (int32_t i = 0; i < len; i++)
	{
		m[i] = c;
		if (((unsigned char) s[i] & 0xC0) != 0x80)
			c++;
		else
			m[i] = c - 1;
	}
	m[len] = c;
	/* a byte offset at a character start maps to that character */
	for (int32_t i = 0; i < len; i++)
		if (((unsigned char) s[i] & 0xC0) != 0x80)
			m[i] = i == 0 ? 0 : m[i];
	return m;
}

/* Writes a JSON string or null. */
static void
put_str(const char *s)
{
	if (s == NULL)
		fputs("null", stdout);
	else
		jsonl_write_string(stdout, s, (int32_t) strlen(s));
}

/* Writes the predictions of one document. */
static void
write_quotes(const jsonl_doc *d, ne_doc *doc)
{
	int32_t    *m = cp_map(d->text, d->text_len);

	for (int32_t q = 0; q < doc->nquotes; q++)
	{
		const ne_quote *qu = &doc->quotes[q];

		fputs("{\"id\": ", stdout);
		put_str(d->id);
		printf(", \"quote_no\": %d, \"quote\": ", q + 1);
		jsonl_write_string(stdout, d->text + qu->span.start, qu->span.end - qu->span.start);
		printf(", \"start\": %d, \"end\": %d, \"kind\": \"%s\", \"paragraph\": %d, \"speaker\": ",
			   m[qu->span.start], m[qu->span.end], ne_quote_kind_name(qu->kind), qu->paragraph + 1);
		put_str(qu->speaker_name);
		if (NE_HAS_SPAN(qu->speaker_span))
			printf(", \"speaker_start\": %d, \"speaker_end\": %d", m[qu->speaker_span.start], m[qu->speaker_span.end]);
		else
			fputs(", \"speaker_start\": null, \"speaker_end\": null", stdout);
		fputs(", \"speaker_kind\": ", stdout);
		put_str(ne_entity_kind_name(qu->speaker_kind));
		fputs(", \"cue\": ", stdout);
		put_str(qu->cue_text);
		printf(", \"confidence\": %.2f}\n", qu->confidence);
	}
	free(m);
}

/* Writes the entities of one document, one line each. */
static void
write_names(const jsonl_doc *d, ne_doc *doc)
{
	for (int32_t e = 0; e < doc->nentities; e++)
	{
		const ne_entity *en = &doc->entities[e];

		printf("%s\t%-12s\t%s\t%s\tmentions=%d quotes=%d\t", d->id, ne_entity_kind_name(en->kind), en->name,
			   en->title ? en->title : "-", en->mentions, en->quotes);
		for (int32_t i = 0; i < en->naliases; i++)
			printf("%s%s", i ? "|" : "", en->aliases[i]);
		putchar('\n');
	}
	for (int32_t q = 0; q < doc->nquotes; q++)
	{
		const ne_quote *qu = &doc->quotes[q];

		if (qu->kind == NE_QUOTE_TERM)
			continue;
		printf("%s  Q%d [%s] %.40s... -> %s (%s) span=%.*s cue=%s conf=%.2f\n", d->id, q + 1, ne_quote_kind_name(qu->kind),
			   d->text + qu->span.start, qu->speaker_name ? qu->speaker_name : "NULL",
			   ne_entity_kind_name(qu->speaker_kind) ? ne_entity_kind_name(qu->speaker_kind) : "-",
			   NE_HAS_SPAN(qu->speaker_span) ? qu->speaker_span.end - qu->speaker_span.start : 4,
			   NE_HAS_SPAN(qu->speaker_span) ? d->text + qu->speaker_span.start : "none",
			   qu->cue_text ? qu->cue_text : "NULL", qu->confidence);
	}
}

/* Times ne_attribute over all documents of a file, best of repeat. */
static int
bench(const char *path, int repeat)
{
	FILE	   *f = fopen(path, "r");
	jsonl_doc	d;
	char	  **texts = NULL;
	int32_t    *lens = NULL;
	int			n = 0,
				cap = 0;
	double		best = 1e9;
	long long	bytes = 0;

	if (f == NULL)
	{
		perror(path);
		return 2;
	}
	memset(&d, 0, sizeof(d));
	while (jsonl_next(f, &d) > 0)
	{
		if (n == cap)
		{
			cap = cap ? cap * 2 : 1024;
			texts = realloc(texts, sizeof(char *) * (size_t) cap);
			lens = realloc(lens, sizeof(int32_t) * (size_t) cap);
		}
		texts[n] = malloc((size_t) d.text_len + 1);
		memcpy(texts[n], d.text, (size_t) d.text_len);
		lens[n] = d.text_len;
		bytes += d.text_len;
		n++;
	}
	fclose(f);
	for (int r = 0; r < repeat; r++)
	{
		struct timespec t0,
					t1;
		long		nq = 0;

		clock_gettime(CLOCK_MONOTONIC, &t0);
		for (int i = 0; i < n; i++)
		{
			ne_arena   *a = ne_arena_create_malloc();
			ne_doc		doc;

			ne_doc_init(&doc, texts[i], lens[i], a);
			ne_attribute(&doc);
			nq += doc.nquotes;
			ne_arena_destroy(a);
		}
		clock_gettime(CLOCK_MONOTONIC, &t1);
		{
			double		s = (double) (t1.tv_sec - t0.tv_sec) + (double) (t1.tv_nsec - t0.tv_nsec) / 1e9;

			if (s < best)
				best = s;
		}
		if (r == 0)
			fprintf(stderr, "%d docs, %lld bytes, %ld quotes\n", n, bytes, nq);
	}
	printf("attribution core: %.3f s, %.1f MB/s\n", best, (double) bytes / 1e6 / best);
	return 0;
}

/* Entry point: see the header comment. */
int
main(int argc, char **argv)
{
	bool		names = false;
	bool		news_quotes = false;
	const char *path;
	FILE	   *f;
	jsonl_doc	d;
	int			r;

	if (argc >= 3 && strcmp(argv[1], "--bench") == 0)
		return bench(argv[2], argc >= 4 ? atoi(argv[3]) : 3);
	if (argc >= 3 && strcmp(argv[1], "--names") == 0)
	{
		names = true;
		path = argv[2];
	}
	else if (argc >= 3 && strcmp(argv[1], "--news-quotes") == 0)
	{
		news_quotes = true;
		path = argv[2];
	}
	else if (argc == 2)
		path = argv[1];
	else
	{
		fprintf(stderr, "usage: quotes_pred [--names | --news-quotes] GOLD.jsonl | --bench FILE.jsonl [REPEAT]\n");
		return 2;
	}
	f = fopen(path, "r");
	if (f == NULL)
	{
		perror(path);
		return 2;
	}
	memset(&d, 0, sizeof(d));
	while ((r = jsonl_next(f, &d)) != 0)
	{
		ne_arena   *a;
		ne_doc		doc;

		if (r < 0)
			continue;
		a = ne_arena_create_malloc();
		ne_doc_init(&doc, d.text, d.text_len, a);
		if (news_quotes)
			ne_attribute_quotes(&doc);
		else
			ne_attribute(&doc);
		if (names)
			write_names(&d, &doc);
		else
			write_quotes(&d, &doc);
		ne_arena_destroy(a);
	}
	jsonl_free(&d);
	fclose(f);
	return 0;
}
