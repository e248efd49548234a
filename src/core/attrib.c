/*
 * attrib.c -- who said each quote, and with which cue.
 *
 * For each quote that is not a term the stages below are tried in order;
 * the first that yields a source wins:
 *   1. after the quote, in the same sentence: "...," Sessions said /
 *      said Sen. Al Franken, D-Minn. / he told The Post / according to X /
 *      the statement read / "..." -X
 *   2. before the quote, in the same sentence: Sessions said: "..." /
 *      Pelosi said in a statement, "..." / Trump called it "a disaster"
 *   3. a colon introduction ending the previous paragraph (And from X:)
 *   4. the next sentence when it is only "X said."
 *   5. the neighbouring quote's speaker in the same paragraph, or in the
 *      previous paragraph when this one opens with the quote
 *   6. the subject of the quote's sentence; the nearest earlier speaker.
 * A source is a name mention (resolved to its entity), a pronoun (linked
 * by names.c), "who" (the name before it), or a noun phrase: statements
 * are linked to "a statement from X" / "X said in a statement", titles
 * ("the spokesperson") to the person with that title, organisation nouns
 * ("the department") to the organisation; otherwise the phrase itself.
 */
#include "attrib.h"
#include "lexicon.h"
#include "names.h"
#include "text.h"

#include <string.h>
#include <strings.h>

#define W NE_ATTRIB_WINDOW

/* A speaker found for a quote. */
typedef struct source
{
	ne_span		span;
	int32_t		entity;
	int32_t		mention;		/* mention index, or -1 */
	ne_entity_kind kind;
	const char *name;
	ne_span		cue;
	const char *cue_text;
	float		conf;
	ne_attrib_how how;
	bool		inferred;		/* a description resolved to an entity by salience: lower confidence */
	int32_t		head;			/* the head word of a phrase that names no entity (the minister), or -1 */
} source;

/* Turns a copied source into a continuation: no cue of its own, confidence conf. */
static inline void
as_continuation(source *s, float conf)
{
	s->how = NE_HOW_CONTINUES;
	s->conf = conf;
	s->cue = NE_NO_SPAN;
	s->cue_text = NULL;
}

typedef struct attrib_state
{
	ne_doc	   *doc;
	ne_names   *nm;
	source	   *src;			/* per quote */
	int32_t    *t_open;			/* per quote: token of the opening mark (or first token) */
	int32_t    *t_close;		/* per quote: token of the closing mark (or last token) */
	int32_t		prev_spoken;	/* the last quote before cur_q that is no term, or -1 (attribute_one) */
	int32_t		cur_q;			/* the quote being attributed */
} attrib_state;

/* ------------------------------------------------------------- helpers */

#define TS(doc, t) ((doc)->text + (doc)->tokens[t].start)
#define TL(doc, t) ((doc)->tokens[t].end - (doc)->tokens[t].start)

/* Lexicon flags of token t (words only). */
static inline uint32_t
lx(const ne_doc *doc, int32_t t)
{
	if (t < 0 || t >= doc->ntokens || doc->tokens[t].kind != NE_TOK_WORD || TL(doc, t) > 20)
		return 0;
	return ne_lex_flags(TS(doc, t), TL(doc, t));
}

/* Is token t the single ASCII character c (not a quotation mark)? */
static inline bool
is_ch(const ne_doc *doc, int32_t t, char c)
{
	return t >= 0 && t < doc->ntokens && doc->tokens[t].kind == NE_TOK_PUNCT &&
		TL(doc, t) == 1 && doc->text[doc->tokens[t].start] == c;
}

/* Is token t a dash (- -- – —)? */
static inline bool
is_dash(const ne_doc *doc, int32_t t)
{
	int32_t		n;

	if (t < 0 || t >= doc->ntokens || doc->tokens[t].kind != NE_TOK_PUNCT)
		return false;
	return ne_is_dash(ne_decode(doc->text, doc->len, doc->tokens[t].start, &n));
}

/* Is token t a word equal to w (ASCII case ignored)? */
static NE_ALWAYS_INLINE bool
is_word(const ne_doc *doc, int32_t t, const char *w)
{
	return t >= 0 && t < doc->ntokens && doc->tokens[t].kind == NE_TOK_WORD && ne_lex_word_is(TS(doc, t), TL(doc, t), w);
}

/* Is token t a word, one of the static array words? */
#define IS_WORD_IN(doc, t, words) \
	((t) >= 0 && (t) < (doc)->ntokens && (doc)->tokens[(t)].kind == NE_TOK_WORD && \
	 NE_LEX_WORD_IN(TS((doc), (t)), TL((doc), (t)), (words)))

/* Determiners of a phrase that brings in someone not named before ("another analyst said", "a farm analyst said"). */
static const char *const new_person_dets[] = {"a", "an", "another", "one"};

/* Pronouns that own a noun phrase's head: "his office", "their campaign". */
static const char *const owner_pronouns[] = {"his", "her", "their"};

/* Is token t lower case at its first letter? */
static inline bool
is_lower_word(const ne_doc *doc, int32_t t)
{
	return t >= 0 && t < doc->ntokens && doc->tokens[t].kind == NE_TOK_WORD && !(doc->tokens[t].flags & NE_TF_CAP);
}

/* Is token t inside some quotation or a quotation mark? */
static inline bool
quoted(const ne_doc *doc, int32_t t)
{
	return (doc->tokens[t].flags & NE_TF_IN_QUOTE) || doc->tokens[t].kind == NE_TOK_QUOTE;
}

/* Is token t in or a mark of a quotation that is no term (a title or scare quote reads as the sentence's words)? */
static inline bool
quoted_words(const ne_doc *doc, int32_t t)
{
	int32_t		q = doc->tokens[t].quote;

	return quoted(doc, t) && !(q >= 0 && q < doc->nquotes && doc->quotes[q].kind == NE_QUOTE_TERM);
}

/* Number of tokens of the cue at t (a reporting verb or phrase), or 0. */
static int
cue_len(const ne_doc *doc, int32_t t, int32_t lim)
{
	const char *words[4];
	int32_t		lens[4];
	int			n = 0,
				k;

	if (t < 0 || t >= lim || doc->tokens[t].kind != NE_TOK_WORD || quoted(doc, t))
		return 0;
	if ((doc->tokens[t].flags & NE_TF_CAP) && (doc->tokens[t].flags & (NE_TF_SENT_START | NE_TF_NAME_START)) != NE_TF_SENT_START)
		return 0;				/* a capital inside a sentence or opening a name ("Ask Jeeves") opens no cue (tested
								 * first: names are many) */
	if (t + 1 < lim && is_word(doc, t + 1, "not") && (is_word(doc, t, "asked") || is_word(doc, t, "requested")))
		return 0;				/* "who asked not to be named": a request, nobody quoted */
	if (ne_lex_may_open_cue_phrase(*TS(doc, t)))
	{
		for (int32_t u = t; u < lim && n < 4 && doc->tokens[u].kind == NE_TOK_WORD && !quoted(doc, u); u++, n++)
		{
			words[n] = TS(doc, u);
			lens[n] = TL(doc, u);
		}
		k = ne_lex_cue_phrase(words, lens, n);
		if (k > 0)
			return k;
	}
	return (lx(doc, t) & NE_LX_CUE) ? 1 : 0;
}

/* Is the cue at t "according to"? */
static bool
is_according(const ne_doc *doc, int32_t t)
{
	return is_word(doc, t, "according") && is_word(doc, t + 1, "to");
}

/* Span of tokens [a, b]. */
static ne_span
tspan(const ne_doc *doc, int32_t a, int32_t b)
{
	return (ne_span) {doc->tokens[a].start, doc->tokens[b].end};
}

/* Starts s as a source of the text span, with no mention, entity, kind, head or name yet. */
static void
blank_source(source *s, ne_span span)
{
	s->span = span;
	s->mention = -1;
	s->entity = -1;
	s->kind = NE_ENT_NONE;
	s->inferred = false;
	s->head = -1;
	s->name = NULL;
}

/* The text of tokens [a, b] with its white space folded (a phrase that names a source). */
static const char *
phrase_text(const ne_doc *doc, int32_t a, int32_t b)
{
	return ne_fold_spaces(doc->arena, doc->text + doc->tokens[a].start, doc->tokens[b].end - doc->tokens[a].start);
}

/* ------------------------------------------------------------ sources */

static bool is_det(const ne_doc *doc, int32_t t);
static bool possessive_word(const ne_doc *doc, int32_t t);
static bool ed_word(const ne_doc *doc, int32_t t);
static bool in_opening_clause(attrib_state *st, int32_t lo, int32_t t_open);
static bool is_aux_word(const ne_doc *doc, int32_t t);
static void over_phrases(attrib_state *st, source *s, int32_t k, int32_t j);
static bool nearer_spoken_phrase(attrib_state *st, int32_t m, source *s);
static int32_t pronoun_len(const ne_doc *doc, int32_t t);
static int	cue_len(const ne_doc *doc, int32_t t, int32_t lim);
static int32_t det_np_head(const ne_doc *doc, int32_t d, int32_t hi);
static bool source_before_phrases(attrib_state *st, int32_t lo, int32_t p, int32_t j, source *s);
static int32_t clause_boundary(const ne_doc *doc, int32_t lo, int32_t hi);
static int32_t clause_start(const ne_doc *doc, int32_t lo, int32_t hi);
static bool before_in(attrib_state *st, int32_t lo, int32_t t_open, source *s, bool clause);
static bool participial_cue(const ne_doc *doc, int32_t c);
static bool ing_form(const ne_doc *doc, int32_t c);
static bool participle_opener(const ne_doc *doc, int32_t lo, int32_t hi);
static bool quoted_as_saying(attrib_state *st, int32_t lo, int32_t c, source *s);
static bool in_closed_relative(const ne_doc *doc, int32_t lo, int32_t c, int32_t hi);
static int32_t cue_noun_det(const attrib_state *st, int32_t lo, int32_t c);
static int32_t verb_cue_in(attrib_state *st, int32_t lo, int32_t a, int32_t hi, int32_t lim);
static int32_t passive_agent(attrib_state *st, int32_t lo, int32_t c, int32_t n, int32_t hi);
static int32_t apposed_person(attrib_state *st, int32_t lo, int32_t j);
static bool subject_of_cue(attrib_state *st, int32_t lo, int32_t c, int32_t n, source *s);
static bool is_count(const ne_doc *doc, int32_t t);
static int32_t tpara(const ne_doc *doc, int32_t t);
static bool is_prep_word(const ne_doc *doc, int32_t t);
static void pronoun_to_phrase(attrib_state *st, int32_t t, source *s);

/* A source from mention m. */
static bool
from_mention(attrib_state *st, int32_t m, source *s)
{
	ne_doc	   *doc = st->doc;
	const ne_mention *mn = &doc->mentions[m];

	if (nearer_spoken_phrase(st, m, s))
		return true;
	/* a description that attribution resolved since may be the nearer speaker: "..., the Tory leader said. "...," he said" */
	if (mn->kind == NE_MK_PRONOUN && st->nm->mx[m].gender != NE_G_UNKNOWN && doc->nmentions > st->nm->nsorted)
		ne_names_relink(doc, st->nm, m, ne_names_antecedent(doc, st->nm, st->nm->mx[m].tok_first, st->nm->mx[m].gender));
	s->span = mn->span;
	s->mention = m;
	s->entity = mn->entity;
	s->inferred = false;
	s->head = -1;
	if (mn->entity >= 0)
	{
		s->kind = doc->entities[mn->entity].kind;
		s->name = doc->entities[mn->entity].name;
	}
	else
	{
		s->kind = NE_ENT_NONE;
		s->name = NULL;
		if (mn->kind == NE_MK_PRONOUN)
			pronoun_to_phrase(st, st->nm->mx[m].tok_first, s);
	}
	return true;
}

/*
 * Links a statement noun at token t to its author: the nearest earlier
 * statement word (two paragraphs at most) when the text names its author:
 * "a statement from/by X", "X's statement", "X issued/released/posted a statement".
 */
static int32_t
statement_author(attrib_state *st, int32_t t)
{
	ne_doc	   *doc = st->doc;
	int32_t		lo = t - 250 < 0 ? 0 : t - 250;
	int32_t		para = doc->sentences[doc->tokens[t].sentence].paragraph;

	/* (the statement at t itself first: "Trump released a statement that said") */
	for (int32_t u = t; u >= lo; u--)
	{
		int32_t		v;

		if (para - doc->sentences[doc->tokens[u].sentence].paragraph > 2)
			break;
		if (doc->tokens[u].kind != NE_TOK_WORD || quoted(doc, u) || !(lx(doc, u) & NE_LX_STATEMENT))
			continue;
		/* statement from/by [the] X */
		if (is_word(doc, u + 1, "from") || is_word(doc, u + 1, "by"))
		{
			v = u + 2;
			if (is_word(doc, v, "the"))
				v++;
			if (v < doc->ntokens && st->nm->tok_mention[v] >= 0)
				return st->nm->tok_mention[v];
		}
		/* X's statement / X issued a statement */
		v = u - 1;
		if (is_word(doc, v, "a") || is_word(doc, v, "the") || is_word(doc, v, "new") || is_word(doc, v, "written"))
			v--;
		if (v >= 0 && st->nm->tok_mention[v] >= 0 && (doc->mentions[st->nm->tok_mention[v]].flags & NE_MF_POSSESSIVE))
			return st->nm->tok_mention[v];
		if (v >= 0 && doc->tokens[v].kind == NE_TOK_WORD && (lx(doc, v) & NE_LX_CUE || is_word(doc, v, "issued") ||
															 is_word(doc, v, "released") || is_word(doc, v, "sent")))
		{
			for (int32_t w = v - 1; w >= 0 && w >= v - 3; w--)
				if (st->nm->tok_mention[w] >= 0 && !quoted(doc, w))
					return st->nm->tok_mention[w];
		}
		if (u == t)
			continue;			/* no author by the statement itself: an earlier statement's, if any */
		return -1;
	}
	return -1;
}

/*
 * The organisation mentioned before token t whose name holds the word at w
 * (ends with it, when last_word); -1 if none.
 */
static int32_t
org_by_word(attrib_state *st, int32_t t, int32_t w, bool last_word)
{
	ne_doc	   *doc = st->doc;
	int32_t		found = -1;
	int32_t		seen = 0;

	for (int32_t u = t - 1; u >= 0 && seen < 4 * NE_ANTECEDENT_WINDOW && u >= t - 400; u--)
	{
		int32_t		m = st->nm->tok_mention[u];
		int32_t		e;
		const char *name;
		int32_t		wl = TL(doc, w);

		if (m < 0)
			continue;
		seen++;
		e = doc->mentions[m].entity;
		if (e < 0 || doc->entities[e].kind != NE_ENT_ORG)
			continue;
		name = doc->entities[e].name;
		for (const char *p = name; *p; p++)
			if ((p == name || p[-1] == ' ') && strncasecmp(p, TS(doc, w), (size_t) wl) == 0 &&
				(p[wl] == '\0' || (p[wl] == ' ' && !last_word)))
				found = m;
		if (found >= 0)
			return found;
	}
	return -1;
}

/* Ranks that are adjectives too: "some major tech firms", "the general public". */
static const char *const rank_adjectives[] = {"general", "major", "private"};

/* Words for an amount of what is said, never its source: "said nothing", "said little else". */
static const char *const amount_words[] = {"nothing", "anything", "something", "everything", "little", "else",
"much", "more", "less", "enough", "otherwise", "yes", "no"};

/* Can the word at h head a source noun phrase (not a function word, adverb or verb)? */
static bool
valid_head(const ne_doc *doc, int32_t h)
{
	uint32_t	f;

	if (h < 0 || h >= doc->ntokens)
		return false;
	if (doc->tokens[h].kind == NE_TOK_NUMBER)
	{
		/* the 46-year-old */
		for (int32_t i = doc->tokens[h].start; i < doc->tokens[h].end; i++)
			if (doc->text[i] == '-')
				return true;
		return false;
	}
	if (doc->tokens[h].kind != NE_TOK_WORD)
		return false;
	f = lx(doc, h);
	if (f & NE_LX_NOMINAL)
		return true;
	if (IS_WORD_IN(doc, h, amount_words))
		return false;			/* "said nothing", "said little else": what was said, nobody */
	if (is_word(doc, h, "one") || is_word(doc, h, "another") || is_word(doc, h, "others") || is_word(doc, h, "many") ||
		is_word(doc, h, "some") || is_word(doc, h, "most"))
		return true;			/* "read one", "said another" */
	if ((f & NE_LX_NONNAME) && !(f & (NE_LX_SKIPADV | NE_LX_CUE | NE_LX_PRON | NE_LX_PRON_REL)) &&
		(doc->tokens[h].flags & NE_TF_CAP) && !(doc->tokens[h].flags & NE_TF_SENT_START) && h > 0 &&
		doc->tokens[h - 1].kind == NE_TOK_WORD && (doc->tokens[h - 1].flags & NE_TF_CAP) &&
		doc->tokens[h - 1].sentence == doc->tokens[h].sentence)
		return true;			/* the last word of a name: "Judicial Watch", "Human Rights Watch" */
	if (f & (NE_LX_NONNAME | NE_LX_SKIPADV | NE_LX_CUE | NE_LX_PRON | NE_LX_PRON_REL))
		return false;
	return TL(doc, h) > 2;
}

/* The speaker of the nearest earlier attributed quote within 3 paragraphs of token t, or -1. */
static int32_t
last_speaker(attrib_state *st, int32_t t)
{
	ne_doc	   *doc = st->doc;

	for (int32_t r = st->cur_q - 1; r >= 0 && r >= st->cur_q - 4; r--)
	{
		if (st->src[r].how == NE_HOW_NONE || st->t_close[r] >= t)
			continue;
		if (tpara(doc, t) - tpara(doc, st->t_close[r]) > 3)
			break;
		if (st->src[r].entity >= 0)
			return st->src[r].entity;
	}
	return -1;
}

/* The token of a modifier that makes a role someone else's ("shadow", "deputy", "vice") in [a, h), or -1. */
static int32_t
role_modifier(const ne_doc *doc, int32_t a, int32_t h)
{
	for (int32_t t = a; t < h; t++)
		if (IS_WORD_IN(doc, t, ne_role_modifiers))
			return t;
	return -1;
}

/* Does the title hold the word at token t (ASCII case ignored, a hyphen a boundary too: "vice-president")? */
static bool
title_holds(const ne_doc *doc, const char *title, int32_t t)
{
	return ne_word_in_text(title, TS(doc, t), TL(doc, t), true);
}

/* Is token t an age, a number ending in "-year-old" ("30-year-old"; not "30-year-olds")? */
static bool
age_token(const ne_doc *doc, int32_t t)
{
	return doc->tokens[t].kind == NE_TOK_NUMBER && TL(doc, t) > 9 &&
		strncasecmp(doc->text + doc->tokens[t].end - 9, "-year-old", 9) == 0;
}

/* Nouns for bodies of government: a description with one names no firm. */
static const char *const government_nouns[] = {"agency", "authority", "bureau", "commission", "department",
"government", "ministry"};

/*
 * Can the organisation name be a body of government: an acronym (FBI, MITI),
 * or a public body's word in it (State Department, Federal Trade Commission)?
 */
static bool
government_name(const char *name)
{
	bool		upper = true;

	for (const char *p = name; *p; p++)
	{
		if (*p >= 'a' && *p <= 'z')
			upper = false;
		if (p == name || p[-1] == ' ')
		{
			const char *q = p;

			while (*q && *q != ' ')
				q++;
			if (ne_lex_public_body(p, (int32_t) (q - p)))
				return true;
		}
	}
	return upper;
}

/*
 * A definite description as a source ("the defender", "the 30-year-old",
 * "the former governor", "the company") that nothing else linked: the most
 * salient compatible entity before it (names.c: subjects and the last speaker
 * first, 3 paragraphs back).  Person nouns and "N-year-old" give a person,
 * organisation nouns an organisation.  Indefinite and plural phrases ("a
 * spokesperson", "officials") and nouns for a third party ("the spokesman",
 * "the lawyer") are not in the tables and stay the phrase.
 */
static int32_t
description_entity(attrib_state *st, int32_t a, int32_t h)
{
	ne_doc	   *doc = st->doc;
	uint32_t	f;
	int			k = 0,
				g = 0;

	if (!is_word(doc, a, "the") || h <= a || h - a > 5)
		return -1;
	for (int32_t t = a + 1; t < h; t++)
	{
		/* "the charity's director" is someone else's; "the shadow chancellor" not the chancellor */
		if (doc->tokens[t].kind == NE_TOK_PUNCT || (doc->tokens[t].kind == NE_TOK_WORD && TL(doc, t) > 2 &&
													 doc->text[doc->tokens[t].end - 1] == 's' &&
													 (doc->text[doc->tokens[t].end - 2] == '\'' ||
													  (unsigned char) doc->text[doc->tokens[t].end - 2] == 0x99)))
			return -1;
	}
	if (role_modifier(doc, a, h) >= 0)
		return -1;
	f = lx(doc, h);
	if ((f & NE_LX_TITLE) && !(f & NE_LX_PERSON_NOUN))
		return -1;				/* an office ("the minister") resolves by title only (from_nominal) */
	if (f & NE_LX_PERSON_NOUN)
		k = NE_ENT_PERSON;
	else if (f & NE_LX_ORG_NOUN)
		k = NE_ENT_ORG;
	else if (age_token(doc, h))
		k = NE_ENT_PERSON;		/* the 30-year-old (not "30-year-olds") */
	else if ((is_word(doc, h, "man") || is_word(doc, h, "woman")) && h - a >= 2 && (doc->tokens[h - 1].flags & NE_TF_CAP))
	{
		k = NE_ENT_PERSON;		/* "the Waterford man" (not "the man": someone unnamed) */
		g = is_word(doc, h, "man") ? NE_G_MALE : NE_G_FEMALE;
	}
	else if (is_lower_word(doc, h) && !(f & NE_LX_NONNAME))
	{
		/* "the 34-year-old nurse": an age before any noun describes someone named */
		for (int32_t t = a + 1; t < h && k == 0; t++)
			if (age_token(doc, t))
				k = NE_ENT_PERSON;
	}
	if (k == 0)
		return -1;
	if (k == NE_ENT_ORG && IS_WORD_IN(doc, h, government_nouns))
	{
		/* "the ministry", "the agency": a body of government, not the firm named last ("on Facebook") */
		int32_t		e = ne_names_salient(doc, st->nm, a, k, g, last_speaker(st, a), NULL, 0, false);

		return e >= 0 && government_name(doc->entities[e].name) ? e : -1;
	}
	if (f & NE_LX_HON_M)
		g = NE_G_MALE;
	else if (f & NE_LX_HON_F)
		g = NE_G_FEMALE;
	/* "the company", "the firm", "the airline" (no organisation marker of its own) mean a company */
	return ne_names_salient(doc, st->nm, a, k, g, last_speaker(st, a),
							(f & NE_LX_TITLE) ? TS(doc, h) : NULL, TL(doc, h),
							k == NE_ENT_ORG && !ne_lex_public_body(TS(doc, h), TL(doc, h)) &&
							!is_word(doc, h, "group") && !is_word(doc, h, "board") && !is_word(doc, h, "charity") &&
							!is_word(doc, h, "club") && !is_word(doc, h, "team"));
}

