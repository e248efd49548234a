/*
 * test_tokenize.c -- tokens, sentences and the word table.
 * Every text here was written for these tests.
 */
#include "unit.h"
#include "lexicon.h"

#include <stdio.h>
#include <stdlib.h>

/* Tokenizes s; the caller closes u. */
static ne_doc *
tokens_of(unit_doc *u, const char *s)
{
	ne_doc	   *doc = unit_doc_open(u, s);

	ne_tokenize(doc);
	return doc;
}

/* Index of the first token whose text is w, or -1. */
static int
find_tok(const ne_doc *doc, const char *w)
{
	size_t		l = strlen(w);

	for (int i = 0; i < doc->ntokens; i++)
		if ((size_t) (doc->tokens[i].end - doc->tokens[i].start) == l &&
			memcmp(doc->text + doc->tokens[i].start, w, l) == 0)
			return i;
	return -1;
}

/* Words, numbers and punctuation are told apart; offsets are bytes. */
static void
test_basic_tokens(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = tokens_of(&u, "The vote was 52-48, on 1/10/2017 at 10:30.");

	assert_int_equal(doc->tokens[0].kind, NE_TOK_WORD);
	assert_true(doc->tokens[0].flags & NE_TF_CAP);
	assert_true(find_tok(doc, "52-48") >= 0);
	assert_int_equal(doc->tokens[find_tok(doc, "52-48")].kind, NE_TOK_NUMBER);
	assert_true(find_tok(doc, "1/10/2017") >= 0);
	assert_true(find_tok(doc, "10:30") >= 0);
	assert_int_equal(doc->tokens[doc->ntokens - 1].kind, NE_TOK_PUNCT);
	assert_int_equal(doc->nsentences, 1);
	unit_doc_close(&u);
}

/* Apostrophes inside words stay in the word; a possessive s' keeps its mark apart. */
static void
test_apostrophes(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = tokens_of(&u, "O\xE2\x80\x99Malley said it\xE2\x80\x99s the Joneses' turn and Ann's too.");

	assert_true(find_tok(doc, "O\xE2\x80\x99Malley") >= 0);
	assert_true(find_tok(doc, "it\xE2\x80\x99s") >= 0);
	assert_true(find_tok(doc, "Ann's") >= 0);
	assert_true(find_tok(doc, "Joneses") >= 0);
	assert_int_equal(doc->tokens[find_tok(doc, "Joneses") + 1].kind, NE_TOK_PUNCT);
	unit_doc_close(&u);
}

/* Abbreviations and initials do not end sentences; real full stops do. */
static void
test_abbreviations(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = tokens_of(&u,
								"Sen. Mary Quill met Gov. Tom Reyes on Jan. 4 in the U.S. capital. "
								"George W. Bush was not there. The talks ended.");

	assert_int_equal(doc->nsentences, 3);
	assert_true(doc->tokens[find_tok(doc, "Sen")].flags & NE_TF_ABBREV);
	assert_true(doc->tokens[find_tok(doc, "Jan")].flags & NE_TF_ABBREV);
	assert_true(doc->tokens[find_tok(doc, "U.S")].flags & NE_TF_ABBREV);
	assert_true(doc->tokens[find_tok(doc, "W")].flags & NE_TF_ABBREV);
	assert_true(doc->tokens[find_tok(doc, "George")].flags & NE_TF_SENT_START);
	assert_true(doc->tokens[find_tok(doc, "The")].flags & NE_TF_SENT_START);
	unit_doc_close(&u);
}

/* A dotted abbreviation ends the sentence before a clear opener. */
static void
test_abbreviation_at_end(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = tokens_of(&u, "The plant moved to the U.S. The owners agreed.");

	assert_int_equal(doc->nsentences, 2);
	unit_doc_close(&u);
}

