/*
 * test_dates.c -- calendar arithmetic, the date lexicon and ne_find_dates.
 * Every text here was written for these tests.
 */
#include "unit.h"

#include <stdio.h>
#include <stdlib.h>

#include "calendar.h"
#include "dates.h"

/* 2017-03-02 was a Thursday. */
static const ne_ymd PUB = {2017, 3, 2};

/* Runs ne_find_dates over s; the caller closes u. */
static ne_doc *
dates_of(unit_doc *u, const char *s, const ne_ymd *pub)
{
	ne_doc	   *doc = unit_doc_open(u, s);

	ne_find_dates(doc, pub);
	return doc;
}

/* Asserts timex i: its text, type and value. */
static void
expect(ne_doc *doc, int i, const char *text, ne_timex_type type, const char *value)
{
	assert_true(i < doc->ntimexes);
	assert_span_text(doc, doc->timexes[i].span, text);
	assert_int_equal(doc->timexes[i].type, type);
	assert_string_equal(doc->timexes[i].value, value);
}

/* Asserts the only timex of s (published PUB). */
static void
one(const char *s, const char *text, ne_timex_type type, const char *value)
{
	unit_doc	u;
	ne_doc	   *doc = dates_of(&u, s, &PUB);

	if (doc->ntimexes != 1)
	{
		for (int i = 0; i < doc->ntimexes; i++)
			fprintf(stderr, "  got [%.*s] %s\n", doc->timexes[i].span.end - doc->timexes[i].span.start,
					doc->text + doc->timexes[i].span.start, doc->timexes[i].value);
	}
	assert_int_equal(doc->ntimexes, 1);
	expect(doc, 0, text, type, value);
	unit_doc_close(&u);
}

/* Asserts that s (published PUB) holds no temporal expression. */
static void
none(const char *s)
{
	unit_doc	u;
	ne_doc	   *doc = dates_of(&u, s, &PUB);

	for (int i = 0; i < doc->ntimexes; i++)
		fprintf(stderr, "  unexpected [%.*s] %s\n", doc->timexes[i].span.end - doc->timexes[i].span.start,
				doc->text + doc->timexes[i].span.start, doc->timexes[i].value);
	assert_int_equal(doc->ntimexes, 0);
	unit_doc_close(&u);
}

/* Days since 1970-01-01 of y-m-d. */
static int32_t
D(int y, int m, int d)
{
	return ne_days_from_civil(y, m, d);
}

/* ---------------------------------------------------------------- calendar */

/* Day counts round-trip, with known anchors and leap days. */
static void
test_calendar_days(void **state)
{
	int			y,
				m,
				d;

	assert_int_equal(D(1970, 1, 1), 0);
	assert_int_equal(D(2000, 3, 1) - D(2000, 2, 28), 2);
	assert_int_equal(D(1900, 3, 1) - D(1900, 2, 28), 1);
	assert_int_equal(D(1969, 12, 31), -1);
	for (int32_t x = -800000; x < 800000; x += 997)
	{
		ne_civil_from_days(x, &y, &m, &d);
		assert_int_equal(D(y, m, d), x);
	}
	assert_int_equal(ne_days_in_month(2016, 2), 29);
	assert_int_equal(ne_days_in_month(2017, 2), 28);
	assert_int_equal(ne_days_in_month(2017, 13), 0);
	assert_true(ne_valid_ymd(2016, 2, 29));
	assert_false(ne_valid_ymd(2017, 2, 29));
}

/* ISO weekdays and weeks, including weeks that straddle a new year. */
static void
test_calendar_iso_week(void **state)
{
	int			iy,
				iw;

	assert_int_equal(ne_weekday(D(2017, 3, 2)), 4);
	assert_int_equal(ne_weekday(D(2017, 2, 27)), 1);
	ne_iso_week(D(2017, 2, 23), &iy, &iw);
	assert_int_equal(iy, 2017);
	assert_int_equal(iw, 8);
	ne_iso_week(D(2016, 1, 1), &iy, &iw);	/* a Friday: week 53 of 2015 */
	assert_int_equal(iy, 2015);
	assert_int_equal(iw, 53);
	ne_iso_week(D(2018, 12, 31), &iy, &iw);	/* a Monday: week 1 of 2019 */
	assert_int_equal(iy, 2019);
	assert_int_equal(iw, 1);
	assert_int_equal(ne_iso_week_monday(2019, 1), D(2018, 12, 31));
	assert_int_equal(ne_iso_weeks_in_year(2015), 53);
	assert_int_equal(ne_iso_weeks_in_year(2017), 52);
}

/* Adding months carries across years in both directions. */
static void
test_calendar_add_months(void **state)
{
	int			y = 2017,
				m = 3;

	ne_add_months(&y, &m, -3);
	assert_int_equal(y, 2016);
	assert_int_equal(m, 12);
	ne_add_months(&y, &m, 14);
	assert_int_equal(y, 2018);
	assert_int_equal(m, 2);
	ne_add_months(&y, &m, -26);
	assert_int_equal(y, 2015);
	assert_int_equal(m, 12);
}

/* ---------------------------------------------------------------- lexicon */

/* The word table is sorted and unique, and the hash agrees with binary search. */
static void
test_lexicon_table(void **state)
{
	static const char *const words[] = {"january", "sept", "tuesday", "nineties", "fortnight",
		"the", "ago", "noon", "yesterday", "tonnes", "zzz", "januar", "januarys", "a", "x"};

	assert_true(ne_date_lex_check() > 100);
	for (size_t i = 0; i < sizeof(words) / sizeof(words[0]); i++)
	{
		int			n = (int) strlen(words[i]);

		assert_ptr_equal(ne_date_lex_lookup(words[i], n), ne_date_lex_bsearch(words[i], n));
	}
	assert_null(ne_date_lex_lookup("zzz", 3));
	assert_int_equal(ne_date_lex_lookup("sept", 4)->val, 9);
	assert_true(ne_date_lex_maybe_anchor('m', 'a', 5));	/* march */
	assert_false(ne_date_lex_maybe_anchor('t', 'h', 3));	/* the */
}

/* The word lists count their values: months and numbers by position, "-" skips a value. */
static void
test_lexicon_counted_lists(void **state)
{
	assert_int_equal(ne_date_lex_lookup("december", 8)->val, 12);
	assert_int_equal(ne_date_lex_lookup("jun", 3)->val, 6);	/* after the "-" that stands for May */
	assert_null(ne_date_lex_lookup("-", 1));
	assert_int_equal(ne_date_lex_lookup("may", 3)->cls, LX_MONTH);
	assert_int_equal(ne_date_lex_lookup("sunday", 6)->val, 7);
	assert_int_equal(ne_date_lex_lookup("ninety", 6)->val, 90);
	assert_int_equal(ne_date_lex_lookup("twentieth", 9)->val, 20);
	assert_int_equal(ne_date_lex_lookup("yesterday", 9)->val, -1);
	assert_int_equal(ne_date_lex_lookup("tomorrow", 8)->val, 1);
	assert_true(ne_date_lex_lookup("years", 5)->flags & NE_LXF_PLURAL);
	assert_false(ne_date_lex_lookup("year", 4)->flags & NE_LXF_PLURAL);
	assert_ptr_equal(ne_date_lex_lookup_folded("March", 5), ne_date_lex_lookup("march", 5));
}

