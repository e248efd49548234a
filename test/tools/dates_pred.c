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
 *         cc -O2 -D_GNU_SOURCE -Isrc/core test/tools/dates_pred.c build/libnecore.a \
 *            -lpcre2-8 -lutf8proc -o build/dates_pred
 * Score:  python3 ../shared/eval/score.py dates ../shared/data/dev/tbaq_dates.jsonl \
 *            --pred PRED.jsonl --errors /tmp/dates.err.txt
 */
#include "newsextract.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* Appends the UTF-8 encoding of cp to out. */
static char *
put_utf8(char *out, unsigned cp)
{
	if (cp < 0x80)
		*out++ = (char) cp;
	else if (cp < 0x800)
	{
		*out++ = (char) (0xC0 | (cp >> 6));
		*out++ = (char) (0x80 | (cp & 0x3F));
	}
	else if (cp < 0x10000)
	{
		*out++ = (char) (0xE0 | (cp >> 12));
		*out++ = (char) (0x80 | ((cp >> 6) & 0x3F));
		*out++ = (char) (0x80 | (cp & 0x3F));
	}
	else
	{
		*out++ = (char) (0xF0 | (cp >> 18));
		*out++ = (char) (0x80 | ((cp >> 12) & 0x3F));
		*out++ = (char) (0x80 | ((cp >> 6) & 0x3F));
		*out++ = (char) (0x80 | (cp & 0x3F));
	}
	return out;
}

/* Reads 4 hex digits at p; -1 if invalid. */
static long
hex4(const char *p)
{
	long		v = 0;

	for (int i = 0; i < 4; i++)
	{
		char		c = p[i];

		v <<= 4;
		if (c >= '0' && c <= '9')
			v |= c - '0';
		else if (c >= 'a' && c <= 'f')
			v |= c - 'a' + 10;
		else if (c >= 'A' && c <= 'F')
			v |= c - 'A' + 10;
		else
			return -1;
	}
	return v;
}

/* Decodes the JSON string value of "key" in the object line; NULL if absent or null. */
static char *
json_get(const char *line, const char *key, size_t *outlen)
{
	char		pat[64];
	const char *p;
	char	   *out,
			   *o;

	snprintf(pat, sizeof(pat), "\"%s\":", key);
	p = strstr(line, pat);
	if (p == NULL)
		return NULL;
	p += strlen(pat);
	while (*p == ' ')
		p++;
	if (*p != '"')
		return NULL;
	p++;
	out = o = malloc(strlen(p) + 1);
	while (*p && *p != '"')
	{
		if (*p != '\\')
		{
			*o++ = *p++;
			continue;
		}
		p++;
		switch (*p)
		{
			case 'n':
				*o++ = '\n';
				break;
			case 't':
				*o++ = '\t';
				break;
			case 'r':
				*o++ = '\r';
				break;
			case 'b':
				*o++ = '\b';
				break;
			case 'f':
				*o++ = '\f';
				break;
			case 'u':
				{
					long		cp = hex4(p + 1);

					if (cp < 0)
						break;
					p += 4;
					if (cp >= 0xD800 && cp <= 0xDBFF && p[1] == '\\' && p[2] == 'u')
					{
						long		lo = hex4(p + 3);

						if (lo >= 0xDC00 && lo <= 0xDFFF)
						{
							cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
							p += 6;
						}
					}
					o = put_utf8(o, (unsigned) cp);
					break;
				}
			default:
				*o++ = *p;		/* \" \\ \/ */
		}
		if (*p)
			p++;
	}
	*o = 0;
	*outlen = (size_t) (o - out);
	return out;
}

/* Writes s as a JSON string. */
static void
json_put(FILE *f, const char *s, size_t n)
{
	fputc('"', f);
	for (size_t i = 0; i < n; i++)
	{
		unsigned char c = (unsigned char) s[i];

		if (c == '"' || c == '\\')
			fprintf(f, "\\%c", c);
		else if (c < 0x20)
			fprintf(f, "\\u%04x", c);
		else
			fputc(c, f);
	}
	fputc('"', f);
}

/* Code point count of s[0..n). */
static long
cp_count(const char *s, int32_t n)
{
	long		k = 0;

	for (int32_t i = 0; i < n; i++)
		if (((unsigned char) s[i] & 0xC0) != 0x80)
			k++;
	return k;
}

