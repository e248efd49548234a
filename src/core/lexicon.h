/*
 * lexicon.h -- word tables of the attribution stage: reporting verbs, titles,
 * organisation markers, pronouns, non-names, name particles and suffixes.
 *
 * One sorted table of lower-case words, each with a set of NE_LX_* flags,
 * looked up through a generated perfect hash (case-insensitive for ASCII
 * letters).
 */
#ifndef NE_LEXICON_H
#define NE_LEXICON_H

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#define NE_LX_CUE            0x00000001u
#define NE_LX_CUE_SAY        0x00000002u
#define NE_LX_TITLE          0x00000004u
#define NE_LX_TITLE_MOD      0x00000008u
#define NE_LX_HON_M          0x00000010u
#define NE_LX_HON_F          0x00000020u
#define NE_LX_HONORIFIC      0x00000040u
#define NE_LX_ORG            0x00000080u
#define NE_LX_KNOWN_ORG      0x00000100u
#define NE_LX_PLACE          0x00000200u
#define NE_LX_NAT            0x00000400u
#define NE_LX_MONTH          0x00000800u
#define NE_LX_WEEKDAY        0x00001000u
#define NE_LX_NONNAME        0x00002000u
#define NE_LX_PARTICLE       0x00004000u
#define NE_LX_SUFFIX         0x00008000u
#define NE_LX_ABBREV         0x00010000u
#define NE_LX_ABBREV_TITLE   0x00020000u
#define NE_LX_PRON_M         0x00040000u
#define NE_LX_PRON_F         0x00080000u
#define NE_LX_PRON_PL        0x00100000u
#define NE_LX_PRON_N         0x00200000u
#define NE_LX_PRON_REL       0x00400000u
#define NE_LX_NOMINAL        0x00800000u
#define NE_LX_STATEMENT      0x01000000u
#define NE_LX_SKIPADV        0x02000000u
#define NE_LX_FIRST_M        0x04000000u
#define NE_LX_FIRST_F        0x08000000u
#define NE_LX_PERSON_NOUN    0x10000000u	/* "the defender": a noun that describes a named person */
#define NE_LX_ORG_NOUN       0x20000000u	/* "the company": a noun that describes a named organisation */
#define NE_LX_CORP_NOUN      0x40000000u	/* "Southcorp's board", "Southcorp shares": a noun that makes its owner a company */
#define NE_LX_CORP_OF        0x80000000u	/* "shares in X", "a stake in X", "takeover of X": X is a company */

#define NE_LX_PRON (NE_LX_PRON_M | NE_LX_PRON_F | NE_LX_PRON_PL | NE_LX_PRON_N)

typedef struct ne_lex_entry
{
	const char *word;			/* lower case */
	uint32_t	flags;			/* NE_LX_* */
	uint8_t		len;			/* bytes of word */
} ne_lex_entry;

/* ASCII lower case of every byte value (other bytes unchanged). */
extern const unsigned char ne_lex_lower[256];

/* Does a[0..alen) equal the word w, ASCII case ignored (as ne_ascii_ieq)?  Inline: the length is tested first. */
static inline bool
ne_lex_word_is(const char *a, int32_t alen, const char *w)
{
	if (alen != (int32_t) strlen(w))
		return false;
	for (int32_t i = 0; i < alen; i++)
		if (ne_lex_lower[(unsigned char) a[i]] != (unsigned char) w[i])
			return false;
	return true;
}

/* Is a[0..alen) (any case) one of the n lower-case words? */
static inline bool
ne_lex_word_in(const char *a, int32_t alen, const char *const *words, size_t n)
{
	unsigned char first;

	if (alen <= 0)
		return false;
	first = ne_lex_lower[(unsigned char) a[0]];
	for (size_t i = 0; i < n; i++)
		if ((unsigned char) words[i][0] == first && ne_lex_word_is(a, alen, words[i]))
			return true;		/* the first byte first: a table word's strlen only when it may match */
	return false;
}

/* ne_lex_word_in over a static array of words. */
#define NE_LEX_WORD_IN(a, alen, words) ne_lex_word_in((a), (alen), (words), sizeof(words) / sizeof((words)[0]))

/* Bytes of the 8-byte word x with A-Z turned to a-z (other bytes unchanged, as ne_lex_lower). */
static inline uint64_t
ne_fold_ascii8(uint64_t x)
{
	const uint64_t ones = 0x0101010101010101ull;
	const uint64_t high = ones * 0x80;
	uint64_t	lo = x & ~high;			/* 7 bits per byte: the sums below never carry */
	uint64_t	ge_a = lo + ones * (0x80 - 'A');
	uint64_t	gt_z = lo + ones * (0x80 - 'Z' - 1);
	uint64_t	upper = ge_a & ~gt_z & ~x & high;

	return x | (upper >> 2);	/* 0x80 >> 2 = 0x20 */
}