/*
 * Does the source phrase that ends at token b ask not to be named ("the
 * analyst, who requested anonymity,", "who asked not to be identified")?
 * Then it is nobody named in the text.  Looks at most 10 words on, in the
 * sentence and outside quotation marks.
 */
static bool
anonymous_after(const ne_doc *doc, int32_t b)
{
	static const char *const unnamed_words[] = {"identified", "named", "quoted"};

	for (int32_t t = b + 1; t < doc->ntokens && t <= b + 10 && doc->tokens[t].sentence == doc->tokens[b].sentence; t++)
	{
		if (quoted(doc, t))
			return false;
		if (is_word(doc, t, "anonymity") || is_word(doc, t, "anonymously"))
			return true;
		if (IS_WORD_IN(doc, t, unnamed_words) && is_word(doc, t - 1, "be"))
			return true;		/* "asked not to be named", "declined to be identified" */
	}
	return false;
}

/* A source from the noun phrase [a, b] with head word h (the spokesman, a statement). */
static bool
from_nominal(attrib_state *st, int32_t a, int32_t b, int32_t h, source *s)
{
	static const char *const noun_phrase_links[] = {"for", "of", "at", "with"};
	ne_doc	   *doc = st->doc;
	uint32_t	f = lx(doc, h);
	int32_t		m = -1,
				e = -1,
				b2 = b;			/* the end of the phrase with what qualifies the noun ("for the company") */

	blank_source(s, tspan(doc, a, b));
	s->kind = NE_ENT_OTHER;		/* the name is the phrase itself, set at the end unless an entity names the source */
	if (f & NE_LX_STATEMENT)
		m = statement_author(st, h);
	if (m >= 0)
	{
		/*
		 * the statement's author is the source; its mention is the author's name when the sentence names
		 * the author ("posted a statement from Sessions: \"...,\" the statement read"), else the statement
		 * ("Obama released a statement. ... \"...,\" the statement said")
		 */
		from_mention(st, m, s);
		if (doc->tokens[st->nm->mx[m].tok_first].sentence != doc->tokens[h].sentence)
		{
			s->span = tspan(doc, a, b);
			s->mention = -1;
		}
		return true;
	}
	{
		/* "a spokeswoman for the company, Jane Doe, said": the apposition may follow a phrase of the noun */
		int32_t		c = b + 1;

		if (c < doc->ntokens && is_lower_word(doc, c) && IS_WORD_IN(doc, c, noun_phrase_links))
		{
			while (c < doc->ntokens && c - b <= 6 && !quoted(doc, c) && doc->tokens[c].kind == NE_TOK_WORD &&
				   st->nm->tok_mention[c] < 0)
				c++;
		}
		if (c > b + 1 && is_ch(doc, c, ','))
			b2 = c - 1;
	}
	if (e < 0 && is_ch(doc, b2 + 1, ',') && b2 + 2 < doc->ntokens && st->nm->tok_mention[b2 + 2] >= 0 &&
		st->nm->mx[st->nm->tok_mention[b2 + 2]].tok_first == b2 + 2 && !quoted(doc, b2 + 2))
	{
		/* "a spokesman, John Doe, said", "the company's chief executive, Jo Lund, said": an apposition that
		 * names a person names the source, before any entity the noun alone would suggest */
		int32_t		am = st->nm->tok_mention[b2 + 2];
		int32_t		ae = doc->mentions[am].entity;

		if (ae >= 0 && doc->entities[ae].kind == NE_ENT_PERSON && doc->mentions[am].kind == NE_MK_PERSON &&
			!(doc->mentions[am].flags & NE_MF_POSSESSIVE))
			e = ae;
	}
	if (e < 0 && (f & (NE_LX_ORG_NOUN | NE_LX_TITLE | NE_LX_PERSON_NOUN)) == NE_LX_ORG_NOUN && is_word(doc, a, "the") &&
		is_lower_word(doc, h))
	{
		/* "the Google team said", "the Hughes board": an organisation named in the phrase is the source (not "a Soviet trade team") */
		for (int32_t u = a + 1; u < h && e < 0; u++)
		{
			int32_t		om = st->nm->tok_mention[u];

			if (om >= 0 && doc->mentions[om].kind == NE_MK_ORG && doc->mentions[om].entity >= 0)
				e = doc->mentions[om].entity;
		}
	}
	if (e < 0 && (f & NE_LX_TITLE) && !IS_WORD_IN(doc, a, new_person_dets) && !anonymous_after(doc, b2))
	{
		int32_t		mod = role_modifier(doc, a, h);

		/* "the minister" is no Deputy prime minister: without a modifier, titles with one are skipped */
		e = ne_names_by_title(doc, st->nm, h, TS(doc, h), TL(doc, h), mod < 0);
		if (e >= 0 && mod >= 0 && !title_holds(doc, doc->entities[e].title, mod))
			e = -1;				/* "the shadow chancellor" is not the Chancellor */
		/* a name of capitalised words is all in the title: "the Scottish Executive" is no chief executive */
		for (int32_t t = a + 1; e >= 0 && t < h && !is_lower_word(doc, h); t++)
			if (doc->tokens[t].kind == NE_TOK_WORD && !is_lower_word(doc, t) &&
				!title_holds(doc, doc->entities[e].title, t))
				e = -1;
	}
	if (e < 0 && (f & NE_LX_ORG))
	{
		/*
		 * "his campaign" is the Trump campaign, but "his office" no Office for National Statistics:
		 * after an owner's pronoun the word must end the organisation's name, as its head
		 */
		m = org_by_word(st, a, h, IS_WORD_IN(doc, a, owner_pronouns));
		if (m >= 0)
			e = doc->mentions[m].entity;
	}
	if (e < 0 && is_word(doc, a, "the") && !anonymous_after(doc, b2) && (e = description_entity(st, a, h)) >= 0)
		s->inferred = true;		/* (description_entity reads "the ..." only) */
	if (e >= 0)
	{
		s->entity = e;
		s->kind = doc->entities[e].kind;
		s->name = doc->entities[e].name;
		s->mention = ne_names_add_mention(doc, st->nm, s->span, a, b + 1, NE_MK_NOMINAL, e);
		if (s->inferred)
			doc->mentions[s->mention].flags |= NE_MF_INFERRED;
	}
	else
	{
		s->name = ne_fold_spaces(doc->arena, doc->text + s->span.start, s->span.end - s->span.start);
		s->head = h;
	}
	return true;
}

/* Does word h look like a plural (in -s, not -ss: "officials", not "boss"; "MPs", "CEOs")? */
static bool
plural_form(const ne_doc *doc, int32_t h)
{
	const char *w = TS(doc, h);
	int32_t		l = TL(doc, h);

	return (l > 3 && (w[l - 1] | 0x20) == 's' && (w[l - 2] | 0x20) != 's') ||
		(l >= 3 && w[l - 1] == 's' && w[l - 2] >= 'A' && w[l - 2] <= 'Z');
}

/*
 * Can a pronoun of gender g stand for a phrase with head word h: he or she
 * for one person (the minister, a police spokeswoman), it for one body (the
 * ministry, the company), they for several (officials, the police)?
 */
static bool
pronoun_fits_head(const ne_doc *doc, int32_t h, int g)
{
	uint32_t	f = lx(doc, h);
	bool		body = (f & (NE_LX_ORG | NE_LX_ORG_NOUN)) && !(f & NE_LX_TITLE);
	bool		person = !body && (f & (NE_LX_TITLE | NE_LX_PERSON_NOUN | NE_LX_NOMINAL)) && !(f & NE_LX_STATEMENT);
	bool		plural = is_word(doc, h, "police") || plural_form(doc, h);

	if (g == NE_G_PLURAL)
		return plural && (person || body);
	if (plural)
		return false;
	if (g == NE_G_NEUTER)
		return body;
	if (!person)
		return false;
	/* a spokeswoman is no he, a spokesman no she */
	if (f & (NE_LX_HON_M | NE_LX_HON_F))
		return (f & (g == NE_G_MALE ? NE_LX_HON_M : NE_LX_HON_F)) != 0;
	return true;
}

/*
 * The head of a phrase that opens a sentence as its subject: "The ministry
 * issued", "A police spokeswoman confirmed", "The prime minister spoke";
 * a determiner, up to four lower-case words, the last of them a noun of a
 * source, then a lower-case word that is no preposition.  Else -1.
 */
static int32_t
subject_phrase_head(const ne_doc *doc, int32_t u, int32_t hi)
{
	int32_t		h = -1;

	int32_t		reach = u + 4;	/* four words; more for the words of a name before the head */

	if (!is_word(doc, u, "the") && !is_word(doc, u, "a") && !is_word(doc, u, "an"))
		return -1;
	for (int32_t v = u + 1; v < hi && v <= reach; v++)
	{
		if (quoted(doc, v))
			return -1;
		if (!is_lower_word(doc, v))
		{
			/* "the Daiwa officer", "A Department for Work and Pensions spokeswoman": a name before the head */
			if (h >= 0 || doc->tokens[v].kind != NE_TOK_WORD || !(doc->tokens[v].flags & NE_TF_CAP))
				return -1;
			if (reach < u + 9)
				reach++;
			continue;
		}
		if (h < 0 && v > u + 1 && v + 1 < hi && (doc->tokens[v - 1].flags & NE_TF_CAP) &&
			(doc->tokens[v + 1].flags & NE_TF_CAP) && (is_word(doc, v, "for") || is_word(doc, v, "of") ||
														is_word(doc, v, "and")))
		{
			if (reach < u + 9)
				reach++;
			continue;			/* inside the name: "Department for Work", "Bank of England" */
		}
		if (lx(doc, v) & (NE_LX_NOMINAL | NE_LX_TITLE | NE_LX_PERSON_NOUN | NE_LX_ORG | NE_LX_ORG_NOUN))
			h = v;
		else if (h >= 0)
		{
			/* "An official with one U.S. vehicle maker said": a phrase after the head, then its cue */
			if (is_prep_word(doc, v) && !is_word(doc, v, "and") && !is_word(doc, v, "or") &&
				(lx(doc, h) & (NE_LX_PERSON_NOUN | NE_LX_TITLE | NE_LX_NOMINAL)) && !(lx(doc, h) & NE_LX_STATEMENT))
			{
				for (int32_t c = v + 1; c < hi && c <= v + 8; c++)
				{
					if (quoted(doc, c) || is_ch(doc, c, ',') || doc->tokens[c].kind == NE_TOK_PUNCT)
						break;
					if (cue_len(doc, c, hi) > 0 && is_lower_word(doc, c))
						return h;
				}
			}
			return is_prep_word(doc, v) || (lx(doc, v) & NE_LX_PRON) ? -1 : h;
		}
	}
	return -1;
}

/*
 * The head of a plural phrase with no determiner that opens a sentence as
 * its subject ("Greenpeace activists climbed", "Protesters gathered",
 * "Riot police moved in"): names or nouns, the last a plural noun for
 * people or a body, then a lower-case word that is no preposition.  Else -1.
 */
static int32_t
bare_plural_head(const ne_doc *doc, int32_t u, int32_t hi)
{
	int32_t		h = -1;

	for (int32_t v = u; v < hi && v <= u + 3; v++)
	{
		if (doc->tokens[v].kind != NE_TOK_WORD || quoted(doc, v))
			return -1;
		if (h >= 0)
			return is_lower_word(doc, v) && !is_prep_word(doc, v) && !(lx(doc, v) & NE_LX_PRON) ? h : -1;
		if ((v > u || (doc->tokens[v].flags & NE_TF_SENT_START)) && pronoun_fits_head(doc, v, NE_G_PLURAL) &&
			(is_lower_word(doc, v) || v == u))
			h = v;				/* (the last noun: "riot police", "Greenpeace activists") */
		else if (is_lower_word(doc, v) && (lx(doc, v) & NE_LX_NONNAME))
			return -1;
		if (h >= 0 && v + 1 < hi && is_lower_word(doc, v + 1) && pronoun_fits_head(doc, v + 1, NE_G_PLURAL))
			h = -1;				/* a plural noun before another: "police officers" */
	}
	return -1;
}

/* Tokens cue_phrase_head reads back from its limit: a long sentence (or one with no full stop) stays linear. */
#define PHRASE_REACH 80

/*
 * The head of a noun phrase that speaks in sentence sn before token lim and
 * fits a pronoun of gender g, the one nearest lim: the subject of a cue ("a
 * Western diplomat warned", "A Department for Constitutional Affairs
 * spokeswoman said") or the phrase after an inverted cue ("..., said a USDA
 * soybean analyst").  *first gets the phrase's first token.  -1 if none.
 */
static int32_t
cue_phrase_head(const ne_doc *doc, int32_t sn, int32_t lim, int g, int32_t *first)
{
	const ne_sentence *se = &doc->sentences[sn];
	int32_t		end = se->tok_end < lim ? se->tok_end : lim;

	for (int32_t c = end - 1; c > se->tok_first && c >= end - PHRASE_REACH; c--)
	{
		int			n = cue_len(doc, c, end);
		int32_t		u = c - 1;

		if (n == 0)
			continue;
		/* after an inverted cue: ", said a USDA soybean analyst" (not "told the BBC News website") */
		if (c + n < end && is_det(doc, c + n) && (is_ch(doc, c - 1, ',') || doc->tokens[c - 1].kind == NE_TOK_QUOTE) &&
			(!ing_form(doc, c) || is_according(doc, c)))
		{
			int32_t		h = det_np_head(doc, c + n, end);

			if (h >= 0 && is_lower_word(doc, h) && pronoun_fits_head(doc, h, g))
			{
				*first = c + n;
				return h;
			}
		}
		/* before it: the head, then back over its words to a determiner */
		while (u > se->tok_first && is_lower_word(doc, u) && (lx(doc, u) & NE_LX_SKIPADV))
			u--;
		if (!is_lower_word(doc, u) || quoted(doc, u) ||
			!(lx(doc, u) & (NE_LX_NOMINAL | NE_LX_TITLE | NE_LX_PERSON_NOUN | (g == NE_G_NEUTER ? NE_LX_ORG_NOUN : 0))) ||
			!pronoun_fits_head(doc, u, g))
			continue;			/* (a body for "it": "The US government denied") */
		for (int32_t v = u - 1; v >= se->tok_first && v >= u - 7; v--)
		{
			if (doc->tokens[v].kind != NE_TOK_WORD || quoted(doc, v))
				break;
			if (is_det(doc, v) && !is_word(doc, v, "that"))
			{
				*first = v;
				return u;
			}
			if (is_lower_word(doc, v) && ((lx(doc, v) & (NE_LX_CUE | NE_LX_PRON)) ||
										  ((lx(doc, v) & NE_LX_NONNAME) && !is_word(doc, v, "for") &&
										   !is_word(doc, v, "of"))))
				break;
		}
	}
	return -1;
}

/*
 * Can a pronoun of gender g stand for the phrase headed by h that spoke the
 * last quote?  As pronoun_fits_head, but a word the lexicon does not know is
 * a person for he and she ("a Western aid specialist said ... he added") and
 * a statement or a body for it ("the editorial said ... it added").
 */
static bool
spoken_head_fits(const ne_doc *doc, int32_t h, int g)
{
	uint32_t	f = lx(doc, h);

	if (pronoun_fits_head(doc, h, g))
		return true;
	if (g == NE_G_PLURAL || plural_form(doc, h) || !is_lower_word(doc, h))
		return false;
	if (g == NE_G_NEUTER)
		return (f & (NE_LX_STATEMENT | NE_LX_NOMINAL)) != 0 && !(f & (NE_LX_TITLE | NE_LX_PERSON_NOUN));
	return (f & (NE_LX_CUE | NE_LX_STATEMENT | NE_LX_NOMINAL | NE_LX_ORG | NE_LX_ORG_NOUN | NE_LX_NONNAME |
				 NE_LX_PLACE | NE_LX_NAT)) == 0;
}

/*
 * The phrase a pronoun of gender g at t stands for when no named entity
 * does: the phrase that is the source of the nearest earlier attributed
 * quote ("The minister said: ... He added that"), else the subject phrase
 * of an earlier sentence of its paragraph or the one before ("The ministry
 * issued a statement. "...," it said"), or a phrase that spoke in the four
 * sentences before within two paragraphs, when its head fits the pronoun.
 * Returns the head word and sets *name to the phrase; else -1.
 */
static int32_t
nominal_antecedent(attrib_state *st, int32_t t, int g, const char **name)
{
	ne_doc	   *doc = st->doc;
	int32_t		para = tpara(doc, t);

	for (int32_t r = st->cur_q - 1; r >= 0 && r >= st->cur_q - 4; r--)
	{
		const source *p = &st->src[r];

		if (p->how == NE_HOW_NONE || st->t_close[r] >= t)
			continue;
		if (para - tpara(doc, st->t_close[r]) > 1 || p->entity >= 0 || p->name == NULL)
			break;
		if (p->head >= 0 && spoken_head_fits(doc, p->head, g))
		{
			*name = p->name;
			return p->head;
		}
		break;
	}
	for (int32_t sn = doc->tokens[t].sentence; sn >= 0 && sn >= doc->tokens[t].sentence - 4; sn--)
	{
		const ne_sentence *se = &doc->sentences[sn];
		int32_t		h;

		if (para - se->paragraph > 2)
			break;				/* wire copy: a paragraph a sentence */
		if (para - se->paragraph > 1)
			h = -1;
		else
		{
			/* "However, the Daiwa officer defended ...", "But a spokesman said ...": past an opening adverb */
			int32_t		u = se->tok_first;

			if (doc->tokens[u].kind == NE_TOK_WORD && (lx(doc, u) & (NE_LX_SKIPADV | NE_LX_NONNAME)) && is_ch(doc, u + 1, ','))
				u += 2;
			else if (is_word(doc, u, "but") || is_word(doc, u, "and"))
				u++;
			h = subject_phrase_head(doc, u, se->tok_end < t ? se->tok_end : t);
			if (h < 0 && g == NE_G_PLURAL)
				h = bare_plural_head(doc, u, se->tok_end < t ? se->tok_end : t);
			if (h >= 0 && pronoun_fits_head(doc, h, g))
			{
				*name = phrase_text(doc, u, h);
				return h;
			}
			if (h >= 0 && sn == doc->tokens[t].sentence)
				return -1;		/* the pronoun's own sentence has a subject of another kind */
		}
		/* "But a Western diplomat warned ...", "..., a USDA soybean analyst said." */
		{
			int32_t		first;

			h = cue_phrase_head(doc, sn, t, g, &first);
			if (h >= 0)
			{
				*name = phrase_text(doc, first, h);
				return h;
			}
		}
	}
	return -1;
}

/* The gender of the pronoun at t (he, she, it, they), or 0 for another. */
static int
pronoun_gender_at(const ne_doc *doc, int32_t t)
{
	int32_t		l = pronoun_len(doc, t);
	const char *w = TS(doc, t);

	return ne_lex_word_is(w, l, "it") ? NE_G_NEUTER :
		ne_lex_word_is(w, l, "he") ? NE_G_MALE :
		ne_lex_word_is(w, l, "she") ? NE_G_FEMALE :
		ne_lex_word_is(w, l, "they") ? NE_G_PLURAL : 0;
}

/*
 * A pronoun source s at t that no named entity stands for takes the phrase
 * that does, if any (The minister said ... He added).
 */
static void
pronoun_to_phrase(attrib_state *st, int32_t t, source *s)
{
	int			g = pronoun_gender_at(st->doc, t);

	if (g && (s->head = nominal_antecedent(st, t, g, &s->name)) >= 0)
		s->kind = NE_ENT_OTHER;
}

/*
 * The name of the source phrase [first, h] with its first phrase ("A spokesman
 * for the bank"), before end, into s; the organisation it names or describes
 * when there is one ("A spokesman for Airbus": Airbus), as for a phrase that
 * is the subject of its cue.  The span of s stays.
 */
