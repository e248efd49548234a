/*
 * segment.c -- paragraphs.
 *
 * A paragraph ends at a blank line.  A single line break ends a paragraph
 * too, unless the document is hard-wrapped (wire copy: most lines 40-80
 * characters long); then only a blank line or a break followed by an indent
 * starts a new one, and the other breaks are soft wraps inside a paragraph.
 * A line that starts with a lower-case letter continues its sentence, so it
 * never starts a paragraph.
 */
#include "newsextract.h"
#include "text.h"

#include <string.h>

/* Line statistics that decide whether single line breaks are soft wraps. */
typedef struct line_stats
{
	int32_t		lines;			/* non-blank lines */
	int32_t		full;			/* lines of 40..82 bytes, the width of wire copy */
	int32_t		longer;			/* lines over 100 bytes */
	int32_t		followers;		/* non-blank, non-indented lines right after a non-blank line */
} line_stats;

/* Is s[i..end) only spaces and tabs up to the end of the line? */
static bool
line_is_blank(const char *s, int32_t len, int32_t i)
{
	for (; i < len && s[i] != '\n'; i++)
		if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r' && s[i] != '\f' && s[i] != '\v')
			return false;
	return true;
}

/* A line of the document: [start, end), end at its '\n' or the end of the text. */
typedef struct line_rec
{
	int32_t		start;
	int32_t		end;
	bool		blank;
} line_rec;

/* Lines kept from the measuring pass, so that most documents are scanned once. */
#define NE_LINES_KEPT 1024

/*
 * Measures line lengths once to tell hard-wrapped copy from one-line
 * paragraphs, keeping the first NE_LINES_KEPT lines in lines[]; returns how
 * many were kept, or -1 when the document has more (then the caller scans
 * the text again).
 */
static int32_t
measure_lines(const ne_doc *doc, line_stats *st, line_rec *lines)
{
	const char *s = doc->text;
	int32_t		len = doc->len;
	int32_t		i = 0;
	int32_t		nlines = 0;
	bool		prev_nonblank = false;

	memset(st, 0, sizeof(*st));
	while (i < len)
	{
		const char *nl = memchr(s + i, '\n', (size_t) (len - i));
		int32_t		end = nl ? (int32_t) (nl - s) : len;
		int32_t		n = end - i;
		bool		blank = line_is_blank(s, end, i);

		if (n > 0 && s[end - 1] == '\r')
			n--;
		if (!blank)
		{
			st->lines++;
			if (n >= 40 && n <= 82)
				st->full++;
			else if (n > 100)
				st->longer++;
			if (prev_nonblank && s[i] != ' ' && s[i] != '\t')
				st->followers++;
			prev_nonblank = true;
		}
		else
			prev_nonblank = false;
		if (nlines >= 0 && nlines < NE_LINES_KEPT)
			lines[nlines++] = (line_rec) {i, end, blank};
		else
			nlines = -1;
		i = end + 1;
	}
	return nlines;
}

/* Does a line starting at s[next] start a new paragraph? */
static inline bool
starts_paragraph(const char *s, int32_t next, bool blank, bool wrapped)
{
	/* a blank line, an indent, or any break in unwrapped text but before a lower-case word */
	return blank || (!wrapped && !(s[next] >= 'a' && s[next] <= 'z')) ||
		s[next] == ' ' || s[next] == '\t';
}

/* Adds the paragraph s[start..end) trimmed of white space, if not empty. */
static void
add_paragraph(ne_doc *doc, int32_t start, int32_t end)
{
	const char *s = doc->text;
	ne_paragraph *p;

	while (start < end)
	{
		int32_t		n;
		int32_t		cp = ne_decode(s, end, start, &n);

		if (!ne_is_space(cp))
			break;
		start += n;
	}
	while (end > start)
	{
		int32_t		b;
		int32_t		cp = ne_decode_prev(s, end, &b);

		if (!ne_is_space(cp))
			break;
		end = b;
	}
	if (end <= start)
		return;
	p = NE_PUSH(doc->arena, doc->paragraphs, doc->nparagraphs, doc->cap_paragraphs);
	p->span.start = start;
	p->span.end = end;
}

/* Splits doc into paragraphs (once). */
void
ne_segment(ne_doc *doc)
{
	const char *s = doc->text;
	int32_t		len = doc->len;
	line_stats	st;
	line_rec	lines[NE_LINES_KEPT];
	int32_t		nlines;
	bool		wrapped;
	int32_t		i = 0,
				para_start = 0;
	unsigned	tick = 0;

	if (doc->done & NE_DONE_SEGMENT)
		return;
	doc->done |= NE_DONE_SEGMENT;

	nlines = measure_lines(doc, &st, lines);
	/* wire copy: most lines are of one width, few are long, lines follow lines */
	wrapped = st.lines >= 3 && st.full * 2 >= st.lines && st.longer * 10 <= st.lines &&
		st.followers * 4 >= st.lines;

	if (nlines >= 0)
	{
		/* every line was kept: split without reading the text again */
		for (int32_t k = 1; k < nlines; k++)
			if (starts_paragraph(s, lines[k].start, lines[k].blank, wrapped))
			{
				add_paragraph(doc, para_start, lines[k].start - 1);
				para_start = lines[k].start;
			}
		add_paragraph(doc, para_start, len);
		return;
	}
	while (i < len)
	{
		const char *nl = memchr(s + i, '\n', (size_t) (len - i));
		int32_t		next;

		NE_CHECK_INTERRUPTS(doc, tick);
		if (nl == NULL)
			break;
		next = (int32_t) (nl - s) + 1;
		if (next >= len)
			break;
		if (starts_paragraph(s, next, line_is_blank(s, len, next), wrapped))
		{
			add_paragraph(doc, para_start, next - 1);
			para_start = next;
		}
		i = next;
	}
	add_paragraph(doc, para_start, len);
}

/* Returns the 0-based paragraph containing pos (the previous one between paragraphs). */
int32_t
ne_paragraph_at(const ne_doc *doc, int32_t pos)
{
	int32_t		lo = 0,
				hi = doc->nparagraphs - 1;

	if (doc->nparagraphs == 0)
		return 0;
	while (lo < hi)
	{
		int32_t		mid = lo + (hi - lo + 1) / 2;

		if (doc->paragraphs[mid].span.start <= pos)
			lo = mid;
		else
			hi = mid - 1;
	}
	return lo;
}
