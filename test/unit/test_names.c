/*
 * test_names.c -- person and organisation mentions, entities, aliases,
 * titles and pronoun links.  Every text here was written for these tests.
 */
#include "unit.h"
#include "names.h"

#include <stdio.h>
#include <stdlib.h>

/* Finds the names of s; the caller closes u. */
static ne_doc *
names_of(unit_doc *u, const char *s, ne_names **nm)
{
	ne_doc	   *doc = unit_doc_open(u, s);
	ne_names   *n = ne_find_names(doc);

	if (nm)
		*nm = n;
	return doc;
}

/* Asserts that doc has an entity named name, an organisation. */
static void
assert_org(const ne_doc *doc, const char *name)
{
	const ne_entity *en = unit_entity(doc, name);

	assert_non_null(en);
	assert_int_equal(en->kind, NE_ENT_ORG);
}

/* Does entity en have alias a? */
static bool
has_alias(const ne_entity *en, const char *a)
{
	for (int32_t i = 0; i < en->naliases; i++)
		if (strcmp(en->aliases[i], a) == 0)
			return true;
	return false;
}

/*
 * "and" joins two names into one organisation, unless the word before it is
 * the surname of a person named before and a name of its own follows: "Clinton
 * and State Department aides" after "Dana Clinton"; a firm named after him
 * stays one name ("Whitcombe and Co").
 */
static void
test_and_after_surname(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = names_of(&u,
							   "Dana Clinton spoke on Monday. A judge let lawyers question former Clinton and "
							   "State Department aides.\n\n"
							   "Paul Whitcombe founded Whitcombe and Co in 1990. Whitcombe and Co said sales rose.",
							   NULL);

	assert_null(unit_entity(doc, "Clinton and State Department"));
	assert_org(doc, "State Department");
	assert_org(doc, "Whitcombe and Co");
	unit_doc_close(&u);
}

/*
 * A noun for an organisation right before a name makes it one, wherever else
 * the name stands; not a noun for people's trades too, an owner's possessive
 * or a name with a first name in it.
 */
static void
test_org_noun_before_name(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = names_of(&u,
							   "Profits at US media giant Tellwater jumped 76%.\n\n"
							   "Tellwater said sales rose. The carmaker Brisco Vale cut jobs, and Brisco Vale said "
							   "more would go. \"We are ready,\" film producer Gil Ravenna said.\n\n"
							   "The company's Racine plant will close. The group's Venice meeting ended.",
							   NULL);
	const ne_entity *en;

	assert_org(doc, "Tellwater");
	assert_org(doc, "Brisco Vale");
	en = unit_entity(doc, "Gil Ravenna");
	assert_non_null(en);
	assert_int_equal(en->kind, NE_ENT_PERSON);
	assert_null(unit_entity(doc, "Racine"));
	assert_null(unit_entity(doc, "Venice"));
	unit_doc_close(&u);
}

/*
 * Events ("Super Bowl", "World War II", "Hurricane Ivan") and a plural name
 * after "the" ("the Rolling Stones") make no new person; the plural group is
 * an organisation when it speaks; a company's name of that shape known from
 * its legal form stays the company's.
 */
static void
test_events_and_groups_are_nobody(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = names_of(&u,
							   "Tom Vasquez watched the Super Bowl after World War II films. Hurricane Ivan hit "
							   "Grenada. The Harlow Games opened. The Finance Bill and the Marshall Plan were debated "
							   "before Bill Clinton spoke.\n\n"
							   "Tickets for the Copper Fighters sold out. The Velvet Sisters said they would tour. "
							   "Lantern Kitchens Inc said sales rose. Analysts like the Lantern Kitchens plan. "
							   "The aide of the Ferdinand Marcos government spoke.",
							   NULL);
	const ne_entity *en;

	assert_non_null(unit_entity(doc, "Tom Vasquez"));
	assert_null(unit_entity(doc, "Super Bowl"));
	assert_null(unit_entity(doc, "World War II"));
	assert_null(unit_entity(doc, "World War"));
	assert_null(unit_entity(doc, "Hurricane Ivan"));
	assert_null(unit_entity(doc, "Finance Bill"));
	assert_null(unit_entity(doc, "Marshall Plan"));
	assert_non_null(unit_entity(doc, "Bill Clinton"));
	assert_null(unit_entity(doc, "Harlow Games"));
	assert_null(unit_entity(doc, "Copper Fighters"));
	assert_org(doc, "Velvet Sisters");
	assert_org(doc, "Lantern Kitchens Inc");
	en = unit_entity(doc, "Ferdinand Marcos");
	assert_non_null(en);
	assert_int_equal(en->kind, NE_ENT_PERSON);
	unit_doc_close(&u);
}

/*
 * Legal forms of other countries (AB, SA, Oy, BV ...) and words that end
 * firms' names (Products, Division, Bancorp, Software ...) make
 * organisations; "and" before a legal form that ends both joins one firm.
 */
static void
test_company_words(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = names_of(&u,
							   "Trelleborg AB said sales rose. Fabrique Nationale Herstal SA cut jobs. "
							   "Barry Citrus Products and the Pontiac Division gained, Harlow Bancorp said.\n\n"
							   "Air Products and Chemicals Inc rose. Daewoo Group and General Motors Corp signed. "
							   "Pacific Telephone and Telegraph Co fell. Tina Adler of Lookout Software said it grew. "
							   "Standard Life, Solaris Asset Management and the Daily Mirror said nothing. Accor S.A. "
							   "said it grew. Shares of Cedar Fair L.P. rose. The S.A. unit grew. Shares in Cairn Energy "
							   "jumped, the House Energy and Commerce Committee said. The Minister of Energy agreed.",
							   NULL);
	const ne_entity *en;

	assert_org(doc, "Trelleborg AB");
	assert_org(doc, "Fabrique Nationale Herstal SA");
	assert_org(doc, "Barry Citrus Products");
	assert_org(doc, "Pontiac Division");
	assert_org(doc, "Harlow Bancorp");
	assert_org(doc, "Air Products and Chemicals Inc");
	assert_org(doc, "Daewoo Group");
	assert_org(doc, "General Motors Corp");
	assert_org(doc, "Pacific Telephone and Telegraph Co");
	assert_org(doc, "Lookout Software");
	assert_org(doc, "Standard Life");
	assert_org(doc, "Solaris Asset Management");
	assert_org(doc, "Daily Mirror");
	assert_org(doc, "Accor S.A");
	assert_org(doc, "Cairn Energy");
	assert_org(doc, "House Energy and Commerce Committee");
	assert_null(unit_entity(doc, "Minister of Energy"));
	assert_org(doc, "Cedar Fair L.P");
	assert_null(unit_entity(doc, "S.A"));
	en = unit_entity(doc, "Tina Adler");
	assert_non_null(en);
	assert_int_equal(en->kind, NE_ENT_PERSON);
	unit_doc_close(&u);
}

/* "then-" and "ex-" before a title keep it a title; magistrates, archbishops and baronesses have titles too; Dean is a first name. */
static void
test_then_and_ex_titles(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = names_of(&u,
							   "Then-Secretary of State Hillary Clinton spoke. Ex-chairman Paul Jones and "
							   "ex-President Mary Ruiz met. Magistrate Lee Gilmore ruled, and Archbishop Desmond "
							   "Tutu and Baroness Susan Greenfield spoke. Sacha Baron Cohen laughed. Dean Kiely saved it. "
							   "Labour MP Oona King agreed, and Ms King left. \"Thank you, Mr Speaker,\" Kiely said. "
							   "But White House spokesman Marlin Fitzwater disagreed.",
							   NULL);
	const ne_entity *en;

	assert_null(unit_entity(doc, "State Hillary Clinton"));
	en = unit_entity(doc, "Hillary Clinton");
	assert_non_null(en);
	assert_non_null(en->title);
	assert_string_equal(en->title, "Then-Secretary of State");
	en = unit_entity(doc, "Paul Jones");
	assert_non_null(en);
	assert_non_null(en->title);
	assert_string_equal(en->title, "Ex-chairman");
	assert_non_null(unit_entity(doc, "Mary Ruiz"));
	assert_non_null(unit_entity(doc, "Lee Gilmore"));
	assert_non_null(unit_entity(doc, "Desmond Tutu"));
	assert_non_null(unit_entity(doc, "Susan Greenfield"));
	assert_non_null(unit_entity(doc, "Sacha Baron Cohen"));
	assert_non_null(unit_entity(doc, "Dean Kiely"));
	en = unit_entity(doc, "Marlin Fitzwater");
	assert_non_null(en);
	assert_non_null(en->title);
	assert_string_equal(en->title, "White House spokesman");
	en = unit_entity(doc, "Oona King");
	assert_non_null(en);
	assert_int_equal(en->mentions, 2);
	unit_doc_close(&u);
}

/*
 * Title-case headlines: the first line may end in a stop; a known first name
 * and a surname open a headline's chain, two words before a colon name its
 * speaker; a lede full of names stays text.
 */
static void
test_headline_names(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = names_of(&u,
							   "'Missing' White Voters Might Help Trump, But Less So Where He Needs It.\n\n"
							   "Voters in Ohio spoke on Monday.",
							   NULL);

	assert_null(unit_entity(doc, "White Voters"));
	unit_doc_close(&u);
	doc = names_of(&u,
				   "Bernie Sanders Beats Hillary Clinton In Michigan\n\n"
				   "Sanders won the state on Tuesday.",
				   NULL);
	assert_non_null(unit_entity(doc, "Bernie Sanders"));
	assert_null(unit_entity(doc, "Bernie Sanders Beats Hillary Clinton"));
	unit_doc_close(&u);
	doc = names_of(&u,
				   "Cecile Dorrance: 'I Am Sick Of It.'\n\n"
				   "Dorrance said the law was wrong.",
				   NULL);
	assert_non_null(unit_entity(doc, "Cecile Dorrance"));
	unit_doc_close(&u);
	doc = names_of(&u,
				   "U.S. Treasury Secretary James Baker met West German Finance Minister Gerhard Stoltenberg in "
				   "Frankfurt on Monday, a Bonn Finance Ministry spokesman said.\n\n"
				   "Baker said the talks went well. The team owner Mark Cuban agreed, as did Roman Catholic bishops.",
				   NULL);
	assert_non_null(unit_entity(doc, "James Baker"));
	assert_non_null(unit_entity(doc, "Gerhard Stoltenberg"));
	assert_non_null(unit_entity(doc, "Mark Cuban"));
	assert_null(unit_entity(doc, "Roman Catholic"));
	unit_doc_close(&u);
}

/* Aldermen and assemblywomen have titles; an ocean is a place; a "Business" ends a firm's name. */
static void
test_more_lexicon_words(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = names_of(&u,
							   "Assemblywoman Claudia Tenney and Alderman William D. Burns flew over the Atlantic "
							   "Ocean. Fox Business said ratings rose.",
							   NULL);
	const ne_entity *en = unit_entity(doc, "Claudia Tenney");

	assert_non_null(en);
	assert_non_null(en->title);
	assert_string_equal(en->title, "Assemblywoman");
	assert_non_null(unit_entity(doc, "William D. Burns"));
	assert_null(unit_entity(doc, "Atlantic Ocean"));
	assert_org(doc, "Fox Business");
	unit_doc_close(&u);
}