/* ------------------------------------------------------------ absolute dates */

/* Month, day and year in the usual news forms. */
static void
test_full_dates(void **state)
{
	one("The law took effect on January 10, 2017, in most states.", "January 10, 2017",
		NE_TIMEX_DATE, "2017-01-10");
	one("She was born on 10 January 2017 in a small town.", "10 January 2017", NE_TIMEX_DATE, "2017-01-10");
	one("The filing is dated 2017-01-10 and signed.", "2017-01-10", NE_TIMEX_DATE, "2017-01-10");
	one("The form says 1/10/2017 at the top.", "1/10/2017", NE_TIMEX_DATE, "2017-01-10");
	one("The form of 31/03/2017 was late.", "31/03/2017", NE_TIMEX_DATE, "2017-03-31");
	one("Updated 2017-01-10T10:30:00Z by the desk.", "2017-01-10T10:30:00Z", NE_TIMEX_TIME, "2017-01-10T10:30");
	one("Posted 2017-01-10T10:30:00.5+01:00 here.", "2017-01-10T10:30:00.5+01:00", NE_TIMEX_TIME, "2017-01-10T10:30");
	/* a weekday before a day-first date is one date; a year is no year across a blank line or before a zone */
	one("It opens on Monday 6 March with a gala.", "Monday 6 March", NE_TIMEX_DATE, "2017-03-06");
	one("It opened on Tuesday, 5 March 2024 at the port.", "Tuesday, 5 March 2024", NE_TIMEX_DATE, "2024-03-05");
	one("The shuttle lifted off at 1805 EST from the cape.", "1805 EST", NE_TIMEX_TIME, "2017-03-02T18:05");
	one("The vote was held on Sept. 30, 1989, after a long debate.", "Sept. 30, 1989", NE_TIMEX_DATE,
		"1989-09-30");
}

/* A month and a day without a year take the year by the publication window. */
static void
test_month_day_window(void **state)
{
	one("The hearing on Jan. 10 went badly for him.", "Jan. 10", NE_TIMEX_DATE, "2017-01-10");
	one("The meeting on Nov. 3 was short.", "Nov. 3", NE_TIMEX_DATE, "2016-11-03");
	one("The talks run Jan. 10-12 in the capital.", "Jan. 10-12", NE_TIMEX_DATE, "2017-01-10");
	one("Crops were rated 94 on June 20 last year by the bureau.", "June 20 last year", NE_TIMEX_DATE, "2016-06-20");
	one("The dividend is payable April One to holders.", "April One", NE_TIMEX_DATE, "2017-04-01");
	/* a day before May without a year is the month, unless a verb's word makes May the verb */
	one("The next decision is due on 9 May.", "9 May", NE_TIMEX_DATE, "2017-05-09");
	one("On 1 May the union marched.", "1 May", NE_TIMEX_DATE, "2017-05-01");
	none("All 3 May be sold by then.");
	none("The 2 May not agree on it.");
}

/* Bare months: 9 months back to 3 ahead of the publication date. */
static void
test_bare_months(void **state)
{
	one("Sales fell sharply in September after the storm.", "September", NE_TIMEX_DATE, "2016-09");
	one("The shop opened in June with ten staff.", "June", NE_TIMEX_DATE, "2016-06");
	one("The plant closed in July of 2016 for good.", "July of 2016", NE_TIMEX_DATE, "2016-07");
	one("Prices rose again last November at the pump.", "last November", NE_TIMEX_DATE, "2016-11");
	one("The firm expects results by early May at the latest.", "early May", NE_TIMEX_DATE, "2017-05");
}

/* A future tense moves a bare month forward. */
static void
test_month_future(void **state)
{
	one("The new bridge will open in November if the weather holds.", "November", NE_TIMEX_DATE, "2017-11");
	/* a passive after a modal is no past tense: "will be named" */
	one("Colonel Reyes will be named commander for a mission in November.", "November", NE_TIMEX_DATE, "2017-11");
	one("The harbour was dredged in November by the port.", "November", NE_TIMEX_DATE, "2016-11");
	/* -eed is a present (succeed, need, feed), no past tense that hides the "will" before it... */
	one("Mr. Hale will succeed Dr. Lamb in September as chairman.", "September", NE_TIMEX_DATE, "2017-09");
	one("Payments will be available to feed grain farmers in October.", "October", NE_TIMEX_DATE, "2017-10");
	/* ...but agreed, freed and guaranteed are past */
	one("The talks will go on, as both sides agreed in September.", "September", NE_TIMEX_DATE, "2016-09");
}

/* "last Oct. 17", "next June 30": the latest such day before the publication, or the first after it. */
static void
test_month_day_last_next(void **state)
{
	one("The plant was shut last May 19 for repairs.", "May 19", NE_TIMEX_DATE, "2016-05-19");
	one("The bonds mature next June 30, the bank said.", "June 30", NE_TIMEX_DATE, "2017-06-30");
	one("The index has fallen since last March 1.", "March 1", NE_TIMEX_DATE, "2017-03-01");
	one("Taxes will go up next January 1, the bank said.", "January 1", NE_TIMEX_DATE, "2018-01-01");
}

/* "since <month>": the latest such month up to the publication, whatever the tense. */
static void
test_month_since(void **state)
{
	one("The plant has been idle since May, the union said.", "May", NE_TIMEX_DATE, "2016-05");
	one("The mill will stay shut as it has been since December.", "December", NE_TIMEX_DATE, "2016-12");
	one("The mill will stay shut as it has been since February.", "February", NE_TIMEX_DATE, "2017-02");
	one("The mill will stay shut as it has been since March.", "March", NE_TIMEX_DATE, "2017-03");
}

/* "the May elections", "the March index": May and March after "the" and before a noun in lower case are months. */
static void
test_may_march_before_noun(void **state)
{
	one("The analysts said the March index rose sharply.", "March", NE_TIMEX_DATE, "2017-03");
	one("The analysts said the May index rose sharply.", "May", NE_TIMEX_DATE, "2017-05");
	one("Voters will decide in the May elections.", "May", NE_TIMEX_DATE, "2017-05");
	none("The March on Washington was peaceful.");
	none("The march through town was long.");
}

/* Years, decades, centuries, fiscal years, mid-year. */
static void
test_years_decades(void **state)
{
	one("The company was founded in 1989 by two brothers.", "1989", NE_TIMEX_DATE, "1989");
	one("Profit rose in fiscal 1989 as costs fell.", "fiscal 1989", NE_TIMEX_DATE, "1989");
	one("Growth should return by mid-2016, analysts think.", "mid-2016", NE_TIMEX_DATE, "2016");
	one("Rents doubled during the 1990s in the city.", "the 1990s", NE_TIMEX_DATE, "199");
	one("Rents doubled during the '90s in the city.", "the '90s", NE_TIMEX_DATE, "199");
	one("The town grew fast in the 20th century and then shrank.", "the 20th century", NE_TIMEX_DATE, "19");
	one("Music from the late sixties filled the hall.", "the late sixties", NE_TIMEX_DATE, "196");
}

