/*
 * arena.c -- one bump allocator per analysis.
 *
 * Blocks come from a caller-supplied allocator (palloc in a memory context
 * inside PostgreSQL, malloc in tests); everything is released at once.
 */
#include "newsextract.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NE_FIRST_BLOCK (4 * 1024)
#define NE_MAX_BLOCK (1024 * 1024)
#define NE_ALIGN 16

typedef struct ne_block
{
	struct ne_block *next;
	size_t		size;			/* usable bytes after the header */
	size_t		used;
	bool		dedicated;		/* holds one big allocation only */
	/* data follows, aligned */
} ne_block;

#define NE_HDR (((sizeof(ne_block) + NE_ALIGN - 1) / NE_ALIGN) * NE_ALIGN)

struct ne_arena
{
	ne_alloc_fn alloc;
	ne_free_fn	release;
	void	   *ctx;
	ne_block   *head;
	size_t		next_size;		/* size of the next small block: doubles up to NE_MAX_BLOCK */
	void		(*check) (void);	/* called between the chunks of a big copy or zeroing, or NULL */
};

/* Bytes a big copy or zeroing handles between two calls of the arena's check: a few ms of work. */
#define NE_CHECK_CHUNK ((size_t) 8 * 1024 * 1024)

/* Makes an arena drawing blocks from alloc/release. */
ne_arena *
ne_arena_create(ne_alloc_fn alloc, ne_free_fn release, void *ctx)
{
	ne_arena   *a = alloc(ctx, sizeof(ne_arena));

	memset(a, 0, sizeof(*a));
	a->alloc = alloc;
	a->release = release;
	a->ctx = ctx;
	a->next_size = NE_FIRST_BLOCK;
	return a;
}

/* malloc that never returns NULL. */
static void *
malloc_or_die(void *ctx, size_t size)
{
	void	   *p = malloc(size);

	(void) ctx;
	if (p == NULL)
	{
		fprintf(stderr, "newsextract: out of memory (%zu bytes)\n", size);
		abort();
	}
	return p;
}

/* free with the ne_free_fn signature. */
static void
free_block(void *ctx, void *block)
{
	(void) ctx;
	free(block);
}

/* An arena on malloc/free. */
ne_arena *
ne_arena_create_malloc(void)
{
	return ne_arena_create(malloc_or_die, free_block, NULL);
}

/* Makes the next small block at least size bytes, up to NE_MAX_BLOCK. */
void
ne_arena_expect(ne_arena *a, size_t size)
{
	if (size > NE_MAX_BLOCK)
		size = NE_MAX_BLOCK;
	if (size > a->next_size)
		a->next_size = size;
}

/*
 * A new block for an allocation of size bytes (aligned) that does not fit
 * the current block: a small allocation gets the next block of the doubling
 * sequence, which becomes the current one; a big one gets a block of its own,
 * and the current block keeps being filled afterwards.
 */
static ne_block *
new_block(ne_arena *a, size_t size)
{
	bool		big = size > a->next_size / 4;
	size_t		bsize = big ? size : a->next_size;
	ne_block   *b;

	if (!big && a->next_size < NE_MAX_BLOCK)
		a->next_size = a->next_size < NE_MAX_BLOCK / 2 ? a->next_size * 2 : NE_MAX_BLOCK;
	b = a->alloc(a->ctx, NE_HDR + bsize);
	b->size = bsize;
	b->used = 0;
	b->dedicated = big;
	if (big && a->head != NULL)
	{
		b->next = a->head->next;
		a->head->next = b;
	}
	else
	{
		b->next = a->head;
		a->head = b;
	}
	return b;
}

/*
 * Returns size aligned bytes, not zeroed (ne_grow touches only what is used).
 * Inline, with the rare new block out of line, as it runs for every
 * allocation of the core.
 */