/* The first word of a quotation is capitalised as a sentence's is: "Investors wonder ..." names nobody. */
static void
test_quotation_start_words(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = names_of(&u,
							   "Dana Whitcombe spoke on Monday. \"Investors wonder if the scandal is over,\" she said. "
							   "She added: \"Everybody knows Whitcombe Holdings Inc will survive.\"",
							   NULL);

	assert_non_null(unit_entity(doc, "Dana Whitcombe"));
	assert_null(unit_entity(doc, "Investors"));
	assert_null(unit_entity(doc, "Everybody"));
	unit_doc_close(&u);
}

/* A word shaped like a role opening a sentence before a first name and a surname is the title. */
static void
test_sentence_start_roles(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = names_of(&u,
							   "Cinematographer John Mathieson won. Fly-half Charlie Hodgson kicked. Wherever Hillary "
							   "Clinton goes, crowds follow.",
							   NULL);
	const ne_entity *en = unit_entity(doc, "John Mathieson");

	assert_non_null(en);
	assert_non_null(en->title);
	assert_string_equal(en->title, "Cinematographer");
	assert_non_null(unit_entity(doc, "Charlie Hodgson"));
	assert_null(unit_entity(doc, "Cinematographer John Mathieson"));
	en = unit_entity(doc, "Hillary Clinton");
	assert_non_null(en);
	assert_null(en->title);
	unit_doc_close(&u);
}

/* A noun for a work right before a title makes no person or organisation of it anywhere in the article. */
static void
test_work_titles_are_nobody(void **state)
{
	static const char *const nouns[] = {"album", "ballet", "biopic", "book", "comedy", "documentary", "drama",
	"film", "movie", "musical", "novel", "opera", "programme", "series", "sitcom", "song", "thriller"};

	for (size_t i = 0; i < sizeof(nouns) / sizeof(nouns[0]); i++)
	{
		unit_doc	u;
		char		text[400];
		ne_doc	   *doc;

		snprintf(text, sizeof(text),
				 "Burning Orchard Said Nothing won a prize. The %s Burning Orchard was made by Tom Vasquez. "
				 "Critics praised the %s Velvet Morrow, and Velvet Morrow said nothing.", nouns[i], nouns[i]);
		doc = names_of(&u, text, NULL);
		assert_null(unit_entity(doc, "Burning Orchard"));
		assert_null(unit_entity(doc, "Velvet Morrow"));
		assert_non_null(unit_entity(doc, "Tom Vasquez"));
		unit_doc_close(&u);
	}
	{
		/* a first name in the title, or no work noun: a person still */
		unit_doc	u;
		ne_doc	   *doc = names_of(&u, "The film Vera Drake won. The show Velvet Morrow said it would end.", NULL);

		assert_non_null(unit_entity(doc, "Vera Drake"));
		assert_non_null(unit_entity(doc, "Velvet Morrow"));
		unit_doc_close(&u);
	}
}

/* "Bureau of ... Director" before a first name and surname is a title: the person speaks, not the bureau. */
static void
test_office_title_before_person(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = names_of(&u,
							   "\"We will act,\" Harbour Bureau of Fair Trading Director Susan Okafor said on Monday.\n\n"
							   "The Bank of Kestria raised rates.",
							   NULL);
	const ne_entity *en = unit_entity(doc, "Susan Okafor");

	assert_non_null(en);
	assert_int_equal(en->kind, NE_ENT_PERSON);
	assert_non_null(en->title);
	assert_string_equal(en->title, "Harbour Bureau of Fair Trading Director");
	assert_null(unit_entity(doc, "Harbour Bureau of Fair Trading Director Susan Okafor"));
	assert_org(doc, "Bank of Kestria");
	unit_doc_close(&u);
}

/* Capitals joined by '&' name a firm when it speaks or owns (M&S, AT&T's); R&D and Q&A name nobody. */
static void
test_ampersand_acronyms(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = names_of(&u,
							   "\"Prices will fall,\" said K&B. Sales at AT&T. Consolidation came next.\n\n"
							   "TR&Q's profits rose as R&D spending grew, the Q&A session heard.",
							   NULL);

	assert_org(doc, "K&B");
	assert_org(doc, "TR&Q");
	assert_null(unit_entity(doc, "R&D"));
	assert_null(unit_entity(doc, "Q&A"));
	for (int32_t e = 0; e < doc->nentities; e++)
		assert_null(strstr(doc->entities[e].name, "Consolidation"));
	unit_doc_close(&u);
}

/*
 * A name of two words or more after a role (or a person) and "at" is an
 * employer: every mention of it is the firm.
 */
static void
test_employer_after_at(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = names_of(&u,
							   "\"Margins will hold,\" said Jason Okafor at Quill Dunmore on Monday.\n\n"
							   "Rates will fall, said Ann Lee, an analyst at Paxton Webber Tennant in London.\n\n"
							   "Flights landed at Salina Dunmore on Monday.",
							   NULL);

	assert_org(doc, "Quill Dunmore");
	assert_org(doc, "Paxton Webber Tennant");
	assert_int_equal(unit_entity(doc, "Jason Okafor")->kind, NE_ENT_PERSON);
	assert_true(unit_entity(doc, "Salina Dunmore") == NULL ||
				unit_entity(doc, "Salina Dunmore")->kind != NE_ENT_ORG);	/* no role before "at": a place */
	unit_doc_close(&u);
}

/* A preposition opening a sentence is no part of the name after it ("Behind Okafor's plan"). */
static void
test_sentence_preposition_before_name(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = names_of(&u,
							   "Ann Okafor spoke on Monday. Behind Okafor's plan lay a wager. "
							   "Alongside Tom Reyes, she marched. Amid Reyes's protests, the vote went ahead.",
							   NULL);

	for (int32_t e = 0; e < doc->nentities; e++)
	{
		assert_null(strstr(doc->entities[e].name, "Behind"));
		assert_null(strstr(doc->entities[e].name, "Alongside"));
		assert_null(strstr(doc->entities[e].name, "Amid"));
	}
	assert_non_null(unit_entity(doc, "Tom Reyes"));
	unit_doc_close(&u);
}

/*
 * Three capitalised words with words the lexicon knows and no first name or
 * title are no person unless they speak ("Gross National Product"); a name of
 * words it does not know stays one ("Sri Mulyani Indrawati").
 */
static void
test_three_words_without_first_name(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = names_of(&u,
							   "Gross National Product rose. The Public Sector Borrowing Requirement fell.\n\n"
							   "Sri Mulyani Indrawati visited Jakarta.",
							   NULL);
	const ne_entity *en;

	en = unit_entity(doc, "Gross National Product");
	assert_true(en == NULL || en->kind != NE_ENT_PERSON);
	en = unit_entity(doc, "Public Sector Borrowing Requirement");
	assert_true(en == NULL || en->kind != NE_ENT_PERSON);
	en = unit_entity(doc, "Sri Mulyani Indrawati");
	assert_non_null(en);
	assert_int_equal(en->kind, NE_ENT_PERSON);
	unit_doc_close(&u);
}

/*
 * A one-word name whose cue is followed by "it" and an auxiliary with a verb
 * an agent does ("said it would appeal", "said it was considering") is an
 * organisation; "it would be", "it was unclear" tell nothing, and a common
 * word that only opens sentences names nobody.
 */
static void
test_it_after_auxiliary(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = names_of(&u,
							   "Sales fell last year, but Corvatek said it would appeal the ruling.\n\n"
							   "The deal was signed. Dalmoor said it was considering a bid for the mill.\n\n"
							   "The vote was close, Pettigrew said it was unclear who had won.\n\n"
							   "Forecasts suggest it would raise billions over a decade.",
							   NULL);
	const ne_entity *en;

	assert_org(doc, "Corvatek");
	assert_org(doc, "Dalmoor");
	en = unit_entity(doc, "Pettigrew");
	assert_non_null(en);
	assert_int_equal(en->kind, NE_ENT_PERSON);
	assert_null(unit_entity(doc, "Forecasts"));
	unit_doc_close(&u);
}

/*
 * A one-word organisation after a fuller one that opens with its word is
 * that organisation ("Harlow said" after "Harlow Textile Mills Inc"), but
 * not when an organisation of the very word is known already.
 */
static void
test_one_word_org_finds_full_name(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = names_of(&u,
							   "Harlow Textile Mills Inc said profits rose. Later, Harlow said its shares fell.\n\n"
							   "Profits at Brackley rose, and Brackley shares fell. Brackley Capital said sales rose. "
							   "Later, Brackley said its shares fell.",
							   NULL);
	const ne_entity *en = unit_entity(doc, "Harlow Textile Mills Inc");

	assert_non_null(en);
	assert_int_equal(en->kind, NE_ENT_ORG);
	assert_true(has_alias(en, "Harlow"));
	assert_null(unit_entity(doc, "Harlow"));
	en = unit_entity(doc, "Brackley");
	assert_non_null(en);
	assert_int_equal(en->kind, NE_ENT_ORG);
	assert_int_equal(en->mentions, 3);
	unit_doc_close(&u);
}

/*
 * "X said it expects" anywhere, also opening a sentence, makes X a company
 * wherever it stands, and a name of a person's shape that opens with X too
 * ("Quillon Fenwick" after "Quillon said its"); not "X said it's", nor a
 * person whose "it" follows an auxiliary.
 */
static void
test_speaks_as_firm(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = names_of(&u,
							   "Quillon Fenwick bought a mill. Quillon said its sales rose.\n\n"
							   "Tarrowby announced a plan. Tarrowby said it expects a loss. Tarrowby said so.\n\n"
							   "Hardcastle said it's unclear. Hardcastle said he would wait.\n\n"
							   "Rosa Pemberton met him. Pemberton said it was not helping. Pemberton said so.",
							   NULL);
	const ne_entity *en;

	assert_org(doc, "Quillon Fenwick");
	assert_org(doc, "Tarrowby");
	assert_int_equal(unit_entity(doc, "Tarrowby")->mentions, 3);
	en = unit_entity(doc, "Hardcastle");
	assert_non_null(en);
	assert_int_equal(en->kind, NE_ENT_PERSON);
	en = unit_entity(doc, "Rosa Pemberton");
	assert_non_null(en);
	assert_int_equal(en->kind, NE_ENT_PERSON);
	assert_int_equal(en->mentions, 3);
	unit_doc_close(&u);
}

/*
 * A name of two or three words with no first name is a company by the same
 * evidence ("Garrow Sachs said it expects", "Pellam Lynch said its"); with a
 * first name it stays a person ("John Garrow said it expects").
 */
static void
test_speaks_as_firm_two_words(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = names_of(&u,
							   "Garrow Sachs said it expects a loss.\n\n"
							   "Pellam Lynch said its profit rose.\n\n"
							   "John Tarrant said it expects a loss.",
							   NULL);

	assert_org(doc, "Garrow Sachs");
	assert_org(doc, "Pellam Lynch");
	assert_int_equal(unit_entity(doc, "John Tarrant")->kind, NE_ENT_PERSON);
	unit_doc_close(&u);
}

/* A plural's apostrophe inside a body's name: "National Farmers' Union" is one organisation, not "Farmers"; "Sanders' Senate" no body. */
static void
test_members_body_names(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = names_of(&u,
							   "The National Growers' Union met on Monday. The Dockers’ Federation agreed. "
							   "Senator Ada Sanders spoke. Sanders' Senate office said so.",
							   NULL);

	assert_org(doc, "National Growers' Union");
	assert_org(doc, "Dockers’ Federation");
	assert_null(unit_entity(doc, "Sanders' Senate"));
	unit_doc_close(&u);
}

