/*
 * newsextract.h -- the public API of the newsextract core.
 *
 * The core is plain C99 with no dependency on PostgreSQL.  It works on one
 * UTF-8 buffer (invalid bytes are tolerated and treated as non-letters) and
 * reports everything as byte offsets into that buffer.  All memory comes from
 * one arena per analysis, so a caller frees everything at once and nothing
 * leaks when the caller aborts an analysis (PostgreSQL's ereport longjmp).
 *
 * Flow:  ne_doc_init -> ne_segment -> ne_find_quotes -> ne_attribute
 *                                  \-> ne_find_dates
 * Every stage runs the stages it needs that have not run yet, and runs only
 * once per document.
 */
#ifndef NEWSEXTRACT_H
#define NEWSEXTRACT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* ------------------------------------------------------------------ memory */

/* Returns size bytes, or does not return at all (never NULL). */
typedef void *(*ne_alloc_fn) (void *ctx, size_t size);
/* Releases a block returned by the matching ne_alloc_fn (may be a no-op). */
typedef void (*ne_free_fn) (void *ctx, void *block);

typedef struct ne_arena ne_arena;

/* Makes an arena that takes its blocks from alloc/free. */
ne_arena   *ne_arena_create(ne_alloc_fn alloc, ne_free_fn release, void *ctx);
/* An arena backed by malloc/free (aborts on out of memory): tests, tools. */
ne_arena   *ne_arena_create_malloc(void);
/* Makes the arena's next block at least size bytes (up to 1 MB), when its need is foreseen. */
void		ne_arena_expect(ne_arena *a, size_t size);
/* Has the arena call check between the megabytes of a big copy or zeroing (query cancellation), or not (NULL). */
void		ne_arena_set_check(ne_arena *a, void (*check) (void));
/* memset(p, byte, n) in chunks, with the arena's check between them (a huge array stays cancellable). */
void		ne_arena_fill(ne_arena *a, void *p, int byte, size_t n);
/* Returns size zeroed bytes, aligned for any type. */
void       *ne_alloc(ne_arena *a, size_t size);
/* Returns size bytes as ne_alloc, not zeroed: only for memory written before it is read. */
void       *ne_alloc_raw(ne_arena *a, size_t size);
/* Returns a NUL-terminated copy of s[0..len). */
char       *ne_strndup(ne_arena *a, const char *s, size_t len);
/* Grows an array of elsize-byte elements to hold at least need elements (new ones not zeroed). */
void       *ne_grow(ne_arena *a, void *array, int32_t *cap, int32_t need, size_t elsize);
/* Frees every block of the arena and the arena itself. */
void        ne_arena_destroy(ne_arena *a);

/* Appends one zeroed element to a (pointer, count, capacity) triple. */
#define NE_PUSH(arena, arr, n, cap) \
	((n) >= (cap) ? (void) ((arr) = ne_grow((arena), (arr), &(cap), (n) + 1, sizeof(*(arr)))) : (void) 0, \
	 memset(&(arr)[(n)], 0, sizeof(*(arr))), &(arr)[(n)++])

/* ------------------------------------------------------------------- spans */

/* A byte range [start, end) of the document; start = -1 when absent. */
typedef struct ne_span
{
	int32_t		start;
	int32_t		end;
} ne_span;

#define NE_NO_SPAN ((ne_span){-1, -1})
#define NE_HAS_SPAN(s) ((s).start >= 0)

/* ---------------------------------------------------------------- segments */

/* A paragraph: blank-line or indent separated; hard wraps do not split it. */
typedef struct ne_paragraph
{
	ne_span		span;			/* first to last non-space byte */
} ne_paragraph;

/* Token kinds: words (letters, digits, inner ' ’ - joined), and single marks. */
typedef enum ne_token_kind
{
	NE_TOK_WORD = 1,			/* letters, may contain digits, inner apostrophes and hyphens */
	NE_TOK_NUMBER,				/* starts with a digit: 2016, 3.2, 10:30, 1/10/2017, 800,000 */
	NE_TOK_QUOTE,				/* a quotation mark that opens or closes a quote */
	NE_TOK_PUNCT				/* any other single non-space character */
} ne_token_kind;

/* Token flags. */
#define NE_TF_CAP        0x0001 /* first letter is upper case */
#define NE_TF_ALLCAPS    0x0002 /* every letter is upper case (and there are 2+) */
#define NE_TF_SENT_START 0x0004 /* first token of a sentence */
#define NE_TF_PARA_START 0x0008 /* first token of a paragraph */
#define NE_TF_IN_QUOTE   0x0010 /* inside a quotation (between its marks) */
#define NE_TF_ABBREV     0x0020 /* a word followed by '.' that does not end a sentence (Sen., Jan., U.S.) */
#define NE_TF_NAME_START 0x0040 /* opens a sentence and a name of two words or more (Ask Jeeves): no cue */