static void
phrase_owner(attrib_state *st, int32_t first, int32_t h, int32_t end, source *s)
{
	static const char *const links[] = {"for", "of", "at"};
	ne_doc	   *doc = st->doc;
	int32_t		j = h + 1;
	source		t;

	if (j + 1 >= end || !is_lower_word(doc, j) || !IS_WORD_IN(doc, j, links))
		return;
	while (j + 1 < end && j - h < 10 && !quoted(doc, j + 1) &&
		   ((doc->tokens[j + 1].kind == NE_TOK_WORD && cue_len(doc, j + 1, end) == 0 && !is_aux_word(doc, j + 1) &&
			 !ed_word(doc, j + 1)) ||
			(is_ch(doc, j + 1, '.') && j + 2 < end && doc->tokens[j + 2].kind == NE_TOK_WORD)))	/* U.K. */
		j++;
	if (j == h + 1)
		return;
	blank_source(&t, tspan(doc, first, h));
	t.kind = NE_ENT_OTHER;
	over_phrases(st, &t, h + 1, j);
	s->name = t.name;
	if (t.entity >= 0)
	{
		s->entity = t.entity;
		s->kind = t.kind;
	}
}

/*
 * A pronoun mention m whose entity is named: is a phrase that spoke in a
 * sentence after that entity's last mention nearer, does it fit the
 * pronoun, and is it somebody new, with "a" or "one" ("Lord Reyes agreed.
 * ... , a farm analyst said. \"...,\" he said": the analyst)?  Then s gets
 * the phrase.
 */
static bool
nearer_spoken_phrase(attrib_state *st, int32_t m, source *s)
{
	ne_doc	   *doc = st->doc;
	const ne_mention *mn = &doc->mentions[m];
	int32_t		t = st->nm->mx[m].tok_first,
				sent = doc->tokens[t].sentence,
				named = -1,
				g;

	if (mn->entity < 0 || mn->kind != NE_MK_PRONOUN || !(g = pronoun_gender_at(doc, t)))
		return false;
	/* the sentence of the entity's last named mention before the pronoun (a bounded look back) */
	for (int32_t i = m - 1; i >= 0 && i >= m - NE_ANTECEDENT_WINDOW; i--)
		if (doc->mentions[i].entity == mn->entity && doc->mentions[i].kind != NE_MK_PRONOUN)
		{
			named = doc->tokens[st->nm->mx[i].tok_first].sentence;
			break;
		}
	if (named < 0 || named >= sent - 1)
		return false;			/* named in this sentence or the one before: the name */
	for (int32_t sn = sent - 1; sn > named && sn >= sent - 4; sn--)
	{
		int32_t		first,
					h = cue_phrase_head(doc, sn, doc->sentences[sn].tok_end, g, &first);

		/* "A Treasury spokeswoman declined to comment. \"...,\" she said": a new person opening the sentence */
		if (h < 0 && sn == sent - 1)
		{
			first = doc->sentences[sn].tok_first;
			h = subject_phrase_head(doc, first, doc->sentences[sn].tok_end);
			if (h >= 0 && !pronoun_fits_head(doc, h, g))
				h = -1;
		}
		if (h < 0)
			continue;
		/* "the host", "The Florida senator" are mostly the named person again: only "a", "an", "one", "another";
		 * but "it" after "The US government denied ..." is the government, unless that is the firm named */
		if (!IS_WORD_IN(doc, first, new_person_dets))
		{
			int32_t		e;

			if (g != NE_G_NEUTER || sn != sent - 1 || !is_word(doc, first, "the"))
				return false;
			e = description_entity(st, first, h);
			if (e >= 0)
				return false;	/* "The company" for the firm named: the name stays */
		}
		blank_source(s, mn->span);
		s->kind = NE_ENT_OTHER;
		s->head = h;
		s->name = phrase_text(doc, first, h);
		phrase_owner(st, first, h, doc->sentences[sn].tok_end, s);
		return true;
	}
	return false;
}

/* Nouns for a body of any kind, which stand for the organisation named before ("the company", "the group"). */
static const char *const generic_bodies[] = {"business", "club", "company", "concern", "conglomerate", "corporation",
"firm", "giant", "group", "organisation", "organization", "side", "subsidiary", "team", "unit"};

/* Is the word w (l bytes) one of the words of name, ASCII case ignored? */
static bool
word_in_name(const char *name, const char *w, int32_t l)
{
	return ne_word_in_text(name, w, l, false);
}

/* Tokens body_subject_before reads back for the organisations named before: a bounded look, linear time. */
#define BODY_REACH 400

/*
 * For "it" at t, whose named antecedent is entity e: a body that is the
 * subject of the sentence before and no name of e ("The US government
 * denied the claims ... In a statement, it said"), when e is not named in
 * that sentence or before t in its own: its head, and its phrase in *name.
 * Else -1.
 */
static int32_t
body_subject_before(attrib_state *st, int32_t t, int32_t e, const char **name)
{
	ne_doc	   *doc = st->doc;
	int32_t		sn = doc->tokens[t].sentence - 1,
				u,
				h;
	const char *en = doc->entities[e].name;

	if (sn < 0 || doc->sentences[doc->tokens[t].sentence].paragraph - doc->sentences[sn].paragraph > 1)
		return -1;
	for (u = doc->sentences[sn].tok_first > t - BODY_REACH ? doc->sentences[sn].tok_first : t - BODY_REACH; u < t; u++)
		if (st->nm->tok_mention[u] >= 0 && doc->mentions[st->nm->tok_mention[u]].entity == e)
			return -1;
	/* the subject of its last cue ("..., the paper said"), else the subject that opens it ("The US government denied") */
	h = cue_phrase_head(doc, sn, doc->sentences[sn].tok_end, NE_G_NEUTER, &u);
	if (h < 0)
	{
		u = doc->sentences[sn].tok_first;
		if (is_word(doc, u, "but") || is_word(doc, u, "and"))
			u++;
		h = is_word(doc, u, "the") ? subject_phrase_head(doc, u, doc->sentences[sn].tok_end) : -1;
	}
	if (h < 0 || !is_word(doc, u, "the") || !pronoun_fits_head(doc, h, NE_G_NEUTER) || is_word(doc, h - 1, "to"))
		return -1;
	/*
	 * "The company" after "Yukos", "The department" after "U.S. Agriculture Department", "The bank" after
	 * "Provident National Bank" are a named organisation again
	 */
	if (IS_WORD_IN(doc, h, generic_bodies) || word_in_name(en, TS(doc, h), TL(doc, h)))
		return -1;
	for (int32_t v = t - 1; v >= 0 && v >= t - BODY_REACH; v--)
	{
		int32_t		m = st->nm->tok_mention[v];

		if (m >= 0 && doc->mentions[m].entity >= 0 && doc->entities[doc->mentions[m].entity].kind == NE_ENT_ORG &&
			word_in_name(doc->entities[doc->mentions[m].entity].name, TS(doc, h), TL(doc, h)))
			return -1;
	}
	*name = phrase_text(doc, u, h);
	return h;
}

/* A source from a pronoun at t (he, she, they, it, who). */
static bool
from_pronoun(attrib_state *st, int32_t t, source *s)
{
	ne_doc	   *doc = st->doc;
	int32_t		m = st->nm->tok_mention[t];

	if (m >= 0)
		return from_mention(st, m, s);
	blank_source(s, tspan(doc, t, t));
	if (is_word(doc, t, "who"))
	{
		/* X, who said: the name before the comma (and before "(MMF)" or "of Romania"); "X (who said" too */
		int32_t		u = t - 1;

		if (is_ch(doc, u, ',') || is_ch(doc, u, '('))
			u--;
		if (u > 0 && is_ch(doc, u, ')'))
		{
			int32_t		k = u - 1;

			while (k > 0 && k > u - 8 && !is_ch(doc, k, '('))
				k--;
			if (is_ch(doc, k, '('))
				u = k - 1;
		}
		if (u > 1 && st->nm->tok_mention[u] < 0 && (doc->tokens[u].flags & NE_TF_CAP))
		{
			int32_t		k = u;

			while (k > 0 && k > u - 3 && (doc->tokens[k].flags & NE_TF_CAP) && st->nm->tok_mention[k] < 0)
				k--;
			if (k > 0 && is_word(doc, k, "of") && st->nm->tok_mention[k - 1] >= 0)
				u = k - 1;
		}
		if (u >= 0 && st->nm->tok_mention[u] >= 0)
		{
			int32_t		mm = st->nm->tok_mention[u];

			s->entity = doc->mentions[mm].entity;
			if (s->entity >= 0)
			{
				s->kind = doc->entities[s->entity].kind;
				s->name = doc->entities[s->entity].name;
			}
		}
		else if (u >= 0 && is_lower_word(doc, u) && (lx(doc, u) & (NE_LX_PERSON_NOUN | NE_LX_NOMINAL | NE_LX_TITLE)))
		{
			/* "critics who say", "a campaign surrogate who said", "the mayor (who called": the phrase names the
			 * source, "who" is its mention */
			int32_t		a = u;

			for (int32_t d = u - 1; d >= 0 && d >= u - 4; d--)
			{
				if (det_np_head(doc, d, u + 1) == u || (is_det(doc, d) && is_lower_word(doc, d + 1)))
				{
					a = d;		/* (also "a retired general", whose participle the phrase walk stops at) */
					break;
				}
			}
			from_nominal(st, a, u, u, s);
			s->span = tspan(doc, t, t);
		}
	}
	else
	{
		int			g = pronoun_gender_at(doc, t);
		int32_t		e = g ? ne_names_antecedent(doc, st->nm, t, g) : -1;
		int32_t		h;
		const char *name;

		if (e >= 0 && g == NE_G_NEUTER && (h = body_subject_before(st, t, e, &name)) >= 0)
		{
			s->kind = NE_ENT_OTHER;
			s->head = h;
			s->name = name;
		}
		else if (e >= 0)
		{
			s->entity = e;
			s->kind = doc->entities[e].kind;
			s->name = doc->entities[e].name;
		}
		else
			pronoun_to_phrase(st, t, s);
	}
	return true;
}

/* Length of word t without a contraction ending (he's, she'd, they're, we'll): the pronoun itself. */
static int32_t
pronoun_len(const ne_doc *doc, int32_t t)
{
	const char *w = TS(doc, t);
	int32_t		l = TL(doc, t);

	for (int32_t i = 1; i < l && i < 5; i++)
	{
		if (w[i] == '\'')
			return i;
		if (i + 2 < l && (unsigned char) w[i] == 0xE2 && (unsigned char) w[i + 1] == 0x80 &&
			(unsigned char) w[i + 2] == 0x99)
			return i;
	}
	return l;
}

/* Is the word at t a pronoun that can be a source? */
static bool
is_source_pronoun(const ne_doc *doc, int32_t t)
{
	uint32_t	f;

	if (t < 0 || t >= doc->ntokens || doc->tokens[t].kind != NE_TOK_WORD || pronoun_len(doc, t) > 4)
		return false;
	if (TL(doc, t) == 1 && doc->text[doc->tokens[t].start] == 'I' && doc->tokens[t].kind == NE_TOK_WORD)
		return true;			/* the writer as a source: "...," I said */
	if (!is_lower_word(doc, t) && !(doc->tokens[t].flags & NE_TF_SENT_START))
		return false;
	{
		const char *w = TS(doc, t);
		int32_t		l = pronoun_len(doc, t);

		if (ne_lex_word_is(w, l, "we") || ne_lex_word_is(w, l, "he") || ne_lex_word_is(w, l, "she") ||
			ne_lex_word_is(w, l, "they") || (ne_lex_word_is(w, l, "it") && l == TL(doc, t)))
			return true;
	}
	f = lx(doc, t);
	return (f & NE_LX_PRON_REL) != 0;
}

/* Words that tie a person to the organisation after them: "Jack Kirnan of Kidder Peabody and Co". */
static const char *const person_org_links[] = {"at", "for", "from", "of", "with"};

/* Is token t a name of one word ("Ifo" in "the Ifo institute")? */
static bool
one_word_mention(const attrib_state *st, int32_t t)
{
	int32_t		m = st->nm->tok_mention[t];

	return m >= 0 && st->nm->mx[m].tok_first == t && st->nm->mx[m].tok_end == t + 1;
}

/*
 * The person mention that organisation mention m belongs to, or -1: "analyst
 * Jack Kirnan of Kidder Peabody and Co told", "H.P. Smith, analyst at Smith
 * Barney, Harris Upham and Co said" (a person, maybe a comma and a role in
 * lower case, a link word, then the organisation, maybe after another name
 * and a comma), looking no further left than lo.
 */
static int32_t
person_before_org(attrib_state *st, int32_t lo, int32_t m)
{
	ne_doc	   *doc = st->doc;
	int32_t		k = st->nm->mx[m].tok_first;
	int32_t		p;
	int			roles = 0;
	bool		linked,
				plain = false;	/* a word of the apposition that is no role, or its article */

	/* "Smith Barney, Harris Upham and Co": the name before a comma is part of the firm's */
	if (k - 2 >= lo && is_ch(doc, k - 1, ',') && st->nm->tok_mention[k - 2] >= 0 &&
		doc->mentions[st->nm->tok_mention[k - 2]].kind == NE_MK_ORG)
		k = st->nm->mx[st->nm->tok_mention[k - 2]].tok_first;
	/* "of the human rights organisation Redress", "at US investment bank Morgan Stanley": what the firm is */
	if (k - 3 >= lo && is_lower_word(doc, k - 1) && (lx(doc, k - 1) & NE_LX_ORG_NOUN) && !quoted(doc, k - 1))
	{
		int32_t		d = k - 2;

		while (d >= lo && d > k - 6 && doc->tokens[d].kind == NE_TOK_WORD && !quoted(doc, d) &&
			   !is_word(doc, d, "the") && !IS_WORD_IN(doc, d, person_org_links) &&
			   (is_lower_word(doc, d) ? !(lx(doc, d) & (NE_LX_CUE | NE_LX_PRON | NE_LX_PRON_REL | NE_LX_NONNAME)) :
				(lx(doc, d) & (NE_LX_PLACE | NE_LX_NAT)) != 0))
			d--;
		k = d + 1;
	}
	/* "of the American Farm Bureau Federation": the article before the firm */
	if (k - 3 >= lo && is_lower_word(doc, k - 1) && is_word(doc, k - 1, "the"))
		k--;
	if (k - 2 < lo || quoted(doc, k - 1) || !is_lower_word(doc, k - 1))
		return -1;
	linked = IS_WORD_IN(doc, k - 1, person_org_links);
	if (!linked)
		return -1;
	/*
	 * a role in lower case, then maybe a comma: "H.P. Smith, analyst at"; other
	 * nouns and an article with a role need the comma: "Marc Ostwald, a fund
	 * manager at"; a comma alone: "Emmanuel Ferry, from"
	 */
	for (p = k - 2; p >= lo && p > k - 7 && is_lower_word(doc, p) && !quoted(doc, p); p--)
	{
		uint32_t	f = lx(doc, p);

		if (f & (NE_LX_TITLE | NE_LX_PERSON_NOUN | NE_LX_TITLE_MOD))
			roles++;
		else if (is_word(doc, p, "a") || is_word(doc, p, "an") || is_word(doc, p, "the"))
		{
			plain = true;
			p--;
			break;				/* the article opens the apposition */
		}
		else if (f & (NE_LX_CUE | NE_LX_NONNAME | NE_LX_SKIPADV | NE_LX_PRON | NE_LX_PRON_REL))
			break;
		else
			plain = true;
	}
	if (plain && (roles == 0 || p < lo || !is_ch(doc, p, ',')))
		return -1;
	if (p >= lo && is_ch(doc, p, ','))
		p--;
	if (p < lo || quoted(doc, p) || st->nm->tok_mention[p] < 0)
		return -1;
	m = st->nm->tok_mention[p];
	return doc->mentions[m].kind == NE_MK_PERSON ? m : -1;
}

/*
 * The person whose apposition without its closing comma ends at token j,
 * or -1: "Michael Lamberty, a Lufthansa spokesman told", "Stephen Jerritts,
 * president and chief operating officer said" -- a person mention, a
 * comma, then at most 14 words with a role word among them and no verb,
 * pronoun or relative word (an article or "his" may open them).  The
 * person must open its clause or follow a role word.
 */
static int32_t
person_before_role(attrib_state *st, int32_t lo, int32_t j)
{
	static const char *const links[] = {"and", "of", "the", "a", "an", "for", "at", "with", "in", "on",
	"his", "her", "its", "their"};
	ne_doc	   *doc = st->doc;
	int32_t		k;
	int32_t		m;
	int			roles = 0;

	for (k = j; k >= lo && k > j - 14; k--)
	{
		uint32_t	f;
		bool		link;

		if (quoted(doc, k))
			return -1;
		if (is_ch(doc, k, ','))
			break;
		if (doc->tokens[k].kind != NE_TOK_WORD)
		{
			if (is_ch(doc, k, '\'') || is_ch(doc, k, '-') || is_ch(doc, k, '.'))
				continue;		/* Lloyd's, T-Mobile, U.S. */
			return -1;
		}
		f = lx(doc, k);
		if (f & (NE_LX_TITLE | NE_LX_PERSON_NOUN))
			roles++;
		if (!is_lower_word(doc, k))
			continue;
		link = IS_WORD_IN(doc, k, links);
		if (!link && (f & (NE_LX_CUE | NE_LX_PRON | NE_LX_PRON_REL | NE_LX_SKIPADV | NE_LX_NONNAME)))
			return -1;
	}
	if (k <= lo || !is_ch(doc, k, ',') || roles == 0 || k == j)
		return -1;
	m = st->nm->tok_mention[k - 1];
	if (m < 0 || quoted(doc, k - 1) || doc->mentions[m].kind != NE_MK_PERSON ||
		(doc->mentions[m].flags & NE_MF_POSSESSIVE) || st->nm->mx[m].tok_end != k)
		return -1;
	/* the person opens the clause, or follows a role: not "an interview with X and Mika Brzezinski, the candidate said" */
	k = st->nm->mx[m].tok_first - 1;
	if (k >= 0 && is_lower_word(doc, k) && !(lx(doc, k) & (NE_LX_TITLE | NE_LX_PERSON_NOUN)))
		return -1;
	return m;
}

/* Is token t "has", "have" or "had" (the perfect before a cue: "lenders have said")? */
static bool
is_perfect_aux(const ne_doc *doc, int32_t t)
{
	return is_word(doc, t, "has") || is_word(doc, t, "have") || is_word(doc, t, "had");
}

/* The modal verbs, the finite and other forms of "be", "do" and "not": auxiliaries before a verb. */
static const char *const modals[] = {"will", "would", "could", "can", "may", "might", "should", "must"};
static const char *const finite_be[] = {"is", "are", "was", "were"};
static const char *const nonfinite_be[] = {"be", "been", "being"};
static const char *const do_not[] = {"did", "does", "do", "not"};

/* Is token t a form of "be" (is, were, been...)? */
static bool
is_be_form(const ne_doc *doc, int32_t t)
{
	return IS_WORD_IN(doc, t, finite_be) || IS_WORD_IN(doc, t, nonfinite_be);
}

/* Is token t an auxiliary (have, was, will, could...) or "not"? */
static bool
is_aux_word(const ne_doc *doc, int32_t t)
{
	return is_lower_word(doc, t) && (is_perfect_aux(doc, t) || IS_WORD_IN(doc, t, finite_be) ||
									 IS_WORD_IN(doc, t, modals) || IS_WORD_IN(doc, t, do_not));
}

/* Quantifiers and indefinite pronouns that stand for people as a subject ("most said", "someone shouted"). */
static const char *const quantifier_sources[] = {"most", "many", "some", "others", "several", "few", "both", "all",
"someone", "somebody", "everyone", "everybody"};

/* Can source s speak: a name, or a phrase headed by a person, role or statement ("its five-year plan" cannot)? */
static bool
speaks(const ne_doc *doc, const source *s)
{
	return s->entity >= 0 || s->mention >= 0 || s->head < 0 ||
		(lx(doc, s->head) & (NE_LX_TITLE | NE_LX_PERSON_NOUN | NE_LX_NOMINAL | NE_LX_STATEMENT)) != 0 ||
		IS_WORD_IN(doc, s->head, quantifier_sources);
}

/* Is the cue at c an -ing form (", saying", ", adding": a participle, no inverted "said X")? */
static bool
ing_form(const ne_doc *doc, int32_t c)
{
	int32_t		l = TL(doc, c);
	const char *w = TS(doc, c);

	return l > 4 && w[l - 3] == 'i' && w[l - 2] == 'n' && w[l - 1] == 'g';
}

/* Is token t a preposition whose object the following noun phrase is (in, at, to, with ...)? */
static bool
is_prep_before_object(const ne_doc *doc, int32_t t)
{
	static const char *const preps[] = {"in", "at", "on", "to", "with", "from", "during", "over", "through",
	"into", "about", "against", "among", "for"};	/* not after, before, since: they also open clauses */

	return t >= 0 && is_lower_word(doc, t) && IS_WORD_IN(doc, t, preps);
}

/* Prepositions that also open clauses: "after the ministry announced" has a subject of its own. */
static const char *const clause_prepositions[] = {"after", "before", "since"};

/* Function words that modify a source noun too: ordinals ("the second source") and "top" ("Clinton's top aide"). */
static const char *const noun_modifiers[] = {"fifth", "first", "fourth", "second", "third", "top"};


/*
 * When the "and" at token n joins two modifiers of one noun ("the science and
 * technology committee", "the trade and industry secretary", "the president
 * and chief executive"): the determiner that opens the phrase, at most three
 * words before it, no name or function word between (the caller checks the
 * phrase ends in a noun); else -1.
 */