/* The mod of early, mid and late modifiers. */
static void
test_mods(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = dates_of(&u, "Work starts in early December and ends by mid-2018.", &PUB);

	assert_int_equal(doc->ntimexes, 2);
	expect(doc, 0, "early December", NE_TIMEX_DATE, "2016-12");
	assert_string_equal(doc->timexes[0].mod, "START");
	expect(doc, 1, "mid-2018", NE_TIMEX_DATE, "2018");
	assert_string_equal(doc->timexes[1].mod, "MID");
	unit_doc_close(&u);
}

/* Quarters, halves and seasons. */
static void
test_quarters_seasons(void **state)
{
	one("Net income fell in the third quarter on weak demand.", "the third quarter", NE_TIMEX_DATE, "2016-Q3");
	one("The bank reported third-quarter results.", "third-quarter", NE_TIMEX_DATE, "2016-Q3");
	one("Output grew in the first half of 2016 overall.", "the first half of 2016", NE_TIMEX_DATE, "2016-H1");
	one("The festival moved to the summer of 2016 last time.", "the summer of 2016", NE_TIMEX_DATE, "2016-SU");
	one("We hope to finish the roof this summer if we can.", "this summer", NE_TIMEX_DATE, "2017-SU");
	one("The lake freezes in winter, they say.", "winter", NE_TIMEX_DATE, "2016-WI");
	none("Prices of spring wheat fell and the fall in demand hurt.");
	{
		unit_doc	u;
		ne_doc	   *doc = dates_of(&u, "The pond froze in the winter of 2016 for weeks.", &PUB);

		expect(doc, 0, "the winter of 2016", NE_TIMEX_DATE, "2016-WI");
		assert_int_equal(doc->timexes[0].granularity, NE_GRAN_SEASON);
		assert_int_equal(doc->timexes[0].range_lo, D(2016, 12, 1));
		assert_int_equal(doc->timexes[0].range_hi, D(2017, 3, 1));
		unit_doc_close(&u);
	}
	one("Revenue fell in Q3 2016 on weak demand.", "Q3 2016", NE_TIMEX_DATE, "2016-Q3");
	one("Revenue fell in Q4 on weak demand.", "Q4", NE_TIMEX_DATE, "2016-Q4");
}

/* --------------------------------------------------------- relative dates */

/* Weekdays: the most recent such day, publication day included, or the next one in a sentence of the future. */
static void
test_weekdays(void **state)
{
	one("The senator spoke on Tuesday about the budget.", "Tuesday", NE_TIMEX_DATE, "2017-02-28");
	one("The senator spoke on Thursday about the budget.", "Thursday", NE_TIMEX_DATE, "2017-03-02");
	one("The senator spoke last Thursday about the budget.", "last Thursday", NE_TIMEX_DATE, "2017-02-23");
	one("The senator will speak on Tuesday about the budget.", "Tuesday", NE_TIMEX_DATE, "2017-03-07");
	one("The vote is set for next Monday in the chamber.", "next Monday", NE_TIMEX_DATE, "2017-03-06");
	one("The committee is scheduled to vote on the new budget in the capital on Tuesday.", "Tuesday",
		NE_TIMEX_DATE, "2017-03-07");
	one("The governor, who would later resign, announced Tuesday that taxes rise.", "Tuesday",
		NE_TIMEX_DATE, "2017-02-28");
	one("They met Monday morning at the club.", "Monday morning", NE_TIMEX_TIME, "2017-02-27TMO");
	one("They met Monday night at the club.", "Monday night", NE_TIMEX_DATE, "2017-02-27");
	/* a past tense right before the weekday outweighs a future earlier in the sentence; a passive does not */
	one("Prices will double, the bank said on Tuesday.", "Tuesday", NE_TIMEX_DATE, "2017-02-28");
	one("Prices will double, the bank said Tuesday.", "Tuesday", NE_TIMEX_DATE, "2017-02-28");
	one("The board meeting will be held Tuesday.", "Tuesday", NE_TIMEX_DATE, "2017-03-07");
	/* a plan of the past perfect ("had been scheduled", "had been due") points back */
	one("The offer had been scheduled to expire Tuesday.", "Tuesday", NE_TIMEX_DATE, "2017-02-28");
	one("The loan had been due on Tuesday, but the bank waited.", "Tuesday", NE_TIMEX_DATE, "2017-02-28");
	one("The offer is scheduled to expire Tuesday.", "Tuesday", NE_TIMEX_DATE, "2017-03-07");
	/* "set" plans only with "to" or "for"; else it is a participle */
	one("The agency ruled against him and set Tuesday as the deadline.", "Tuesday", NE_TIMEX_DATE, "2017-02-28");
	one("The vote is set for Tuesday.", "Tuesday", NE_TIMEX_DATE, "2017-03-07");
	one("The board has set a hearing on the issue for July 28.", "July 28", NE_TIMEX_DATE, "2017-07-28");
	one("The level OPEC set itself for the third quarter is high.", "the third quarter", NE_TIMEX_DATE, "2017-Q3");
	one("Prices beat the record set in December.", "December", NE_TIMEX_DATE, "2016-12");
	/* a date that opens its sentence before a comma dates the clause after it, up to its verb */
	one("On Tuesday, the government will report jobs data.", "Tuesday", NE_TIMEX_DATE, "2017-03-07");
	one("Late on Tuesday, officials from the Labor Department will publish it.", "Tuesday", NE_TIMEX_DATE,
		"2017-03-07");
	one("On Tuesday, the department is expected to report.", "Tuesday", NE_TIMEX_DATE, "2017-03-07");
	one("On Tuesday, the mayor announced that she will run.", "Tuesday", NE_TIMEX_DATE, "2017-02-28");
	one("On Tuesday, Ruiz said \"we will win.\"", "Tuesday", NE_TIMEX_DATE, "2017-02-28");
	/* a season three months ahead is the next one in a sentence of the future, not the winter one is in */
	one("Markets expect a first cut by the summer.", "the summer", NE_TIMEX_DATE, "2017-SU");
	one("Prices fell during the summer.", "the summer", NE_TIMEX_DATE, "2016-SU");
	one("The port will reopen after the winter.", "the winter", NE_TIMEX_DATE, "2016-WI");
	/* "expects" looks ahead as "will" does */
	one("The firm expects to close the deal in July.", "July", NE_TIMEX_DATE, "2017-07");
	one("The bank expects inflation to fall in the second quarter.", "the second quarter", NE_TIMEX_DATE, "2017-Q2");
}

/* Yesterday, today, tomorrow, tonight. */
static void
test_daywords(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = dates_of(&u, "It rained yesterday, it is dry today and tomorrow looks fine.", &PUB);

	assert_int_equal(doc->ntimexes, 3);
	expect(doc, 0, "yesterday", NE_TIMEX_DATE, "2017-03-01");
	expect(doc, 1, "today", NE_TIMEX_DATE, "2017-03-02");
	expect(doc, 2, "tomorrow", NE_TIMEX_DATE, "2017-03-03");
	unit_doc_close(&u);
	one("The band plays tonight in the park.", "tonight", NE_TIMEX_DATE, "2017-03-02");
}

