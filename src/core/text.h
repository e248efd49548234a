/*
 * text.h -- UTF-8 decoding and character classes for the core.
 *
 * ASCII is answered inline; other code points go to utf8proc.  Invalid
 * bytes decode as one U+FFFD-like code point of length 1 (class "other"),
 * so every scanner advances on any input.
 */
#ifndef NE_TEXT_H
#define NE_TEXT_H

#include <stdbool.h>
#include <stdint.h>

#define NE_INVALID_CP 0xFFFD

/* Decodes the code point at s[i] (i < len); stores its byte length in *n. */
int32_t		ne_decode(const char *s, int32_t len, int32_t i, int32_t *n);
/* Returns the start of the code point that ends just before byte i. */
int32_t		ne_prev_start(const char *s, int32_t i);
/* Decodes the code point that ends just before byte i (0 if i == 0). */
int32_t		ne_decode_prev(const char *s, int32_t i, int32_t *start);

/* Is cp a letter (any script)? */
bool		ne_is_letter(int32_t cp);
/* Is cp an upper-case or title-case letter? */
bool		ne_is_upper(int32_t cp);
/* Is cp a lower-case letter? */
bool		ne_is_lower(int32_t cp);
/* Is cp a decimal digit? */
bool		ne_is_digit(int32_t cp);
/* Is cp a letter, a digit or a combining mark? */
bool		ne_is_alnum(int32_t cp);
/* Is cp white space, including no-break and Unicode spaces? */
bool		ne_is_space(int32_t cp);
/* Is cp a dash (hyphen-minus, en, em, figure dash, minus...)? */
bool		ne_is_dash(int32_t cp);
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

#endif							/* NE_TEXT_H */
