/*
 * test_quotes.c -- paragraphs, quotation-mark pairing and quote kinds.
 * Every text here was written for these tests.
 */
#include "unit.h"

#include <stdio.h>
#include <stdlib.h>

#include "quotes.h"

/* Analyses s for quotes; the caller closes u. */
static ne_doc *
quotes_of(unit_doc *u, const char *s)
{
	ne_doc	   *doc = unit_doc_open(u, s);

	ne_find_quotes(doc);
	return doc;
}

/* Asserts that doc has n quotes, of kinds[0..n) in order. */
static void
assert_kinds(const ne_doc *doc, const ne_quote_kind *kinds, int n)
{
	assert_int_equal(doc->nquotes, n);
	for (int i = 0; i < n; i++)
		assert_int_equal(doc->quotes[i].kind, kinds[i]);
}

/* Blank lines separate paragraphs; spaces around them are trimmed. */
static void
test_paragraphs_blank_lines(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = unit_doc_open(&u, "  First one.\n\nSecond one.\n \n\nThird.  ");

	ne_segment(doc);
	assert_int_equal(doc->nparagraphs, 3);
	assert_span_text(doc, doc->paragraphs[0].span, "First one.");
	assert_span_text(doc, doc->paragraphs[2].span, "Third.");
	assert_int_equal(ne_paragraph_at(doc, doc->paragraphs[1].span.start + 2), 1);
	unit_doc_close(&u);
}

/* Single line breaks separate paragraphs in text that is not hard-wrapped. */
static void
test_paragraphs_single_breaks(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = unit_doc_open(&u, "A headline\nThe first paragraph is here.\nAnother one.");

	ne_segment(doc);
	assert_int_equal(doc->nparagraphs, 3);
	unit_doc_close(&u);
}

/* Wire copy: lines wrapped near 65 characters, paragraphs start with an indent. */
static void
test_paragraphs_wire_copy(void **state)
{
	unit_doc	u;
	const char *s =
		"    The city council voted on Tuesday to close the old harbour\n"
		"bridge for repairs, a move that \"will cost the port dearly this\n"
		"year,\" the harbour master said in a statement to reporters.\n"
		"    Traffic will be diverted to the northern ring road until the\n"
		"work is finished, officials said on Wednesday afternoon here.\n";
	ne_doc	   *doc = quotes_of(&u, s);

	assert_int_equal(doc->nparagraphs, 2);
	assert_int_equal(doc->nquotes, 1);
	assert_span_text(doc, doc->quotes[0].span, "will cost the port dearly this\nyear,");
	unit_doc_close(&u);
}

/* Straight double quotes pair by context; the span excludes the marks. */
static void
test_straight_quotes(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = quotes_of(&u, "\"We will win,\" Mara Lindqvist said. \"No doubt.\"");

	assert_int_equal(doc->nquotes, 2);
	assert_span_text(doc, doc->quotes[0].span, "We will win,");
	assert_span_text(doc, doc->quotes[1].span, "No doubt.");
	assert_int_equal(doc->quotes[0].kind, NE_QUOTE_DIRECT);
	assert_int_equal(doc->quotes[0].open_mark, 0);
	unit_doc_close(&u);
}

/* Curly, low-high, guillemet and PTB marks all make quotations. */
static void
test_other_marks(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = quotes_of(&u,
								"“Curly works,” he said.\n\n„Low high,“ she said.\n\n"
								"«Guillemets,» they said.\n\n``Treebank style,'' it said.");

	assert_int_equal(doc->nquotes, 4);
	assert_span_text(doc, doc->quotes[0].span, "Curly works,");
	assert_span_text(doc, doc->quotes[1].span, "Low high,");
	assert_span_text(doc, doc->quotes[2].span, "Guillemets,");
	assert_span_text(doc, doc->quotes[3].span, "Treebank style,");
	assert_int_equal(doc->quotes[3].paragraph, 3);
	unit_doc_close(&u);
}