/* This/last/next year, month, week. */
static void
test_relative_units(void **state)
{
	one("Exports grew 5 percent last year overall.", "last year", NE_TIMEX_DATE, "2016");
	one("The index fell in the week of Feb. 6 on bank news.", "the week of Feb. 6", NE_TIMEX_DATE, "2017-W06");
	{
		unit_doc	u;
		ne_doc	   *doc = dates_of(&u, "Net income for the year ended June 30 rose.", &PUB);

		assert_int_equal(doc->ntimexes, 2);
		expect(doc, 0, "the year", NE_TIMEX_DURATION, "P1Y");
		expect(doc, 1, "June 30", NE_TIMEX_DATE, "2016-06-30");
		unit_doc_close(&u);
	}
	one("Exports should grow next year as well.", "next year", NE_TIMEX_DATE, "2018");
	one("The firm hired 40 people last month in total.", "last month", NE_TIMEX_DATE, "2017-02");
	one("The minister resigned last week after the leak.", "last week", NE_TIMEX_DATE, "2017-W08");
	one("The minister travels this week to the north.", "this week", NE_TIMEX_DATE, "2017-W09");
	one("Earlier this year the council met again.", "Earlier this year", NE_TIMEX_DATE, "2017");
	one("Earlier this month the council met again.", "Earlier this month", NE_TIMEX_DATE, "2017-03");
	one("The council met earlier this week in private.", "this week", NE_TIMEX_DATE, "2017-W09");
	one("The council met this past weekend in private.", "this past weekend", NE_TIMEX_DATE, "2017-W08-WE");
}

/* N units ago keeps the unit's granularity. */
static void
test_ago(void **state)
{
	one("The mine closed two years ago after a fire.", "two years ago", NE_TIMEX_DATE, "2015");
	one("The mine closed three months ago after a fire.", "three months ago", NE_TIMEX_DATE, "2016-12");
	one("The mine closed 10 days ago after a fire.", "10 days ago", NE_TIMEX_DATE, "2017-02-20");
	one("The mine closed several years ago after a fire.", "several years ago", NE_TIMEX_DATE, "PAST_REF");
	one("The mine reopens two weeks from now after repairs.", "two weeks from now", NE_TIMEX_DATE, "2017-W11");
	one("The mine closed the day before yesterday after a fire.", "the day before yesterday", NE_TIMEX_DATE,
		"2017-02-28");
}

/* Present, past and future references. */
static void
test_refs(void **state)
{
	one("The mill is now closed for good.", "now", NE_TIMEX_DATE, "PRESENT_REF");
	one("The road is currently closed to lorries.", "currently", NE_TIMEX_DATE, "PRESENT_REF");
	one("The mayor recently visited the school.", "recently", NE_TIMEX_DATE, "PAST_REF");
	one("Rates will stay low in the near future, he said.", "the near future", NE_TIMEX_DATE, "FUTURE_REF");
	one("In the past, the valley flooded often.", "the past", NE_TIMEX_DATE, "PAST_REF");
	/* "soon" next to a modal or an infinitive; never in past narrative or "soon after" */
	one("The bakery will soon open a second shop.", "soon", NE_TIMEX_DATE, "FUTURE_REF");
	one("The council may soon raise the fees.", "soon", NE_TIMEX_DATE, "FUTURE_REF");
	one("The club hopes to soon move to a new ground.", "soon", NE_TIMEX_DATE, "FUTURE_REF");
	one("The ferry soon will carry cars as well.", "soon", NE_TIMEX_DATE, "FUTURE_REF");
	one("Fix the roof as soon as possible, the report said.", "as soon as possible", NE_TIMEX_DATE,
		"FUTURE_REF");
	none("The driver was soon released by the police.");
	none("Soon after the vote the mayor left the hall.");
	none("The May soon festival drew a crowd.");
	/* "the future of" something is its fate, not a time */
	none("Talks on the future of the plant begin.");
	one("The plant will be sold in the future, he said.", "the future", NE_TIMEX_DATE, "FUTURE_REF");
}

/* "the end of the month", "the beginning of the week": the month or week of the publication, with a mod. */
static void
test_part_of_unit(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = dates_of(&u, "The bridge will reopen by the end of the month, and the shop "
							   "at the beginning of the week.", &PUB);

	assert_int_equal(doc->ntimexes, 2);
	expect(doc, 0, "the end of the month", NE_TIMEX_DATE, "2017-03");
	assert_string_equal(doc->timexes[0].mod, "END");
	expect(doc, 1, "the beginning of the week", NE_TIMEX_DATE, "2017-W09");
	assert_string_equal(doc->timexes[1].mod, "START");
	unit_doc_close(&u);
}

/*
 * "that year", "that month", "the same day", "later that year": the last
 * date the narrative named at that granularity, not the publication date.
 */
static void
test_anaphora(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = dates_of(&u, "The mill opened on Jan. 5, 1998. The same day a fire broke out. "
							   "That month the owners sold half of it, and later that year it closed. "
							   "Earlier that day the mayor had spoken.", &PUB);

	assert_int_equal(doc->ntimexes, 5);
	expect(doc, 0, "Jan. 5, 1998", NE_TIMEX_DATE, "1998-01-05");
	expect(doc, 1, "The same day", NE_TIMEX_DATE, "1998-01-05");
	expect(doc, 2, "That month", NE_TIMEX_DATE, "1998-01");
	expect(doc, 3, "later that year", NE_TIMEX_DATE, "1998");
	assert_string_equal(doc->timexes[3].mod, "END");
	/* an anaphoric expression does not replace the date it refers to */
	expect(doc, 4, "Earlier that day", NE_TIMEX_DATE, "1998-01-05");
	unit_doc_close(&u);
	doc = dates_of(&u, "Sales rose in the second quarter of 1996; that quarter was the best. "
				   "On Tuesday the firm moved, and that week it hired.", &PUB);
	assert_int_equal(doc->ntimexes, 4);
	expect(doc, 1, "that quarter", NE_TIMEX_DATE, "1996-Q2");
	expect(doc, 2, "Tuesday", NE_TIMEX_DATE, "2017-02-28");
	expect(doc, 3, "that week", NE_TIMEX_DATE, "2017-W09");
	unit_doc_close(&u);
	/* the same month last year: that month in the other year, one expression */
	doc = dates_of(&u, "Exports rose in February from the same month last year, and orders in the "
				   "fourth quarter beat the same quarter of 1985 and the same quarter a year earlier.", &PUB);
	assert_int_equal(doc->ntimexes, 5);
	expect(doc, 1, "the same month last year", NE_TIMEX_DATE, "2016-02");
	expect(doc, 3, "the same quarter of 1985", NE_TIMEX_DATE, "1985-Q4");
	expect(doc, 4, "the same quarter a year earlier", NE_TIMEX_DATE, "2015-Q4");
	unit_doc_close(&u);
	/* the following / previous unit, the next day or morning: from the last date named */
	doc = dates_of(&u, "The port opened on May 22, 1995, and the following year it grew; exports rose "
				   "in 1996 from the previous year. On July 4, 1997 a ship came, and the next day it left.", &PUB);
	assert_int_equal(doc->ntimexes, 6);
	expect(doc, 1, "the following year", NE_TIMEX_DATE, "1996");
	expect(doc, 3, "the previous year", NE_TIMEX_DATE, "1995");
	expect(doc, 5, "the next day", NE_TIMEX_DATE, "1997-07-05");
	unit_doc_close(&u);
	doc = dates_of(&u, "He was in court on Jan. 5, 1999 and again the next morning.", &PUB);
	assert_int_equal(doc->ntimexes, 2);
	expect(doc, 1, "the next morning", NE_TIMEX_TIME, "1999-01-06TMO");
	unit_doc_close(&u);
	/* the previous / following weekday: before or after the last day named */
	doc = dates_of(&u, "On Jan. 5, 1999 the index fell from the previous Friday and rose the following Monday.",
				   &PUB);
	assert_int_equal(doc->ntimexes, 3);
	expect(doc, 1, "the previous Friday", NE_TIMEX_DATE, "1999-01-01");
	expect(doc, 2, "the following Monday", NE_TIMEX_DATE, "1999-01-11");
	unit_doc_close(&u);
	/* without an earlier date, or "the next year": from the publication */
	one("Profit rose from the previous year, the bank said.", "the previous year", NE_TIMEX_DATE, "2016");
	/* nothing named before, or nothing that fine: no value to give */
	none("That year the river froze over.");
	one("The club was founded in 1996. That month it won a cup.", "1996", NE_TIMEX_DATE, "1996");
	none("He said that day-to-day work was dull.");
	one("Prices fell in March 1999 and that day was bad.", "March 1999", NE_TIMEX_DATE, "1999-03");
}