/* Quotation marks become quote tokens, the words between are marked in-quote. */
static void
test_quote_tokens(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = tokens_of(&u, "\"We will win,\" Ada Park said. \"Soon.\"");
	int			we = find_tok(doc, "We"),
				ada = find_tok(doc, "Ada");

	assert_int_equal(doc->nquotes, 2);
	assert_int_equal(doc->tokens[0].kind, NE_TOK_QUOTE);
	assert_int_equal(doc->tokens[0].quote, 0);
	assert_true(doc->tokens[we].flags & NE_TF_IN_QUOTE);
	assert_int_equal(doc->tokens[we].quote, 0);
	assert_false(doc->tokens[ada].flags & NE_TF_IN_QUOTE);
	assert_int_equal(doc->tokens[ada].quote, -1);
	assert_true(doc->tokens[find_tok(doc, "Soon")].flags & NE_TF_IN_QUOTE);
	assert_int_equal(doc->tokens[find_tok(doc, "Soon")].quote, 1);
	unit_doc_close(&u);
}

/* A question inside a quote followed by "he asked" is one sentence. */
static void
test_sentence_continues_after_quote(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = tokens_of(&u, "\"Why now?\" he asked. \"Because.\" The end came.");

	assert_int_equal(doc->nsentences, 3);
	assert_int_equal(doc->tokens[find_tok(doc, "he")].sentence, 0);
	unit_doc_close(&u);
}

/* Sentences never cross paragraphs; paragraph starts are flagged. */
static void
test_paragraph_starts(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = tokens_of(&u, "First part without a stop\n\nSecond part here.");
	int			sec = find_tok(doc, "Second");

	assert_int_equal(doc->nsentences, 2);
	assert_true(doc->tokens[sec].flags & NE_TF_PARA_START);
	assert_int_equal(doc->sentences[1].paragraph, 1);
	unit_doc_close(&u);
}

/* Every script's letters make words; all-capital words are flagged. */
static void
test_unicode_words(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = tokens_of(&u, "\xC3\x89lo\xC3\xAFse and \xC5\x81ukasz met NGUY\xE1\xBB\x84N.");
	int			e = find_tok(doc, "\xC3\x89lo\xC3\xAFse");

	assert_true(e >= 0);
	assert_true(doc->tokens[e].flags & NE_TF_CAP);
	assert_true(find_tok(doc, "\xC5\x81ukasz") >= 0);
	assert_true(doc->tokens[find_tok(doc, "NGUY\xE1\xBB\x84N")].flags & NE_TF_ALLCAPS);
	unit_doc_close(&u);
}

/* Invalid bytes and NULs never crash and every token stays in bounds. */
static void
test_invalid_bytes(void **state)
{
	static const char s[] = "Ab\xFF\xFE cd \xE2\x80 \"x\xC3\" y\0z .";
	unit_doc	u;
	ne_doc	   *doc = unit_doc_open(&u, "");

	ne_doc_init(doc, s, (int32_t) sizeof(s) - 1, u.arena);
	ne_tokenize(doc);
	for (int i = 0; i < doc->ntokens; i++)
	{
		assert_true(doc->tokens[i].start >= 0);
		assert_true(doc->tokens[i].end > doc->tokens[i].start);
		assert_true(doc->tokens[i].end <= doc->len);
		assert_true(doc->tokens[i].sentence >= 0 && doc->tokens[i].sentence < doc->nsentences);
	}
	unit_doc_close(&u);
}

/* ne_tokenize runs once, and an empty text has no tokens. */
static void
test_once_and_empty(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = tokens_of(&u, "One two.");
	int32_t		n = doc->ntokens;

	ne_tokenize(doc);
	assert_int_equal(doc->ntokens, n);
	assert_true(doc->done & NE_DONE_TOKENS);
	unit_doc_close(&u);
	doc = tokens_of(&u, "");
	assert_int_equal(doc->ntokens, 0);
	assert_int_equal(doc->nsentences, 0);
	unit_doc_close(&u);
}

