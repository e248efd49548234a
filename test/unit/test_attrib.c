/*
 * test_attrib.c -- cue and speaker of every quote, in every order news uses.
 * Every text here was written for these tests.
 */
#include "unit.h"

/* Attributes s; the caller closes u. */
static ne_doc *
attrib_of(unit_doc *u, const char *s)
{
	ne_doc	   *doc = unit_doc_open(u, s);

	ne_attribute(doc);
	return doc;
}

/* The first quote whose words start with w. */
static const ne_quote *
quote(const ne_doc *doc, const char *w)
{
	size_t		l = strlen(w);

	for (int32_t q = 0; q < doc->nquotes; q++)
		if ((size_t) (doc->quotes[q].span.end - doc->quotes[q].span.start) >= l &&
			memcmp(doc->text + doc->quotes[q].span.start, w, l) == 0)
			return &doc->quotes[q];
	fail_msg("no quote starting with %s", w);
	return NULL;
}

/* Checks speaker name, speaker span text and cue of quote q. */
static void
check(const ne_doc *doc, const ne_quote *q, const char *name, const char *span, const char *cue)
{
	if (name == NULL)
		assert_null(q->speaker_name);
	else
	{
		assert_non_null(q->speaker_name);
		assert_string_equal(q->speaker_name, name);
	}
	if (span != NULL)
		assert_span_text(doc, q->speaker_span, span);
	if (cue == NULL)
		assert_null(q->cue_text);
	else
	{
		assert_non_null(q->cue_text);
		assert_string_equal(q->cue_text, cue);
		assert_span_text(doc, q->cue, cue);
	}
	assert_true(q->confidence >= 0.0f && q->confidence <= 1.0f);
}

/*
 * "It said" after a firm that opens its sentence and a second firm named
 * later in it: the firm the sentence is about speaks.
 */
static void
test_it_takes_the_subject_firm(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u,
								"Halloran Corp said its Advanced Products and Electronics Division signed a deal with "
								"Vexil Systems Inc.\n\n"
								"It said the agreement could contribute \"significantly\" to its growth.");

	check(doc, quote(doc, "significantly"), "Halloran Corp", "It", "said");
	unit_doc_close(&u);
}

/* A role with its article is a source: "The minister defended the plan, saying ..."; not "some major tech firms". */
static void
test_role_phrase_subject(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u,
								"The minister defended the plan on Monday, saying \"several hundred\" people were "
								"at risk.\n\n"
								"Some major tech firms say the rules cover \"all aspects\" of the work.");

	check(doc, quote(doc, "several hundred"), "The minister", "The minister", "saying");
	check(doc, quote(doc, "all aspects"), "Some major tech firms", "Some major tech firms", "say");
	unit_doc_close(&u);
}

/*
 * "A spokesman for X said": the source is the whole phrase, and the
 * organisation X when it is named or described; bare plurals of firms'
 * nouns ("lenders said") are sources too.
 */
static void
test_source_over_phrases(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u,
								"Harlow Dynamics Corp cut jobs. A spokesman for the firm said the cuts were \"painful\".\n\n"
								"A lawyer for the family said the ruling was \"a travesty\".\n\n"
								"Officials of the town said the plan was \"good\" for all.\n\n"
								"UK lending showed a \"lull\" in January, lenders said.");

	check(doc, quote(doc, "painful"), "Harlow Dynamics Corp", "A spokesman for the firm", "said");
	check(doc, quote(doc, "a travesty"), "A lawyer for the family", "A lawyer for the family", "said");
	check(doc, quote(doc, "good"), "Officials of the town", "Officials of the town", "said");
	check(doc, quote(doc, "lull"), "lenders", "lenders", "said");
	unit_doc_close(&u);
}

/*
 * "he" for a phrase that opened an earlier sentence: past an opening
 * adverb, with a name before its head ("However, the Daiwa officer ..."),
 * or the phrase of a cue when the sentence's subject is of another kind.
 */
static void
test_pronoun_for_qualified_phrase(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u,
								"However, the Daiwa officer defended the pricing.\n\n"
								"\"Because Rockwell has not floated debt, it is new,\" he said.\n\n"
								"The Reagan administration is opposed to the tax, an administration official said.\n\n"
								"\"We are totally opposed to it,\" he said.");

	check(doc, quote(doc, "Because Rockwell"), "the Daiwa officer", "he", "said");
	check(doc, quote(doc, "We are totally"), "an administration official", "he", "said");
	unit_doc_close(&u);
}

/* A dateline is no subject: "WASHINGTON, Dec. 8 (UPI) — ..., Hillary Clinton's aide rallied supporters, saying". */
static void
test_dateline_is_no_subject(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u,
								"WASHINGTON, Dec. 8 (UPI) — In response to the plan, the campaign manager rallied "
								"supporters, saying: \"We have to be ready.\"\n\n"
								"DJ Norman Cook - aka Fatboy Slim - has said that dance music is in a \"fallow patch\".\n\n"
								"\"Let me help you out,\" the Republican nominee riffed.\n\n"
								"Washington (AFP) – The senator took a swipe at her rival, saying that \"bombastic "
								"comments\" do harm.");

	check(doc, quote(doc, "We have to be ready"), "the campaign manager", "the campaign manager", "saying");
	check(doc, quote(doc, "fallow patch"), "Norman Cook", NULL, "said");
	check(doc, quote(doc, "Let me help"), "the Republican nominee", "the Republican nominee", "riffed");
	check(doc, quote(doc, "bombastic"), "The senator", "The senator", "saying");
	unit_doc_close(&u);
}

/*
 * A participle after ", when ..." is the subordinate clause's subject's; a
 * name before a plural of people heads no subject of its own ("Sanders
 * protesters"); a statement is no speaker.
 */
static void
test_participle_of_subordinate_clause(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u,
								"Bernie Sanders spoke in Ohio.\n\n"
								"The incident came during a speech at the State University of New York, when "
								"Sanders protesters interrupted her, shouting \"she wins, we lose!\"\n\n"
								"The candidate changed her story, after her initial statement was shown to be false, "
								"stating that no emails were \"marked classified\".");

	check(doc, quote(doc, "she wins"), "Sanders protesters", "Sanders protesters", "shouting");
	check(doc, quote(doc, "marked classified"), "The candidate", "The candidate", "stating");
	unit_doc_close(&u);
}

/* "X had been "hurt", he added": he reports about X, so he is not X, but the one who spoke before. */
static void
test_trailing_pronoun_is_not_the_reported(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u,
								"Labour MP Gerald Wyatt said Prime Minister Tony Blair had been trying hard. "
								"But Mr Blair had been \"hurt\" by the Iraq controversy, he added.\n\n"
								"When Mr Blair arrived, he said he was \"delighted\" to be there.");

	check(doc, quote(doc, "hurt"), "Gerald Wyatt", "he", "added");
	check(doc, quote(doc, "delighted"), "Tony Blair", "he", "said");
	unit_doc_close(&u);
}

/* "McConnell spokesman Don Stewart wouldn't say. "...," he said": the name before a role is no subject. */
static void
test_name_before_role_is_no_subject(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u,
								"Mitch McConnell spoke on Monday.\n\n"
								"McConnell spokesman Don Stewart would not say when the vote would come.\n\n"
								"\"I don't have any new announcements yet,\" he said.");

	check(doc, quote(doc, "I don't have"), "Don Stewart", "he", "said");
	unit_doc_close(&u);
}

/* "the Waterford man" is the person the story is about; "the man" alone and "the American" stay the phrase. */
static void
test_man_from_a_place(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u,
								"Jamie Costin should be paralysed. He recalls the accident.\n\n"
								"\"I was in a lot of pain,\" the Waterford man says.\n\n"
								"\"It hurt,\" the man said.");

	check(doc, quote(doc, "I was in"), "Jamie Costin", "the Waterford man", "says");
	check(doc, quote(doc, "It hurt"), "the man", "the man", "said");
	unit_doc_close(&u);
}

/*
 * "the Google team said": an organisation named inside a definite phrase for
 * an organisation is the source; a person whose role is at a firm described
 * before its name ("of the employers organisation Confindustria") speaks.
 */
static void
test_org_inside_description(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u,
								"A note went to security firm Halvex from the security team of Quorra: \"We can do "
								"better.\"\n\n"
								"\"We will review our procedures,\" the Quorra team said.\n\n"
								"Luigi Lucchini, president of the employers organisation Confenda said in a speech, "
								"\"It is not enough.\"\n\n"
								"\"Sales were weak,\" a Quorra sales team said.");

	check(doc, quote(doc, "We will review"), "Quorra", "the Quorra team", "said");
	check(doc, quote(doc, "It is not enough"), "Luigi Lucchini", "Luigi Lucchini", "said");
	check(doc, quote(doc, "Sales were weak"), "a Quorra sales team", "a Quorra sales team", "said");
	unit_doc_close(&u);
}

/*
 * A person tied to a firm by "of", "at" or "with" (and "of the") speaks, not the firm:
 * "analyst Ann Barlow of Harbour Securities and Co said", and the same with
 * an apposition that the wire left without its closing comma.
 */
static void
test_person_of_firm(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u,
								"\"Rates will fall,\" analyst Ann Barlow of Kidwell Peabody and Co said.\n\n"
								"Paul Okafor, economist at Bay Capital, Tide Hopwood and Co said the drop was "
								"\"only a pause.\"\n\n"
								"\"Demand is strong,\" said Helen Marsh, chief economist with Delta Bank Corp.\n\n"
								"Tom Reyes of the Harbour Growers Association said growers were \"desperate\" now.\n\n"
								"\"Yields will hold,\" Rosa Lindqvist, a fund manager at Weald Trustees told Reuters.\n\n"
								"\"It is fragile,\" Omar Haddad, from Kestrel Capital Ltd told reporters.\n\n"
								"\"Costs rose,\" said Laura Page of Harlow Securities.\n\n"
								"\"We are checking,\" Karl Vehmas, a Nordair spokesman told reporters.\n\n"
								"\"Sales will recover,\" Ruth Abara, president and chief operating officer said.\n\n"
								"In a talk with hosts Ian Cole and Mia Berg, the Democratic candidate stated that it was \"sad\".\n\n"
								"Senator Dana Whitcombe and Paul Okafor spoke.\n\n"
								"\"It is reckless,\" said Whitcombe campaign manager Robin Hale.\n\n"
								"\"For her,\" said former Okafor adviser Maria Lenz.\n\n"
								"\"It is strong,\" Harlow Industries chairman Gordon White said.\n\n"
								"Kestrel United boss Sir Tom Ruddle: \"It was not our best game.\"");

	check(doc, quote(doc, "Rates"), "Ann Barlow", "Ann Barlow", "said");
	check(doc, quote(doc, "only a pause"), "Paul Okafor", "Paul Okafor", "said");
	check(doc, quote(doc, "Demand"), "Helen Marsh", "Helen Marsh", "said");
	check(doc, quote(doc, "desperate"), "Tom Reyes", "Tom Reyes", "said");
	check(doc, quote(doc, "Yields"), "Rosa Lindqvist", "Rosa Lindqvist", "told");
	check(doc, quote(doc, "It is fragile"), "Omar Haddad", "Omar Haddad", "told");
	check(doc, quote(doc, "Costs"), "Laura Page", "Laura Page", "said");
	check(doc, quote(doc, "We are checking"), "Karl Vehmas", "Karl Vehmas", "told");
	check(doc, quote(doc, "Sales"), "Ruth Abara", "Ruth Abara", "said");
	check(doc, quote(doc, "sad"), "the Democratic candidate", "the Democratic candidate", "stated");
	check(doc, quote(doc, "It is reckless"), "Robin Hale", "Robin Hale", "said");
	check(doc, quote(doc, "For her"), "Maria Lenz", "Maria Lenz", "said");
	check(doc, quote(doc, "It is strong"), "Gordon White", "Gordon White", "said");
	check(doc, quote(doc, "It was not our best"), "Tom Ruddle", "Sir Tom Ruddle", ":");
	assert_non_null(unit_entity(doc, "Kidwell Peabody and Co"));
	assert_non_null(unit_entity(doc, "Tide Hopwood and Co"));
	unit_doc_close(&u);
}

/*
 * A role in an apposition after a name is the person's title, and the role
 * alone later names the person ("Ann Lee, the harbour master, ... the
 * harbour master said"); a name between commas after a role speaks ("a
 * spokeswoman for the port, Jane Doe, said").
 */