typedef struct ne_token
{
	int32_t		start;
	int32_t		end;
	uint16_t	kind;			/* ne_token_kind */
	uint16_t	flags;			/* NE_TF_* */
	int32_t		sentence;		/* index into doc->sentences */
	int32_t		quote;			/* index into doc->quotes when NE_TF_IN_QUOTE or a mark, else -1 */
} ne_token;

/* A sentence: tokens [tok_first, tok_end) within one paragraph. */
typedef struct ne_sentence
{
	ne_span		span;
	int32_t		tok_first;
	int32_t		tok_end;
	int32_t		paragraph;		/* 0-based index into doc->paragraphs */
} ne_sentence;

/* ------------------------------------------------------------------ quotes */

typedef enum ne_quote_kind
{
	NE_QUOTE_DIRECT = 0,		/* a quoted sentence or clause */
	NE_QUOTE_PARTIAL,			/* a quoted fragment inside the writer's sentence */
	NE_QUOTE_TERM				/* scare quotes, nicknames, titles: nobody speaks */
} ne_quote_kind;

typedef enum ne_entity_kind
{
	NE_ENT_NONE = 0,
	NE_ENT_PERSON,
	NE_ENT_ORG,
	NE_ENT_OTHER				/* a source that is no named entity: "officials" */
} ne_entity_kind;

typedef struct ne_quote
{
	ne_span		span;			/* the quoted words, without the outer marks */
	int32_t		open_mark;		/* byte offset of the opening mark */
	int32_t		close_mark;		/* byte offset of the closing mark, -1 if none */
	int32_t		close_end;		/* byte after the closing mark (or span.end) */
	int32_t		paragraph;		/* 0-based paragraph where it opens */
	int32_t		last_paragraph; /* 0-based paragraph where it closes */
	ne_quote_kind kind;

	/* filled by ne_attribute */
	int32_t		entity;			/* index into doc->entities, or -1 */
	ne_span		speaker_span;	/* the attributing mention, or none */
	ne_entity_kind speaker_kind;
	const char *speaker_name;	/* NUL-terminated UTF-8: entity name, noun phrase, or NULL */
	ne_span		cue;			/* reporting verb/phrase or ':' in the text, or none */
	const char *cue_text;		/* NUL-terminated UTF-8 (normalised spaces), or NULL */
	float		confidence;		/* 0..1 */
} ne_quote;

/* --------------------------------------------------------------- entities */

/* One mention of a person or organisation (a name, alias, title or pronoun). */
typedef struct ne_mention
{
	ne_span		span;
	int32_t		entity;			/* index into doc->entities, or -1 */
	uint16_t	kind;			/* implementation-defined (names.c) */
	uint16_t	flags;
} ne_mention;

typedef struct ne_entity
{
	const char *name;			/* canonical (fullest) name, NUL-terminated UTF-8 */
	ne_entity_kind kind;		/* NE_ENT_PERSON or NE_ENT_ORG */
	const char *title;			/* role or title, or NULL */
	int32_t		mentions;
	int32_t		quotes;
	ne_span		first_span;
	const char **aliases;		/* other forms used, NUL-terminated UTF-8 */
	int32_t		naliases;
} ne_entity;

/* ------------------------------------------------------------------ dates */

typedef enum ne_timex_type
{
	NE_TIMEX_DATE = 0,
	NE_TIMEX_TIME,
	NE_TIMEX_DURATION,
	NE_TIMEX_SET
} ne_timex_type;

typedef enum ne_granularity
{
	NE_GRAN_NONE = 0,
	NE_GRAN_DAY,
	NE_GRAN_WEEK,
	NE_GRAN_MONTH,
	NE_GRAN_QUARTER,
	NE_GRAN_SEASON,
	NE_GRAN_HALF,
	NE_GRAN_YEAR,
	NE_GRAN_DECADE,
	NE_GRAN_CENTURY,
	NE_GRAN_TIME
} ne_granularity;

/* A calendar day (proleptic Gregorian). */
typedef struct ne_ymd
{
	int			y;
	int			m;
	int			d;
} ne_ymd;

typedef struct ne_timex
{
	ne_span		span;
	ne_timex_type type;
	char		value[48];		/* TIMEX3 value, NUL-terminated ASCII */
	char		mod[12];		/* TIMEX3 mod (START, MID, END, APPROX, ...) or "" */
	bool		has_range;
	int32_t		range_lo;		/* days since 1970-01-01, inclusive */
	int32_t		range_hi;		/* days since 1970-01-01, exclusive */
	ne_granularity granularity;
} ne_timex;