static int32_t
and_modifier_det(attrib_state *st, int32_t lo, int32_t n)
{
	ne_doc	   *doc = st->doc;

	if (n - 1 < lo || !is_lower_word(doc, n - 1) || (lx(doc, n - 1) & (NE_LX_NONNAME | NE_LX_CUE | NE_LX_SKIPADV)))
		return -1;
	for (int32_t k = n - 2; k >= lo && k >= n - 4; k--)
	{
		if (quoted(doc, k) || doc->tokens[k].kind != NE_TOK_WORD)
			return -1;
		if (is_det(doc, k))
			return k;
		if (st->nm->tok_mention[k] >= 0 || (is_lower_word(doc, k) && (lx(doc, k) & (NE_LX_NONNAME | NE_LX_CUE))))
			return -1;
	}
	return -1;
}

/*
 * The source that ends just before token j, looking no further left than lo:
 * a name, a pronoun, "X, apposition," or a noun phrase.
 */
static bool
np_left(attrib_state *st, int32_t lo, int32_t j, source *s, int depth, bool strict)
{
	ne_doc	   *doc = st->doc;
	int32_t		a,
				cue = j + 1;	/* the token after the source: the cue, or an adverb before it */
	int			skipped = 0;
	int32_t		d;
	bool		aux = false,	/* an auxiliary was skipped: the phrase is the verb's subject */
				quantity;		/* a number opens the phrase */

	/* skip adverbs and auxiliaries: also, later, has, on Tuesday */
	while (j >= lo && skipped < 4)
	{
		uint32_t	f = lx(doc, j);

		if (is_lower_word(doc, j) && (f & NE_LX_SKIPADV))
		{
			aux |= is_perfect_aux(doc, j) || is_word(doc, j, "was") || is_word(doc, j, "were");
			j--;
		}
		else if ((f & NE_LX_WEEKDAY) && is_word(doc, j - 1, "on"))
			j -= 2;
		else if (is_lower_word(doc, j) && TL(doc, j) > 4 && doc->text[doc->tokens[j].end - 1] == 'y' &&
				 doc->text[doc->tokens[j].end - 2] == 'l' &&
				 !(f & (NE_LX_NOMINAL | NE_LX_TITLE | NE_LX_PERSON_NOUN | NE_LX_ORG)))
			j--;				/* -ly adverbs, not nouns ("the family said") */
		else
			break;
		skipped++;
	}
	if (j < lo || quoted(doc, j))
		return false;
	/* "Trump Jr. said", "Smith Inc. said": the point of an abbreviation that ends the name */
	if (is_ch(doc, j, '.') && j - 1 >= lo && doc->tokens[j - 1].kind == NE_TOK_WORD &&
		(doc->tokens[j - 1].flags & NE_TF_ABBREV) && doc->tokens[j - 1].end == doc->tokens[j].start)
		j--;
	/* "a message that said", "a statement which read": the noun phrase the relative pronoun stands for */
	if (depth == 0 && j - 1 >= lo && is_lower_word(doc, j) && (is_word(doc, j, "that") || is_word(doc, j, "which")) &&
		!(doc->tokens[j].flags & NE_TF_SENT_START) && doc->tokens[j - 1].kind == NE_TOK_WORD && !quoted(doc, j - 1))
		return np_left(st, lo, j - 1, s, depth + 1, true) && speaks(doc, s);
	/* "Guy Mansfield QC has warned": a title in capitals after a name belongs to it */
	if (j - 1 >= lo && st->nm->tok_mention[j] < 0 && st->nm->tok_mention[j - 1] >= 0 &&
		(doc->tokens[j].flags & NE_TF_ALLCAPS) && (lx(doc, j) & NE_LX_TITLE) && !quoted(doc, j - 1))
		j--;
	/* Sen. Chuck Schumer (D-N.Y.) said: skip the parenthesis */
	if (is_ch(doc, j, ')'))
	{
		int32_t		k;

		for (k = j - 1; k >= lo && k >= j - 10 && !is_ch(doc, k, '('); k--)
			;
		if (k >= lo && is_ch(doc, k, '(') && k - 1 >= lo)
			j = k - 1;
	}
	/* an apposition closed by a comma: "Hugh Hill, a doctor who treated her, said" */
	if (is_ch(doc, j, ',') && depth == 0)
	{
		int32_t		k;

		for (k = j - 1; k >= lo && k >= j - 16; k--)
		{
			if (quoted(doc, k))
				break;
			if (is_ch(doc, k, ','))
			{
				int32_t		m = apposed_person(st, lo, j);

				if (m >= 0)
					return from_mention(st, m, s);
				if (np_left(st, lo, k - 1, s, depth + 1, strict))
					return true;
				break;
			}
		}
		/* no opening comma: the first name of the stretch (not before ", adding": a participle's is the clause's) */
		if (ing_form(doc, cue))
			return false;
		for (k = (j - 16 > lo ? j - 16 : lo); k < j; k++)
			if (!quoted(doc, k) && st->nm->tok_mention[k] >= 0 &&
				!(doc->mentions[st->nm->tok_mention[k]].flags & NE_MF_POSSESSIVE))
				return from_mention(st, st->nm->tok_mention[k], s);
		return false;
	}
	if (st->nm->tok_mention[j] >= 0)
	{
		int32_t		m = st->nm->tok_mention[j];
		/* (a one-word "person" after a link is a firm nobody knew: "Clemens Fuest of Ifo said") */
		int32_t		p = doc->mentions[m].kind == NE_MK_ORG ||
			(doc->mentions[m].kind == NE_MK_PERSON && st->nm->mx[m].tok_first == j) ? person_before_org(st, lo, m) : -1;

		if (p >= 0)
			return from_mention(st, p, s);
		if (doc->mentions[m].kind != NE_MK_PRONOUN || is_source_pronoun(doc, j))
			return from_mention(st, m, s);
	}
	if (is_source_pronoun(doc, j))
		return from_pronoun(st, j, s);
	{
		/* "Robert Dole of Kansas said", "Hugo Ruiz of New Mexico said", "Clemens Fuest of the Ifo
		 * institute said": the person before "of <Place>" or "of the <firm> institute" */
		int32_t		k = j;

		while (k > lo && k > j - 5 && doc->tokens[k].kind == NE_TOK_WORD && !quoted(doc, k) &&
			   ((doc->tokens[k].flags & NE_TF_CAP) ? k > j - 3 && (st->nm->tok_mention[k] < 0 || (k < j && one_word_mention(st, k))) :
				(is_word(doc, k, "the") || ((lx(doc, k) & (NE_LX_ORG_NOUN | NE_LX_ORG)) && !(lx(doc, k) & (NE_LX_TITLE | NE_LX_PERSON_NOUN))))))
			k--;
		if (k < j && k - 1 >= lo && is_word(doc, k, "of") && st->nm->tok_mention[k - 1] >= 0 && !quoted(doc, k - 1) &&
			doc->mentions[st->nm->tok_mention[k - 1]].kind == NE_MK_PERSON)
			return from_mention(st, st->nm->tok_mention[k - 1], s);
	}
	if (doc->tokens[j].kind != NE_TOK_WORD)
	{
		/* "the 43-year-old asked": an age as the head after a determiner */
		if (doc->tokens[j].kind == NE_TOK_NUMBER && valid_head(doc, j) && j - 1 >= lo && is_det(doc, j - 1) &&
			!quoted(doc, j - 1))
			return from_nominal(st, j - 1, j, j, s);
		/* Sen. Al Franken, D-Minn. -- skip a trailing party tag */
		return false;
	}
	/* a noun phrase ending at j: walk left over words, no commas or verbs */
	a = j;
	while (a - 1 >= lo && j - (a - 1) < 8 && !quoted(doc, a - 1) &&
		   (doc->tokens[a - 1].kind == NE_TOK_WORD || is_ch(doc, a - 1, '.') || is_ch(doc, a - 1, '\'') ||
			is_ch(doc, a - 1, '-')) &&
		   !cue_len(doc, a - 1, doc->ntokens) && !(doc->tokens[a].flags & NE_TF_SENT_START))
	{
		uint32_t	f = lx(doc, a - 1);

		if (is_lower_word(doc, a - 1) && (f & (NE_LX_SKIPADV)) && !(f & NE_LX_NOMINAL))
			break;
		if (a - 2 >= lo && ed_word(doc, a - 1) && is_aux_word(doc, a - 2))
			break;				/* "it has received documents which indicate": the verb is no part */
		if (is_word(doc, a - 1, "and") && (lx(doc, j) & (NE_LX_NOMINAL | NE_LX_TITLE | NE_LX_PERSON_NOUN | NE_LX_ORG_NOUN)) &&
			(d = and_modifier_det(st, lo, a - 1)) >= 0)
		{
			a = d;				/* "the science and technology committee said" */
			break;
		}
		if (is_word(doc, a - 1, "and") || is_word(doc, a - 1, "that") || is_word(doc, a - 1, "but") ||
			is_word(doc, a - 1, "as") || is_word(doc, a - 1, "while") || is_word(doc, a - 1, "when"))
			break;
		/* function words other than determiners end the phrase (until, to, of the ...); not modifiers
		 * that are also such words ("the new manager", "Trump's campaign manager", "the second source") */
		if (is_lower_word(doc, a - 1) && (f & NE_LX_NONNAME) && !is_det(doc, a - 1) &&
			!(f & (NE_LX_NOMINAL | NE_LX_NAT | NE_LX_TITLE | NE_LX_PERSON_NOUN | NE_LX_ORG_NOUN)) &&
			!IS_WORD_IN(doc, a - 1, noun_modifiers))
			break;
		a--;
		if (is_det(doc, a))
			break;
	}
	/* "Trump at the time said", "Trump in his speech called": the subject precedes the phrase (not
	 * "a fine after the man had posted", "critics after the ministry announced": a clause of its own) */
	if (depth == 0 && !aux && a - 2 >= lo && is_lower_word(doc, a - 1) &&
		!(IS_WORD_IN(doc, a - 1, clause_prepositions) &&
		  (!is_lower_word(doc, j) || (lx(doc, j) & (NE_LX_NOMINAL | NE_LX_TITLE | NE_LX_PERSON_NOUN | NE_LX_ORG_NOUN)))) &&
		(is_word(doc, a - 1, "at") || is_word(doc, a - 1, "in") || is_word(doc, a - 1, "on") ||
		 is_word(doc, a - 1, "during") || is_word(doc, a - 1, "after") || is_word(doc, a - 1, "before") ||
		 is_word(doc, a - 1, "since") || is_word(doc, a - 1, "with") || is_word(doc, a - 1, "from") ||
		 is_word(doc, a - 1, "over") || is_word(doc, a - 1, "through")) &&
		np_left(st, lo, a - 2, s, depth + 1, true) && !(s->head >= 0 && ing_form(doc, s->head)))
		return true;			/* (not "his hours tinkering with this new thing called") */
	/* "one portfolio manager for a large securities house in Frankfurt said", "a spokesman for the firm said": the
	 * source noun before the phrases */
	if (depth == 0 && (is_word(doc, a - 1, "in") || is_word(doc, a - 1, "at") || is_word(doc, a - 1, "for") ||
					   is_word(doc, a - 1, "of")) && source_before_phrases(st, lo, a - 1, j, s))
		return true;
	/* "Michael Lamberty, a Lufthansa spokesman told": the person before the apposition */
	if (depth == 0)
	{
		int32_t		pm = person_before_role(st, lo, j);

		if (pm >= 0)
			return from_mention(st, pm, s);
	}
	while (a < j && doc->tokens[a].kind == NE_TOK_PUNCT)
		a++;
	/* "14 percent said", "the 23-year-old striker told": a number before the head opens the phrase */
	quantity = is_lower_word(doc, j) && a == j && j - 1 >= lo && doc->tokens[j - 1].kind == NE_TOK_NUMBER &&
		!quoted(doc, j - 1) &&
		(j - 2 < lo || (doc->tokens[j - 1].flags & NE_TF_SENT_START) || is_det(doc, j - 2) || is_ch(doc, j - 2, ',') ||
		 is_word(doc, j - 2, "and") || is_word(doc, j - 2, "which") || is_word(doc, j - 2, "while"));
		/* (not "the nominee for the Nov. 8 election", "lasted for 14 years") */
	if (quantity)
		a = (j - 2 >= lo && is_det(doc, j - 2)) ? j - 2 : j - 1;
	/* "but in a later interview said", "an email to his supporters notes": the object of a preposition
	 * is no subject (the walk stops at "later": an adverb elsewhere) */
	if (depth == 0 && !aux && is_lower_word(doc, j) && !quantity && !(cue + 1 < doc->ntokens && ing_form(doc, cue)))
	{
		/* (not "the editorial telling him": a participle's subject) */
		int32_t		p = (a == j && j - 2 >= lo && is_det(doc, j - 2)) ? j - 3 : is_det(doc, a) ? a - 1 : -1;

		if (p >= lo && is_prep_before_object(doc, p))
		{
			/* "a source close to the talks said", "an aide to a senator said": the phrase before it */
			static const char *const related[] = {"close", "familiar", "near", "loyal", "opposed", "allied"};
			int32_t		k = p - 1;

			if (IS_WORD_IN(doc, k, related))
				k--;
			return k >= lo && np_left(st, lo, k, s, depth + 1, true) && speaks(doc, s);
		}
	}
	/* "Six in 10 members said", "one in five voters said" */
	if (!quantity && is_lower_word(doc, j) && a == j && j - 3 >= lo && is_word(doc, j - 2, "in") &&
		is_count(doc, j - 1) && is_count(doc, j - 3))
	{
		quantity = true;
		a = j - 3;
	}
	/* "most said", "others said", "both said": a quantifier standing for people */
	if (depth <= 1 && a == j && (is_lower_word(doc, j) || (doc->tokens[j].flags & NE_TF_SENT_START)) &&
		IS_WORD_IN(doc, j, quantifier_sources) &&
		!is_det(doc, j - 1))
		return from_nominal(st, j, j, j, s);
	/* a person noun heads a source phrase in lower case ("A North American banker") or after a
	 * determiner ("The West Virginia Democrat"), not as a modifier ("Republican claims") */
	if (strict ? !((lx(doc, j) & NE_LX_NOMINAL) || quantity ||
				   ((lx(doc, j) & NE_LX_PERSON_NOUN) && (is_lower_word(doc, j) || is_det(doc, a))) ||
				   (valid_head(doc, j) && is_lower_word(doc, j) && (is_det(doc, j - 1) || is_det(doc, j - 2))) ||
				   /* a plural opening the sentence: "Corporate lobbyists describe such work as" (with a verb that
					* agrees: not "Multiple news reports", "McFadden makes claims") */
				   (valid_head(doc, j) && is_lower_word(doc, j) && plural_form(doc, j) && a < j &&
					(doc->tokens[a].flags & NE_TF_SENT_START) && st->nm->tok_mention[a] < 0 && !is_word(doc, j, "news") &&
					cue < doc->ntokens && TS(doc, cue)[TL(doc, cue) - 1] != 's') ||
				   /* an owner as the determiner of a role: "Scotland's first minister" (not "Baker's weekend") */
				   ((lx(doc, j) & (NE_LX_TITLE | NE_LX_ORG_NOUN | NE_LX_STATEMENT)) && is_lower_word(doc, j) &&
					(possessive_word(doc, j - 1) || possessive_word(doc, j - 2)))) :
		!valid_head(doc, j))
		return false;
	if (is_lower_word(doc, j) || (lx(doc, j) & NE_LX_NOMINAL))
	{
		/* a name inside the phrase that is its head: "Trump spokeswoman Hope Hicks" is handled above */
		return from_nominal(st, a, j, j, s);
	}
	/* a capitalised word that is no mention: take the first mention in the phrase, else the phrase */
	for (int32_t k = a; k <= j; k++)
		if (st->nm->tok_mention[k] >= 0)
			return from_mention(st, st->nm->tok_mention[k], s);
	return from_nominal(st, a, j, j, s);
}

/*
 * Widens the source s of a noun phrase over the first phrase of [k, j] after
 * its noun ("A spokesman for Manchester United", "Officials of the two firms"): the
 * span and, unless an entity names the source, its name; an organisation
 * named or described there is the source ("for Manchester United", "for
 * the firm").
 */
static void
over_phrases(attrib_state *st, source *s, int32_t k, int32_t j)
{
	static const char *const phrase_ends[] = {"at", "for", "from", "in", "not", "of", "on", "that", "which", "who",
	"with"};
	ne_doc	   *doc = st->doc;

	/* the first phrase only: "for a large fund house" (not "in Harbourton"), "at a firm" (not "not in the deal") */
	for (int32_t u = k + 1; u < j; u++)
		if (is_lower_word(doc, u) && (IS_WORD_IN(doc, u, phrase_ends) || ing_form(doc, u)))
		{
			j = u - 1;
			break;
		}
	s->span.end = doc->tokens[j].end;
	if (s->entity >= 0)
		return;
	for (int32_t u = k; u <= j; u++)
	{
		int32_t		m = st->nm->tok_mention[u],
					e = -1;

		if (m >= 0 && doc->mentions[m].kind == NE_MK_ORG)
			e = doc->mentions[m].entity;
		else if (m < 0 && u < j && is_word(doc, u, "the") && is_lower_word(doc, j) && (lx(doc, j) & NE_LX_ORG_NOUN))
			e = description_entity(st, u, j);	/* "a spokesman for the firm": the firm the story is about */
		if (e >= 0 && doc->entities[e].kind == NE_ENT_ORG)
		{
			s->entity = e;
			s->kind = NE_ENT_ORG;
			s->name = doc->entities[e].name;
			return;
		}
	}
	s->name = ne_fold_spaces(doc->arena, doc->text + s->span.start, s->span.end - s->span.start);
}

/*
 * A source noun phrase that ends before a preposition of firm or place at or
 * before token p ("one portfolio manager | for a large securities house | in
 * Frankfurt"), within 14 words and no comma: a determiner, then its head
 * (det_np_head), then "for", "of", "at", "with" or "in".  Sets s from it.
 */
static bool
source_before_phrases(attrib_state *st, int32_t lo, int32_t p, int32_t j, source *s)
{
	static const char *const firm_or_place[] = {"for", "of", "at", "with", "in"};
	ne_doc	   *doc = st->doc;

	for (int32_t k = p - 1; k >= lo && k > p - 14; k--)
	{
		if (quoted(doc, k) || doc->tokens[k].kind != NE_TOK_WORD)
			return false;
		if ((is_lower_word(doc, k) || (doc->tokens[k].flags & NE_TF_SENT_START)) && (lx(doc, k) & NE_LX_NOMINAL) &&
			IS_WORD_IN(doc, k + 1, firm_or_place))
		{
			int32_t		d;

			for (d = k - 1; d >= lo && d >= k - 4; d--)
				if (is_det(doc, d))
					break;
			if (d >= lo && d >= k - 4)
			{
				if (det_np_head(doc, d, k + 1) != k || !from_nominal(st, d, k, k, s))
					return false;
			}
			/* "Officials of both companies estimated": a plural with no article that opens the clause */
			else if (!(plural_form(doc, k) && (k == lo || (doc->tokens[k].flags & NE_TF_SENT_START) ||
											   is_ch(doc, k - 1, ','))) || !from_nominal(st, k, k, k, s))
				return false;
			over_phrases(st, s, k + 1, j);
			return true;
		}
	}
	return false;
}

/*
 * Does word t end like a verb form: "slated comedian X" is a clause, no role
 * phrase.  An -ing word right before a role word is a modifier ("managing
 * director", "acting chairman").
 */
static bool
verb_like(const ne_doc *doc, int32_t t)
{
	const char *w = TS(doc, t);
	int32_t		l = TL(doc, t);

	if (l > 4 && memcmp(w + l - 2, "ed", 2) == 0)
		return true;
	return l > 5 && memcmp(w + l - 3, "ing", 3) == 0 &&
		!(is_lower_word(doc, t + 1) && (lx(doc, t + 1) & (NE_LX_TITLE | NE_LX_PERSON_NOUN)));
}

/*
 * After a cue, the person that mention m introduces, or m: "says Total
 * Film's Jamie Graham", "said Deutsche Bank's Simon Champion" (an owner,
 * then a name) and "said Milan coach Carlo Ancelotti" (a name, then role
 * words, then a name) are said by the person named last.
 */
