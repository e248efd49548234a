/*
 * dates.h -- the word classes and the lexicon of the dates core
 * (dates_lexicon.c), used by its rules (dates_internal.h) and its tests.
 * The public entry point is ne_find_dates() in newsextract.h.
 */
#ifndef NE_DATES_H
#define NE_DATES_H

#include <stdbool.h>
#include <stdint.h>

#include "newsextract.h"

/* Word classes of the date lexicon. */
typedef enum ne_date_lex_class
{
	LX_NONE = 0,
	LX_MONTH,					/* january .. december; val 1..12 */
	LX_MONTH_ABBR,				/* jan, feb, sept ...; val 1..12 */
	LX_WEEKDAY,					/* monday .. sunday; val 1..7 (ISO) */
	LX_WEEKDAY_ABBR,			/* mon, tues, wed ...; val 1..7 */
	LX_SEASON,					/* spring, summer, fall, autumn, winter; val NE_SEASON_* */
	LX_NUM,						/* cardinal number words; val = value */
	LX_ORD,						/* ordinal words; val = value */
	LX_UNIT,					/* time units; val NE_U_* */
	LX_PART,					/* parts of the day; val NE_PART_* */
	LX_DAYWORD,					/* today, tomorrow, yesterday, tonight; val = day offset, tonight 9 */
	LX_REF,						/* now, currently, recently ...; val NE_REF_* */
	LX_SETADV,					/* daily, weekly ...; val NE_U_* */
	LX_REL,						/* last, next, this ...; val NE_REL_* */
	LX_MOD,						/* early, mid, late ...; val NE_MOD_* */
	LX_APPROX,					/* about, nearly, more/less than ...; val NE_AP_* */
	LX_VAGUE,					/* several, few, couple, many; val 0 */
	LX_CLOCK,					/* noon, midnight, midday; val = hour */
	LX_DECADE,					/* twenties .. nineties; val 2..9 */
	LX_HOLIDAY,					/* christmas, thanksgiving ...; val NE_HOL_* */
	LX_FUNC,					/* function words used by the rules; val NE_F_* */
	LX_TZ						/* time zones: est, gmt ...; val 0 */
} ne_date_lex_class;

/* Units (also the val of LX_SETADV). */
enum
{
	NE_U_SECOND = 1, NE_U_MINUTE, NE_U_HOUR, NE_U_DAY, NE_U_WEEK, NE_U_WEEKEND,
	NE_U_MONTH, NE_U_QUARTER, NE_U_HALF, NE_U_YEAR, NE_U_DECADE, NE_U_CENTURY
};

/* Seasons. */
enum
{
	NE_SEASON_SP = 1, NE_SEASON_SU, NE_SEASON_FA, NE_SEASON_WI
};

/* Parts of the day. */
enum
{
	NE_PART_MO = 1, NE_PART_AF, NE_PART_EV, NE_PART_NI
};

/* Reference words. */
enum
{
	NE_REF_PRESENT = 1, NE_REF_PAST, NE_REF_FUTURE, NE_REF_CURRENT, NE_REF_RECENT, NE_REF_PASTWORD,
	NE_REF_SOON
};

/* Relative determiners. */
enum
{
	NE_REL_THIS = 1, NE_REL_LAST, NE_REL_NEXT, NE_REL_PAST, NE_REL_COMING,
	NE_REL_PREVIOUS, NE_REL_FOLLOWING, NE_REL_LATEST, NE_REL_FIRST, NE_REL_THESE
};

/* Modifiers. */
enum
{
	NE_MOD_EARLY = 1, NE_MOD_MID, NE_MOD_LATE, NE_MOD_EARLIER, NE_MOD_LATER,
	NE_MOD_BEGINNING, NE_MOD_END, NE_MOD_MIDDLE
};

/* Approximators. */
enum
{
	NE_AP_ABOUT = 1, NE_AP_NEARLY, NE_AP_MORE, NE_AP_LESS, NE_AP_LEAST, NE_AP_UPTO,
	NE_AP_OVER, NE_AP_WITHIN
};

/* Holidays. */
enum
{
	NE_HOL_CHRISTMAS = 1, NE_HOL_THANKSGIVING, NE_HOL_HALLOWEEN, NE_HOL_EASTER, NE_HOL_NEW_YEAR,
	NE_HOL_VALENTINE, NE_HOL_BOXING, NE_HOL_GOOD_FRIDAY
};