/* ------------------------------------------------------------------ times */

/* Clock times resolve to the publication day or the day that follows them. */
static void
test_times(void **state)
{
	one("The polls close at 3 p.m. in the east.", "3 p.m.", NE_TIMEX_TIME, "2017-03-02T15:00");
	one("The market opens at 10:30 a.m. EST on weekdays.", "10:30 a.m. EST", NE_TIMEX_TIME, "2017-03-02T10:30");
	one("The train left at 10 p.m. Wednesday for the coast.", "10 p.m. Wednesday", NE_TIMEX_TIME,
		"2017-03-01T22:00");
	one("The shop shuts at noon on most days.", "noon", NE_TIMEX_TIME, "2017-03-02T12:00");
	one("The strike ended this morning after talks.", "this morning", NE_TIMEX_TIME, "2017-03-02TMO");
	/* an hour with a part of the day, after a preposition of time */
	one("The ferry sails at 4 in the morning from the pier.", "4 in the morning", NE_TIMEX_TIME,
		"2017-03-02T04:00");
	one("The bar stays open until 11 at night on weekdays.", "11 at night", NE_TIMEX_TIME, "2017-03-02T23:00");
	one("The shop closes at 3 in the afternoon Tuesday.", "3 in the afternoon Tuesday", NE_TIMEX_TIME,
		"2017-02-28T15:00");
	none("The show ranked 4 in the morning ratings.");
}

/* A year does not cross a blank line: "6 March" and, on a line of its own, "2000 GMT" are a day and a clock. */
static void
test_no_year_across_blank_line(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = dates_of(&u, "Kick-off is on Monday 6 March\n\n2000 GMT", &PUB);

	assert_int_equal(doc->ntimexes, 2);
	expect(doc, 0, "Monday 6 March", NE_TIMEX_DATE, "2017-03-06");
	expect(doc, 1, "2000 GMT", NE_TIMEX_TIME, "2017-03-02T20:00");
	unit_doc_close(&u);
}

/* A time of day takes the day of a date after "on" or right before "at"; each keeps its own words. */
static void
test_time_with_its_day(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = dates_of(&u, "The strike began at 6 a.m. on Tuesday and ended Wednesday at noon; "
							   "the offer runs until midnight on March 26, the vote at 8pm on 26 March.", &PUB);

	assert_int_equal(doc->ntimexes, 8);
	expect(doc, 0, "6 a.m.", NE_TIMEX_TIME, "2017-02-28T06:00");
	expect(doc, 1, "Tuesday", NE_TIMEX_DATE, "2017-02-28");
	expect(doc, 2, "Wednesday", NE_TIMEX_DATE, "2017-03-01");
	expect(doc, 3, "noon", NE_TIMEX_TIME, "2017-03-01T12:00");
	expect(doc, 4, "midnight", NE_TIMEX_TIME, "2017-03-26T24:00");
	expect(doc, 5, "March 26", NE_TIMEX_DATE, "2017-03-26");
	expect(doc, 6, "8pm", NE_TIMEX_TIME, "2017-03-26T20:00");
	expect(doc, 7, "26 March", NE_TIMEX_DATE, "2017-03-26");
	unit_doc_close(&u);
}

/* -------------------------------------------------------- durations, sets */

/* Durations with numbers, number words, hyphens and vague quantities. */
static void
test_durations(void **state)
{
	one("The repairs took two weeks to finish.", "two weeks", NE_TIMEX_DURATION, "P2W");
	one("Prices doubled over the past 20 years here.", "the past 20 years", NE_TIMEX_DURATION, "P20Y");
	one("The talks lasted several months in all.", "several months", NE_TIMEX_DURATION, "PXM");
	one("The siege lasted 24 hours in the end.", "24 hours", NE_TIMEX_DURATION, "PT24H");
	one("He signed a two-year contract with the club.", "two-year", NE_TIMEX_DURATION, "P2Y");
	one("The work took 1.5 years to finish.", "1.5 years", NE_TIMEX_DURATION, "P1.5Y");
	one("The work took 2 1/2 years to finish.", "2 1/2 years", NE_TIMEX_DURATION, "P2Y6M");
	one("The work took a year and a half to finish.", "a year and a half", NE_TIMEX_DURATION, "P1Y6M");
	one("Repairs need two to three weeks in all.", "two to three weeks", NE_TIMEX_DURATION, "P2W");
	one("Rates stay low for the next year or so, he said.", "the next year or so", NE_TIMEX_DATE, "2018");
	one("The plan covers 1990 and beyond for the firm.", "1990 and beyond", NE_TIMEX_DATE, "1990");
	one("Sales rose in the first nine months of trading.", "the first nine months", NE_TIMEX_DURATION, "P9M");
	one("The trip took twenty-four hours by bus.", "twenty-four hours", NE_TIMEX_DURATION, "PT24H");
	/* a quantity before more, additional, extra; another */
	one("The boat stays in dock for at least two more weeks.", "at least two more weeks", NE_TIMEX_DURATION,
		"P2W");
	one("The lease may run for an additional year at a higher rent.", "an additional year", NE_TIMEX_DURATION,
		"P1Y");
	one("Builders were given an extra month to finish.", "an extra month", NE_TIMEX_DURATION, "P1M");
	one("The works will take another year, the mayor said.", "another year", NE_TIMEX_DURATION, "P1Y");
	none("The film Die Another Day was shown.");
}

