/*
 * dates_lexicon.c -- the word tables of the dates core: month, weekday and
 * season names, number words, units, parts of the day, relative and
 * function words.  The words are written as lists, one per class and value;
 * they are expanded once per process into one table sorted by word (byte
 * order), with a hash for lookups and a small bitmap that says which (first
 * letter, length) pairs can be anchors, so the scanner skips most words
 * without a lookup.
 */
#include "dates.h"

#include <stdlib.h>
#include <string.h>

#define A NE_LXF_ANCHOR
#define AP (NE_LXF_ANCHOR | NE_LXF_PLURAL)
#define AC (NE_LXF_ANCHOR | NE_LXF_CAP)
#define APC (NE_LXF_ANCHOR | NE_LXF_PLURAL | NE_LXF_CAP)

/*
 * Words of one class, flags and value, separated by spaces.  For numeric
 * values (months, numbers...) step > 0 counts: the first word has the value
 * val, each next one val + step, and a "-" holds the place of a value that
 * has no word.
 */
typedef struct lex_group
{
	uint8_t		cls;			/* ne_date_lex_class */
	uint8_t		flags;			/* NE_LXF_* */
	int16_t		val;
	int16_t		step;
	const char *words;
} lex_group;

static const lex_group groups[] = {
	/* months 1..12 and weekdays 1..7 (Monday first) */
	{LX_MONTH, AC, 1, 1, "january february march april may june july august september october november december"},
	{LX_MONTH_ABBR, AC, 1, 1, "jan feb mar apr - jun jul aug sep oct nov dec"},
	{LX_MONTH_ABBR, AC, 9, 0, "sept"},
	{LX_WEEKDAY, AC, 1, 1, "monday tuesday wednesday thursday friday saturday sunday"},
	{LX_WEEKDAY, APC, 1, 1, "mondays tuesdays wednesdays thursdays fridays saturdays sundays"},
	{LX_WEEKDAY_ABBR, 0, 1, 1, "mon tue wed thu fri"},
	{LX_WEEKDAY_ABBR, 0, 4, 0, "thur"},
	{LX_WEEKDAY_ABBR, AC, 2, 0, "tues"},
	{LX_WEEKDAY_ABBR, AC, 4, 0, "thurs"},

	/* numbers; "nineteen" anchors years in words (nineteen ninety-six) */
	{LX_NUM, 0, 1, 1,
		"one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
		"seventeen eighteen"},
	{LX_NUM, A, 19, 0, "nineteen"},
	{LX_NUM, 0, 20, 10, "twenty thirty forty fifty sixty seventy eighty ninety"},
	{LX_NUM, 0, 12, 0, "dozen"},
	{LX_NUM, 0, 100, 0, "hundred"},
	{LX_NUM, 0, 1000, 0, "thousand"},
	{LX_ORD, 0, 1, 1,
		"first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
		"fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"},
	{LX_DECADE, A, 2, 1, "twenties thirties forties fifties sixties seventies eighties nineties"},
	{LX_VAGUE, 0, 0, 0, "couple few many several"},

	/* days from today (tonight is 9), hours of noon and midnight, time zones */
	{LX_DAYWORD, A, -1, 1, "yesterday today tomorrow"},
	{LX_DAYWORD, A, 9, 0, "tonight"},
	{LX_CLOCK, A, 12, 0, "midday noon"},
	{LX_CLOCK, A, 24, 0, "midnight"},
	{LX_TZ, 0, 0, 0, "bst cdt cet cst edt est et gmt mdt mst pdt pst utc"},

	/* seasons, holidays, parts of the day */
	{LX_SEASON, A, NE_SEASON_SP, 0, "spring"},
	{LX_SEASON, A, NE_SEASON_SU, 0, "summer"},
	{LX_SEASON, A, NE_SEASON_FA, 0, "autumn fall"},
	{LX_SEASON, A, NE_SEASON_WI, 0, "winter"},
	{LX_HOLIDAY, AC, NE_HOL_CHRISTMAS, 0, "christmas"},
	{LX_HOLIDAY, AC, NE_HOL_THANKSGIVING, 0, "thanksgiving"},
	{LX_HOLIDAY, AC, NE_HOL_HALLOWEEN, 0, "halloween"},
	{LX_HOLIDAY, AC, NE_HOL_EASTER, 0, "easter"},
	/* the first word of a holiday of several: "New Year's Eve", "Valentine's Day", "Boxing Day", "Good Friday" */
	{LX_HOLIDAY, AC, NE_HOL_NEW_YEAR, 0, "new"},
	{LX_HOLIDAY, AC, NE_HOL_VALENTINE, 0, "valentine"},
	{LX_HOLIDAY, AC, NE_HOL_BOXING, 0, "boxing"},
	{LX_HOLIDAY, AC, NE_HOL_GOOD_FRIDAY, 0, "good"},
	{LX_PART, A, NE_PART_MO, 0, "morning"},
	{LX_PART, AP, NE_PART_MO, 0, "mornings"},
	{LX_PART, A, NE_PART_AF, 0, "afternoon"},
	{LX_PART, AP, NE_PART_AF, 0, "afternoons"},
	{LX_PART, A, NE_PART_EV, 0, "evening"},
	{LX_PART, AP, NE_PART_EV, 0, "evenings"},
	{LX_PART, A, NE_PART_NI, 0, "night"},
	{LX_PART, AP, NE_PART_NI, 0, "nights"},

	/* units ("second" is the ordinal; halves have no plural) and adverbs of sets */
	{LX_UNIT, AP, NE_U_SECOND, 0, "seconds"},
	{LX_UNIT, A, NE_U_MINUTE, 0, "minute"},
	{LX_UNIT, AP, NE_U_MINUTE, 0, "minutes"},
	{LX_UNIT, A, NE_U_HOUR, 0, "hour"},
	{LX_UNIT, AP, NE_U_HOUR, 0, "hours"},
	{LX_UNIT, A, NE_U_DAY, 0, "day"},
	{LX_UNIT, AP, NE_U_DAY, 0, "days"},
	{LX_UNIT, A, NE_U_WEEK, 0, "fortnight week"},
	{LX_UNIT, AP, NE_U_WEEK, 0, "weeks"},
	{LX_UNIT, A, NE_U_WEEKEND, 0, "weekend"},
	{LX_UNIT, AP, NE_U_WEEKEND, 0, "weekends"},
	{LX_UNIT, A, NE_U_MONTH, 0, "month"},
	{LX_UNIT, AP, NE_U_MONTH, 0, "months"},
	{LX_UNIT, A, NE_U_QUARTER, 0, "quarter"},
	{LX_UNIT, AP, NE_U_QUARTER, 0, "quarters"},
	{LX_UNIT, A, NE_U_HALF, 0, "half"},
	{LX_UNIT, A, NE_U_YEAR, 0, "year"},
	{LX_UNIT, AP, NE_U_YEAR, 0, "years"},
	{LX_UNIT, A, NE_U_DECADE, 0, "decade"},
	{LX_UNIT, AP, NE_U_DECADE, 0, "decades"},
	{LX_UNIT, A, NE_U_CENTURY, 0, "century"},
	{LX_UNIT, AP, NE_U_CENTURY, 0, "centuries"},
	{LX_SETADV, A, NE_U_HOUR, 0, "hourly"},
	{LX_SETADV, A, NE_U_DAY, 0, "daily nightly"},
	{LX_SETADV, A, NE_U_WEEK, 0, "weekly"},
	{LX_SETADV, A, NE_U_MONTH, 0, "monthly"},
	{LX_SETADV, 0, NE_U_QUARTER, 0, "quarterly"},
	{LX_SETADV, A, NE_U_YEAR, 0, "yearly"},
	{LX_SETADV, 0, NE_U_YEAR, 0, "annually"},

	/* reference words */
	{LX_REF, A, NE_REF_PRESENT, 0, "currently now nowadays"},
	{LX_REF, A, NE_REF_PAST, 0, "recently"},
	{LX_REF, A, NE_REF_FUTURE, 0, "future"},
	{LX_REF, A, NE_REF_CURRENT, 0, "current"},
	{LX_REF, A, NE_REF_RECENT, 0, "recent"},
	{LX_REF, A, NE_REF_PASTWORD, 0, "past"},
	{LX_REF, A, NE_REF_SOON, 0, "soon"},

	/* relative words, modifiers, approximators */
	{LX_REL, 0, NE_REL_THIS, 0, "this"},
	{LX_REL, 0, NE_REL_LAST, 0, "last"},
	{LX_REL, 0, NE_REL_NEXT, 0, "next"},
	{LX_REL, 0, NE_REL_COMING, 0, "coming upcoming"},
	{LX_REL, 0, NE_REL_PREVIOUS, 0, "preceding previous prior"},
	{LX_REL, 0, NE_REL_FOLLOWING, 0, "following"},
	{LX_REL, 0, NE_REL_LATEST, 0, "latest"},
	{LX_REL, 0, NE_REL_THESE, 0, "these"},
	{LX_MOD, 0, NE_MOD_EARLY, 0, "early"},
	{LX_MOD, 0, NE_MOD_MID, 0, "mid"},
	{LX_MOD, 0, NE_MOD_LATE, 0, "late"},
	{LX_MOD, 0, NE_MOD_BEGINNING, 0, "beginning start"},
	{LX_MOD, 0, NE_MOD_END, 0, "end"},
	{LX_MOD, 0, NE_MOD_MIDDLE, 0, "middle"},
	{LX_APPROX, 0, NE_AP_ABOUT, 0, "about approximately around roughly"},
	{LX_APPROX, 0, NE_AP_NEARLY, 0, "almost nearly"},

	/* function words the rules look at ("period" anchors the latest period) */
	{LX_FUNC, 0, NE_F_THE, 0, "the"},
	{LX_FUNC, 0, NE_F_A, 0, "a an"},
	{LX_FUNC, 0, NE_F_AGO, 0, "ago"},
	{LX_FUNC, 0, NE_F_OF, 0, "of"},
	{LX_FUNC, 0, NE_F_FISCAL, 0, "fiscal"},
	{LX_FUNC, 0, NE_F_EVERY, 0, "every"},
	{LX_FUNC, 0, NE_F_EACH, 0, "each"},
	{LX_FUNC, 0, NE_F_PER, 0, "per"},
	{LX_FUNC, 0, NE_F_TWICE, 0, "twice"},
	{LX_FUNC, 0, NE_F_ONCE, 0, "once"},
	{LX_FUNC, 0, NE_F_TIMES, 0, "times"},
	{LX_FUNC, 0, NE_F_AND, 0, "and"},
	{LX_FUNC, 0, NE_F_OR, 0, "or"},
	{LX_FUNC, 0, NE_F_SO, 0, "so"},
	{LX_FUNC, 0, NE_F_RIGHT, 0, "right"},
	{LX_FUNC, 0, NE_F_NEAR, 0, "near"},
	{LX_FUNC, 0, NE_F_IN, 0, "in"},
	{LX_FUNC, 0, NE_F_FOR, 0, "for"},
	{LX_FUNC, 0, NE_F_SINCE, 0, "since"},
	{LX_FUNC, 0, NE_F_UNTIL, 0, "till until"},
	{LX_FUNC, 0, NE_F_BY, 0, "by"},
	{LX_FUNC, 0, NE_F_DURING, 0, "during"},
	{LX_FUNC, 0, NE_F_FROM, 0, "from"},
	{LX_FUNC, 0, NE_F_BEFORE, 0, "before"},
	{LX_FUNC, 0, NE_F_AFTER, 0, "after"},
	{LX_FUNC, 0, NE_F_EARLIER, 0, "earlier"},
	{LX_FUNC, 0, NE_F_LATER, 0, "later"},
	{LX_FUNC, 0, NE_F_ON, 0, "on"},
	{LX_FUNC, 0, NE_F_AT, 0, "at"},
	{LX_FUNC, 0, NE_F_WILL, 0, "ll shall will"},
	{LX_FUNC, 0, NE_F_WOULD, 0, "could effective might would"},
	{LX_FUNC, 0, NE_F_SCHEDULED, 0, "due expect expected expecting expects plan planned planning plans scheduled set"},
	{LX_FUNC, 0, NE_F_ITS, 0, "its"},
	{LX_FUNC, 0, NE_F_THAT, 0, "that"},
	{LX_FUNC, A, NE_F_PERIOD, 0, "period"},
	{LX_FUNC, 0, NE_F_AHEAD, 0, "ahead"},
	{LX_FUNC, 0, NE_F_OLD, 0, "old"},
	{LX_FUNC, 0, NE_F_LONG, 0, "long"},
	{LX_FUNC, 0, NE_F_THAN, 0, "than"},
	{LX_FUNC, 0, NE_F_TO, 0, "to"},
	{LX_FUNC, 0, NE_F_NO, 0, "no"},
	{LX_FUNC, 0, NE_F_MORE, 0, "more"},
	{LX_FUNC, 0, NE_F_LESS, 0, "fewer less"},
	{LX_FUNC, 0, NE_F_LEAST, 0, "least"},
	{LX_FUNC, 0, NE_F_UP, 0, "up"},
	{LX_FUNC, 0, NE_F_THROUGH, 0, "through"},
	{LX_FUNC, 0, NE_F_EVE, 0, "eve"},
	{LX_FUNC, 0, NE_F_IS, 0, "are is"},
	{LX_FUNC, 0, NE_F_SAME, 0, "same"},
	{LX_FUNC, 0, NE_F_FULL, 0, "full"},
	{LX_FUNC, 0, NE_F_WITHIN, 0, "within"},
	{LX_FUNC, 0, NE_F_OVER, 0, "over"},
	{LX_FUNC, 0, NE_F_SOME, 0, "some"},
	/* nouns of counted things: 1990 tonnes is no year */
	{LX_FUNC, 0, NE_F_UNIT_NOUN, 0,
		"acres barrels billion bpd cars cases cents children contracts crowns deaths dlrs dollars employees euros feet "
		"francs ft guilders "
		"hectares jobs kg km lbs marks members men meters metres miles million mln ounces pct people percent "
		"persons pesos points pounds residents rupees shares soldiers students tonnes tons troops units vehicles "
		"votes women workers yen yuan"},
	/* past tenses: the sentence speaks of the past */
	{LX_FUNC, 0, NE_F_PASTV, 0,
		"became began brought came did ended fell found gave got had held knew led lost made met rose said saw "
		"sent spoke thought told took was went were won wrote"},
};