/* German quotes close with “ before punctuation; two in one sentence. */
static void
test_german_quotes(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = quotes_of(&u, "„Nein“, sagte Jürgen Weiß, „das stimmt nicht.“");

	assert_int_equal(doc->nquotes, 2);
	assert_span_text(doc, doc->quotes[0].span, "Nein");
	assert_span_text(doc, doc->quotes[1].span, "das stimmt nicht.");
	unit_doc_close(&u);
}

/* Apostrophes never pair: it’s, ’90s, possessive s’, rock ’n’ roll, o'clock. */
static void
test_apostrophes_do_not_pair(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = quotes_of(&u,
								"It’s the ’90s again at the Jacksons’ house, where rock ’n’ roll "
								"starts at eight o'clock. “Fine,” said Ana, “it’s loud.”");

	assert_int_equal(doc->nquotes, 2);
	assert_span_text(doc, doc->quotes[0].span, "Fine,");
	assert_span_text(doc, doc->quotes[1].span, "it’s loud.");
	unit_doc_close(&u);
}

/* Single quotes nested in double quotes stay inside the outer quotation. */
static void
test_nested_single_quotes(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = quotes_of(&u, "“He told me ‘never again,’ and I believed him,” Ruiz said.");

	assert_int_equal(doc->nquotes, 1);
	assert_span_text(doc, doc->quotes[0].span, "He told me ‘never again,’ and I believed him,");
	unit_doc_close(&u);
}

/* With no double marks at all, British single quotes are the quotations. */
static void
test_british_single_quotes(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = quotes_of(&u, "‘We’ll see,’ said the coach. The players’ mood was ‘upbeat’.");

	assert_int_equal(doc->nquotes, 2);
	assert_span_text(doc, doc->quotes[0].span, "We’ll see,");
	assert_span_text(doc, doc->quotes[1].span, "upbeat");
	unit_doc_close(&u);
}

/*
 * A story quoting with single marks keeps its quotes when one paragraph has
 * a double mark (an inch mark, a quoted tweet), and the quotes come out in
 * document order with the double-mark one among them.
 */
static void
test_single_quotes_beside_a_double_mark(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = quotes_of(&u,
								"‘It came up to my knees,’ the nurse said.\n\n"
								"The council sent a 12\" pump and \"We are with you,\" it wrote.\n\n"
								"‘We lost everything,’ said her neighbour. ‘Everything.’");

	assert_int_equal(doc->nquotes, 4);
	assert_span_text(doc, doc->quotes[0].span, "It came up to my knees,");
	assert_span_text(doc, doc->quotes[1].span, "We are with you,");
	assert_span_text(doc, doc->quotes[2].span, "We lost everything,");
	assert_span_text(doc, doc->quotes[3].span, "Everything.");
	for (int i = 1; i < doc->nquotes; i++)
		assert_true(doc->quotes[i - 1].span.start < doc->quotes[i].span.start);
	unit_doc_close(&u);
}

/*
 * British style with a quote nested in double marks: the single marks are
 * the quotation around them, in a story of double marks too; scare quotes
 * beside a double quote are not ("that 'Vale' is a party of "lies"").
 */
static void
test_single_quotes_around_double(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = quotes_of(&u,
								"\"Yes,\" said Tom Ross.\n\n"
								"‘He told me “never again”, and I believed him,’ said Ann Lee.\n\n"
								"\"No,\" said Tom Ross. Critics said that 'Vale' had \"lied\" and 'Vale' said no.\n\n"
								"\"Maybe,\" said Tom Ross.");

	assert_int_equal(doc->nquotes, 5);
	assert_span_text(doc, doc->quotes[0].span, "Yes,");
	assert_span_text(doc, doc->quotes[1].span, "He told me “never again”, and I believed him,");
	assert_span_text(doc, doc->quotes[2].span, "No,");
	assert_span_text(doc, doc->quotes[3].span, "lied");
	assert_span_text(doc, doc->quotes[4].span, "Maybe,");
	unit_doc_close(&u);
}

/*
 * In a story that quotes with double marks, single marks are no quotation in
 * a title-case headline, nor in the few paragraphs without a double mark.
 */
