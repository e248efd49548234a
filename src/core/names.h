/*
 * names.h -- person and organisation mentions, entities, pronoun links.
 *
 * ne_find_names fills doc->mentions and doc->entities and returns side
 * information that ne_attribute needs (token <-> mention maps, genders).
 */
#ifndef NE_NAMES_H
#define NE_NAMES_H

#include "newsextract.h"

/* ne_mention.kind */
enum
{
	NE_MK_PERSON = 1,			/* a person's name, with its title */
	NE_MK_ORG,					/* an organisation's name */
	NE_MK_PRONOUN,				/* he, she, they, it, who */
	NE_MK_NOMINAL				/* a noun phrase source linked by ne_attribute */
};

/* ne_mention.flags */
#define NE_MF_IN_QUOTE   0x0001 /* inside a quotation */
#define NE_MF_POSSESSIVE 0x0002 /* Sessions', Clinton's */
#define NE_MF_HEADLINE   0x0004 /* in a title-case headline */
#define NE_MF_SUBJECT    0x0008 /* first mention of its sentence */
#define NE_MF_OBJECT     0x0010 /* object of told/asked/interviewed/by: not who speaks next */
#define NE_MF_MODIFIER   0x0020 /* a name that qualifies a noun: "the Trump release" */
#define NE_MF_INFERRED   0x0040 /* a description linked to an entity by salience alone ("one analyst") */

/* Genders and numbers of entities and pronouns. */
enum
{
	NE_G_UNKNOWN = 0,
	NE_G_MALE,
	NE_G_FEMALE,
	NE_G_PLURAL,
	NE_G_NEUTER
};

/* Side information of a mention, parallel to doc->mentions. */
typedef struct ne_mention_x
{
	int32_t		tok_first;		/* tokens [tok_first, tok_end) */
	int32_t		tok_end;
	int32_t		name_first;		/* first token of the name after any title */
	uint8_t		gender;			/* pronouns: NE_G_* */
} ne_mention_x;

/* Side information of an entity, parallel to doc->entities. */
typedef struct ne_entity_x
{
	uint8_t		gender;			/* NE_G_* */
	bool		title_weak;		/* its title is only a party or demonym: a role replaces it */
	int32_t		ntokens;		/* tokens of the canonical name */
	int32_t		last_tok;		/* token of the latest mention seen (building) */
} ne_entity_x;

typedef struct ne_names
{
	ne_mention_x *mx;			/* per mention */
	int32_t		cap_mx;
	ne_entity_x *ex;			/* per entity */
	int32_t		cap_ex;
	int32_t    *tok_mention;	/* per token: the mention covering it, or -1 */
	int32_t		nsorted;		/* mentions [0, nsorted) are in document order (later ones appended) */
} ne_names;

/* Finds the mentions and entities of doc (tokenizes first); never NULL. */
ne_names   *ne_find_names(ne_doc *doc);
/* The same without the entities' aliases (all else identical): for callers that read none. */
ne_names   *ne_find_names_no_aliases(ne_doc *doc);

/* Appends a mention (kind NE_MK_*, tokens [tf, te)) of entity (or -1); returns its index. */
int32_t		ne_names_add_mention(ne_doc *doc, ne_names *nm, ne_span span, int32_t tf, int32_t te,
								 int kind, int32_t entity);

/* Links mention m to entity e instead (when e >= 0 and differs), keeping the entities' mention counts. */
void		ne_names_relink(ne_doc *doc, ne_names *nm, int32_t m, int32_t e);

/*
 * The entity a pronoun of gender g at token tok refers to: the nearest
 * compatible named mention before it, at most NE_ANTECEDENT_WINDOW mentions
 * back; -1 when none.
 */
#define NE_ANTECEDENT_WINDOW 24
int32_t		ne_names_antecedent(const ne_doc *doc, const ne_names *nm, int32_t tok, int g);

/*
 * The person entity whose title contains the word w[0..wlen) (spokesman,
 * attorney general), among the mentions before token tok (bounded); with
 * plain, titles with a role modifier are skipped; -1 if none.
 */
int32_t		ne_names_by_title(const ne_doc *doc, const ne_names *nm, int32_t tok, const char *w, int32_t wlen,
							  bool plain);

/* Words that make a role another one than its head alone (deputy, vice, shadow ...): lower case. */
extern const char *const ne_role_modifiers[5];

/*
 * Does text (a title, a name) hold the word w[0..wlen) (ASCII case ignored)
 * between spaces, a comma after it, and with hyphens between hyphens too?
 */
bool		ne_word_in_text(const char *text, const char *w, int32_t wlen, bool hyphens);

/* Does the title hold one of ne_role_modifiers as a word ("Deputy prime minister", "vice-president")? */
bool		ne_title_has_role_modifier(const char *title);

/*
 * The most salient entity of kind k (NE_ENT_PERSON or NE_ENT_ORG) before
 * token tok that a definite description ("the defender", "the company")
 * refers to: recent subjects and the entity prefer_e (the last speaker) win
 * over objects; gender g (NE_G_MALE/FEMALE, or 0) must not clash; with a
 * role word w[0..wlen) ("senator"), entities titled so win and entities with
 * another title lose.  At most 2 * NE_ANTECEDENT_WINDOW mentions and 3
 * paragraphs back; with company, public bodies (Commission, Party) are
 * skipped; -1 when none.
 */
int32_t		ne_names_salient(const ne_doc *doc, const ne_names *nm, int32_t tok, int k, int g, int32_t prefer_e,
							 const char *w, int32_t wlen, bool company);

/* Bytes of a possessive ending ('s, ’s) at the end of word token t, else 0. */
static inline int32_t
ne_poss_suffix(const ne_doc *doc, int32_t t)
{
	const ne_token *tok = &doc->tokens[t];
	const unsigned char *s = (const unsigned char *) doc->text;
	int32_t		l = tok->end - tok->start;

	/* one test, no branch each: most words end in no s, in no order a predictor learns */
	if ((tok->kind != NE_TOK_WORD) | (l < 3) | ((s[tok->end - 1] | 0x20) != 's'))
		return 0;
	if (s[tok->end - 2] == '\'')
		return 2;
	if (l >= 5 && s[tok->end - 4] == 0xE2 && s[tok->end - 3] == 0x80 && s[tok->end - 2] == 0x99)
		return 4;
	return 0;
}

/* The mention that ends at or covers token t (or -1). */
static inline int32_t
ne_names_mention_at(const ne_names *nm, const ne_doc *doc, int32_t t)
{
	return (t >= 0 && t < doc->ntokens) ? nm->tok_mention[t] : -1;
}

#endif							/* NE_NAMES_H */