#undef A
#undef AP
#undef AC
#undef APC

/* The expanded table, sorted by word; built with the bitmap and the hash by ne_date_lex_init(). */
#define LEX_MAX 512
static ne_date_lex_entry lexicon[LEX_MAX];
static int	nlex;
static char word_store[4096];
static bool lex_ready;

/* Orders two entries by word (C locale byte order). */
static int
entry_order(const void *a, const void *b)
{
	return strcmp(((const ne_date_lex_entry *) a)->word, ((const ne_date_lex_entry *) b)->word);
}

/* Expands the word lists into the sorted table (idempotent, no allocation). */
static void
build_table(void)
{
	size_t		used = 0;

	nlex = 0;
	for (size_t g = 0; g < sizeof(groups) / sizeof(groups[0]); g++)
	{
		const char *p = groups[g].words;
		int			val = groups[g].val;

		while (*p)
		{
			size_t		n = strcspn(p, " ");

			if (n > 0 && !(n == 1 && *p == '-') && nlex < LEX_MAX && used + n + 1 <= sizeof(word_store))
			{
				memcpy(word_store + used, p, n);
				word_store[used + n] = 0;
				lexicon[nlex].word = word_store + used;
				lexicon[nlex].cls = groups[g].cls;
				lexicon[nlex].flags = groups[g].flags;
				lexicon[nlex].val = (int16_t) val;
				nlex++;
				used += n + 1;
			}
			if (n > 0)
				val += groups[g].step;
			p += n;
			while (*p == ' ')
				p++;
		}
	}
	qsort(lexicon, (size_t) nlex, sizeof(lexicon[0]), entry_order);
}