static void
test_single_marks_in_a_double_story(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = quotes_of(&u,
								"Mayor Calls Plan ‘A Disgrace,’ Vows Fight.\n\n"
								"“It is a disgrace,” the mayor said on Monday.\n\n"
								"Critics called the plan ‘a windfall’ for developers.\n\n"
								"“We will fight it,” she said.");

	assert_int_equal(doc->nquotes, 2);
	assert_span_text(doc, doc->quotes[0].span, "It is a disgrace,");
	assert_span_text(doc, doc->quotes[1].span, "We will fight it,");
	unit_doc_close(&u);
}

/*
 * The headline test of the single-mark paragraphs reads no byte past a text
 * that ends in a word of punctuation (found by fuzz_quotes; the buffer here
 * has no terminating NUL, so valgrind sees a read past it).
 */
static void
test_single_paragraph_ending_in_punctuation(void **state)
{
	static const char text[] = "\"Yes,\" he said.\n\n‘We won,’ she said. (";
	size_t		len = sizeof(text) - 1;
	char	   *buf = malloc(len);
	ne_arena   *a = ne_arena_create_malloc();
	ne_doc		doc;

	assert_non_null(buf);
	memcpy(buf, text, len);
	ne_doc_init(&doc, buf, (int32_t) len, a);
	ne_find_quotes(&doc);
	assert_int_equal(doc.nquotes, 1);	/* the last paragraph, with no final stop, is a title */
	assert_span_text(&doc, doc.quotes[0].span, "Yes,");
	ne_arena_destroy(a);
	free(buf);
}

/* A quotation over paragraphs: each reopens, only the last closes; one row. */
static void
test_multi_paragraph_quote(void **state)
{
	unit_doc	u;
	const char *s =
		"The mayor spoke at length.\n\n"
		"“We have rebuilt the school and the library.\n\n"
		"“Next year we will finish the bridge,” she said.\n\n"
		"Then she left.";
	ne_doc	   *doc = quotes_of(&u, s);

	assert_int_equal(doc->nquotes, 1);
	assert_span_text(doc, doc->quotes[0].span,
					 "We have rebuilt the school and the library.\n\n“Next year we will finish the bridge,");
	assert_int_equal(doc->quotes[0].paragraph, 1);
	assert_int_equal(doc->quotes[0].last_paragraph, 2);
	unit_doc_close(&u);
}

/* A stray mark is contained by its paragraph and does not swallow the next one. */
static void
test_stray_mark_recovers(void **state)
{
	unit_doc	u;
	const char *s =
		"The sign read \" in big letters and nothing more.\n\n"
		"\"This is fine,\" Okafor said.";
	ne_doc	   *doc = quotes_of(&u, s);

	assert_int_equal(doc->nquotes, 1);
	assert_span_text(doc, doc->quotes[0].span, "This is fine,");
	assert_int_equal(doc->quotes[0].paragraph, 1);
	unit_doc_close(&u);
}

/* Attribute values inside HTML tags are markup, not quotations. */
static void
test_markup_is_skipped(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = quotes_of(&u, "<a href=\"x\" title=\"\">link</a> \"Real words here,\" he said.");

	assert_int_equal(doc->nquotes, 1);
	assert_span_text(doc, doc->quotes[0].span, "Real words here,");
	unit_doc_close(&u);
}

/* Kinds: a quoted clause is direct, a fragment partial, a title or scare quote a term. */
static void
test_kinds(void **state)
{
	unit_doc	u;
	const char *s =
		"\"We are ready,\" Dube said.\n\n"
		"Dube said the plan was \"a disgrace to the city\" and walked out.\n\n"
		"They watched the film \"Harbour Lights\" on Sunday.\n\n"
		"The so-called \"reform\" passed.\n\n"
		"The new \"surrogate\" arrived at noon.";
	const ne_quote_kind kinds[] = {
		NE_QUOTE_DIRECT, NE_QUOTE_PARTIAL, NE_QUOTE_TERM, NE_QUOTE_TERM, NE_QUOTE_TERM,
	};
	ne_doc	   *doc = quotes_of(&u, s);

	assert_kinds(doc, kinds, 5);
	unit_doc_close(&u);
}

/*
 * Kinds: one or two quoted lower-case words are partial in a sentence that
 * reports speech in any inflection of a speech verb (or an irregular form),
 * or right after a form of "to be" (somebody's word for it); a scare quote
 * in one that does neither; small words keep a title a title.
 */