/* First names of other languages tell a gender too (Tomás, Guillermo, Nathalie, Yuliya). */
static void
test_lexicon_first_names(void **state)
{
	assert_true(ne_lex_flags("Tomás", (int32_t) strlen("Tomás")) & NE_LX_FIRST_M);
	assert_true(ne_lex_flags("Guillermo", 9) & NE_LX_FIRST_M);
	assert_true(ne_lex_flags("Wojciech", 8) & NE_LX_FIRST_M);
	assert_true(ne_lex_flags("Nathalie", 8) & NE_LX_FIRST_F);
	assert_true(ne_lex_flags("Yuliya", 6) & NE_LX_FIRST_F);
	assert_false(ne_lex_flags("Nathalie", 8) & NE_LX_FIRST_M);
}

/* A word with Latin-1 accents that the table lacks is looked up without them; other bytes find nothing. */
static void
test_lexicon_accents(void **state)
{
	static const char text[] = "padding before José and François, then Mexico and México.  padding after";
	const char *jose = strstr(text, "José");

	assert_true(ne_lex_flags("José", (int32_t) strlen("José")) & NE_LX_FIRST_M);
	assert_true(ne_lex_flags("FRANÇOIS", (int32_t) strlen("FRANÇOIS")) & NE_LX_FIRST_M);
	assert_true(ne_lex_flags_in(jose, (int32_t) strlen("José"), text, text + sizeof(text) - 1) & NE_LX_FIRST_M);
	assert_int_equal(ne_lex_flags("México", (int32_t) strlen("México")), ne_lex_flags("Mexico", 6));
	assert_int_equal(ne_lex_flags("Jos\xC3\x86", 6), 0);	/* Æ folds to no one letter */
	assert_int_equal(ne_lex_flags("Jos\xE2\x80\x99", 6), 0);
}

/* The word table is sorted, its hash agrees with binary search, and case is ignored. */
static void
test_lexicon(void **state)
{
	const char *words[4];
	int32_t		lens[4];

	for (int32_t i = 1; i < ne_lex_size(); i++)
		assert_true(strcmp(ne_lex_entry_at(i - 1)->word, ne_lex_entry_at(i)->word) < 0);
	for (int32_t i = 0; i < ne_lex_size(); i++)
	{
		const char *w = ne_lex_entry_at(i)->word;

		assert_int_equal(ne_lex_flags(w, (int32_t) strlen(w)), ne_lex_flags_bsearch(w, (int32_t) strlen(w)));
		/* the generated shapes of the abbreviations cover every one of them */
		if (ne_lex_entry_at(i)->flags & (NE_LX_ABBREV | NE_LX_ABBREV_TITLE))
			assert_true(ne_lex_may_be_abbrev(w, (int32_t) strlen(w)));
	}
	assert_true(ne_lex_flags("Said", 4) & NE_LX_CUE);
	assert_true(ne_lex_flags("tweeted", 7) & NE_LX_CUE);
	assert_true(ne_lex_flags("sighed", 6) & NE_LX_CUE);
	assert_true(ne_lex_flags("Sen", 3) & NE_LX_ABBREV_TITLE);
	assert_true(ne_lex_flags("Department", 10) & NE_LX_ORG);
	assert_true(ne_lex_flags("she", 3) & NE_LX_PRON_F);
	assert_true(ne_lex_flags("Tuesday", 7) & NE_LX_WEEKDAY);
	assert_true(ne_lex_flags("van", 3) & NE_LX_PARTICLE);
	assert_true(ne_lex_flags("Jr", 2) & NE_LX_SUFFIX);
	assert_int_equal(ne_lex_flags("Zqxw", 4), 0);
	words[0] = "according";
	lens[0] = 9;
	words[1] = "to";
	lens[1] = 2;
	words[2] = "officials";
	lens[2] = 9;
	assert_int_equal(ne_lex_cue_phrase(words, lens, 3), 2);
	assert_int_equal(ne_lex_cue_phrase(words + 1, lens + 1, 2), 0);
}