/*
 * ne_date_lex_anchor_bits[a & 31][b & 31] has bit n set when an anchor word
 * of n letters starts with the letters a, b (any case); a word of one letter
 * sets its bit in every column, so any byte may follow it.
 */
uint32_t	ne_date_lex_anchor_bits[32][32];

/*
 * ne_date_lex_anchor_bits3[a & 31][c & 31] has bit n set when an anchor word
 * of n >= 3 letters has the letters a and c first and third; bits 1 and 2 are
 * set everywhere (a shorter word has no third letter to test).
 */
uint32_t	ne_date_lex_anchor_bits3[32][32];

/* ne_date_lex_anchor_bits_last[a & 31][z & 31] has bit n set when an anchor word of n >= 3 letters starts with a and ends with z; bits 1 and 2 as above. */
uint32_t	ne_date_lex_anchor_bits_last[32][32];

/*
 * Open-addressing hash over the table.  A word of up to 15 letters is
 * packed into two 64-bit keys (letter k in bits 8k..8k+7 of key[k / 8]) with
 * its length in the top byte of the second key, so a probe compares two
 * integers; the slot holds the table index + 1 (0 = empty).
 */
#define NE_LEX_HASH 1024
static uint64_t lex_key[NE_LEX_HASH][2];
static int16_t lex_hash[NE_LEX_HASH];