static void
test_kinds_speech_forms(void **state)
{
	unit_doc	u;
	const char *s =
		"The mayor quipped that it was \"very fine\" indeed.\n\n"
		"Critics testified the plan was \"too costly\" twice.\n\n"
		"She keeps SAYING it is \"too costly\" now.\n\n"
		"He swore the deal was \"done\" by then.\n\n"
		"The mayor is \"very fine\" indeed.\n\n"
		"The mayor sailed a \"very fine\" boat.\n\n"
		"They watched \"Sons of the Harbour\" on Sunday.";
	const ne_quote_kind kinds[] = {
		NE_QUOTE_PARTIAL, NE_QUOTE_PARTIAL, NE_QUOTE_PARTIAL, NE_QUOTE_PARTIAL,
		NE_QUOTE_PARTIAL, NE_QUOTE_TERM, NE_QUOTE_TERM,
	};
	ne_doc	   *doc = quotes_of(&u, s);

	assert_kinds(doc, kinds, 7);
	unit_doc_close(&u);
}

/*
 * Kinds: a title after the kind of work it names, or before its author, is a
 * term even when it ends like a clause; a quote right after "to be", "as"
 * or a speech verb is somebody's characterisation, unless the words name
 * ("known as", "a fund called", "the fund, called").
 */
static void
test_kinds_titles_and_characterisation(void **state)
{
	unit_doc	u;
	const char *s =
		"Her memoir, \"Tides of Home,\" sold well.\n\n"
		"They saw the movie \"Harbour Lights Return\" twice.\n\n"
		"\"Cranes return to the docks,\" by Times' Ann Lee: \"The cranes are back.\"\n\n"
		"Dube identified the judge as \"Spanish,\" in a speech.\n\n"
		"The crowd kept chanting \"Go Home Now\" outside.\n\n"
		"She was called \"The Iron Lady\" by aides.\n\n"
		"The singer is known as \"Blue Ray\" in town.\n\n"
		"The bank sold a fund called \"Harbour One\" last year.\n\n"
		"The bank sold a fund, called \"Harbour Two,\" last year.\n\n"
		"Its sequel, \"Bring Back the Tide,\" came in 2012, and the final book of the trilogy, \"The Pier & the Light,\" in 2020.";
	const ne_quote_kind kinds[] = {
		NE_QUOTE_TERM, NE_QUOTE_TERM, NE_QUOTE_TERM, NE_QUOTE_DIRECT,
		NE_QUOTE_PARTIAL, NE_QUOTE_PARTIAL, NE_QUOTE_PARTIAL,
		NE_QUOTE_TERM, NE_QUOTE_TERM, NE_QUOTE_TERM, NE_QUOTE_TERM, NE_QUOTE_TERM,
	};
	ne_doc	   *doc = quotes_of(&u, s);

	assert_kinds(doc, kinds, 12);
	unit_doc_close(&u);
}

/*
 * Kinds: a title is a term by what is around it too, a role after it
 * ("Harbour Nights" star) or a preposition before it (an interview with
 * "Good Day Bay," on "Night Desk"), even where a speech verb follows; a
 * quoted sentence after a preposition stays speech; a lone word with a colon
 * is a label ("Related:").
 */
static void
test_kinds_titles_by_context(void **state)
{
	unit_doc	u;
	const char *s =
		"\"Harbour Nights\" star Ann Lee spoke first.\n\n"
		"In an interview with \"Good Day Bay,\" remarking on the vote, Lee smiled.\n\n"
		"Lee said on \"Night Desk With Tom Hale,\" that she would run.\n\n"
		"Lee talked about \"the vote we lost last year,\" she said.\n\n"
		"\"We Will Win,\" Lee said.\n\n"
		"\"Related:\"\n\nLee wins the vote";
	const ne_quote_kind kinds[] = {
		NE_QUOTE_TERM, NE_QUOTE_TERM, NE_QUOTE_TERM, NE_QUOTE_PARTIAL, NE_QUOTE_DIRECT,
		NE_QUOTE_TERM,
	};
	ne_doc	   *doc = quotes_of(&u, s);

	assert_kinds(doc, kinds, 6);
	unit_doc_close(&u);
}

