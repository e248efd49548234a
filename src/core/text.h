/*
 * text.h -- UTF-8 decoding and character classes for the core.
 *
 * ASCII is answered inline (here); other code points go to utf8proc.  Invalid
 * bytes decode as one U+FFFD-like code point of length 1 (class "other"),
 * so every scanner advances on any input.
 */
#ifndef NE_TEXT_H
#define NE_TEXT_H

#include <stdbool.h>
#include <stdint.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#define NE_INVALID_CP 0xFFFD

/* Inlining a small helper on a hot path whatever the compiler's size budget decides. */
#ifdef __GNUC__
#define NE_ALWAYS_INLINE inline __attribute__((always_inline))
#else
#define NE_ALWAYS_INLINE inline
#endif

/* ne_decode for a byte 0x80 or up: a code point of two to four bytes, or one invalid byte. */
int32_t		ne_decode_multi(const char *s, int32_t len, int32_t i, int32_t *n);
/* Returns the start of the code point that ends just before byte i. */
int32_t		ne_prev_start(const char *s, int32_t i);
/* ne_decode_prev when the byte before i is not ASCII (or i is 0). */
int32_t		ne_decode_prev_multi(const char *s, int32_t i, int32_t *start);

/* The classes below for cp 0x80 and up (the inline functions answer ASCII). */
bool		ne_is_letter_nonascii(int32_t cp);
bool		ne_is_upper_nonascii(int32_t cp);
bool		ne_is_lower_nonascii(int32_t cp);
bool		ne_is_digit_nonascii(int32_t cp);
bool		ne_is_alnum_nonascii(int32_t cp);
bool		ne_is_space_nonascii(int32_t cp);

/* Decodes the code point at s[i] (i < len); stores its byte length in *n. */
static inline int32_t
ne_decode(const char *s, int32_t len, int32_t i, int32_t *n)
{
	unsigned char b = (unsigned char) s[i];

	if (b < 0x80)
	{
		*n = 1;
		return b;
	}
	return ne_decode_multi(s, len, i, n);
}

/* Decodes the code point that ends just before byte i (0 if i == 0). */
static inline int32_t
ne_decode_prev(const char *s, int32_t i, int32_t *start)
{
	if (i > 0 && (unsigned char) s[i - 1] < 0x80)
	{
		*start = i - 1;
		return (unsigned char) s[i - 1];
	}
	return ne_decode_prev_multi(s, i, start);
}