/* "Mr. X" and "Mrs. X" after two people of that surname go to the one of their gender, not the last named. */
static void
test_honorific_picks_gender(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = names_of(&u,
							   "Hilda Marsh spoke first. John Marsh followed her. Mr. Marsh smiled. "
							   "Then Mrs. Marsh left.",
							   NULL);

	assert_int_equal(unit_entity(doc, "John Marsh")->mentions, 2);
	assert_int_equal(unit_entity(doc, "Hilda Marsh")->mentions, 3);
	unit_doc_close(&u);
}

/*
 * Names inside a title-case quote (a sign, a slogan, a title) name no
 * person unless they hold a first name; organisations stay.
 */
static void
test_title_case_quote_names_nobody(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = names_of(&u,
							   "Protesters held signs reading \"Break Up the Banks.\" Others carried "
							   "\"Black Lives Matter\" banners and \"Anna Varga for Mayor\" placards; "
							   "the \"Meat Export Federation\" objected.",
							   NULL);

	assert_null(unit_entity(doc, "Break Up"));
	assert_null(unit_entity(doc, "Black Lives Matter"));
	assert_non_null(unit_entity(doc, "Anna Varga"));
	assert_non_null(unit_entity(doc, "Meat Export Federation"));
	unit_doc_close(&u);
}

/*
 * A role between a name of two words with no first name and a person's name
 * makes the first an employer ("Garrow Sachs chief executive Anna Lind");
 * not a surname alone ("Marsh spokesman John Lee") nor "Former Garrow Sachs".
 */
static void
test_employer_before_role(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = names_of(&u,
							   "Garrow Sachs chief executive Anna Lind spoke. "
							   "Ann Marsh was away. Marsh spokesman John Lee spoke.",
							   NULL);

	assert_org(doc, "Garrow Sachs");
	assert_int_equal(unit_entity(doc, "Ann Marsh")->kind, NE_ENT_PERSON);
	unit_doc_close(&u);
}

/*
 * A title with its point, or a title before two names, is a person's:
 * "Dr. Mary Vane of Harvard Medical School" and "President Xi Wenli of
 * China" are people of their "of"; "Orbis Bank Governor Rob Lane-Hill" a
 * governor, and "the Labour Party of Prime Minister Ken Olds" a prime minister.
 */
static void
test_honorific_person_of(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = names_of(&u,
							   "Dr. Mary Vane of Harvard Medical School spoke. Dr. I-Min Kowal of Leeds University agreed. "
							   "Orbis Bank Governor Rob Lane-Hill objected. "
							   "The Labour Party of Prime Minister Ken Olds lost.",
							   NULL);

	assert_int_equal(unit_entity(doc, "Mary Vane")->kind, NE_ENT_PERSON);
	assert_org(doc, "Harvard Medical School");
	assert_int_equal(unit_entity(doc, "I-Min Kowal")->kind, NE_ENT_PERSON);
	assert_int_equal(unit_entity(doc, "Rob Lane-Hill")->kind, NE_ENT_PERSON);
	assert_string_equal(unit_entity(doc, "Ken Olds")->title, "Prime Minister");
	unit_doc_close(&u);
}

/* "and" inside a body's name before a word shaped like an abstract noun: "Centers for Disease Control and Prevention". */
static void
test_and_abstract_noun_in_body(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = names_of(&u,
							   "The Centers for Disease Control and Prevention said so. "
							   "The Council for Harbour Planning and Development agreed.",
							   NULL);

	assert_org(doc, "Centers for Disease Control and Prevention");
	assert_org(doc, "Council for Harbour Planning and Development");
	assert_null(unit_entity(doc, "Prevention"));
	unit_doc_close(&u);
}

/*
 * Initials and generational suffixes tell people of one name apart ("Carl
 * Ruiz Jr." and "Carl Ruiz Sr.", "George H.W. Marsh" and "George W. Marsh");
 * a name without them still joins the one with them.
 */
static void
test_marks_tell_people_apart(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = names_of(&u,
							   "Carl Ruiz Jr. spoke. Carl Ruiz Sr. listened. "
							   "George H.W. Marsh met George W. Marsh. "
							   "Ann B. Lund left; later Ann Lund returned.",
							   NULL);

	assert_non_null(unit_entity(doc, "Carl Ruiz Jr."));
	assert_non_null(unit_entity(doc, "Carl Ruiz Sr."));
	assert_non_null(unit_entity(doc, "George H.W. Marsh"));
	assert_non_null(unit_entity(doc, "George W. Marsh"));
	assert_int_equal(unit_entity(doc, "Ann B. Lund")->mentions, 2);
	unit_doc_close(&u);
}

/* A surname that is a noun of places speaks ("Ricki Lake said", "Benny Hill said"); a lake that speaks not, nor Downing Street. */
static void
test_place_noun_surname_speaks(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = names_of(&u,
							   "\"No,\" Ricki Lake said. Crater Lake froze. Downing Street said so.",
							   NULL);

	assert_int_equal(unit_entity(doc, "Ricki Lake")->kind, NE_ENT_PERSON);
	assert_null(unit_entity(doc, "Crater Lake"));
	assert_null(unit_entity(doc, "Downing Street"));
	unit_doc_close(&u);
}

/* An apposition whose noun is an organisation's makes a company: "Garrow Sachs, the investment bank,". */
static void
test_org_apposition(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = names_of(&u,
							   "Garrow Sachs, the investment bank, cut jobs. "
							   "Mr. Pell runs Pell Meyer, a research firm. "
							   "Ann Garrow, a consulting firm's founder, agreed.",
							   NULL);

	assert_org(doc, "Garrow Sachs");
	assert_org(doc, "Pell Meyer");
	assert_int_equal(unit_entity(doc, "Ann Garrow")->kind, NE_ENT_PERSON);
	unit_doc_close(&u);
}

/*
 * A name of two words after a lower-case "in" or "at", with no title, known
 * first name, cue or possessive, is a place unless the name is known as a
 * person otherwise ("in Port Wendale", "at Harrow Vale"); a known first name
 * keeps a person ("in Jason Marlowe").
 */
static void
test_place_after_in_or_at(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = names_of(&u,
							   "The firm, based in Port Wendale, Ore., opened a plant at Harrow Vale last year.\n\n"
							   "They have a fine striker in Jason Marlowe. The club met in Tovar Quelle. "
							   "Tovar Quelle said he was glad.",
							   NULL);
	const ne_entity *en;

	assert_null(unit_entity(doc, "Port Wendale"));
	assert_null(unit_entity(doc, "Harrow Vale"));
	en = unit_entity(doc, "Jason Marlowe");
	assert_non_null(en);
	assert_int_equal(en->kind, NE_ENT_PERSON);
	en = unit_entity(doc, "Tovar Quelle");
	assert_non_null(en);
	assert_int_equal(en->kind, NE_ENT_PERSON);
	assert_int_equal(en->mentions, 3);
	unit_doc_close(&u);
}

/*
 * An adverb opening a sentence is no part of the name after it ("Curiously
 * Tom Brasher"); inside a sentence it opens a title ("Totally Grand Wobble").
 * A name with no first name or title that holds a derived common word of
 * eight letters or more (-ment, -ity, -tion, -ive, ...) is no person.
 */
static void
test_adverbs_and_derived_words(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = names_of(&u,
							   "Tom Brasher spoke first. Curiously Tom Brasher said nothing more.\n\n"
							   "She starred in the show Totally Grand Wobble last year.\n\n"
							   "The Rural Enhancement said so. Quorn Interactive said sales rose. "
							   "Political Affairs Wendy Sherrill said so.",
							   NULL);
	const ne_entity *en;

	en = unit_entity(doc, "Tom Brasher");
	assert_non_null(en);
	assert_int_equal(en->mentions, 2);
	assert_null(unit_entity(doc, "Curiously Tom Brasher"));
	assert_null(unit_entity(doc, "Totally Grand Wobble"));
	assert_null(unit_entity(doc, "Grand Wobble"));
	en = unit_entity(doc, "Rural Enhancement");
	assert_true(en == NULL || en->kind != NE_ENT_PERSON);
	en = unit_entity(doc, "Quorn Interactive");
	assert_true(en == NULL || en->kind != NE_ENT_PERSON);
	en = unit_entity(doc, "Political Affairs Wendy Sherrill");
	assert_non_null(en);
	assert_int_equal(en->kind, NE_ENT_PERSON);
	unit_doc_close(&u);
}

/*
 * A firm named like a person ("Dean Whitlow Reynolds Inc") makes the bare
 * name and its first two words ("Dean Whitlow") the firm, unless the name is
 * a person's by a title, a suffix or a "he" after its cue elsewhere.
 */
static void
test_firm_named_like_person(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = names_of(&u,
							   "Dean Whitlow Reynolds Inc said it sold bonds. Traders at Dean Whitlow said prices fell.\n\n"
							   "Harold Pinsent Ltd said sales rose. Its chairman, Harold Pinsent, said he was pleased. "
							   "Harold Pinsent owns half the shares.",
							   NULL);
	const ne_entity *en;

	en = unit_entity(doc, "Dean Whitlow");
	assert_true(en == NULL || en->kind == NE_ENT_ORG);
	assert_org(doc, "Dean Whitlow Reynolds Inc");
	en = unit_entity(doc, "Harold Pinsent");
	assert_non_null(en);
	assert_int_equal(en->kind, NE_ENT_PERSON);
	unit_doc_close(&u);
}

/*
 * A word opening a sentence that the text also writes in lower case is no
 * part of the name of a known first name after it ("Referee Tom Grayle").
 */
static void
test_lower_word_before_first_name(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = names_of(&u,
							   "The referee was late. Referee Tom Grayle said the pitch was wet.",
							   NULL);
	const ne_entity *en = unit_entity(doc, "Tom Grayle");

	assert_non_null(en);
	assert_int_equal(en->kind, NE_ENT_PERSON);
	assert_null(unit_entity(doc, "Referee Tom Grayle"));
	unit_doc_close(&u);
}

/*
 * A capitalised possessive inside a sentence opens a work's title, no name
 * ("the novel's sequel, His Copper Lanterns"); a firm's name stays one.
 */
static void
test_possessive_opens_title(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = names_of(&u,
							   "She has starred in My Tidal Winter and in a play by Ann Kestrel, who wrote "
							   "His Copper Lanterns. Profits at Our Lady Mills Inc fell.",
							   NULL);

	assert_null(unit_entity(doc, "Tidal Winter"));
	assert_null(unit_entity(doc, "Copper Lanterns"));
	assert_non_null(unit_entity(doc, "Ann Kestrel"));
	assert_org(doc, "Lady Mills Inc");
	unit_doc_close(&u);
}

/* Every kind of space inside a name folds to one ' ' in the canonical name: line break, no-break, zero-width, BOM. */
static void
test_name_spaces_fold(void **state)
{
	static const char *const spaces[] = {"\n", "\xC2\xA0", "\xE2\x80\x8B", "\xEF\xBB\xBF", "\xE3\x80\x80"};

	for (size_t i = 0; i < sizeof(spaces) / sizeof(spaces[0]); i++)
	{
		unit_doc	u;
		char		text[256];
		ne_doc	   *doc;

		/* wire copy wrapped at about 65 characters */
		snprintf(text, sizeof(text),
				 "After a long debate about the new harbour, the city heard Mayor Dana%s"
				 "Whitcombe speak first about the budget and the plans for the\nwaterfront.", spaces[i]);
		doc = names_of(&u, text, NULL);
		assert_non_null(unit_entity(doc, "Dana Whitcombe"));
		unit_doc_close(&u);
	}
}

