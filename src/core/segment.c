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

/* The bytes that leave a line blank: ASCII white space other than the line break. */
static const bool blank_byte[256] = {
	[' '] = true,['\t'] = true,['\r'] = true,['\f'] = true,['\v'] = true,
};

/*
 * The first byte from i on, before end, that is not blank (end if none):
 * s[i..end) has no '\n', s[end] is one or the text's end len.  With 16
 * bytes of text from i, one mask of them: whether a line is indented and by
 * how much is a coin toss for the branch predictor, a loop a byte asks it.
 */
static inline int32_t
first_text(const char *s, int32_t len, int32_t i, int32_t end)
{
#ifdef __SSE2__
	if (len - i >= 16)
	{
		ne_classes16 c = ne_classify16(s + i);
		uint32_t	text = ~(c.space & ~c.newline) & 0xFFFF;	/* not blank: '\n' (ends the line) or text */

		if (text != 0)
		{
			int32_t		k = i + ne_lowest_bit(text);

			return k < end ? k : end;	/* (never past end, where '\n' is) */
		}
	}
#endif
	while (i < end && blank_byte[(unsigned char) s[i]])
		i++;
	return i;
}

/* Is s[i..end) only spaces and tabs up to the end of the line? */
static bool
line_is_blank(const char *s, int32_t len, int32_t i)
{
	for (; i < len && s[i] != '\n'; i++)
		if (!blank_byte[(unsigned char) s[i]])
			return false;
	return true;
}

/* A line of the document: [start, end), end at its '\n' or the end of the text. */
typedef struct line_rec
{
	int32_t		start;
	int32_t		end;
	int32_t		text;			/* its first byte that is not blank, end for a blank line */
} line_rec;

/* Lines kept from the measuring pass, so that most documents are scanned once. */
#define NE_LINES_KEPT 1024

/*
 * The line breaks among the 64 bytes s[base..base + 64), bit k for byte base + k, up to the
 * text's end, which counts as one when the text does not end with a line break.  (Its last
 * byte is read here, not before the scan: the text is seldom in the cache yet.)
 */
static inline uint64_t
newline_mask(const char *s, int32_t len, int32_t base)
{
#ifdef __SSE2__
	const char *p = s + base;
	char		pad[64];

	if (base + 64 > len)
	{
		/* the text's end: a copy, whose zero bytes are no line breaks */
		memset(pad, 0, sizeof(pad));
		if (len > base)
			memcpy(pad, p, (size_t) (len - base));
		if (len > 0 && s[len - 1] != '\n')
			pad[len - base] = '\n';
		p = pad;
	}
	return (uint64_t) ne_classify16(p).newline | (uint64_t) ne_classify16(p + 16).newline << 16 |
		(uint64_t) ne_classify16(p + 32).newline << 32 | (uint64_t) ne_classify16(p + 48).newline << 48;
#else
	uint64_t	nl = 0;

	for (int k = 0; k < 64 && base + k <= len; k++)
		nl |= (uint64_t) (base + k < len ? s[base + k] == '\n' : len > 0 && s[len - 1] != '\n') << k;
	return nl;
#endif
}

/*
 * Measures line lengths once to tell hard-wrapped copy from one-line
 * paragraphs, keeping the first NE_LINES_KEPT lines in lines[]; returns how
 * many were kept, or -1 when the document has more (then the caller scans
 * the text again).  The line breaks come from masks of 64 bytes at a time,
 * not from a memchr call a line; the text's end is one more when the text
 * does not end with a line break.
 */
static int32_t
measure_lines(const ne_doc *doc, line_stats *st, line_rec *lines)
{
	const char *s = doc->text;
	int32_t		len = doc->len;
	line_stats	c = {0};
	int32_t		start = 0;		/* of the current line */
	int32_t		nlines = 0;
	bool		prev_nonblank = false;

	for (int32_t base = 0; base <= len; base += 64)
	{
		for (uint64_t nl = newline_mask(s, len, base); nl != 0; nl &= nl - 1)
		{
			int32_t		end = base + ne_lowest_bit(nl);
			int32_t		text = first_text(s, len, start, end);
			int32_t		n = end - start - (end > start && s[end - 1] == '\r');

			if (text < end)
			{
				c.lines++;
				c.full += n >= 40 && n <= 82;
				c.longer += n > 100;
				c.followers += prev_nonblank && s[start] != ' ' && s[start] != '\t';
			}
			prev_nonblank = text < end;
			if (nlines < NE_LINES_KEPT)
				lines[nlines] = (line_rec) {start, end, text};
			nlines++;
			start = end + 1;
		}
	}
	*st = c;
	return nlines <= NE_LINES_KEPT ? nlines : -1;
}

/* Does a line starting at s[next] start a new paragraph? */
static inline bool
starts_paragraph(const char *s, int32_t next, bool blank, bool wrapped)
{
	/* a blank line, an indent, or any break in unwrapped text but before a lower-case word */
	return blank || (!wrapped && !(s[next] >= 'a' && s[next] <= 'z')) ||
		s[next] == ' ' || s[next] == '\t';
}

/* Is c printable ASCII other than the space ('!' .. '~')? */
static inline bool
is_ascii_graphic(char c)
{
	return (unsigned char) (c - '!') <= '~' - '!';
}

/* Trims the white space off both ends of s[*start..*end) (start == end when it is all white space). */
static void
trim_paragraph(const char *s, int32_t *start, int32_t *end)
{
	int32_t		i = *start,
				j = *end;

	while (i < j)
	{
		int32_t		n;
		int32_t		cp = ne_decode(s, j, i, &n);

		if (!ne_is_space(cp))
			break;
		i += n;
	}
	while (j > i)
	{
		int32_t		b;
		int32_t		cp = ne_decode_prev(s, j, &b);

		if (!ne_is_space(cp))
			break;
		j = b;
	}
	*start = i;
	*end = j;
}

/* Adds the paragraph s[start..end) trimmed of white space, if not empty. */
static inline void
add_paragraph(ne_doc *doc, int32_t start, int32_t end)
{
	const char *s = doc->text;
	ne_paragraph *p;

	/* the usual paragraph starts and ends with printable ASCII: nothing to trim */
	if (!(start < end && is_ascii_graphic(s[start]) && is_ascii_graphic(s[end - 1])))
	{
		trim_paragraph(s, &start, &end);
		if (end <= start)
			return;
	}
	/* NE_PUSH without its memset: both fields are set below */
	if (doc->nparagraphs >= doc->cap_paragraphs)
		doc->paragraphs = ne_grow(doc->arena, doc->paragraphs, &doc->cap_paragraphs, doc->nparagraphs + 1,
								  sizeof(ne_paragraph));
	p = &doc->paragraphs[doc->nparagraphs++];
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
		/*
		 * Every line was kept: split without reading the text again.  A paragraph's trim starts
		 * at the first text of its first line, as the bytes before it are white space.
		 */
		int32_t		para_text = nlines > 0 ? lines[0].text : 0;

		for (int32_t k = 1; k < nlines; k++)
			if (starts_paragraph(s, lines[k].start, lines[k].text == lines[k].end, wrapped))
			{
				add_paragraph(doc, para_text, lines[k].start - 1);
				para_text = lines[k].text;
			}
		add_paragraph(doc, para_text, len);
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