/* Titles by their neighbours: a verb inside a title, a title listed after a title. */
static void
test_kinds_titles_in_lists(void **state)
{
	unit_doc	u;
	const char *s =
		"\"Home is the Harbour Town\" star Ann Lee spoke first.\n\n"
		"Lee has appeared on \"Good Day Bay\" and \"Night Desk With Tom Hale,\" among others.\n\n"
		"Lee starred in \"Salt Road,\" \"Tide Line,\" or \"The Long Winter Of Ann,\" over the years.\n\n"
		"\"We Will Win,\" and \"We Can Do It,\" Lee said.";
	const ne_quote_kind kinds[] = {
		NE_QUOTE_TERM, NE_QUOTE_TERM, NE_QUOTE_TERM, NE_QUOTE_TERM, NE_QUOTE_TERM, NE_QUOTE_TERM,
		NE_QUOTE_DIRECT, NE_QUOTE_DIRECT,
	};
	ne_doc	   *doc = quotes_of(&u, s);

	assert_kinds(doc, kinds, 8);
	unit_doc_close(&u);
}

/*
 * A title listed after a title is a title ("Parks and Recreation" and
 * "Guardians of the Galaxy,"), whatever white space stands between them:
 * a space, a tab, a thin space.
 */
static void
test_kinds_titles_listed_with_any_space(void **state)
{
	static const char *const seps[] = {" and ", "\tand ", "\xE2\x80\x89" "and "};

	for (size_t k = 0; k < sizeof(seps) / sizeof(seps[0]); k++)
	{
		unit_doc	u;
		char		s[200];
		const ne_quote_kind kinds[] = {NE_QUOTE_TERM, NE_QUOTE_TERM};
		ne_doc	   *doc;

		snprintf(s, sizeof(s), "Serafinowicz, who has starred in \"Parks and Recreation\"%s\"Guardians of the "
				 "Galaxy,\" posted the clip on Thursday.", seps[k]);
		doc = quotes_of(&u, s);
		assert_kinds(doc, kinds, 2);
		unit_doc_close(&u);
	}
}

/*
 * A word or two without punctuation as the subject of "is", "has": a
 * mention.  Not with modals, and not when the sentence goes on to say who
 * said it.
 */
static void
test_kinds_mentioned_words(void **state)
{
	unit_doc	u;
	const char *s =
		"\"Fair shares\" is the name of the plan. \"Harbour first\" has been its motto since 2010.\n\n"
		"\"Real reform\" is on its way, said Ann Lee.\n\n"
		"\"Serious delays\" will follow, the report warned.";
	const ne_quote_kind kinds[] = {NE_QUOTE_TERM, NE_QUOTE_TERM, NE_QUOTE_DIRECT, NE_QUOTE_DIRECT};
	ne_doc	   *doc = quotes_of(&u, s);

	assert_kinds(doc, kinds, 4);
	unit_doc_close(&u);
}

/* A quote that opens a sentence and loses its closing mark runs to the end of its paragraph. */
static void
test_unclosed_quote_after_sentence(void **state)
{
	unit_doc	u;
	const char *s =
		"\"We are ready,\" Okafor said. \"The harbour will open in May and the ferries will run.\n\n"
		"The council met on Monday. Okafor called it \"a good start and more.\n\n"
		"Later she left.";
	ne_doc	   *doc = quotes_of(&u, s);

	assert_int_equal(doc->nquotes, 2);
	assert_span_text(doc, doc->quotes[1].span, "The harbour will open in May and the ferries will run.");
	assert_int_equal(doc->quotes[1].close_mark, -1);
	unit_doc_close(&u);
}