static void
test_apposition_roles(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u,
								"Paul Okafor, the attorney general, visited the port on Monday.\n\n"
								"\"The ships are safe,\" the attorney general said.\n\n"
								"A spokeswoman for the port, Jane Doe, said \"the cranes will stay.\"");

	check(doc, quote(doc, "The ships"), "Paul Okafor", "the attorney general", "said");
	check(doc, quote(doc, "the cranes"), "Jane Doe", NULL, "said");
	assert_string_equal(unit_entity(doc, "Paul Okafor")->title, "attorney general");
	unit_doc_close(&u);
}

/*
 * Roles in appositions without "the": after an age, before "of <firm>", with
 * "a"; a role ends at a function word ("aide to Sen." is no title); and a
 * name of capitalised words is no role for its last word ("the Scottish
 * Executive" is not the chief executive).
 */
static void
test_apposition_roles_without_the(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u,
								"Tom Halloran, 52, chief executive of Orbis Mining, said profits rose. "
								"Ana Diaz, a spokeswoman for the port, agreed. "
								"Ed Marsh, longtime aide to Sen. Lou Brandt, disagreed.\n\n"
								"But the Highland Executive has insisted the plan was \"a fair deal\".");

	assert_string_equal(unit_entity(doc, "Tom Halloran")->title, "chief executive");
	assert_string_equal(unit_entity(doc, "Ana Diaz")->title, "spokeswoman");
	assert_null(unit_entity(doc, "Ed Marsh")->title);
	assert_string_not_equal(quote(doc, "a fair deal")->speaker_name, "Tom Halloran");
	unit_doc_close(&u);
}

/*
 * A quote far from the closing clause that attributes its sentence: ",
 * says the assembly government.", ", the harbour master has said.", ",
 * Paul Okafor has said." (the perfect, and a phrase that names nobody).
 */
static void
test_closing_clause_far_from_quote(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u,
								"Councils should set taxes at \"fair levels\" after a rise of six percent in their "
								"funding this year, says the assembly government.\n\n"
								"Delays at the port have reached \"shocking\" levels over the past two winters, the "
								"harbour master has said.\n\n"
								"The ferry plan was \"a mistake\" from the very start, in the view of the council, "
								"Paul Okafor has said.");

	check(doc, quote(doc, "fair levels"), "the assembly government", "the assembly government", "says");
	check(doc, quote(doc, "shocking"), "the harbour master", "the harbour master", "said");
	check(doc, quote(doc, "a mistake"), "Paul Okafor", "Paul Okafor", "said");
	unit_doc_close(&u);
}

/*
 * Asides after a comma: '"...," Okafor, the front-runner in the race, said'
 * and 'The risk, says Ann Lee, is "real"' name the speaker; 'Lee told
 * Reuters, "..."' names whom she told, not who speaks.
 */
static void
test_asides_after_comma(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u,
								"\"We will carry the state,\" Paul Okafor, the front-runner in the race, said.\n\n"
								"The risk, says Ann Lee, is \"very real\" for the port.\n\n"
								"Helen Marsh told Reuters, \"The cranes stay.\"");

	check(doc, quote(doc, "We will"), "Paul Okafor", "Paul Okafor", "said");
	check(doc, quote(doc, "very real"), "Ann Lee", "Ann Lee", "says");
	check(doc, quote(doc, "The cranes"), "Helen Marsh", "Helen Marsh", "told");
	unit_doc_close(&u);
}

/* A relative clause that a comma closed is not the attribution: "Okafor, who called Lee ..., told ..." */
static void
test_closed_relative_clause(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u,
								"Paul Okafor won the vote in the harbour ward on Sunday.\n\n"
								"Okafor, who called Ann Lee shortly after the count, told his staff, \"We held the port.\"\n\n"
								"Helen Marsh, who has described the ward as \"a lost cause\" for years, ran again.");

	check(doc, quote(doc, "We held"), "Paul Okafor", "Okafor", "told");
	check(doc, quote(doc, "a lost"), "Helen Marsh", "who", "described");
	unit_doc_close(&u);
}

/*
 * Opening clauses, one after another, and an opening participle are not the
 * attribution: "Later that night, after the count concluded, Lee said",
 * "Standing outside the Harbour Board offices, Marsh, 58, said ... but added".
 */
static void
test_opening_clauses(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u,
								"Ann Lee and Helen Marsh ran for the harbour ward.\n\n"
								"Later that night, after the count concluded, Lee said the result was \"a fair one.\"\n\n"
								"Standing outside the Harbour Board offices at dawn, Marsh, 58, said the ward would change, "
								"but added, \"Not this year.\"");

	check(doc, quote(doc, "a fair one"), "Ann Lee", "Lee", "said");
	check(doc, quote(doc, "Not this"), "Helen Marsh", "Marsh", "added");
	unit_doc_close(&u);
}

/* A cue word that is a noun ("a curt reply:") leaves the speaker to the clause subject. */
static void
test_cue_noun(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u, "Helen Marsh lost the vote. Marsh gave a curt reply: \"Ask the council.\"");

	check(doc, quote(doc, "Ask the"), "Helen Marsh", "Marsh", "reply");
	unit_doc_close(&u);
}

/*
 * A name between commas after a role speaks ("The port's chief engineer,
 * John Barlow, said"), unless a name stands before the commas ("Ann Lee,
 * Harbour Treasurer, said"); after a passive cue the name after "by" speaks
 * ("was asked by moderator Ann Lee whether"), but a paper that quoted
 * someone does not ("was quoted by The Harbour Times as saying").
 */
static void
test_apposed_name_and_passive_agent(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u,
								"The port's chief engineer, John Barlow, said in a statement that the cranes were "
								"\"beyond repair.\"\n\n"
								"Paul Okafor was asked by moderator Ann Lee whether the plan would \"sink the budget.\"\n\n"
								"Okafor was quoted by The Harbour Times as saying the plan was \"fully costed.\"");

	check(doc, quote(doc, "beyond"), "John Barlow", "John Barlow", "said");
	check(doc, quote(doc, "sink the"), "Ann Lee", "Ann Lee", "asked");
	check(doc, quote(doc, "fully"), "Paul Okafor", "Okafor", "quoted");
	unit_doc_close(&u);
}

/* A phrase and the name after it ("His brother Anil Verma, the vice-chairman, said"): the name speaks. */
static void
test_phrase_then_name(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u,
								"His brother Anil Verma, the vice-chairman, said the split was \"final.\"\n\n"
								"As the mayor opened the bridge, the harbour master Tom Reed called it \"a folly.\"");

	check(doc, quote(doc, "final"), "Anil Verma", "Anil Verma", "said");
	check(doc, quote(doc, "a folly"), "Tom Reed", "Tom Reed", "called");
	unit_doc_close(&u);
}

/*
 * Subjects that are not names: a quantity ("21 percent said", "and 14
 * percent said"), a phrase the cue needs in reach ("Six in 10 members said
 * the board"), a clause after "after" ("a fine after the man had posted");
 * and a party tag between a name and its comma ("Gov. Ann Lee (D-Maine), said").
 */
static void
test_quantity_and_clause_subjects(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u,
								"Asked about the harbour plan, 21 percent said \"too costly\" and 14 percent said \"too late.\"\n\n"
								"Six in 10 members said the board \"should resign at once.\"\n\n"
								"The court gave him a 300-euro fine after the man had posted that the mayor should \"go away.\"\n\n"
								"At the port on Friday, after the count, Gov. Ann Lee (D-Maine), said, \"We won.\"");

	check(doc, quote(doc, "too costly"), "21 percent", "21 percent", "said");
	check(doc, quote(doc, "too late"), "14 percent", "14 percent", "said");
	check(doc, quote(doc, "should resign"), "Six in 10 members", "Six in 10 members", "said");
	check(doc, quote(doc, "go away"), "the man", "the man", "posted");
	check(doc, quote(doc, "We won"), "Ann Lee", "Gov. Ann Lee", "said");
	unit_doc_close(&u);
}

/*
 * A second fragment in the sentence of an attributed one, with no cue of its
 * own, is the same speaker's even after another name: 'Lee said the plan was
 * "too slow" and the council "asleep"'; a whole sentence after another name
 * is not.
 */
static void
test_fragment_after_other_name(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u,
								"Ann Lee said the harbour plan was \"far too slow\" and that Paul Okafor had been "
								"\"asleep at the wheel\" for years.");

	check(doc, quote(doc, "far too"), "Ann Lee", "Ann Lee", "said");
	check(doc, quote(doc, "asleep at"), "Ann Lee", NULL, NULL);
	unit_doc_close(&u);
}

/* A surname alone, with an age between commas, speaks: '"...," Okafor, 61, said.' */
static void
test_surname_with_age(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u, "\"The ships are safe,\" Okafor, 61, said.");

	check(doc, quote(doc, "The ships"), "Okafor", "Okafor", "said");
	unit_doc_close(&u);
}

/* "...," X said -- with a title, resolved to the full name later on. */
static void
test_after_name_said(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u, "\"We will rebuild the bridge,\" Mayor Ann Barlow said on Monday.\n\n"
								"\"It will take a year,\" Barlow said.");

	check(doc, quote(doc, "We will"), "Ann Barlow", "Mayor Ann Barlow", "said");
	check(doc, quote(doc, "It will"), "Ann Barlow", "Barlow", "said");
	assert_int_equal(doc->quotes[0].speaker_kind, NE_ENT_PERSON);
	assert_int_equal(unit_entity(doc, "Ann Barlow")->quotes, 2);
	unit_doc_close(&u);
}

/* "...," said X -- the inverted order, with a party tag after the name. */
static void
test_after_said_name(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u, "\"This bill is a disgrace,\" said Sen. Al Quist, D-Minn.");

	check(doc, quote(doc, "This bill"), "Al Quist", "Sen. Al Quist", "said");
	unit_doc_close(&u);
}

/* X said: "..." and X said, "..." -- the cue before the quote. */
static void
test_before(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u, "Nora Lind said: \"The vote is final.\"\n\n"
								"Omar Haddad said, \"We will appeal.\"");

	check(doc, quote(doc, "The vote"), "Nora Lind", "Nora Lind", "said");
	check(doc, quote(doc, "We will"), "Omar Haddad", "Omar Haddad", "said");
	unit_doc_close(&u);
}

/* "...," X said, "..." -- one speaker for both halves. */
static void
test_split_quote(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u, "\"We have the votes,\" Nora Lind said, \"and we will use them.\"");

	check(doc, quote(doc, "We have"), "Nora Lind", "Nora Lind", "said");
	assert_int_equal(quote(doc, "and we")->speaker_span.start, quote(doc, "We have")->speaker_span.start);
	assert_string_equal(quote(doc, "and we")->speaker_name, "Nora Lind");
	unit_doc_close(&u);
}

/* "...," X told The Paper -- the speaker, not the paper. */
static void
test_told_paper(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u, "\"There was nothing wrong with it,\" Rosa Ferrer told The Valley Herald.");

	check(doc, quote(doc, "There was"), "Rosa Ferrer", "Rosa Ferrer", "told");
	assert_non_null(unit_entity(doc, "The Valley Herald"));
	assert_int_equal(unit_entity(doc, "The Valley Herald")->kind, NE_ENT_ORG);
	assert_int_equal(unit_entity(doc, "The Valley Herald")->quotes, 0);
	unit_doc_close(&u);
}

/* "...," according to X. */
static void
test_according_to(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u, "\"The plan is dead,\" according to Councilman Tom Reyes.");

	check(doc, quote(doc, "The plan"), "Tom Reyes", "Councilman Tom Reyes", "according to");
	unit_doc_close(&u);
}

/* A trailing "according to" does not take the quote from its speaker. */
static void
test_trailing_according_to(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u, "Tom Reyes met the board.\n\n"
								"\"I was not told,\" Reyes responded, according to The Valley Herald.");

	check(doc, quote(doc, "I was not"), "Tom Reyes", "Reyes", "responded");
	unit_doc_close(&u);
}

/* "...," X said in a statement. */
static void
test_in_a_statement(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u, "\"We are proud of the result,\" Nora Lind said in a statement.");

	check(doc, quote(doc, "We are proud"), "Nora Lind", "Nora Lind", "said");
	unit_doc_close(&u);
}

/* X posted a statement ...: "..." -- a colon introduction with a cue. */
static void
test_posted_colon(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u, "Nora Lind posted a statement on Facebook about the vote: \"We won.\"");

	check(doc, quote(doc, "We won"), "Nora Lind", "Nora Lind", "posted");
	unit_doc_close(&u);
}

/* "..." -X -- a dash signature. */
static void
test_dash(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u, "\"Never again.\" -Commissioner Rita Vance");

	check(doc, quote(doc, "Never again"), "Rita Vance", "Commissioner Rita Vance", "-");
	unit_doc_close(&u);
}

