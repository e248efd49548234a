/*
 * dates_lexicon.c -- the word tables of the dates core: month, weekday and
 * season names, number words, units, parts of the day, relative and
 * function words.  One table sorted by word (byte order), searched by
 * binary search; a small bitmap says which (first letter, length) pairs can
 * be anchors, so the scanner skips most words without a search.
 */
#include "dates.h"

#include <string.h>

#define A NE_LXF_ANCHOR
#define AP (NE_LXF_ANCHOR | NE_LXF_PLURAL)
#define AC (NE_LXF_ANCHOR | NE_LXF_CAP)
#define APC (NE_LXF_ANCHOR | NE_LXF_PLURAL | NE_LXF_CAP)

/* Sorted by word (C locale byte order); checked by ne_lex_check(). */
static const ne_lex_entry lexicon[] = {
	{"a", LX_FUNC, 0, NE_F_A},
	{"about", LX_APPROX, 0, NE_AP_ABOUT},
	{"acres", LX_FUNC, 0, NE_F_UNIT_NOUN},
	{"after", LX_FUNC, 0, NE_F_AFTER},
	{"afternoon", LX_PART, A, NE_PART_AF},
	{"afternoons", LX_PART, AP, NE_PART_AF},
	{"ago", LX_FUNC, 0, NE_F_AGO},
	{"ahead", LX_FUNC, 0, NE_F_AHEAD},
	{"almost", LX_APPROX, 0, NE_AP_NEARLY},
	{"an", LX_FUNC, 0, NE_F_A},
	{"and", LX_FUNC, 0, NE_F_AND},
	{"annually", LX_SETADV, 0, NE_U_YEAR},
	{"approximately", LX_APPROX, 0, NE_AP_ABOUT},
	{"apr", LX_MONTH_ABBR, AC, 4},
	{"april", LX_MONTH, AC, 4},
	{"are", LX_FUNC, 0, NE_F_IS},
	{"around", LX_APPROX, 0, NE_AP_ABOUT},
	{"at", LX_FUNC, 0, NE_F_AT},
	{"aug", LX_MONTH_ABBR, AC, 8},
	{"august", LX_MONTH, AC, 8},
	{"autumn", LX_SEASON, A, NE_SEASON_FA},
	{"barrels", LX_FUNC, 0, NE_F_UNIT_NOUN},
	{"became", LX_FUNC, 0, NE_F_PASTV},
	{"before", LX_FUNC, 0, NE_F_BEFORE},
	{"began", LX_FUNC, 0, NE_F_PASTV},
	{"beginning", LX_MOD, 0, NE_MOD_BEGINNING},
	{"billion", LX_FUNC, 0, NE_F_UNIT_NOUN},
	{"bpd", LX_FUNC, 0, NE_F_UNIT_NOUN},
	{"brought", LX_FUNC, 0, NE_F_PASTV},
	{"bst", LX_TZ, 0, 0},
	{"by", LX_FUNC, 0, NE_F_BY},
	{"came", LX_FUNC, 0, NE_F_PASTV},
	{"cars", LX_FUNC, 0, NE_F_UNIT_NOUN},
	{"cases", LX_FUNC, 0, NE_F_UNIT_NOUN},
	{"cdt", LX_TZ, 0, 0},
	{"centuries", LX_UNIT, AP, NE_U_CENTURY},
	{"century", LX_UNIT, A, NE_U_CENTURY},
	{"cet", LX_TZ, 0, 0},
	{"children", LX_FUNC, 0, NE_F_UNIT_NOUN},
	{"christmas", LX_HOLIDAY, AC, NE_HOL_CHRISTMAS},
	{"coming", LX_REL, 0, NE_REL_COMING},
	{"contracts", LX_FUNC, 0, NE_F_UNIT_NOUN},
	{"could", LX_FUNC, 0, NE_F_WOULD},
	{"couple", LX_VAGUE, 0, 0},
	{"cst", LX_TZ, 0, 0},
	{"current", LX_REF, A, NE_REF_CURRENT},
	{"currently", LX_REF, A, NE_REF_PRESENT},
	{"daily", LX_SETADV, A, NE_U_DAY},
	{"day", LX_UNIT, A, NE_U_DAY},
	{"days", LX_UNIT, AP, NE_U_DAY},
	{"deaths", LX_FUNC, 0, NE_F_UNIT_NOUN},
	{"dec", LX_MONTH_ABBR, AC, 12},
	{"decade", LX_UNIT, A, NE_U_DECADE},
	{"decades", LX_UNIT, AP, NE_U_DECADE},
	{"december", LX_MONTH, AC, 12},
	{"did", LX_FUNC, 0, NE_F_PASTV},
	{"dlrs", LX_FUNC, 0, NE_F_UNIT_NOUN},
	{"dollars", LX_FUNC, 0, NE_F_UNIT_NOUN},
	{"dozen", LX_NUM, 0, 12},
	{"due", LX_FUNC, 0, NE_F_SCHEDULED},
	{"during", LX_FUNC, 0, NE_F_DURING},
	{"each", LX_FUNC, 0, NE_F_EACH},
	{"earlier", LX_FUNC, 0, NE_F_EARLIER},
	{"early", LX_MOD, 0, NE_MOD_EARLY},
	{"easter", LX_HOLIDAY, AC, NE_HOL_EASTER},
	{"edt", LX_TZ, 0, 0},
	{"effective", LX_FUNC, 0, NE_F_WOULD},
	{"eight", LX_NUM, 0, 8},
	{"eighteen", LX_NUM, 0, 18},
	{"eighteenth", LX_ORD, 0, 18},
	{"eighth", LX_ORD, 0, 8},
	{"eighties", LX_DECADE, A, 8},
	{"eighty", LX_NUM, 0, 80},
	{"eleven", LX_NUM, 0, 11},
	{"eleventh", LX_ORD, 0, 11},
	{"employees", LX_FUNC, 0, NE_F_UNIT_NOUN},
	{"end", LX_MOD, 0, NE_MOD_END},
	{"ended", LX_FUNC, 0, NE_F_PASTV},
	{"est", LX_TZ, 0, 0},
	{"et", LX_TZ, 0, 0},
	{"eve", LX_FUNC, 0, NE_F_EVE},
	{"evening", LX_PART, A, NE_PART_EV},
	{"evenings", LX_PART, AP, NE_PART_EV},
	{"every", LX_FUNC, 0, NE_F_EVERY},
	{"expected", LX_FUNC, 0, NE_F_SCHEDULED},
	{"fall", LX_SEASON, A, NE_SEASON_FA},
	{"feb", LX_MONTH_ABBR, AC, 2},
	{"february", LX_MONTH, AC, 2},
	{"feet", LX_FUNC, 0, NE_F_UNIT_NOUN},
	{"fell", LX_FUNC, 0, NE_F_PASTV},
	{"few", LX_VAGUE, 0, 0},
	{"fewer", LX_FUNC, 0, NE_F_LESS},
	{"fifteen", LX_NUM, 0, 15},
	{"fifteenth", LX_ORD, 0, 15},
	{"fifth", LX_ORD, 0, 5},
	{"fifties", LX_DECADE, A, 5},
	{"fifty", LX_NUM, 0, 50},
	{"first", LX_ORD, 0, 1},
	{"fiscal", LX_FUNC, 0, NE_F_FISCAL},
	{"five", LX_NUM, 0, 5},
	{"following", LX_REL, 0, NE_REL_FOLLOWING},
	{"for", LX_FUNC, 0, NE_F_FOR},
	{"forties", LX_DECADE, A, 4},
	{"fortnight", LX_UNIT, A, NE_U_WEEK},
	{"forty", LX_NUM, 0, 40},
	{"found", LX_FUNC, 0, NE_F_PASTV},
	{"four", LX_NUM, 0, 4},
	{"fourteen", LX_NUM, 0, 14},
	{"fourteenth", LX_ORD, 0, 14},
	{"fourth", LX_ORD, 0, 4},
	{"francs", LX_FUNC, 0, NE_F_UNIT_NOUN},
	{"fri", LX_WEEKDAY_ABBR, 0, 5},
	{"friday", LX_WEEKDAY, AC, 5},
	{"fridays", LX_WEEKDAY, APC, 5},
	{"from", LX_FUNC, 0, NE_F_FROM},
	{"ft", LX_FUNC, 0, NE_F_UNIT_NOUN},
	{"full", LX_FUNC, 0, NE_F_FULL},
	{"future", LX_REF, A, NE_REF_FUTURE},
	{"gave", LX_FUNC, 0, NE_F_PASTV},
	{"gmt", LX_TZ, 0, 0},
	{"got", LX_FUNC, 0, NE_F_PASTV},
	{"had", LX_FUNC, 0, NE_F_PASTV},
	{"half", LX_UNIT, A, NE_U_HALF},
	{"halloween", LX_HOLIDAY, AC, NE_HOL_HALLOWEEN},
	{"hectares", LX_FUNC, 0, NE_F_UNIT_NOUN},
	{"held", LX_FUNC, 0, NE_F_PASTV},
	{"hour", LX_UNIT, A, NE_U_HOUR},
	{"hourly", LX_SETADV, A, NE_U_HOUR},
	{"hours", LX_UNIT, AP, NE_U_HOUR},
	{"hundred", LX_NUM, 0, 100},
	{"in", LX_FUNC, 0, NE_F_IN},
	{"is", LX_FUNC, 0, NE_F_IS},
	{"its", LX_FUNC, 0, NE_F_ITS},
	{"jan", LX_MONTH_ABBR, AC, 1},
	{"january", LX_MONTH, AC, 1},
	{"jobs", LX_FUNC, 0, NE_F_UNIT_NOUN},
	{"jul", LX_MONTH_ABBR, AC, 7},
	{"july", LX_MONTH, AC, 7},
	{"jun", LX_MONTH_ABBR, AC, 6},
	{"june", LX_MONTH, AC, 6},
	{"kg", LX_FUNC, 0, NE_F_UNIT_NOUN},
	{"km", LX_FUNC, 0, NE_F_UNIT_NOUN},
	{"knew", LX_FUNC, 0, NE_F_PASTV},
	{"last", LX_REL, 0, NE_REL_LAST},
	{"late", LX_MOD, 0, NE_MOD_LATE},
	{"later", LX_FUNC, 0, NE_F_LATER},
	{"latest", LX_REL, 0, NE_REL_LATEST},
	{"lbs", LX_FUNC, 0, NE_F_UNIT_NOUN},
	{"least", LX_FUNC, 0, NE_F_LEAST},
	{"led", LX_FUNC, 0, NE_F_PASTV},
	{"less", LX_FUNC, 0, NE_F_LESS},
	{"ll", LX_FUNC, 0, NE_F_WILL},
	{"long", LX_FUNC, 0, NE_F_LONG},
	{"lost", LX_FUNC, 0, NE_F_PASTV},
	{"made", LX_FUNC, 0, NE_F_PASTV},
	{"many", LX_VAGUE, 0, 0},
	{"mar", LX_MONTH_ABBR, AC, 3},
	{"march", LX_MONTH, AC, 3},
	{"marks", LX_FUNC, 0, NE_F_UNIT_NOUN},
	{"may", LX_MONTH, AC, 5},
	{"mdt", LX_TZ, 0, 0},
	{"members", LX_FUNC, 0, NE_F_UNIT_NOUN},
	{"men", LX_FUNC, 0, NE_F_UNIT_NOUN},
	{"met", LX_FUNC, 0, NE_F_PASTV},
	{"meters", LX_FUNC, 0, NE_F_UNIT_NOUN},
	{"metres", LX_FUNC, 0, NE_F_UNIT_NOUN},
	{"mid", LX_MOD, 0, NE_MOD_MID},
	{"midday", LX_CLOCK, A, 12},
	{"middle", LX_MOD, 0, NE_MOD_MIDDLE},
	{"midnight", LX_CLOCK, A, 24},
	{"might", LX_FUNC, 0, NE_F_WOULD},
	{"miles", LX_FUNC, 0, NE_F_UNIT_NOUN},
	{"million", LX_FUNC, 0, NE_F_UNIT_NOUN},
	{"minute", LX_UNIT, A, NE_U_MINUTE},
	{"minutes", LX_UNIT, AP, NE_U_MINUTE},
	{"mln", LX_FUNC, 0, NE_F_UNIT_NOUN},
	{"mon", LX_WEEKDAY_ABBR, 0, 1},
	{"monday", LX_WEEKDAY, AC, 1},
	{"mondays", LX_WEEKDAY, APC, 1},
	{"month", LX_UNIT, A, NE_U_MONTH},
	{"monthly", LX_SETADV, A, NE_U_MONTH},
	{"months", LX_UNIT, AP, NE_U_MONTH},
	{"more", LX_FUNC, 0, NE_F_MORE},
	{"morning", LX_PART, A, NE_PART_MO},
	{"mornings", LX_PART, AP, NE_PART_MO},
	{"mst", LX_TZ, 0, 0},
	{"near", LX_FUNC, 0, NE_F_NEAR},
	{"nearly", LX_APPROX, 0, NE_AP_NEARLY},
	{"next", LX_REL, 0, NE_REL_NEXT},
	{"night", LX_PART, A, NE_PART_NI},
	{"nightly", LX_SETADV, A, NE_U_DAY},
	{"nights", LX_PART, AP, NE_PART_NI},
	{"nine", LX_NUM, 0, 9},
	{"nineteen", LX_NUM, A, 19},
	{"nineteenth", LX_ORD, 0, 19},
	{"nineties", LX_DECADE, A, 9},
	{"ninety", LX_NUM, 0, 90},
	{"ninth", LX_ORD, 0, 9},
	{"no", LX_FUNC, 0, NE_F_NO},
	{"noon", LX_CLOCK, A, 12},
	{"nov", LX_MONTH_ABBR, AC, 11},
	{"november", LX_MONTH, AC, 11},
	{"now", LX_REF, A, NE_REF_PRESENT},
	{"nowadays", LX_REF, A, NE_REF_PRESENT},
	{"oct", LX_MONTH_ABBR, AC, 10},
	{"october", LX_MONTH, AC, 10},
	{"of", LX_FUNC, 0, NE_F_OF},
	{"old", LX_FUNC, 0, NE_F_OLD},
	{"on", LX_FUNC, 0, NE_F_ON},
	{"once", LX_FUNC, 0, NE_F_ONCE},
	{"one", LX_NUM, 0, 1},
	{"or", LX_FUNC, 0, NE_F_OR},
	{"ounces", LX_FUNC, 0, NE_F_UNIT_NOUN},
	{"over", LX_FUNC, 0, NE_F_OVER},
	{"past", LX_REF, A, NE_REF_PASTWORD},
	{"pct", LX_FUNC, 0, NE_F_UNIT_NOUN},
	{"pdt", LX_TZ, 0, 0},
	{"people", LX_FUNC, 0, NE_F_UNIT_NOUN},
	{"per", LX_FUNC, 0, NE_F_PER},
	{"percent", LX_FUNC, 0, NE_F_UNIT_NOUN},
	{"period", LX_FUNC, A, NE_F_PERIOD},
	{"persons", LX_FUNC, 0, NE_F_UNIT_NOUN},
	{"plan", LX_FUNC, 0, NE_F_SCHEDULED},
	{"planned", LX_FUNC, 0, NE_F_SCHEDULED},
	{"planning", LX_FUNC, 0, NE_F_SCHEDULED},
	{"plans", LX_FUNC, 0, NE_F_SCHEDULED},
	{"points", LX_FUNC, 0, NE_F_UNIT_NOUN},
	{"pounds", LX_FUNC, 0, NE_F_UNIT_NOUN},
	{"preceding", LX_REL, 0, NE_REL_PREVIOUS},
	{"previous", LX_REL, 0, NE_REL_PREVIOUS},
	{"prior", LX_REL, 0, NE_REL_PREVIOUS},
	{"pst", LX_TZ, 0, 0},
	{"quarter", LX_UNIT, A, NE_U_QUARTER},
	{"quarterly", LX_SETADV, 0, NE_U_QUARTER},
	{"quarters", LX_UNIT, AP, NE_U_QUARTER},
	{"recent", LX_REF, A, NE_REF_RECENT},
	{"recently", LX_REF, A, NE_REF_PAST},
	{"residents", LX_FUNC, 0, NE_F_UNIT_NOUN},
	{"right", LX_FUNC, 0, NE_F_RIGHT},
	{"rose", LX_FUNC, 0, NE_F_PASTV},
	{"roughly", LX_APPROX, 0, NE_AP_ABOUT},
	{"said", LX_FUNC, 0, NE_F_PASTV},
	{"same", LX_FUNC, 0, NE_F_SAME},
	{"saturday", LX_WEEKDAY, AC, 6},
	{"saturdays", LX_WEEKDAY, APC, 6},
	{"saw", LX_FUNC, 0, NE_F_PASTV},
	{"scheduled", LX_FUNC, 0, NE_F_SCHEDULED},
	{"second", LX_ORD, 0, 2},
	{"seconds", LX_UNIT, AP, NE_U_SECOND},
	{"sent", LX_FUNC, 0, NE_F_PASTV},
	{"sep", LX_MONTH_ABBR, AC, 9},
	{"sept", LX_MONTH_ABBR, AC, 9},
	{"september", LX_MONTH, AC, 9},
	{"set", LX_FUNC, 0, NE_F_SCHEDULED},
	{"seven", LX_NUM, 0, 7},
	{"seventeen", LX_NUM, 0, 17},
	{"seventeenth", LX_ORD, 0, 17},
	{"seventh", LX_ORD, 0, 7},
	{"seventies", LX_DECADE, A, 7},
	{"seventy", LX_NUM, 0, 70},
	{"several", LX_VAGUE, 0, 0},
	{"shall", LX_FUNC, 0, NE_F_WILL},
	{"shares", LX_FUNC, 0, NE_F_UNIT_NOUN},
	{"since", LX_FUNC, 0, NE_F_SINCE},
	{"six", LX_NUM, 0, 6},
	{"sixteen", LX_NUM, 0, 16},
	{"sixteenth", LX_ORD, 0, 16},
	{"sixth", LX_ORD, 0, 6},
	{"sixties", LX_DECADE, A, 6},
	{"sixty", LX_NUM, 0, 60},
	{"so", LX_FUNC, 0, NE_F_SO},
	{"soldiers", LX_FUNC, 0, NE_F_UNIT_NOUN},
	{"some", LX_FUNC, 0, NE_F_SOME},
	{"spoke", LX_FUNC, 0, NE_F_PASTV},
	{"spring", LX_SEASON, A, NE_SEASON_SP},
	{"start", LX_MOD, 0, NE_MOD_BEGINNING},
	{"students", LX_FUNC, 0, NE_F_UNIT_NOUN},
	{"summer", LX_SEASON, A, NE_SEASON_SU},
	{"sunday", LX_WEEKDAY, AC, 7},
	{"sundays", LX_WEEKDAY, APC, 7},
	{"ten", LX_NUM, 0, 10},
	{"tenth", LX_ORD, 0, 10},
	{"than", LX_FUNC, 0, NE_F_THAN},
	{"thanksgiving", LX_HOLIDAY, AC, NE_HOL_THANKSGIVING},
	{"that", LX_FUNC, 0, NE_F_THAT},
	{"the", LX_FUNC, 0, NE_F_THE},
	{"these", LX_REL, 0, NE_REL_THESE},
	{"third", LX_ORD, 0, 3},
	{"thirteen", LX_NUM, 0, 13},
	{"thirteenth", LX_ORD, 0, 13},
	{"thirties", LX_DECADE, A, 3},
	{"thirty", LX_NUM, 0, 30},
	{"this", LX_REL, 0, NE_REL_THIS},
	{"thought", LX_FUNC, 0, NE_F_PASTV},
	{"thousand", LX_NUM, 0, 1000},
	{"three", LX_NUM, 0, 3},
	{"through", LX_FUNC, 0, NE_F_THROUGH},
	{"thu", LX_WEEKDAY_ABBR, 0, 4},
	{"thur", LX_WEEKDAY_ABBR, 0, 4},
	{"thurs", LX_WEEKDAY_ABBR, AC, 4},
	{"thursday", LX_WEEKDAY, AC, 4},
	{"thursdays", LX_WEEKDAY, APC, 4},
	{"till", LX_FUNC, 0, NE_F_UNTIL},
	{"times", LX_FUNC, 0, NE_F_TIMES},
	{"to", LX_FUNC, 0, NE_F_TO},
	{"today", LX_DAYWORD, A, 0},
	{"told", LX_FUNC, 0, NE_F_PASTV},
	{"tomorrow", LX_DAYWORD, A, 1},
	{"tonight", LX_DAYWORD, A, 9},
	{"tonnes", LX_FUNC, 0, NE_F_UNIT_NOUN},
	{"tons", LX_FUNC, 0, NE_F_UNIT_NOUN},
	{"took", LX_FUNC, 0, NE_F_PASTV},
	{"troops", LX_FUNC, 0, NE_F_UNIT_NOUN},
	{"tue", LX_WEEKDAY_ABBR, 0, 2},
	{"tues", LX_WEEKDAY_ABBR, AC, 2},
	{"tuesday", LX_WEEKDAY, AC, 2},
	{"tuesdays", LX_WEEKDAY, APC, 2},
	{"twelfth", LX_ORD, 0, 12},
	{"twelve", LX_NUM, 0, 12},
	{"twenties", LX_DECADE, A, 2},
	{"twentieth", LX_ORD, 0, 20},
	{"twenty", LX_NUM, 0, 20},
	{"twice", LX_FUNC, 0, NE_F_TWICE},
	{"two", LX_NUM, 0, 2},
	{"units", LX_FUNC, 0, NE_F_UNIT_NOUN},
	{"until", LX_FUNC, 0, NE_F_UNTIL},
	{"up", LX_FUNC, 0, NE_F_UP},
	{"upcoming", LX_REL, 0, NE_REL_COMING},
	{"utc", LX_TZ, 0, 0},
	{"vehicles", LX_FUNC, 0, NE_F_UNIT_NOUN},
	{"votes", LX_FUNC, 0, NE_F_UNIT_NOUN},
	{"was", LX_FUNC, 0, NE_F_PASTV},
	{"wed", LX_WEEKDAY_ABBR, 0, 3},
	{"wednesday", LX_WEEKDAY, AC, 3},
	{"wednesdays", LX_WEEKDAY, APC, 3},
	{"week", LX_UNIT, A, NE_U_WEEK},
	{"weekend", LX_UNIT, A, NE_U_WEEKEND},
	{"weekends", LX_UNIT, AP, NE_U_WEEKEND},
	{"weekly", LX_SETADV, A, NE_U_WEEK},
	{"weeks", LX_UNIT, AP, NE_U_WEEK},
	{"went", LX_FUNC, 0, NE_F_PASTV},
	{"were", LX_FUNC, 0, NE_F_PASTV},
	{"will", LX_FUNC, 0, NE_F_WILL},
	{"winter", LX_SEASON, A, NE_SEASON_WI},
	{"within", LX_FUNC, 0, NE_F_WITHIN},
	{"women", LX_FUNC, 0, NE_F_UNIT_NOUN},
	{"won", LX_FUNC, 0, NE_F_PASTV},
	{"workers", LX_FUNC, 0, NE_F_UNIT_NOUN},
	{"would", LX_FUNC, 0, NE_F_WOULD},
	{"wrote", LX_FUNC, 0, NE_F_PASTV},
	{"year", LX_UNIT, A, NE_U_YEAR},
	{"yearly", LX_SETADV, A, NE_U_YEAR},
	{"years", LX_UNIT, AP, NE_U_YEAR},
	{"yen", LX_FUNC, 0, NE_F_UNIT_NOUN},
	{"yesterday", LX_DAYWORD, A, -1},
};