/*
 * The n bytes at p (n a constant 1..8: one load) read little endian, the
 * order the generated hash assumes, zero above.
 */
static inline uint64_t
ne_load_le(const char *p, int n)
{
	uint64_t	x = 0;

	memcpy(&x, p, (size_t) n);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
	x = __builtin_bswap64(x);	/* the n bytes were the top ones */
#endif
	return x;
}

/* Bytes s[0..n), 1 <= n <= 8, as a little-endian word zero-padded above; reads no byte outside s[0..n). */
static inline uint64_t
ne_load_upto8(const char *s, int32_t n)
{
	if (n == 8)
		return ne_load_le(s, 8);
	if (n >= 4)					/* two loads that overlap: the shared bytes are equal */
		return ne_load_le(s, 4) | (ne_load_le(s + n - 4, 4) << (8 * (n - 4)));
	return (uint64_t) (unsigned char) s[0] | ((uint64_t) (unsigned char) s[n >> 1] << (8 * (n >> 1))) |
		((uint64_t) (unsigned char) s[n - 1] << (8 * (n - 1)));
}

/*
 * The shapes of the lexicon's abbreviations (NE_LX_ABBREV, NE_LX_ABBREV_TITLE),
 * generated with the table: one bit for each length 1..16 and first two
 * bytes, ASCII case folded, a-z as 0..25 and any other byte (or none) as 26.
 */
#define NE_LEX_ABBREV_SHAPES (17 * 27 * 27)
extern const uint64_t ne_lex_abbrev_shape[NE_LEX_ABBREV_SHAPES / 64 + 1];

/*
 * Could s[0..len) be an abbreviation of the lexicon?  A word of another shape
 * is none, so the tokenizer skips the look-up of the word before nearly
 * every period of a text.
 */
static inline bool
ne_lex_may_be_abbrev(const char *s, int32_t len)
{
	unsigned	c0,
				c1;
	int32_t		k;

	if ((uint32_t) (len - 1) >= 16u)
		return false;			/* no word of the lexicon is longer */
	c0 = ne_lex_lower[(unsigned char) s[0]];
	c1 = len > 1 ? ne_lex_lower[(unsigned char) s[1]] : 0;
	c0 = c0 >= 'a' && c0 <= 'z' ? c0 - 'a' : 26;
	c1 = c1 >= 'a' && c1 <= 'z' ? c1 - 'a' : 26;
	k = (len * 27 + (int32_t) c0) * 27 + (int32_t) c1;
	return (ne_lex_abbrev_shape[k >> 6] >> (k & 63)) & 1;
}

/* Flags of the word s[0..len) (ASCII case ignored), 0 when unknown. */
uint32_t	ne_lex_flags(const char *s, int32_t len);
/* The same where any byte of [lo, hi) may be read (a token of a text): faster, no branch on the word. */
uint32_t	ne_lex_flags_in(const char *s, int32_t len, const char *lo, const char *hi);
/* The same by binary search of the sorted table (tests check both agree). */
uint32_t	ne_lex_flags_bsearch(const char *s, int32_t len);

/* Number of table entries, and entry i (for tests). */
int32_t		ne_lex_size(void);
const ne_lex_entry *ne_lex_entry_at(int32_t i);

/*
 * Multi-word cue phrases ("according to", "went on to say", "pointed out"):
 * the number of words of the phrase that starts with words[0..n) (each given
 * as pointer and length), or 0.  Longest match wins.
 */
int			ne_lex_cue_phrase(const char *const *words, const int32_t *lens, int n);

/* Cue phrase i in sorted order, or NULL past the last (for tests). */
const char *ne_lex_cue_phrase_at(int i);

/*
 * The first letters of the cue phrases, a bit each from 'a' (a phrase with a
 * new first letter adds it here; test_cue_phrase_letters checks it).
 */
#define NE_CUE_PHRASE_LETTERS \
	((1u << ('a' - 'a')) | (1u << ('c' - 'a')) | (1u << ('f' - 'a')) | (1u << ('g' - 'a')) | (1u << ('h' - 'a')) | \
	 (1u << ('l' - 'a')) | (1u << ('m' - 'a')) | (1u << ('p' - 'a')) | (1u << ('s' - 'a')) | (1u << ('w' - 'a')))

/* May a word that starts with byte c open a cue phrase?  One test turns most words away. */
static inline bool
ne_lex_may_open_cue_phrase(char c)
{
	unsigned	f = (unsigned char) c | 32u;

	return f >= 'a' && f <= 'z' && ((NE_CUE_PHRASE_LETTERS >> (f - 'a')) & 1u);
}

/* Is s[0..len) the last word of a public body's name (Commission, Ministry, Party, Journal)? */
bool		ne_lex_public_body(const char *s, int32_t len);

#endif							/* NE_LEXICON_H */