/* And from Chairwoman X:\n"..." -- the introduction in the previous paragraph. */
static void
test_colon_paragraph(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u, "And from Chairwoman Rita Vance:\n\n\"We will not stop until it is done.\"");

	check(doc, quote(doc, "We will not"), "Rita Vance", "Chairwoman Rita Vance", ":");
	unit_doc_close(&u);
}

/* Appositions and relative clauses between the name and the cue. */
static void
test_apposition(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u, "\"She will walk again,\" Hugh Hollis, a doctor who treated her, said.");

	check(doc, quote(doc, "She will"), "Hugh Hollis", "Hugh Hollis", "said");
	unit_doc_close(&u);
}

/* A quote in the paragraph after its introduction, with an apposition. */
static void
test_cue_in_previous_paragraph(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u, "Hugh Hollis, a doctor who treated her, said:\n\n\"She will walk again.\"");

	check(doc, quote(doc, "She will"), "Hugh Hollis", "Hugh Hollis", "said");
	unit_doc_close(&u);
}

/* A quote without its own attribution continues the speaker, also in the next paragraph. */
static void
test_continuation(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u, "\"The money is there,\" Omar Haddad said. \"We only need the will.\"\n\n"
								"\"And we have it.\"\n\nThe meeting ended at noon.");
	const ne_quote *a = quote(doc, "The money"),
			   *b = quote(doc, "We only"),
			   *c = quote(doc, "And we");

	check(doc, b, "Omar Haddad", "Omar Haddad", NULL);
	check(doc, c, "Omar Haddad", "Omar Haddad", NULL);
	assert_int_equal(b->speaker_span.start, a->speaker_span.start);
	assert_int_equal(c->speaker_span.start, a->speaker_span.start);
	assert_true(b->confidence < a->confidence);
	assert_int_equal(unit_entity(doc, "Omar Haddad")->quotes, 3);
	unit_doc_close(&u);
}

/* "he said": the span is the pronoun, the name its antecedent, also across paragraphs. */
static void
test_pronoun(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u, "Mayor Ann Barlow spoke to the council on Monday.\n\n"
								"\"We will rebuild,\" she said.");

	check(doc, quote(doc, "We will"), "Ann Barlow", "she", "said");
	unit_doc_close(&u);
}

/* Gender decides between two named people. */
static void
test_pronoun_gender(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u, "Ms. Ann Barlow met Mr. Tom Reyes at the depot.\n\n"
								"\"We agree on the route,\" she said. \"The cost is the problem,\" he said.");

	check(doc, quote(doc, "We agree"), "Ann Barlow", "she", "said");
	check(doc, quote(doc, "The cost"), "Tom Reyes", "he", "said");
	unit_doc_close(&u);
}

/* A role noun after a source noun heads the phrase: "The press secretary, Ann Barlow, told". */
static void
test_compound_role(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u, "The press secretary, Ann Barlow, told reporters: \"We are watching.\"\n\n"
								"One finance ministry economist said: \"It is not more.\"");

	check(doc, quote(doc, "We are"), "Ann Barlow", NULL, "told");
	check(doc, quote(doc, "It is not"), "One finance ministry economist", "One finance ministry economist", "said");
	unit_doc_close(&u);
}

/* A relative clause right after a name speaks, with or without a comma: "echoed by Ann Lee who called it". */
static void
test_relative_after_name(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u, "Her words were echoed by director Ann Barlow who called the plan \"a bold step\".");

	check(doc, quote(doc, "a bold"), "Ann Barlow", NULL, "called");
	unit_doc_close(&u);
}

/* A source noun before phrases of firm and place speaks, with its first phrase, not the place: "one trader for a bank in Oslo said". */
static void
test_source_before_phrases(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u, "\"Rates will hold,\" one portfolio manager for a large fund house in Harbourton said.\n\n"
								"One syndicate official at a firm not in the deal said \"It is tight.\"");

	check(doc, quote(doc, "Rates"), "one portfolio manager for a large fund house",
		  "one portfolio manager for a large fund house", "said");
	check(doc, quote(doc, "It is tight"), "One syndicate official at a firm", "One syndicate official at a firm", "said");
	unit_doc_close(&u);
}

/* A noun that ends in -ly is no adverb before its cue: "the family said", "the financial daily said". */
static void
test_ly_nouns(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u, "\"We will rebuild,\" the family said.\n\n"
								"\"Rates will rise,\" the daily wrote.\n\n"
								"\"We will mend it,\" Ann Barlow, the mayor, quickly said.");

	check(doc, quote(doc, "We will rebuild"), "the family", "the family", "said");
	check(doc, quote(doc, "Rates"), "the daily", "the daily", "wrote");
	check(doc, quote(doc, "We will mend"), "Ann Barlow", "Ann Barlow", "said");
	unit_doc_close(&u);
}

/*
 * A pronoun that no named entity stands for takes the phrase that does: the
 * source of the quote before it, or the subject of an earlier sentence, when
 * the phrase fits the pronoun (she for a spokeswoman, it for a ministry); a
 * phrase that does not fit gives no name.
 */
static void
test_pronoun_for_phrase(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u, "The minister said: \"Taxes will not rise.\" He added that \"spending will fall.\"\n\n"
								"The port authority issued a statement on Monday. \"The quay is closed,\" it said.\n\n"
								"A police spokeswoman confirmed the arrest. \"He was held at noon,\" she said.\n\n"
								"A police spokeswoman confirmed the fine. \"It was paid,\" he said.");

	check(doc, quote(doc, "spending"), "The minister", "He", "added that");
	check(doc, quote(doc, "The quay"), "The port authority", "it", "said");
	check(doc, quote(doc, "He was held"), "A police spokeswoman", "she", "said");
	check(doc, quote(doc, "It was paid"), NULL, "he", "said");
	unit_doc_close(&u);
}

/* "the company said" resolves to the organisation. */
static void
test_organisation_noun(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u, "The Valley Water Company cut supplies on Friday.\n\n"
								"\"We had no choice,\" the company said.");
	const ne_quote *q = quote(doc, "We had");

	check(doc, q, "Valley Water Company", "the company", "said");
	assert_int_equal(q->speaker_kind, NE_ENT_ORG);
	unit_doc_close(&u);
}

/*
 * After an owner's pronoun the noun names the organisation whose name it
 * ends ("her party": the Harvest Party), never one whose name it opens
 * ("his office" is no Office for Fair Trading).
 */
static void
test_owner_pronoun_organisation(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u, "The Office for Fair Trading said prices rose.\n\n"
								"Energy minister Paul Dorning said the plan was \"fair to everyone,\" his office said.\n\n"
								"The Harvest Party bought airtime. \"We will win,\" her party said.");

	check(doc, quote(doc, "fair to"), "his office", "his office", "said");
	check(doc, quote(doc, "We will"), "Harvest Party", "her party", "said");
	unit_doc_close(&u);
}

/* An accented first name tells a gender as the plain one does: "she" is not José. */
static void
test_accented_first_name_gender(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u, "Ana Ruiz runs a bakery on Calle Mayor.\n\n"
								"José Vidal, who supplies her flour, spoke first. \"We will see,\" she said.");

	check(doc, quote(doc, "We will"), "Ana Ruiz", "she", "said");
	unit_doc_close(&u);
}

/* "The <organisation>, which ..., said": the name after "the" is the source, not the phrase. */
static void
test_the_organisation_before_relative(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u, "The Valley Restaurant Association, which sued the city in 2019, said it was "
								"\"evaluating all options.\"");
	const ne_quote *q = quote(doc, "evaluating");

	check(doc, q, "Valley Restaurant Association", "Valley Restaurant Association", "said");
	assert_int_equal(q->speaker_kind, NE_ENT_ORG);
	unit_doc_close(&u);
}

/*
 * After a quote, a verb after "to" and its object are no source and cue
 * ("to match demand"); a noun before "to" is ("the letter to shareholders said").
 */
static void
test_to_verb_after_quote(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u, "Chief executive Mara Quist said the firm would \"adjust\" output to meet demand.\n\n"
								"\"We will act,\" the letter to shareholders said.");

	check(doc, quote(doc, "adjust"), "Mara Quist", "Mara Quist", "said");
	check(doc, quote(doc, "We will act"), "the letter", "the letter", "said");
	unit_doc_close(&u);
}

/* An age before any noun makes a description of someone named: "the 34-year-old nurse said". */
static void
test_age_description(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u, "Marta Quill still remembers the night the water came. "
								"\"It was up to my knees,\" the 34-year-old nurse said.\n\n"
								"\"We lost the shop,\" the 100-year-old firm said.");

	check(doc, quote(doc, "It was up"), "Marta Quill", "the 34-year-old nurse", "said");
	unit_doc_close(&u);
}

/* "X (who said ...)" and "the mayor (who called ...)", "a retired general who suggested": the phrase before "who". */
static void
test_who_in_parentheses(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u, "Ann Lee (who once said \"never again\") returned on Monday.\n\n"
								"Mayor Rosa Pell spoke first. The mayor (who called the plan \"a disgrace\") left.\n\n"
								"Critics cited a retired general who suggested the city should \"start over\".");

	check(doc, quote(doc, "never again"), "Ann Lee", "who", "said");
	check(doc, quote(doc, "a disgrace"), "Rosa Pell", "who", "called");
	check(doc, quote(doc, "start over"), "a retired general", "who", "suggested");
	unit_doc_close(&u);
}

/* A name that ends in an abbreviation's point still takes the cue after it: "Ruiz Jr. said", "analyst at Acme Inc. said". */
static void
test_abbreviation_before_cue(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u, "\"I am proud,\" Carl Ruiz Jr. said.\n\n"
								"\"It is different,\" Tom Ross, an analyst at Staley Inc. said.");

	check(doc, quote(doc, "I am proud"), "Carl Ruiz Jr.", "Carl Ruiz Jr.", "said");
	check(doc, quote(doc, "It is different"), "Tom Ross", "Tom Ross", "said");
	unit_doc_close(&u);
}

/* "the ministry", "the agency" name a body of government (an acronym, a public body's word), never the firm named last. */
static void
test_government_description(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u, "In a post on Facebook, bakers asked for help.\n\n"
								"The ministry said in a statement that it was \"studying measures.\"\n\n"
								"The Federal Harbour Commission met. \"We will act,\" the agency said.");

	check(doc, quote(doc, "studying"), "The ministry", "The ministry", "said");
	check(doc, quote(doc, "We will act"), "Federal Harbour Commission", "the agency", "said");
	unit_doc_close(&u);
}

/* "signs reading", "a banner reading": what the sign reads is its own, not the speaker's before it. */
static void
test_sign_reading(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u, "Sen. Tim Ross said regulators had \"gone too far.\"\n\n"
								"Outside, protesters waved a banner reading \"Break up the banks.\"");

	assert_string_not_equal(quote(doc, "Break up")->speaker_name, "Tim Ross");
	assert_string_equal(quote(doc, "Break up")->cue_text, "reading");
	unit_doc_close(&u);
}

/* An unlinked noun phrase stays the noun phrase, kind other. */
static void
test_nominal_other(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u, "\"The road stays closed,\" a spokesperson said.");
	const ne_quote *q = quote(doc, "The road");

	check(doc, q, "a spokesperson", "a spokesperson", "said");
	assert_int_equal(q->speaker_kind, NE_ENT_OTHER);
	assert_int_equal(q->entity, -1);
	unit_doc_close(&u);
}

/* "the spokeswoman" resolves to the person the text gave that title. */
static void
test_nominal_title(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u, "Barlow's spokeswoman, Carla Denton, called the station.\n\n"
								"\"We agree,\" the spokeswoman said.");

	check(doc, quote(doc, "We agree"), "Carla Denton", "the spokeswoman", "said");
	unit_doc_close(&u);
}

/*
 * "a statement from X" ... "...," the statement read: the statement's author
 * speaks; the author's name is the mention in the same sentence, the
 * statement in a later one.
 */
static void
test_statement_author(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u, "Ann Barlow faced questions.\n\n"
								"Her aide, Carla Denton, posted a statement from Barlow on Twitter: "
								"\"I never met him,\" the statement read. \"It is false.\"\n\n"
								"Barlow released a statement on Monday.\n\n"
								"\"We stand by our staff,\" the statement said.");

	check(doc, quote(doc, "I never"), "Ann Barlow", "Barlow", "read");
	check(doc, quote(doc, "It is false"), "Ann Barlow", "Barlow", NULL);
	check(doc, quote(doc, "We stand"), "Ann Barlow", "the statement", "said");
	unit_doc_close(&u);
}