#undef A
#undef AP
#undef AC
#undef APC

#define NLEX ((int) (sizeof(lexicon) / sizeof(lexicon[0])))

/* anchor_len[a][b] has bit n set when an anchor word of n letters starts with the letters a, b. */
uint32_t	ne_lex_anchor_bits[26][27];
static bool anchor_ready;

/* Open-addressing hash over the table (index + 1, 0 = empty), built once. */
#define NE_LEX_HASH 1024
static int16_t lex_hash[NE_LEX_HASH];
static bool hash_ready;

/* FNV-1a hash of w[0..n). */
static inline uint32_t
hash_word(const char *w, int n)
{
	uint32_t	h = 2166136261u;

	for (int i = 0; i < n; i++)
		h = (h ^ (unsigned char) w[i]) * 16777619u;
	return h;
}

/* Fills the hash from the sorted table (idempotent, no allocation). */
static void
build_hash(void)
{
	static int16_t tmp[NE_LEX_HASH];

	memset(tmp, 0, sizeof(tmp));
	for (int i = 0; i < (int) (sizeof(lexicon) / sizeof(lexicon[0])); i++)
	{
		uint32_t	h = hash_word(lexicon[i].word, (int) strlen(lexicon[i].word)) & (NE_LEX_HASH - 1);

		while (tmp[h] != 0)
			h = (h + 1) & (NE_LEX_HASH - 1);
		tmp[h] = (int16_t) (i + 1);
	}
	memcpy(lex_hash, tmp, sizeof(tmp));
	hash_ready = true;
}