/* --------------------------------------------------------------- document */

#define NE_DONE_SEGMENT  0x01
#define NE_DONE_QUOTES   0x02
#define NE_DONE_TOKENS   0x04
#define NE_DONE_ATTRIB   0x08
#define NE_DONE_DATES    0x10
#define NE_DONE_ATTRIB_NO_ALIASES 0x20	/* attributed, entities without aliases: ne_attribute finds them again whole */

typedef struct ne_doc
{
	const char *text;			/* UTF-8 (best effort), not NUL-terminated */
	int32_t		len;
	ne_arena   *arena;
	unsigned	done;			/* NE_DONE_* */

	/* Called now and then in long loops; may longjmp out (PostgreSQL). */
	void		(*check_interrupts) (void);

	ne_paragraph *paragraphs;
	int32_t		nparagraphs,
				cap_paragraphs;
	ne_sentence *sentences;
	int32_t		nsentences,
				cap_sentences;
	ne_token   *tokens;
	int32_t		ntokens,
				cap_tokens;
	ne_quote   *quotes;
	int32_t		nquotes,
				cap_quotes;
	ne_mention *mentions;
	int32_t		nmentions,
				cap_mentions;
	ne_entity  *entities;
	int32_t		nentities,
				cap_entities;
	ne_timex   *timexes;
	int32_t		ntimexes,
				cap_timexes;
} ne_doc;

/* Prepares doc to analyse text[0..len) with memory from arena. */
void		ne_doc_init(ne_doc *doc, const char *text, int32_t len, ne_arena *arena);
/* Splits the document into paragraphs. */
void		ne_segment(ne_doc *doc);
/* Finds the quotations, their paragraphs and kinds. */
void		ne_find_quotes(ne_doc *doc);
/* Splits into sentences and tokens (marks quote tokens). */
void		ne_tokenize(ne_doc *doc);
/* Finds names and titles, builds entities, attributes every quote. */
void		ne_attribute(ne_doc *doc);
/* Finds the quotes and attributes them; skips names when no quote is spoken (all terms). */
void		ne_attribute_quotes(ne_doc *doc);
/* ne_attribute without the entities' aliases (for callers that read none); a later ne_attribute completes them. */
void		ne_attribute_no_aliases(ne_doc *doc);
/* Finds temporal expressions; published may be NULL. */
void		ne_find_dates(ne_doc *doc, const ne_ymd *published);

/* The first token from index lo on that starts at or after byte offset pos (after ne_tokenize). */
int32_t		ne_first_token_from(const ne_doc *doc, int32_t lo, int32_t pos);
/* ne_name_article_len past its first test (out of line: it seldom runs). */
int32_t		ne_name_article_len_tail(const char *s, int32_t start, int32_t end);

/*
 * Bytes of an Arabic article and hyphen that open the name word
 * s[start..end) ("al-" of "al-Assad"), else 0.  Inline: it runs for every key
 * of a name, and nearly all return at the first test.
 */
static inline int32_t
ne_name_article_len(const char *s, int32_t start, int32_t end)
{
	if (end - start < 4 || (s[start] != 'a' && s[start] != 'e') ||
		(s[start + 2] != '-' && s[start + 3] != '-'))
		return 0;				/* most words: no article opens them */
	return ne_name_article_len_tail(s, start, end);
}
/* Returns the 0-based paragraph that contains byte offset pos. */
int32_t		ne_paragraph_at(const ne_doc *doc, int32_t pos);

/* Text of a quote kind, entity kind, timex type, granularity for SQL. */
const char *ne_quote_kind_name(ne_quote_kind k);
const char *ne_entity_kind_name(ne_entity_kind k);	/* NULL for NONE */
const char *ne_timex_type_name(ne_timex_type t);
const char *ne_granularity_name(ne_granularity g);	/* NULL for NONE */

/* Calls doc->check_interrupts every 2^16 units of work. */
#define NE_CHECK_INTERRUPTS(doc, counter) \
	do { if ((doc)->check_interrupts && ((++(counter)) & 0xFFFF) == 0) (doc)->check_interrupts(); } while (0)

/*
 * Counts n units of work at once and calls doc->check_interrupts whenever the
 * count passes a multiple of 2^16 (a heavy loop step, such as a quote's
 * attribution, counts as several units).
 */
static inline void
ne_count_work(ne_doc *doc, uint32_t *counter, uint32_t n)
{
	uint32_t	before = *counter;

	*counter += n;
	if (doc->check_interrupts && ((before ^ *counter) >> 16) != 0)
		doc->check_interrupts();
}

#endif							/* NEWSEXTRACT_H */