/* Scare quotes and titles have no speaker. */
static void
test_terms_have_no_speaker(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u, "Omar Haddad saw the film \"Spotlight\" on Sunday.");

	for (int32_t q = 0; q < doc->nquotes; q++)
		if (doc->quotes[q].kind == NE_QUOTE_TERM)
		{
			assert_null(doc->quotes[q].speaker_name);
			assert_int_equal(doc->quotes[q].speaker_span.start, -1);
			assert_int_equal(doc->quotes[q].entity, -1);
		}
	unit_doc_close(&u);
}

/* An uncommon cue verb ("sighed") works like "said". */
static void
test_uncommon_cue(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u, "\"Not again,\" Omar Haddad sighed.");

	check(doc, quote(doc, "Not again"), "Omar Haddad", "Omar Haddad", "sighed");
	unit_doc_close(&u);
}

/* ne_attribute runs once; an empty text and a text without quotes are fine. */
static void
test_once_and_empty(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u, "\"Yes,\" Nora Lind said.");
	int32_t		ne = doc->nentities;

	ne_attribute(doc);
	assert_int_equal(doc->nentities, ne);
	assert_int_equal(unit_entity(doc, "Nora Lind")->quotes, 1);
	assert_true(doc->done & NE_DONE_ATTRIB);
	unit_doc_close(&u);
	doc = attrib_of(&u, "");
	assert_int_equal(doc->nquotes, 0);
	assert_int_equal(doc->nentities, 0);
	unit_doc_close(&u);
	doc = attrib_of(&u, "Nora Lind went home.");
	assert_int_equal(doc->nquotes, 0);
	assert_int_equal(doc->nentities, 1);
	unit_doc_close(&u);
}

/* The speaker named by the sentence before the quote: indirect speech, then the quote. */
static void
test_previous_sentence(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u, "Omar Haddad said the plan would fail. \"Nobody asked us.\"");

	check(doc, quote(doc, "Nobody"), "Omar Haddad", "Omar Haddad", NULL);
	unit_doc_close(&u);
}

/* A second quote in the same sentence keeps the first one's speaker; a new subject takes over. */
static void
test_second_quote_in_sentence(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u, "Nora Lind called the bill \"a disgrace\" and said it was \"dead on arrival.\"\n\n"
								"Omar Haddad called it \"fair,\" but Nora Lind said it was \"a trap.\"");

	check(doc, quote(doc, "dead on"), "Nora Lind", "Nora Lind", "said");
	check(doc, quote(doc, "fair"), "Omar Haddad", "Omar Haddad", "called");
	check(doc, quote(doc, "a trap"), "Nora Lind", NULL, "said");
	unit_doc_close(&u);
}

/* "whom he called": an aside inside the speaker's sentence. */
static void
test_whom_aside(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u, "Tom Reyes said he would \"fight on\" against Ann Barlow, whom he called \"a fraud.\"");

	check(doc, quote(doc, "a fraud"), "Tom Reyes", "Tom Reyes", "called");
	unit_doc_close(&u);
}

/* "with X saying": the name before the participle speaks. */
static void
test_with_participle(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u, "The two sides clashed again, with Omar Haddad saying the deal was \"a fraud.\"");

	check(doc, quote(doc, "a fraud"), "Omar Haddad", "Omar Haddad", "saying");
	unit_doc_close(&u);
}

/* A clause after the quote that starts a new thought is no attribution. */
static void
test_clause_after_is_no_attribution(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u, "Rosa Ferrer admitted that the two had \"been friends for years,\" and he claimed they never met.");

	check(doc, quote(doc, "been friends"), "Rosa Ferrer", "Rosa Ferrer", "admitted");
	unit_doc_close(&u);
}

/* The writer as a source. */
static void
test_first_person(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u, "\"Your Honor,\" I said, \"I would like to explain.\"");

	check(doc, quote(doc, "Your Honor"), NULL, "I", "said");
	unit_doc_close(&u);
}

/* The cue in the quote's own clause: ", but she cautions". */
static void
test_own_clause(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u, "Ms. Ann Barlow met Mr. Tom Reyes.\n\n"
								"Reyes says the plan works, but she cautions that it has \"two sides.\"");

	check(doc, quote(doc, "two sides"), "Ann Barlow", "she", "cautions");
	unit_doc_close(&u);
}

/* Runs the tests of this file. */
/* A definite description as the source ("the defender", "added the 29-year-old") is the salient named person; span stays the phrase. */
static void
test_definite_description(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u, "Rovers' Dan Okafor has called the derby the loudest game of his career.\n\n"
								"\"The noise was unbelievable,\" the defender told a local radio station.\n\n"
								"\"We owe the fans a win,\" added the 29-year-old.");
	const ne_quote *q = quote(doc, "The noise");

	check(doc, q, "Dan Okafor", "the defender", "told");
	assert_int_equal(q->speaker_kind, NE_ENT_PERSON);
	assert_true(q->confidence < 0.8f);
	check(doc, quote(doc, "We owe"), "Dan Okafor", "the 29-year-old", "added");
	unit_doc_close(&u);
}

/* "the senator" prefers the entity titled Sen. over a more recent governor; "the company" the organisation. */
static void
test_description_by_title_and_org(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u, "Sen. Mara Quist, D-Vt., attacked the plan on Monday. Gov. Len Abbot defended it.\n\n"
								"\"It is a giveaway,\" the senator said.\n\n"
								"Parlow Industries said its profit fell. \"Demand was weak,\" the company said.\n\n"
								"\"We are reviewing it,\" a spokesperson said.");

	check(doc, quote(doc, "It is a"), "Mara Quist", "the senator", "said");
	check(doc, quote(doc, "Demand"), "Parlow Industries", "the company", "said");
	assert_int_equal(quote(doc, "Demand")->speaker_kind, NE_ENT_ORG);
	check(doc, quote(doc, "We are"), "a spokesperson", "a spokesperson", "said");
	assert_int_equal(quote(doc, "We are")->speaker_kind, NE_ENT_OTHER);
	assert_string_equal(unit_entity(doc, "Mara Quist")->title, "Sen.");
	unit_doc_close(&u);
}

/*
 * A description right after a new person's sentence is that person, not the
 * speaker of the paragraph before: "Ivo Brandt agreed. \"...,\" the
 * midfielder told".  Farther back the last speaker keeps it.
 */
static void
test_description_after_new_subject(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u, "\"It's November,\" Tom Halloran said. \"Nobody wins anything in November.\"\n\n"
								"Ivo Brandt, who scored the opener, agreed. \"The boss is right,\" the Belgian "
								"midfielder told reporters.\n\n"
								"Halloran was asked about the referee. His side had been lucky, critics said. "
								"\"We were better,\" the 52-year-old said.");

	check(doc, quote(doc, "The boss"), "Ivo Brandt", "the Belgian midfielder", "told");
	check(doc, quote(doc, "We were"), "Tom Halloran", "the 52-year-old", "said");
	unit_doc_close(&u);
}

/* Descriptions that name someone else stay the phrase: a possessor's role, a shadow office, an office nobody holds by title. */
static void
test_description_someone_else(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u, "Chancellor Gil Hart defended the budget on Monday.\n\n"
								"\"It is reckless,\" the shadow chancellor said.\n\n"
								"\"Families will suffer,\" the charity's director said.\n\n"
								"\"We will study it,\" the archbishop said.");

	check(doc, quote(doc, "It is"), "the shadow chancellor", "the shadow chancellor", "said");
	check(doc, quote(doc, "Families"), "the charity's director", "the charity's director", "said");
	check(doc, quote(doc, "We will"), "the archbishop", "the archbishop", "said");
	unit_doc_close(&u);
}

/* An indefinite source named by its apposition ("a spokesman, Ed Marsh,") is that person, by the name; without one it stays the phrase. */
static void
test_indefinite_with_apposition(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u, "Corven Rail cut its timetable.\n\n"
								"\"We regret the delays,\" a spokesman, Ed Marsh, said.\n\n"
								"\"It is a shambles,\" critics said.");

	check(doc, quote(doc, "We regret"), "Ed Marsh", "Ed Marsh", "said");
	assert_int_equal(quote(doc, "We regret")->speaker_kind, NE_ENT_PERSON);
	check(doc, quote(doc, "It is"), "critics", "critics", "said");
	assert_int_equal(quote(doc, "It is")->speaker_kind, NE_ENT_OTHER);
	unit_doc_close(&u);
}

/* "Sen. Ray Dunne of Kansas said": the person before "of <Place>" speaks, not the place. */
static void
test_person_of_place_speaks(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u, "\"The bill is dead,\" Sen. Ray Dunne of Kansas said on Monday.");

	check(doc, quote(doc, "The bill"), "Ray Dunne", "Sen. Ray Dunne", "said");
	unit_doc_close(&u);
}

/*
 * "Lena Marsh of the Orbis institute said", "Tomas Veld of Kravo said": the
 * person before "of" and a firm speaks, also when the firm's name is one
 * word nobody knew or sits in a lower-case phrase.
 */
static void
test_person_of_firm_speaks(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u, "Economists were divided. But Lena Marsh of the Orbis institute said: "
								"\"The timing could hardly be worse.\"\n\n"
								"\"It will pass,\" Tomas Veld of Kravo said.");

	check(doc, quote(doc, "The timing"), "Lena Marsh", "Lena Marsh", "said");
	check(doc, quote(doc, "It will"), "Tomas Veld", "Tomas Veld", "said");
	unit_doc_close(&u);
}

/*
 * "said <organisation> <role> <name>", "said <owner>'s <name>", "<organisation>
 * <role>, <name>, said": the person named last speaks.
 */
static void
test_after_said_owner_and_role(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u,
								"\"Orders are falling,\" said Hallam Steel chief executive Dora Quint.\n\n"
								"\"Prices will rise,\" says Corbel Research's Milo Varga.\n\n"
								"\"We expect more,\" said Brenner Partners' Ada Lund.\n\n"
								"\"It is done,\" said Hallam Steel.\n\n"
								"\"Sales doubled,\" said Corbel president and chief executive Ivo Brandt.\n\n"
								"\"Fares will fall,\" said Skyline director of commercial planning, Rita Holm.\n\n"
								"Tarn Council chief executive, Owen Pike, said: \"The road reopens today.\"\n\n"
								"\"Rates will hold,\" said Brenner Bank senior economist Lise Horn.\n\n"
								"\"We will sell,\" warns Corbel managing director Tomas Ek.\n\n"
								"Last week Dora Quint praised comedian Ivo Lamb and called the plan \"a farce\".");

	check(doc, quote(doc, "Orders"), "Dora Quint", "Dora Quint", "said");
	check(doc, quote(doc, "Prices"), "Milo Varga", "Milo Varga", "says");
	check(doc, quote(doc, "We expect"), "Ada Lund", "Ada Lund", "said");
	check(doc, quote(doc, "It is done"), "Hallam Steel", "Hallam Steel", "said");
	check(doc, quote(doc, "Sales"), "Ivo Brandt", "Ivo Brandt", "said");
	check(doc, quote(doc, "Fares"), "Rita Holm", "Skyline director of commercial planning", "said");
	check(doc, quote(doc, "The road"), "Owen Pike", "Owen Pike", "said");
	check(doc, quote(doc, "Rates"), "Lise Horn", "Lise Horn", "said");
	check(doc, quote(doc, "We will sell"), "Tomas Ek", "Tomas Ek", "warns");
	check(doc, quote(doc, "a farce"), "Dora Quint", "Dora Quint", "praised");
	unit_doc_close(&u);
}

/* A name whose last word is a common word ("Judicial Watch") is still the speaker after the quote. */
static void
test_after_name_with_common_last_word(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u, "The ministry released the files on Monday.\n\n"
								"\"We have the emails,\" Civic Watch said.");

	check(doc, quote(doc, "We have"), "Civic Watch", "Civic Watch", "said");
	unit_doc_close(&u);
}

/*
 * The owner of a noun of speech ("description of", "assertion that",
 * "promise to") said the quoted fragment after it, whoever the clause's
 * subject is; not when somebody judges the words ("Lee's comments were").
 */