static int32_t
person_after_owner(attrib_state *st, int32_t m, int32_t lim)
{
	const ne_doc *doc = st->doc;
	int32_t		k = st->nm->mx[m].tok_end,
				roles = 0,
				p;

	if ((doc->mentions[m].flags & NE_MF_POSSESSIVE) && k < lim && doc->tokens[k].kind == NE_TOK_PUNCT &&
		doc->tokens[k].start == doc->tokens[k - 1].end)
		k++;					/* the bare apostrophe of "Sky Networks' Sophie Turner Laing" */
	if (doc->mentions[m].kind == NE_MK_ORG && k + 2 < lim && (is_word(doc, k, "and") || is_ch(doc, k, '&')) &&
		(doc->tokens[k + 1].flags & NE_TF_CAP) && st->nm->tok_mention[k + 1] < 0)
	{
		/* "said Gulf and Western chairman Martin Davis": the rest of the firm's name before the role */
		int32_t		u = k + 1;

		while (u < lim && u - k <= 3 && doc->tokens[u].kind == NE_TOK_WORD && (doc->tokens[u].flags & NE_TF_CAP) &&
			   st->nm->tok_mention[u] < 0 && !quoted(doc, u))
			u++;
		if (u < lim && is_lower_word(doc, u) && (lx(doc, u) & (NE_LX_TITLE | NE_LX_PERSON_NOUN)))
			k = u;
	}
	if (k < lim && is_lower_word(doc, k))
	{
		/*
		 * role words in lower case: "coach", "chief executive", "president and chief executive",
		 * also after plain modifiers that are no function words: "food analyst", "senior economist"
		 */
		int32_t		last_role = -1;

		for (; k < lim && roles < 4 && is_lower_word(doc, k) && !quoted(doc, k); k++, roles++)
		{
			uint32_t	f = lx(doc, k);

			/* a title modifier of four letters or more is part of the role, common word or not: "campaign manager" */
			bool		modifier = (f & NE_LX_TITLE_MOD) && !(f & (NE_LX_PRON | NE_LX_CUE)) && TL(doc, k) > 3;

			if (f & (NE_LX_TITLE | NE_LX_PERSON_NOUN))
				last_role = k;
			else if (!(roles > 0 && is_word(doc, k, "and")) &&
					 (((f & (NE_LX_NONNAME | NE_LX_CUE | NE_LX_SKIPADV | NE_LX_PRON | NE_LX_PRON_REL)) && !modifier) ||
					  verb_like(doc, k)))
				break;
		}
		if (last_role < 0)
			return m;
		/* the role ends the run: "analyst" in "food analyst June Page"; a name right after the run follows
		 * it all the same ("executive producer Marc Samuelson") */
		if (!(k < lim && st->nm->tok_mention[k] >= 0 && st->nm->mx[st->nm->tok_mention[k]].tok_first == k &&
			  doc->mentions[st->nm->tok_mention[k]].kind == NE_MK_PERSON))
			k = last_role + 1;
		/* "director of commercial planning": of and up to three lower-case words */
		if (is_word(doc, k, "of"))
		{
			int32_t		o = k + 1;

			while (o < lim && o <= k + 3 && is_lower_word(doc, o) && !quoted(doc, o))
				o++;
			if (o > k + 1)
				k = o;
		}
		/* the name in apposition: "chief executive, Anne Weyman" */
		if (is_ch(doc, k, ','))
			k++;
	}
	/* an honorific before the name: "boss Sir Alex Ferguson", "chairman Dr. Brian Finn" */
	if (k < lim && st->nm->tok_mention[k] < 0 && doc->tokens[k].kind == NE_TOK_WORD && (lx(doc, k) & NE_LX_HONORIFIC))
	{
		k++;
		if (k < lim && is_ch(doc, k, '.'))
			k++;
	}
	if (k >= lim || quoted(doc, k) || (p = st->nm->tok_mention[k]) < 0 || p == m ||
		st->nm->mx[p].tok_first != k || doc->mentions[p].kind != NE_MK_PERSON ||
		doc->tokens[k].sentence != doc->tokens[st->nm->mx[m].tok_first].sentence)
		return m;
	return p;
}

/* The source that starts at token j (after a cue: said Sessions, according to X), up to lim. */
static bool
np_right(attrib_state *st, int32_t j, int32_t lim, source *s)
{
	/* words that open a clause or a phrase of place or topic, not a source */
	static const char *const no_source_openers[] = {"that", "in", "on", "of", "to", "about", "with", "at"};
	static const char *const participle_links[] = {"by", "on", "for", "to", "with", "in", "at", "from", "about",
	"under", "as"};
	ne_doc	   *doc = st->doc;
	int32_t		b;

	while (j < lim && (is_ch(doc, j, ',') || is_ch(doc, j, ':')))
		j++;
	if (j >= lim || quoted(doc, j))
		return false;
	/* "said his friend and co-star Julie Walters": an owner's pronoun, roles, then the name */
	if (IS_WORD_IN(doc, j, owner_pronouns))
	{
		int32_t		k = j + 1;

		while (k < lim && k <= j + 6 && !quoted(doc, k) &&
			   ((is_lower_word(doc, k) && (!(lx(doc, k) & (NE_LX_NONNAME | NE_LX_CUE)) || is_word(doc, k, "and"))) ||
				(is_ch(doc, k, '-') && k > j + 1 && is_lower_word(doc, k + 1))))	/* co-star */
			k++;
		if (k > j + 1 && k < lim && st->nm->tok_mention[k] >= 0 && st->nm->mx[st->nm->tok_mention[k]].tok_first == k &&
			doc->mentions[st->nm->tok_mention[k]].kind == NE_MK_PERSON && !quoted(doc, k))
			return from_mention(st, st->nm->tok_mention[k], s);
	}
	if (st->nm->tok_mention[j] >= 0)
	{
		int32_t		m = st->nm->tok_mention[j],
					p = person_after_owner(st, m, lim),
					r = st->nm->mx[m].tok_end;

		/* "said Diaz's deputy": the owner's role, no name after it; the phrase speaks */
		if (p == m && (doc->mentions[m].flags & NE_MF_POSSESSIVE))
		{
			while (r < lim && r < st->nm->mx[m].tok_end + 3 && is_lower_word(doc, r) && !quoted(doc, r) &&
				   (lx(doc, r) & (NE_LX_TITLE | NE_LX_PERSON_NOUN | NE_LX_NOMINAL | NE_LX_TITLE_MOD)) &&
				   !(lx(doc, r) & (NE_LX_CUE | NE_LX_NONNAME)))
				r++;
			if (r > st->nm->mx[m].tok_end && (lx(doc, r - 1) & (NE_LX_TITLE | NE_LX_PERSON_NOUN | NE_LX_NOMINAL)))
				return from_nominal(st, j, r - 1, r - 1, s);
		}
		return from_mention(st, p, s);
	}
	if (is_source_pronoun(doc, j))
		return from_pronoun(st, j, s);
	if (doc->tokens[j].kind != NE_TOK_WORD && !(doc->tokens[j].kind == NE_TOK_NUMBER && valid_head(doc, j)))
		return false;
	if (IS_WORD_IN(doc, j, no_source_openers))
		return false;
	/* a noun phrase: up to a comma, a period, a verb-like break, 8 words */
	b = j;
	while (b + 1 < lim && b + 1 - j < 8 && !quoted(doc, b + 1) &&
		   (doc->tokens[b + 1].kind == NE_TOK_WORD || (doc->tokens[b + 1].kind == NE_TOK_NUMBER && valid_head(doc, b + 1))))
	{
		if (st->nm->tok_mention[b + 1] >= 0)	/* "former Obama adviser David Axelrod": the adviser */
			return from_mention(st, person_after_owner(st, st->nm->tok_mention[b + 1], lim), s);
		if (is_word(doc, b + 1, "who") || is_word(doc, b + 1, "that") || is_word(doc, b + 1, "in") ||
			is_word(doc, b + 1, "on") || cue_len(doc, b + 1, lim))
			break;
		/* "a German user from Hanover going by the handle ...": a participle and its preposition or
		 * object end the phrase ("a leading trust bank", "a shipping company" go on) */
		if (b > j && is_lower_word(doc, b + 1) && ing_form(doc, b + 1) && b + 2 < lim &&
			(is_det(doc, b + 2) || IS_WORD_IN(doc, b + 2, participle_links)))
			break;
		b++;
	}
	if (!valid_head(doc, b))
		return false;
	return from_nominal(st, j, b, b, s);
}

/* Sets the cue of s to tokens [c, c+n). */
static void
set_cue(attrib_state *st, source *s, int32_t c, int n)
{
	ne_doc	   *doc = st->doc;

	s->cue = (ne_span) {doc->tokens[c].start, doc->tokens[c + n - 1].end};
	s->cue_text = ne_fold_spaces(doc->arena, doc->text + s->cue.start, s->cue.end - s->cue.start);
}

/* ------------------------------------------------------------- stages */

/* First token after the quote's closing mark, and the window end (same paragraph, no other quote). */
static int32_t
after_limit(attrib_state *st, int32_t from, bool same_sentence)
{
	ne_doc	   *doc = st->doc;
	int32_t		lim = from,
				sent = from < doc->ntokens ? doc->tokens[from].sentence : -1;
	int32_t		para = sent >= 0 ? doc->sentences[sent].paragraph : -1;

	while (lim < doc->ntokens && lim - from < W)
	{
		const ne_token *t = &doc->tokens[lim];

		if (t->kind == NE_TOK_QUOTE || (t->flags & NE_TF_IN_QUOTE))
			break;
		if (same_sentence && t->sentence != sent)
			break;
		if (doc->sentences[t->sentence].paragraph != para)
			break;
		lim++;
	}
	return lim;
}

/*
 * The sentence after a quote goes on with words of its own but ends in an
 * attribution: '..., said Marla Kilfoyle, executive director.' or
 * '..., Gilbert said.'  Looks only at the end of [a, lim).
 */
static bool
tail_attribution(attrib_state *st, int32_t a, int32_t lim, source *s)
{
	ne_doc	   *doc = st->doc;
	int32_t		e = lim - 1;

	while (e > a && doc->tokens[e].kind == NE_TOK_PUNCT && !is_ch(doc, e, ','))
		e--;
	if (e <= a)
		return false;
	/* ", X said." */
	if (cue_len(doc, e, lim) == 1 && !participial_cue(doc, e))
	{
		int32_t		m = st->nm->tok_mention[e - 1];

		if (m >= 0 && st->nm->mx[m].tok_first > a && is_ch(doc, st->nm->mx[m].tok_first - 1, ','))
		{
			from_mention(st, m, s);
			set_cue(st, s, e, 1);
			s->how = NE_HOW_AFTER;
			s->conf = 0.6f;
			return true;
		}
	}
	/* ", said X[, apposition]." */
	for (int32_t k = e; k > a && k >= e - 16; k--)
	{
		int			n;

		if (!is_ch(doc, k, ',') || k + 1 > e)
			continue;
		n = cue_len(doc, k + 1, lim);
		if (n > 0 && !ing_form(doc, k + 1) && k + 1 + n < lim && st->nm->tok_mention[k + 1 + n] >= 0)
		{
			from_mention(st, st->nm->tok_mention[k + 1 + n], s);
			set_cue(st, s, k + 1, n);
			s->how = NE_HOW_AFTER;
			s->conf = 0.6f;
			return true;
		}
	}
	return false;
}

/*
 * Is there a cue in the current quote's sentence before the quote ("Trump
 * said he was \"happy\" ..., according to the Times": Trump said it)?
 */
static bool
cue_opens_sentence(attrib_state *st)
{
	const ne_doc *doc = st->doc;
	int32_t		t_open = st->t_open[st->cur_q],
				first = doc->sentences[doc->tokens[t_open].sentence].tok_first;

	if (first < t_open - PHRASE_REACH)
		first = t_open - PHRASE_REACH;	/* a bounded look back: linear time in one endless sentence */
	/* in the main clause ("After Craig Patrick asked about it, ..." is no attribution), active, finite */
	for (int32_t c = verb_cue_in(st, 0, clause_start(doc, first, t_open), t_open, t_open); c >= 0;
		 c = verb_cue_in(st, 0, c + 1, t_open, t_open))
		if (!(c > 0 && (is_word(doc, c - 1, "to") || is_be_form(doc, c - 1))))
			return true;
	return false;
}

/* Does the sentence end within three words from token t ("Trump asked.", "she said on Monday.")? */
static bool
sentence_ends_soon(const ne_doc *doc, int32_t t, int32_t lim)
{
	for (int32_t u = t; u < lim && u <= t + 3; u++)
		if (is_ch(doc, u, '.') || is_ch(doc, u, '!') || is_ch(doc, u, '?') || doc->tokens[u].kind == NE_TOK_QUOTE)
			return true;
	return t >= lim;
}

/* Does source s (a phrase after the cue at c) end its sentence: ", says the assembly government." */
static bool
closes_sentence(attrib_state *st, const source *s, int32_t c, int32_t lim)
{
	const ne_doc *doc = st->doc;
	int32_t		t = ne_first_token_from(doc, c, s->span.end);

	return s->span.end > s->span.start && (t >= lim || is_ch(doc, t, '.'));
}

/*
 * A noun phrase that opens a closing clause and ends at v: ", the lord
 * chancellor has said."  It starts right after a comma and is no name (names
 * are found above); a phrase that stands for an entity ("the chancellor") is
 * kept, since from_nominal has recorded its mention.
 */
static bool
nominal_after_comma(attrib_state *st, int32_t a, int32_t v, source *s)
{
	ne_doc	   *doc = st->doc;
	int32_t		k;

	for (k = v; k > a && k >= v - 8 && !is_ch(doc, k, ','); k--)
		;
	if (k <= a || k == v || !is_ch(doc, k, ','))
		return false;
	if (!np_left(st, k + 1, v, s, 0, true))
		return false;
	if (s->mention >= 0 && doc->mentions[s->mention].kind != NE_MK_NOMINAL)
		return false;
	return s->span.start == doc->tokens[k + 1].start;
}

/* Stage 1: "...," X said / said X / according to X / -X, from token p to lim. */
static bool
find_after(attrib_state *st, int32_t p, int32_t lim, source *s, bool strong)
{
	ne_doc	   *doc = st->doc;
	int32_t		a = p;

	if (p >= lim)
		return false;
	/* "..." -X */
	if (is_dash(doc, p) && p + 1 < lim && st->nm->tok_mention[p + 1] >= 0)
	{
		from_mention(st, st->nm->tok_mention[p + 1], s);
		set_cue(st, s, p, 1);
		s->how = NE_HOW_DASH;
		s->conf = 0.8f;
		return true;
	}
	/*
	 * 'a "chief trade prosecutor" who reports to the president': a relative clause on the quoted words
	 * is no attribution; one may follow it after a comma ('... who has won two elections, the board writes')
	 */
	if (a < lim && !strong && (is_word(doc, a, "who") || is_word(doc, a, "which")) && is_lower_word(doc, a))
	{
		while (a < lim && a < p + PHRASE_REACH && !is_ch(doc, a, ',') && !quoted(doc, a))
			a++;
		if (a >= lim || !is_ch(doc, a, ','))
			return false;
	}
	while (a < lim && (is_ch(doc, a, ',') || is_dash(doc, a) || is_ch(doc, a, '(')))
	{
		strong = true;
		a++;
	}
	/* "...," Trump, the front-runner and ..., said: a name, its apposition, then the cue */
	if (strong && a < lim && st->nm->tok_mention[a] >= 0 && doc->mentions[st->nm->tok_mention[a]].kind != NE_MK_PRONOUN &&
		is_ch(doc, st->nm->mx[st->nm->tok_mention[a]].tok_end, ','))
	{
		int32_t		m = st->nm->tok_mention[a];

		for (int32_t k = st->nm->mx[m].tok_end + 1; k + 1 < lim && k < a + W; k++)
			if (is_ch(doc, k, ','))
			{
				int32_t		c = k + 1;
				int			n;

				while (c < lim && is_lower_word(doc, c) && (lx(doc, c) & NE_LX_SKIPADV))
					c++;
				n = cue_len(doc, c, lim);
				if (n > 0 && !ing_form(doc, c))
				{
					from_mention(st, m, s);
					set_cue(st, s, c, n);
					s->how = NE_HOW_AFTER;
					s->conf = 0.8f;
					return true;
				}
			}
	}
	for (int32_t c = a; c < lim; c++)
	{
		int			n = cue_len(doc, c, lim);

		if (n == 0)
		{
			/* a sentence of its own that is not an attribution ends the search */
			if (is_ch(doc, c, ';') || is_ch(doc, c, ':'))
				return false;
			continue;
		}
		if (c - a > 20 || (!strong && (c - a > 3 || participial_cue(doc, c))))
		{
			/* far from the quote, or no comma after it: only a closing ", said X" or ", X (has) said." */
			int32_t		v = c - 1 > a && is_perfect_aux(doc, c - 1) ? c - 2 : c - 1;	/* "lenders have said" */
			int32_t		m = st->nm->tok_mention[v];
			int32_t		before = m >= 0 ? st->nm->mx[m].tok_first - 1 : (is_source_pronoun(doc, v) ? v - 1 : -1);
			bool		ends = c + n >= lim || is_ch(doc, c + n, '.') || is_ch(doc, c + n, ',');

			/* ", DFA spokesman Neil Sroka said.": a role, maybe with its firm, between the comma and the name */
			if (m >= 0 && before > a && !is_ch(doc, before, ','))
			{
				int32_t		k = before;

				while (k > a && k > before - 6 && !quoted(doc, k) &&
					   ((is_lower_word(doc, k) && (lx(doc, k) & (NE_LX_TITLE | NE_LX_PERSON_NOUN | NE_LX_TITLE_MOD)) &&
						 !(lx(doc, k) & NE_LX_NONNAME)) ||
						(doc->tokens[k].kind == NE_TOK_WORD && (doc->tokens[k].flags & NE_TF_CAP))))
					k--;
				if (k < before && is_ch(doc, k, ',') && (lx(doc, before) & (NE_LX_TITLE | NE_LX_PERSON_NOUN)))
					before = k;
			}

			if (is_ch(doc, c - 1, ',') && (!ing_form(doc, c) || (is_according(doc, c) && !cue_opens_sentence(st))) &&
				np_right(st, c + n, lim, s) && (s->mention >= 0 || closes_sentence(st, s, c, lim)))
				;
			else if (before >= 0 && is_ch(doc, before, ',') && ends && np_left(st, a, v, s, 0, true))
				;
			else if (m < 0 && ends && c + n < lim && is_ch(doc, c + n, '.') && v > a &&
					 nominal_after_comma(st, a, v, s))
				;
			else if (!strong && m < 0 && ends && c + n < lim && is_ch(doc, c + n, '.') && is_det(doc, a) &&
					 is_lower_word(doc, a) && np_left(st, a, v, s, 0, true) && s->span.start == doc->tokens[a].start)
				;				/* '"..." a senior official commented.': the comma left out */
			else
				continue;
			set_cue(st, s, c, n);
			s->how = NE_HOW_AFTER;
			s->conf = 0.6f;
			return true;
		}
		/*
		 * "...," and he vowed / including provisions he said / "thousands" of
		 * people cheered: a new clause or the rest of a phrase, not an
		 * attribution
		 */
		if (c > a && is_lower_word(doc, a) && !is_det(doc, a) && !is_source_pronoun(doc, a) &&
			(is_word(doc, a, "of") || is_word(doc, a, "for") ||
			 (!(lx(doc, a) & (NE_LX_NOMINAL | NE_LX_TITLE | NE_LX_TITLE_MOD)) &&
			  (((lx(doc, a) & NE_LX_NONNAME) && TL(doc, a) <= 5) || (lx(doc, a) & NE_LX_CUE) ||
			   (TL(doc, a) > 4 && memcmp(TS(doc, a) + TL(doc, a) - 3, "ing", 3) == 0)))))
			return tail_attribution(st, a, lim, s);
		/* '"more venturesome" oil borrowers that promised': a relative clause on a phrase the quote is in */
		if (!strong && c - 1 > a && is_lower_word(doc, c - 1) && (is_word(doc, c - 1, "that") || is_word(doc, c - 1, "which")))
			return false;
		/* "...," he claimed they had ...: the cue opens a clause of its own */
		if (c + n < lim && (is_word(doc, c + n, "that") || (is_source_pronoun(doc, c + n) && !is_word(doc, c + n, "who") &&
														 c + n + 1 < lim && is_lower_word(doc, c + n + 1))))
			continue;
		if (c > a && !is_according(doc, c))
		{
			/*
			 * "... production to match demand": a verb after "to" and its object, no subject and cue;
			 * but "the circular to banks states": the noun before "to" speaks
			 */
			if (c - 2 >= a && is_word(doc, c - 2, "to") && is_lower_word(doc, c - 1))
			{
				if (!(c - 3 >= a && is_lower_word(doc, c - 3) && (lx(doc, c - 3) & (NE_LX_NOMINAL | NE_LX_STATEMENT)) &&
					  np_left(st, a, c - 3, s, 0, true)))
					continue;
			}
			/* a long stretch or a participle: only a name, pronoun or source noun before the cue */
			else if (!np_left(st, a, c - 1, s, 0, participial_cue(doc, c)))
				continue;
		}
		else if (n == 1 && participial_cue(doc, c))
			continue;			/* "...," suggesting he might: no inverted subject */
		else if (!np_right(st, c + n, lim, s))
			continue;
		set_cue(st, s, c, n);
		s->how = NE_HOW_AFTER;
		s->conf = c - a <= 3 ? 0.9f : 0.75f;
		return true;
	}
	return false;
}

/*
 * The token after a dateline that opens the paragraph at lo ("WASHINGTON,
 * Dec. 8 (UPI) — ...", "Washington (AFP) – ..."): capitalised words, numbers
 * and , ( ) . with a parenthesis among them (or a comma after a city in
 * capitals), up to a dash within 12 tokens; else lo.  The wire service is no
 * subject.
 */
static int32_t
after_dateline(const ne_doc *doc, int32_t lo, int32_t hi)
{
	bool		marked = false, /* a comma or parenthesis: "WASHINGTON," "(UPI)", not "DJ Norman Cook - aka" */
				caps;

	if (lo >= hi || !(doc->tokens[lo].flags & NE_TF_PARA_START) || doc->tokens[lo].kind != NE_TOK_WORD ||
		!(doc->tokens[lo].flags & NE_TF_CAP))
		return lo;
	caps = (doc->tokens[lo].flags & NE_TF_ALLCAPS) != 0;
	for (int32_t t = lo + 1; t < hi && t < lo + 12; t++)
	{
		const ne_token *tk = &doc->tokens[t];

		if ((is_ch(doc, t, '-') || is_dash(doc, t)) && t + 1 < hi)
			return marked ? t + 1 : lo;
		/* "WASHINGTON, Dec. 8 (UPI) —", "Washington (AFP) –": a city in capitals, or any city and an agency */
		marked |= (caps && is_ch(doc, t, ',')) || is_ch(doc, t, '(');
		if (!(tk->kind == NE_TOK_NUMBER || (tk->kind == NE_TOK_WORD && (tk->flags & NE_TF_CAP)) ||
			  is_ch(doc, t, ',') || is_ch(doc, t, '(') || is_ch(doc, t, ')') || is_ch(doc, t, '.')))
			return lo;
	}
	return lo;
}

