/*
 * unit.h -- shared helpers for the core's cmocka unit tests.
 */
#ifndef NE_UNIT_H
#define NE_UNIT_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "newsextract.h"

/* A document over a C string with its own malloc arena. */
typedef struct unit_doc
{
	ne_doc		doc;
	ne_arena   *arena;
} unit_doc;

/* Starts analysing the NUL-terminated text s. */
static inline ne_doc *
unit_doc_open(unit_doc *u, const char *s)
{
	u->arena = ne_arena_create_malloc();
	ne_doc_init(&u->doc, s, (int32_t) strlen(s), u->arena);
	return &u->doc;
}

/* Frees everything the analysis allocated. */
static inline void
unit_doc_close(unit_doc *u)
{
	ne_arena_destroy(u->arena);
	u->arena = NULL;
}

/* A NUL-terminated text of head then reps copies of part (long inputs for linear-time tests); the caller frees it. */
static inline char *
unit_repeat(const char *head, const char *part, size_t reps)
{
	size_t		hl = strlen(head),
				pl = strlen(part);
	char	   *s = malloc(hl + reps * pl + 1);

	assert_non_null(s);
	memcpy(s, head, hl);
	for (size_t i = 0; i < reps; i++)
		memcpy(s + hl + i * pl, part, pl);
	s[hl + reps * pl] = '\0';
	return s;
}

/* The entity named name, or NULL. */
static inline const ne_entity *
unit_entity(const ne_doc *doc, const char *name)
{
	for (int32_t e = 0; e < doc->nentities; e++)
		if (strcmp(doc->entities[e].name, name) == 0)
			return &doc->entities[e];
	return NULL;
}

/* Asserts that text[span] equals the NUL-terminated expect. */
#define assert_span_text(doc, span, expect) \
	do { \
		ne_span s_ = (span); \
		const char *e_ = (expect); \
		assert_true(s_.start >= 0); \
		assert_int_equal(s_.end - s_.start, (int) strlen(e_)); \
		assert_memory_equal((doc)->text + s_.start, e_, strlen(e_)); \
	} while (0)

#endif							/* NE_UNIT_H */