static void
test_speech_noun_owner(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u,
								"Tom Reyes rebuffed Ann Lee's description of him as a \"tired old hand\" on Monday.\n\n"
								"Bob Hill rejected Paul Okafor's claim that the bridge was \"perfectly safe\".\n\n"
								"Ann Lee repeated her promise to be \"fair to every district\" in the race.\n\n"
								"Bob Hill said Paul Okafor's comments were \"out of line\".\n\n"
								"Meanwhile \"thousands and thousands\" of people cheered the team.");

	check(doc, quote(doc, "tired"), "Ann Lee", "Ann Lee", NULL);
	check(doc, quote(doc, "perfectly"), "Paul Okafor", "Paul Okafor", NULL);
	check(doc, quote(doc, "fair"), "Ann Lee", "her", NULL);
	check(doc, quote(doc, "out of"), "Bob Hill", "Bob Hill", "said");
	assert_true(quote(doc, "thousands")->cue_text == NULL ||
				strcmp(quote(doc, "thousands")->cue_text, "cheered") != 0);
	unit_doc_close(&u);
}

/*
 * A single word that is a person's surname and the first word of an
 * organisation's longer name is the person ("Weil said" after "Ulric Weil
 * of Weil and Partners"; "Hale said" after a mention of the Hale Institute).
 */
static void
test_surname_over_firm_word(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u,
								"Sales were strong, said Ulric Weil of Weil and Partners.\n\n"
								"\"It saved the quarter,\" Weil said.\n\n"
								"Senator Ann Hale spoke at the Hale Institute on Monday.\n\n"
								"\"We will win,\" Hale said.");

	check(doc, quote(doc, "It saved"), "Ulric Weil", "Weil", "said");
	check(doc, quote(doc, "We will"), "Ann Hale", "Hale", "said");
	unit_doc_close(&u);
}

/*
 * A name that qualifies a noun ("the Nakasone cabinet") is no antecedent of
 * the next "he": the subject of the sentence before is.
 */
static void
test_modifier_is_no_antecedent(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u,
								"Paul Okafor spoke on Monday. If the vote fails, the Okafor cabinet will have to "
								"resign, Tom Sato said.\n\n"
								"\"Members will come back once a new cabinet is formed,\" he said.");

	check(doc, quote(doc, "Members"), "Tom Sato", "he", "said");
	unit_doc_close(&u);
}

/* A cue phrase after a single name is evidence of a name like a cue word: "As Kestrel put it," */
static void
test_phrase_cue_after_single_name(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u, "As Kestrel put it, \"This is the week the campaign fell apart.\"");

	check(doc, quote(doc, "This is"), "Kestrel", "Kestrel", "put it");
	unit_doc_close(&u);
}

/* A name in an opening "Like X," is not the sentence's subject: the next "he" is the subject's. */
static void
test_opening_preposition_is_no_subject(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u,
								"Paul Okafor sued Tom Reyes in 1991.\n\n"
								"Like Okafor, John Hale does not want to fight Reyes again.\n\n"
								"\"I am 76, and I am tired,\" he said.");

	check(doc, quote(doc, "I am 76"), "John Hale", "he", "said");
	unit_doc_close(&u);
}

/*
 * The object of a preposition is no subject: "in a later interview said" has
 * none of its own (the clause's subject speaks); "a source close to the
 * delegation", "an aide to a senator", "Source familiar with the plan" speak
 * through the phrase before the preposition.  A participle keeps the phrase
 * right before it, and "after the man had posted" is a clause of its own.
 */
static void
test_preposition_object_is_no_subject(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u,
								"Mara Quill ran the depot for years. She first denied the deletions, but in a later "
								"interview said she had an \"oh, no\" moment.\n\n"
								"\"There is an agreement,\" a source close to the delegation said.\n\n"
								"An aide to a senior senator said: \"That is unacceptable.\"\n\n"
								"Source familiar with the plan says the group is spending \"substantial\" funds.\n\n"
								"The visit came only after the paper's editorial telling him to \"leave the playground\" at once.\n\n"
								"A judge fined a man after the man had posted that migrants should \"burn alive\" there.");

	check(doc, quote(doc, "oh, no"), "Mara Quill", "She", "denied");
	check(doc, quote(doc, "There is"), "a source", "a source", "said");
	check(doc, quote(doc, "That is"), "An aide", "An aide", "said");
	check(doc, quote(doc, "substantial"), "Source", "Source", "says");
	check(doc, quote(doc, "leave the"), "the paper's editorial", "the paper's editorial", "telling");
	check(doc, quote(doc, "burn alive"), "the man", "the man", "posted");
	unit_doc_close(&u);
}

/* "with her campaign manager saying": the phrase after "with" speaks, not the clause's subject. */
static void
test_with_phrase_participle(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u, "Jane Okafor ran ads, with her campaign manager saying, \"She is independent.\"");

	check(doc, quote(doc, "She is"), "her campaign manager", "her campaign manager", "saying");
	unit_doc_close(&u);
}

/*
 * A quote inside a relative clause that runs on to it belongs to the
 * clause's cue: "rebuked critics who say" gives the critics (named by the
 * phrase, with "who" as the mention), not the main clause's subject;
 * "students who were told" listened, so the cue after the quote decides.
 */
static void
test_relative_clause_cue(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u,
								"President Hale rebuked critics who say that he is \"weak on crime.\"\n\n"
								"Senators who agree that the prison should close were irritated by the plan, with Sen. "
								"Jo Lamb calling it a \"Chinese menu.\"\n\n"
								"\"We are buying time,\" said one official who claimed the firms were \"fair traders\" "
								"in the market.\n\n"
								"Mara Quill said students who were told there would be no fees \"got the opposite.\"");

	check(doc, quote(doc, "weak on"), "critics", "who", "say");
	check(doc, quote(doc, "Chinese menu"), "Jo Lamb", "Sen. Jo Lamb", "calling");
	check(doc, quote(doc, "fair traders"), "one official", "who", "claimed");
	check(doc, quote(doc, "got the"), "Mara Quill", "Mara Quill", "said");
	unit_doc_close(&u);
}

/* "Analysts have discounted the claims, but have speculated that": the cue shares the first clause's subject. */
static void
test_subject_shared_after_but(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u,
								"Jo Reyes said the test had failed.\n\n"
								"Nuclear proliferation experts have discounted the claims, but have speculated that "
								"the country might boost its \"explosive yield\" by other means.");

	check(doc, quote(doc, "explosive"), "Nuclear proliferation experts", "Nuclear proliferation experts",
		  "speculated");
	unit_doc_close(&u);
}

/* An opening "Amid ...," or "Alongside ...," is no subject; nor is an adverb before the subject. */
static void
test_opening_phrase_and_adverb_before_subject(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u,
								"Amid the Harbour protests, even a party spokesman said the mayor must choose, saying, "
								"\"At some point, she is going to have to come out.\"");

	check(doc, quote(doc, "At some"), "a party spokesman", "a party spokesman", "saying");
	unit_doc_close(&u);
}

/*
 * After a possessive a cue word is a noun ("Trump's remarks"): the verb
 * before it speaks, not the owner; "McDonald's announced" is a firm and a verb.
 * So is a statement noun after a determiner and an adjective ("his angry remarks").
 */
static void
test_possessive_cue_is_a_noun(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u,
								"Paul Okafor toured the plant.\n\n"
								"The lawmaker, who represents a district, said Okafor's remarks \"have done great harm.\"\n\n"
								"McDonald's announced it would scrap its \"supersized\" meals.\n\n"
								"Okafor called the mayor a \"blowhard\" and said his angry remarks were \"propaganda\".");

	check(doc, quote(doc, "have done"), "The lawmaker", "The lawmaker", "said");
	check(doc, quote(doc, "propaganda"), "Paul Okafor", "Okafor", "said");
	check(doc, quote(doc, "supersized"), "McDonald's", "McDonald's", "announced");
	unit_doc_close(&u);
}

/* "most said", "with many saying": a quantifier that stands for people is the source. */
static void
test_quantifier_source(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u,
								"Voters in the county were worried; most said they were \"very worried.\"\n\n"
								"Anger over the war was the main reason, with many saying it was \"unjustified\".");

	check(doc, quote(doc, "very worried"), "most", "most", "said");
	check(doc, quote(doc, "unjustified"), "many", "many", "saying");
	unit_doc_close(&u);
}

/* "the 34-year-old told": an age after a determiner is a source, the person it describes. */
static void
test_age_as_source(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u,
								"Norwich have signed Charlton midfielder Graham Stuart until the end of the season.\n\n"
								"\"It was a very easy decision to make,\" the 34-year-old told the club website.");

	check(doc, quote(doc, "It was"), "Graham Stuart", "the 34-year-old", "told");
	unit_doc_close(&u);
}

/*
 * After an inverted cue a participle with its object ends the source phrase
 * ("said another official following an assessment"); "a leading trust bank"
 * is no participle phrase.
 */
static void
test_participle_ends_source_after_cue(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u,
								"\"Business goes through the banks,\" said another official following an assessment.\n\n"
								"\"It is not interesting,\" commented one delegate representing a major producer.\n\n"
								"\"We are nervous,\" said a senior dealer at a leading trust bank.");

	check(doc, quote(doc, "Business"), "another official", "another official", "said");
	check(doc, quote(doc, "It is not"), "one delegate", "one delegate", "commented");
	check(doc, quote(doc, "We are"), "a senior dealer at a leading trust bank",
		  "a senior dealer at a leading trust bank", "said");
	unit_doc_close(&u);
}

/*
 * "according to X" closing the sentence attributes a quote earlier in it
 * ("became \"agitated\" ..., according to a source"), unless the main clause
 * has a cue of its own ("Reyes said he was \"happy\" ..., according to the
 * Times": Reyes said it).
 */
static void
test_according_to_closing_sentence(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u,
								"After Paul Okafor asked about the trip, the family became \"agitated\" once the "
								"cameras were off, according to a source at the station.\n\n"
								"On Monday, Tom Reyes said he was \"happy to see\" the result, according to the Harbour Times.");

	check(doc, quote(doc, "agitated"), "a source at the station", "a source at the station", "according to");
	check(doc, quote(doc, "happy to"), "Tom Reyes", "Tom Reyes", "said");
	unit_doc_close(&u);
}

/*
 * A pronoun after a quote takes the phrase that spoke it even when the
 * lexicon does not know the phrase's noun: "a striking seaman told ... he
 * said", "the editorial said ... it added".
 */
static void
test_pronoun_to_unknown_spoken_phrase(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u,
								"\"The port is not working,\" a striking seaman told reporters.\n\n"
								"\"The marines are doing their best,\" he said.\n\n"
								"\"The tariffs should go,\" the editorial said.\n\n"
								"\"Control is still strict,\" it added.\n\n"
								"A senior official at one of four banks said the ministry would approve the deal.\n\n"
								"\"We expect the ministry to give us permission,\" he said.");

	check(doc, quote(doc, "The marines"), "a striking seaman", "he", "said");
	check(doc, quote(doc, "We expect"), "A senior official", "he", "said");
	check(doc, quote(doc, "Control"), "the editorial", "it", "added");
	unit_doc_close(&u);
}

/* "Church ministers tried to stop the concert, saying": the phrase opening the clause says it. */
static void
test_participle_takes_opening_phrase(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u, "Church ministers tried to stop the concert, saying the lyrics were \"vile\".");

	check(doc, quote(doc, "vile"), "Church ministers", "Church ministers", "saying");
	unit_doc_close(&u);
}

/* Every form of a reporting verb is a cue: slammed (slam, slams), labelled (labeled), bemoaned. */
static void
test_cue_verb_forms(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u,
								"Jane Okafor slammed the proposal as \"reprehensible\".\n\n"
								"Paul Reyes labelled the deal \"an eye-opener\".\n\n"
								"Tom Hale bemoaned a climate in which people \"hate each other\".");

	check(doc, quote(doc, "reprehensible"), "Jane Okafor", "Jane Okafor", "slammed");
	check(doc, quote(doc, "an eye"), "Paul Reyes", "Paul Reyes", "labelled");
	check(doc, quote(doc, "hate each"), "Tom Hale", "Tom Hale", "bemoaned");
	unit_doc_close(&u);
}

/*
 * A clause that opens with its verb ("but said there was no meeting planned
 * with Trump, adding:") has no subject of its own: the sentence's speaks.
 * An opening "Challenged by X on ...," is no attribution, and a speech after
 * a modal ("Americans will say \"no\"") is only one that may come when the
 * main clause reports the words.
 */
static void
test_clause_subject_and_hypothetical_speech(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u,
								"Tom Reyes won the vote.\n\n"
								"The spokesman refused to answer questions but said there was no meeting planned with "
								"Reyes, adding: \"If one is proposed we will consider it.\"\n\n"
								"Challenged by Jane Okafor on her fees, Mara Quill said that her family \"came out broke.\"\n\n"
								"Paul Hale said he expected that voters will say \"no\" to the plan.");

	check(doc, quote(doc, "If one"), "The spokesman", "The spokesman", "adding");
	check(doc, quote(doc, "came out"), "Mara Quill", "Mara Quill", "said");
	check(doc, quote(doc, "no"), "Paul Hale", "Paul Hale", "said");
	unit_doc_close(&u);
}