/* Words of 1 to 20 bytes end right, whatever their place in 8-byte steps, at the end of the text too. */
static void
test_word_ends(void **state)
{
	for (int n = 1; n <= 20; n++)
	{
		char		buf[64];
		unit_doc	u;
		ne_doc	   *doc;

		/* lower case, then the end of the text */
		for (int i = 0; i < n; i++)
			buf[i] = (char) ('a' + i % 26);
		buf[n] = '\0';
		doc = tokens_of(&u, buf);
		assert_int_equal(doc->ntokens, 1);
		assert_int_equal(doc->tokens[0].end, n);
		assert_int_equal(doc->tokens[0].flags & (NE_TF_CAP | NE_TF_ALLCAPS), 0);
		unit_doc_close(&u);

		/* capitalised with a digit inside, then a comma */
		buf[0] = 'Q';
		if (n > 2)
			buf[n / 2] = '7';
		buf[n] = ',';
		buf[n + 1] = '\0';
		doc = tokens_of(&u, buf);
		assert_int_equal(doc->ntokens, 2);
		assert_int_equal(doc->tokens[0].end, n);
		assert_true(doc->tokens[0].flags & NE_TF_CAP);
		assert_int_equal(doc->tokens[0].flags & NE_TF_ALLCAPS, 0);
		unit_doc_close(&u);

		/* all capitals, then a quotation */
		for (int i = 0; i < n; i++)
			buf[i] = (char) ('A' + i % 26);
		memcpy(buf + n, " \"Yes,\" he said.", sizeof(" \"Yes,\" he said."));
		doc = tokens_of(&u, buf);
		assert_int_equal(doc->tokens[0].end, n);
		assert_int_equal((doc->tokens[0].flags & NE_TF_ALLCAPS) != 0, n >= 2);
		assert_int_equal(doc->tokens[1].kind, NE_TOK_QUOTE);
		unit_doc_close(&u);
	}
}

/* A word after an Arabic article and a hyphen is capitalised ("al-Assad"), at any offset; "al-qaida" is not. */
static void
test_article_names(void **state)
{
	for (int pad = 0; pad < 80; pad++)
	{
		char		buf[256];
		unit_doc	u;
		ne_doc	   *doc;
		int32_t		t;

		memset(buf, ' ', (size_t) pad);
		snprintf(buf + pad, sizeof(buf) - (size_t) pad, "al-Assad met ash-Sharif of al-qaida.");
		doc = tokens_of(&u, buf);
		t = find_tok(doc, "al-Assad");
		assert_true(t >= 0);
		assert_int_equal(doc->tokens[t].flags & (NE_TF_CAP | NE_TF_ALLCAPS), NE_TF_CAP);
		t = find_tok(doc, "ash-Sharif");
		assert_true(t >= 0);
		assert_int_equal(doc->tokens[t].flags & (NE_TF_CAP | NE_TF_ALLCAPS), NE_TF_CAP);
		t = find_tok(doc, "al-qaida");
		assert_true(t >= 0);
		assert_int_equal(doc->tokens[t].flags & NE_TF_CAP, 0);
		unit_doc_close(&u);
	}
}

/* Punctuation between two runs joins them only where scan_word would (not AT&T, a+b), at any offset. */
static void
test_punctuation_between_runs(void **state)
{
	static const char words[] = "AT&T a+b U.S. 3,000 it's x;y well-known.";

	for (int n = 0; n <= 70; n++)
	{
		char		buf[128];
		unit_doc	u;
		ne_doc	   *doc;
		int			at;

		/* n spaces move the words over the block tokenizer's 64-byte blocks */
		memset(buf, ' ', (size_t) n);
		memcpy(buf + n, words, sizeof(words));
		doc = tokens_of(&u, buf);
		assert_int_equal(doc->ntokens, 15);
		at = find_tok(doc, "AT");
		assert_int_equal(at, 0);
		assert_int_equal(doc->tokens[at].flags & (NE_TF_CAP | NE_TF_ALLCAPS), NE_TF_CAP | NE_TF_ALLCAPS);
		assert_int_equal(doc->tokens[at + 1].kind, NE_TOK_PUNCT);
		assert_int_equal(doc->tokens[at + 2].flags & (NE_TF_CAP | NE_TF_ALLCAPS), NE_TF_CAP);
		assert_int_equal(find_tok(doc, "+"), 4);
		assert_int_equal(find_tok(doc, "U.S"), 6);
		assert_int_equal(doc->tokens[find_tok(doc, "3,000")].kind, NE_TOK_NUMBER);
		assert_int_equal(find_tok(doc, "it's"), 9);
		assert_int_equal(find_tok(doc, ";"), 11);
		assert_int_equal(find_tok(doc, "well-known"), 13);
		unit_doc_close(&u);
	}
}