/*
 * A place word after a known first name is a surname (Amy Hill, Donald
 * Houston), and the surname alone then finds the person; a street, a park or
 * a first name that is itself a place keeps the place.
 */
static void
test_place_word_surnames(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = names_of(&u,
							   "Amy Hill met Donald Houston on Victoria Street. Hill said the plan "
							   "was sound. The two walked to Weston Park and then to Virginia Beach.", NULL);
	const ne_entity *hill = unit_entity(doc, "Amy Hill");

	assert_non_null(hill);
	assert_int_equal(hill->kind, NE_ENT_PERSON);
	assert_int_equal(hill->mentions, 2);
	assert_non_null(unit_entity(doc, "Donald Houston"));
	assert_null(unit_entity(doc, "Victoria Street"));
	assert_null(unit_entity(doc, "Weston Park"));
	assert_null(unit_entity(doc, "Virginia Beach"));
	unit_doc_close(&u);
}

/*
 * A single name with an aside between commas and then a cue is a person
 * when the aside is an age or a phrase of a person (a resident), not of a
 * company (the state oil firm) and not an adverb (meanwhile).
 */
static void
test_aside_before_cue(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = names_of(&u,
							   "Okafor, a resident of the town, told reporters the water was rising. "
							   "Brannock, 54, said he stayed. Velltrax, the state oil firm, said it would help. "
							   "Quenby, meanwhile, said nothing.", NULL);
	const ne_entity *okafor = unit_entity(doc, "Okafor");
	const ne_entity *brannock = unit_entity(doc, "Brannock");
	const ne_entity *velltrax = unit_entity(doc, "Velltrax");

	assert_non_null(okafor);
	assert_int_equal(okafor->kind, NE_ENT_PERSON);
	assert_non_null(brannock);
	assert_int_equal(brannock->kind, NE_ENT_PERSON);
	assert_true(velltrax == NULL || velltrax->kind != NE_ENT_PERSON);
	assert_null(unit_entity(doc, "Quenby"));
	unit_doc_close(&u);
}

/* A two-letter place is an acronym: "Un" inside a name is part of it (Kim Jong Un), "UN" stays no person. */
static void
test_acronym_places_in_names(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = names_of(&u, "Kim Jong Un visited the UN on Monday. Kim said the talks went well.", NULL);
	const ne_entity *kim = unit_entity(doc, "Kim Jong Un");

	assert_non_null(kim);
	assert_int_equal(kim->kind, NE_ENT_PERSON);
	assert_int_equal(kim->mentions, 2);
	unit_doc_close(&u);
}

/* An Arabic article with a hyphen opens a name word ("al-Assad"); the surname alone ("Assad") is the same person. */
static void
test_article_surnames(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = names_of(&u, "President Samir al-Haddad met envoys. Haddad said the talks went well. "
							   "Later al-Haddad left.", NULL);
	const ne_entity *en = unit_entity(doc, "Samir al-Haddad");

	assert_non_null(en);
	assert_int_equal(en->kind, NE_ENT_PERSON);
	assert_int_equal(en->mentions, 3);
	assert_null(unit_entity(doc, "Samir"));
	unit_doc_close(&u);
}

/* After "in" a single name is a place, even before a cue: "a banker in Harbourton said" names nobody. */
static void
test_place_after_in(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = names_of(&u, "A banker in Harbourton said rates would hold. Okafor said they would not.", NULL);

	assert_null(unit_entity(doc, "Harbourton"));
	assert_non_null(unit_entity(doc, "Okafor"));
	unit_doc_close(&u);
}

/* A job title after a capitalised word is a role, not a person; a word with a digit names a product; "Patty Judge" is a person. */
static void
test_roles_and_products(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = names_of(&u, "The Planning Minister said the Harbour Rover HR3 would be built. "
							   "Patty Judge said she agreed.", NULL);

	assert_null(unit_entity(doc, "Planning Minister"));
	assert_null(unit_entity(doc, "Harbour Rover HR3"));
	assert_non_null(unit_entity(doc, "Patty Judge"));
	unit_doc_close(&u);
}

/*
 * Nobody from a pronoun and its verb ("I've", "We're Ready"), nor from a
 * common word opening a sentence that the story also writes in lower case
 * ("Organisers said" where "organisers" stands too); "Okafor said" stays.
 */
static void
test_common_words_are_nobody(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = names_of(&u, "I've said it before. We're Ready Now said the banner. Organisers said the march "
							   "was calm, and the organisers counted the crowd. Okafor said he agreed.", NULL);

	assert_null(unit_entity(doc, "I've"));
	assert_null(unit_entity(doc, "We're Ready Now"));
	assert_null(unit_entity(doc, "Organisers"));
	assert_non_null(unit_entity(doc, "Okafor"));
	unit_doc_close(&u);
}

/* In lowercased wire copy a name is written in lower case too, and a name opening a sentence stays a name. */
static void
test_lowercased_copy_keeps_names(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = names_of(&u, "venezuela seeks new credit, minister manuel okafor said.\n\n"
							   "    Okafor said talks would go on. okafor added that banks agreed.", NULL);

	assert_non_null(unit_entity(doc, "Okafor"));
	unit_doc_close(&u);
}

/* A nationality before a first name and a surname describes the person: "American Jeff Morrison" is Jeff Morrison. */
static void
test_demonym_before_full_name(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = names_of(&u, "American Jeff Morrison beat the top seed. Morrison said he was tired.", NULL);
	const ne_entity *en = unit_entity(doc, "Jeff Morrison");

	assert_non_null(en);
	assert_int_equal(en->mentions, 3);	/* the full name, "Morrison" and "he" */
	assert_null(unit_entity(doc, "American Jeff Morrison"));
	unit_doc_close(&u);
}

/*
 * An office after a lower-case title and "of" is part of the title: "former
 * secretary of State Clinton" is Clinton, not "State Clinton"; a firm after
 * "president of" keeps its name, and "the death of Justice Antonin Scalia"
 * has the title "Justice".
 */
static void
test_office_after_title_of(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = names_of(&u,
							   "Hillary Clinton spoke on Monday. The former secretary of State Clinton was for the deal. "
							   "Jo Lamb, president of Energy Security Analysis Inc, agreed. After the death of Justice "
							   "Antonin Scalia the seat was open.", NULL);
	const ne_entity *clinton = unit_entity(doc, "Hillary Clinton");

	assert_non_null(clinton);
	assert_non_null(clinton->title);
	assert_string_equal(clinton->title, "secretary of State");
	assert_null(unit_entity(doc, "State Clinton"));
	assert_null(unit_entity(doc, "Security Analysis"));
	assert_non_null(unit_entity(doc, "Antonin Scalia"));
	assert_string_equal(unit_entity(doc, "Antonin Scalia")->title, "Justice");	/* not "death of Justice" */
	unit_doc_close(&u);
}

/* A title before -General, -in-Chief, -elect or -designate is a title: "BSA Secretary-General Mark Boleat". */
static void
test_title_with_hyphenated_ending(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = names_of(&u,
							   "BSA Secretary-General Mark Boleat spoke. Post Editor-in-Chief Martin Baron agreed. "
							   "President-elect Jane Okafor left.", NULL);
	const ne_entity *boleat = unit_entity(doc, "Mark Boleat");

	assert_non_null(boleat);
	assert_int_equal(boleat->kind, NE_ENT_PERSON);
	assert_non_null(unit_entity(doc, "Martin Baron"));
	assert_non_null(unit_entity(doc, "Jane Okafor"));
	unit_doc_close(&u);
}

/*
 * A common word after a known first name that ends the name is a surname
 * (David Page, Dan Rather); a verb or a word before more capitals is not,
 * but a reporting verb is when a comma, a full stop or a word in lower case
 * follows it (Ian Read said, by Mike Read.).
 */
static void
test_common_word_surnames(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = names_of(&u,
							   "\"Prices fell,\" said Laura Page of Harlow Securities. Ivan Rather, an analyst, "
							   "agreed. Chief executive Ian Read said the deal was good. The song was written by "
							   "radio DJ Mike Read. Tom Writes wrote it down.\n\nWhy Hillary Will Win Ohio\n\n"
							   "Barack Says Yes", NULL);
	const ne_entity *page = unit_entity(doc, "Laura Page");

	assert_non_null(page);
	assert_int_equal(page->kind, NE_ENT_PERSON);
	assert_non_null(unit_entity(doc, "Ivan Rather"));
	assert_non_null(unit_entity(doc, "Ian Read"));
	assert_non_null(unit_entity(doc, "Mike Read"));
	assert_non_null(unit_entity(doc, "Tom Writes"));
	assert_null(unit_entity(doc, "Hillary Will"));
	assert_null(unit_entity(doc, "Hillary Will Win Ohio"));
	assert_null(unit_entity(doc, "Barack Says"));
	assert_null(unit_entity(doc, "Barack Says Yes"));
	unit_doc_close(&u);
}

/*
 * A one-word name that speaks of itself as "it" is an organisation ("Kestrix
 * said it would appeal"); "it" before a copula may be no one's ("Ames said
 * it was unclear"), and "he" keeps a person.
 */
static void
test_one_word_org_by_pronoun(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = names_of(&u,
							   "Kestrix said it would appeal against the ruling. Later Kestrix shares fell. "
							   "Ames said it was unclear why. Borlund told reporters that he had resigned.", NULL);
	const ne_entity *ames = unit_entity(doc, "Ames");
	const ne_entity *borlund = unit_entity(doc, "Borlund");

	assert_org(doc, "Kestrix");
	assert_int_equal(unit_entity(doc, "Kestrix")->mentions, 2);
	assert_non_null(ames);
	assert_int_equal(ames->kind, NE_ENT_PERSON);
	assert_non_null(borlund);
	assert_int_equal(borlund->kind, NE_ENT_PERSON);
	unit_doc_close(&u);
}

/*
 * A sentence's first word that ends like a common word and is capitalised
 * nowhere else names nobody ("Organisers said"); one that is ("Rogers") or
 * that ends like a name ("Federer") still makes a person.
 */
static void
test_sentence_start_common_words(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = names_of(&u,
							   "The march went ahead. Organisers said 5,000 came. Negotiations continued. "
							   "Rogers said he was pleased. Police thanked Rogers for the help. "
							   "Federer said he was tired.", NULL);

	assert_null(unit_entity(doc, "Organisers"));
	assert_null(unit_entity(doc, "Negotiations"));
	assert_non_null(unit_entity(doc, "Rogers"));
	assert_non_null(unit_entity(doc, "Federer"));
	unit_doc_close(&u);
}

/* A title after a modifier and a hyphen is a title ("Vice-Premier Lin Wenda"); "Lin" alone is the same person. */
static void
test_hyphenated_titles(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = names_of(&u,
							   "Vice-Premier Lin Wenda met bankers on Monday. Lin took the opposite view. "
							   "Mehta, the vice-chairman, agreed. Okafor, the chairman, agreed.", NULL);
	const ne_entity *lin = unit_entity(doc, "Lin Wenda");

	assert_non_null(lin);
	assert_int_equal(lin->kind, NE_ENT_PERSON);
	assert_int_equal(lin->mentions, 2);
	assert_null(unit_entity(doc, "Vice-Premier Lin Wenda"));
	assert_non_null(unit_entity(doc, "Mehta"));	/* the aside of a role makes a person */
	assert_non_null(unit_entity(doc, "Okafor"));	/* "chairman" too, though it makes its owner a company */
	unit_doc_close(&u);
}