/* Sets: every Monday, daily, each year, twice a week. */
static void
test_sets(void **state)
{
	one("The club meets every Monday in the hall.", "every Monday", NE_TIMEX_SET, "XXXX-WXX-1");
	one("The paper is printed daily in the city.", "daily", NE_TIMEX_SET, "P1D");
	one("The fair returns each year to the square.", "each year", NE_TIMEX_SET, "P1Y");
	one("The choir rehearses twice a week at school.", "twice a week", NE_TIMEX_SET, "P1W");
	one("The bins are emptied every two weeks in town.", "every two weeks", NE_TIMEX_SET, "P2W");
}

/* "the day before/after" a day: that day shifted, one expression; nothing when no day follows. */
static void
test_day_before_after(void **state)
{
	one("The shops open the day after Christmas as usual.", "the day after Christmas", NE_TIMEX_DATE,
		"2016-12-26");
	one("The vote was held the day before last Tuesday.", "the day before last Tuesday", NE_TIMEX_DATE,
		"2017-02-27");
	one("The day before Jan. 5, 1999 the town flooded.", "The day before Jan. 5, 1999", NE_TIMEX_DATE,
		"1999-01-04");
	none("He was seen the day after his arrest.");
}

/* The second day of "April 24 and 25": the month and year of the first, only as a later day, never a count. */
static void
test_coordinated_days(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = dates_of(&u, "The fair runs on April 24 and 25 in the park, and the vote is on May 5 or 6.",
							   &PUB);

	assert_int_equal(doc->ntimexes, 4);
	expect(doc, 0, "April 24", NE_TIMEX_DATE, "2017-04-24");
	expect(doc, 1, "25", NE_TIMEX_DATE, "2017-04-25");
	expect(doc, 2, "May 5", NE_TIMEX_DATE, "2017-05-05");
	expect(doc, 3, "6", NE_TIMEX_DATE, "2017-05-06");
	unit_doc_close(&u);
	one("Floods on April 24 and 25 people were hurt.", "April 24", NE_TIMEX_DATE, "2017-04-24");
	one("Rain on April 24 and 30 percent of the crop was lost.", "April 24", NE_TIMEX_DATE, "2017-04-24");
	one("Rain on Tuesday and 25 in the park.", "Tuesday", NE_TIMEX_DATE, "2017-02-28");
	one("Rain in 1998 and 25 in the park.", "1998", NE_TIMEX_DATE, "1998");
}

/* ------------------------------------------------------ ranges and anchors */

/* A day range ("Jan. 10-12", "March 1-4, 2015") keeps its first day as the value and covers every day in its range. */
static void
test_day_ranges(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = dates_of(&u,
							   "Talks ran Jan. 10-12 in Geneva, after a round held March 1-4, 2015. "
							   "The next round is on Wednesday, March 8, or Feb. 27-30.", &PUB);
	ne_timex   *t = doc->timexes;

	assert_int_equal(doc->ntimexes, 4);
	assert_span_text(doc, t[0].span, "Jan. 10-12");
	assert_string_equal(t[0].value, "2017-01-10");
	assert_int_equal(t[0].range_lo, D(2017, 1, 10));
	assert_int_equal(t[0].range_hi, D(2017, 1, 13));
	assert_int_equal(t[0].granularity, NE_GRAN_DAY);
	assert_string_equal(t[1].value, "2015-03-01");
	assert_int_equal(t[1].range_hi, D(2015, 3, 5));
	/* a weekday before a date leaves one day; a day past the month's end adds none */
	assert_int_equal(t[2].range_hi - t[2].range_lo, 1);
	assert_int_equal(t[3].range_hi - t[3].range_lo, 1);
	unit_doc_close(&u);
}

/* Range and granularity follow from the value. */
static void
test_ranges(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = dates_of(&u,
							   "In September the firm grew; in 2016 it grew; last week it grew; "
							   "in the third quarter it grew; in the 1990s it grew; in the summer of 2016 "
							   "it grew; on Jan. 10 it grew; at 3 p.m. it grew; for two weeks it grew; "
							   "in the 20th century it grew.", &PUB);
	ne_timex   *t = doc->timexes;

	assert_int_equal(doc->ntimexes, 10);
	assert_true(t[0].has_range);
	assert_int_equal(t[0].range_lo, D(2016, 9, 1));
	assert_int_equal(t[0].range_hi, D(2016, 10, 1));
	assert_int_equal(t[0].granularity, NE_GRAN_MONTH);
	assert_int_equal(t[1].range_lo, D(2016, 1, 1));
	assert_int_equal(t[1].range_hi, D(2017, 1, 1));
	assert_int_equal(t[1].granularity, NE_GRAN_YEAR);
	assert_int_equal(t[2].range_lo, D(2017, 2, 20));
	assert_int_equal(t[2].range_hi, D(2017, 2, 27));
	assert_int_equal(t[2].granularity, NE_GRAN_WEEK);
	assert_int_equal(t[3].range_lo, D(2016, 7, 1));
	assert_int_equal(t[3].range_hi, D(2016, 10, 1));
	assert_int_equal(t[3].granularity, NE_GRAN_QUARTER);
	assert_int_equal(t[4].range_lo, D(1990, 1, 1));
	assert_int_equal(t[4].range_hi, D(2000, 1, 1));
	assert_int_equal(t[4].granularity, NE_GRAN_DECADE);
	assert_int_equal(t[5].range_lo, D(2016, 6, 1));
	assert_int_equal(t[5].range_hi, D(2016, 9, 1));
	assert_int_equal(t[5].granularity, NE_GRAN_SEASON);
	assert_int_equal(t[6].range_lo, D(2017, 1, 10));
	assert_int_equal(t[6].range_hi, D(2017, 1, 11));
	assert_int_equal(t[6].granularity, NE_GRAN_DAY);
	assert_int_equal(t[7].range_lo, D(2017, 3, 2));
	assert_int_equal(t[7].granularity, NE_GRAN_TIME);
	assert_false(t[8].has_range);
	assert_int_equal(t[8].type, NE_TIMEX_DURATION);
	assert_int_equal(t[9].range_lo, D(1900, 1, 1));
	assert_int_equal(t[9].range_hi, D(2000, 1, 1));
	assert_int_equal(t[9].granularity, NE_GRAN_CENTURY);
	unit_doc_close(&u);
}

/* A weekday of a week is a day: XXXX-WXX-2 has day granularity and no range. */
static void
test_weekday_granularity(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = dates_of(&u, "The vote is on Tuesday.", NULL);

	assert_int_equal(doc->ntimexes, 1);
	assert_string_equal(doc->timexes[0].value, "XXXX-WXX-2");
	assert_int_equal(doc->timexes[0].granularity, NE_GRAN_DAY);
	assert_false(doc->timexes[0].has_range);
	unit_doc_close(&u);
}