/* Paragraph i of doc is the text w. */
static void
assert_paragraph(const ne_doc *doc, int i, const char *w)
{
	const ne_paragraph *p = &doc->paragraphs[i];

	assert_true(i < doc->nparagraphs);
	assert_int_equal(p->span.end - p->span.start, (int) strlen(w));
	assert_memory_equal(doc->text + p->span.start, w, strlen(w));
}

/*
 * Lines end paragraphs unless the text is hard-wrapped or the next line starts in lower case; a
 * blank line (of spaces, tabs, CRs) and an indent always do; CRLF and a last line without a break
 * count as lines.  At every offset over the segmenter's 64-byte line-break masks.
 */
static void
test_paragraph_lines(void **state)
{
	static const char text[] =
		"Line one of the text\nline two goes on\nThird starts here\n \t\r\n  Indented one\r\nLast line";

	for (int n = 0; n <= 70; n++)
	{
		char		buf[160];
		unit_doc	u;
		ne_doc	   *doc;

		memset(buf, 'x', (size_t) n);	/* n bytes of a first paragraph move the rest over the masks */
		buf[n] = '\n';
		memcpy(buf + n + 1, text, sizeof(text));
		doc = tokens_of(&u, buf);
		assert_int_equal(doc->nparagraphs, n > 0 ? 5 : 4);
		assert_paragraph(doc, n > 0, "Line one of the text\nline two goes on");
		assert_paragraph(doc, n > 0 ? 2 : 1, "Third starts here");
		assert_paragraph(doc, n > 0 ? 3 : 2, "Indented one");
		assert_paragraph(doc, n > 0 ? 4 : 3, "Last line");
		unit_doc_close(&u);

		/* the same text ending with a line break, and with a blank line */
		strcat(buf, "\n");
		doc = tokens_of(&u, buf);
		assert_int_equal(doc->nparagraphs, n > 0 ? 5 : 4);
		assert_paragraph(doc, n > 0 ? 4 : 3, "Last line");
		unit_doc_close(&u);
		strcat(buf, " \n");
		doc = tokens_of(&u, buf);
		assert_int_equal(doc->nparagraphs, n > 0 ? 5 : 4);
		unit_doc_close(&u);
	}
}

/* Wire copy (most lines 40-82 bytes) breaks paragraphs only at indents; more than 1,024 lines too. */
static void
test_paragraph_wire_copy(void **state)
{
	static const char line[] = "Words of a wire story that fill a line of sixty bytes or so\n";
	static const char indent[] = "    An indented line starts the next paragraph of the story\n";
	size_t		ll = strlen(line);

	for (int lines = 8; lines <= 2200; lines += 2192)
	{
		char	   *buf = malloc((size_t) lines * ll + 1);
		unit_doc	u;
		ne_doc	   *doc;

		for (int i = 0; i < lines; i++)
			memcpy(buf + (size_t) i * ll, i % 4 == 3 ? indent : line, ll);
		buf[(size_t) lines * ll] = '\0';
		doc = tokens_of(&u, buf);
		assert_int_equal(doc->nparagraphs, lines / 4 + 1);
		assert_int_equal(doc->paragraphs[1].span.start, (int) (3 * ll + 4));
		assert_int_equal(doc->paragraphs[0].span.end, (int) (3 * ll - 1));
		assert_int_equal(doc->paragraphs[doc->nparagraphs - 1].span.end, (int) (lines * ll - 1));
		unit_doc_close(&u);
		free(buf);
	}
}