/* A month after a known first name or an honorific is a surname (Theresa May, Mrs May); before a number it stays a month. */
static void
test_month_surnames(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = names_of(&u,
							   "Prime Minister Helen May met Jill June on Friday May 5. Later Mrs May said "
							   "the talks would go on.", NULL);
	const ne_entity *may = unit_entity(doc, "Helen May");

	assert_non_null(may);
	assert_int_equal(may->kind, NE_ENT_PERSON);
	assert_int_equal(may->mentions, 2);
	assert_true(has_alias(may, "May"));
	assert_non_null(unit_entity(doc, "Jill June"));
	assert_null(unit_entity(doc, "Friday May"));
	unit_doc_close(&u);
}

/* A party tag names nobody ("(D-N.Y.)", ", R-Texas,"); a title word before a suffix is a surname ("Larry King Jr."). */
static void
test_party_tags_and_suffixes(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = names_of(&u,
							   "Sen. Dana Whitcombe (D-N.Y.) and Rep. Paul Okafor, R-Texas, met Larry King Jr. "
							   "and Sen. Ann Lee (I-VT) on Monday.", NULL);

	assert_int_equal(doc->nentities, 4);
	assert_non_null(unit_entity(doc, "Dana Whitcombe"));
	assert_non_null(unit_entity(doc, "Paul Okafor"));
	assert_non_null(unit_entity(doc, "Larry King Jr."));
	assert_non_null(unit_entity(doc, "Ann Lee"));
	unit_doc_close(&u);
}

/* "New" opens names (New York Times, New Jersey Gov. ...); a place alone is no entity. */
static void
test_new_opens_names(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = names_of(&u,
							   "The New York Times reported that New Jersey Gov. Dana Whitcombe flew to New York. "
							   "New rules apply.", NULL);
	const ne_entity *gov = unit_entity(doc, "Dana Whitcombe");

	assert_non_null(unit_entity(doc, "New York Times"));
	assert_non_null(gov);
	assert_string_equal(gov->title, "New Jersey Gov.");
	assert_null(unit_entity(doc, "New York"));
	assert_null(unit_entity(doc, "New"));
	assert_int_equal(doc->nentities, 2);
	unit_doc_close(&u);
}

/* "and" inside an organisation's name joins it; two names or a person and a firm stay apart. */
static void
test_and_inside_org_names(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = names_of(&u,
							   "The Harbour and Fisheries Commission met the Ways and Means Committee. "
							   "Ann Lee and Tide Partners Co agreed.", NULL);

	assert_non_null(unit_entity(doc, "Harbour and Fisheries Commission"));
	assert_non_null(unit_entity(doc, "Ways and Means Committee"));
	assert_non_null(unit_entity(doc, "Ann Lee"));
	assert_non_null(unit_entity(doc, "Tide Partners Co"));
	unit_doc_close(&u);
}

/*
 * No entities from the shapes of wire copy: a state after its city
 * ("Albany, N.Y."), a time zone, a heading in capitals; a possessive that
 * opens a firm's name stays in it ("Moody's Investors Service Inc"), an
 * owner's does not ("Japan's Toshiba Corp").
 */
static void
test_wire_shapes(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = names_of(&u,
							   "FULL TEXT OF THE STATEMENT\n\n"
							   "Tide Mills Corp, based in Albany, N.Y., said at 0930 EST that Moody's Investors Service Inc "
							   "and Standard and Poor's Corp may cut its rating. Japan's Toshiba Corp agreed.", NULL);

	assert_null(unit_entity(doc, "FULL TEXT"));
	assert_null(unit_entity(doc, "N.Y"));
	assert_null(unit_entity(doc, "EST"));
	assert_non_null(unit_entity(doc, "Tide Mills Corp"));
	assert_non_null(unit_entity(doc, "Moody's Investors Service Inc"));
	assert_non_null(unit_entity(doc, "Standard and Poor's Corp"));
	assert_non_null(unit_entity(doc, "Toshiba Corp"));
	assert_null(unit_entity(doc, "Japan's Toshiba Corp"));
	unit_doc_close(&u);
}

/* Countries, capitals and plural source nouns that open a sentence are nobody: "Ecuador said", "Brokers said". */
static void
test_places_and_groups_are_nobody(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = names_of(&u,
							   "Ecuador said it would pay. Brokers said prices fell. Delegates agreed in Nairobi. "
							   "Taiwan said talks would go on in Seoul.", NULL);

	assert_int_equal(doc->nentities, 0);
	unit_doc_close(&u);
}

/* An acronym opens a firm's name, no person's ("BNP Paribas", "UBS Warburg"); initials do not ("J-P Marsh"). */
static void
test_acronym_opens_org(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = names_of(&u, "Ann Lee of BNP Paribas spoke, and J-P Marsh of UBS Warburg agreed.", NULL);

	assert_int_equal(unit_entity(doc, "BNP Paribas")->kind, NE_ENT_ORG);
	assert_int_equal(unit_entity(doc, "UBS Warburg")->kind, NE_ENT_ORG);
	assert_int_equal(unit_entity(doc, "Ann Lee")->kind, NE_ENT_PERSON);
	assert_int_equal(unit_entity(doc, "J-P Marsh")->kind, NE_ENT_PERSON);
	unit_doc_close(&u);
}

/* A firm named with its legal form makes the bare name the same firm: "Kidwell Peabody and Co Inc" ... "Kidwell Peabody said". */
static void
test_firm_name_evidence(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = names_of(&u,
							   "Kidwell Peabody and Co Inc cut its forecast. Later Kidwell Peabody said the cut "
							   "was small. Ann Lee said so too.", NULL);

	const ne_entity *firm = unit_entity(doc, "Kidwell Peabody and Co Inc");

	/* one firm: the bare name is a mention of the full one, in either order */
	assert_non_null(firm);
	assert_int_equal(firm->kind, NE_ENT_ORG);
	assert_int_equal(firm->mentions, 2);
	assert_null(unit_entity(doc, "Kidwell Peabody"));
	assert_int_equal(unit_entity(doc, "Ann Lee")->kind, NE_ENT_PERSON);
	unit_doc_close(&u);
}

/* Surname and title forms group into one entity with the fullest name and the title. */
static void
test_grouping_and_title(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = names_of(&u,
							   "Secretary of Energy Dana Whitcombe visited the plant. Whitcombe toured it for an hour. "
							   "Later, Ms. Whitcombe met the workers.", NULL);
	const ne_entity *en = unit_entity(doc, "Dana Whitcombe");

	assert_non_null(en);
	assert_int_equal(en->kind, NE_ENT_PERSON);
	assert_string_equal(en->title, "Secretary of Energy");
	assert_int_equal(en->mentions, 3);
	assert_true(has_alias(en, "Whitcombe"));
	assert_span_text(doc, en->first_span, "Secretary of Energy Dana Whitcombe");
	unit_doc_close(&u);
}

/* A surname seen before the full name still joins it (two passes). */
static void
test_surname_before_full_name(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = names_of(&u, "Okafor Wins Again\n\nThe mayor, Chidi Okafor, thanked voters. Okafor smiled.", NULL);
	const ne_entity *en = unit_entity(doc, "Chidi Okafor");

	assert_non_null(en);
	assert_int_equal(en->mentions, 3);
	assert_int_equal(doc->nentities, 1);
	unit_doc_close(&u);
}

/* Organisations: markers, known names, "of" inside, a capital The inside a sentence. */
static void
test_organisations(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = names_of(&u,
							   "The Harbor Department of Transport and the Lakeside Tribune wrote to Reuters. "
							   "The Lakeside Tribune said the Transit Authority agreed, according to The Daily Ledger.", NULL);

	assert_org(doc, "Harbor Department of Transport");
	assert_non_null(unit_entity(doc, "Lakeside Tribune"));
	assert_int_equal(unit_entity(doc, "Lakeside Tribune")->mentions, 2);
	assert_non_null(unit_entity(doc, "The Daily Ledger"));
	assert_non_null(unit_entity(doc, "Reuters"));
	assert_non_null(unit_entity(doc, "Transit Authority"));
	unit_doc_close(&u);
}

/* Months, weekdays, places and sentence-opening words are no persons. */
static void
test_not_persons(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = names_of(&u,
							   "On Tuesday the council met in New Hampshire. But nobody came in March. "
							   "Meanwhile Texas voted.", NULL);

	for (int32_t e = 0; e < doc->nentities; e++)
		assert_int_not_equal(doc->entities[e].kind, NE_ENT_PERSON);
	unit_doc_close(&u);
}

/* Possessives end the name: Clinton's and Sessions' are the same people. */
static void
test_possessives(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = names_of(&u,
							   "Rosa Clinton\xE2\x80\x99s plan met Abe Sessions' objection. Clinton\xE2\x80\x99s aides and "
							   "Sessions' staff talked.", NULL);

	assert_non_null(unit_entity(doc, "Rosa Clinton"));
	assert_int_equal(unit_entity(doc, "Rosa Clinton")->mentions, 2);
	assert_non_null(unit_entity(doc, "Abe Sessions"));
	assert_int_equal(unit_entity(doc, "Abe Sessions")->mentions, 2);
	assert_true(doc->mentions[0].flags & NE_MF_POSSESSIVE);
	unit_doc_close(&u);
}

/* Initials, particles, hyphens and suffixes stay in the name. */
static void
test_name_shapes(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = names_of(&u,
							   "The report cites John Q. Public Jr., Ludwig van Oster and Mary Smith-Jones.", NULL);

	assert_non_null(unit_entity(doc, "John Q. Public Jr."));
	assert_non_null(unit_entity(doc, "Ludwig van Oster"));
	assert_non_null(unit_entity(doc, "Mary Smith-Jones"));
	unit_doc_close(&u);
}

/* Letters of any script make names. */
static void
test_unicode_names(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = names_of(&u,
							   "The prize went to \xC3\x89lo\xC3\xAF" "se Durand and \xC5\x81ukasz Nowak, and "
							   "Nguy\xE1\xBB\x85n Th\xE1\xBB\x8B Lan spoke.", NULL);

	assert_non_null(unit_entity(doc, "\xC3\x89lo\xC3\xAFse Durand"));
	assert_non_null(unit_entity(doc, "\xC5\x81ukasz Nowak"));
	assert_non_null(unit_entity(doc, "Nguy\xE1\xBB\x85n Th\xE1\xBB\x8B Lan"));
	unit_doc_close(&u);
}

/* "he" links to the nearest man, "she" to the nearest woman. */
static void
test_pronouns_by_gender(void **state)
{
	unit_doc	u;
	ne_names   *nm;
	ne_doc	   *doc = names_of(&u, "Mr. Tomas Berg met Ms. Ilse Varga. She spoke first and he listened.", &nm);
	int32_t		she = -1,
				he = -1;

	for (int32_t m = 0; m < doc->nmentions; m++)
	{
		if (doc->mentions[m].kind != NE_MK_PRONOUN)
			continue;
		if (doc->text[doc->mentions[m].span.start] == 'S')
			she = m;
		else
			he = m;
	}
	assert_true(she >= 0 && he >= 0);
	assert_string_equal(doc->entities[doc->mentions[she].entity].name, "Ilse Varga");
	assert_string_equal(doc->entities[doc->mentions[he].entity].name, "Tomas Berg");
	unit_doc_close(&u);
}