/*
 * A quote after an attributed quote of its paragraph continues that speaker
 * when the next sentence is a statement of its own ("She noted a planned
 * rally", "Greene added that ..."); a next sentence that ends at its cue
 * still attributes it.
 */
static void
test_continuation_before_next_sentence(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u,
								"\"There is no disadvantage,\" Jane Okafor said. \"We feel good about the areas.\" "
								"Paul Reyes noted a planned rally on Saturday.\n\n"
								"\"It is a disgrace,\" Mara Quill said. \"We will fight.\" Tom Hale said.");

	check(doc, quote(doc, "We feel"), "Jane Okafor", "Jane Okafor", NULL);
	check(doc, quote(doc, "We will"), "Tom Hale", "Tom Hale", "said");
	unit_doc_close(&u);
}

/*
 * A participle or "and <cue>" after a quote of the same sentence continues
 * that quote's speaker when nothing before it but the object of a
 * preposition could be its subject ("... on Twitter before claiming").
 */
static void
test_participle_continues_sentence_speaker(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u,
								"Tom Reyes said the ruling has \"kept us safe\" on Twitter before claiming that open "
								"borders are \"tearing families apart.\"");

	check(doc, quote(doc, "tearing"), "Tom Reyes", "Tom Reyes", "claiming");
	unit_doc_close(&u);
}

/*
 * A relative clause right after the quoted words describes them and is no
 * attribution ('a "chief trade prosecutor" who reports to the president');
 * one after it still may be ('... who has won two elections, the board writes').
 */
static void
test_relative_after_quote_is_no_attribution(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u,
								"Jane Okafor spoke on Monday. She has proposed appointing a \"chief trade prosecutor\" "
								"who reports directly to the president.\n\n"
								"Mara Quill is an \"articulate conservative\" who has won two elections, the editorial board "
								"writes.");

	check(doc, quote(doc, "chief trade"), "Jane Okafor", "She", "proposed");
	check(doc, quote(doc, "articulate"), "the editorial board", "the editorial board", "writes");
	unit_doc_close(&u);
}

/*
 * "Ortner said that he thought that \"...\"": the pronoun's cue is inside the
 * clause of a reporting verb whose subject names the same person; that name
 * is the mention, as PolNeAR marks it.
 */
static void
test_name_that_reports_over_pronoun(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u,
								"Robert Ortner spoke to traders on Monday.\n\n"
								"On the other hand, Ortner said that he thought that \"the yen is still undervalued.\"");

	check(doc, quote(doc, "the yen"), "Robert Ortner", "Ortner", "thought");
	unit_doc_close(&u);
}

/* A title in quotation marks is part of the sentence: it does not cut the window of the quote after it. */
static void
test_title_does_not_cut_the_window(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u,
								"Tom Reyes spoke first.\n\n"
								"Jane Okafor said on the show \"This Week\" that she would \"take a look\" at the bill.");

	check(doc, quote(doc, "take a look"), "Jane Okafor", "Jane Okafor", "said");
	unit_doc_close(&u);
}

/*
 * A pronoun with no named antecedent takes the phrase that spoke last: the
 * subject of a cue after "But", one with capitals in it, the phrase after
 * ", said" or "according to"; never the listener of "told".
 */
static void
test_pronoun_to_spoken_phrase(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u,
								"But a Western diplomat warned that buyers would stay away.\n\n"
								"\"Investors are not interested,\" he said.\n\n"
								"A Harbour Ministry spokeswoman said Lord Reyes and Lord Okafor agreed.\n\n"
								"\"Their dispute is narrow,\" she said.\n\n"
								"Acreage will fall in the south, a farm analyst said.\n\n"
								"\"The east will not budge,\" he said.\n\n"
								"The loans ran out within days, according to a spokeswoman.\n\n"
								"\"Everybody loves a cheap loan,\" she said.\n\n"
								"A party spokesman told the Harbour News website the calls were legal.\n\n"
								"\"It is not marketing,\" he said.");

	check(doc, quote(doc, "Investors"), "a Western diplomat", "he", "said");
	check(doc, quote(doc, "Their dispute"), "A Harbour Ministry spokeswoman", "she", "said");
	check(doc, quote(doc, "The east"), "a farm analyst", "he", "said");
	check(doc, quote(doc, "Everybody"), "a spokeswoman", "she", "said");
	check(doc, quote(doc, "It is not"), "A party spokesman", "he", "said");
	unit_doc_close(&u);
}

/* "who asked not to be named" asks for anonymity: the cue is the verb after it. */
static void
test_asked_not_to_be_named(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u,
								"\"There is a catch,\" the official, who asked not to be named, told Reuters.");

	check(doc, quote(doc, "There is"), "the official", "the official", "told");
	unit_doc_close(&u);
}

/* Wire copy writes a paragraph a sentence: the phrase that spoke two paragraphs up still counts. */
static void
test_pronoun_to_phrase_two_paragraphs_up(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u,
								"    \"We are watching the rate,\" the bank spokesman said.\n"
								"    He said higher rates drew money from abroad.\n"
								"    \"At least 800 mln dlrs is foreign money,\" he said.\n");

	check(doc, quote(doc, "At least"), "the bank spokesman", "he", "said");
	unit_doc_close(&u);
}

/* First names tell a pronoun's gender: "she" is Stella, not Maurice. */
static void
test_first_names_give_gender(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u,
								"Maurice Hale met Stella Okafor on Monday.\n\n"
								"\"We agreed on nothing,\" she said.");

	check(doc, quote(doc, "We agreed"), "Stella Okafor", "she", "said");
	unit_doc_close(&u);
}

/*
 * A surname that is a common word ("Will", "May", "Story") names its bearer
 * inside a sentence once the full name was seen: "\"...,\" Will wrote."
 */
static void
test_common_word_surname(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u,
								"Columnist George Will wrote about the race on Monday.\n\n"
								"\"The campaign is a farce,\" Will wrote.\n\n"
								"Analyst Ian Story was gloomy. \"Oil is too cheap,\" Story said.");

	check(doc, quote(doc, "The campaign"), "George Will", "Will", "wrote");
	check(doc, quote(doc, "Oil is"), "Ian Story", "Story", "said");
	unit_doc_close(&u);
}

/* "quoted X as saying": X said it, whoever quoted; a plan quoted "as saying" is no speaker. */
static void
test_quoted_as_saying(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u,
								"The statement quoted Harbour Motors chairman Tom Reyes as saying, \"We welcome the deal.\"\n\n"
								"The company quoted its president, Ann Lee, as saying that sales were \"very strong\".\n\n"
								"Minister Paul Okafor quoted his party's plan as saying: \"We will build homes.\"");

	check(doc, quote(doc, "We welcome"), "Tom Reyes", NULL, "saying");
	check(doc, quote(doc, "very strong"), "Ann Lee", NULL, "quoted");
	check(doc, quote(doc, "We will build"), "Paul Okafor", NULL, "saying");
	unit_doc_close(&u);
}

/*
 * '"...?" Miller, a retired worker, said': after a question the name and its
 * aside attribute it; after a full stop such a sentence opens the next
 * speaker's words.
 */
static void
test_question_then_name_with_aside(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u,
								"Eva Miller and Gloria Major work the phones.\n\n"
								"\"How are you today?\" Miller, a retired worker, said into the phone.\n\n"
								"\"Rates will rise,\" said Kyle Cooper. \"We are not there yet.\" John Person, an analyst, said "
								"prices would fall.");

	check(doc, quote(doc, "How are"), "Eva Miller", "Miller", "said");
	check(doc, quote(doc, "We are not"), "Kyle Cooper", NULL, NULL);
	unit_doc_close(&u);
}

/*
 * A modal or a negated auxiliary between the subject and the cue, with either
 * apostrophe: "he won’t agree to a ... hearing", "Park can’t repeat", "Kerr might warn".
 */
static void
test_modal_before_cue(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u,
								"Senate leader Tom Hale met Judge Ruth Dunn on Monday, but only to tell her that he won\u2019t "
								"agree to a \"routine\" hearing.\n\n"
								"Mayor Ida Kerr spoke first. Lee Park can\u2019t repeat \"never again\" every year, and Kerr "
								"might warn that \"it is a farce\".");

	check(doc, quote(doc, "routine"), "Tom Hale", "he", "agree");
	check(doc, quote(doc, "never again"), "Lee Park", "Lee Park", "repeat");
	check(doc, quote(doc, "it is a farce"), "Ida Kerr", "Kerr", "warn");
	unit_doc_close(&u);
}

/*
 * A source phrase keeps its modifiers that are also function-like words
 * ("campaign", "new", "second"); a phrase headed by a participle before "with"
 * is no subject ("his hours tinkering with this new thing called ...").
 */
static void
test_phrase_keeps_modifiers(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u,
								"Rita Vance\u2019s campaign manager said the crowd was \"huge\". The second source said "
								"it was \"small\".\n\n"
								"Mr Oduya is a radio host. He spent his hours tinkering with this new thing called the web. "
								"\"At one point I was hooked.\"");

	check(doc, quote(doc, "huge"), "Rita Vance\u2019s campaign manager", "Rita Vance\u2019s campaign manager", "said");
	check(doc, quote(doc, "small"), "The second source", "The second source", "said");
	check(doc, quote(doc, "At one point"), "Oduya", "He", NULL);
	unit_doc_close(&u);
}

/*
 * An owner stands for the determiner of a role: "Norland's justice minister
 * warned" is a source; "Elm Corp's common dividend" is none.
 */
static void
test_owner_of_role_is_source(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u,
								"Norland's justice minister warned that thieves would be hit \"where it hurts most\".\n\n"
								"Norland's first minister has told pupils it is fine \"once in a while\".\n\n"
								"Elm Corp's common dividend resumed at \"a higher rate\".");

	check(doc, quote(doc, "where it"), "Norland's justice minister", "Norland's justice minister", "warned");
	check(doc, quote(doc, "once in"), "Norland's first minister", "Norland's first minister", "told");
	assert_true(quote(doc, "a higher")->cue_text == NULL);
	unit_doc_close(&u);
}

/* "MPs", "MEPs", "MSPs": plural titles in capitals are source nouns ("..., pro-hunt MPs say."). */
static void
test_plural_title_abbreviation(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u,
								"The new rule is \"so badly drafted\" nobody can apply it, rural MPs say.");

	check(doc, quote(doc, "so badly"), "rural MPs", "rural MPs", "say");
	unit_doc_close(&u);
}

/*
 * "X after the debate said": the subject before the phrase; "critics after
 * the ministry announced": the phrase is a clause with its own subject.
 */
static void
test_after_clause_has_own_subject(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u,
								"Ann Hale apologised to critics after the ministry announced \"savings\" too early.\n\n"
								"Omar Reed spoke first. Reed after the debate said it was \"rigged\".");

	check(doc, quote(doc, "savings"), "the ministry", "the ministry", "announced");
	check(doc, quote(doc, "rigged"), "Omar Reed", "Reed", "said");
	unit_doc_close(&u);
}

/*
 * "a message that said", "an email from X which said": the noun phrase a
 * relative pronoun stands for (or the author of the statement); a quantity
 * with "about" opens a subject ("About 200 protesters gathered, chanting").
 */
static void
test_relative_pronoun_antecedent(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u,
								"The page showed a message that said, \"Sorry, the item is gone.\"\n\n"
								"She got an email from Mr Ivo Banks which said the firm had \"misled\" investors.\n\n"
								"The office has received documents which describe \"long delays\".\n\n"
								"About 200 protesters gathered outside, holding signs and chanting \"Close the mine.\"");

	check(doc, quote(doc, "Sorry"), "a message", "a message", "said");
	check(doc, quote(doc, "misled"), "Ivo Banks", NULL, "said");
	check(doc, quote(doc, "long delays"), "documents", "documents", "describe");
	check(doc, quote(doc, "Close the"), "About 200 protesters", "About 200 protesters", "chanting");
	unit_doc_close(&u);
}

/* '"..." a senior official commented.': an attribution after a quote whose comma was left out. */
static void
test_missing_comma_before_attribution(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u,
								"\"The gap in the rules is closed\" a senior trade official commented.\n\n"
								"Rates would \"fall sharply\" a senior economist at the bank said.");

	check(doc, quote(doc, "The gap"), "a senior trade official", "a senior trade official", "commented");
	check(doc, quote(doc, "fall sharply"), "a senior economist", NULL, "said");
	unit_doc_close(&u);
}