/* A left double mark with space on both sides opens a quote where none is open (and French quotes open). */
static void
test_spaced_opening_mark(void **state)
{
	unit_doc	u;
	const char *s =
		"\xe2\x80\x9cWe are ready,\xe2\x80\x9d Okafor said. \xe2\x80\x9c You know, the ferries will run.\xe2\x80\x9d\n\n"
		"Le maire a dit : \xc2\xab Nous sommes pr\xc3\xaats \xc2\xbb, hier.";
	ne_doc	   *doc = quotes_of(&u, s);

	assert_int_equal(doc->nquotes, 3);
	assert_span_text(doc, doc->quotes[1].span, "You know, the ferries will run.");
	assert_span_text(doc, doc->quotes[2].span, "Nous sommes pr\xc3\xaats");
	unit_doc_close(&u);
}

/* Invalid UTF-8 and lone lead bytes never break scanning. */
static void
test_invalid_utf8(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = quotes_of(&u, "\xE2\x80 \xC2 \xFF\"ok then,\" he said \xE2");

	assert_int_equal(doc->nquotes, 1);
	assert_span_text(doc, doc->quotes[0].span, "ok then,");
	unit_doc_close(&u);
}

/* The same mark nested inside a quote closes the inner quote, not the outer. */
static void
test_nested_same_marks(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = quotes_of(&u, "Pell wrote, \"The crowd kept shouting \"Go home!\" at the mayor.\" Then silence.");

	assert_int_equal(doc->nquotes, 1);
	assert_span_text(doc, doc->quotes[0].span, "The crowd kept shouting \"Go home!\" at the mayor.");
	unit_doc_close(&u);
}

/* After a full stop, an opening mark inside a quote reopens it (a lost paragraph break). */
static void
test_reopen_after_full_stop(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = quotes_of(&u, "\"It is personal,\" he said. \"There is an edge. \"If we win, it is sweet.\" Then he left.\n\n\"Next one,\" he added.");

	assert_int_equal(doc->nquotes, 3);
	assert_span_text(doc, doc->quotes[1].span, "There is an edge. \"If we win, it is sweet.");
	assert_span_text(doc, doc->quotes[2].span, "Next one,");
	unit_doc_close(&u);
}

/*
 * An opener after "added:" inside an open quote: the open quote lost its
 * closing mark and ends at its last sentence before that clause.  Without
 * such a sentence the mark nests; a mark glued to a word opened nothing.
 */
static void
test_cue_colon_ends_open_quote(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = quotes_of(&u, "Mr Tan said: \"We will appeal. \"The ruling is wrong. Mr Tan added: \"We have the votes.\" The hearing ended.");

	assert_int_equal(doc->nquotes, 2);
	assert_span_text(doc, doc->quotes[0].span, "We will appeal. \"The ruling is wrong.");
	assert_int_equal(doc->quotes[0].close_mark, -1);
	assert_span_text(doc, doc->quotes[1].span, "We have the votes.");
	unit_doc_close(&u);

	/* Dr. and an initial do not end the sentence: it ends at "wrong." */
	doc = quotes_of(&u, "She said: \"It is wrong. Dr. J. Ruiz told reporters: \"We agree.\"");
	assert_int_equal(doc->nquotes, 2);
	assert_span_text(doc, doc->quotes[0].span, "It is wrong.");
	assert_span_text(doc, doc->quotes[1].span, "We agree.");
	unit_doc_close(&u);

	/* the open quote has no sentence end before the clause: the mark nests */
	doc = quotes_of(&u, "\"The sign read: \"Keep out\" in red,\" she said.");
	assert_int_equal(doc->nquotes, 1);
	assert_span_text(doc, doc->quotes[0].span, "The sign read: \"Keep out\" in red,");
	unit_doc_close(&u);

	/* the dollar"s typo opened nothing */
	doc = quotes_of(&u, "The dollar\"s fall went on. But Ruiz said: \"Rates will rise.\"");
	assert_int_equal(doc->nquotes, 1);
	assert_span_text(doc, doc->quotes[0].span, "Rates will rise.");
	unit_doc_close(&u);
}

/*
 * Openers after colons with no sentence end between them, 100,000 times in one
 * open quote: each nests, and the search for a sentence end before each colon
 * does not read the text before the previous one again (it once did: quadratic).
 */