static inline void *
alloc_raw(ne_arena *a, size_t size)
{
	ne_block   *b = a->head;
	void	   *p;

	size = (size + NE_ALIGN - 1) & ~(size_t) (NE_ALIGN - 1);
	if (b == NULL || b->size - b->used < size)
		b = new_block(a, size);
	p = (char *) b + NE_HDR + b->used;
	b->used += size;
	return p;
}

/* Has the arena call check between the chunks of a big copy or zeroing. */
void
ne_arena_set_check(ne_arena *a, void (*check) (void))
{
	a->check = check;
}

/* memset(p, byte, n), calling the arena's check between chunks: a huge array stays cancellable. */
void
ne_arena_fill(ne_arena *a, void *p, int byte, size_t n)
{
	char	   *d = p;

	while (a->check != NULL && n > NE_CHECK_CHUNK)
	{
		memset(d, byte, NE_CHECK_CHUNK);
		d += NE_CHECK_CHUNK;
		n -= NE_CHECK_CHUNK;
		a->check();
	}
	memset(d, byte, n);
}

/* memcpy(dst, src, n), calling the arena's check between chunks. */
static void
copy_checked(ne_arena *a, void *dst, const void *src, size_t n)
{
	char	   *d = dst;
	const char *s = src;

	while (a->check != NULL && n > NE_CHECK_CHUNK)
	{
		memcpy(d, s, NE_CHECK_CHUNK);
		d += NE_CHECK_CHUNK;
		s += NE_CHECK_CHUNK;
		n -= NE_CHECK_CHUNK;
		a->check();
	}
	memcpy(d, s, n);
}

/* Returns size aligned bytes, not zeroed: for arrays written in full before they are read. */
void *
ne_alloc_raw(ne_arena *a, size_t size)
{
	return alloc_raw(a, size);
}

/* Returns size zeroed, aligned bytes. */
void *
ne_alloc(ne_arena *a, size_t size)
{
	void	   *p = alloc_raw(a, size);

	ne_arena_fill(a, p, 0, size);
	return p;
}

/* NUL-terminated copy of s[0..len). */
char *
ne_strndup(ne_arena *a, const char *s, size_t len)
{
	char	   *p = alloc_raw(a, len + 1);	/* every byte is written: no zeroing */

	memcpy(p, s, len);
	p[len] = '\0';
	return p;
}

/*
 * Gives back the block of a big array that has been copied elsewhere, so a
 * growing array of a long text costs its final size, not twice that.
 */
static void
release_dedicated(ne_arena *a, void *array)
{
	ne_block  **link = &a->head;

	while (*link != NULL)
	{
		ne_block   *b = *link;

		if ((char *) b + NE_HDR == (char *) array)
		{
			if (b->dedicated)
			{
				*link = b->next;
				a->release(a->ctx, b);
			}
			return;
		}
		link = &b->next;
	}
}

/* Grows array to at least need elements, doubling; old contents are copied, new ones not zeroed. */
void *
ne_grow(ne_arena *a, void *array, int32_t *cap, int32_t need, size_t elsize)
{
	int64_t		newcap = *cap > 0 ? *cap : 16;
	void	   *p;

	while (newcap < need)
		newcap *= 2;
	if (newcap > INT32_MAX / 2)
		newcap = INT32_MAX / 2;
	if (newcap < need)
		newcap = need;			/* unreachable for arrays of a text under 1 GB */
	p = alloc_raw(a, (size_t) newcap * elsize);
	if (array != NULL && *cap > 0)
	{
		copy_checked(a, p, array, (size_t) (*cap) * elsize);
		release_dedicated(a, array);
	}
	*cap = (int32_t) newcap;
	return p;
}

/* Frees all blocks and the arena. */
void
ne_arena_destroy(ne_arena *a)
{
	ne_block   *b;

	if (a == NULL)
		return;
	b = a->head;
	while (b != NULL)
	{
		ne_block   *next = b->next;

		a->release(a->ctx, b);
		b = next;
	}
	a->release(a->ctx, a);
}