/* Is cp a letter (any script)? */
static inline bool
ne_is_letter(int32_t cp)
{
	return cp < 0x80 ? (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z' : ne_is_letter_nonascii(cp);
}

/* Is cp an upper-case or title-case letter? */
static inline bool
ne_is_upper(int32_t cp)
{
	return cp < 0x80 ? cp >= 'A' && cp <= 'Z' : ne_is_upper_nonascii(cp);
}

/* Is cp a lower-case letter? */
static inline bool
ne_is_lower(int32_t cp)
{
	return cp < 0x80 ? cp >= 'a' && cp <= 'z' : ne_is_lower_nonascii(cp);
}

/* Is cp a decimal digit? */
static inline bool
ne_is_digit(int32_t cp)
{
	return cp < 0x80 ? cp >= '0' && cp <= '9' : ne_is_digit_nonascii(cp);
}

/* Is cp a letter, a digit or a combining mark? */
static inline bool
ne_is_alnum(int32_t cp)
{
	return cp < 0x80 ? ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') || (cp >= '0' && cp <= '9') :
		ne_is_alnum_nonascii(cp);
}

/* Is cp white space, including no-break and Unicode spaces? */
static inline bool
ne_is_space(int32_t cp)
{
	return cp < 0x80 ? cp == ' ' || (cp >= '\t' && cp <= '\r') : ne_is_space_nonascii(cp);
}

/* Is cp a dash (hyphen-minus, en, em, figure dash, minus...)? */
static inline bool
ne_is_dash(int32_t cp)
{
	if (cp < 0x80)
		return cp == '-';
	return (cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212 || cp == 0xFE58 || cp == 0xFE63 ||
		cp == 0xFF0D;
}

/* Lower-cases cp (simple case mapping). */
int32_t		ne_to_lower(int32_t cp);

/* Quotation-mark code points. */
#define NE_CP_LDQUO  0x201C		/* “ */
#define NE_CP_RDQUO  0x201D		/* ” */
#define NE_CP_BDQUO  0x201E		/* „ */
#define NE_CP_LSQUO  0x2018		/* ‘ */
#define NE_CP_RSQUO  0x2019		/* ’ */
#define NE_CP_LAQUO  0x00AB		/* « */
#define NE_CP_RAQUO  0x00BB		/* » */

/* Compares a[0..alen) with the NUL-terminated ASCII word w, ignoring ASCII case. */
bool		ne_ascii_ieq(const char *a, int32_t alen, const char *w);

/*
 * Copies s[0..len) to a NUL-terminated arena string with every run of white
 * space folded to one space and the ends trimmed ("Jeff\n  Sessions" ->
 * "Jeff Sessions").
 */
struct ne_arena;
char	   *ne_fold_spaces(struct ne_arena *a, const char *s, int32_t len);

/* CPU features the core's vector paths ask for (ne_cpu_features). */
#define NE_CPU_AVX2 0x1
#define NE_CPU_BMI1 0x2

/* The NE_CPU_* features of this CPU, asked once a process (0 where they cannot be asked). */
unsigned	ne_cpu_features(void);

/* Index of the lowest set bit of a nonzero x. */
static inline int
ne_lowest_bit(uint64_t x)
{
#ifdef __GNUC__
	return __builtin_ctzll(x);
#else
	int			k = 0;

	while (!((x >> k) & 1))
		k++;
	return k;
#endif
}

#ifdef __SSE2__
/* ASCII classes of 16 bytes as bit masks, bit k for byte k (callers read what they need). */
typedef struct ne_classes16
{
	uint32_t	letter;			/* A-Z a-z */
	uint32_t	digit;			/* 0-9 */
	uint32_t	space;			/* ' ' \t \n \v \f \r */
	uint32_t	newline;		/* \n */
	uint32_t	apos;			/* ' */
	uint32_t	high;			/* 0x80 and up */
} ne_classes16;

/*
 * Classifies the 16 bytes at p.  A class is a byte range, tested by one
 * signed compare after shifting the range to start at -128; once inlined,
 * the classes a caller does not read are not computed.
 */
static inline ne_classes16
ne_classify16(const void *p)
{
	const __m128i v = _mm_loadu_si128((const __m128i *) p);
	__m128i		letter = _mm_cmplt_epi8(_mm_add_epi8(_mm_or_si128(v, _mm_set1_epi8(0x20)),	/* folded to lower case */
												 _mm_set1_epi8((char) (0x80 - 'a'))),
										_mm_set1_epi8((char) (0x80 + 26)));
	__m128i		digit = _mm_cmplt_epi8(_mm_add_epi8(v, _mm_set1_epi8((char) (0x80 - '0'))),
									   _mm_set1_epi8((char) (0x80 + 10)));
	__m128i		space = _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(' ')),
									 _mm_cmplt_epi8(_mm_add_epi8(v, _mm_set1_epi8((char) (0x80 - '\t'))),
													_mm_set1_epi8((char) (0x80 + 5))));
	ne_classes16 c;

	c.letter = (uint32_t) _mm_movemask_epi8(letter);
	c.digit = (uint32_t) _mm_movemask_epi8(digit);
	c.space = (uint32_t) _mm_movemask_epi8(space);
	c.newline = (uint32_t) _mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8('\n')));
	c.apos = (uint32_t) _mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8('\'')));
	c.high = (uint32_t) _mm_movemask_epi8(v);
	return c;
}
#endif

#endif							/* NE_TEXT_H */