/* Low n bytes of a 64-bit key (n 0..8). */
static inline uint64_t
low_bytes_mask(int n)
{
	return n >= 8 ? ~(uint64_t) 0 : ((uint64_t) 1 << (8 * n)) - 1;
}

/* Packs w[0..n) (n 1..15) into two keys, each byte or'ed with fold (0x20: lower case). */
static inline void
pack_word(const char *w, int n, unsigned char fold, uint64_t key[2])
{
	uint64_t	k[2] = {0, 0};

	for (int i = 0; i < n; i++)
		k[i >> 3] |= (uint64_t) ((unsigned char) w[i] | fold) << (8 * (i & 7));
	key[0] = k[0];
	key[1] = k[1] | (uint64_t) n << 56;
}

/* Hash slot of a packed word. */
static inline uint32_t
hash_key(const uint64_t key[2])
{
	return (uint32_t) ((key[0] * 0x9E3779B97F4A7C15ULL ^ key[1] * 0xC2B2AE3D27D4EB4FULL) >> 54) & (NE_LEX_HASH - 1);
}

/* Fills the hash from the sorted table (idempotent, no allocation). */
static void
build_hash(void)
{
	static int16_t tmp[NE_LEX_HASH];
	static uint64_t tmpkey[NE_LEX_HASH][2];

	memset(tmp, 0, sizeof(tmp));
	memset(tmpkey, 0, sizeof(tmpkey));
	for (int i = 0; i < nlex; i++)
	{
		uint64_t	key[2];
		int			n = (int) strlen(lexicon[i].word);
		uint32_t	h;

		if (n > 15)
			continue;			/* never looked up */
		pack_word(lexicon[i].word, n, 0, key);
		h = hash_key(key);
		while (tmp[h] != 0)
			h = (h + 1) & (NE_LEX_HASH - 1);
		tmp[h] = (int16_t) (i + 1);
		tmpkey[h][0] = key[0];
		tmpkey[h][1] = key[1];
	}
	memcpy(lex_key, tmpkey, sizeof(tmpkey));
	memcpy(lex_hash, tmp, sizeof(tmp));
}