static void
test_many_colon_openers(void **state)
{
	char	   *s = unit_repeat("\xE2\x80\x9CStart ", "x:\xE2\x80\x9C" "A", 100000);	/* “Start x:“A x:“A ... */
	unit_doc	u;
	ne_doc	   *doc;

	doc = quotes_of(&u, s);
	assert_int_equal(doc->nquotes, 1);
	assert_int_equal(doc->quotes[0].span.start, 3);
	unit_doc_close(&u);
	free(s);
}

/* A line that starts in lower case continues the paragraph (and the open quote). */
static void
test_lowercase_line_continues(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = quotes_of(&u, "\"We want every voter to take part\nin the vote,\" Ito added.\nThe count begins now.");

	assert_int_equal(doc->nparagraphs, 2);
	assert_int_equal(doc->nquotes, 1);
	assert_span_text(doc, doc->quotes[0].span, "We want every voter to take part\nin the vote,");
	unit_doc_close(&u);
}

/* Documents of more lines than the measuring pass keeps split the same way. */
static void
test_paragraphs_many_lines(void **state)
{
	for (int lines = 1000; lines <= 1100; lines += 50)
	{
		unit_doc	u;
		size_t		cap = (size_t) lines * 80 + 1;
		char	   *text = malloc(cap);
		size_t		n = 0;
		ne_doc	   *doc;

		/* wire copy: an indented first line, then two wrapped lines, per paragraph */
		for (int k = 0; k < lines; k++)
			n += (size_t) snprintf(text + n, cap - n, "%s%s\n", k % 3 == 0 ? "    " : "",
								   "the harbour board met again on the morning of the vote, she said");
		doc = unit_doc_open(&u, text);
		ne_segment(doc);
		assert_int_equal(doc->nparagraphs, (lines + 2) / 3);
		unit_doc_close(&u);

		/* one paragraph a line in text that is not wrapped */
		n = 0;
		for (int k = 0; k < lines; k++)
			n += (size_t) snprintf(text + n, cap - n, "Line %d.\n", k);
		doc = unit_doc_open(&u, text);
		ne_segment(doc);
		assert_int_equal(doc->nparagraphs, lines);
		assert_span_text(doc, doc->paragraphs[lines - 1].span, lines == 1000 ? "Line 999." : lines == 1050 ? "Line 1049." : "Line 1099.");
		unit_doc_close(&u);
		free(text);
	}
}

/* A text of single marks pairs the same with few or many apostrophes before its quote. */
static void
test_single_marks_after_many_apostrophes(void **state)
{
	for (int reps = 500; reps <= 530; reps += 10)
	{
		unit_doc	u;
		size_t		cap = (size_t) reps * 8 + 64;
		char	   *text = malloc(cap);
		size_t		n = 0;
		ne_doc	   *doc;

		for (int k = 0; k < reps; k++)
			n += (size_t) snprintf(text + n, cap - n, "it's ");
		snprintf(text + n, cap - n, "\xE2\x80\x98We rebuild,\xE2\x80\x99 she said.");
		doc = quotes_of(&u, text);
		assert_int_equal(doc->nquotes, 1);
		assert_span_text(doc, doc->quotes[0].span, "We rebuild,");
		unit_doc_close(&u);
		free(text);
	}
}

/* Marks are found at every byte offset, whatever the block the scan reads them in. */
static void
test_marks_at_every_offset(void **state)
{
	static const char *const marks[][2] = {{"\"", "\""}, {"\xE2\x80\x9C", "\xE2\x80\x9D"}, {"\xC2\xAB", "\xC2\xBB"}};

	for (int m = 0; m < 3; m++)
		for (int pad = 0; pad < 40; pad++)
		{
			unit_doc	u;
			char		buf[128];
			ne_doc	   *doc;

			snprintf(buf, sizeof(buf), "%.*s%sWe will rebuild the pier,%s she said.", pad,
					 "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", marks[m][0], marks[m][1]);
			doc = quotes_of(&u, buf);
			assert_int_equal(doc->nquotes, 1);
			assert_span_text(doc, doc->quotes[0].span, "We will rebuild the pier,");
			unit_doc_close(&u);
		}
}

/*
 * A text with apostrophes, closing or stray marks but no mark that can open
 * a quotation has no quotes, and still its paragraphs once tokenized.
 */