/* Start of the main clause in [lo, hi): after an opening "When X said ...," / "Asked about Y," / "In Iowa," */
static int32_t
clause_start(const ne_doc *doc, int32_t lo, int32_t hi)
{
	static const char *const subs[] = {"asked", "when", "after", "as", "if", "while", "because", "although",
	"though", "before", "since", "once", "pressed", "speaking", "responding", "referring", "in", "at", "during",
	"with", "on", "later", "earlier", "unlike", "like", "despite", "alongside", "amid", "among", "following",
	"under", "besides", "throughout", "within", "without", "unless", "until", "challenged", "questioned",
	"interviewed", "confronted", "quizzed", "prodded"};	/* not "For X, ...": X's view */
	lo = after_dateline(doc, lo, hi);
	/* "Later in the show, after the interview ended, Maher said": one opening clause after another */
	for (int n = 0; n < 3; n++)
	{
		bool		sub = false;
		int32_t		next = lo;

		if (lo >= hi || doc->tokens[lo].kind != NE_TOK_WORD || is_according(doc, lo))
			return lo;
		sub = NE_LEX_WORD_IN(TS(doc, lo), TL(doc, lo), subs);
		if (!sub && !participle_opener(doc, lo, hi))
			return lo;
		for (int32_t k = lo + 1; k < hi && k < lo + 30; k++)
			if (is_ch(doc, k, ','))
			{
				/* "As Ryan has pointed out, ...": an "as" clause with a cue is the attribution */
				if (ne_lex_word_is(TS(doc, lo), TL(doc, lo), "as"))
					for (int32_t c = lo + 1; c < k; c++)
						if (cue_len(doc, c, k) > 0)
							return lo;
				next = k + 1;
				break;
			}
		if (next == lo)
			return lo;
		lo = next;
	}
	return lo;
}

/*
 * Does a participial phrase open the sentence at lo, before a comma and a
 * capitalised subject ("Appearing before supporters at NLD headquarters, Suu
 * Kyi said"; not "Keating said ..., including", "Nothing changed")?
 */
static bool
participle_opener(const ne_doc *doc, int32_t lo, int32_t hi)
{
	if (!(doc->tokens[lo].flags & NE_TF_SENT_START) || !ing_form(doc, lo) || (lx(doc, lo) & NE_LX_NOMINAL) ||
		ne_lex_word_is(TS(doc, lo) + TL(doc, lo) - 5, 5, "thing"))
		return false;			/* (ing_form: five letters or more) */
	for (int32_t k = lo; k < hi && k < lo + 30; k++)
	{
		if ((cue_len(doc, k, hi) > 0 && !ing_form(doc, k)) || quoted(doc, k))
			return false;		/* a reporting verb: "Keating said ..., including" (not "cheering supporters") */
		if (is_ch(doc, k, ','))
			return k + 1 < hi && doc->tokens[k + 1].kind == NE_TOK_WORD && (doc->tokens[k + 1].flags & NE_TF_CAP);
	}
	return false;
}

/* Is token t a count: a number or one of the number words one to ten ("Six in 10", "one in five")? */
static bool
is_count(const ne_doc *doc, int32_t t)
{
	static const char *const counts[] = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"};

	if (t < 0 || t >= doc->ntokens)
		return false;
	return doc->tokens[t].kind == NE_TOK_NUMBER || IS_WORD_IN(doc, t, counts);
}

/* Is the word at t a determiner that opens a noun phrase (the, a, his, her ...)? */
static bool
is_det(const ne_doc *doc, int32_t t)
{
	static const char *const dets[] = {"the", "a", "an", "his", "her", "its", "their", "one", "another", "some", "this", "that"};

	if (t < 0 || t >= doc->ntokens || doc->tokens[t].kind != NE_TOK_WORD || TL(doc, t) > 7)
		return false;
	return NE_LEX_WORD_IN(TS(doc, t), TL(doc, t), dets);
}

/* A determiner noun phrase at d (the heckler, A Chinese official): its head, or -1. */
static int32_t
det_np_head(const ne_doc *doc, int32_t d, int32_t hi)
{
	int32_t		h = -1;

	int32_t		reach = d + 4;

	if (!is_det(doc, d))
		return -1;
	for (int32_t u = d + 1; u < hi && u <= reach; u++)
	{
		uint32_t	f;

		if (doc->tokens[u].kind != NE_TOK_WORD || quoted(doc, u))
			break;
		f = lx(doc, u);
		if (h < 0 && u > d + 1 && reach == d + 4 && is_word(doc, u, "and") && u + 2 < hi && is_lower_word(doc, u + 1) &&
			!(lx(doc, u + 1) & (NE_LX_CUE | NE_LX_NONNAME | NE_LX_SKIPADV)))
		{
			reach = d + 6;		/* "the science and technology committee", "the trade and industry secretary" */
			continue;
		}
		if ((f & NE_LX_NOMINAL) || (h >= 0 && (f & (NE_LX_TITLE | NE_LX_PERSON_NOUN)) && is_lower_word(doc, u)))
			h = u;				/* a noun, and a role noun after it: the press secretary, the party leader */
		else if (h < 0 && (f & (NE_LX_TITLE | NE_LX_PERSON_NOUN)) && !(f & (NE_LX_NAT | NE_LX_TITLE_MOD)) &&
				 is_lower_word(doc, u) && !IS_WORD_IN(doc, u, rank_adjectives))
		{
			h = u;				/* a role: the minister, the former president (not "the secretary of state": its office) */
			if (u + 1 < hi && is_word(doc, u + 1, "of"))
				return -1;
		}
		else if (h >= 0 || (f & (NE_LX_CUE | NE_LX_SKIPADV | NE_LX_NONNAME)))
			break;
	}
	return h;
}

/* Is the word at t a preposition or subordinator that cannot open a subject (As, In, When)? */
static bool
is_prep_word(const ne_doc *doc, int32_t t)
{
	static const char *const w[] = {"as", "in", "at", "on", "when", "after", "before", "if", "while", "since",
	"with", "for", "from", "by", "to", "of", "under", "during", "because", "although", "though", "and", "but", "or"};

	return IS_WORD_IN(doc, t, w);
}

/*
 * A noun phrase opening a clause and followed by its cue within ten words:
 * "The Democratic front-runner and former secretary of state said",
 * "Nuclear proliferation experts have speculated", "Another tweeted".
 * Returns the head (the word before the cue), or -1.
 */
static int32_t
subject_np_head(attrib_state *st, int32_t u, int32_t hi)
{
	ne_doc	   *doc = st->doc;

	/* "21 percent said": a number opens a quantity */
	bool		quantity = u + 1 < hi && doc->tokens[u].kind == NE_TOK_NUMBER && is_lower_word(doc, u + 1);

	if (u >= hi || (doc->tokens[u].kind != NE_TOK_WORD && !quantity) || is_prep_word(doc, u))
		return -1;
	for (int32_t c = u + 1; c < hi && c <= u + 8; c++)
	{
		int32_t		h;

		if (is_word(doc, c, "a") || is_word(doc, c, "an") || is_word(doc, c, "the"))
			return -1;			/* "The town released a statement": a verb phrase, no subject */
		if (quoted(doc, c) || is_ch(doc, c, ',') || is_ch(doc, c, ';') || is_ch(doc, c, ':') ||
			(doc->tokens[c].kind != NE_TOK_WORD && doc->tokens[c].kind != NE_TOK_NUMBER) ||
			st->nm->tok_mention[c] >= 0 || is_source_pronoun(doc, c))
			return -1;
		if (cue_len(doc, c, hi) == 0)
			continue;
		h = c - 1;
		while (h > u && is_lower_word(doc, h) && (lx(doc, h) & NE_LX_SKIPADV))
			h--;
		for (int32_t k = u + 1; k <= h; k++)
			if (is_lower_word(doc, k) && ((lx(doc, k) & NE_LX_SKIPADV) || is_word(doc, k, "could") ||
										  is_word(doc, k, "be") || cue_len(doc, k, hi) > 0))
				return -1;		/* an auxiliary or a verb inside: no plain noun phrase */
		if (quantity && h == u + 1)
			return h;
		if (!valid_head(doc, h) || (is_lower_word(doc, h) && !(lx(doc, h) & NE_LX_NOMINAL) && !is_det(doc, u) &&
									 !is_word(doc, h, "one") && !is_word(doc, h, "another")))
			return -1;
		return h;
	}
	return -1;
}

/* Is token t a lower-case word in -ed (a past tense or participle: discounted, warned)? */
static bool
ed_word(const ne_doc *doc, int32_t t)
{
	return is_lower_word(doc, t) && TL(doc, t) > 4 && memcmp(TS(doc, t) + TL(doc, t) - 2, "ed", 2) == 0;
}

/*
 * The subject that opens a clause at u, before its verb at or before k: a
 * name, a pronoun, or a source noun phrase ("Nuclear proliferation experts",
 * "Church ministers"), followed by an auxiliary, a verb in -ed or a cue.
 * Sets s.
 */
static bool
opening_subject(attrib_state *st, int32_t u, int32_t k, source *s)
{
	ne_doc	   *doc = st->doc;
	int32_t		h;

	if (u >= k || quoted(doc, u))
		return false;
	if (st->nm->tok_mention[u] >= 0)
	{
		int32_t		m = st->nm->tok_mention[u];

		if (doc->mentions[m].kind == NE_MK_PRONOUN || (doc->mentions[m].flags & NE_MF_POSSESSIVE))
			return false;
		h = st->nm->mx[m].tok_end;
		if (h < k && (is_aux_word(doc, h) || ed_word(doc, h)))
			return from_mention(st, m, s);
		return false;
	}
	if (is_source_pronoun(doc, u) && !is_word(doc, u, "it") && (is_aux_word(doc, u + 1) || ed_word(doc, u + 1)))
		return from_pronoun(st, u, s);
	/* a noun phrase: words up to its head, then the auxiliary or the verb */
	for (h = u; h + 1 < k && h < u + 5; h++)
		if ((doc->tokens[h + 1].kind != NE_TOK_WORD && doc->tokens[h + 1].kind != NE_TOK_NUMBER) ||
			is_aux_word(doc, h + 1) || ed_word(doc, h + 1) ||
			is_det(doc, h + 1) || is_prep_word(doc, h + 1) || cue_len(doc, h + 1, k) > 0)
			break;
	if (h + 1 >= k || !(is_aux_word(doc, h + 1) || ed_word(doc, h + 1) || cue_len(doc, h + 1, k) > 0) ||
		!(lx(doc, h) & (NE_LX_NOMINAL | NE_LX_PERSON_NOUN)) || st->nm->tok_mention[h] >= 0)
		return false;
	return from_nominal(st, u, h, h, s);
}

/*
 * The subject that a cue at c shares with the clause before "but" or "and"
 * ("Analysts have discounted the claims, but have speculated that"): the
 * subject opening the sentence's clause at lo.  Sets s.
 */
static bool
elided_subject(attrib_state *st, int32_t lo, int32_t c, source *s)
{
	ne_doc	   *doc = st->doc;
	int32_t		k = c - 1;

	while (k > lo && (is_aux_word(doc, k) || (is_lower_word(doc, k) && (lx(doc, k) & NE_LX_SKIPADV))))
		k--;
	if (k <= lo || !(is_word(doc, k, "but") || is_word(doc, k, "and")))
		return false;
	return opening_subject(st, clause_start(doc, lo, k), k, s);
}

/*
 * The subject of the clause [lo, hi): the first name, pronoun or determiner
 * noun phrase outside quotes, skipping an opening adverbial phrase (In an
 * interview with X, ...) and possessives.
 */
static bool
first_source(attrib_state *st, int32_t lo, int32_t hi, source *s)
{
	ne_doc	   *doc = st->doc;
	int32_t		u,
				start;

	u = clause_start(doc, lo, hi);
	/* "even a top strategist said": an adverb before the subject */
	while (u + 1 < hi && is_lower_word(doc, u) && (lx(doc, u) & NE_LX_SKIPADV) && !is_aux_word(doc, u))
		u++;
	start = u;
	for (; u < hi; u++)
	{
		int32_t		m;
		int32_t		h;

		if (quoted(doc, u))
			continue;
		/* "but said there was no meeting planned with Trump": a clause that opens with its verb has no subject */
		if (u == start && is_lower_word(doc, u) && cue_len(doc, u, hi) > 0 && cue_noun_det(st, lo, u) < 0)
			return false;
		m = st->nm->tok_mention[u];
		if (m >= 0 && doc->mentions[m].kind != NE_MK_PRONOUN &&
			!(doc->mentions[m].flags & NE_MF_POSSESSIVE))
		{
			int32_t		e = st->nm->mx[m].tok_end;

			/* "Sanders protesters interrupted": a name before a plural of people is the phrase's */
			if (e < hi && is_lower_word(doc, e) && !quoted(doc, e) && plural_form(doc, e) &&
				(lx(doc, e) & (NE_LX_NOMINAL | NE_LX_PERSON_NOUN)) && !(lx(doc, e) & NE_LX_CUE))
				return from_nominal(st, u, e, e, s);
			return from_mention(st, person_after_owner(st, m, hi), s);
		}
		if (is_source_pronoun(doc, u) && !is_word(doc, u, "who") && !is_word(doc, u, "it") &&
			!is_word(doc, u, "we") && !is_word(doc, u, "I"))
			return from_pronoun(st, u, s);
		if ((u == lo || u == start || is_ch(doc, u - 1, ',') || (doc->tokens[u].flags & NE_TF_SENT_START)) &&
			((m < 0 && (h = subject_np_head(st, u, hi)) >= 0) || (h = det_np_head(doc, u, hi)) >= 0))
		{
			/* "His brother Anil Verma, the vice-chairman, said": the name after the phrase speaks */
			int32_t		pm = h + 1 < hi ? st->nm->tok_mention[h + 1] : -1;
			int32_t		hm = st->nm->tok_mention[h];

			if (pm >= 0 && doc->mentions[pm].kind == NE_MK_PERSON && st->nm->mx[pm].tok_first == h + 1 &&
				!quoted(doc, h + 1))
				return from_mention(st, pm, s);
			/* "The California Restaurant Association, which sued ..., said": the phrase is the name after "the" */
			if (hm >= 0 && doc->mentions[hm].kind != NE_MK_PRONOUN && !(doc->mentions[hm].flags & NE_MF_POSSESSIVE) &&
				st->nm->mx[hm].tok_first == u + 1 && st->nm->mx[hm].tok_end == h + 1 && is_word(doc, u, "the"))
				return from_mention(st, hm, s);
			return from_nominal(st, u, h, h, s);
		}
		if (m >= 0)
		{
			/* a possessive: Clinton's aides -> the phrase, with the owner's entity */
			int32_t		e = st->nm->mx[m].tok_end;

			if ((doc->mentions[m].flags & NE_MF_POSSESSIVE) && e < hi && (lx(doc, e) & NE_LX_NOMINAL) &&
				is_lower_word(doc, e))
			{
				from_mention(st, m, s);
				s->span.end = doc->tokens[e].end;
				return true;
			}
			u = e - 1;
		}
	}
	return false;
}

/*
 * Is the cue at c inside a relative clause (", who ...", ", which ...") that a
 * comma closes before another cue and the quote at hi ("Clinton, who called
 * Sanders after the result, told her supporters, "...""; not "Beck, who has
 * described Trump as "...")?
 */
static bool
in_closed_relative(const ne_doc *doc, int32_t lo, int32_t c, int32_t hi)
{
	int32_t		w = -1;

	for (int32_t u = c - 1; u > lo && u >= c - 12; u--)
		if ((is_word(doc, u, "who") || is_word(doc, u, "which")) && is_ch(doc, u - 1, ','))
		{
			w = u;
			break;
		}
	if (w < 0)
		return false;
	for (int32_t k = c + 1; k < hi && k <= c + 20; k++)
	{
		if (quoted(doc, k) || is_word(doc, k, "who") || is_word(doc, k, "which"))
			return false;
		if (!is_ch(doc, k, ','))
			continue;
		for (int32_t x = k + 1; x < hi && x <= k + 3; x++)
			if (cue_len(doc, x, hi) > 0)
				return true;
	}
	return false;
}

/* The first cue of [a, hi), read with the limit lim, that is a verb (not "his remarks"), or -1. */
static int32_t
verb_cue_in(attrib_state *st, int32_t lo, int32_t a, int32_t hi, int32_t lim)
{
	for (int32_t u = a; u < hi; u++)
		if (!quoted(st->doc, u) && cue_len(st->doc, u, lim) > 0 && cue_noun_det(st, lo, u) < 0)
			return u;
	return -1;
}

/* Is there a verb cue in [a, hi), within PHRASE_REACH tokens (a bounded look: linear time)? */
static bool
later_cue(attrib_state *st, int32_t lo, int32_t a, int32_t hi)
{
	if (hi > a + PHRASE_REACH)
		hi = a + PHRASE_REACH;
	return verb_cue_in(st, lo, a, hi, hi) >= 0;
}

/*
 * Is the cue at c only a speech that may come ("Obama said he expected that
 * Americans will say \"no\""): after a modal, with a cue of the main clause
 * before it that reports the words?
 */
static bool
hypothetical_cue(attrib_state *st, int32_t lo, int32_t c)
{
	const ne_doc *doc = st->doc;
	int32_t		v = is_word(doc, c - 1, "not") ? c - 2 : c - 1;

	if (v < lo || !is_lower_word(doc, v) || !IS_WORD_IN(doc, v, modals))
		return false;
	return verb_cue_in(st, lo, clause_start(doc, lo, v), v, v) >= 0;
}

/*
 * "Sanders said ... that he would \"take a look\"": when the source found is a
 * pronoun of the entity that the sentence's subject names before a reporting
 * verb, that name is the mention that attributes the quote.
 */
static void
name_that_reports(attrib_state *st, int32_t lo, int32_t c, source *s)
{
	ne_doc	   *doc = st->doc;
	source		m0;
	int32_t		end;

	if (s->mention < 0 || s->entity < 0 || doc->mentions[s->mention].kind != NE_MK_PRONOUN)
		return;
	if (!first_source(st, lo, c, &m0) || m0.entity != s->entity || m0.mention < 0 ||
		doc->mentions[m0.mention].kind == NE_MK_PRONOUN || m0.span.end > s->span.start)
		return;
	/* a reporting verb between the name and the pronoun: the name reports, the pronoun is in its clause */
	end = ne_first_token_from(doc, lo, s->span.start);
	if (verb_cue_in(st, lo, ne_first_token_from(doc, lo, m0.span.end), end < c ? end : c, c) >= 0)
	{
		s->span = m0.span;
		s->mention = m0.mention;
	}
}

/*
 * The cue of a relative clause that runs on to the quote at hi ("rebuked
 * critics who say he is \"weak\"": the critics speak, not the main clause),
 * or from when there is none: "who", at most an adverb, the cue, then no
 * comma or colon up to the quote.
 */
static int32_t
open_relative_cue(const ne_doc *doc, int32_t from, int32_t hi)
{
	for (int32_t r = hi - 1; r > from && r >= hi - 20; r--)
	{
		if (quoted(doc, r) || is_ch(doc, r, ',') || is_ch(doc, r, ':') || is_ch(doc, r, ';'))
			return from;
		if (is_word(doc, r, "who"))
		{
			int32_t		c = r + 1;

			/* "who has said", "who recently said"; not "students who were told": they listened */
			if (is_lower_word(doc, c) && (lx(doc, c) & NE_LX_SKIPADV) && !cue_len(doc, c, hi) &&
				!is_be_form(doc, c))
				c++;
			return c < hi && cue_len(doc, c, hi) > 0 ? c : from;
		}
	}
	return from;
}

/*
 * Is token t a possessive word (Trump's, the senator's, Clinton’s), not a
 * contraction of a pronoun (he's, it's, that's: "he's said")?
 */
static bool
possessive_word(const ne_doc *doc, int32_t t)
{
	static const char *const contracted[] = {"he", "she", "it", "that", "who", "there", "what", "here", "where",
	"let"};
	int32_t		ps = t >= 0 ? ne_poss_suffix(doc, t) : 0;

	return ps > 0 && !NE_LEX_WORD_IN(TS(doc, t), TL(doc, t) - ps, contracted);
}

/*
 * The determiner before the cue word at c when the cue is a noun there ("a
 * retort", "his reply", "a snappy retort"; not "another said", "the bank
 * said", "a trader wrote"): the determiner's token, or -1.
 */
static int32_t
cue_noun_det(const attrib_state *st, int32_t lo, int32_t c)
{
	static const char *const dets[] = {"a", "an", "his", "her", "its", "their"};
	const ne_doc *doc = st->doc;
	const char *w = TS(doc, c);
	int32_t		l = TL(doc, c);

	if (c - 1 >= lo && IS_WORD_IN(doc, c - 1, dets))
		return c - 1;
	/* "Trump's remarks", "the senator's reply": a statement noun or a base form (not "McDonald's
	 * announced", "Foster's says": a firm's name and a verb) */
	if (c - 1 >= lo && possessive_word(doc, c - 1) &&
		((lx(doc, c) & NE_LX_STATEMENT) || (l > 3 && w[l - 1] != 's' && w[l - 1] != 'd' && !ing_form(doc, c))))
		return c - 1;
	/* a determiner, an adjective and a statement noun: "his anti-Muslim remarks", "the latest comments" */
	if (c - 2 >= lo && (IS_WORD_IN(doc, c - 2, dets) || is_word(doc, c - 2, "the")) && (lx(doc, c) & NE_LX_STATEMENT) &&
		is_lower_word(doc, c - 1) && !(lx(doc, c - 1) & (NE_LX_NOMINAL | NE_LX_PERSON_NOUN | NE_LX_TITLE | NE_LX_ORG_NOUN)))
		return c - 2;
	/* "a" and an adjective: only a noun in its base form follows ("a dealer said" is a verb) */
	if (c - 2 >= lo && (is_word(doc, c - 2, "a") || is_word(doc, c - 2, "an")) && is_lower_word(doc, c - 1) &&
		!(lx(doc, c - 1) & (NE_LX_NOMINAL | NE_LX_PERSON_NOUN | NE_LX_TITLE | NE_LX_ORG_NOUN)) &&
		l > 3 && w[l - 1] != 's' && w[l - 1] != 'd' && w[l - 1] != 'e' && !ing_form(doc, c))
		return c - 2;
	return -1;
}