/*
 * Tokens whose joins reach the end of a 64-byte block (155,221 cut by it) and punctuation there
 * that cannot join (Group, Aug.) come out whole at every offset, with text after them.
 */
static void
test_joins_at_block_end(void **state)
{
	static const char words[] = "155,221 bags; Group, Aug. U.S. well-known it's 3.25-Y";
	static const char rest[] = " and then more words follow here to make a second block of text.";

	for (int n = 0; n <= 70; n++)
	{
		char		buf[256];
		unit_doc	u;
		ne_doc	   *doc;

		memset(buf, ' ', (size_t) n);
		memcpy(buf + n, words, sizeof(words) - 1);
		memcpy(buf + n + sizeof(words) - 1, rest, sizeof(rest));
		doc = tokens_of(&u, buf);
		assert_int_equal(find_tok(doc, "155,221"), 0);
		assert_int_equal(doc->tokens[0].kind, NE_TOK_NUMBER);
		assert_int_equal(find_tok(doc, "Group"), 3);
		assert_int_equal(find_tok(doc, ","), 4);
		assert_int_equal(find_tok(doc, "Aug"), 5);
		assert_int_equal(find_tok(doc, "U.S"), 7);
		assert_int_equal(find_tok(doc, "well-known"), 9);
		assert_int_equal(find_tok(doc, "it's"), 10);
		assert_int_equal(find_tok(doc, "3.25-Y"), 11);
		assert_int_equal(doc->tokens[11].kind, NE_TOK_NUMBER);
		assert_int_equal(doc->ntokens, 26);
		unit_doc_close(&u);
	}
}

/* Word comparisons and cue phrases ignore ASCII case only. */
static void
test_lexicon_words(void **state)
{
	const char *words[4] = {"Went", "ON", "to", "say"};
	int32_t		lens[4] = {4, 2, 2, 3};

	assert_true(ne_lex_word_is("The", 3, "the"));
	assert_false(ne_lex_word_is("They", 4, "the"));
	assert_false(ne_lex_word_is("th", 2, "the"));
	assert_false(ne_lex_word_is("th\xC3", 3, "the"));
	assert_int_equal(ne_lex_cue_phrase(words, lens, 4), 4);
	assert_int_equal(ne_lex_cue_phrase(words, lens, 2), 2);
	words[0] = "zebra";
	lens[0] = 5;
	assert_int_equal(ne_lex_cue_phrase(words, lens, 4), 0);
	words[0] = "\xC3\xA9t\xC3\xA9";
	lens[0] = 6;
	assert_int_equal(ne_lex_cue_phrase(words, lens, 4), 0);
	assert_true(ne_lex_flags("SAID", 4) & NE_LX_CUE);
	assert_int_equal(ne_lex_flags("", 0), 0);
	assert_int_equal(ne_lex_flags("said", 40), 0);
}

/* The cue phrases are in order of first letter (the look-up's index of letters) and NE_CUE_PHRASE_LETTERS holds exactly those letters. */
static void
test_cue_phrase_letters(void **state)
{
	uint32_t	letters = 0;
	const char *p,
			   *prev = NULL;

	for (int i = 0; (p = ne_lex_cue_phrase_at(i)) != NULL; i++)
	{
		assert_true(p[0] >= 'a' && p[0] <= 'z');
		letters |= 1u << (p[0] - 'a');
		if (prev != NULL)
			assert_true(prev[0] <= p[0]);
		prev = p;
	}
	assert_non_null(prev);
	assert_int_equal(letters, NE_CUE_PHRASE_LETTERS);
}