/* Probes the hash for a packed word; NULL when absent. */
static inline const ne_date_lex_entry *
probe(const uint64_t key[2])
{
	uint32_t	h = hash_key(key);

	while (lex_hash[h] != 0)
	{
		if (lex_key[h][0] == key[0] && lex_key[h][1] == key[1])
			return &lexicon[lex_hash[h] - 1];
		h = (h + 1) & (NE_LEX_HASH - 1);
	}
	return NULL;
}

/* Fills the anchor bitmap from the table (idempotent, no allocation). */
static void
build_anchor_bitmap(void)
{
	static uint32_t tmp[32][32];
	static uint32_t tmp3[32][32];
	static uint32_t tmplast[32][32];

	for (int a = 0; a < 32; a++)
		for (int b = 0; b < 32; b++)
		{
			tmp[a][b] = 0;
			tmp3[a][b] = tmplast[a][b] = (1u << 1) | (1u << 2);
		}
	for (int i = 0; i < nlex; i++)
	{
		const char *w = lexicon[i].word;
		size_t		n = strlen(w);

		if (!(lexicon[i].flags & NE_LXF_ANCHOR) || w[0] < 'a' || w[0] > 'z' || n >= 32)
			continue;
		if (n == 1)
			for (int c2 = 0; c2 < 32; c2++)
				tmp[w[0] & 31][c2] |= (uint32_t) 1 << n;
		else if (w[1] >= 'a' && w[1] <= 'z')
			tmp[w[0] & 31][w[1] & 31] |= (uint32_t) 1 << n;
		if (n >= 3)
		{
			tmp3[w[0] & 31][w[2] & 31] |= (uint32_t) 1 << n;
			tmplast[w[0] & 31][w[n - 1] & 31] |= (uint32_t) 1 << n;
		}
	}
	memcpy(ne_date_lex_anchor_bits, tmp, sizeof(tmp));
	memcpy(ne_date_lex_anchor_bits3, tmp3, sizeof(tmp3));
	memcpy(ne_date_lex_anchor_bits_last, tmplast, sizeof(tmplast));
}

