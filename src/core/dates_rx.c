/*
 * dates_rx.c -- the numeric date and time patterns.
 *
 * PCRE2 patterns for the numeric forms, compiled and JIT-compiled once per
 * process, matched anchored at a position with a bounded subject.
 */

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "dates_internal.h"

#include <string.h>

static const char *const rx_source[RX_N] = {
	"(\\d{4})-(\\d\\d)-(\\d\\d)(?:T(\\d\\d):(\\d\\d)(?::\\d\\d(?:\\.\\d+)?)?(?:Z|[+-]\\d\\d:?\\d\\d)?)?(?![\\d:])",
	"(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d\\d)(?![\\d/])",
	"(\\d{1,2})(?::(\\d\\d))?[ \\t]?([aApP])\\.?[mM](?![A-Za-z])(\\.)?",
	"(\\d{1,2}):(\\d\\d)(?=[ \\t](?:[ECMP][SD]T|GMT|UTC)(?![A-Za-z]))",
	"(\\d{1,2})(?:st|nd|rd|th)?(?:[ \\t]|\\xC2\\xA0){1,3}(?:of(?:[ \\t]|\\xC2\\xA0){1,3})?([A-Z][a-z]{2,8}|[A-Z]{3,9})(?![A-Za-z])(\\.)?"
	"(?:,?(?:[ \\t]|\\n(?!\\n)|\\xC2\\xA0){1,3}(\\d{4})(?![\\d]|[.,]\\d))?",
	"(\\d{1,2})-([A-Z][a-z]{2}|[A-Z]{3})-(\\d{4}|\\d\\d)(?![\\d-])",
	"(\\.)?(?:[ \\t\\n]|\\xC2\\xA0){1,3}(\\d{1,2})(?:st|nd|rd|th)?(?![\\d%]|[:,.]\\d|[A-Za-z])"
	"(?:[ \\t]?(?:-|\\xE2\\x80\\x93)[ \\t]?(\\d{1,2})(?![\\d%]|[:.]\\d))?"
	"(?:,?(?:[ \\t]|\\n(?!\\n)|\\xC2\\xA0){1,3}(\\d{4})(?![\\d%]|[.,]\\d))?",
	"(\\.)?,?(?:[ \\t]|\\n(?!\\n)|\\xC2\\xA0){1,3}(?:of(?:[ \\t\\n]|\\xC2\\xA0){1,3})?(\\d{4})(?![\\d%]|[.,]\\d)",
};

static pcre2_code *rx_code[RX_N];
static bool rx_jit[RX_N];
static pcre2_match_data *rx_md;
static pcre2_match_context *rx_mctx;
static int	rx_state;			/* 0 = not yet, 1 = ready, -1 = unusable */

/* Compiles (and JIT-compiles) every pattern once per process. */
static void
rx_init(void)
{
	int			err;
	PCRE2_SIZE	erroff;

	if (rx_state != 0)
		return;
	rx_state = -1;
	for (int i = 0; i < RX_N; i++)
	{
		rx_code[i] = pcre2_compile((PCRE2_SPTR) rx_source[i], PCRE2_ZERO_TERMINATED,
								   PCRE2_ANCHORED, &err, &erroff, NULL);
		if (rx_code[i] == NULL)
			continue;			/* that form is simply not recognised */
		rx_jit[i] = pcre2_jit_compile(rx_code[i], PCRE2_JIT_COMPLETE) == 0;
	}
	rx_md = pcre2_match_data_create(12, NULL);
	rx_mctx = pcre2_match_context_create(NULL);
	if (rx_mctx != NULL)
	{
		pcre2_set_match_limit(rx_mctx, 20000);
		pcre2_set_depth_limit(rx_mctx, 1000);
	}
	if (rx_md != NULL)
		rx_state = 1;
}