/* A pronoun finds its antecedent in an earlier paragraph. */
static void
test_pronoun_across_paragraphs(void **state)
{
	unit_doc	u;
	ne_names   *nm;
	ne_doc	   *doc = names_of(&u, "Senator Lena Hart arrived late.\n\nShe apologised to the room.", &nm);
	int32_t		last = doc->nmentions - 1;

	assert_int_equal(doc->mentions[last].kind, NE_MK_PRONOUN);
	assert_string_equal(doc->entities[doc->mentions[last].entity].name, "Lena Hart");
	assert_int_equal(ne_names_antecedent(doc, nm, doc->ntokens - 1, NE_G_FEMALE), doc->mentions[last].entity);
	unit_doc_close(&u);
}

/* A title in apposition becomes the entity's title and finds it again. */
static void
test_apposition_title(void **state)
{
	unit_doc	u;
	ne_names   *nm;
	ne_doc	   *doc = names_of(&u, "The firm's spokeswoman, Carla Denton, declined. The spokeswoman left.", &nm);
	const ne_entity *en = unit_entity(doc, "Carla Denton");

	assert_non_null(en);
	assert_string_equal(en->title, "spokeswoman");
	assert_int_equal(ne_names_by_title(doc, nm, doc->ntokens - 1, "spokeswoman", 11, true), (int32_t) (en - doc->entities));
	unit_doc_close(&u);
}

/* A headline in title case yields only known names. */
static void
test_headline(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = names_of(&u, "Barlow Rejects Big Budget Plan Again\n\nMayor Ann Barlow said no.", NULL);

	assert_int_equal(doc->nentities, 1);
	assert_string_equal(doc->entities[0].name, "Ann Barlow");
	assert_int_equal(doc->entities[0].mentions, 2);
	unit_doc_close(&u);
}

/* Every mention span is in bounds and every entity index is valid, on odd input too. */
static void
test_invariants(void **state)
{
	static const char s[] = "A\xFF B. C D'E' \"F G\" H\xE2\x80\x99 I J K L M N O P Q R S T U V W X Y Z Mr. . Dr \0 he she";
	unit_doc	u;
	ne_doc	   *doc = unit_doc_open(&u, "");

	ne_doc_init(doc, s, (int32_t) sizeof(s) - 1, u.arena);
	(void) ne_find_names(doc);
	for (int32_t m = 0; m < doc->nmentions; m++)
	{
		assert_true(doc->mentions[m].span.start >= 0);
		assert_true(doc->mentions[m].span.end <= doc->len);
		assert_true(doc->mentions[m].entity >= -1 && doc->mentions[m].entity < doc->nentities);
	}
	for (int32_t e = 0; e < doc->nentities; e++)
		assert_non_null(doc->entities[e].name);
	unit_doc_close(&u);
}

/* Runs the tests of this file. */
/* "of <Place>" after a person's name is no part of it; organisations keep theirs; abbreviated titles keep their point. */
static void
test_of_place_and_title_point(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = names_of(&u, "King Haroun of Zembla met officials of the Bank of Zembla. "
							   "Later Gov. Ruth Pell of Vermont spoke. Haroun left.", NULL);

	assert_non_null(unit_entity(doc, "Haroun"));
	assert_null(unit_entity(doc, "Haroun of Zembla"));
	assert_org(doc, "Bank of Zembla");
	assert_non_null(unit_entity(doc, "Ruth Pell"));
	assert_string_equal(unit_entity(doc, "Ruth Pell")->title, "Gov.");
	unit_doc_close(&u);
}

/* Organisations by evidence: "X's board", "X shares fell", "the Whigs said"; a first name before a known organisation word is a person. */
static void
test_org_evidence(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = names_of(&u, "The offer from Harlowe was rejected by Kestrin's board on Monday, and "
							   "Kestrin said it would fight. The Whigs said the deal was bad. "
							   "Liam Fox, 51, backed the board. Fox said no more.", NULL);

	assert_org(doc, "Kestrin");
	assert_org(doc, "Whigs");
	assert_non_null(unit_entity(doc, "Liam Fox"));
	assert_int_equal(unit_entity(doc, "Liam Fox")->kind, NE_ENT_PERSON);
	assert_int_equal(unit_entity(doc, "Liam Fox")->mentions, 2);
	assert_null(unit_entity(doc, "Fox"));
	unit_doc_close(&u);
}

/* Not persons: a dateline, a common noun opening a sentence, a place after "the". */
static void
test_not_persons_dateline(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = names_of(&u, "CAPE MERRIN, Maine -- Fishermen met on Tuesday.\n\n"
							   "Critics said the quota was too low. Officials disagreed. Tom Ruddle said nothing.", NULL);

	assert_null(unit_entity(doc, "CAPE MERRIN"));
	assert_null(unit_entity(doc, "Critics"));
	assert_null(unit_entity(doc, "Officials"));
	assert_non_null(unit_entity(doc, "Tom Ruddle"));
	unit_doc_close(&u);
}

/* A pronoun after "the governor told Pat Rusk ..." refers to the subject, not the person told. */
static void
test_pronoun_not_object(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = names_of(&u, "Governor Alan Breck toured Ohio on Tuesday. On the radio, the governor told "
							   "talk host Sean Tallis that the road was coming. He smiled.", NULL);
	const ne_entity *en = unit_entity(doc, "Alan Breck");

	assert_non_null(en);
	assert_int_equal(en->mentions, 2);	/* Governor Alan Breck, He */
	unit_doc_close(&u);
}

/* Employers, places and events are no persons: "an economist at Dorley Hatch", "Dorley Hatch and Co", "U.S. Officials", "the Ardent Cup". */
static void
test_not_persons_by_shape(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = names_of(&u, "Chancellor of the Exchequer Nigel Lawson spoke first. "
							   "\"Rates will fall,\" said Mary Pike, an economist at Dorley Hatch. "
							   "Kettering Brand and Co said it agreed. U.S. Officials declined to comment. "
							   "UK Coal said output rose. Teams play the Ardent Cup in May. "
							   "\"It is early,\" said central bank governor Park Seung.", NULL);

	assert_non_null(unit_entity(doc, "Nigel Lawson"));
	assert_string_equal(unit_entity(doc, "Nigel Lawson")->title, "Chancellor of the Exchequer");
	assert_int_equal(unit_entity(doc, "Dorley Hatch")->kind, NE_ENT_ORG);
	assert_non_null(unit_entity(doc, "Kettering Brand and Co"));
	assert_int_equal(unit_entity(doc, "Kettering Brand and Co")->kind, NE_ENT_ORG);
	assert_null(unit_entity(doc, "U.S. Officials"));
	assert_int_equal(unit_entity(doc, "UK Coal")->kind, NE_ENT_ORG);
	assert_true(unit_entity(doc, "Ardent Cup") == NULL || unit_entity(doc, "Ardent Cup")->kind == NE_ENT_ORG);
	assert_int_equal(unit_entity(doc, "Park Seung")->kind, NE_ENT_PERSON);
	unit_doc_close(&u);
}

/* A sentence-case first line is a headline: its capitalised words are names only when the body confirms them. */
static void
test_sentence_case_headline(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = names_of(&u, "Dunmore Ashby council backs new ferry after long delay\n\n"
							   "The board voted on Friday. \"It is time,\" said Mayor Ines Carrow.", NULL);

	assert_null(unit_entity(doc, "Dunmore Ashby"));
	assert_non_null(unit_entity(doc, "Ines Carrow"));
	unit_doc_close(&u);
}

/* "Paris-based Carvex" is an organisation, and a later "Carvex" is the same; "Swede Ola Brandt" has a demonym for title. */
static void
test_based_org_and_demonym(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = names_of(&u, "Paris-based Carvex bought the plant. Carvex said the deal closed. "
							   "Swede Ola Brandt won the race.", NULL);

	assert_org(doc, "Carvex");
	assert_int_equal(unit_entity(doc, "Carvex")->mentions, 2);
	assert_non_null(unit_entity(doc, "Ola Brandt"));
	unit_doc_close(&u);
}

/*
 * A party word before a first name is a title, not part of the name; a
 * role title found later replaces it; before other capitalised words it
 * names nobody.
 */
static void
test_party_titles(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = names_of(&u, "Republican Tom Harlan spoke first. Democrat Nora Vance replied. "
							   "Later Ohio Sen. Tom Harlan left. The Republican National Committeeman stayed.", NULL);
	const ne_entity *harlan = unit_entity(doc, "Tom Harlan"),
			   *vance = unit_entity(doc, "Nora Vance");

	assert_non_null(harlan);
	assert_non_null(vance);
	assert_int_equal(harlan->mentions, 2);
	assert_string_equal(harlan->title, "Ohio Sen.");
	assert_string_equal(vance->title, "Democrat");
	assert_null(unit_entity(doc, "National Committeeman"));
	assert_null(unit_entity(doc, "Republican National Committeeman"));
	unit_doc_close(&u);
}

/* Acronym titles (DJ, MEP) stand before a name and alone name nobody; Programme and Laboratories end organisations. */
static void
test_acronym_titles_and_org_words(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = names_of(&u, "Harbour Radio DJ Pete Marlow played. The MEP said the vote was close. "
							   "The Coastal Food Programme and Arden Laboratories agreed.", NULL);

	assert_non_null(unit_entity(doc, "Pete Marlow"));
	assert_string_equal(unit_entity(doc, "Pete Marlow")->title, "Harbour Radio DJ");
	assert_null(unit_entity(doc, "MEP"));
	assert_org(doc, "Coastal Food Programme");
	assert_org(doc, "Arden Laboratories");
	unit_doc_close(&u);
}

/* "Frank Dale MP" is Frank Dale; names joined by a spaced & are organisations. */
static void
test_post_nominal_title_and_ampersand(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = names_of(&u, "Frank Dale MP spoke, and Frank Dale later left. "
							   "Harker & Lowe and Brill & Sons signed the deal.", NULL);

	assert_non_null(unit_entity(doc, "Frank Dale"));
	assert_int_equal(unit_entity(doc, "Frank Dale")->mentions, 2);
	assert_null(unit_entity(doc, "Frank Dale MP"));
	assert_org(doc, "Harker & Lowe");
	assert_org(doc, "Brill & Sons");
	unit_doc_close(&u);
}

/* Company suffixes (AG, NV, GmbH) end organisations; place heads (Santa, Fort, Puerto) open no person; "Sens." is a title. */
static void
test_company_suffixes_and_place_heads(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = names_of(&u, "Talbrück AG and Veldhoven NV met in Fort Carrow and Santa Lucerna. "
							   "Sens. Ada Wren and Rob Hale agreed.", NULL);

	assert_org(doc, "Talbrück AG");
	assert_org(doc, "Veldhoven NV");
	assert_null(unit_entity(doc, "Fort Carrow"));
	assert_null(unit_entity(doc, "Santa Lucerna"));
	assert_non_null(unit_entity(doc, "Ada Wren"));
	unit_doc_close(&u);
}