/* Every cue phrase, in any case, is found whole by ne_lex_cue_phrase (its first letter's range holds it). */
static void
test_cue_phrases_found(void **state)
{
	const char *p;

	for (int i = 0; (p = ne_lex_cue_phrase_at(i)) != NULL; i++)
	{
		char		buf[64];
		const char *words[8];
		int32_t		lens[8];
		int			n = 0;
		size_t		len = strlen(p);

		assert_true(len < sizeof(buf));
		memcpy(buf, p, len + 1);
		buf[0] = (char) (buf[0] - 32);	/* "According to": the look-up ignores case */
		for (size_t j = 0; j <= len && n < 8; j++)
			if (j == 0 || buf[j - 1] == ' ')
			{
				words[n] = buf + j;
				lens[n] = (int32_t) (strcspn(buf + j, " "));
				n++;
			}
		assert_int_equal(ne_lex_cue_phrase(words, lens, n), n);
	}
}

/* At least 150 reporting verb forms are known. */
static void
test_lexicon_cue_count(void **state)
{
	int			n = 0;

	for (int32_t i = 0; i < ne_lex_size(); i++)
		if (ne_lex_entry_at(i)->flags & NE_LX_CUE)
			n++;
	assert_true(n >= 150);
}

/* Runs the tests of this file. */
static int arena_checks;

/* Counts the calls of the arena's check. */
static void
count_arena_check(void)
{
	arena_checks++;
}

/*
 * A big array grows and is filled in cancellable chunks: the arena calls its
 * check between them (a 100 MB article's token array must not be one long
 * memcpy), and the bytes come out as a plain memset and memcpy would leave them.
 */
static void
test_arena_big_arrays_check_between_chunks(void **state)
{
	ne_arena   *a = ne_arena_create_malloc();
	int32_t		cap = 0;
	size_t		n = (size_t) 40 * 1024 * 1024;
	unsigned char *p = ne_alloc_raw(a, n);
	int32_t    *arr;

	ne_arena_set_check(a, count_arena_check);
	arena_checks = 0;
	ne_arena_fill(a, p, 0xAB, n);
	assert_true(arena_checks >= 4);
	assert_int_equal(p[0], 0xAB);
	assert_int_equal(p[n - 1], 0xAB);

	arr = ne_grow(a, NULL, &cap, 12 * 1024 * 1024, sizeof(int32_t));
	for (int32_t i = 0; i < cap; i++)
		arr[i] = i;
	arena_checks = 0;
	arr = ne_grow(a, arr, &cap, cap + 1, sizeof(int32_t));	/* copies 48 MB or more */
	assert_true(arena_checks >= 5);
	assert_int_equal(arr[0], 0);
	assert_int_equal(arr[12 * 1024 * 1024 - 1], 12 * 1024 * 1024 - 1);
	ne_arena_destroy(a);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_basic_tokens),
		cmocka_unit_test(test_apostrophes),
		cmocka_unit_test(test_abbreviations),
		cmocka_unit_test(test_abbreviation_at_end),
		cmocka_unit_test(test_quote_tokens),
		cmocka_unit_test(test_sentence_continues_after_quote),
		cmocka_unit_test(test_paragraph_starts),
		cmocka_unit_test(test_unicode_words),
		cmocka_unit_test(test_invalid_bytes),
		cmocka_unit_test(test_once_and_empty),
		cmocka_unit_test(test_lexicon),
		cmocka_unit_test(test_lexicon_accents),
		cmocka_unit_test(test_lexicon_first_names),
		cmocka_unit_test(test_lexicon_cue_count),
		cmocka_unit_test(test_word_ends),
		cmocka_unit_test(test_article_names),
		cmocka_unit_test(test_punctuation_between_runs),
		cmocka_unit_test(test_paragraph_lines),
		cmocka_unit_test(test_paragraph_wire_copy),
		cmocka_unit_test(test_joins_at_block_end),
		cmocka_unit_test(test_lexicon_words),
		cmocka_unit_test(test_cue_phrase_letters),
		cmocka_unit_test(test_cue_phrases_found),
		cmocka_unit_test(test_arena_big_arrays_check_between_chunks),
	};

	return cmocka_run_group_tests_name("tokenize", tests, NULL, NULL);
}