/*
 * The subject handed to PCRE2 never ends at the end of the caller's buffer.
 * PCRE2's JIT code reads ahead in aligned words: when the subject's end is
 * the last byte of the buffer (a detoasted varlena in PostgreSQL, which has
 * no terminator after it), it loads bytes past the buffer and branches on
 * them before it checks the length (valgrind: "conditional jump depends on
 * uninitialised value" for "10 R" in an exact-size buffer).  A window that
 * reaches the end of the text is therefore matched in a copy with padding on
 * both sides.  The patterns are anchored and look neither behind nor before
 * the start, so matching t[pos..len) at offset 0 of the copy is the same match.
 */
#define RX_WINDOW 120
#define RX_PAD 32

static unsigned char rx_tail[RX_PAD + RX_WINDOW + RX_PAD];

/* Is byte b in [ \t\n] (the white space of the patterns after a month)? */
static inline bool
rx_space(unsigned char b)
{
	return b == ' ' || b == '\t' || b == '\n';
}

/*
 * A necessary condition for a match of the patterns that follow a month
 * name (RX_MONTAIL, RX_MONYEAR), tested before calling PCRE2: an optional
 * dot (and for RX_MONYEAR a comma), one to three [ \t\n] or no-break spaces,
 * then a digit (or the "o" of "of").  True for the other patterns.
 */
static bool
rx_may_match(int id, const unsigned char *t, int32_t len, int32_t pos)
{
	int32_t		k = pos;
	int32_t		r = 0,			/* bytes of white space */
				n = 0;			/* spaces */

	if (id != RX_MONTAIL && id != RX_MONYEAR)
		return true;
	if (k < len && t[k] == '.')
		k++;
	if (id == RX_MONYEAR && k < len && t[k] == ',')
		k++;
	/* (a no-break space, U+00A0, counts as one: "March\u00a015") */
	while (k + r < len && n < 4 && (rx_space(t[k + r]) || (t[k + r] == 0xC2 && k + r + 1 < len && t[k + r + 1] == 0xA0)))
	{
		r += t[k + r] == 0xC2 ? 2 : 1;
		n++;
	}
	if (n < 1 || n > 3 || k + r >= len)
		return false;
	return is_digit(t[k + r]) || (id == RX_MONYEAR && t[k + r] == 'o');
}

/* Anchored match of pattern id at t[pos]; fills ov (start/end pairs, -1 unset); returns the pair count or 0. */
int
dt_rx_match(int id, const char *t, int32_t len, int32_t pos, int32_t *ov, int maxpairs)
{
	int			rc;
	PCRE2_SIZE *v;
	int32_t		lim = len - pos > RX_WINDOW ? pos + RX_WINDOW : len;
	PCRE2_SPTR	subj = (PCRE2_SPTR) t;
	PCRE2_SIZE	slen = (PCRE2_SIZE) lim;
	PCRE2_SIZE	soff = (PCRE2_SIZE) pos;
	int32_t		shift = 0;

	if (pos >= len || !rx_may_match(id, (const unsigned char *) t, len, pos))
		return 0;
	rx_init();
	if (rx_state != 1 || rx_code[id] == NULL)
		return 0;
	if (lim == len)
	{
		/* the window touches the end of the buffer: match a padded copy */
		memcpy(rx_tail + RX_PAD, t + pos, (size_t) (len - pos));
		memset(rx_tail + RX_PAD + (len - pos), 0, RX_PAD);
		subj = rx_tail + RX_PAD;
		slen = (PCRE2_SIZE) (len - pos);
		soff = 0;
		shift = pos;
	}
	if (rx_jit[id])
		rc = pcre2_jit_match(rx_code[id], subj, slen, soff, 0, rx_md, rx_mctx);
	else
		rc = pcre2_match(rx_code[id], subj, slen, soff, PCRE2_ANCHORED, rx_md, rx_mctx);
	if (rc <= 0)
		return 0;
	v = pcre2_get_ovector_pointer(rx_md);
	if (rc > maxpairs)
		rc = maxpairs;
	for (int i = 0; i < maxpairs; i++)
	{
		if (i < rc && v[2 * i] != PCRE2_UNSET)
		{
			ov[2 * i] = (int32_t) v[2 * i] + shift;
			ov[2 * i + 1] = (int32_t) v[2 * i + 1] + shift;
		}
		else
			ov[2 * i] = ov[2 * i + 1] = -1;
	}
	return rc;
}