/* After an honorific a place or nation word is a surname: "Mr Irish" is a person. */
static void
test_place_surname_after_honorific(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = names_of(&u, "The mill will stay open. Mr Irish said so on Monday, and Mr Irish left.", NULL);

	assert_non_null(unit_entity(doc, "Irish"));
	assert_int_equal(unit_entity(doc, "Irish")->kind, NE_ENT_PERSON);
	assert_int_equal(unit_entity(doc, "Irish")->mentions, 2);
	unit_doc_close(&u);
}

/*
 * A name and a pronoun are found at every token offset of the blocks the
 * candidate scan marks (64 tokens a word, 256 a block), and at the text's
 * end, where fewer than four bytes follow a token's start.
 */
static void
test_candidates_at_every_offset(void **state)
{
	char		text[4096];

	for (int k = 0; k < 300; k++)
	{
		unit_doc	u;
		ne_doc	   *doc;
		const ne_entity *en;
		int			n = 0,
					she = 0;

		for (int i = 0; i < k; i++)
			n += snprintf(text + n, sizeof(text) - n, "%s ", (i % 7 == 6) ? "then." : "and");
		snprintf(text + n, sizeof(text) - n, "Dana Whitcombe arrived. She met Ann Lee");
		doc = names_of(&u, text, NULL);
		en = unit_entity(doc, "Dana Whitcombe");
		assert_non_null(en);
		assert_non_null(unit_entity(doc, "Ann Lee"));
		for (int32_t m = 0; m < doc->nmentions; m++)
			if (doc->mentions[m].span.end - doc->mentions[m].span.start == 3 &&
				memcmp(doc->text + doc->mentions[m].span.start, "She", 3) == 0)
			{
				assert_int_equal(doc->mentions[m].entity, en - doc->entities);
				she++;
			}
		assert_int_equal(she, 1);
		unit_doc_close(&u);
	}
}

/*
 * A first name and a title modifier that is a common surname make a person
 * ("Edward White", "Oliver North"), whose surname alone then finds him; "the
 * White House" stays an organisation.
 */
static void
test_title_modifier_surname(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = names_of(&u,
							   "Edward White, an analyst at Dorn Securities, expects a slow year. White said orders "
							   "fell.\n\n"
							   "Oliver North visited the White House on Monday.",
							   NULL);
	const ne_entity *en = unit_entity(doc, "Edward White");

	assert_non_null(en);
	assert_int_equal(en->kind, NE_ENT_PERSON);
	assert_true(has_alias(en, "White"));
	en = unit_entity(doc, "Oliver North");
	assert_non_null(en);
	assert_int_equal(en->kind, NE_ENT_PERSON);
	assert_org(doc, "White House");
	unit_doc_close(&u);
}

/*
 * A noun for people that opens a sentence before a first name and a surname
 * is the title, as a word shaped like a role is ("Striker Thomas Vane",
 * "Investor Paul Brack"): no part of the name.
 */
static void
test_person_noun_opening_title(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = names_of(&u,
							   "Striker Thomas Vane, who scored twice, was delighted. Vane said the win was vital.\n\n"
							   "Investor Paul Brack holds 9% of the firm. Prosecutor James Reid objected.",
							   NULL);
	const ne_entity *en = unit_entity(doc, "Thomas Vane");

	assert_non_null(en);
	assert_non_null(en->title);
	assert_string_equal(en->title, "Striker");
	assert_null(unit_entity(doc, "Striker Thomas Vane"));
	assert_non_null(unit_entity(doc, "Paul Brack"));
	assert_non_null(unit_entity(doc, "James Reid"));
	unit_doc_close(&u);
}

/*
 * The end of an office before a first name and a surname is no part of the
 * name ("Chief Secretary to the Treasury Paul Boateng", "Director of the
 * Budget James Miller"); "former secretary of State Ann Lowe" keeps its title.
 */
static void
test_office_word_before_name(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = names_of(&u,
							   "Chief Secretary to the Treasury Paul Boateng spoke first. Boateng said cuts were needed.\n\n"
							   "Director of the Budget James Miller agreed.\n\n"
							   "The former secretary of State Ann Lowe disagreed.",
							   NULL);
	const ne_entity *en;

	assert_non_null(unit_entity(doc, "Paul Boateng"));
	assert_null(unit_entity(doc, "Treasury Paul Boateng"));
	assert_non_null(unit_entity(doc, "James Miller"));
	en = unit_entity(doc, "Ann Lowe");
	assert_non_null(en);
	assert_non_null(en->title);
	assert_string_equal(en->title, "secretary of State");
	unit_doc_close(&u);
}

/*
 * British police and council ranks written without stops are titles: "Det
 * Insp Karen Hughes", "Chief Supt Mick Dean", "Chief Constable Ann Roe",
 * "Cllr John Baker".
 */
static void
test_police_and_council_ranks(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = names_of(&u,
							   "Det Insp Karen Hughes led the raid. Chief Supt Mick Dean praised it, and Assistant Chief "
							   "Constable Ann Roe agreed. Cllr John Baker called it a success.",
							   NULL);

	assert_non_null(unit_entity(doc, "Karen Hughes"));
	assert_non_null(unit_entity(doc, "Mick Dean"));
	assert_non_null(unit_entity(doc, "Ann Roe"));
	assert_non_null(unit_entity(doc, "John Baker"));
	assert_null(unit_entity(doc, "Det Insp Karen Hughes"));
	unit_doc_close(&u);
}

/*
 * An aside before the cue may name the firm of a role ("Mark Cuban, the
 * billionaire owner of the Dallas Mavericks, said"): evidence of a person;
 * "Conoco, a unit of DuPont Co, said" is none.
 */
static void
test_aside_with_firm_of_role(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = names_of(&u,
							   "Mark Cuban, the billionaire owner of the Dallas Mavericks, said he might run. Cuban said "
							   "so on Sunday.\n\n"
							   "Vantoco, a unit of DuPont Co, said it would not bid.",
							   NULL);
	const ne_entity *en = unit_entity(doc, "Mark Cuban");

	assert_non_null(en);
	assert_int_equal(en->kind, NE_ENT_PERSON);
	assert_true(has_alias(en, "Cuban"));
	en = unit_entity(doc, "Vantoco");
	assert_true(en == NULL || en->kind != NE_ENT_PERSON);
	unit_doc_close(&u);
}

/*
 * In a long text the lower-case words are indexed for the test of a word
 * that opens a sentence before a first name ("Sure Robbie Keane"): a word
 * written in lower case anywhere in the text counts, 8,000 words before too.
 */
static void
test_written_lower_in_long_text(void **state)
{
	unit_doc	u;
	size_t		n = 0;
	char	   *s = malloc(200000);
	ne_doc	   *doc;

	assert_non_null(s);
	n += (size_t) sprintf(s + n, "It was sure to be close. ");
	for (int i = 0; i < 1200; i++)
		n += (size_t) sprintf(s + n, "The match went on and on. ");
	sprintf(s + n, "Sure Robbie Keane scored late.");
	doc = names_of(&u, s, NULL);
	assert_true(doc->ntokens > 4096);
	assert_non_null(unit_entity(doc, "Robbie Keane"));
	assert_null(unit_entity(doc, "Sure Robbie Keane"));
	unit_doc_close(&u);
	free(s);
}

/* A long text of the same unknown word before a full name, sentence after sentence, is read in linear time. */
static void
test_unknown_word_before_name_repeated(void **state)
{
	char	   *s = unit_repeat("", "Blorp John Smith arrived. ", 100000);
	unit_doc	u;
	ne_doc	   *doc;

	doc = names_of(&u, s, NULL);
	assert_true(doc->nentities >= 1);
	unit_doc_close(&u);
	free(s);
}

/* Common first names the lists lacked: "Kelli White", "Geoff Brooks", "Matt Dale" are people, found by surname. */
static void
test_more_first_names(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = names_of(&u,
							   "Sprinter Kelli White admitted the offence. White said she regretted it. Geoff Brooks and "
							   "Matt Dale disagreed.",
							   NULL);
	const ne_entity *en = unit_entity(doc, "Kelli White");

	assert_non_null(en);
	assert_int_equal(en->kind, NE_ENT_PERSON);
	assert_true(has_alias(en, "White"));
	assert_non_null(unit_entity(doc, "Geoff Brooks"));
	assert_non_null(unit_entity(doc, "Matt Dale"));
	unit_doc_close(&u);
}

/* Two particles inside a name: "Ursula von der Leyen", "Luis de la Fuente"; the name with them is found later. */
static void
test_two_particles_in_name(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = names_of(&u,
							   "Ursula von der Leyen spoke first. Luis de la Fuente agreed, and Von der Leyen thanked him.",
							   NULL);

	assert_non_null(unit_entity(doc, "Ursula von der Leyen"));
	assert_non_null(unit_entity(doc, "Luis de la Fuente"));
	assert_null(unit_entity(doc, "Leyen"));
	unit_doc_close(&u);
}

/*
 * A particle after a title stays in the name: "Mr de Vos" is "de Vos", and
 * after an abbreviated title's dot too ("Gen. de Gaulle", "Dr. van der
 * Merwe"); "Mr van Dijk" after "Virgil van Dijk" is the alias "van Dijk".
 */
static void
test_particle_after_title(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = names_of(&u,
							   "Mr de Vos spoke first. Gen. de Gaulle agreed. Dr. van der Merwe left.\n\n"
							   "Virgil van Dijk played. Mr van Dijk said it was hard.",
							   NULL);
	const ne_entity *en;

	assert_non_null(unit_entity(doc, "de Vos"));
	assert_non_null(unit_entity(doc, "de Gaulle"));
	assert_non_null(unit_entity(doc, "van der Merwe"));
	assert_null(unit_entity(doc, "Vos"));
	assert_null(unit_entity(doc, "Gaulle"));
	assert_null(unit_entity(doc, "Merwe"));
	en = unit_entity(doc, "Virgil van Dijk");
	assert_non_null(en);
	assert_true(has_alias(en, "van Dijk"));
	assert_false(has_alias(en, "Dijk"));
	unit_doc_close(&u);
}

/* A name that ends in a day's or season's word with no first name is no person (Boxing Day, Labor Day); Doris Day is. */
static void
test_days_are_nobody(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = names_of(&u,
							   "Sales rose after Boxing Day, and Labor Day weekends are busy. Memorial Day is next. "
							   "Doris Day sang at Fashion Week.", NULL);

	assert_null(unit_entity(doc, "Boxing Day"));
	assert_null(unit_entity(doc, "Labor Day"));
	assert_null(unit_entity(doc, "Memorial Day"));
	assert_null(unit_entity(doc, "Fashion Week"));
	assert_non_null(unit_entity(doc, "Doris Day"));
	unit_doc_close(&u);
}

/* "A" and "I" are initials between a known first name and a full stop ("Jill A. Martin"), not after other words ("World War I."). */
static void
test_middle_initial_a(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = names_of(&u,
							   "The lawyer, Jill A. Martin, said the claims had no substance. Lloyd I. Miller "
							   "agreed. It was the end of World War I. Moody said so.", NULL);

	assert_non_null(unit_entity(doc, "Jill A. Martin"));
	assert_non_null(unit_entity(doc, "Lloyd I. Miller"));
	assert_null(unit_entity(doc, "World War I. Moody"));
	assert_null(unit_entity(doc, "I. Moody"));
	unit_doc_close(&u);
}