/*
 * "When someone in the hall shouted, \"...,\" Lowe laughed": the quote is the
 * opening clause's, whose cue comes right before it; "someone", "everyone"
 * speak and are nobody's name.
 */
static void
test_quote_in_opening_clause(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u,
								"Ada Lowe took questions. When someone in the hall shouted, \"Resign,\" Lowe laughed.\n\n"
								"When asked about the vote, \"No comment,\" Lowe said.\n\n"
								"Someone shouted \"liar\" at her.");

	check(doc, quote(doc, "Resign"), "someone", "someone", "shouted");
	check(doc, quote(doc, "No comment"), "Ada Lowe", "Lowe", "said");
	check(doc, quote(doc, "liar"), "Someone", "Someone", "shouted");
	assert_int_equal(quote(doc, "liar")->speaker_kind, NE_ENT_OTHER);
	unit_doc_close(&u);
}

/*
 * Plural nouns for people in the stands, shops and pews head source phrases
 * ("Kelby College fans chanted"); a relative clause after a quote inside a
 * phrase is no attribution ('lend to "more daring" firms that promised').
 */
static void
test_people_plurals_and_relative_after_quote(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u,
								"Kelby College fans also chanted, \"Go home,\" at the end.\n\n"
								"Ames Trust said it had lent to \"more daring\" borrowers that promised high returns.");

	check(doc, quote(doc, "Go home"), "Kelby College fans", "Kelby College fans", "chanted");
	assert_true(quote(doc, "more daring")->cue_text == NULL ||
				strcmp(quote(doc, "more daring")->cue_text, "promised") != 0);
	unit_doc_close(&u);
}

/*
 * A quote after "that" is the nearest verb cue's before it, not the first
 * cue of the sentence: "Ames tweeted after Lee argued for the second time
 * that \"...\"" is Lee's; "when results were announced that" is passive.
 */
static void
test_nearest_cue_before_that(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u,
								"Tom Ames tweeted after Rosa Lee argued for the second time that \"nobody voted for this\".\n\n"
								"Dan Ruiz said the premier, Ivo Kral, told him by phone on Monday that \"trade comes first\".\n\n"
								"Ruiz repeated his view when results were announced last week that \"costs must fall\".");

	check(doc, quote(doc, "nobody voted"), "Rosa Lee", "Rosa Lee", "argued");
	check(doc, quote(doc, "trade comes"), "Ivo Kral", NULL, "told");
	check(doc, quote(doc, "costs must"), "Dan Ruiz", "Ruiz", "repeated");
	unit_doc_close(&u);
}

/*
 * The object of "for" is no subject: "with Ray Hale tweeting that it was a
 * \"disaster\" for Ann Pike and asking, \"...\"" goes on with Hale.
 */
static void
test_object_of_for_is_no_subject(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u,
								"Critics were quick to pile on, with Ray Hale tweeting that the vote was a \"disaster\" for "
								"Ann Pike and asking, \"How can anyone trust her now?\"");

	check(doc, quote(doc, "disaster"), "Ray Hale", NULL, "tweeting");
	check(doc, quote(doc, "How can"), "Ray Hale", NULL, "asking");
	unit_doc_close(&u);
}

/*
 * ", saying" after a name in apposition to an object is the clause subject's
 * ("criticized his rival, Ann Doe, saying"); after the subject's own
 * apposition it is the name's ("The firm's chief, Jo Park, saying").
 */
static void
test_participle_after_object_apposition(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u,
								"Tom Gale criticized his rival, Ann Doe, saying \"she is weak\".\n\n"
								"The firm's chief, Ed Moss, saying \"we are strong\", left early.");

	check(doc, quote(doc, "she is weak"), "Tom Gale", "Tom Gale", "saying");
	check(doc, quote(doc, "we are strong"), "Ed Moss", "Ed Moss", "saying");
	unit_doc_close(&u);
}

/*
 * A pronoun after a new source that opens the sentence before it is that
 * source's, not the person named earlier ("A Treasury spokeswoman declined
 * to comment. \"...,\" she said"); the phrase keeps what it speaks for.
 */
static void
test_pronoun_after_new_source(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u,
								"Minister Rachel Moore said the budget was \"tough\". A Treasury spokeswoman declined to "
								"comment. \"We do not comment on leaks,\" she said.\n\n"
								"Harbour Air won the order. Its chairman Tom Reyes called it \"a coup\". A spokesman for "
								"Harbour Air confirmed the terms. \"We will own the aircraft,\" he said.");
	const ne_quote *q = quote(doc, "We will own");

	check(doc, quote(doc, "We do not"), "A Treasury spokeswoman", "she", "said");
	assert_non_null(q->speaker_name);
	assert_non_null(strstr(q->speaker_name, "Harbour Air"));
	assert_span_text(doc, q->speaker_span, "he");
	unit_doc_close(&u);
}

/*
 * After a cue, an owner's role and the name after it: the name speaks
 * ("said Diaz's deputy, Amy Cole", "said the Tribune's executive producer
 * Marc Lane"); with no name, the phrase does ("said Diaz's deputy").
 */
static void
test_owner_role_then_name_after_cue(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u,
								"Ron Diaz spoke first. \"It's a start,\" said Diaz's deputy, Amy Cole.\n\n"
								"\"We wait,\" said the Tribune's executive producer Marc Lane.\n\n"
								"\"No comment,\" said Diaz's spokesman.");

	check(doc, quote(doc, "It's a start"), "Amy Cole", "Amy Cole", "said");
	check(doc, quote(doc, "We wait"), "Marc Lane", "Marc Lane", "said");
	check(doc, quote(doc, "No comment"), "Diaz's spokesman", "Diaz's spokesman", "said");
	unit_doc_close(&u);
}

/*
 * "they" for a plural phrase with no determiner that opened the sentence
 * before ("Greenpeace activists climbed ... They said"), as for "The activists".
 */
static void
test_they_for_bare_plural_subject(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u,
								"Harbourton activists climbed the chimney on Monday. They said they wanted to show \"the "
								"madness of coal\".");

	check(doc, quote(doc, "the madness"), "Harbourton activists", "They", "said");
	unit_doc_close(&u);
	doc = attrib_of(&u, "Riot police moved in at dawn. They said the camp was \"unsafe\".");
	check(doc, quote(doc, "unsafe"), "Riot police", "They", "said");
	unit_doc_close(&u);
}

/*
 * A closing attribution with a role, maybe with its firm, between the comma
 * and the name: '..., Harbour Group spokesman Neil Sroka said.'
 */
static void
test_closing_attribution_with_role(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u,
								"Ann Vale endorsed the plan. The endorsements will carry \"a great deal of weight\" and "
								"help candidates win, Harbour Group spokesman Neil Sroka said.");

	check(doc, quote(doc, "a great deal"), "Neil Sroka", "Neil Sroka", "said");
	unit_doc_close(&u);
}

/*
 * The statement that is a cue's subject names its author by itself too:
 * "Mayor Ann Vale released a statement that said", "Mr Dole's statement said".
 */
static void
test_statement_names_its_author(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u,
								"Mayor Ann Vale released a statement that said, \"We will rebuild.\"\n\n"
								"Paul Dole resigned on Monday. \"I apologise to all,\" Mr Dole's statement said.");

	check(doc, quote(doc, "We will rebuild"), "Ann Vale", NULL, "said");
	check(doc, quote(doc, "I apologise"), "Paul Dole", NULL, "said");
	unit_doc_close(&u);
}

/*
 * "it" for a body that spoke or opened the sentence before, not the firm
 * named further back: "The US government denied the claims ... In a
 * statement, it said", "the central bank said ... It said".
 */
static void
test_it_for_body_subject(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u,
								"Home Secretary Ann Vale told Harbour Radio: \"I am not ordering an inquiry.\" The US "
								"government denied the claims on Monday. In a statement, it said: \"We do not torture.\"\n\n"
								"Last week the central bank said it would buy fewer dollars. It said the move was needed "
								"because of \"distortions\" in the market.");

	check(doc, quote(doc, "We do not torture"), "The US government", "it", "said");
	check(doc, quote(doc, "distortions"), "the central bank", "It", "said");
	unit_doc_close(&u);
}

/*
 * A plural noun phrase opening the sentence before a cue that agrees with it
 * is its subject ("Corporate lobbyists describe such work as"); not "Multiple
 * news reports say", whose cue word is a noun.
 */
static void
test_plural_subject_opening_sentence(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u,
								"Corporate lobbyists describe such work as \"a different cup of tea\".\n\n"
								"Multiple news reports say the deal was \"in trouble\".");
	const ne_quote *q = quote(doc, "in trouble");

	check(doc, quote(doc, "a different"), "Corporate lobbyists", "Corporate lobbyists", "describe");
	assert_true(q->speaker_name == NULL || strcmp(q->speaker_name, "Multiple news") != 0);
	unit_doc_close(&u);
}

/*
 * A pronoun for a phrase whose head follows an organisation's name of several
 * words: "A Department for Work and Pensions spokeswoman confirmed ...
 * \"...,\" she said".
 */
static void
test_pronoun_for_phrase_with_long_name(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u,
								"A Department for Work and Pensions spokeswoman confirmed the post was open. \"No date "
								"was ever given,\" she said.");

	check(doc, quote(doc, "No date"), "A Department for Work and Pensions spokeswoman", "she", "said");
	unit_doc_close(&u);
}

/* After a cue, an owner's pronoun, roles and a name: the name speaks ("said his friend and co-star Ann Lowe"). */
static void
test_pronoun_owner_role_then_name(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u,
								"The actor died on Sunday, his agent said. \"He was a true gentleman,\" said his friend and "
								"co-star Ann Lowe.");

	check(doc, quote(doc, "He was"), "Ann Lowe", "Ann Lowe", "said");
	unit_doc_close(&u);
}

/*
 * A first name alone introduced as a person is one, whom a pronoun then
 * finds: "Her husband, Luis, ..." / "Jane, who runs the site, ..." / "Ann, 34,".
 */
static void
test_first_name_introduced(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u,
								"Her husband, Luis, handled the books. \"We lived on rice,\" he says.\n\n"
								"Jane, who runs the website, compiles the stories. \"I am convinced,\" she said.");

	check(doc, quote(doc, "We lived"), "Luis", "he", "says");
	check(doc, quote(doc, "I am convinced"), "Jane", "she", "said");
	unit_doc_close(&u);
}

/* A surname with two asides before the cue is a person who speaks: '"...," Smith, 45, a teacher from Ohio, told'. */
static void
test_two_asides_before_cue(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u, "\"It was a good day,\" Smith, 45, a teacher from Ohio, told the Daily Star.");

	check(doc, quote(doc, "It was a good"), "Smith", "Smith", "told");
	unit_doc_close(&u);
}

/* Words for an amount said ("said nothing", "said little else") are no source. */
static void
test_amount_said_is_no_source(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u,
								"\"No,\" said nothing.\n\n"
								"\"It was a hard year,\" said little else.");

	check(doc, quote(doc, "No,"), NULL, NULL, NULL);
	check(doc, quote(doc, "It was a hard"), NULL, NULL, NULL);
	unit_doc_close(&u);
}

/*
 * A role with "a", "another" or "one", or one that asks not to be named, is
 * somebody new: no title links it to the person titled so before.
 */
static void
test_new_or_anonymous_role_is_nobody_named(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u,
								"Analyst James Voytko said the shares were cheap.\n\n"
								"\"It will survive,\" said another analyst.\n\n"
								"\"It is hard to call,\" said the analyst, who asked not to be named.\n\n"
								"\"Buy,\" said one analyst.\n\n"
								"\"Sell,\" the analyst said.");

	check(doc, quote(doc, "It will survive"), "another analyst", "another analyst", "said");
	check(doc, quote(doc, "It is hard"), "the analyst", "the analyst", "said");
	check(doc, quote(doc, "Buy"), "one analyst", "one analyst", "said");
	check(doc, quote(doc, "Sell"), "James Voytko", "the analyst", "said");
	unit_doc_close(&u);
}

/*
 * "he said" after a sentence that a description reports ("..., the Tory
 * leader said."): the description's person speaks again, not the one named
 * in what he reported.
 */
static void
test_pronoun_after_described_speaker(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u,
								"Tory leader Michael Howard spoke in London.\n\n"
								"Mr Brown's budget was \"all about the Labour party,\" the Tory leader said. "
								"\"It is a dodgy budget,\" he said.");

	check(doc, quote(doc, "all about"), "Michael Howard", "the Tory leader", "said");
	check(doc, quote(doc, "It is a dodgy"), "Michael Howard", "he", "said");
	unit_doc_close(&u);
}