/* Without a publication date relative values stay underspecified, absolute ones resolve. */
static void
test_no_published(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = dates_of(&u,
							   "On Jan. 10 and in September, and on Tuesday, and last week, "
							   "and on January 10, 2017, and in 2016.", NULL);

	assert_int_equal(doc->ntimexes, 6);
	expect(doc, 0, "Jan. 10", NE_TIMEX_DATE, "XXXX-01-10");
	assert_false(doc->timexes[0].has_range);
	expect(doc, 1, "September", NE_TIMEX_DATE, "XXXX-09");
	expect(doc, 2, "Tuesday", NE_TIMEX_DATE, "XXXX-WXX-2");
	expect(doc, 3, "last week", NE_TIMEX_DATE, "XXXX-WXX");
	assert_false(doc->timexes[3].has_range);
	expect(doc, 4, "January 10, 2017", NE_TIMEX_DATE, "2017-01-10");
	assert_true(doc->timexes[4].has_range);
	expect(doc, 5, "2016", NE_TIMEX_DATE, "2016");
	assert_true(doc->timexes[5].has_range);
	unit_doc_close(&u);
}

/* Datelines of wire copy. */
static void
test_datelines(void **state)
{
	one("WASHINGTON, Feb 26 - The senate voted to adjourn.", "Feb 26", NE_TIMEX_DATE, "2017-02-26");
	none("NEW YORK (AP) -- The mayor spoke to reporters.");
}

/* ------------------------------------------------------------ not dates */

/* Modal may, the verb march, quantities, money, phone and version numbers, scores. */
static void
test_not_dates(void **state)
{
	none("She may go to the market, he said.");
	none("They will march to the square and May I ask why?");
	none("The Sun rose over the Sat building.");
	none("More than 2000 people came to the rally.");
	none("The bill came to $2,016 in the end.");
	none("Call 555-2016 or 2882015 for tickets.");
	none("Upgrade to version 2.0.1 of the tool.");
	none("The home side won 3-1 on the night.");
	none("Dial 1990 2016 to reach the desk.");
	none("The bank voted for a quarter point rise and sold a quarter of its shares.");
	none("The minister told the Today programme he was sorry.");
	/* a weekday between "the" or a possessive and a capitalised word: a name */
	none("A poll for the Sunday Herald put the party ahead.");
	none("She spoke on the radio station's Saturday Review about it.");
	one("On Monday Jane Doe opened the fair.", "Monday", NE_TIMEX_DATE, "2017-02-27");
	/* a capitalised set adverb inside a sentence names a paper; "fall" as a verb; "these winter" */
	none("The story ran in the Daily Mail and in China Daily.");
	one("Prices may fall next year, he said.", "next year", NE_TIMEX_DATE, "2018");
	none("The plan would swap these winter fuel payments for cash.");
	/* a capitalised word inside a sentence before a number: a name with a number; currencies count */
	none("Fans bought kits for the Euro 2004 tournament and sat at Gate 1990 with tickets.");
	none("The bill came to 2017 euros and 1999 rupees.");
	one("Between 1990 and then, the plant grew.", "1990", NE_TIMEX_DATE, "1990");
	/* digits inside a code or model name */
	none("The plant builds V2500S engines and B1990 parts.");
}

/* A day-month-year with a two-digit year stays in the right century. */
static void
test_two_digit_year(void **state)
{
	one("The file was stamped 19-Nov-12 by the clerk.", "19-Nov-12", NE_TIMEX_DATE, "2012-11-19");
	/* the century that puts the year from 89 years before to 10 after the publication */
	one("The permit ran out on 5/14/82 for good.", "5/14/82", NE_TIMEX_DATE, "1982-05-14");
	one("The bonds mature on 7/1/25 at par.", "7/1/25", NE_TIMEX_DATE, "2025-07-01");
	one("The file was stamped 19-Nov-95 by the clerk.", "19-Nov-95", NE_TIMEX_DATE, "1995-11-19");
	{
		unit_doc	u;
		const ne_ymd p87 = {1987, 3, 2};
		ne_doc	   *doc = dates_of(&u, "Wheat entered after 5/14/82 and corn after 7/1/95 qualify.", &p87);

		assert_int_equal(doc->ntimexes, 2);
		expect(doc, 0, "5/14/82", NE_TIMEX_DATE, "1982-05-14");
		expect(doc, 1, "7/1/95", NE_TIMEX_DATE, "1995-07-01");
		unit_doc_close(&u);
	}
}

/* --------------------------------------------------------------- robustness */

/* Results come in text order without overlaps, and a second call does nothing. */
static void
test_order_and_once(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = dates_of(&u, "On Monday, May 5, 2014, and on Tuesday and in 2015 and now.", &PUB);
	int32_t		n = doc->ntimexes;

	assert_true(n >= 3);
	for (int i = 1; i < n; i++)
		assert_true(doc->timexes[i].span.start >= doc->timexes[i - 1].span.end);
	expect(doc, 0, "Monday, May 5, 2014", NE_TIMEX_DATE, "2014-05-05");
	assert_true(doc->done & NE_DONE_DATES);
	ne_find_dates(doc, &PUB);
	assert_int_equal(doc->ntimexes, n);
	unit_doc_close(&u);
}

/* Invalid UTF-8, empty text and NUL-free binary noise never crash. */
static void
test_invalid_bytes(void **state)
{
	static const char bad[] = "In \xff\xfe" "September \xc3 2016\xe2\x80 '9\xe2\x80\x99" "90s May \xf4\x90\x80\x80 5";
	unit_doc	u;
	ne_doc	   *doc = unit_doc_open(&u, bad);

	ne_find_dates(doc, &PUB);
	for (int i = 0; i < doc->ntimexes; i++)
	{
		assert_true(doc->timexes[i].span.start >= 0);
		assert_true(doc->timexes[i].span.end <= doc->len);
	}
	unit_doc_close(&u);
	doc = unit_doc_open(&u, "");
	ne_find_dates(doc, &PUB);
	assert_int_equal(doc->ntimexes, 0);
	unit_doc_close(&u);
}

/* Runs ne_find_dates over the first n bytes of s copied into a buffer of exactly n bytes. */
static ne_doc *
dates_exact(unit_doc *u, char **buf, const char *s, int32_t n)
{
	*buf = malloc(n > 0 ? (size_t) n : 1);
	assert_non_null(*buf);
	memcpy(*buf, s, (size_t) n);
	u->arena = ne_arena_create_malloc();
	ne_doc_init(&u->doc, *buf, n, u->arena);
	ne_find_dates(&u->doc, &PUB);
	return &u->doc;
}

/*
 * A numeric pattern whose window reaches the end of the text never reads
 * past the buffer: PCRE2's JIT loads bytes beyond the subject's end, so the
 * last window is matched in a padded copy.  Each text is cut at every
 * length and put in a buffer of exactly that size (no terminator after it);
 * the valgrind pass of test/run-tests flags any read beyond it ("10 R" did).
 * The matches found in the copy keep their offsets in the text.
 */