/* Predicts one document. */
static void
predict(FILE *out, const char *id, const char *text, size_t len, const char *pub)
{
	ne_arena   *a = ne_arena_create_malloc();
	ne_doc		doc;
	ne_ymd		p;
	bool		havep = pub && sscanf(pub, "%d-%d-%d", &p.y, &p.m, &p.d) == 3;

	ne_doc_init(&doc, text, (int32_t) len, a);
	ne_find_dates(&doc, havep ? &p : NULL);
	for (int i = 0; i < doc.ntimexes; i++)
	{
		ne_timex   *t = &doc.timexes[i];
		long		s = cp_count(text, t->span.start);
		long		e = s + cp_count(text + t->span.start, t->span.end - t->span.start);

		if (out == NULL)
			continue;
		fprintf(out, "{\"id\": ");
		json_put(out, id, strlen(id));
		fprintf(out, ", \"date_text\": ");
		json_put(out, text + t->span.start, (size_t) (t->span.end - t->span.start));
		fprintf(out, ", \"type\": \"%s\", \"value\": ", ne_timex_type_name(t->type));
		json_put(out, t->value, strlen(t->value));
		fprintf(out, ", \"mod\": \"%s\", \"start\": %ld, \"end\": %ld", t->mod, s, e);
		if (t->has_range)
		{
			int32_t		lo = t->range_lo,
						hi = t->range_hi;

			fprintf(out, ", \"range\": [%d, %d]", lo, hi);
		}
		if (ne_granularity_name(t->granularity))
			fprintf(out, ", \"granularity\": \"%s\"", ne_granularity_name(t->granularity));
		fprintf(out, "}\n");
	}
	ne_arena_destroy(a);
}

/* Predicts a gold file to stdout, or times the core with --bench. */
int
main(int argc, char **argv)
{
	FILE	   *f;
	char	   *line = NULL;
	size_t		cap = 0;
	ssize_t		n;
	bool		bench = argc > 1 && strcmp(argv[1], "--bench") == 0;
	const char *path = argv[bench ? 2 : 1];
	int			repeat = bench && argc > 3 ? atoi(argv[3]) : 1;

	if (argc < 2 || path == NULL || (f = fopen(path, "r")) == NULL)
	{
		fprintf(stderr, "usage: dates_pred GOLD.jsonl | --bench FILE.jsonl [REPEAT]\n");
		return 2;
	}
	if (!bench)
	{
		while ((n = getline(&line, &cap, f)) > 0)
		{
			size_t		tl = 0,
						il = 0,
						pl = 0;
			char	   *id = json_get(line, "id", &il);
			char	   *text = json_get(line, "text", &tl);
			char	   *pub = json_get(line, "published", &pl);

			if (id && text)
				predict(stdout, id, text, tl, pub);
			free(id);
			free(text);
			free(pub);
		}
		free(line);
		fclose(f);
		return 0;
	}
	{
		/* load all texts, then time ne_find_dates alone */
		char	  **texts = NULL;
		size_t	   *lens = NULL;
		char	  **pubs = NULL;
		size_t		nd = 0,
					capd = 0,
					total = 0;
		double		best = 1e9;
		long		found = 0;

		while ((n = getline(&line, &cap, f)) > 0)
		{
			size_t		tl = 0,
						pl = 0;
			char	   *text = json_get(line, "text", &tl);

			if (text == NULL)
				text = json_get(line, "body", &tl);
			if (text == NULL)
				continue;
			if (nd == capd)
			{
				capd = capd ? capd * 2 : 1024;
				texts = realloc(texts, capd * sizeof(*texts));
				lens = realloc(lens, capd * sizeof(*lens));
				pubs = realloc(pubs, capd * sizeof(*pubs));
			}
			texts[nd] = text;
			lens[nd] = tl;
			pubs[nd] = json_get(line, "published", &pl);
			total += tl;
			nd++;
		}
		for (int r = 0; r < repeat; r++)
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
				bool		havep = pubs[i] && sscanf(pubs[i], "%d-%d-%d", &p.y, &p.m, &p.d) == 3;

				ne_doc_init(&doc, texts[i], (int32_t) lens[i], a);
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
	}
	return 0;
}