/*
 * The person named between two commas that ends at the comma j ("The
 * company's chief executive, John Barlow, said"), or -1: the name speaks, its
 * role is its title.
 */
static int32_t
apposed_person(attrib_state *st, int32_t lo, int32_t j)
{
	const ne_doc *doc = st->doc;
	int32_t		m;

	/* "Gov. John Kasich (R-OH), said": the party tag is no part of the apposition */
	if (is_ch(doc, j - 1, ')'))
	{
		int32_t		k = j - 2;

		while (k > lo && k > j - 10 && !is_ch(doc, k, '('))
			k--;
		if (k > lo && is_ch(doc, k, '('))
			j = k;
	}
	m = j - 1 >= lo ? st->nm->tok_mention[j - 1] : -1;
	if (m < 0 || doc->mentions[m].kind != NE_MK_PERSON || st->nm->mx[m].tok_end != j ||
		st->nm->mx[m].tok_first - 1 < lo || !is_ch(doc, st->nm->mx[m].tok_first - 1, ',') ||
		quoted(doc, st->nm->mx[m].tok_first))
		return -1;
	/* "Alan Moore, Lloyds Treasurer, told": a name before the commas is the one that speaks */
	{
		int32_t		p = st->nm->mx[m].tok_first - 2 >= lo ? st->nm->tok_mention[st->nm->mx[m].tok_first - 2] : -1;

		if (p >= 0 && doc->mentions[p].kind == NE_MK_PERSON)
			return -1;
	}
	return m;
}

/*
 * The mention of the name after "by" when the cue at c (n tokens) is passive
 * ("was asked by moderator Gerard Baker", "was described by Jobs as"), or -1.
 * "was quoted by The Australian as saying" names the paper, not the speaker;
 * a phrase that is no name ("by bourse officials as") is left to the subject.
 */
static int32_t
passive_agent(attrib_state *st, int32_t lo, int32_t c, int32_t n, int32_t hi)
{
	static const char *const passive_be[] = {"was", "were", "been", "being", "is", "are"};
	const ne_doc *doc = st->doc;
	int32_t		j = c + n + 1;

	if (c - 1 < lo || j >= hi || !is_word(doc, c + n, "by") || is_word(doc, c, "quoted") ||
		!IS_WORD_IN(doc, c - 1, passive_be))
		return -1;
	/* "by host Bill Maher", "by moderator Gerard Baker" */
	while (j < hi && j < c + n + 3 && is_lower_word(doc, j) && (lx(doc, j) & NE_LX_TITLE))
		j++;
	if (j >= hi || quoted(doc, j) || st->nm->tok_mention[j] < 0 ||
		doc->mentions[st->nm->tok_mention[j]].kind == NE_MK_PRONOUN)
		return -1;
	return st->nm->tok_mention[j];
}

/*
 * The clause subject right before the cue at c (n tokens), read with the cue
 * in reach as subject_np_head needs it: "Six in 10 Republicans said", "The
 * MPs said", "21 percent said".  Only a subject that ends at the cue (or an
 * adverb before it) counts.
 */
static bool
subject_of_cue(attrib_state *st, int32_t lo, int32_t c, int32_t n, source *s)
{
	const ne_doc *doc = st->doc;
	source		t = *s;
	int32_t		e;

	if (c <= lo || !first_source(st, lo, c + n, &t) || !NE_HAS_SPAN(t.span))
		return false;
	e = ne_first_token_from(doc, lo, t.span.end);
	while (e < c && is_lower_word(doc, e) && (lx(doc, e) & NE_LX_SKIPADV))
		e++;
	if (e != c)
		return false;
	*s = t;
	return true;
}

/* Words that open a clause after a comma ("..., when protesters interrupted her, shouting"). */
static const char *const clause_openers[] = {"after", "although", "as", "because", "before", "since", "though",
"when", "where", "whereas", "while"};

/*
 * The subject of the clause that ", when", ", as", ", while" ... opens last
 * before the participle cue at c, read into s: "... at the State University
 * of New York, when Sanders protesters interrupted her speech, shouting" is
 * the protesters'.  False when no such clause.
 */
static bool
subordinate_subject(attrib_state *st, int32_t lo, int32_t c, source *s)
{
	const ne_doc *doc = st->doc;

	for (int32_t k = c - 2; k > lo && k > c - 30; k--)
	{
		if (quoted(doc, k))
			return false;
		if (is_lower_word(doc, k) && is_ch(doc, k - 1, ',') && IS_WORD_IN(doc, k, clause_openers))
		{
			source		t = *s;

			/* a speaker, not a statement: "..., after her initial statement was shown false, stating" */
			if (!first_source(st, k + 1, c, &t) ||
				(t.entity < 0 && t.head >= 0 && (lx(doc, t.head) & NE_LX_STATEMENT)))
				return false;
			*s = t;
			return true;
		}
	}
	return false;
}

/* Is the cue at c a participle or after a comma (", saying ..."), whose subject is the clause's? */
static bool
participial_cue(const ne_doc *doc, int32_t c)
{
	if (is_ch(doc, c - 1, ',') || is_word(doc, c - 1, "and") || is_word(doc, c - 1, "before") ||
		is_word(doc, c - 1, "after") || is_word(doc, c - 1, "by") || is_word(doc, c - 1, "while"))
		return true;
	return ing_form(doc, c);
}

/*
 * A determiner phrase after "with" whose head is the word j and can speak
 * ("with her campaign manager saying", "with one spokesman adding"): sets s.
 */
static bool
with_phrase_before(attrib_state *st, int32_t lo, int32_t j, source *s)
{
	const ne_doc *doc = st->doc;

	for (int32_t d = j - 1; d >= lo + 1 && d >= j - 4; d--)
		if (is_word(doc, d - 1, "with") && det_np_head(doc, d, j + 1) == j &&
			(lx(doc, j) & (NE_LX_PERSON_NOUN | NE_LX_TITLE | NE_LX_NOMINAL)))
			return from_nominal(st, d, j, j, s);
	return false;
}

/*
 * "quoted X as saying", "cited X as saying" with the cue "saying" or
 * "quoted" at c: the source is X, the object of "quoted" ("was quoted by the
 * paper as saying" is passive_agent's).  Sets s; false when the words are not
 * so.
 */
static bool
quoted_as_saying(attrib_state *st, int32_t lo, int32_t c, source *s)
{
	static const char *const quoting[] = {"quoted", "cited"};
	ne_doc	   *doc = st->doc;

	if (IS_WORD_IN(doc, c, quoting) && !is_word(doc, c + 1, "by"))
	{
		/* the cue is "quoted" itself: "The company quoted its chairman, Ann Lee, as saying that ..." */
		for (int32_t a = c + 2; a + 1 < doc->ntokens && a <= c + 12 && !quoted(doc, a); a++)
			if (is_word(doc, a, "as") && is_word(doc, a + 1, "saying"))
				return np_right(st, c + 1, a, s) && speaks(doc, s);
		return false;
	}
	if (!is_word(doc, c, "saying") || !is_word(doc, c - 1, "as"))
		return false;
	for (int32_t q = c - 3; q >= lo && q >= c - 12; q--)
	{
		if (quoted(doc, q) || is_ch(doc, q, ';'))
			return false;
		if (IS_WORD_IN(doc, q, quoting) && !is_word(doc, q + 1, "by"))
			return np_right(st, q + 1, c - 1, s) && speaks(doc, s);
	}
	return false;
}

/* Stage 2: X said: "..." -- the last cue in [lo, t_open) and its subject; else the clause subject. */
static bool
find_before(attrib_state *st, int32_t lo, int32_t t_open, source *s)
{
	ne_doc	   *doc = st->doc;
	int32_t		b;

	/* the window starts after the last quotation in it that is no title or term ("Sanders said on ABC's
	 * \"This Week\" that he would \"take a look\"": the title is part of the sentence) */
	for (int32_t c = t_open - 1; c >= lo; c--)
		if (quoted_words(doc, c))
		{
			lo = c + 1;
			break;
		}
	/* the clause that holds the quote first (", but she cautions", "who has vowed"), then the sentence */
	b = clause_boundary(doc, lo, t_open);
	if (b > lo && before_in(st, b, t_open, s, true))
		return true;
	if (before_in(st, lo, t_open, s, false))
	{
		/* no cue anywhere: the subject of the quote's own clause rather than of the sentence */
		if (s->how == NE_HOW_SENTENCE && b > lo && first_source(st, b, t_open, s))
			s->how = NE_HOW_SENTENCE;
		return true;
	}
	return false;
}

/* The start of the last clause in [lo, hi): after ';', ", but", ", and", or at although/though/who/which. */
static int32_t
clause_boundary(const ne_doc *doc, int32_t lo, int32_t hi)
{
	bool		comma = false;

	for (int32_t k = hi - 1; k > lo; k--)
	{
		if (quoted(doc, k))
			return k + 1;
		if (is_ch(doc, k, ';'))
			return k + 1;
		if (is_ch(doc, k, ','))
			comma = true;
		if (doc->tokens[k].kind != NE_TOK_WORD)
			continue;
		if (is_word(doc, k, "although") || is_word(doc, k, "though") || is_word(doc, k, "whereas") ||
			is_word(doc, k, "but"))
			return k + 1;
		/* ", who has vowed ..." (or "Sir Richard Eyre who called") up to the quote: the relative clause speaks */
		if ((is_word(doc, k, "who") || is_word(doc, k, "which")) && !comma &&
			(is_ch(doc, k - 1, ',') || (is_word(doc, k, "who") && doc->tokens[k - 1].kind == NE_TOK_WORD &&
										(doc->tokens[k - 1].flags & NE_TF_CAP))))
			return k;
		if ((is_word(doc, k, "and") || is_word(doc, k, "while") || is_word(doc, k, "yet")) && is_ch(doc, k - 1, ','))
			return k + 1;
	}
	return lo;
}

/* Nouns of what someone said, whose owner said the quoted words after them ("Hain's description of him as"). */
static const char *const speech_nouns[] = {
	"accusation", "admission", "argument", "assertion", "assessment", "boast", "characterisation",
	"characterization", "charge", "claim", "claims", "comment", "comments", "complaint", "contention",
	"declaration", "denial", "description", "insistence", "plea", "pledge", "prediction", "promise",
	"remark", "remarks", "retort", "suggestion", "verdict", "vow", "warning", "words"
};

/*
 * The owner of a noun of speech shortly before the quote at t_open, with
 * no cue between and "that", "of" or "to" right after the noun: "Peter
 * Hain's description of him as an \"...\"", "Trump's recent assertion that
 * \"...\"", "her promise to be \"neutral\"".  The owner said the quoted words,
 * whoever the clause's subject is.  Not "Trump's comments were \"...\"",
 * "called Trump's charge \"...\"": there somebody judges the words.
 */
static bool
speech_noun_owner(attrib_state *st, int32_t lo, int32_t t_open, source *s)
{
	static const char *const noun_links[] = {"that", "of", "to"};
	ne_doc	   *doc = st->doc;

	for (int32_t h = t_open - 2; h >= lo && h >= t_open - 10; h--)
	{
		int32_t		v,
					m;

		if (quoted(doc, h) || is_ch(doc, h, ';') || is_ch(doc, h, ':'))
			return false;
		/* the cheap tests first: most windows hold no "that", "of" or "to" after a lower-case word */
		if (!IS_WORD_IN(doc, h + 1, noun_links) ||
			!is_lower_word(doc, h) || !(IS_WORD_IN(doc, h, speech_nouns) || (lx(doc, h) & NE_LX_STATEMENT)))
			continue;
		/* no cue of its own between the noun and the quote */
		for (int32_t u = h + 1; u < t_open; u++)
			if (cue_len(doc, u, t_open) > 0)
				return false;
		/* the owner, over up to three adjectives ("recent evidence-free") */
		v = h - 1;
		for (int k = 0; k < 5 && v > lo &&
			 ((is_lower_word(doc, v) && !is_det(doc, v) && !(lx(doc, v) & (NE_LX_NONNAME | NE_LX_PRON | NE_LX_CUE))) ||
			  (is_ch(doc, v, '-') && is_lower_word(doc, v - 1))); k++)
			v--;
		if (v < lo || quoted(doc, v))
			return false;
		m = st->nm->tok_mention[v];
		if (IS_WORD_IN(doc, v, owner_pronouns))
			from_pronoun(st, v, s);
		else if (m >= 0 && (doc->mentions[m].flags & NE_MF_POSSESSIVE))
			from_mention(st, m, s);
		else
			return false;
		s->how = NE_HOW_BEFORE;
		s->conf = 0.6f;
		return true;
	}
	return false;
}

/*
 * Stage 2 within [lo, t_open): the cue and its subject, a colon, or the
 * clause subject.  In a trailing clause (clause = true) only a cue with its
 * own subject counts.
 */
static bool
before_in(attrib_state *st, int32_t lo, int32_t t_open, source *s, bool clause)
{
	ne_doc	   *doc = st->doc;
	int32_t		from = lo;

	/* "Hain's description of him as \"...\"": the owner of the words (of a fragment) */
	if (t_open == st->t_open[st->cur_q] && doc->quotes[st->cur_q].kind == NE_QUOTE_PARTIAL &&
		speech_noun_owner(st, lo, t_open, s))
		return true;
	/* a cue right before the quote (said, "... / said: "...) wins; else the first cue of the main clause */
	{
		int32_t		k = t_open - 1;

		while (k >= lo && (is_ch(doc, k, ',') || is_ch(doc, k, ':') || is_dash(doc, k) || is_word(doc, k, "that")))
			k--;
		for (int32_t c = k; c >= lo && c >= k - 3; c--)
		{
			int			n = cue_len(doc, c, t_open);

			if (n > 0 && c + n - 1 == k && !(doc->quotes[st->cur_q].kind == NE_QUOTE_PARTIAL && possessive_word(doc, c - 1) &&
												cue_noun_det(st, lo, c) == c - 1) &&
				!hypothetical_cue(st, lo, c))
			{
				from = c;		/* (not "said Trump's remarks \"...\"": a noun, the verb before speaks) */
				break;
			}
		}
		/* "... after Clinton argued for the second debate that \"...\"": the nearest verb cue before "that" */
		if (from == lo && is_word(doc, t_open - 1, "that"))
		{
			for (int32_t c = t_open - 2; c >= lo && c > t_open - 12 && doc->tokens[c].kind == NE_TOK_WORD && !quoted(doc, c);
				 c--)
			{
				if (cue_len(doc, c, t_open) > 0 && cue_noun_det(st, lo, c) < 0 && !hypothetical_cue(st, lo, c) &&
					!(c - 1 >= lo && is_be_form(doc, c - 1)))	/* (not "when results were announced last week that") */
				{
					from = c;
					break;
				}
			}
		}
		if (from == lo)
		{
			from = clause_start(doc, lo, t_open);
			if (doc->tokens[t_open].kind == NE_TOK_QUOTE)
				from = open_relative_cue(doc, from, t_open);
		}
	}
	for (int32_t c = from; c < t_open; c++)
	{
		int			n;
		int32_t		agent,		/* the name after a passive cue's "by" */
					noun_det,	/* the determiner of a cue that is a noun */
					apposed;	/* the name between commas before the cue */

		n = cue_len(doc, c, t_open);
		if (n == 0)
			continue;
		/* "Clinton, who called Sanders ..., told her supporters": the relative clause closed, its cue is not this one */
		if (in_closed_relative(doc, lo, c, t_open))
			continue;
		/* "Republicans who agree that ... were irritated ..., with Sen. John McCain calling it": the cue of a
		 * restrictive relative clause with another cue after it (open_relative_cue took one that runs on
		 * to the quote; after ", who" in_closed_relative decides) */
		if (c != from && is_word(doc, c - 1, "who") && !is_ch(doc, c - 2, ',') &&
			later_cue(st, lo, c + n, t_open))
			continue;
		/* "what he calls", "as she put it": an aside, not the attribution */
		if (c - 2 >= lo && (is_word(doc, c - 2, "what") || is_word(doc, c - 2, "as") || is_word(doc, c - 2, "whom")) &&
			is_source_pronoun(doc, c - 1))
			continue;
		agent = passive_agent(st, lo, c, n, t_open);
		noun_det = cue_noun_det(st, lo, c);
		apposed = is_ch(doc, c - 1, ',') ? apposed_person(st, lo, c - 1) : -1;
		if (apposed >= 0 && ing_form(doc, c))
		{
			/*
			 * "criticized his rival, John Doe, saying": after an object the name in apposition is no
			 * subject of the participle; the clause's subject before it is (-2: s holds it)
			 */
			int32_t		k = st->nm->mx[apposed].tok_first - 1;
			source		t = *s;

			if (first_source(st, lo, k, &t) && t.span.end <= doc->tokens[k - 1].start)
			{
				*s = t;
				apposed = -2;
			}
		}
		if (is_according(doc, c))
		{
			if (!np_right(st, c + 2, t_open, s))
				continue;
		}
		else if (agent >= 0)	/* "Rubio was asked by moderator Gerard Baker": the name after "by" speaks */
			from_mention(st, person_after_owner(st, agent, t_open), s);
		else if (noun_det >= 0)
		{
			/* "Sanders delivered a snappy retort:": the cue is a noun, the clause subject speaks */
			if (!first_source(st, lo, noun_det, s))
				continue;
		}
		else if (is_ch(doc, c - 1, ',') && n == 1 && !ing_form(doc, c) && c + 1 < t_open &&
				 st->nm->tok_mention[c + 1] >= 0 && !quoted(doc, c + 1) &&
				 !(doc->mentions[st->nm->tok_mention[c + 1]].flags & NE_MF_OBJECT) &&	/* told Reuters, */
				 is_ch(doc, st->nm->mx[st->nm->tok_mention[c + 1]].tok_end, ','))
			from_mention(st, st->nm->tok_mention[c + 1], s);	/* "The paradox, says X, is that" */
		else if (apposed == -2)
			;
		else if (apposed >= 0)	/* "Clinton's campaign chairman, John Podesta, said" */
			from_mention(st, apposed, s);
		else if (quoted_as_saying(st, lo, c, s))
			;					/* "He quoted Honda president Tetsuo Chino as saying": the one quoted */
		else if (participial_cue(doc, c))
		{
			/* "with Cruz recently promising": a name right before the participle; else the clause subject */
			int32_t		j = c - 1,
						m,
						w,
						pq = st->cur_q - 1;

			/*
			 * "Trump said the deadlock has \"kept us safe\" on Twitter before claiming that ...": the
			 * window starts after the quote before, whose speaker the participle continues
			 */
			if (!clause && t_open == st->t_open[st->cur_q] && pq >= 0 && st->src[pq].how != NE_HOW_NONE &&
				st->src[pq].how != NE_HOW_CONTINUES && lo > st->t_close[pq] - 1 && lo <= st->t_close[pq] + 1 &&
				doc->tokens[st->t_close[pq]].sentence == doc->tokens[t_open].sentence &&
				(st->src[pq].entity >= 0 || st->src[pq].name != NULL) &&
				(!first_source(st, lo, c, s) ||
				 is_prep_before_object(doc, ne_first_token_from(doc, lo, s->span.start) - 1)))
			{
				*s = st->src[pq];
				set_cue(st, s, c, n);
				s->how = NE_HOW_BEFORE;
				s->conf = 0.6f;
				return true;
			}
			while (j > lo && is_lower_word(doc, j) && ((lx(doc, j) & NE_LX_SKIPADV) ||
													  (TL(doc, j) > 4 && doc->text[doc->tokens[j].end - 1] == 'y')))
				j--;
			m = (j >= lo && !quoted(doc, j)) ? st->nm->tok_mention[j] : -1;
			w = m >= 0 ? st->nm->mx[m].tok_first - 1 : -1;

			if (w >= 0 && is_word(doc, w, "the"))
				w--;
			if (m >= 0 && doc->mentions[m].kind != NE_MK_PRONOUN && is_word(doc, w, "with"))
				from_mention(st, m, s);
			else if (m < 0 && with_phrase_before(st, lo, j, s))
				;				/* "with her campaign manager saying": the phrase */
			else if (!subordinate_subject(st, lo, c, s) && !first_source(st, lo, c, s) &&
					 !(c > lo && np_left(st, lo, c - 1, s, 0, true)) &&
					 !opening_subject(st, clause_start(doc, lo, c), c, s))
				continue;			/* (the last: "Church ministers tried to stop it, saying") */
		}
		else if (!(c > lo && np_left(st, lo, c - 1, s, 0, true)) &&
				 !first_source(st, lo, c, s) && !subject_of_cue(st, lo, c, n, s) && !elided_subject(st, lo, c, s) &&
				 (clause || !((c == lo || is_ch(doc, c - 1, ',')) && np_right(st, c + n, t_open, s))))
			continue;
		set_cue(st, s, c, n);
		s->how = NE_HOW_BEFORE;
		s->conf = (t_open - (c + n) <= 6) ? 0.85f : 0.6f;
		if (!clause)
			name_that_reports(st, lo, c, s);
		return true;
	}
	if (clause)
		return false;
	/* X: "..." -- the subject of the introduction, else the name nearest the colon */
	if (t_open - 1 >= lo && is_ch(doc, t_open - 1, ':') && t_open - 1 - lo <= 12 &&
		first_source(st, lo, t_open - 1, s))
	{
		set_cue(st, s, t_open - 1, 1);
		s->how = NE_HOW_COLON;
		s->conf = 0.6f;
		return true;
	}
	if (t_open - 1 >= lo && is_ch(doc, t_open - 1, ':'))
	{
		for (int32_t k = t_open - 2; k >= lo && k >= t_open - 12; k--)
			if (st->nm->tok_mention[k] >= 0 && !quoted(doc, k))
			{
				from_mention(st, st->nm->tok_mention[k], s);
				set_cue(st, s, t_open - 1, 1);
				s->how = NE_HOW_COLON;
				s->conf = 0.6f;
				return true;
			}
	}
	/* a partial quote in the writer's sentence: its subject */
	if (first_source(st, lo, t_open, s))
	{
		s->how = NE_HOW_SENTENCE;
		s->conf = 0.5f;
		return true;
	}
	return false;
}