/* Fills the anchor bitmap from the table (idempotent, no allocation). */
static void
build_anchor_bitmap(void)
{
	static uint32_t tmp[26][27];

	memset(tmp, 0, sizeof(tmp));
	for (int i = 0; i < NLEX; i++)
	{
		const char *w = lexicon[i].word;
		size_t		n = strlen(w);

		if ((lexicon[i].flags & NE_LXF_ANCHOR) && w[0] >= 'a' && w[0] <= 'z' && n < 32)
			tmp[w[0] - 'a'][n > 1 && w[1] >= 'a' && w[1] <= 'z' ? w[1] - 'a' : 26] |= (uint32_t) 1 << n;
	}
	memcpy(ne_lex_anchor_bits, tmp, sizeof(tmp));
	anchor_ready = true;
}

/* Builds the anchor bitmap and the hash once per process. */
void
ne_lex_init(void)
{
	if (!anchor_ready)
		build_anchor_bitmap();
	if (!hash_ready)
		build_hash();
}

/* Could a word of n letters starting with lower-case c, c2 be an anchor? */
bool
ne_lex_maybe_anchor(unsigned char c, unsigned char c2, int n)
{
	if (!anchor_ready)
		build_anchor_bitmap();
	if (c < 'a' || c > 'z' || n <= 0 || n >= 32)
		return false;
	return (ne_lex_anchor_bits[c - 'a'][c2 >= 'a' && c2 <= 'z' ? c2 - 'a' : 26] >> n) & 1;
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
const ne_lex_entry *
ne_lex_lookup(const char *w, int n)
{
	uint32_t	h;

	if (n <= 0 || n > 15)
		return NULL;
	if (!hash_ready)
		build_hash();
	h = hash_word(w, n) & (NE_LEX_HASH - 1);
	while (lex_hash[h] != 0)
	{
		const ne_lex_entry *e = &lexicon[lex_hash[h] - 1];

		if (cmp_word(e->word, w, n) == 0)
			return e;
		h = (h + 1) & (NE_LEX_HASH - 1);
	}
	return NULL;
}

/* Looks up the ASCII word s[0..n) in any case (letters folded with | 0x20); NULL when absent or longer than 15. */
const ne_lex_entry *
ne_lex_lookup_folded(const char *s, int n)
{
	char		low[16];

	if (n <= 0 || n > 15)
		return NULL;
	for (int k = 0; k < n; k++)
		low[k] = (char) (s[k] | 0x20);
	return ne_lex_lookup(low, n);
}

/* Binary search for the lower-case word w[0..n) (reference for the hash). */
const ne_lex_entry *
ne_lex_bsearch(const char *w, int n)
{
	int			lo = 0,
				hi = NLEX - 1;

	if (n <= 0 || n > 15)
		return NULL;
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
ne_lex_check(void)
{
	for (int i = 1; i < NLEX; i++)
		if (strcmp(lexicon[i - 1].word, lexicon[i].word) >= 0)
			return -1;
	return NLEX;
}