/* Builds the table, its anchor bitmap and its hash once per process. */
void
ne_date_lex_init(void)
{
	if (lex_ready)
		return;
	build_table();
	build_anchor_bitmap();
	build_hash();
	lex_ready = true;
}

/* Could a word of n letters starting with lower-case c, c2 be an anchor (c2 not a letter: none)? */
bool
ne_date_lex_maybe_anchor(unsigned char c, unsigned char c2, int n)
{
	if (!lex_ready)
		ne_date_lex_init();
	if (c < 'a' || c > 'z' || n <= 0 || n >= 32)
		return false;
	return ne_date_lex_anchor_shape(c, c2 >= 'a' && c2 <= 'z' ? c2 : 0, n);
}

/* Compares the NUL-terminated table word a with w[0..n). */
static int
cmp_word(const char *a, const char *w, int n)
{
	int			i;

	for (i = 0; i < n; i++)
	{
		unsigned char ca = (unsigned char) a[i];
		unsigned char cw = (unsigned char) w[i];

		if (ca == 0)
			return -1;
		if (ca != cw)
			return ca < cw ? -1 : 1;
	}
	return a[n] == 0 ? 0 : 1;
}

/* Hash lookup of the lower-case word w[0..n). */
const ne_date_lex_entry *
ne_date_lex_lookup(const char *w, int n)
{
	uint64_t	key[2];

	if (n <= 0 || n > 15)
		return NULL;
	if (!lex_ready)
		ne_date_lex_init();
	pack_word(w, n, 0, key);
	return probe(key);
}

/* Looks up the ASCII word s[0..n) in any case (letters folded with | 0x20); NULL when absent or longer than 15. */
const ne_date_lex_entry *
ne_date_lex_lookup_folded(const char *s, int n)
{
	uint64_t	key[2];

	if (n <= 0 || n > 15)
		return NULL;
	if (!lex_ready)
		ne_date_lex_init();
	pack_word(s, n, 0x20, key);
	return probe(key);
}

/* The same for the word t[pos..pos+n) of a text of len bytes (reads whole words when it can). */
const ne_date_lex_entry *
ne_date_lex_lookup_folded_at(const char *t, int32_t len, int32_t pos, int n)
{
	if (n <= 0 || n > 15)
		return NULL;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	if (lex_ready && pos + 16 <= len)
	{
		/* the common case without a call: two loads, folded and cut to n bytes */
		const uint64_t fold = 0x2020202020202020ULL;
		uint64_t	key[2],
					a,
					b;

		memcpy(&a, t + pos, 8);
		memcpy(&b, t + pos + 8, 8);
		key[0] = (a | fold) & low_bytes_mask(n);
		key[1] = (n > 8 ? (b | fold) & low_bytes_mask(n - 8) : 0) | (uint64_t) n << 56;
		return probe(key);
	}
#endif
	return ne_date_lex_lookup_folded(t + pos, n);
}

/* Binary search for the lower-case word w[0..n) (reference for the hash). */
const ne_date_lex_entry *
ne_date_lex_bsearch(const char *w, int n)
{
	int			lo = 0,
				hi;

	if (n <= 0 || n > 15)
		return NULL;
	if (!lex_ready)
		ne_date_lex_init();
	hi = nlex - 1;
	while (lo <= hi)
	{
		int			mid = (lo + hi) / 2;
		int			c = cmp_word(lexicon[mid].word, w, n);

		if (c == 0)
			return &lexicon[mid];
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid - 1;
	}
	return NULL;
}

/* Returns the number of entries when sorted and unique, else -1. */
int
ne_date_lex_check(void)
{
	if (!lex_ready)
		ne_date_lex_init();
	for (int i = 1; i < nlex; i++)
		if (strcmp(lexicon[i - 1].word, lexicon[i].word) >= 0)
			return -1;
	return nlex;
}