/* Start of the window before token t: its sentence start, the previous quote's end, W tokens. */
static int32_t
before_limit(attrib_state *st, int32_t t)
{
	ne_doc	   *doc = st->doc;
	int32_t		lo = t;

	if (t <= 0 || t >= doc->ntokens)
		return t;
	while (lo - 1 >= 0 && t - lo < 2 * W)
	{
		const ne_token *p = &doc->tokens[lo - 1];

		if (quoted_words(doc, lo - 1))
			break;				/* (a title or term is part of the sentence: "said on ABC's \"This Week\" that") */
		if (p->sentence != doc->tokens[t].sentence)
			break;
		lo--;
	}
	return lo;
}

/* Stage 3: a colon ending the previous paragraph: "And from Chairwoman X:" then the quote. */
static bool
find_colon_intro(attrib_state *st, int32_t t_open, source *s)
{
	ne_doc	   *doc = st->doc;
	int32_t		p = t_open - 1;
	int32_t		lo;

	if (p < 0 || !(doc->tokens[t_open].flags & NE_TF_PARA_START) || !is_ch(doc, p, ':'))
		return false;
	lo = before_limit(st, p);
	return find_before(st, lo, p + 1, s);
}

/* The first source in the sentence of token t outside quotes (its subject). */
static bool
find_subject(attrib_state *st, int32_t t, source *s)
{
	ne_doc	   *doc = st->doc;
	const ne_sentence *se = &doc->sentences[doc->tokens[t].sentence];
	int32_t		end = se->tok_end < se->tok_first + 4 * W ? se->tok_end : se->tok_first + 4 * W;

	for (int32_t u = se->tok_first; u < end; u++)
	{
		int32_t		m;

		if (quoted(doc, u))
			continue;
		m = st->nm->tok_mention[u];
		if (m >= 0 && !(doc->mentions[m].flags & NE_MF_POSSESSIVE) &&
			(doc->mentions[m].kind != NE_MK_PRONOUN || is_source_pronoun(doc, u)))
		{
			from_mention(st, m, s);
			s->how = NE_HOW_SENTENCE;
			s->conf = 0.4f;
			return true;
		}
	}
	return false;
}

/* Locates the mark tokens of each quote. */
static void
locate_quotes(attrib_state *st)
{
	ne_doc	   *doc = st->doc;
	int32_t		t = 0;
	uint32_t	tick = 0;

	for (int32_t q = 0; q < doc->nquotes; q++)
	{
		const ne_quote *qu = &doc->quotes[q];
		int32_t		target = qu->open_mark >= 0 ? qu->open_mark : qu->span.start;
		int32_t		c;

		NE_CHECK_INTERRUPTS(doc, tick);
		/* first token starting at or after the opening mark */
		t = ne_first_token_from(doc, 0, target);
		st->t_open[q] = t < doc->ntokens ? t : doc->ntokens - 1;
		/* the closing mark: first token at or after close_mark (or the span end) */
		c = ne_first_token_from(doc, t, qu->close_mark >= 0 ? qu->close_mark : qu->span.end);
		if (qu->close_mark < 0 && c > 0)
			c--;
		st->t_close[q] = c < doc->ntokens ? c : doc->ntokens - 1;
		if (st->t_close[q] < st->t_open[q])
			st->t_close[q] = st->t_open[q];
	}
}

/* Do the quoted words end in , ? ! or a dash (the writer's attribution follows)? */
static bool
ends_with_comma(attrib_state *st, int32_t q)
{
	ne_doc	   *doc = st->doc;
	int32_t		t = st->t_close[q] - 1;

	if (t < 0 || t <= st->t_open[q])
		return false;
	return is_ch(doc, t, ',') || is_ch(doc, t, '?') || is_ch(doc, t, '!') || is_dash(doc, t);
}

/* Do the quoted words of q end in '?' or '!'? */
static bool
ends_asking(attrib_state *st, int32_t q)
{
	const ne_doc *doc = st->doc;
	int32_t		b;
	int32_t		cp = ne_decode_prev(doc->text, doc->quotes[q].span.end, &b);

	return cp == '?' || cp == '!';
}

/* Paragraph of token t. */
static int32_t
tpara(const ne_doc *doc, int32_t t)
{
	return doc->sentences[doc->tokens[t].sentence].paragraph;
}

/*
 * Quote q follows quote q-1 in the same sentence: "A," X said, and added
 * that "B" / X said "A" and "B".  Unless the words between name a speaker of
 * their own before a cue, q has q-1's speaker (and the cue between, if any).
 */
static bool
shares_previous(attrib_state *st, int32_t q, source *s)
{
	ne_doc	   *doc = st->doc;
	int32_t		r = st->prev_spoken,	/* q - 1 and back over terms, kept by the caller: no walk back */
				from,
				to = st->t_open[q],
				cue = -1,
				ncue = 0;
	bool		relative = false,
				other = false;	/* a source of its own before any cue */

	if (r < 0 || st->src[r].how == NE_HOW_NONE || st->src[r].how > NE_HOW_NEXT_SENTENCE ||
		st->src[r].how == NE_HOW_SENTENCE)
		return false;
	from = st->t_close[r] + 1;
	if (from >= to || to - from > W || doc->tokens[st->t_close[r]].sentence != doc->tokens[to].sentence)
		return false;
	for (int32_t u = from; u < to; u++)
	{
		int			n;

		if (quoted(doc, u))
			return false;
		n = cue_len(doc, u, to);
		if (n > 0 && cue >= 0)
			return false;		/* two cues: two attributions, the ordinary stages decide */
		if (n > 0)
		{
			cue = u;
			ncue = n;
			u += n - 1;
			continue;
		}

		if (is_word(doc, u, "who") || is_word(doc, u, "whom") || is_word(doc, u, "which") || is_word(doc, u, "that"))
		{
			/* "a lot of people" who "are ...", "Trump, whom he called": a relative clause, no new speaker */
			relative = is_word(doc, u, "whom") || is_word(doc, u, "which");
			continue;
		}
		if (cue < 0 && !relative && st->nm->tok_mention[u] >= 0 && is_ch(doc, st->nm->mx[st->nm->tok_mention[u]].tok_end, ',') &&
			is_word(doc, st->nm->mx[st->nm->tok_mention[u]].tok_end + 1, "whom"))
			continue;			/* the antecedent of a relative clause */
		if (cue < 0 && !relative &&
			(st->nm->tok_mention[u] >= 0 || is_source_pronoun(doc, u) || det_np_head(doc, u, to) >= 0 ||
			 (doc->tokens[u].kind == NE_TOK_NUMBER && subject_np_head(st, u, to) >= 0)))	/* "and 14 percent said" */
		{
			/* a source of its own before any cue: the ordinary stages decide */
			int32_t		m = st->nm->tok_mention[u];

			if (m < 0 || st->src[r].mention < 0 || doc->mentions[m].entity != doc->mentions[st->src[r].mention].entity ||
				doc->mentions[m].entity < 0)
				other = true;
		}
	}
	/* "X stated that the debate was "..." and the candidate "did well"": with no cue of its own, the
	 * fragment is still X's; a whole sentence after another source is not */
	if (other && (cue >= 0 || doc->quotes[q].kind != NE_QUOTE_PARTIAL))
		return false;
	*s = st->src[r];
	s->cue = NE_NO_SPAN;
	s->cue_text = NULL;
	if (cue >= 0)
		set_cue(st, s, cue, ncue);
	s->how = NE_HOW_CONTINUES;
	s->conf = 0.75f;
	return true;
}

/* Explicit attribution of quote q (stages 1-4). */
static bool
attribute_one(attrib_state *st, int32_t q, source *s)
{
	ne_doc	   *doc = st->doc;
	int32_t		to = st->t_open[q],
				tc = st->t_close[q];
	int32_t		p = tc + 1;
	bool		same = p < doc->ntokens && doc->tokens[p].sentence == doc->tokens[tc].sentence;
	int32_t		lo;

	if (doc->ntokens == 0)
		return false;
	/* "..." -X, also after a full stop */
	if (p < doc->ntokens && is_dash(doc, p) && tpara(doc, p) - tpara(doc, tc) <= 1 && find_after(st, p, p + 2 < doc->ntokens ? p + 2 : doc->ntokens, s, true) &&
		s->how == NE_HOW_DASH)
		return true;
	/* 0. "When a man in the audience shouted, \"...,\" Beck joked": the quote belongs to the clause its cue opens */
	lo = before_limit(st, to);
	if (same && lo < to && in_opening_clause(st, lo, to) && find_before(st, lo, to, s))
		return true;
	/* 1. after, same sentence */
	if (same && find_after(st, p, after_limit(st, p, true), s, ends_with_comma(st, q)))
		return true;
	/* 1b. a second quote in the sentence of an attributed one: the same speaker unless the gap names another */
	if (shares_previous(st, q, s))
		return true;
	/* 2. before, same sentence */
	if (lo < to && find_before(st, lo, to, s))
		return true;
	/* 3. colon introduction in the previous paragraph */
	if (lo == to && find_colon_intro(st, to, s))
		return true;
	/* 4. the next sentence, in the same paragraph, opens with "X said" */
	if (!same && p < doc->ntokens && tpara(doc, p) == tpara(doc, tc))
	{
		int32_t		lim = after_limit(st, p, true);
		int32_t		m = st->nm->tok_mention[p];
		int32_t		c = m >= 0 ? st->nm->mx[m].tok_end : (is_source_pronoun(doc, p) ? p + 1 : -1);

		while (c >= 0 && c < lim && is_lower_word(doc, c) && (lx(doc, c) & NE_LX_SKIPADV))
			c++;
		/*
		 * (when the quote before it in the paragraph has a speaker, only a sentence that ends at its cue:
		 * "\"...\" She noted a planned rally" is a statement of its own, and the quote continues)
		 */
		if (c >= 0 && c < lim && cue_len(doc, c, lim) > 0 &&
			!(q > 0 && st->src[q - 1].how != NE_HOW_NONE && doc->quotes[q - 1].last_paragraph == doc->quotes[q].paragraph &&
			  !sentence_ends_soon(doc, c + cue_len(doc, c, lim), lim)) &&
			find_after(st, p, lim, s, true))
		{
			s->how = NE_HOW_NEXT_SENTENCE;
			s->conf = 0.6f;
			return true;
		}
		/*
		 * '"...?" Miller, a retired worker, said': after a question or an
		 * exclamation, the name, its aside between commas, then the cue (after a
		 * full stop such a sentence introduces the next speaker)
		 */
		if (m >= 0 && c < lim && is_ch(doc, c, ',') && ends_asking(st, q) &&
			find_after(st, p, lim, s, true) && s->mention == m)
		{
			s->how = NE_HOW_NEXT_SENTENCE;
			s->conf = 0.6f;
			return true;
		}
	}
	return false;
}

/*
 * Is the quote that opens at t_open in a clause opened by a subordinator at
 * the start of its sentence, right after that clause's cue ("When a man
 * shouted, \"...,\" Beck joked", "As the crowd chanted \"...\" he smiled")?
 * The words after the quote are then the main clause, no attribution.
 */
static bool
in_opening_clause(attrib_state *st, int32_t lo, int32_t t_open)
{
	const ne_doc *doc = st->doc;
	int32_t		c = t_open - 1,
				first = doc->sentences[doc->tokens[t_open].sentence].tok_first;

	if (c > lo && (is_ch(doc, c, ',') || is_ch(doc, c, ':')))
		c--;
	if (c <= lo || first < lo || !(doc->tokens[first].flags & NE_TF_CAP) ||
		!NE_LEX_WORD_IN(TS(doc, first), TL(doc, first), clause_openers) || cue_len(doc, c, t_open) != 1)
		return false;
	for (int32_t k = first + 1; k < c; k++)
		if (is_ch(doc, k, ',') || quoted(doc, k))
			return false;		/* "When asked, Smith said \"...\"": the clause closed before the cue */
	return true;
}

/*
 * The speaker announced by the sentence before the quote: "Trump said he
 * would win. "We will..."" -- the previous two sentences of the paragraph,
 * or the last sentence of the previous paragraph when the quote opens one.
 */
static bool
prev_sentence_source(attrib_state *st, int32_t t_open, source *s)
{
	ne_doc	   *doc = st->doc;
	int32_t		se = doc->tokens[t_open].sentence;
	int32_t		para = doc->sentences[se].paragraph;
	bool		opens = (doc->tokens[t_open].flags & NE_TF_PARA_START) != 0;

	for (int32_t k = se - 1, n = 0; k >= 0 && n < (opens ? 1 : 2); k--, n++)
	{
		const ne_sentence *ps = &doc->sentences[k];
		int32_t		end = ps->tok_end;
		bool		has_quote = false;

		if (ps->paragraph != para && !(opens && ps->paragraph == para - 1))
			break;
		if (ps->tok_end - ps->tok_first > 4 * W)
			break;
		for (int32_t u = ps->tok_first; u < ps->tok_end; u++)
			if (doc->tokens[u].kind == NE_TOK_QUOTE)
				has_quote = true;
		if (has_quote)
			break;				/* a sentence with its own quote: the neighbour rules decide */
		while (end > ps->tok_first && doc->tokens[end - 1].kind == NE_TOK_PUNCT)
			end--;
		if (end > ps->tok_first && before_in(st, ps->tok_first, end, s, true))
		{
			as_continuation(s, 0.55f);
			return true;
		}
	}
	return false;
}

/* A quote that is a paragraph of its own takes the speaker of the next paragraph's attributed opening quote. */
static bool
next_paragraph_source(attrib_state *st, int32_t q, const bool *has, source *s)
{
	ne_doc	   *doc = st->doc;
	int32_t		pq = tpara(doc, st->t_open[q]);

	if (!(doc->tokens[st->t_open[q]].flags & NE_TF_PARA_START))
		return false;
	for (int32_t r = q + 1; r < doc->nquotes && r <= q + 4; r++)
	{
		if (doc->quotes[r].kind == NE_QUOTE_TERM)
			continue;
		if (tpara(doc, st->t_open[r]) != pq + 1 || !(doc->tokens[st->t_open[r]].flags & NE_TF_PARA_START))
			return false;
		if (!has[r] || st->src[r].how > NE_HOW_NEXT_SENTENCE)
			return false;
		*s = st->src[r];
		as_continuation(s, 0.5f);
		return true;
	}
	return false;
}

/* Stage 5/6 for quotes left without a source: neighbours, the sentence, the nearest speaker. */
static void
fill_gaps(attrib_state *st, bool *has)
{
	ne_doc	   *doc = st->doc;
	int32_t		last = -1;		/* last attributed quote (any stage) */

	for (int32_t q = 0; q < doc->nquotes; q++)
	{
		int32_t		pq = tpara(doc, st->t_open[q]);
		source	   *s = &st->src[q];

		if (doc->quotes[q].kind == NE_QUOTE_TERM)
			continue;
		st->cur_q = q;
		if (!has[q])
		{
			int32_t		next = -1;

			/* the next explicitly attributed quote in the same paragraph, with none before */
			for (int32_t r = q + 1; r < doc->nquotes && r <= q + 8; r++)
			{
				if (doc->quotes[r].kind == NE_QUOTE_TERM)
					continue;
				if (tpara(doc, st->t_open[r]) != pq)
					break;
				if (has[r] && st->src[r].how <= NE_HOW_NEXT_SENTENCE)
				{
					next = r;
					break;
				}
			}
			if (last >= 0 && tpara(doc, st->t_close[last]) == pq)
			{
				*s = st->src[last];
				as_continuation(s, 0.7f);
			}
			else if (next >= 0)
			{
				*s = st->src[next];
				as_continuation(s, 0.65f);
			}
			else if (prev_sentence_source(st, st->t_open[q], s))
				;
			else if (last >= 0 && (doc->tokens[st->t_open[q]].flags & NE_TF_PARA_START) &&
					 pq - tpara(doc, st->t_close[last]) <= 1)
			{
				*s = st->src[last];
				as_continuation(s, 0.6f);
			}
			else if (next_paragraph_source(st, q, has, s))
				;
			else if (find_subject(st, st->t_open[q], s))
				;
			else if (last >= 0 && pq - tpara(doc, st->t_close[last]) <= 2)
			{
				*s = st->src[last];
				s->how = NE_HOW_NEARBY;
				s->conf = 0.3f;
				s->cue = NE_NO_SPAN;
				s->cue_text = NULL;
			}
			else
			{
				/* the nearest earlier person mention */
				int32_t		lo = st->t_open[q] - 4 * W < 0 ? 0 : st->t_open[q] - 4 * W;

				for (int32_t u = st->t_open[q] - 1; u >= lo; u--)
				{
					int32_t		m = st->nm->tok_mention[u];

					if (m >= 0 && !quoted(doc, u) && doc->mentions[m].entity >= 0)
					{
						from_mention(st, m, s);
						s->how = NE_HOW_NEARBY;
						s->conf = 0.2f;
						break;
					}
				}
			}
			has[q] = s->how != NE_HOW_NONE;
		}
		if (has[q])
			last = q;
	}
}

/* ---------------------------------------------------------------- main */

/* Attributes every quote of doc; the entities get their aliases when asked. */
static void
attribute(ne_doc *doc, bool aliases)
{
	attrib_state st;
	bool	   *has;
	uint32_t	tick = 0;

	st.nm = aliases ? ne_find_names(doc) : ne_find_names_no_aliases(doc);
	doc->done |= aliases ? NE_DONE_ATTRIB : NE_DONE_ATTRIB_NO_ALIASES;
	st.doc = doc;
	st.cur_q = 0;
	st.src = ne_alloc(doc->arena, sizeof(source) * (size_t) (doc->nquotes + 1));
	st.t_open = ne_alloc(doc->arena, sizeof(int32_t) * (size_t) (doc->nquotes + 1));
	st.t_close = ne_alloc(doc->arena, sizeof(int32_t) * (size_t) (doc->nquotes + 1));
	has = ne_alloc(doc->arena, sizeof(bool) * (size_t) (doc->nquotes + 1));

	for (int32_t q = 0; q < doc->nquotes; q++)
	{
		doc->quotes[q].entity = -1;
		doc->quotes[q].speaker_span = NE_NO_SPAN;
		doc->quotes[q].cue = NE_NO_SPAN;
		doc->quotes[q].speaker_kind = NE_ENT_NONE;
		doc->quotes[q].speaker_name = NULL;
		doc->quotes[q].cue_text = NULL;
		doc->quotes[q].confidence = 0;
		st.src[q].span = NE_NO_SPAN;
		st.src[q].cue = NE_NO_SPAN;
		st.src[q].entity = -1;
		st.src[q].mention = -1;
		st.src[q].head = -1;
	}
	if (doc->ntokens > 0 && doc->nquotes > 0)
	{
		locate_quotes(&st);
		st.prev_spoken = -1;
		for (int32_t q = 0; q < doc->nquotes; q++)
		{
			ne_count_work(doc, &tick, 64);	/* a quote's attribution: about a microsecond */
			if (doc->quotes[q].kind == NE_QUOTE_TERM)
				continue;
			st.cur_q = q;
			has[q] = attribute_one(&st, q, &st.src[q]);
			st.prev_spoken = q;
		}
		fill_gaps(&st, has);
	}
	for (int32_t q = 0; q < doc->nquotes; q++)
	{
		ne_quote   *qu = &doc->quotes[q];
		source	   *s = &st.src[q];

		if (qu->kind == NE_QUOTE_TERM || s->how == NE_HOW_NONE)
			continue;
		qu->speaker_span = s->span;
		qu->entity = s->entity;
		qu->speaker_kind = s->kind;
		qu->speaker_name = s->name;
		qu->cue = s->cue;
		qu->cue_text = s->cue_text;
		qu->confidence = s->inferred ? s->conf * 0.75f : s->conf;
		if (s->entity >= 0 && s->entity < doc->nentities)
			doc->entities[s->entity].quotes++;
	}
}

/* Attributes every quote of doc (once). */
void
ne_attribute(ne_doc *doc)
{
	if (doc->done & NE_DONE_ATTRIB)
		return;
	if (doc->done & NE_DONE_ATTRIB_NO_ALIASES)
	{
		/* attributed without aliases: names and attribution again, from no mention and no entity */
		doc->nmentions = 0;
		doc->nentities = 0;
	}
	attribute(doc, true);
}

/* Attributes every quote of doc (once) without the entities' aliases. */
void
ne_attribute_no_aliases(ne_doc *doc)
{
	if (doc->done & (NE_DONE_ATTRIB | NE_DONE_ATTRIB_NO_ALIASES))
		return;
	attribute(doc, false);
}

/*
 * Attributes the quotes only as far as news_quotes needs: a document whose
 * quotes are all terms (or that has none) needs no names at all, and no
 * entity needs its aliases.
 */
void
ne_attribute_quotes(ne_doc *doc)
{
	ne_find_quotes(doc);
	for (int32_t q = 0; q < doc->nquotes; q++)
	{
		if (doc->quotes[q].kind != NE_QUOTE_TERM)
		{
			ne_attribute_no_aliases(doc);
			return;
		}
	}
}
