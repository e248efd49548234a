/*
 * text.c -- UTF-8 decoding and character classes (utf8proc for non-ASCII).
 */
#include "text.h"
#include "newsextract.h"

#include <string.h>
#include <utf8proc.h>

/* ne_decode for a byte 0x80 or up: a code point of two to four bytes, or one invalid byte. */
int32_t
ne_decode_multi(const char *s, int32_t len, int32_t i, int32_t *n)
{
	const unsigned char *p = (const unsigned char *) s + i;
	int32_t		left = len - i;
	int32_t		cp;
	int32_t		need;

	if (p[0] < 0x80)
	{
		*n = 1;
		return p[0];
	}
	if (p[0] >= 0xC2 && p[0] <= 0xDF)
	{
		need = 2;
		cp = p[0] & 0x1F;
	}
	else if (p[0] >= 0xE0 && p[0] <= 0xEF)
	{
		need = 3;
		cp = p[0] & 0x0F;
	}
	else if (p[0] >= 0xF0 && p[0] <= 0xF4)
	{
		need = 4;
		cp = p[0] & 0x07;
	}
	else
	{
		*n = 1;
		return NE_INVALID_CP;
	}
	if (left < need)
	{
		*n = 1;
		return NE_INVALID_CP;
	}
	for (int32_t k = 1; k < need; k++)
	{
		if ((p[k] & 0xC0) != 0x80)
		{
			*n = 1;
			return NE_INVALID_CP;
		}
		cp = (cp << 6) | (p[k] & 0x3F);
	}
	/* reject overlong forms and surrogates */
	if ((need == 3 && cp < 0x800) || (need == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
		(cp >= 0xD800 && cp <= 0xDFFF))
	{
		*n = 1;
		return NE_INVALID_CP;
	}
	*n = need;
	return cp;
}

/* Returns the start of the code point ending before byte i (at most 3 steps back). */
int32_t
ne_prev_start(const char *s, int32_t i)
{
	const unsigned char *p = (const unsigned char *) s;
	int32_t		j = i - 1;
	int32_t		lim = i - 4;

	if (lim < 0)
		lim = 0;
	while (j > lim && (p[j] & 0xC0) == 0x80)
		j--;
	return j < 0 ? 0 : j;
}

/* ne_decode_prev when the byte before i is not ASCII (or i is 0). */
int32_t
ne_decode_prev_multi(const char *s, int32_t i, int32_t *start)
{
	int32_t		j,
				n,
				cp;

	if (i <= 0)
	{
		*start = 0;
		return 0;
	}
	j = ne_prev_start(s, i);
	cp = ne_decode(s, i, j, &n);
	if (j + n != i)
	{
		/* the bytes before i are not one whole code point: step one byte */
		j = i - 1;
		cp = NE_INVALID_CP;
	}
	*start = j;
	return cp;
}

/* ne_is_letter for cp 0x80 and up (text.h answers ASCII). */
bool
ne_is_letter_nonascii(int32_t cp)
{
	if (cp < 0x80)
		return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
	if (cp == NE_INVALID_CP)
		return false;
	switch (utf8proc_category(cp))
	{
		case UTF8PROC_CATEGORY_LU:
		case UTF8PROC_CATEGORY_LL:
		case UTF8PROC_CATEGORY_LT:
		case UTF8PROC_CATEGORY_LM:
		case UTF8PROC_CATEGORY_LO:
			return true;
		default:
			return false;
	}
}

/* ne_is_upper for cp 0x80 and up (text.h answers ASCII). */
bool
ne_is_upper_nonascii(int32_t cp)
{
	utf8proc_category_t c;

	if (cp < 0x80)
		return cp >= 'A' && cp <= 'Z';
	if (cp == NE_INVALID_CP)
		return false;
	c = utf8proc_category(cp);
	return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT;
}

/* ne_is_lower for cp 0x80 and up (text.h answers ASCII). */
bool
ne_is_lower_nonascii(int32_t cp)
{
	if (cp < 0x80)
		return cp >= 'a' && cp <= 'z';
	if (cp == NE_INVALID_CP)
		return false;
	return utf8proc_category(cp) == UTF8PROC_CATEGORY_LL;
}

/* ne_is_digit for cp 0x80 and up (text.h answers ASCII). */
bool
ne_is_digit_nonascii(int32_t cp)
{
	if (cp < 0x80)
		return cp >= '0' && cp <= '9';
	if (cp == NE_INVALID_CP)
		return false;
	return utf8proc_category(cp) == UTF8PROC_CATEGORY_ND;
}

/* ne_is_alnum for cp 0x80 and up (text.h answers ASCII). */
bool
ne_is_alnum_nonascii(int32_t cp)
{
	utf8proc_category_t c;

	if (cp < 0x80)
		return ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') || (cp >= '0' && cp <= '9');
	if (cp == NE_INVALID_CP)
		return false;
	c = utf8proc_category(cp);
	return (c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_ND);
}

/* ne_is_space for cp 0x80 and up (text.h answers ASCII). */
bool
ne_is_space_nonascii(int32_t cp)
{
	utf8proc_category_t c;

	if (cp < 0x80)
		return cp == ' ' || (cp >= '\t' && cp <= '\r');
	if (cp == 0x85 || cp == 0xA0 || cp == 0xFEFF || cp == 0x200B)
		return true;
	if (cp == NE_INVALID_CP)
		return false;
	c = utf8proc_category(cp);
	return c == UTF8PROC_CATEGORY_ZS || c == UTF8PROC_CATEGORY_ZL || c == UTF8PROC_CATEGORY_ZP;
}

/* Simple lower-case mapping. */
int32_t
ne_to_lower(int32_t cp)
{
	if (cp < 0x80)
		return (cp >= 'A' && cp <= 'Z') ? cp + 32 : cp;
	if (cp == NE_INVALID_CP)
		return cp;
	return utf8proc_tolower(cp);
}

/* ASCII case-insensitive comparison of a[0..alen) with NUL-terminated w. */
bool
ne_ascii_ieq(const char *a, int32_t alen, const char *w)
{
	int32_t		i;

	for (i = 0; i < alen; i++)
	{
		unsigned char c = (unsigned char) a[i];

		if (w[i] == '\0')
			return false;
		if (c >= 'A' && c <= 'Z')
			c += 32;
		if (c != (unsigned char) w[i])
			return false;
	}
	return w[i] == '\0';
}

/* Copies s[0..len) with white-space runs folded to one space, ends trimmed. */
char *
ne_fold_spaces(struct ne_arena *a, const char *s, int32_t len)
{
	char	   *out = ne_alloc(a, (size_t) len + 1);
	int32_t		o = 0,
				i = 0;
	bool		pending = false;

	while (i < len)
	{
		int32_t		n;
		int32_t		cp = ne_decode(s, len, i, &n);

		if (ne_is_space(cp))
			pending = (o > 0);
		else
		{
			if (pending)
				out[o++] = ' ';
			pending = false;
			memcpy(out + o, s + i, (size_t) n);
			o += n;
		}
		i += n;
	}
	out[o] = '\0';
	return out;
}

/* The NE_CPU_* features of this CPU, asked once a process (0 where they cannot be asked). */
unsigned
ne_cpu_features(void)
{
	static int	features = -1;

	if (features < 0)
	{
		unsigned	f = 0;

#if defined(__x86_64__) && defined(__GNUC__)
		__builtin_cpu_init();
		if (__builtin_cpu_supports("avx2"))
			f |= NE_CPU_AVX2;
		if (__builtin_cpu_supports("bmi"))
			f |= NE_CPU_BMI1;
#endif
		features = (int) f;
	}
	return (unsigned) features;
}