static void
test_no_opening_mark(void **state)
{
	const char *const texts[] = {
		"It's Sessions' plan.\n\nThe '90s are back, o'clock.",
		"He said no\xE2\x80\x9D to it.\n\nShe left\xE2\x80\x99s early.",
		"A tag <b>bold</b> here.\n\nAnd \xC2\xBB there.",
	};

	for (size_t i = 0; i < sizeof(texts) / sizeof(texts[0]); i++)
	{
		unit_doc	u;
		ne_doc	   *doc = quotes_of(&u, texts[i]);

		assert_int_equal(doc->nquotes, 0);
		ne_tokenize(doc);
		assert_int_equal(doc->nparagraphs, 2);
		assert_true(doc->ntokens > 8);
		unit_doc_close(&u);
	}
}

/* An empty document has no paragraphs and no quotes. */
static void
test_empty(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = quotes_of(&u, "");

	assert_int_equal(doc->nparagraphs, 0);
	assert_int_equal(doc->nquotes, 0);
	unit_doc_close(&u);
}

/* Every small title word is found (each in a slot of its own), in any case; others are not. */
static void
test_title_small_words(void **state)
{
	static const char *const small[] = {
		"a", "an", "and", "as", "at", "by", "de", "for", "from", "in", "into", "of", "on",
		"or", "the", "to", "vs", "with", "THE", "With"
	};
	static const char *const others[] = {"", "s", "ant", "ands", "thee", "from-", "into'", "withs", "but"};

	for (size_t i = 0; i < sizeof(small) / sizeof(small[0]); i++)
		assert_true(ne_title_small_word(small[i], (int32_t) strlen(small[i])));
	for (size_t i = 0; i < sizeof(others) / sizeof(others[0]); i++)
		assert_false(ne_title_small_word(others[i], (int32_t) strlen(others[i])));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_paragraphs_blank_lines),
		cmocka_unit_test(test_paragraphs_single_breaks),
		cmocka_unit_test(test_paragraphs_wire_copy),
		cmocka_unit_test(test_straight_quotes),
		cmocka_unit_test(test_other_marks),
		cmocka_unit_test(test_german_quotes),
		cmocka_unit_test(test_apostrophes_do_not_pair),
		cmocka_unit_test(test_nested_single_quotes),
		cmocka_unit_test(test_british_single_quotes),
		cmocka_unit_test(test_single_quotes_beside_a_double_mark),
		cmocka_unit_test(test_single_marks_in_a_double_story),
		cmocka_unit_test(test_single_quotes_around_double),
		cmocka_unit_test(test_single_paragraph_ending_in_punctuation),
		cmocka_unit_test(test_multi_paragraph_quote),
		cmocka_unit_test(test_stray_mark_recovers),
		cmocka_unit_test(test_markup_is_skipped),
		cmocka_unit_test(test_kinds),
		cmocka_unit_test(test_invalid_utf8),
		cmocka_unit_test(test_nested_same_marks),
		cmocka_unit_test(test_lowercase_line_continues),
		cmocka_unit_test(test_kinds_speech_forms),
		cmocka_unit_test(test_kinds_titles_and_characterisation),
		cmocka_unit_test(test_kinds_titles_by_context),
		cmocka_unit_test(test_reopen_after_full_stop),
		cmocka_unit_test(test_cue_colon_ends_open_quote),
		cmocka_unit_test(test_many_colon_openers),
		cmocka_unit_test(test_paragraphs_many_lines),
		cmocka_unit_test(test_single_marks_after_many_apostrophes),
		cmocka_unit_test(test_marks_at_every_offset),
		cmocka_unit_test(test_no_opening_mark),
		cmocka_unit_test(test_empty),
		cmocka_unit_test(test_kinds_titles_in_lists),
		cmocka_unit_test(test_kinds_titles_listed_with_any_space),
		cmocka_unit_test(test_kinds_mentioned_words),
		cmocka_unit_test(test_unclosed_quote_after_sentence),
		cmocka_unit_test(test_spaced_opening_mark),
		cmocka_unit_test(test_title_small_words),
	};

	return cmocka_run_group_tests_name("quotes", tests, NULL, NULL);
}