/* "the minister" is not the Deputy prime minister, nor "the mayor" the deputy mayor; "the deputy mayor" is. */
static void
test_role_without_modifier_skips_deputies(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u,
								"Deputy mayor Nicky Gavron opened the debate.\n\n"
								"\"It is a disgrace,\" the mayor said.\n\n"
								"\"It is not,\" the deputy mayor said.");

	check(doc, quote(doc, "It is a disgrace"), "the mayor", "the mayor", "said");
	check(doc, quote(doc, "It is not"), "Nicky Gavron", "the deputy mayor", "said");
	unit_doc_close(&u);
}

/* Many quotes of a described speaker, each followed by "he said", are attributed in linear time, all to him. */
static void
test_described_speaker_repeated(void **state)
{
	size_t		reps = 20000;
	char	   *s = unit_repeat("Tory leader Michael Howard spoke.\n\n",
								"\"Point,\" the Tory leader said. \"More,\" he said.\n\n", reps);
	unit_doc	u;
	ne_doc	   *doc;

	doc = attrib_of(&u, s);
	assert_int_equal(doc->nquotes, (int32_t) (2 * reps));
	check(doc, &doc->quotes[doc->nquotes - 1], "Michael Howard", "he", "said");
	check(doc, &doc->quotes[doc->nquotes - 2], "Michael Howard", "the Tory leader", "said");
	unit_doc_close(&u);
	free(s);
}

/* "and" between two modifiers of one noun stays in the source phrase, before or after the quote. */
static void
test_and_inside_source_phrase(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u,
								"There was an \"absolute crisis\" in recruitment, the science and technology committee said.\n\n"
								"The trade and industry secretary said it was \"a good deal\".\n\n"
								"\"It is fine,\" workers and managers said.\n\n"
								"The memo falls short of a ban on the practice and instead calls for \"reform\".");

	check(doc, quote(doc, "absolute crisis"), "the science and technology committee",
		  "the science and technology committee", "said");
	check(doc, quote(doc, "a good deal"), "The trade and industry secretary", "The trade and industry secretary", "said");
	check(doc, quote(doc, "It is fine"), "managers", "managers", "said");
	assert_true(quote(doc, "reform")->speaker_name == NULL || strstr(quote(doc, "reform")->speaker_name, "ban") == NULL);
	unit_doc_close(&u);
}

/*
 * A reporting verb that opens a sentence and a name is the name's ("Ask
 * Jeeves added"); one before a title and a name is the inverted cue, no
 * part of the name or its title ("Said Future Computing analyst Joe Cross,").
 */
static void
test_opening_verb_name_or_cue(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u,
								"Ask Jeeves added a way to \"save\" websites.\n\n"
								"Said Future Computing analyst Joe Cross, \"That is some indication.\"");
	const ne_entity *en = unit_entity(doc, "Joe Cross");

	check(doc, quote(doc, "save"), "Ask Jeeves", "Ask Jeeves", "added");
	check(doc, quote(doc, "That is some"), "Joe Cross", "Joe Cross", "Said");
	assert_non_null(en);
	assert_string_equal(en->title, "Future Computing analyst");
	assert_null(unit_entity(doc, "Said Future Computing"));
	unit_doc_close(&u);
}

/* After a cue, a firm's name with "and" in it, a role and a name: the person speaks ("said Gulf and Western chairman Martin Davis"). */
static void
test_person_after_firm_with_and(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u,
								"Gulf and Western Inc named Hugh Liedtke to its board.\n\n"
								"\"Mr Liedtke is an outstanding addition,\" said Gulf and Western chairman Martin Davis.");

	check(doc, quote(doc, "Mr Liedtke is"), "Martin Davis", "Martin Davis", "said");
	unit_doc_close(&u);
}

/* "top" stays in a source phrase as ordinals do ("Clinton's top aide said", "a top aide said"). */
static void
test_top_in_source_phrase(void **state)
{
	unit_doc	u;
	ne_doc	   *doc = attrib_of(&u,
								"Clinton's top aide said: \"We have to be ready.\"\n\n"
								"\"It is close,\" a top Iranian military official said.");

	check(doc, quote(doc, "We have to"), "Clinton's top aide", "Clinton's top aide", "said");
	check(doc, quote(doc, "It is close"), "a top Iranian military official", "a top Iranian military official", "said");
	unit_doc_close(&u);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_after_name_said),
		cmocka_unit_test(test_surname_with_age),
		cmocka_unit_test(test_asides_after_comma),
		cmocka_unit_test(test_closing_clause_far_from_quote),
		cmocka_unit_test(test_apposition_roles),
		cmocka_unit_test(test_apposition_roles_without_the),
		cmocka_unit_test(test_person_of_firm),
		cmocka_unit_test(test_org_inside_description),
		cmocka_unit_test(test_man_from_a_place),
		cmocka_unit_test(test_name_before_role_is_no_subject),
		cmocka_unit_test(test_trailing_pronoun_is_not_the_reported),
		cmocka_unit_test(test_participle_of_subordinate_clause),
		cmocka_unit_test(test_dateline_is_no_subject),
		cmocka_unit_test(test_pronoun_for_qualified_phrase),
		cmocka_unit_test(test_source_over_phrases),
		cmocka_unit_test(test_role_phrase_subject),
		cmocka_unit_test(test_it_takes_the_subject_firm),
		cmocka_unit_test(test_after_said_name),
		cmocka_unit_test(test_after_name_with_common_last_word),
		cmocka_unit_test(test_after_said_owner_and_role),
		cmocka_unit_test(test_before),
		cmocka_unit_test(test_split_quote),
		cmocka_unit_test(test_told_paper),
		cmocka_unit_test(test_according_to),
		cmocka_unit_test(test_trailing_according_to),
		cmocka_unit_test(test_in_a_statement),
		cmocka_unit_test(test_posted_colon),
		cmocka_unit_test(test_dash),
		cmocka_unit_test(test_colon_paragraph),
		cmocka_unit_test(test_apposition),
		cmocka_unit_test(test_cue_in_previous_paragraph),
		cmocka_unit_test(test_continuation),
		cmocka_unit_test(test_pronoun),
		cmocka_unit_test(test_pronoun_gender),
		cmocka_unit_test(test_pronoun_for_phrase),
		cmocka_unit_test(test_ly_nouns),
		cmocka_unit_test(test_source_before_phrases),
		cmocka_unit_test(test_relative_after_name),
		cmocka_unit_test(test_compound_role),
		cmocka_unit_test(test_organisation_noun),
		cmocka_unit_test(test_owner_pronoun_organisation),
		cmocka_unit_test(test_sign_reading),
		cmocka_unit_test(test_government_description),
		cmocka_unit_test(test_abbreviation_before_cue),
		cmocka_unit_test(test_who_in_parentheses),
		cmocka_unit_test(test_age_description),
		cmocka_unit_test(test_to_verb_after_quote),
		cmocka_unit_test(test_the_organisation_before_relative),
		cmocka_unit_test(test_accented_first_name_gender),
		cmocka_unit_test(test_nominal_other),
		cmocka_unit_test(test_nominal_title),
		cmocka_unit_test(test_statement_author),
		cmocka_unit_test(test_terms_have_no_speaker),
		cmocka_unit_test(test_uncommon_cue),
		cmocka_unit_test(test_once_and_empty),
		cmocka_unit_test(test_previous_sentence),
		cmocka_unit_test(test_second_quote_in_sentence),
		cmocka_unit_test(test_whom_aside),
		cmocka_unit_test(test_with_participle),
		cmocka_unit_test(test_clause_after_is_no_attribution),
		cmocka_unit_test(test_first_person),
		cmocka_unit_test(test_own_clause),
		cmocka_unit_test(test_definite_description),
		cmocka_unit_test(test_description_by_title_and_org),
		cmocka_unit_test(test_description_someone_else),
		cmocka_unit_test(test_description_after_new_subject),
		cmocka_unit_test(test_indefinite_with_apposition),
		cmocka_unit_test(test_person_of_place_speaks),
		cmocka_unit_test(test_person_of_firm_speaks),
		cmocka_unit_test(test_closed_relative_clause),
		cmocka_unit_test(test_opening_clauses),
		cmocka_unit_test(test_cue_noun),
		cmocka_unit_test(test_apposed_name_and_passive_agent),
		cmocka_unit_test(test_phrase_then_name),
		cmocka_unit_test(test_quantity_and_clause_subjects),
		cmocka_unit_test(test_fragment_after_other_name),
		cmocka_unit_test(test_speech_noun_owner),
		cmocka_unit_test(test_surname_over_firm_word),
		cmocka_unit_test(test_modifier_is_no_antecedent),
		cmocka_unit_test(test_phrase_cue_after_single_name),
		cmocka_unit_test(test_opening_preposition_is_no_subject),
		cmocka_unit_test(test_pronoun_to_spoken_phrase),
		cmocka_unit_test(test_asked_not_to_be_named),
		cmocka_unit_test(test_pronoun_to_phrase_two_paragraphs_up),
		cmocka_unit_test(test_first_names_give_gender),
		cmocka_unit_test(test_common_word_surname),
		cmocka_unit_test(test_quoted_as_saying),
		cmocka_unit_test(test_question_then_name_with_aside),
		cmocka_unit_test(test_preposition_object_is_no_subject),
		cmocka_unit_test(test_with_phrase_participle),
		cmocka_unit_test(test_relative_clause_cue),
		cmocka_unit_test(test_subject_shared_after_but),
		cmocka_unit_test(test_opening_phrase_and_adverb_before_subject),
		cmocka_unit_test(test_possessive_cue_is_a_noun),
		cmocka_unit_test(test_quantifier_source),
		cmocka_unit_test(test_age_as_source),
		cmocka_unit_test(test_modal_before_cue),
		cmocka_unit_test(test_phrase_keeps_modifiers),
		cmocka_unit_test(test_owner_of_role_is_source),
		cmocka_unit_test(test_plural_title_abbreviation),
		cmocka_unit_test(test_after_clause_has_own_subject),
		cmocka_unit_test(test_relative_pronoun_antecedent),
		cmocka_unit_test(test_missing_comma_before_attribution),
		cmocka_unit_test(test_quote_in_opening_clause),
		cmocka_unit_test(test_people_plurals_and_relative_after_quote),
		cmocka_unit_test(test_nearest_cue_before_that),
		cmocka_unit_test(test_object_of_for_is_no_subject),
		cmocka_unit_test(test_participle_after_object_apposition),
		cmocka_unit_test(test_pronoun_after_new_source),
		cmocka_unit_test(test_owner_role_then_name_after_cue),
		cmocka_unit_test(test_they_for_bare_plural_subject),
		cmocka_unit_test(test_closing_attribution_with_role),
		cmocka_unit_test(test_statement_names_its_author),
		cmocka_unit_test(test_it_for_body_subject),
		cmocka_unit_test(test_plural_subject_opening_sentence),
		cmocka_unit_test(test_pronoun_for_phrase_with_long_name),
		cmocka_unit_test(test_pronoun_owner_role_then_name),
		cmocka_unit_test(test_first_name_introduced),
		cmocka_unit_test(test_two_asides_before_cue),
		cmocka_unit_test(test_participle_ends_source_after_cue),
		cmocka_unit_test(test_according_to_closing_sentence),
		cmocka_unit_test(test_pronoun_to_unknown_spoken_phrase),
		cmocka_unit_test(test_participle_takes_opening_phrase),
		cmocka_unit_test(test_cue_verb_forms),
		cmocka_unit_test(test_clause_subject_and_hypothetical_speech),
		cmocka_unit_test(test_continuation_before_next_sentence),
		cmocka_unit_test(test_participle_continues_sentence_speaker),
		cmocka_unit_test(test_relative_after_quote_is_no_attribution),
		cmocka_unit_test(test_name_that_reports_over_pronoun),
		cmocka_unit_test(test_title_does_not_cut_the_window),
		cmocka_unit_test(test_amount_said_is_no_source),
		cmocka_unit_test(test_top_in_source_phrase),
		cmocka_unit_test(test_person_after_firm_with_and),
		cmocka_unit_test(test_opening_verb_name_or_cue),
		cmocka_unit_test(test_and_inside_source_phrase),
		cmocka_unit_test(test_described_speaker_repeated),
		cmocka_unit_test(test_role_without_modifier_skips_deputies),
		cmocka_unit_test(test_pronoun_after_described_speaker),
		cmocka_unit_test(test_new_or_anonymous_role_is_nobody_named),
	};

	return cmocka_run_group_tests_name("attrib", tests, NULL, NULL);
}