static void
test_buffer_end(void **state)
{
	static const char *const texts[] = {
		"10 R", "12 P", "On 10 May 2017", "at 3 p.m.", "at 10:30 EST", "on 2017-03-01T10:30",
		"on 1/10/2017", "on 19-Nov-12", "on May 5, 2017", "in 1998", "May 5-7, 2016",
		"the 10th of March 2016", "by 7 A",
	};
	unit_doc	u;
	char	   *buf;
	ne_doc	   *doc;

	for (size_t k = 0; k < sizeof(texts) / sizeof(texts[0]); k++)
	{
		int32_t		n = (int32_t) strlen(texts[k]);

		for (int32_t cut = 1; cut <= n; cut++)
		{
			doc = dates_exact(&u, &buf, texts[k], cut);
			for (int i = 0; i < doc->ntimexes; i++)
			{
				assert_true(doc->timexes[i].span.start >= 0);
				assert_true(doc->timexes[i].span.end <= cut);
			}
			unit_doc_close(&u);
			free(buf);
		}
	}
	doc = dates_exact(&u, &buf, "He left on 10 May 2017", 22);
	assert_int_equal(doc->ntimexes, 1);
	expect(doc, 0, "10 May 2017", NE_TIMEX_DATE, "2017-05-10");
	unit_doc_close(&u);
	free(buf);
	/* the last period ends the sentence, as it does in a longer text */
	doc = dates_exact(&u, &buf, "It closed at 3 p.m.", 19);
	assert_int_equal(doc->ntimexes, 1);
	expect(doc, 0, "3 p.m", NE_TIMEX_TIME, "2017-03-02T15:00");
	unit_doc_close(&u);
	free(buf);
}

static int interrupts;

/* Counts calls of the interrupt hook. */
static void
count_interrupt(void)
{
	interrupts++;
}

/* The interrupt hook is called in long scans, even over text without words. */
static void
test_interrupts(void **state)
{
	size_t		n = 1 << 20;
	char	   *s = malloc(n + 1);
	unit_doc	u;
	ne_doc	   *doc;

	memset(s, ' ', n);
	s[n] = 0;
	doc = unit_doc_open(&u, s);
	doc->check_interrupts = count_interrupt;
	interrupts = 0;
	ne_find_dates(doc, &PUB);
	assert_true(interrupts > 0);
	unit_doc_close(&u);
	free(s);
}

/* Long repetitive input is handled in linear time. */
static void
test_linear_time(void **state)
{
	char	   *s = unit_repeat("", "May 5, ", 200000);
	unit_doc	u;
	ne_doc	   *doc;

	doc = dates_of(&u, s, &PUB);
	assert_true(doc->ntimexes > 0);
	unit_doc_close(&u);
	memset(s, '7', strlen(s));
	doc = dates_of(&u, s, &PUB);
	assert_int_equal(doc->ntimexes, 0);
	unit_doc_close(&u);
	free(s);
}

/*
 * Holidays of several words: "New Year's Eve", "New Year's Day", "Valentine's
 * Day", "Boxing Day", "Good Friday"; not "New York", "Good morning", another
 * calendar's new year, or "recent new orders".
 */
static void
test_holidays_of_several_words(void **state)
{
	one("The board meets on New Year's Eve.", "New Year's Eve", NE_TIMEX_DATE, "2016-12-31");
	one("Shops reopened on New Year\u2019s Day.", "New Year\u2019s Day", NE_TIMEX_DATE, "2017-01-01");
	one("Sales of roses peaked on Valentine's Day.", "Valentine's Day", NE_TIMEX_DATE, "2017-02-14");
	one("The match is on Boxing Day.", "Boxing Day", NE_TIMEX_DATE, "2016-12-26");
	one("Banks close on Good Friday.", "Good Friday", NE_TIMEX_DATE, "2017-04-14");
	none("He moved to New York. Good morning, said Valentine Smith.");
	none("Prices rose before the Lunar New Year.");
	none("The firm said recent new orders were strong.");
}

/*
 * A date word followed by a typographic apostrophe is found as with a
 * straight one ("Monday’s", "last year’s"), and a no-break space is a space.
 */
static void
test_curly_possessive_after_date(void **state)
{
	one("Investors awaited Monday\u2019s report.", "Monday", NE_TIMEX_DATE, "2017-02-27");
	one("Last year\u2019s results were weak.", "Last year", NE_TIMEX_DATE, "2016");
	one("Sales peaked on Valentine\u2019s Day.", "Valentine\u2019s Day", NE_TIMEX_DATE, "2017-02-14");
	none("The M\u00fcnchen office opened.");
	one("The vote is on March\u00a015.", "March\u00a015", NE_TIMEX_DATE, "2017-03-15");
}

/* A no-break space between the day and the month ("5\u00a0March", "7th\u00a0of\u00a0March") is a space too. */
static void
test_nbsp_before_month(void **state)
{
	one("The vote is on 5\u00a0March.", "5\u00a0March", NE_TIMEX_DATE, "2017-03-05");
	one("The vote was on 5\u00a0March\u00a02015.", "5\u00a0March\u00a02015", NE_TIMEX_DATE, "2015-03-05");
	one("The vote is on the 7th\u00a0of\u00a0March.", "7th\u00a0of\u00a0March", NE_TIMEX_DATE, "2017-03-07");
	none("He scored 5\u00a0goals.");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_calendar_days),
		cmocka_unit_test(test_calendar_iso_week),
		cmocka_unit_test(test_calendar_add_months),
		cmocka_unit_test(test_lexicon_table),
		cmocka_unit_test(test_lexicon_counted_lists),
		cmocka_unit_test(test_full_dates),
		cmocka_unit_test(test_month_day_window),
		cmocka_unit_test(test_bare_months),
		cmocka_unit_test(test_month_future),
		cmocka_unit_test(test_month_since),
		cmocka_unit_test(test_month_day_last_next),
		cmocka_unit_test(test_may_march_before_noun),
		cmocka_unit_test(test_years_decades),
		cmocka_unit_test(test_mods),
		cmocka_unit_test(test_quarters_seasons),
		cmocka_unit_test(test_weekdays),
		cmocka_unit_test(test_daywords),
		cmocka_unit_test(test_relative_units),
		cmocka_unit_test(test_ago),
		cmocka_unit_test(test_refs),
		cmocka_unit_test(test_part_of_unit),
		cmocka_unit_test(test_anaphora),
		cmocka_unit_test(test_times),
		cmocka_unit_test(test_time_with_its_day),
		cmocka_unit_test(test_no_year_across_blank_line),
		cmocka_unit_test(test_durations),
		cmocka_unit_test(test_sets),
		cmocka_unit_test(test_coordinated_days),
		cmocka_unit_test(test_day_before_after),
		cmocka_unit_test(test_ranges),
		cmocka_unit_test(test_day_ranges),
		cmocka_unit_test(test_weekday_granularity),
		cmocka_unit_test(test_no_published),
		cmocka_unit_test(test_datelines),
		cmocka_unit_test(test_not_dates),
		cmocka_unit_test(test_two_digit_year),
		cmocka_unit_test(test_order_and_once),
		cmocka_unit_test(test_invalid_bytes),
		cmocka_unit_test(test_buffer_end),
		cmocka_unit_test(test_interrupts),
		cmocka_unit_test(test_linear_time),
		cmocka_unit_test(test_holidays_of_several_words),
		cmocka_unit_test(test_curly_possessive_after_date),
		cmocka_unit_test(test_nbsp_before_month),
	};

	return cmocka_run_group_tests_name("dates", tests, NULL, NULL);
}