/* Function words. */
enum
{
	NE_F_THE = 1, NE_F_AGO, NE_F_OF, NE_F_FISCAL, NE_F_EVERY, NE_F_EACH, NE_F_PER,
	NE_F_TWICE, NE_F_ONCE, NE_F_TIMES, NE_F_A, NE_F_AND, NE_F_OR, NE_F_SO, NE_F_RIGHT,
	NE_F_NEAR, NE_F_IN, NE_F_FOR, NE_F_SINCE, NE_F_UNTIL, NE_F_BY, NE_F_DURING,
	NE_F_FROM, NE_F_BEFORE, NE_F_AFTER, NE_F_EARLIER, NE_F_LATER, NE_F_ON, NE_F_AT,
	NE_F_WILL, NE_F_SCHEDULED, NE_F_ITS, NE_F_THAT, NE_F_PERIOD, NE_F_AHEAD,
	NE_F_OLD, NE_F_LONG, NE_F_THAN, NE_F_TO, NE_F_NO, NE_F_MORE, NE_F_THROUGH,
	NE_F_OCLOCK, NE_F_DAY, NE_F_EVE, NE_F_IS, NE_F_SAME, NE_F_UNIT_NOUN, NE_F_AM,
	NE_F_PM, NE_F_FULL, NE_F_WITHIN, NE_F_OVER, NE_F_SOME, NE_F_LESS, NE_F_LEAST, NE_F_UP, NE_F_WOULD, NE_F_PASTV
};

/* Lexicon entry flags. */
#define NE_LXF_ANCHOR  0x01		/* may start a search for an expression */
#define NE_LXF_PLURAL  0x02		/* plural unit (years) */
#define NE_LXF_CAP     0x04		/* an anchor only when capitalised (May, March, Sun...) */

typedef struct ne_date_lex_entry
{
	const char *word;			/* lower case ASCII */
	uint8_t		cls;			/* ne_date_lex_class */
	uint8_t		flags;			/* NE_LXF_* */
	int16_t		val;
} ne_date_lex_entry;

/* Looks up the lower-case ASCII word w[0..n); NULL when absent. */
const ne_date_lex_entry *ne_date_lex_lookup(const char *w, int n);
/* Looks up the ASCII word s[0..n) in any case; NULL when absent. */
const ne_date_lex_entry *ne_date_lex_lookup_folded(const char *s, int n);
/* The same by binary search over the sorted table (tests check both agree). */
const ne_date_lex_entry *ne_date_lex_bsearch(const char *w, int n);
/* The same for the word t[pos..pos+n) of a text of len bytes, in any case (reads whole words when it can). */
const ne_date_lex_entry *ne_date_lex_lookup_folded_at(const char *t, int32_t len, int32_t pos, int n);
/* Bit n of [a & 31][b & 31] is set when an anchor word of n letters starts with letters a, b (any case). */
extern uint32_t ne_date_lex_anchor_bits[32][32];

/*
 * Can a word of n letters (1..31) starting with the letter c (any case) and
 * then the byte c2 (a letter when n > 1; 0 or any byte when n is 1) be an
 * anchor?  After ne_date_lex_init.
 */
static inline bool
ne_date_lex_anchor_shape(unsigned char c, unsigned char c2, int n)
{
	return (ne_date_lex_anchor_bits[c & 31][c2 & 31] >> n) & 1;
}
/* Bit n of [a & 31][c & 31] is set when an anchor word of n >= 3 letters has letters a and c first and third (bits 1, 2 always). */
extern uint32_t ne_date_lex_anchor_bits3[32][32];

/* Bit n of [a & 31][z & 31] is set when an anchor word of n >= 3 letters starts with a and ends with z (bits 1, 2 always). */
extern uint32_t ne_date_lex_anchor_bits_last[32][32];

/* Builds the lexicon table, its hash and its anchor bitmap (once per process). */
void		ne_date_lex_init(void);
/* Could a word of n letters starting with lower-case c, c2 be an anchor? */
bool		ne_date_lex_maybe_anchor(unsigned char c, unsigned char c2, int n);
/* Checks that the table is sorted and unique (unit tests); returns the count or -1. */
int			ne_date_lex_check(void);

#endif							/* NE_DATES_H */
