/*
 * jsonl.c -- a minimal reader of JSON lines (top-level string fields),
 * enough for the corpora in ../shared/data.
 */
#include "jsonl.h"

#include <stdlib.h>
#include <string.h>

/* Appends code point cp to out as UTF-8. */
static char *
put_utf8(char *out, uint32_t cp)
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

/* Reads 4 hex digits at p. */
static uint32_t
hex4(const char *p)
{
	uint32_t	v = 0;

	for (int i = 0; i < 4; i++)
	{
		char		c = p[i];

		v <<= 4;
		if (c >= '0' && c <= '9')
			v |= (uint32_t) (c - '0');
		else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f')
			v |= (uint32_t) ((c | 0x20) - 'a' + 10);
	}
	return v;
}

/* Decodes the JSON string starting after its opening quote at *pp, in place; returns its end. */
static char *
decode_string(char **pp, int32_t *len)
{
	char	   *p = *pp,
			   *out = *pp,
			   *start = *pp;

	while (*p && *p != '"')
	{
		if (*p != '\\')
		{
			*out++ = *p++;
			continue;
		}
		p++;
		switch (*p)
		{
			case 'n':
				*out++ = '\n';
				break;
			case 't':
				*out++ = '\t';
				break;
			case 'r':
				*out++ = '\r';
				break;
			case 'b':
				*out++ = '\b';
				break;
			case 'f':
				*out++ = '\f';
				break;
			case 'u':
				{
					uint32_t	cp = hex4(p + 1);

					p += 4;
					if (cp >= 0xD800 && cp < 0xDC00 && p[1] == '\\' && p[2] == 'u')
					{
						uint32_t	lo = hex4(p + 3);

						cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
						p += 6;
					}
					out = put_utf8(out, cp);
					break;
				}
			case '\0':
				p--;
				break;
			default:
				*out++ = *p;
		}
		p++;
	}
	*pp = *p ? p + 1 : p;
	*len = (int32_t) (out - start);
	*out = '\0';
	return start;
}

/* Skips a JSON value that is not a string (number, null, array, object). */
static char *
skip_value(char *p)
{
	int			depth = 0;

	while (*p)
	{
		if (*p == '"')
		{
			p++;
			while (*p && *p != '"')
				p += (*p == '\\' && p[1]) ? 2 : 1;
			if (*p)
				p++;
			continue;
		}
		if (*p == '[' || *p == '{')
			depth++;
		else if (*p == ']' || *p == '}')
		{
			if (depth == 0)
				return p;
			depth--;
		}
		else if (*p == ',' && depth == 0)
			return p;
		p++;
	}
	return p;
}

/* Reads the next line's id, text/body and published fields. */
int
jsonl_next(FILE *f, jsonl_doc *d)
{
	ssize_t		n = getline(&d->line, &d->line_cap, f);
	char	   *p;

	d->id = d->text = d->published = NULL;
	d->text_len = 0;
	if (n <= 0)
		return 0;
	p = strchr(d->line, '{');
	if (p == NULL)
		return -1;
	p++;
	while (*p)
	{
		char	   *key;
		int32_t		klen,
					vlen;

		while (*p == ' ' || *p == ',' || *p == '\n')
			p++;
		if (*p != '"')
			break;
		p++;
		key = decode_string(&p, &klen);
		while (*p == ' ' || *p == ':')
			p++;
		if (*p == '"')
		{
			char	   *val;

			p++;
			val = decode_string(&p, &vlen);
			if (strcmp(key, "id") == 0)
				d->id = val;
			else if (strcmp(key, "text") == 0 || (strcmp(key, "body") == 0 && d->text == NULL))
			{
				d->text = val;
				d->text_len = vlen;
			}
			else if (strcmp(key, "published") == 0)
				d->published = val;
		}
		else
			p = skip_value(p);
	}
	return d->text ? 1 : -1;
}

/* Frees the line buffer. */
void
jsonl_free(jsonl_doc *d)
{
	free(d->line);
	d->line = NULL;
	d->line_cap = 0;
}

/* Writes s[0..len) as a JSON string. */
void
jsonl_write_string(FILE *out, const char *s, int32_t len)
{
	fputc('"', out);
	for (int32_t i = 0; i < len; i++)
	{
		unsigned char c = (unsigned char) s[i];

		if (c == '"' || c == '\\')
			fprintf(out, "\\%c", c);
		else if (c < 0x20)
			fprintf(out, "\\u%04x", c);
		else
			fputc(c, out);
	}
	fputc('"', out);
}

/* Code points in s[0..byte). */
int32_t
jsonl_codepoints(const char *s, int32_t byte)
{
	int32_t		n = 0;

	for (int32_t i = 0; i < byte; i++)
		n += (((unsigned char) s[i] & 0xC0) != 0x80);
	return n;
}