/*
 * A titled person's "of" ends the person's name: what follows is an
 * employer or a place, never a person ("Professor Jane Doe of the
 * University of Leeds", "Senator Robert Byrd of West Virginia told").
 */
static void
test_titled_person_of(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = names_of(&u,
							   "Professor Jane Doe of the University of Leeds said the data were new. Analyst Jo Lund "
							   "of Merrill Lynch agreed. Senator Robert Byrd of West Virginia told reporters he was "
							   "pleased.", NULL);
	const ne_entity *doe = unit_entity(doc, "Jane Doe");

	assert_non_null(doe);
	assert_int_equal(doe->kind, NE_ENT_PERSON);
	assert_non_null(unit_entity(doc, "University of Leeds"));
	assert_int_equal(unit_entity(doc, "University of Leeds")->kind, NE_ENT_ORG);
	assert_non_null(unit_entity(doc, "Jo Lund"));
	assert_non_null(unit_entity(doc, "Robert Byrd"));
	assert_null(unit_entity(doc, "Merrill Lynch"));
	assert_null(unit_entity(doc, "West Virginia"));
	unit_doc_close(&u);
}

/* "for" inside an organisation's name after its organisation word: Institute for Fiscal Studies, Center for American Progress. */
static void
test_org_for(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = names_of(&u,
							   "The Institute for Fiscal Studies said taxes would rise. Sarah Smith of the Center for "
							   "American Progress agreed. Apple, for its part, said nothing.", NULL);
	const ne_entity *ifs = unit_entity(doc, "Institute for Fiscal Studies");

	assert_non_null(ifs);
	assert_int_equal(ifs->kind, NE_ENT_ORG);
	assert_non_null(unit_entity(doc, "Center for American Progress"));
	assert_non_null(unit_entity(doc, "Sarah Smith"));
	assert_null(unit_entity(doc, "Fiscal Studies"));
	assert_null(unit_entity(doc, "American Progress"));
	unit_doc_close(&u);
}

/*
 * "and" inside a name with "of" or "for", before common words that end it
 * (Department for Work and Pensions), not before a second body or a title.
 */
static void
test_org_of_and(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = names_of(&u,
							   "The Department for Work and Pensions said pensions would rise. The Bank of Japan and "
							   "Finance Ministry agreed. The Department of Justice and Google said nothing.", NULL);

	assert_non_null(unit_entity(doc, "Department for Work and Pensions"));
	assert_non_null(unit_entity(doc, "Bank of Japan"));
	assert_non_null(unit_entity(doc, "Department of Justice"));
	assert_null(unit_entity(doc, "Bank of Japan and Finance Ministry"));
	assert_null(unit_entity(doc, "Department of Justice and Google"));
	unit_doc_close(&u);
}

/* Dams, canals, harbours, stations, prisons and places opened by San, Fort, Lake, Cape ... are nobody ("Hoover Dam", "San Diego"). */
static void
test_structures_are_nobody(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = names_of(&u,
							   "Ships left the Welland Canal for Cape Town. Hoover Dam and Seabrook Station were shut, "
							   "and he flew to Porto Alegre. San Diego and Lake Charles voted, and the San Andreas "
							   "fault moved. Harold Harbor agreed.", NULL);

	assert_null(unit_entity(doc, "Welland Canal"));
	assert_null(unit_entity(doc, "Cape Town"));
	assert_null(unit_entity(doc, "Hoover Dam"));
	assert_null(unit_entity(doc, "Seabrook Station"));
	assert_null(unit_entity(doc, "Porto Alegre"));
	assert_null(unit_entity(doc, "San Diego"));
	assert_null(unit_entity(doc, "San Andreas"));
	assert_null(unit_entity(doc, "Lake Charles"));
	assert_non_null(unit_entity(doc, "Harold Harbor"));
	unit_doc_close(&u);
}

/*
 * A participle no table knows opening a sentence is no part of a name
 * ("Buying MCI would ...", "Entering Westminster in 1997, ..."), unless the
 * text writes it capitalised inside a sentence too, as a name ("Corning").
 */
static void
test_opening_participle(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = names_of(&u,
							   "Entering Westminster in 1997, Ann Lee rose fast. Buying MCI would help Verizon. "
							   "Corning Glass Works said sales rose, and analysts praised Corning.", NULL);

	assert_null(unit_entity(doc, "Entering Westminster"));
	assert_null(unit_entity(doc, "Buying MCI"));
	assert_non_null(unit_entity(doc, "Corning Glass Works"));
	assert_null(unit_entity(doc, "Glass Works"));
	unit_doc_close(&u);
}

/* A name after "the" with no first name or initial is no person: a paper, a work, a band ("the Evening Standard", "the Holy Grail"). */
static void
test_the_before_name(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = names_of(&u,
							   "He told the Evening Standard he sought the Holy Grail. They praised the late Ray Charles "
							   "and the Rev. Jesse Jackson.", NULL);

	assert_null(unit_entity(doc, "Evening Standard"));
	assert_null(unit_entity(doc, "Holy Grail"));
	assert_non_null(unit_entity(doc, "Ray Charles"));
	assert_non_null(unit_entity(doc, "Jesse Jackson"));
	unit_doc_close(&u);
}

/* "Cos" and "Cie" are legal forms, "subcommittee" and "centers" organisation words, "basin" a place. */
static void
test_more_org_words(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = names_of(&u,
							   "Williams Cos said profits rose. The Antitrust Subcommittee met the Centers for Disease "
							   "Control in the Cooper Basin.", NULL);

	assert_org(doc, "Williams Cos");
	assert_org(doc, "Antitrust Subcommittee");
	assert_org(doc, "Centers for Disease Control");
	assert_null(unit_entity(doc, "Cooper Basin"));
	unit_doc_close(&u);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_two_particles_in_name),
		cmocka_unit_test(test_particle_after_title),
		cmocka_unit_test(test_more_first_names),
		cmocka_unit_test(test_unknown_word_before_name_repeated),
		cmocka_unit_test(test_written_lower_in_long_text),
		cmocka_unit_test(test_aside_with_firm_of_role),
		cmocka_unit_test(test_police_and_council_ranks),
		cmocka_unit_test(test_office_word_before_name),
		cmocka_unit_test(test_person_noun_opening_title),
		cmocka_unit_test(test_title_modifier_surname),
		cmocka_unit_test(test_grouping_and_title),
		cmocka_unit_test(test_firm_name_evidence),
		cmocka_unit_test(test_acronym_opens_org),
		cmocka_unit_test(test_places_and_groups_are_nobody),
		cmocka_unit_test(test_wire_shapes),
		cmocka_unit_test(test_and_inside_org_names),
		cmocka_unit_test(test_new_opens_names),
		cmocka_unit_test(test_party_tags_and_suffixes),
		cmocka_unit_test(test_month_surnames),
		cmocka_unit_test(test_common_word_surnames),
		cmocka_unit_test(test_title_with_hyphenated_ending),
		cmocka_unit_test(test_office_after_title_of),
		cmocka_unit_test(test_hyphenated_titles),
		cmocka_unit_test(test_sentence_start_common_words),
		cmocka_unit_test(test_one_word_org_by_pronoun),
		cmocka_unit_test(test_place_word_surnames),
		cmocka_unit_test(test_aside_before_cue),
		cmocka_unit_test(test_acronym_places_in_names),
		cmocka_unit_test(test_article_surnames),
		cmocka_unit_test(test_place_after_in),
		cmocka_unit_test(test_roles_and_products),
		cmocka_unit_test(test_common_words_are_nobody),
		cmocka_unit_test(test_lowercased_copy_keeps_names),
		cmocka_unit_test(test_demonym_before_full_name),
		cmocka_unit_test(test_name_spaces_fold),
		cmocka_unit_test(test_party_titles),
		cmocka_unit_test(test_place_surname_after_honorific),
		cmocka_unit_test(test_company_suffixes_and_place_heads),
		cmocka_unit_test(test_post_nominal_title_and_ampersand),
		cmocka_unit_test(test_acronym_titles_and_org_words),
		cmocka_unit_test(test_surname_before_full_name),
		cmocka_unit_test(test_organisations),
		cmocka_unit_test(test_not_persons),
		cmocka_unit_test(test_possessives),
		cmocka_unit_test(test_name_shapes),
		cmocka_unit_test(test_unicode_names),
		cmocka_unit_test(test_pronouns_by_gender),
		cmocka_unit_test(test_pronoun_across_paragraphs),
		cmocka_unit_test(test_apposition_title),
		cmocka_unit_test(test_headline),
		cmocka_unit_test(test_invariants),
		cmocka_unit_test(test_of_place_and_title_point),
		cmocka_unit_test(test_org_evidence),
		cmocka_unit_test(test_not_persons_dateline),
		cmocka_unit_test(test_pronoun_not_object),
		cmocka_unit_test(test_not_persons_by_shape),
		cmocka_unit_test(test_sentence_case_headline),
		cmocka_unit_test(test_based_org_and_demonym),
		cmocka_unit_test(test_candidates_at_every_offset),
		cmocka_unit_test(test_and_after_surname),
		cmocka_unit_test(test_office_title_before_person),
		cmocka_unit_test(test_org_noun_before_name),
		cmocka_unit_test(test_work_titles_are_nobody),
		cmocka_unit_test(test_sentence_start_roles),
		cmocka_unit_test(test_quotation_start_words),
		cmocka_unit_test(test_more_lexicon_words),
		cmocka_unit_test(test_headline_names),
		cmocka_unit_test(test_then_and_ex_titles),
		cmocka_unit_test(test_company_words),
		cmocka_unit_test(test_events_and_groups_are_nobody),
		cmocka_unit_test(test_ampersand_acronyms),
		cmocka_unit_test(test_employer_after_at),
		cmocka_unit_test(test_sentence_preposition_before_name),
		cmocka_unit_test(test_three_words_without_first_name),
		cmocka_unit_test(test_it_after_auxiliary),
		cmocka_unit_test(test_one_word_org_finds_full_name),
		cmocka_unit_test(test_speaks_as_firm),
		cmocka_unit_test(test_speaks_as_firm_two_words),
		cmocka_unit_test(test_org_apposition),
		cmocka_unit_test(test_place_noun_surname_speaks),
		cmocka_unit_test(test_marks_tell_people_apart),
		cmocka_unit_test(test_and_abstract_noun_in_body),
		cmocka_unit_test(test_honorific_person_of),
		cmocka_unit_test(test_employer_before_role),
		cmocka_unit_test(test_title_case_quote_names_nobody),
		cmocka_unit_test(test_honorific_picks_gender),
		cmocka_unit_test(test_members_body_names),
		cmocka_unit_test(test_place_after_in_or_at),
		cmocka_unit_test(test_adverbs_and_derived_words),
		cmocka_unit_test(test_firm_named_like_person),
		cmocka_unit_test(test_lower_word_before_first_name),
		cmocka_unit_test(test_possessive_opens_title),
		cmocka_unit_test(test_org_for),
		cmocka_unit_test(test_more_org_words),
		cmocka_unit_test(test_the_before_name),
		cmocka_unit_test(test_opening_participle),
		cmocka_unit_test(test_structures_are_nobody),
		cmocka_unit_test(test_org_of_and),
		cmocka_unit_test(test_titled_person_of),
		cmocka_unit_test(test_middle_initial_a),
		cmocka_unit_test(test_days_are_nobody),
	};

	return cmocka_run_group_tests_name("names", tests, NULL, NULL);
}
