/*
 * names.c -- person and organisation mentions, entities and pronoun links.
 *
 * Pass 1 walks the tokens once and cuts "chains" of capitalised words
 * (with initials, particles, "of" inside organisation names, titles); each
 * chain is split at non-name words and classified: organisation (ends in a
 * marker such as Department or is a known organisation), person with a
 * title (Attorney General Jeff Sessions), full name, single word, or
 * nothing.  Full names are registered in a hash table (name, surname, first
 * name keys), so a later or earlier "Sessions" finds "Jeff Sessions".
 * Pass 2 walks the chains and pronouns in document order, makes the
 * mentions, resolves single words through the surname table (the most
 * recently mentioned bearer wins), and links he/she/they to the nearest
 * compatible named mention in a bounded window.  Everything is linear.
 */
#include "names.h"
#include "lexicon.h"
#include "quotes.h"
#include "text.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#define MAX_ALIASES 16
#define MAX_NAME_TOKENS 5
#define HM_VALS 4

/* ------------------------------------------------------------ hash table */

/*
 * A key is a prefix (S surname, F first name, P name, O organisation, E
 * evidence) and words of the text: the word tokens of [a, b), the last one
 * ending at end (a possessive ending cut off), with initials and suffixes
 * skipped when skip is set.  Keys are equal when their prefixes are and their
 * words are, ASCII case ignored: word tokens hold no space, so this is the
 * equality of the lower-case strings "P" "john smith" -- compared on the
 * tokens themselves, no key string is ever built.  A key without words has
 * the prefix 0 (all empty keys are one key, as their empty strings were).
 */
typedef struct nkey
{
	int32_t		a,
				b,
				end;
	uint32_t	wh;				/* hash of the words (key_of) */
	int32_t		nwords;
	char		prefix;
	bool		skip;
} nkey;

typedef struct hm_slot
{
	nkey		key;			/* the tokens of the first mention that made it */
	uint32_t	hash;
	int32_t		vals[HM_VALS];
	uint8_t		nvals;
} hm_slot;

/* A cell of the open-addressing index: the hash of a key and its slot + 1 (0: empty). */
typedef struct hm_cell
{
	uint32_t	hash;
	uint32_t	slot1;
} hm_cell;

#define HM_BLOOM_BITS 1024

/*
 * Keys live in a dense array of slots, appended as they come; the probed
 * index holds only hashes and slot numbers, so that a document's table
 * zeroes 8 bytes a cell and can be sized generously.
 */
typedef struct hmap
{
	hm_cell    *cells;
	uint32_t	mask;
	hm_slot    *slots;
	int32_t		used,
				cap;
	uint64_t	words[HM_BLOOM_BITS / 64];	/* bit per word hash of the name keys (S F P): absent words skip the probes */
} hmap;

/* The bloom bit of a words hash. */
#define HM_BLOOM_BIT(wh) (((wh) >> 7) & (HM_BLOOM_BITS - 1))

/* Sets the bit of words hash wh in a filter of HM_BLOOM_BITS bits. */
static inline void
bloom_add(uint64_t *bits, uint32_t wh)
{
	bits[HM_BLOOM_BIT(wh) / 64] |= (uint64_t) 1 << (HM_BLOOM_BIT(wh) % 64);
}

/* Is the bit of words hash wh set (maybe added) in a filter of HM_BLOOM_BITS bits? */
static inline bool
bloom_has(const uint64_t *bits, uint32_t wh)
{
	return (bits[HM_BLOOM_BIT(wh) / 64] >> (HM_BLOOM_BIT(wh) % 64)) & 1;
}

/* Hash of the key of prefix over words of hash wh. */
static inline uint32_t
key_hash(uint32_t wh, char prefix)
{
	uint32_t	h = (wh ^ (unsigned char) prefix) * 0x9E3779B1u;

	return h ^ (h >> 15);
}

/* Makes a table for about nkeys keys (index load <= 1/4 until it grows). */
static void
hm_init(ne_arena *a, hmap *m, int64_t nkeys)
{
	uint32_t	size = 16;

	while ((int64_t) size < 4 * nkeys && size < (1u << 20))
		size <<= 1;
	m->cells = ne_alloc(a, sizeof(hm_cell) * size);
	m->mask = size - 1;
	m->slots = NULL;
	m->used = 0;
	m->cap = 0;
	memset(m->words, 0, sizeof(m->words));
}

/* Doubles the index and re-inserts every cell (the index stays at most half full). */
static void
hm_grow(ne_arena *a, hmap *m)
{
	hm_cell    *old = m->cells;
	uint32_t	oldsize = m->mask + 1;
	uint32_t	size = oldsize * 2;

	m->cells = ne_alloc(a, sizeof(hm_cell) * size);
	m->mask = size - 1;
	for (uint32_t i = 0; i < oldsize; i++)
	{
		uint32_t	j;

		if (old[i].slot1 == 0)
			continue;
		for (j = old[i].hash & m->mask; m->cells[j].slot1 != 0; j = (j + 1) & m->mask)
			;
		m->cells[j] = old[i];
	}
}

/* ---------------------------------------------------------------- tokens */

/* Text and length of token t. */
#define TOK_S(doc, t) ((doc)->text + (doc)->tokens[t].start)
#define TOK_L(doc, t) ((doc)->tokens[t].end - (doc)->tokens[t].start)

/* The articles: "a senior official", "the company" */
static const char *const articles[] = {"a", "an", "the"};

/* Is t followed by a bare apostrophe making it possessive (Sessions')? */
static inline bool
poss_apostrophe(const ne_doc *doc, int32_t t)
{
	const ne_token *tok = &doc->tokens[t];
	const ne_token *nx;
	const unsigned char *s = (const unsigned char *) doc->text;

	if ((t + 1 >= doc->ntokens) | ((s[tok->end - 1] | 0x20) != 's'))
		return false;			/* (one test: the last letter is a coin toss for the branch predictor) */
	nx = &doc->tokens[t + 1];
	if (nx->start != tok->end || nx->kind != NE_TOK_PUNCT)
		return false;
	return (nx->end - nx->start == 1 && s[nx->start] == '\'') ||
		(nx->end - nx->start == 3 && s[nx->start] == 0xE2 && s[nx->start + 1] == 0x80 && s[nx->start + 2] == 0x99);
}

/* Bodies named for their members with a plural's apostrophe: "Farmers' Union", "Bankers' Association" (not "Sanders' Senate"). */
static const char *const members_bodies[] = {"alliance", "association", "board", "club", "confederation", "congress",
"council", "cup", "exchange", "federation", "forum", "fund", "guild", "institute", "league", "organisation",
"organization", "party", "society", "union"};

/* Flags of a title after vice or deputy and a hyphen ("Vice-Premier", "deputy-governor"), else 0. */
static uint32_t __attribute__((noinline))
hyphenated_title(const char *w, int32_t len)
{
	const char *h = memchr(w + 2, '-', (size_t) (len - 3));
	uint32_t	g;

	if (h == NULL || !(ne_lex_flags(w, (int32_t) (h - w)) & NE_LX_TITLE_MOD))
		return 0;
	g = ne_lex_flags(h + 1, (int32_t) (w + len - h - 1));
	return (g & NE_LX_TITLE) ? g : 0;
}

/* Flags of a title after "then-" or "ex-" ("then-Secretary", "ex-President"): the title's own, else 0. */
static uint32_t __attribute__((noinline))
title_after_then(const char *w, int32_t len)
{
	int32_t		p = (len > 5 && strncasecmp(w, "then-", 5) == 0) ? 5 : (strncasecmp(w, "ex-", 3) == 0) ? 3 : 0;
	uint32_t	f;

	if (p == 0)
		return 0;
	f = ne_lex_flags(w + p, len - p);
	return (f & NE_LX_TITLE) ? f : 0;
}

/* Is there a hyphen where -elect, -general, -in-chief or -designate would start in w[0..len), len > 9? */
static inline bool
has_ending_hyphen(const char *w, int32_t len)
{
	return w[len - 6] == '-' || w[len - 8] == '-' || w[len - 9] == '-' || w[len - 10] == '-';
}

/*
 * Flags of a title before a hyphenated ending ("Secretary-General",
 * "Commander-in-Chief", "President-elect", "minister-designate"), too long
 * for the lexicon's keys or open-ended: the title's own, else 0.
 */
static uint32_t __attribute__((noinline))
title_with_ending(const char *w, int32_t len)
{
	static const char *const endings[] = {"-general", "-in-chief", "-elect", "-designate"};
	const char *h = memchr(w + 2, '-', (size_t) (len - 3));

	if (h == NULL)
		return 0;
	for (size_t i = 0; i < sizeof(endings) / sizeof(endings[0]); i++)
		if (w + len - h == (int32_t) strlen(endings[i]) && strncasecmp(h, endings[i], (size_t) (w + len - h)) == 0)
		{
			uint32_t	f = ne_lex_flags(w, (int32_t) (h - w));

			return (f & NE_LX_TITLE) ? f : 0;
		}
	return 0;
}

/* NE_LX_ORG for a legal form written with a dot, "N.V", "S.A", "L.P" (w of 3 bytes, w[1] a dot), else 0. */
static uint32_t
dotted_legal_form(const char *w)
{
	char		k[2] = {w[0], w[2]};

	return ne_lex_flags(k, 2) & NE_LX_ORG;
}

/*
 * Lexicon flags of word token t without its possessive ending of ps bytes
 * (poss_suffix).  A place of two letters is an acronym (UN, EU, UK, DC):
 * written "Un" after a capitalised word it is no place ("Kim Jong Un").
 */
static uint32_t __attribute__((noinline))
word_lex(const ne_doc *doc, int32_t t, int32_t ps)
{
	const char *w = TOK_S(doc, t);
	int32_t		l = TOK_L(doc, t) - ps;
	uint32_t	f = ne_lex_flags_in(w, l, doc->text, doc->text + doc->len);
	int32_t		long4 = (int32_t) ((uint32_t) (4 - l) >> 31);	/* l > 4, as a number: no branch on it */
	unsigned	c0 = (unsigned char) w[0] | 0x20,
				c1 = (unsigned char) w[l >= 2],	/* bytes past the first only where the word has them */
				c2 = (unsigned char) w[long4 * 2],
				c4 = (unsigned char) w[long4 * 4];

	/*
	 * The rules below are for few words: one test of the shapes they need, its
	 * parts and-ed and or-ed without a branch each (whether a word is known,
	 * and its length, are a coin toss for the branch predictor, which the rules
	 * tested one by one asked several times a look-up).  Every rule that can
	 * apply passes the test.
	 */
	if (!((((f & NE_LX_PLACE) != 0) & (l == 2)) |
		  ((f == 0) & (((l > 5) & ((c0 == 'v') | (c0 == 'd'))) | ((l > 4) & ((c2 == '-') | (c4 == '-'))) | (l > 9) |
					   ((l == 3) & (c1 == '.'))))))
		return f;
	if ((f & NE_LX_PLACE) && TOK_L(doc, t) - ps == 2 && !(f & ~(NE_LX_PLACE | NE_LX_TITLE_MOD)) &&
		TOK_S(doc, t)[1] >= 'a' && TOK_S(doc, t)[1] <= 'z' && t > 0 && doc->tokens[t - 1].kind == NE_TOK_WORD &&
		(doc->tokens[t - 1].flags & NE_TF_CAP))
		f &= ~NE_LX_PLACE;
	if (f == 0 && TOK_L(doc, t) - ps > 5 && ((TOK_S(doc, t)[0] | 0x20) == 'v' || (TOK_S(doc, t)[0] | 0x20) == 'd'))
		f = hyphenated_title(TOK_S(doc, t), TOK_L(doc, t) - ps);	/* the first letter spares most unknown words */
	if (f == 0 && TOK_L(doc, t) - ps > 4 && (TOK_S(doc, t)[2] == '-' || TOK_S(doc, t)[4] == '-'))
		f = title_after_then(TOK_S(doc, t), TOK_L(doc, t) - ps);	/* likewise the hyphen */
	if (f == 0 && TOK_L(doc, t) - ps > 9 && has_ending_hyphen(TOK_S(doc, t), TOK_L(doc, t) - ps))
		f = title_with_ending(TOK_S(doc, t), TOK_L(doc, t) - ps);	/* a hyphen where an ending starts, likewise */
	if (f == 0 && TOK_L(doc, t) - ps == 3 && TOK_S(doc, t)[1] == '.' && t > 0 &&
		((doc->tokens[t - 1].kind == NE_TOK_WORD && (doc->tokens[t - 1].flags & NE_TF_CAP)) ||
		 (t > 1 && doc->tokens[t - 1].kind == NE_TOK_PUNCT && (doc->tokens[t - 2].flags & NE_TF_CAP))))
		f = dotted_legal_form(TOK_S(doc, t));	/* after a name: "Philips N.V", "Accor S.A", "Co. L.P" */
	return f;
}

/* Lexicon flags of token t without a possessive ending (0 for no word). */
static uint32_t
tok_lex(const ne_doc *doc, int32_t t)
{
	if (doc->tokens[t].kind != NE_TOK_WORD)
		return 0;
	return word_lex(doc, t, ne_poss_suffix(doc, t));
}

/*
 * Does token t open a sentence, or a quotation ("Investors wonder if ...":
 * the first word of a quotation is capitalised as a sentence's is)?
 */
static inline bool
opens_sentence(const ne_doc *doc, int32_t t)
{
	uint16_t	fl = doc->tokens[t].flags;

	/* one test, no branch each (the token before is t itself at the start, where t > 0 fails) */
	return ((fl & NE_TF_SENT_START) != 0) |
		((t > 0) & ((fl & NE_TF_IN_QUOTE) != 0) & (doc->tokens[t - (t > 0)].kind == NE_TOK_QUOTE));
}

/* Is token t an upper-case initial (one letter)? */
static inline bool
is_initial(const ne_doc *doc, int32_t t)
{
	const ne_token *tk = &doc->tokens[t];
	int32_t		l = tk->end - tk->start;
	unsigned char c = (unsigned char) doc->text[tk->start];
	int32_t		n;
	int32_t		cp;

	/*
	 * an initial is one code point, at most 4 bytes: a word of two bytes or
	 * more needs the lead byte of a longer code point (one test, no branch per
	 * part: most words fail it, in no order a predictor learns)
	 */
	if ((tk->kind != NE_TOK_WORD) | (l > 4) | ((l >= 2) & (c < 0xC2)))
		return false;
	if (l == 1 && c < 0x80)
		return c >= 'A' && c <= 'Z';
	cp = ne_decode(doc->text, doc->tokens[t].end, doc->tokens[t].start, &n);
	return doc->tokens[t].start + n == doc->tokens[t].end && ne_is_upper(cp);
}

/* Is token t the word "of" or "for" (which join an organisation's name: "Bank of England", "Institute for Fiscal Studies")? */
static inline bool
of_or_for(const ne_doc *doc, int32_t t)
{
	return ne_lex_word_is(TOK_S(doc, t), TOK_L(doc, t), "of") || ne_lex_word_is(TOK_S(doc, t), TOK_L(doc, t), "for");
}

/* Is token t the single ASCII character c? */
static inline bool
tok_is(const ne_doc *doc, int32_t t, char c)
{
	const ne_token *tk;

	if (t < 0 || t >= doc->ntokens)
		return false;
	tk = &doc->tokens[t];
	/* and-ed without a branch each: a token's length and byte are a coin toss for the predictor */
	return (tk->end - tk->start == 1) & (doc->text[tk->start] == c) & (tk->kind != NE_TOK_QUOTE);
}

/* Is token t a dash other than '-' (– — or --)? */
static bool
is_dash_tok(const ne_doc *doc, int32_t t)
{
	const unsigned char *p = (const unsigned char *) doc->text + doc->tokens[t].start;
	int32_t		l = doc->tokens[t].end - doc->tokens[t].start;

	if (doc->tokens[t].kind == NE_TOK_QUOTE)
		return false;
	return (l == 2 && p[0] == '-' && p[1] == '-') ||
		(l == 3 && p[0] == 0xE2 && p[1] == 0x80 && (p[2] == 0x93 || p[2] == 0x94));
}

/* Does a dateline dash follow from token b: only , ( ) capitalised words and numbers, then - -- – — (8 tokens)? */
static bool
dateline_dash(const ne_doc *doc, int32_t b)
{
	for (int32_t t = b; t < doc->ntokens && t < b + 8; t++)
	{
		const ne_token *tk = &doc->tokens[t];

		if (tok_is(doc, t, '-') || is_dash_tok(doc, t))
			return true;
		if (tk->kind == NE_TOK_NUMBER || (tk->kind == NE_TOK_WORD && (tk->flags & NE_TF_CAP)) ||
			tok_is(doc, t, ',') || tok_is(doc, t, '(') || tok_is(doc, t, ')') || tok_is(doc, t, '.'))
			continue;
		return false;
	}
	return false;
}

/* Is token t a capitalised word? */
static inline bool
is_cap(const ne_doc *doc, int32_t t)
{
	if (t >= doc->ntokens)
		return false;
	/* one test of kind and case, no branch each */
	return (doc->tokens[t].kind == NE_TOK_WORD) & ((doc->tokens[t].flags & NE_TF_CAP) != 0);
}

/* Are t and u in the same quote context and sentence? */
static inline bool
same_ctx(const ne_doc *doc, int32_t t, int32_t u)
{
	const ne_token *a = &doc->tokens[t],
			   *b = &doc->tokens[u];

	/* one test, no branch each: chains end at sentences and quotations in no order a predictor learns */
	return (a->sentence == b->sentence) & ((a->flags & NE_TF_IN_QUOTE) == (b->flags & NE_TF_IN_QUOTE)) &
		(!(a->flags & NE_TF_IN_QUOTE) | (a->quote == b->quote));
}

/* The context of a token as same_ctx compares it, kept in registers over a loop. */
typedef struct tok_ctx
{
	int32_t		sentence;
	int32_t		quote;
	uint16_t	in_quote;		/* NE_TF_IN_QUOTE or 0 */
} tok_ctx;

/* The context of token t. */
static inline tok_ctx
ctx_of(const ne_doc *doc, int32_t t)
{
	const ne_token *a = &doc->tokens[t];

	return (tok_ctx) {a->sentence, a->quote, (uint16_t) (a->flags & NE_TF_IN_QUOTE)};
}

/* Is token u in the context x (same_ctx of the token x was taken from and u)? */
static inline bool
in_ctx(const ne_doc *doc, tok_ctx x, int32_t u)
{
	const ne_token *b = &doc->tokens[u];

	/* one test, as same_ctx */
	return (b->sentence == x.sentence) & ((b->flags & NE_TF_IN_QUOTE) == x.in_quote) &
		(!x.in_quote | (b->quote == x.quote));
}

/* ---------------------------------------------------------------- chains */

enum
{
	CH_NONE = 0,
	CH_PERSON,					/* a full name (2+ name words) */
	CH_MAYBE,					/* 2+ words at a sentence start or in a headline: needs evidence */
	CH_SINGLE,					/* one name word: an alias to resolve, or a new person */
	CH_ORG,
	CH_PRON						/* a pronoun (he, she, they): a = b - 1 = its token, gender */
};

typedef struct chain
{
	int32_t		a,
				b;				/* tokens of the mention [a, b) */
	int32_t		n0;				/* first name token (after the title) */
	int32_t		title_a,
				title_b;		/* title tokens, or equal */
	int32_t		end_byte;		/* end of the mention without a possessive ending */
	uint8_t		kind;
	uint8_t		gender;
	uint8_t		poss;
	uint8_t		headline;
	uint8_t		cue_after;		/* a reporting verb follows or precedes (chain_cue); not found for most organisations, which never read it */
	uint8_t		weak;			/* a single word that is also a common word, an event or a group: known names only */
	int32_t		ent;			/* full names: the entity registered in pass 1 */
} chain;

typedef struct names_state
{
	ne_doc	   *doc;
	ne_names   *nm;
	uint32_t   *lx;				/* lexicon flags per token (words only) */
	int8_t	   *headline;		/* per sentence: -1 unknown, 0, 1 */
	chain	   *ch;
	int32_t		nch,
				cap_ch;
	hmap		map;
	bool		aliases;		/* collect the entities' aliases */
	int32_t		named_from;		/* pass 2: entities from this one on were made for the chain at hand, named by its text */
	int32_t		bare_pairs;		/* person chains of two words or more with no title or first name */
	int32_t		person_of;		/* the token "of" after a titled person's name ("Professor Jane Doe of ..."), or -1 */
	int8_t		lowercased;		/* 1: the text writes names in lower case too (lowercased wire copy), 0: not, -1: not known yet */
	int32_t    *lower_slots;	/* lower_word_seen's index of lower-case words (token numbers, -1 empty), or NULL */
	int32_t		lower_mask;		/* its number of slots - 1 */
	int32_t    *cap_mid_slots;	/* cap_mid_seen's index of words capitalised inside a sentence, or NULL */
	int32_t		cap_mid_mask;	/* its number of slots - 1 */
	bool		mid_noted;		/* mid_words is filled (on first need) */
	bool		works;			/* a noun for a work stands right before a chain (classify) */
	int32_t		first_pairs;	/* person chains of two words or more with no title that open with a first name */
	bool		person_firms;	/* firm_name_evidence recorded a firm named like a person ("Dean Witter Reynolds Inc") */
	uint64_t	mid_words[HM_BLOOM_BITS / 64];	/* bit per word hash of one-word chains inside a sentence */
} names_state;

#define LX_UNKNOWN 0xFFFFFFFFu

/* Lexicon flags of token t, looked up once and cached (the look-up itself out of line). */
static NE_ALWAYS_INLINE uint32_t
LXF(names_state *st, int32_t t)
{
	uint32_t	f = st->lx[t];

	if (f == LX_UNKNOWN)
		st->lx[t] = f = tok_lex(st->doc, t);
	return f;
}

/* LXF of word token t whose possessive ending the caller knows: ps bytes (poss_suffix). */
static NE_ALWAYS_INLINE uint32_t
LXF_word(names_state *st, int32_t t, int32_t ps)
{
	uint32_t	f = st->lx[t];

	if (f == LX_UNKNOWN)
		st->lx[t] = f = word_lex(st->doc, t, ps);
	return f;
}

/* Is sentence s a title-case headline (most words capitalised, no final period but on the first line)? */
static bool
sentence_headline(names_state *st, int32_t s)
{
	ne_doc	   *doc = st->doc;
	const ne_sentence *se;
	int32_t		words = 0,
				caps = 0,
				t;
	bool		alone,
				stop = false;

	if (s < 0 || s >= doc->nsentences)
		return false;
	if (st->headline[s] >= 0)
		return st->headline[s] == 1;
	se = &doc->sentences[s];
	/* a headline is a paragraph of its own without a final stop: tested first, they are cheap */
	alone = (s == 0 || doc->sentences[s - 1].paragraph != se->paragraph) &&
		(s + 1 >= doc->nsentences || doc->sentences[s + 1].paragraph != se->paragraph);
	for (int32_t u = se->tok_end - 1; alone && !stop && u >= se->tok_first && u >= se->tok_end - 3; u--)
		stop = tok_is(doc, u, '.') || tok_is(doc, u, '!') || tok_is(doc, u, '?') || tok_is(doc, u, ':');
	if (!alone || (stop && s != 0))
	{
		st->headline[s] = 0;
		return false;
	}
	for (t = se->tok_first; t < se->tok_end && words < 40; t++)
	{
		if (doc->tokens[t].kind != NE_TOK_WORD || (doc->tokens[t].flags & NE_TF_IN_QUOTE))
			continue;
		words++;
		if (doc->tokens[t].flags & NE_TF_CAP)
			caps++;
		else if (stop && (TOK_L(doc, t) > 4 || !ne_title_small_word(TOK_S(doc, t), TOK_L(doc, t))))
			break;				/* the first line with a stop: a word title case capitalises ends it */
	}
	/*
	 * title case, or the article's first line in sentence case ("Port Ellsworth council approves wall");
	 * the first line with a final stop only in title case, lower case for "of", "the" and the like alone,
	 * and before more text ("'Missing' White Voters Might Help Trump.", not a lede full of names:
	 * "Treasury Secretary James Baker met ...")
	 */
	st->headline[s] = (int8_t) (words >= 3 &&
								(stop ? (t >= se->tok_end || words >= 40) && s + 1 < doc->nsentences &&
								 caps * 10 >= words * 7 :
								 caps * 10 >= words * 7 || (s == 0 && s + 1 < doc->nsentences && words <= 20)));
	return st->headline[s] == 1;
}

/*
 * Is the word after the first name at n0 of a headline's chain [n0, b) a
 * surname: a capitalised word no table knows but as a place, nation or first
 * name ("Mark Cuban"), and no -ing form ("Hillary Releasing"), contraction
 * or run-together words?
 */
static bool
headline_full_name(names_state *st, int32_t n0, int32_t b)
{
	const ne_doc *doc = st->doc;
	int32_t		s = n0 + 1,
				l;

	if (s >= b || doc->tokens[s].kind != NE_TOK_WORD || !(doc->tokens[s].flags & NE_TF_CAP) ||
		(doc->tokens[s].flags & NE_TF_ALLCAPS) ||
		(LXF(st, s) & ~(NE_LX_PLACE | NE_LX_NAT | NE_LX_FIRST_M | NE_LX_FIRST_F)))
		return false;
	l = TOK_L(doc, s);
	if (l > 4 && strncmp(TOK_S(doc, s) + l - 3, "ing", 3) == 0)
		return false;
	/* no apostrophe ("Can't") and at most one capital inside ("McCain", not "TerkelFlagShareLikeReply") */
	{
		int			inner = 0;

		for (int32_t i = 1; i < l; i++)
		{
			unsigned char ch = (unsigned char) TOK_S(doc, s)[i];

			if (ch == '\'' || ch == 0xE2)
				return false;
			inner += ch >= 'A' && ch <= 'Z';
		}
		return inner <= 1;
	}
}

/* Flags that mark a word as never part of a person's name proper. */
#define NOT_NAME (NE_LX_NONNAME | NE_LX_MONTH | NE_LX_WEEKDAY | NE_LX_PRON | NE_LX_PRON_REL)
/* Flags of words that may stand in a title before a name. */
#define TITLEISH (NE_LX_TITLE | NE_LX_TITLE_MOD | NE_LX_HONORIFIC | NE_LX_ORG | NE_LX_KNOWN_ORG | \
				  NE_LX_PLACE | NE_LX_NAT)

/* Is the lower-case word at t a reporting verb (or 'according')? */
static bool
cue_at(names_state *st, int32_t t)
{
	ne_doc	   *doc = st->doc;

	/* lower-case words from t on: adverbs are passed ("said later"), the first other one tells */
	for (; t < doc->ntokens && doc->tokens[t].kind == NE_TOK_WORD && !(doc->tokens[t].flags & NE_TF_CAP); t++)
	{
		uint32_t	f = LXF(st, t);

		if (!(f & NE_LX_SKIPADV))
		{
			const char *words[2];
			int32_t		lens[2];

			if (f & NE_LX_CUE)
				return true;
			/* a phrase: "as Vulture put it", "Lee pointed out" */
			if (t + 1 >= doc->ntokens || doc->tokens[t + 1].kind != NE_TOK_WORD)
				return false;
			words[0] = TOK_S(doc, t);
			lens[0] = TOK_L(doc, t);
			words[1] = TOK_S(doc, t + 1);
			lens[1] = TOK_L(doc, t + 1);
			return ne_lex_cue_phrase(words, lens, 2) > 0;
		}
	}
	return false;
}

/* Words after which an aside may name the firm or place of a role ("the owner of the Dallas Mavericks"). */
static const char *const aside_links[] = {"at", "for", "from", "of", "with"};

/*
 * Is [a, b) an aside that may follow a person's name before the cue: an age
 * ("54") or a lower-case phrase after a, an or the that names no kind of
 * company ("a resident", "the vice-chairman"; not "the state oil firm"), maybe
 * with a phrase of its firm or place ("the owner of the Dallas Mavericks")?
 */
static bool
person_aside(names_state *st, int32_t a, int32_t b)
{
	const ne_doc *doc = st->doc;
	int32_t		link = -1;		/* "of", "at" ... after a role: a firm's or place's name may follow */

	if (b - a == 1 && doc->tokens[a].kind == NE_TOK_NUMBER)
		return doc->tokens[a].end - doc->tokens[a].start <= 3;
	for (int32_t k = a; k < b; k++)
	{
		if (doc->tokens[k].kind == NE_TOK_WORD && !(doc->tokens[k].flags & NE_TF_CAP))
		{
			/* "the billionaire owner of the Dallas Mavericks" (not "a unit of DuPont Co") */
			if (link < 0 && k > a + 1 && NE_LEX_WORD_IN(TOK_S(doc, k), TOK_L(doc, k), aside_links) &&
				(LXF(st, k - 1) & (NE_LX_TITLE | NE_LX_PERSON_NOUN | NE_LX_NOMINAL)))
				link = k;
			continue;
		}
		if (link < 0)
			return false;
	}
	if (link >= 0)
		b = link;
	if (b - a == 1)
		return false;			/* "Rosneft, meanwhile, has agreed": an adverb tells nothing of a person */
	if (!NE_LEX_WORD_IN(TOK_S(doc, a), TOK_L(doc, a), articles))
		return false;
	for (int32_t k = a + 1; k < b; k++)
	{
		uint32_t	f = LXF(st, k);

		/* "a company", "the firm"; "the chairman" is a role, though it makes its owner a company */
		if ((f & (NE_LX_ORG | NE_LX_ORG_NOUN)) || (f & (NE_LX_CORP_NOUN | NE_LX_TITLE)) == NE_LX_CORP_NOUN)
			return false;
	}
	return true;
}

/* Verbs after a modal that "it" takes as no one's: "it would be hard", "it will take years", "it could mean". */
static const char *const impersonal_verbs[] = {"appear", "be", "become", "cost", "depend", "have", "help", "make",
"mean", "need", "prove", "remain", "seem", "take"};

/* Participles after is or was that "it" takes as no one's: "it was becoming clear", "it is going to be". */
static const char *const impersonal_ings[] = {"becoming", "being", "getting", "going", "looking", "starting"};

/*
 * Does the auxiliary at u after "it" start a clause an agent does: a modal
 * and a verb ("it would appeal"), is or was and a participle ("it was
 * considering"), has or had and a participle ("it has agreed"); not "it would
 * be", "it was unclear", "it has been" (one adverb or "not" may come between)?
 */
static bool
agent_after_aux(names_state *st, int32_t u)
{
	static const char *const modals[] = {"could", "may", "might", "should", "will", "would"};
	const ne_doc *doc = st->doc;
	const char *w = TOK_S(doc, u);
	int32_t		l = TOK_L(doc, u);
	int32_t		v = u + 1;

	if (v < doc->ntokens && doc->tokens[v].kind == NE_TOK_WORD &&
		((LXF(st, v) & NE_LX_SKIPADV) || ne_lex_word_is(TOK_S(doc, v), TOK_L(doc, v), "not")))
		v++;
	if (v >= doc->ntokens || doc->tokens[v].kind != NE_TOK_WORD ||
		(doc->tokens[v].flags & (NE_TF_CAP | NE_TF_IN_QUOTE)))
		return false;
	if (NE_LEX_WORD_IN(w, l, modals))
		return !NE_LEX_WORD_IN(TOK_S(doc, v), TOK_L(doc, v), impersonal_verbs) && !(LXF(st, v) & NE_LX_SKIPADV);
	if (ne_lex_word_is(w, l, "is") || ne_lex_word_is(w, l, "was"))
		return TOK_L(doc, v) > 4 && ne_lex_word_is(TOK_S(doc, v) + TOK_L(doc, v) - 3, 3, "ing") &&
			!NE_LEX_WORD_IN(TOK_S(doc, v), TOK_L(doc, v), impersonal_ings);
	if (ne_lex_word_is(w, l, "has") || ne_lex_word_is(w, l, "had"))
		return TOK_L(doc, v) > 3 && ne_lex_word_is(TOK_S(doc, v) + TOK_L(doc, v) - 2, 2, "ed") &&
			!(LXF(st, v) & NE_LX_SKIPADV);
	return false;
}

/*
 * The gender of the pronoun that opens the reported clause after the cue
 * that follows the chain ending at b ("Yukos said it would appeal",
 * "Novak added that he"): NE_G_NEUTER for it/its, NE_G_MALE or NE_G_FEMALE,
 * else NE_G_UNKNOWN.  "it" before a copula ("it was unclear", "it would be
 * hard") may be no one's and tells nothing; "it" before an auxiliary and
 * a verb an agent does ("it would appeal") is neuter, and sets *aux.
 */
static int
pronoun_after_cue(names_state *st, int32_t b, bool *aux)
{
	static const char *const copulas[] = {"is", "was", "would", "will", "could", "might", "may", "should",
	"has", "had", "seemed", "seems", "remained", "remains"};
	const ne_doc *doc = st->doc;
	int32_t		t = b;
	uint32_t	f;

	*aux = false;
	/* the cue, adverbs, "that" */
	while (t < doc->ntokens && t < b + 4 && doc->tokens[t].kind == NE_TOK_WORD &&
		   !(doc->tokens[t].flags & (NE_TF_CAP | NE_TF_IN_QUOTE)) &&
		   ((LXF(st, t) & (NE_LX_CUE | NE_LX_SKIPADV)) || ne_lex_word_is(TOK_S(doc, t), TOK_L(doc, t), "that")))
		t++;
	if (t == b || t >= doc->ntokens || doc->tokens[t].kind != NE_TOK_WORD ||
		(doc->tokens[t].flags & (NE_TF_CAP | NE_TF_IN_QUOTE)))
		return NE_G_UNKNOWN;
	f = LXF(st, t);
	if (f & NE_LX_PRON_M)
		return NE_G_MALE;
	if (f & NE_LX_PRON_F)
		return NE_G_FEMALE;
	if (!(f & NE_LX_PRON_N) || ne_poss_suffix(doc, t) > 0)
		return NE_G_UNKNOWN;	/* (it's, it’s: a token whose 's the look-up cut off) */
	if (TOK_L(doc, t) == 2 && t + 1 < doc->ntokens)
	{
		if (NE_LEX_WORD_IN(TOK_S(doc, t + 1), TOK_L(doc, t + 1), copulas))
		{
			*aux = true;
			return agent_after_aux(st, t + 1) ? NE_G_NEUTER : NE_G_UNKNOWN;
		}
		if (tok_is(doc, t + 1, '\''))
			return NE_G_UNKNOWN;	/* it's */
	}
	return NE_G_NEUTER;
}

/*
 * Does a reporting verb follow the chain words [a, b) ("Smith said"), or one
 * come before them as an inverted attribution ("said Rosenberg,")?  poss: the
 * last word is possessive (then neither).
 */
static bool
chain_cue(names_state *st, int32_t a, int32_t b, bool poss)
{
	ne_doc	   *doc = st->doc;

	if (poss)
		return false;
	/* "a fund house in Harbourton said": after "in" a name is a place, whatever follows */
	if (a > 0 && doc->tokens[a - 1].kind == NE_TOK_WORD && !(doc->tokens[a - 1].flags & NE_TF_CAP) &&
		ne_lex_word_is(TOK_S(doc, a - 1), TOK_L(doc, a - 1), "in"))
		return false;
	if (b < doc->ntokens && cue_at(st, b))
		return true;
	/* "Lee, 54, said", "Lee, a resident, told": an aside between commas, then the cue */
	if (b + 3 < doc->ntokens && tok_is(doc, b, ','))
	{
		for (int32_t k = b + 2; k < doc->ntokens && k <= b + 12; k++)
			if (tok_is(doc, k, ','))
			{
				if (person_aside(st, b + 1, k) && k + 1 < doc->ntokens && cue_at(st, k + 1))
					return true;
				/* "Smith, 45, a teacher from Ohio, told": a second aside */
				if (person_aside(st, b + 1, k))
					for (int32_t k2 = k + 2; k2 + 1 < doc->ntokens && k2 <= k + 12; k2++)
						if (tok_is(doc, k2, ','))
						{
							if (person_aside(st, k + 1, k2) && cue_at(st, k2 + 1))
								return true;
							break;
						}
				break;
			}
	}
	/* "Clinton, who called Sanders after the result, told her supporters": a relative clause, then the cue */
	if (b + 3 < doc->ntokens && tok_is(doc, b, ',') && doc->tokens[b + 1].kind == NE_TOK_WORD &&
		ne_lex_word_is(TOK_S(doc, b + 1), TOK_L(doc, b + 1), "who"))
	{
		for (int32_t k = b + 3; k + 1 < doc->ntokens && k <= b + 30; k++)
		{
			if (doc->tokens[k].kind == NE_TOK_QUOTE || doc->tokens[k].sentence != doc->tokens[b].sentence)
				break;
			if (tok_is(doc, k, ','))
			{
				if (cue_at(st, k + 1))
					return true;
			}
		}
	}
	/* "said Rosenberg", "explained Rosenberg," -- an inverted attribution is as good evidence */
	return a > 0 && doc->tokens[a - 1].kind == NE_TOK_WORD && !(doc->tokens[a - 1].flags & NE_TF_CAP) &&
		(b >= doc->ntokens || tok_is(doc, b, ',') || tok_is(doc, b, '.') || doc->tokens[b].kind == NE_TOK_QUOTE) &&
		(LXF(st, a - 1) & NE_LX_CUE);
}

/*
 * Place words that keep a place after a first name ("Victoria Street",
 * "Charles River", "Jackson Park"); any other place word after a known first
 * name is a surname: "Amy Hill", "John Hall", "George Washington".
 */
static const char *const place_nouns[] = {
	"airport", "arena", "avenue", "beach", "boulevard", "bridge", "building", "island",
	"mall", "mount", "mountain", "park", "plaza", "river", "road", "square", "street"
};

/* Is the place word at t one of place_nouns? */
static bool
is_place_noun(const ne_doc *doc, int32_t t)
{
	return NE_LEX_WORD_IN(TOK_S(doc, t), TOK_L(doc, t), place_nouns);
}

/*
 * When [n0, b) is a known first name that is no place, nation or common word,
 * then one word not in capitals ("Gordon White", "Michael Portillo"): the
 * lexicon flags of that word; else 0.
 */
static uint32_t
first_name_and_word(names_state *st, int32_t n0, int32_t b)
{
	const ne_doc *doc = st->doc;
	uint32_t	f0;

	if (b - n0 != 2 || doc->tokens[n0 + 1].kind != NE_TOK_WORD || (doc->tokens[n0 + 1].flags & NE_TF_ALLCAPS))
		return 0;
	f0 = LXF(st, n0);
	if (!(f0 & (NE_LX_FIRST_M | NE_LX_FIRST_F)) || (f0 & (NE_LX_PLACE | NE_LX_NAT | NE_LX_TITLE_MOD | NOT_NAME)))
		return 0;
	return LXF(st, n0 + 1);
}

/* First words of places' names ("San Jose", "Fort Worth", "Lake Tahoe", "São Paulo"). */
static const char *const place_openers[] = {"cape", "fort", "lake", "las", "los", "mount", "porto", "puerto", "san",
"santa", "sao", "s\xc3\xa3o"};

/* Place words that are common nouns for a kind of place, inside firms' and bodies' names too ("Harbour and Fisheries Commission"). */
static const char *const place_kinds[] = {"canal", "dam", "harbor", "harbour", "highway", "motorway", "prison",
"station", "tunnel"};

/* Title modifiers ("White House", "North Korea", "Field Marshal") that are also common surnames. */
static const char *const surname_title_mods[] = {"field", "house", "north", "west", "white"};

/*
 * Is the two-word name [n0, n0 + 2) a known first name and a place or nation
 * word that is a surname there: "Amy Hill said", "Mark Cuban", not "Victoria Street", "Charles City"
 * (a title modifier), "the Albert Hall" or "Virginia Beach" (a first name
 * that is also a place)?
 */
static bool
first_name_and_place_surname(names_state *st, int32_t n0, int32_t b)
{
	const ne_doc *doc = st->doc;
	uint32_t	f1 = first_name_and_word(st, n0, b);

	if (n0 > 0 && ne_lex_word_is(TOK_S(doc, n0 - 1), TOK_L(doc, n0 - 1), "the"))
		return false;
	/*
	 * "owner Mark Cuban", "Rep. Glenn English": a nation's adjective after a role (not "Roman Catholic"),
	 * not its plural ("Christian Americans")
	 */
	if ((f1 & (NE_LX_NAT | NE_LX_PLACE | NE_LX_TITLE_MOD | NE_LX_ABBREV)) == NE_LX_NAT)
		return (doc->text[doc->tokens[n0 + 1].end - 1] | 0x20) != 's' && n0 > 0 &&
			doc->tokens[n0 - 1].kind == NE_TOK_WORD && (LXF(st, n0 - 1) & (NE_LX_TITLE | NE_LX_PERSON_NOUN | NE_LX_NOMINAL));
	/* "Kelli White", "Oliver North", "Edward White": title modifiers that are common surnames */
	if ((f1 & NE_LX_TITLE_MOD) && !(f1 & (NE_LX_TITLE | NE_LX_ORG | NE_LX_KNOWN_ORG | NE_LX_ABBREV)) &&
		NE_LEX_WORD_IN(TOK_S(doc, n0 + 1), TOK_L(doc, n0 + 1), surname_title_mods))
		return true;
	if (!(f1 & NE_LX_PLACE) || (f1 & (NE_LX_TITLE_MOD | NE_LX_ABBREV | NE_LX_NAT)))
		return false;
	return !is_place_noun(doc, n0 + 1);
}

/* Party words that the lexicon marks as person nouns ("Republican John McCain"). */
static const char *const party_words[] = {
	"conservative", "dem", "democrat", "liberal", "libertarian", "progressive", "republican", "tory"
};

/*
 * Does the demonym or party word at t describe the person named after it,
 * before b?  A demonym does ("Swede Joachim Johansson"); a party word only
 * before a known first name or an initial: "Republican John McCain" is John
 * McCain, but "Republican National Committeeman" names nobody.
 */
static bool
demonym_before_name(names_state *st, int32_t t, int32_t b)
{
	const ne_doc *doc = st->doc;

	if (NE_LEX_WORD_IN(TOK_S(doc, t), TOK_L(doc, t), party_words))
		return t + 1 < b && doc->tokens[t + 1].kind == NE_TOK_WORD &&
			((LXF(st, t + 1) & (NE_LX_FIRST_M | NE_LX_FIRST_F)) || is_initial(doc, t + 1));
	return true;				/* a demonym */
}

/* Number of word tokens in [a, b). */
static int32_t
count_words(const ne_doc *doc, int32_t a, int32_t b)
{
	int32_t		n = 0;

	for (int32_t t = a; t < b; t++)
		n += doc->tokens[t].kind == NE_TOK_WORD;
	return n;
}

/* Is one of the tokens [a, b) an ampersand between spaces ("Marks & Spencer"; not "R&D")? */
static bool
has_ampersand(const ne_doc *doc, int32_t a, int32_t b)
{
	for (int32_t t = a + 1; t + 1 < b; t++)
		if (tok_is(doc, t, '&') && doc->tokens[t - 1].end < doc->tokens[t].start &&
			doc->tokens[t].end < doc->tokens[t + 1].start)
			return true;
	return false;
}

/*
 * Is [n0, b) a known first name and a word of a nation or a title modifier
 * ("Gordon White", "Brian Finn") that speaks or follows a role word
 * ("chairman Gordon White said")?  Without that evidence such pairs are
 * too often no person ("Christian Democratic").
 */
static bool
speaking_first_name_and_word(names_state *st, const chain *c, int32_t b)
{
	const ne_doc *doc = st->doc;
	int32_t		n0 = c->n0;
	uint32_t	f1 = first_name_and_word(st, n0, b);

	if (!(f1 & (NE_LX_NAT | NE_LX_TITLE_MOD)) || (f1 & (NE_LX_PLACE | NE_LX_ORG | NE_LX_KNOWN_ORG | NOT_NAME)))
		return false;
	if (c->cue_after)
		return true;
	return n0 > 0 && doc->tokens[n0 - 1].kind == NE_TOK_WORD && !(doc->tokens[n0 - 1].flags & NE_TF_CAP) &&
		(LXF(st, n0 - 1) & (NE_LX_TITLE | NE_LX_PERSON_NOUN));
}

/*
 * Is the one-word chain c a known first name that the text introduces as a
 * person: in apposition to a noun for a person ("Her husband, Luis,"), or
 * before "who" or an age ("Jane, who runs the website,", "Ann, 34,")?
 */
static bool
first_name_apposed(names_state *st, const chain *c)
{
	const ne_doc *doc = st->doc;
	int32_t		a = c->a,
				b = c->b;

	if (b - a != 1 || doc->tokens[a].kind != NE_TOK_WORD || !(LXF(st, a) & (NE_LX_FIRST_M | NE_LX_FIRST_F)) ||
		(LXF(st, a) & (NE_LX_PLACE | NE_LX_NAT | NE_LX_MONTH | NOT_NAME)) || b + 1 >= doc->ntokens || !tok_is(doc, b, ','))
		return false;
	if (a >= 2 && tok_is(doc, a - 1, ',') && doc->tokens[a - 2].kind == NE_TOK_WORD &&
		!(doc->tokens[a - 2].flags & NE_TF_CAP) && (LXF(st, a - 2) & (NE_LX_PERSON_NOUN | NE_LX_NOMINAL | NE_LX_TITLE)))
		return true;
	if (doc->tokens[b + 1].kind == NE_TOK_WORD && ne_lex_word_is(TOK_S(doc, b + 1), TOK_L(doc, b + 1), "who"))
		return true;
	return b + 2 < doc->ntokens && doc->tokens[b + 1].kind == NE_TOK_NUMBER && tok_is(doc, b + 2, ',') &&
		TOK_L(doc, b + 1) <= 3;
}

/*
 * Is the capitalised month or common word at b (flags f) a surname: right
 * after a known first name or an honorific of the chain that starts at t,
 * and before no number ("Theresa May said", "Mrs. May", not "Friday May 5")?
 * A common word must be a content word of four letters or more that ends
 * the name ("David Page said", "Dan Rather", "Mr Poll"; not "Hillary Will
 * Win", "Jeb Can", "Jane The Virgin").
 */
static bool
word_surname(names_state *st, int32_t t, int32_t b, uint32_t f)
{
	const ne_doc *doc = st->doc;
	int32_t		p = b - 1;

	if (b <= t)
		return false;
	if (!(f & NE_LX_MONTH))
	{
		if (!(f & NE_LX_NONNAME) || TOK_L(doc, b) < 4 ||
			(f & (NE_LX_PRON | NE_LX_PRON_REL | NE_LX_WEEKDAY | NE_LX_PLACE |
				  NE_LX_NAT | NE_LX_STATEMENT | NE_LX_TITLE_MOD)) ||
			(b + 1 < doc->ntokens && is_cap(doc, b + 1)))
			return false;
		/*
		 * a verb as a surname before a comma, a full stop or a word in lower case ("Ian Read said", "Ian
		 * Read, the chief executive", "written by Mike Read."), not in a headline ("Barack Says Yes")
		 */
		if ((f & NE_LX_CUE) && b + 1 < doc->ntokens && !tok_is(doc, b + 1, ',') && !tok_is(doc, b + 1, '.') &&
			!(doc->tokens[b + 1].kind == NE_TOK_WORD && !is_cap(doc, b + 1)))
			return false;
	}
	if (b + 1 < doc->ntokens && doc->tokens[b + 1].kind == NE_TOK_NUMBER)
		return false;
	if (p > t && tok_is(doc, p, '.') && doc->tokens[p - 1].end == doc->tokens[p].start)
		p--;					/* Mrs. May */
	return is_cap(doc, p) && (LXF(st, p) & (NE_LX_FIRST_M | NE_LX_FIRST_F | NE_LX_HONORIFIC)) &&
		!(LXF(st, p) & ((f & NE_LX_MONTH) ? NE_LX_MONTH : NE_LX_MONTH | NE_LX_NONNAME));
}

/* Is the word [a, b) in a run of capitals (a heading: "WHAT'S WORKING: SEX SELLS"), a word in capitals next to it? */
static bool
in_capitals_line(const ne_doc *doc, int32_t a, int32_t b)
{
	for (int32_t u = a - 1; u >= 0 && u >= a - 2 && doc->tokens[u].sentence == doc->tokens[a].sentence; u--)
		if (doc->tokens[u].kind == NE_TOK_WORD)
			return (doc->tokens[u].flags & NE_TF_ALLCAPS) != 0 && doc->tokens[u].end - doc->tokens[u].start > 1;
	for (int32_t u = b; u < doc->ntokens && u <= b + 1 && doc->tokens[u].sentence == doc->tokens[a].sentence; u++)
		if (doc->tokens[u].kind == NE_TOK_WORD)
			return (doc->tokens[u].flags & NE_TF_ALLCAPS) != 0 && doc->tokens[u].end - doc->tokens[u].start > 1;
	return false;
}

/* Are the words of the name [n0, b) all in capitals, with no known first name among them? */
static bool
all_capitals_without_first_name(names_state *st, int32_t n0, int32_t b)
{
	const ne_doc *doc = st->doc;
	int32_t		words = 0;

	for (int32_t t = n0; t < b; t++)
	{
		if (doc->tokens[t].kind != NE_TOK_WORD)
			continue;
		if (!(doc->tokens[t].flags & NE_TF_ALLCAPS) || (LXF(st, t) & (NE_LX_FIRST_M | NE_LX_FIRST_F)))
			return false;
		words++;
	}
	return words >= 2;
}

/* Makes chain c an organisation named from its first word, with no title. */
static inline void
org_from_start(chain *c)
{
	c->kind = CH_ORG;
	c->n0 = c->a;
	c->title_a = c->title_b = c->a;
}

/*
 * Job titles that are no surname: a name proper that ends in one, with no
 * first name, is a role ("Planning Minister", "Culture Secretary"), where
 * "Mervyn King", "Patty Judge" are people.
 */
static const char *const role_nouns[] = {
	"ceo", "chairman", "chairwoman", "commissioner", "minister", "mp", "president", "reporter",
	"secretary", "senator", "spokesman", "spokeswoman"
};

/* Does word token t end in a verb's contraction ('ve, 'll, 're, 'm, 'd, with ' or a right single quote)? */
static bool
contraction_end(const ne_doc *doc, int32_t t)
{
	const unsigned char *w = (const unsigned char *) TOK_S(doc, t);
	int32_t		l = TOK_L(doc, t);
	unsigned char z = w[l - 1] | 0x20,
				y = l >= 2 ? (w[l - 2] | 0x20) : 0;
	int32_t		n = (z == 'm' || z == 'd') ? 1 :
		((y == 'v' && z == 'e') || (y == 'l' && z == 'l') || (y == 'r' && z == 'e')) ? 2 : 0;

	if (n == 0)
		return false;
	if (l - n >= 2 && w[l - n - 1] == '\'')
		return true;
	return l - n >= 4 && w[l - n - 3] == 0xE2 && w[l - n - 2] == 0x80 && w[l - n - 1] == 0x99;
}

/*
 * Does the name proper [n0, b), of nwords words, name nobody: a word holds a
 * verb's contraction ("I've", "We're Manchester"), or, from two words on, a
 * word holds a digit (a product: "Land Rover LR3") or it ends in a job title
 * and has no first name (a role: "Planning Minister")?  One pass over the words.
 */
static bool
names_nobody(names_state *st, int32_t n0, int32_t b, int32_t nwords)
{
	const ne_doc *doc = st->doc;
	bool		first = false,
				digit = false;
	int32_t		last = b - 1;

	for (int32_t t = n0; t < b; t++)
	{
		if (doc->tokens[t].kind != NE_TOK_WORD)
			continue;
		if (contraction_end(doc, t))
			return true;
		last = t;
		if (nwords < 2)
			continue;
		if (LXF(st, t) & (NE_LX_FIRST_M | NE_LX_FIRST_F))
			first = true;
		for (int32_t i = doc->tokens[t].start; i < doc->tokens[t].end && !digit; i++)
			digit = doc->text[i] >= '0' && doc->text[i] <= '9';
	}
	if (nwords < 2 || digit)
		return digit;
	if (first)
		return false;
	return NE_LEX_WORD_IN(TOK_S(doc, last), TOK_L(doc, last), role_nouns);
}

/*
 * Does the text write its names in lower case too: wire copy lowercased
 * ("venezuela is seeking ..., finance minister manuel azpurua told"), known by
 * one sentence in five, or the first, opening with a lower-case word?
 */
static bool
text_lowercased(names_state *st)
{
	const ne_doc *doc = st->doc;

	if (st->lowercased < 0)
	{
		int32_t		lower = 0;

		for (int32_t sn = 0; sn < doc->nsentences; sn++)
		{
			const ne_sentence *se = &doc->sentences[sn];

			if (se->tok_first < se->tok_end && doc->tokens[se->tok_first].kind == NE_TOK_WORD &&
				!(doc->tokens[se->tok_first].flags & NE_TF_CAP))
				lower += sn == 0 ? doc->nsentences : 1;
		}
		st->lowercased = (int8_t) (lower * 5 >= doc->nsentences && lower > 0);
	}
	return st->lowercased == 1;
}

static inline bool word_equal(const char *text, int32_t sx, int32_t ex, int32_t sy, int32_t ey);

/* Chains ends_earlier_chain reads back: the names of the last few thousand words, so that its cost stays linear. */
#define EARLIER_CHAINS 256

/*
 * Does the word at token t end a chain of two words or more found before
 * it (a person's full name only, when person): the surname of a name
 * already seen (among the last EARLIER_CHAINS chains)?
 */
static bool
ends_earlier_chain(names_state *st, int32_t t, bool person)
{
	const ne_doc *doc = st->doc;
	const ne_token *tk = &doc->tokens[t];

	for (int32_t i = st->nch - 1; i >= 0 && i >= st->nch - EARLIER_CHAINS; i--)
	{
		const chain *ch = &st->ch[i];

		if ((person ? (ch->kind == CH_PERSON && ch->b - ch->n0 >= 2) : ch->b - ch->a >= 2) &&
			word_equal(doc->text, doc->tokens[ch->b - 1].start, ch->end_byte, tk->start, tk->end))
			return true;
	}
	return false;
}

/* Tokens written_lower reads on each side of its word: a whole article. */
#define LOWER_REACH 8192

/* Texts of more tokens than this have their lower-case words indexed for written_lower instead. */
#define LOWER_INDEX_FROM 4096

static inline uint64_t word_hash(const char *s, int32_t n);

/* Is token u a word of the kind an index holds: in lower case, or (cap_mid) capitalised inside a sentence? */
static inline bool
indexed_word(const ne_doc *doc, int32_t u, bool cap_mid)
{
	const ne_token *o = &doc->tokens[u];

	if (o->kind != NE_TOK_WORD)
		return false;
	if (!cap_mid)
		return !(o->flags & NE_TF_CAP);
	return (o->flags & NE_TF_CAP) && !opens_sentence(doc, u) && !(o->flags & NE_TF_IN_QUOTE);
}

/*
 * An index of the text's words of one kind (indexed_word): open addressing
 * over their hashes, token numbers in the slots, duplicates once; *mask set
 * to its number of slots - 1.  Made once per text, in linear time.
 */
static int32_t *
word_index(names_state *st, bool cap_mid, int32_t *mask)
{
	const ne_doc *doc = st->doc;
	int32_t		n = 0;
	int32_t    *slots;

	for (int32_t u = 0; u < doc->ntokens; u++)
		n += indexed_word(doc, u, cap_mid);
	*mask = 15;
	while (*mask < 2 * n)
		*mask = *mask * 2 + 1;
	slots = ne_alloc(doc->arena, sizeof(int32_t) * ((size_t) *mask + 1));
	memset(slots, 0xFF, sizeof(int32_t) * ((size_t) *mask + 1));
	for (int32_t u = 0; u < doc->ntokens; u++)
	{
		const ne_token *o = &doc->tokens[u];
		uint64_t	h;
		int32_t		i;

		if (!indexed_word(doc, u, cap_mid))
			continue;
		h = word_hash(doc->text + o->start, o->end - o->start);
		for (i = (int32_t) (h & (uint64_t) *mask); slots[i] >= 0; i = (i + 1) & *mask)
		{
			const ne_token *q = &doc->tokens[slots[i]];

			if (word_equal(doc->text, q->start, q->end, o->start, o->end))
				break;
		}
		slots[i] = u;
		if ((u & 0xFFFF) == 0 && doc->check_interrupts)
			doc->check_interrupts();
	}
	return slots;
}

/* Does the index (word_index) hold the word of token t (ASCII case ignored)? */
static bool
word_index_has(const ne_doc *doc, const int32_t *slots, int32_t mask, int32_t t)
{
	const ne_token *tk = &doc->tokens[t];
	uint64_t	h = word_hash(doc->text + tk->start, tk->end - tk->start);

	for (int32_t i = (int32_t) (h & (uint64_t) mask); slots[i] >= 0; i = (i + 1) & mask)
	{
		const ne_token *q = &doc->tokens[slots[i]];

		if (word_equal(doc->text, q->start, q->end, tk->start, tk->end))
			return true;
	}
	return false;
}

/* Does the word of token t stand in lower case anywhere in the text?  (The index is made on first call.) */
static bool
lower_word_seen(names_state *st, int32_t t)
{
	if (st->lower_slots == NULL)
		st->lower_slots = word_index(st, false, &st->lower_mask);
	return word_index_has(st->doc, st->lower_slots, st->lower_mask, t);
}

/* Does the word of token t stand capitalised inside a sentence anywhere in the text: a name ("Corning", "Boeing")? */
static bool
cap_mid_seen(names_state *st, int32_t t)
{
	if (st->cap_mid_slots == NULL)
		st->cap_mid_slots = word_index(st, true, &st->cap_mid_mask);
	return word_index_has(st->doc, st->cap_mid_slots, st->cap_mid_mask, t);
}

/*
 * Does the word of token t stand somewhere in the text in lower case
 * ("organisers" for "Organisers"; within LOWER_REACH tokens), in a text that
 * does not lowercase names, and no name of two words or more before it ends
 * in it?
 */
static bool
written_lower(names_state *st, int32_t t)
{
	const ne_doc *doc = st->doc;
	const ne_token *tk = &doc->tokens[t];
	int32_t		l = tk->end - tk->start;
	unsigned char first = ne_lex_lower[(unsigned char) doc->text[tk->start]];

	if (text_lowercased(st))
		return false;
	/*
	 * a long text: the index of its lower-case words, so that each call costs the same (a story of a million
	 * "Blorp John Smith" chains would otherwise read a million windows); then, as below, a surname of a name
	 * found before ("Baker said" after "James Baker") links to it anyway
	 */
	if (doc->ntokens > LOWER_INDEX_FROM)
		return lower_word_seen(st, t) && !ends_earlier_chain(st, t, false);
	if (ends_earlier_chain(st, t, false))
		return false;
	for (int32_t u = t > LOWER_REACH ? t - LOWER_REACH : 0; u < doc->ntokens && u <= t + LOWER_REACH; u++)
	{
		const ne_token *o = &doc->tokens[u];

		/* a lower-case word of the length and first letter, one test (true for few) before the bytes */
		if (((o->kind == NE_TOK_WORD) & !(o->flags & NE_TF_CAP) & (o->end - o->start == l) &
			 (ne_lex_lower[(unsigned char) doc->text[o->start]] == first)) &&
			word_equal(doc->text, o->start, o->end, tk->start, tk->end))
			return true;
	}
	return false;
}

/*
 * Are the tokens [a, b) capitals joined by ampersands without spaces (M&S,
 * AT&T, P&G)?  Such a chain names a firm or is a common noun (R&D, Q&A):
 * the firm speaks or owns.
 */
static bool
ampersand_acronym(const ne_doc *doc, int32_t a, int32_t b, int32_t end_byte)
{
	if (b - a < 3 || (b - a) % 2 == 0)
		return false;
	for (int32_t t = a; t < b; t++)
	{
		const ne_token *tk = &doc->tokens[t];
		int32_t		end = t == b - 1 ? end_byte : tk->end;	/* without a possessive ending */

		if (t > a && tk->start != doc->tokens[t - 1].end)
			return false;
		if ((t - a) % 2 == 1)
		{
			if (!tok_is(doc, t, '&'))
				return false;
			continue;
		}
		if (tk->kind != NE_TOK_WORD || end - tk->start > 3)
			return false;
		for (int32_t i = tk->start; i < end; i++)
			if (doc->text[i] < 'A' || doc->text[i] > 'Z')
				return false;
	}
	return true;
}

/*
 * Is chain c a name of two words or more after "at" that follows a role or
 * a person's name: "a strategist at Dresdner Kleinwort Wasserstein", "Ann
 * Hale at Clearview Economics"?  There it is an employer, no person (and no
 * place: "the port at Salina Cruz" has no role before it).
 */
static bool
employer_after_at(names_state *st, const chain *c)
{
	const ne_doc *doc = st->doc;
	int32_t		at = c->a - 1,
				w = c->a - 2;

	if (c->b - c->n0 < 2 || w < 0 || doc->tokens[at].kind != NE_TOK_WORD || (doc->tokens[at].flags & NE_TF_CAP) ||
		!ne_lex_word_is(TOK_S(doc, at), TOK_L(doc, at), "at") || doc->tokens[w].kind != NE_TOK_WORD ||
		!same_ctx(doc, w, c->a))
		return false;
	if (doc->tokens[w].flags & NE_TF_CAP)
		return !(LXF(st, w) & NOT_NAME);	/* the end of a name */
	return (LXF(st, w) & (NE_LX_TITLE | NE_LX_PERSON_NOUN)) != 0;
}

/* Is one of the words [a, b) a known first name? */
static bool
has_first_name(names_state *st, int32_t a, int32_t b)
{
	for (int32_t u = a; u < b; u++)
		if (st->doc->tokens[u].kind == NE_TOK_WORD && (LXF(st, u) & (NE_LX_FIRST_M | NE_LX_FIRST_F)))
			return true;
	return false;
}

/* Is there a word of an organisation's name, or an acronym, in [a, b) (Federation, Inc, PBS)? */
static bool
has_org_word(names_state *st, int32_t a, int32_t b)
{
	for (int32_t u = a; u < b; u++)
		if (st->doc->tokens[u].kind == NE_TOK_WORD &&
			((LXF(st, u) & (NE_LX_ORG | NE_LX_KNOWN_ORG)) || (st->doc->tokens[u].flags & NE_TF_ALLCAPS)))
			return true;
	return false;
}

/* Is there a title word followed by a first name in [a, b) ("... Protection Director William MacLeod")? */
static bool
title_then_first_name(names_state *st, int32_t a, int32_t b)
{
	const ne_doc *doc = st->doc;

	for (int32_t u = a; u + 1 < b; u++)
	{
		int32_t		v = u + 1;

		if (doc->tokens[u].kind != NE_TOK_WORD || !(LXF(st, u) & NE_LX_TITLE))
			continue;
		if (tok_is(doc, v, '.'))
			v++;				/* "Dr. Mary Lee", "Sen. Robert Byrd" */
		if (v < b && doc->tokens[v].kind == NE_TOK_WORD && (LXF(st, v) & (NE_LX_FIRST_M | NE_LX_FIRST_F)))
			return true;
		/* a title before two names with no organisation's word: "Dr. I-Min Lee", "President Xi Jinping" */
		if (v + 1 < b && is_cap(doc, v) && is_cap(doc, v + 1) &&
			doc->tokens[v].kind == NE_TOK_WORD && doc->tokens[v + 1].kind == NE_TOK_WORD &&
			!((LXF(st, v) | LXF(st, v + 1)) & (NE_LX_ORG | NE_LX_KNOWN_ORG | NE_LX_PLACE | NE_LX_TITLE)))
			return true;
	}
	return false;
}

/*
 * Nouns for works whose titles read like names: "the film Enduring Love",
 * "comedy Napoleon Dynamite" (not quote_kind.c's list: "show", "play" and
 * "ad" are verbs before a name too, a "magazine" is an organisation).
 */
static const char *const work_nouns[] = {"album", "ballet", "biopic", "book", "comedy", "documentary", "drama",
"film", "movie", "musical", "novel", "opera", "programme", "series", "sitcom", "song", "thriller"};

/*
 * A small set of lower-case words (a-z) with, by length, the first and the
 * last letters of its words, filled on first use: most words a look-up sees
 * ("said", "from", "chairman") are ruled out before any comparison.
 */
#define WORD_SET_MAXLEN 15
typedef struct word_set
{
	const char *const *words;
	size_t		n;
	bool		filled;
	uint32_t	firsts[WORD_SET_MAXLEN + 1];	/* bit c: a word of this length starts with 'a' + c */
	uint32_t	lasts[WORD_SET_MAXLEN + 1];	/* bit c: ... ends with 'a' + c */
} word_set;

#define WORD_SET(list) {(list), sizeof(list) / sizeof((list)[0]), false, {0}, {0}}

/* Fills the letter masks of set (every word a-z only, 1 to WORD_SET_MAXLEN bytes). */
static void
word_set_fill(word_set *set)
{
	for (size_t i = 0; i < set->n; i++)
	{
		size_t		l = strlen(set->words[i]);

		set->firsts[l] |= 1u << (set->words[i][0] - 'a');
		set->lasts[l] |= 1u << (set->words[i][l - 1] - 'a');
	}
	set->filled = true;
}

/* Is word token t (any case) one of set's words? */
static NE_ALWAYS_INLINE bool
in_word_set(word_set *set, const ne_doc *doc, int32_t t)
{
	int32_t		l = TOK_L(doc, t);
	unsigned	c,
				z;

	if (l > WORD_SET_MAXLEN)
		return false;
	if (!set->filled)
		word_set_fill(set);
	c = (unsigned) ne_lex_lower[(unsigned char) TOK_S(doc, t)[0]] - 'a';
	z = (unsigned) ne_lex_lower[(unsigned char) TOK_S(doc, t)[l - 1]] - 'a';
	return c < 26 && z < 26 && ((set->firsts[l] >> c) & 1) && ((set->lasts[l] >> z) & 1) &&
		ne_lex_word_in(TOK_S(doc, t), l, set->words, set->n);
}

static word_set work_noun_set = WORD_SET(work_nouns);

/* Words of names of events, no person's: "Super Bowl", "World War II", "Hurricane Ivan", "Cannes Film Festival". */
static const char *const event_words[] = {"awards", "bowl", "championship", "championships", "cup", "cyclone",
"festival", "games", "hurricane", "marathon", "olympics", "prix", "summit", "tournament", "trophy", "typhoon",
"war", "wars"};

static word_set event_word_set = WORD_SET(event_words);

/* Last words of names of laws, plans, indexes and ailments, no person's (not first words: "Bill Clinton"). */
static const char *const document_words[] = {"accord", "act", "agreement", "amendment", "bill", "code",
"convention", "directive", "disease", "doctrine", "index", "plan", "protocol", "resolution", "syndrome", "treaty"};

static word_set document_word_set = WORD_SET(document_words);

/* Last words of names of days and seasons, no person's without a first name ("Boxing Day", "Fashion Week"; not "Doris Day"). */
static const char *const occasion_words[] = {"day", "days", "eve", "night", "week", "weekend"};

static word_set occasion_word_set = WORD_SET(occasion_words);

/* Does the word at token t, ending at byte end (no possessive), read as a plural ("Stones", not "Ross", "Davis", "Marcos", "Vargas")? */
static bool
plural_name_word(const ne_doc *doc, int32_t t, int32_t end)
{
	const char *w = TOK_S(doc, t);
	int32_t		l = end - doc->tokens[t].start;

	return l > 3 && w[l - 1] == 's' && !memchr("siuoa", w[l - 2], 5) && !(doc->tokens[t].flags & NE_TF_ALLCAPS);
}

/* Is the token at t a word in lower case that can be a noun a name modifies ("the Marcos government")? */
static bool
noun_after_name(names_state *st, int32_t t)
{
	const ne_doc *doc = st->doc;

	return t < doc->ntokens && doc->tokens[t].kind == NE_TOK_WORD && !(doc->tokens[t].flags & NE_TF_CAP) &&
		!(LXF(st, t) & (NE_LX_NONNAME | NE_LX_CUE | NE_LX_SKIPADV | NE_LX_PRON | NE_LX_PRON_REL));
}

/* Titles that are common surnames too, after an honorific: "Ms King", "Mr Bishop". */
static const char *const title_surnames[] = {"bishop", "judge", "king", "knight", "major", "marshal", "pope"};

/* Endings of nouns for roles and trades: "Cinematographer", "Novelist", "Comedian", "Comic", "Anchorman". */
static const char *const role_endings[] = {"er", "or", "ist", "ian", "ant", "ent", "ic", "man", "woman"};

/* Words with a role's ending that are none: "Wherever Hillary Clinton goes". */
static const char *const role_ending_words[] = {"another", "either", "further", "neither", "other", "rather",
"together", "whatever", "whenever", "wherever", "whether", "whichever", "whoever"};

/* Is the word at t shaped like a role: hyphenated ("Fly-half", "Co-founder") or with a role's ending? */
static bool
role_shaped(const ne_doc *doc, int32_t t)
{
	const char *w = TOK_S(doc, t);
	int32_t		l = TOK_L(doc, t);

	if (l < 4)
		return false;
	if (memchr(w + 1, '-', (size_t) (l - 2)) != NULL)
		return true;
	for (size_t i = 0; i < sizeof(role_endings) / sizeof(role_endings[0]); i++)
	{
		int32_t		n = (int32_t) strlen(role_endings[i]);

		if (l > n + 2 && ne_lex_word_is(w + l - n, n, role_endings[i]))
			return true;
	}
	return false;
}

/* Words that open a sentence before a title and are no part of it: "And WMC chief executive", "But analyst". */
static const char *const title_openers[] = {"a", "an", "and", "another", "as", "but", "her", "his", "its", "or",
"so", "the", "their", "then", "when", "while", "yet"};

/* Words that end firms' names and offices' alike: "Cairn Energy", "Energy Secretary", "Minister of Energy". */
static const char *const office_firm_words[] = {"communications", "energy"};

/*
 * Does the chain [a, b) end in an office's word that is a firm's too
 * (Energy, Communications) at last, as part of an office: "Minister of
 * Energy", "Chairman of Phibro Energy", "House Energy and Commerce
 * Committee", "Venezuelan Energy and Mines Minister", "Energy minister"?
 */
static bool
office_word_end(names_state *st, int32_t a, int32_t last, int32_t b)
{
	const ne_doc *doc = st->doc;

	if (!NE_LEX_WORD_IN(TOK_S(doc, last), TOK_L(doc, last), office_firm_words))
		return false;
	if (last > a && ne_lex_word_is(TOK_S(doc, last - 1), TOK_L(doc, last - 1), "of"))
		return true;
	if (b < doc->ntokens && (ne_lex_word_is(TOK_S(doc, b), TOK_L(doc, b), "and") ||
							 (doc->tokens[b].kind == NE_TOK_WORD && (LXF(st, b) & NE_LX_TITLE))))
		return true;			/* "Energy and Mines Minister", "Indonesian Energy minister" */
	return a + 1 < last && (LXF(st, a) & NE_LX_TITLE) && ne_lex_word_is(TOK_S(doc, a + 1), TOK_L(doc, a + 1), "of");
}

/* Offices a lower-case title holds with "of" before a name ("secretary of State Clinton"). */
static const char *const offices[] = {
	"agriculture", "commerce", "defence", "defense", "education", "energy", "finance", "health", "homeland",
	"housing", "industry", "interior", "justice", "labor", "labour", "state", "trade", "transport",
	"transportation", "treasury", "war"
};

/* Capitalised possessives that open titles of works inside a sentence: "His Dark Materials", "My Left Foot". */
static const char *const work_openers[] = {"her", "his", "my", "our", "their", "your"};

/* Endings of adverbs that open sentences or titles: "Certainly", "Interestingly", "Strictly", "Massively". */
static const char *const adverb_endings[] = {"ainly", "ally", "antly", "arly", "ately", "edly", "ently", "fully",
"ictly", "ingly", "ively", "ously"};

/* Endings of derived nouns and adjectives that end no person's name: "Development", "Equality", "Interactive". */
static const char *const derived_endings[] = {"ical", "ism", "ity", "ive", "ment", "ness", "ous", "sion", "tion"};

/* The bit of lower-case letter c in a mask of last letters (0 for any other byte). */
#define LAST_BIT(c) ((c) >= 'a' && (c) <= 'z' ? 1u << ((c) - 'a') : 0u)

/* Last letters of adverb_endings and derived_endings. */
#define ADVERB_LASTS LAST_BIT('y')
#define DERIVED_LASTS (LAST_BIT('e') | LAST_BIT('l') | LAST_BIT('m') | LAST_BIT('n') | LAST_BIT('s') | LAST_BIT('t') | LAST_BIT('y'))

static bool word_ends_in_slow(const ne_doc *doc, int32_t t, const char *const *ends, size_t nends);

/*
 * Does the word at t, of at least minlen bytes and not in capitals, end in one
 * of ends, whose last letters are the mask lasts (most words are told by
 * their last letter, inline)?
 */
static inline bool
word_ends_in(const ne_doc *doc, int32_t t, const char *const *ends, size_t nends, uint32_t lasts, int32_t minlen)
{
	int32_t		l = TOK_L(doc, t);

	if (l < minlen || !(LAST_BIT(TOK_S(doc, t)[l - 1]) & lasts))
		return false;
	return word_ends_in_slow(doc, t, ends, nends);
}

/* word_ends_in past its last-letter test. */
static bool
word_ends_in_slow(const ne_doc *doc, int32_t t, const char *const *ends, size_t nends)
{
	const char *w = TOK_S(doc, t);
	int32_t		l = TOK_L(doc, t);

	if (doc->tokens[t].kind != NE_TOK_WORD || (doc->tokens[t].flags & NE_TF_ALLCAPS))
		return false;
	for (size_t i = 0; i < nends; i++)
	{
		int32_t		n = (int32_t) strlen(ends[i]);

		if (w[l - 1] == ends[i][n - 1] && memcmp(w + l - n, ends[i], (size_t) n) == 0)
			return true;
	}
	return false;
}

/* Does a lower-case "in" or "at" of the same sentence come right before token a ("in San Jose", "at Old Trafford")? */
static bool
after_in_or_at(names_state *st, int32_t a)
{
	const ne_doc *doc = st->doc;
	int32_t		p = a - 1;

	return p >= 0 && doc->tokens[p].kind == NE_TOK_WORD && TOK_L(doc, p) == 2 && !(doc->tokens[p].flags & NE_TF_CAP) &&
		doc->tokens[p].sentence == doc->tokens[a].sentence &&
		(ne_lex_word_is(TOK_S(doc, p), 2, "in") || ne_lex_word_is(TOK_S(doc, p), 2, "at"));
}

/* Nouns of places that are surnames too: "Ricki Lake", "Benny Hill", "Tony Park" (not Street, Bay: "Downing Street said"). */
static const char *const place_surnames[] = {"hill", "lake", "park"};

/*
 * Is chain c (two words) a person whose surname is a noun of places, by the
 * cue after it: "Ricki Lake said", not "Crater Lake", "Lake Tahoe"?
 */
static bool
speaking_surname_of_place_noun(names_state *st, const chain *c, int32_t last)
{
	const ne_doc *doc = st->doc;

	return last - c->n0 == 1 && c->b == last + 1 && chain_cue(st, c->a, c->b, c->poss) &&
		doc->tokens[c->n0].kind == NE_TOK_WORD && !(LXF(st, c->n0) & (NE_LX_PLACE | NE_LX_NAT | NOT_NAME)) &&
		NE_LEX_WORD_IN(TOK_S(doc, last), TOK_L(doc, last), place_surnames);
}

/* Classifies the chain words [a, b) (already cut at non-name words) and appends it. */
static void
classify(names_state *st, int32_t a, int32_t b, bool the_before)
{
	ne_doc	   *doc = st->doc;
	chain		c;
	int32_t		last,
				nwords = 0,
				real = 0,
				k = -1;
	uint32_t	lxl,
				flast,			/* flags of the last word, and of the first name word: looked up once */
				fn0,
				common = 0;		/* flags of the name's words other than first name, particle, suffix */
	bool		cue_known,		/* c.cue_after is found */
				office_of;		/* "secretary of State Clinton": the office ends the title */
	int32_t		nsuffix;		/* trailing suffix words (Jr., III) */

	memset(&c, 0, sizeof(c));
	/* skip leading and trailing non-words ('.' after an abbreviation, connectors) */
	while (a < b && !is_cap(doc, a))
		a++;
	while (b > a && !(doc->tokens[b - 1].kind == NE_TOK_WORD && (is_cap(doc, b - 1) || is_initial(doc, b - 1))))
		b--;
	if (a >= b)
		return;
	/* a title in capitals after a full name is no part of it: "Frank Field MP", "Philippe Sands QC" */
	if (b - a >= 3 && (doc->tokens[b - 1].flags & NE_TF_ALLCAPS) && (LXF(st, b - 1) & NE_LX_TITLE) &&
		!(LXF(st, b - 1) & NE_LX_HONORIFIC) && is_cap(doc, b - 2) &&
		!(a > 0 && ne_lex_word_is(TOK_S(doc, a - 1), TOK_L(doc, a - 1), "the")))
		b--;					/* (not "the Glasgow Kelvin MP": a seat, no name) */
	if (b - a >= 2 && TOK_L(doc, a) > 6 && ne_lex_word_is(TOK_S(doc, a) + TOK_L(doc, a) - 6, 6, "-based"))
	{
		/* "Paris-based Euronext": an organisation, the description no part of it ("Moscow-based US lawyer": none) */
		if (!(b - a == 2 && (LXF(st, a + 1) & (NE_LX_PLACE | NE_LX_NAT))))
			classify(st, a + 1, b, true);
		return;
	}
	/* "His Dark Materials", "My Left Foot": a capitalised possessive inside a sentence opens a title, no name
	 * (a firm's name stays one: "Our Lady Hospital Inc") */
	if (a > 0 && (doc->tokens[a - 1].flags & NE_TF_CAP) && doc->tokens[a - 1].kind == NE_TOK_WORD &&
		!opens_sentence(doc, a - 1) && doc->tokens[a - 1].end + 1 == doc->tokens[a].start &&
		NE_LEX_WORD_IN(TOK_S(doc, a - 1), TOK_L(doc, a - 1), work_openers) && !has_first_name(st, a, b) &&
		!(LXF(st, b - 1) & (NE_LX_ORG | NE_LX_KNOWN_ORG)))
		return;
	/* "Certainly Donald Trump": an adverb opening a sentence is no part of a name; inside one, an adverb opens
	 * a title ("Strictly Come Dancing", "Massively Multiplayer") */
	if (b - a >= 2 && word_ends_in(doc, a, adverb_endings, sizeof(adverb_endings) / sizeof(adverb_endings[0]), ADVERB_LASTS, 6) &&
		!(LXF(st, a) & (NE_LX_FIRST_M | NE_LX_FIRST_F | NE_LX_TITLE | NE_LX_ORG | NE_LX_KNOWN_ORG | NE_LX_PLACE)))
	{
		if (opens_sentence(doc, a))
			classify(st, a + 1, b, false);
		return;
	}
	/* a party tag after a name: "(D-N.Y.)", ", R-Texas," names nobody */
	if (a > 0 && doc->tokens[a - 1].kind == NE_TOK_PUNCT && TOK_L(doc, a) >= 3 && TOK_S(doc, a)[1] == '-' &&
		(TOK_S(doc, a)[0] == 'D' || TOK_S(doc, a)[0] == 'R' || TOK_S(doc, a)[0] == 'I') &&
		(tok_is(doc, a - 1, '(') || tok_is(doc, a - 1, ',')))
		return;					/* (the token before is tested first: it is seldom punctuation) */
	last = b - 1;
	{
		int32_t		ps = ne_poss_suffix(doc, last);

		c.poss = (uint8_t) (ps > 0 || poss_apostrophe(doc, last));
		c.end_byte = doc->tokens[last].end - ps;
	}
	flast = LXF(st, last);
	if ((flast & NE_LX_SUFFIX) && (flast & NE_LX_ABBREV) && tok_is(doc, last + 1, '.') &&
		doc->tokens[last + 1].start == doc->tokens[last].end)
		c.end_byte = doc->tokens[last + 1].end;	/* John Public Jr. */
	lxl = flast;

	nwords = b - a == 1 ? 1 : count_words(doc, a, b);	/* one word, the most chains */

	/* a dateline ("PORT ELLSWORTH, Maine --", "LONDON (Reuters) -"): capitals opening a paragraph, then , ( or a dash */
	if (((doc->tokens[a].flags & NE_TF_PARA_START) != 0) & ((doc->tokens[last].flags & NE_TF_ALLCAPS) != 0) &
		((doc->tokens[a].flags & NE_TF_ALLCAPS) != 0) && dateline_dash(doc, b))
		return;
	/* a known common noun opening a sentence ("Critics said", "Officials warned") is no name */
	if (nwords == 1 && opens_sentence(doc, a) && !c.poss &&
		(lxl & (NE_LX_NOMINAL | NE_LX_PERSON_NOUN | NE_LX_ORG_NOUN)) && !(lxl & (NE_LX_TITLE | NE_LX_FIRST_M | NE_LX_FIRST_F | NE_LX_KNOWN_ORG)))
		return;
	/* "the Tories", "the Guardian said", "the Pentagon's": one word after a lower-case "the" that speaks,
	 * owns or is a plural of a party or nation is a group or organisation ("the Obama administration",
	 * "the Oscars ceremony" are not) */
	if (!the_before && nwords == 1 && a > 0 && ne_lex_word_is(TOK_S(doc, a - 1), TOK_L(doc, a - 1), "the") &&
		same_ctx(doc, a - 1, a) && !(doc->tokens[a].flags & NE_TF_ALLCAPS) &&
		!(lxl & (NE_LX_TITLE | NE_LX_HONORIFIC | NE_LX_FIRST_M | NE_LX_FIRST_F | NE_LX_PLACE | NE_LX_PERSON_NOUN | NE_LX_ORG |
				 NOT_NAME)) &&
		((lxl & NE_LX_NAT) ? ((doc->text[c.end_byte - 1] | 0x20) == 's' && (doc->text[c.end_byte - 2] | 0x20) != 's') :
		 (c.poss || chain_cue(st, a, b, false))))
		the_before = true;
	/* "Liam Fox": a known first name before a known organisation word makes a person */
	if ((lxl & NE_LX_KNOWN_ORG) && !(lxl & NE_LX_ORG) && nwords >= 2 && (LXF(st, a) & (NE_LX_FIRST_M | NE_LX_FIRST_F)))
		lxl &= ~NE_LX_KNOWN_ORG;
	/* organisations: ends in a marker, a known organisation, marker + of, after a capital The, or
	 * names joined by & (Marks & Spencer, Ernst & Young) */
	/* "Albany, N.Y.", "N.Z.": a dotted abbreviation that is no known organisation is a place */
	if (nwords == 1 && (doc->tokens[last].flags & NE_TF_ALLCAPS) && TOK_L(doc, last) <= 5 &&
		memchr(TOK_S(doc, last), '.', (size_t) TOK_L(doc, last)) != NULL && !(lxl & NE_LX_KNOWN_ORG))
		return;					/* (a legal form alone too: "S.A", "N.V") */
	if (((lxl & NE_LX_ORG) && nwords >= 2 && !office_word_end(st, a, last, b)) ||
		(lxl & NE_LX_KNOWN_ORG) || the_before || has_ampersand(doc, a, b) ||
		((doc->tokens[last].flags & NE_TF_ALLCAPS) && nwords == 1 && TOK_L(doc, last) <= 5 &&
		 !(lxl & (NE_LX_TITLE | NE_LX_PLACE | NE_LX_NAT | NOT_NAME | NE_LX_SUFFIX)) && !in_capitals_line(doc, a, b)))
	{
		c.kind = CH_ORG;
		c.a = (the_before && a > 0 && ne_lex_word_is(TOK_S(doc, a - 1), TOK_L(doc, a - 1), "the") &&
			   (doc->tokens[a - 1].flags & NE_TF_CAP) && !(doc->tokens[a - 1].flags & NE_TF_SENT_START)) ? a - 1 : a;
		c.b = b;
		c.n0 = c.a;
		goto push;
	}
	/* "said M&S", "AT&T's": a firm; "R&D", "Q&A": nobody */
	if (ampersand_acronym(doc, a, b, c.end_byte))
	{
		c.cue_after = (uint8_t) chain_cue(st, a, b, c.poss);
		if (!c.cue_after && !c.poss)
			return;
		c.a = a;
		c.b = b;
		org_from_start(&c);
		goto push;
	}
	for (int32_t t = a; t + 1 < b; t++)
		if ((LXF(st, t) & NE_LX_ORG) && of_or_for(doc, t + 1))
		{
			if (title_then_first_name(st, t + 2, b))
				break;			/* "FTC Bureau of Consumer Protection Director William MacLeod": a person */
			c.kind = CH_ORG;	/* Department of Justice, University of Texas */
			c.a = (the_before && a > 0) ? a - 1 : a;
			c.b = b;
			c.n0 = c.a;
			goto push;
		}
	/* no organisation: the reporting verb is needed from here on, by the words as they stand (the
	 * "of" cut below shortens only chains of three tokens or more); a single word's is found later,
	 * when it is no known place or nation (Cuban, Washington), which never needs it */
	cue_known = b - a >= 2;
	if (cue_known)
		c.cue_after = (uint8_t) chain_cue(st, a, b, c.poss);

	/* "President Musharraf of Pakistan": "of <Place>" after a name word belongs to no person's name
	 * (organisations keep it: Bank of England, above); "Secretary of State" is a title, below */
	for (int32_t t = a + 1; t + 1 < b; t++)
		if (ne_lex_word_is(TOK_S(doc, t), TOK_L(doc, t), "of") && is_cap(doc, t - 1) && !(LXF(st, t - 1) & TITLEISH))
		{
			b = t;
			last = b - 1;
			c.poss = (uint8_t) (ne_poss_suffix(doc, last) > 0 || poss_apostrophe(doc, last));
			c.end_byte = doc->tokens[last].end - ne_poss_suffix(doc, last);
			flast = LXF(st, last);
			break;
		}
	c.headline = (uint8_t) sentence_headline(st, doc->tokens[a].sentence);
	/* a title: up to the last title head that still leaves a name (French Prime Minister Manuel Valls);
	 * a suffix leaves none: "Martin Luther King Jr." has no title */
	nsuffix = 0;
	while (b - 1 - nsuffix > a && (LXF(st, b - 1 - nsuffix) & NE_LX_SUFFIX))
		nsuffix++;
	for (int32_t t = a; t < b - 1 - nsuffix; t++)
	{
		uint32_t	f = LXF(st, t);

		if (doc->tokens[t].kind != NE_TOK_WORD)
			continue;
		if (!(f & (NE_LX_FIRST_M | NE_LX_FIRST_F)) &&
			((f & (NE_LX_TITLE | NE_LX_HONORIFIC)) ||
			 ((f & NE_LX_NAT) && (f & NE_LX_PERSON_NOUN) && demonym_before_name(st, t, b)) ||
			 ((f & NE_LX_NAT) && t + 2 < b && doc->tokens[t + 1].kind == NE_TOK_WORD &&
			  (LXF(st, t + 1) & (NE_LX_FIRST_M | NE_LX_FIRST_F)))))
			k = t;				/* a title, an honorific, a demonym or party ("Swede Daniel Persson",
								 * "American Jeff Morrison": before a first name and a surname) */
		else if ((t == a || k == t - 1) && (f & (NE_LX_TITLE_MOD | NE_LX_ORG | NE_LX_KNOWN_ORG)) &&
				 !(t == a && a >= 2 && ne_lex_word_is(TOK_S(doc, a - 1), TOK_L(doc, a - 1), "of") &&
				   doc->tokens[a - 2].kind == NE_TOK_WORD && !is_cap(doc, a - 2)) &&	/* "secretary of State X": below */
				 !(f & (NE_LX_FIRST_M | NE_LX_FIRST_F | NE_LX_PLACE)) && t + 2 < b - nsuffix &&
				 doc->tokens[t + 1].kind == NE_TOK_WORD && (LXF(st, t + 1) & (NE_LX_FIRST_M | NE_LX_FIRST_F)) &&
				 !(LXF(st, t + 1) & (NE_LX_PLACE | NE_LX_NAT | NE_LX_TITLE_MOD)))
			k = t;				/* the end of an office before a first name and a surname: "Chief Secretary to
								 * the Treasury Paul Boateng", "Pentagon press secretary"'s "Pentagon" alone */
	}
	/* "Entering Westminster", "Buying MCI": a participle no table knows opening the sentence is no part of a name */
	if (k < 0 && b - a >= 2 && opens_sentence(doc, a) && doc->tokens[a].kind == NE_TOK_WORD && LXF(st, a) == 0 &&
		TOK_L(doc, a) >= 6 && memcmp(TOK_S(doc, a) + TOK_L(doc, a) - 3, "ing", 3) == 0 &&
		!cap_mid_seen(st, a))	/* (not a name the text writes inside a sentence: "Corning Glass Works", "Boeing") */
	{
		classify(st, a + 1, b, false);
		return;
	}
	/* "Cinematographer John Mathieson", "Fly-half Stephen Jones" opening a sentence: a word no table knows,
	 * shaped like a role, or a noun for people ("Striker Thierry Henry", "Prosecutor James Reid"), before a
	 * known first name and a surname is the title */
	if (k < 0 && b - a >= 2 && opens_sentence(doc, a) && doc->tokens[a].kind == NE_TOK_WORD &&
		(LXF(st, a) & ~(NE_LX_PERSON_NOUN | NE_LX_NOMINAL)) == 0 &&
		doc->tokens[a + 1].kind == NE_TOK_WORD && (LXF(st, a + 1) & (NE_LX_FIRST_M | NE_LX_FIRST_F)) &&
		!(LXF(st, a + 1) & (NE_LX_PLACE | NE_LX_NAT)))
	{
		if (b - a >= 3 && NE_LEX_WORD_IN(TOK_S(doc, a), TOK_L(doc, a), role_ending_words))
		{
			classify(st, a + 1, b, false);	/* "Wherever Hillary Clinton goes": no part of the name */
			return;
		}
		if (b - a >= 3 && (LXF(st, a) != 0 || role_shaped(doc, a)))
			k = a;
		else if (written_lower(st, a))
		{
			classify(st, a + 1, b, false);	/* "Sure Robbie", "Born Jocelyn Stoker": a common word the text
											 * writes in lower case too opens the sentence */
			return;
		}
	}
	/* "former secretary of State Clinton", "the minister of Finance Jane Okafor": the office after a
	 * lower-case title and "of" is part of the title */
	office_of = k < 0 && b - a >= 2 && a >= 2 && NE_LEX_WORD_IN(TOK_S(doc, a), TOK_L(doc, a), offices) &&
		ne_lex_word_is(TOK_S(doc, a - 1), TOK_L(doc, a - 1), "of") &&
		doc->tokens[a - 2].kind == NE_TOK_WORD && !is_cap(doc, a - 2) && (LXF(st, a - 2) & NE_LX_TITLE) &&
		(b - a == 2 || (LXF(st, a + 1) & (NE_LX_FIRST_M | NE_LX_FIRST_F)));
	if (office_of)
		k = a;					/* (a surname, or a first name and more: not "of Energy Security Analysis Inc") */
	c.a = a;
	c.b = b;
	c.title_a = c.title_b = a;
	if (office_of)
		c.title_a = a - 2;		/* the title as written: "secretary of State" */
	c.n0 = a;
	if (k >= 0 && k + 3 < b && ne_lex_word_is(TOK_S(doc, k + 1), TOK_L(doc, k + 1), "of") &&
		ne_lex_word_is(TOK_S(doc, k + 2), TOK_L(doc, k + 2), "the") && is_cap(doc, k + 3))
	{
		/* Chancellor of the Exchequer Nigel Lawson: the title takes "of the X" */
		k += 3;
		while (k + 2 < b && doc->tokens[k + 1].kind == NE_TOK_WORD && (LXF(st, k + 1) & TITLEISH))
			k++;
	}
	else if (k >= 0 && k + 2 < b && ne_lex_word_is(TOK_S(doc, k + 1), TOK_L(doc, k + 1), "of") && is_cap(doc, k + 2))
	{
		/* Secretary of Energy, Secretary of Homeland Security: the title takes "of X" */
		k += 2;
		while (k + 2 < b && doc->tokens[k + 1].kind == NE_TOK_WORD && (LXF(st, k + 1) & TITLEISH))
			k++;
	}
	if (k >= 0)
	{
		c.title_b = k + 1;
		c.n0 = k + 1;
		/* (a particle the chain kept stays: "Mr van Dijk", "Mr de Gaulle" are named "van Dijk", "de Gaulle") */
		while (c.n0 < b && !is_cap(doc, c.n0) &&
			   !(doc->tokens[c.n0].kind == NE_TOK_WORD && (LXF(st, c.n0) & NE_LX_PARTICLE) && !(LXF(st, c.n0) & NE_LX_NONNAME)))
			c.n0++;
		for (int32_t t = a; t <= k; t++)
		{
			if (LXF(st, t) & NE_LX_HON_M)
				c.gender = NE_G_MALE;
			else if (LXF(st, t) & NE_LX_HON_F)
				c.gender = NE_G_FEMALE;
		}
	}
	if (c.n0 >= b)
	{
		/* a title alone (President, Attorney General) -- unless a capitalised word that is also a
		 * surname speaks by itself mid-sentence: "King says" */
		if (!(b - a == 1 && c.cue_after &&
			  !(LXF(st, a) & (NE_LX_HONORIFIC | NE_LX_ABBREV))))
			return;
		k = -1;
		c.title_b = c.n0 = a;
		c.gender = NE_G_UNKNOWN;
	}

	/* the name proper */
	nwords = 0;
	for (int32_t t = c.n0; t < b; t++)
	{
		uint32_t	f = LXF(st, t);

		if (doc->tokens[t].kind != NE_TOK_WORD)
			continue;
		nwords++;
		common |= f & ~(NE_LX_FIRST_M | NE_LX_FIRST_F | NE_LX_PARTICLE | NE_LX_SUFFIX);
		if (is_initial(doc, t) || (f & (NE_LX_PARTICLE | NE_LX_SUFFIX)))
			continue;
		if ((f & (NE_LX_FIRST_M | NE_LX_FIRST_F)) ||
			!(f & (NOT_NAME | NE_LX_PLACE | NE_LX_NAT | NE_LX_ORG | NE_LX_KNOWN_ORG | NE_LX_TITLE | NE_LX_TITLE_MOD)))
			real++;
		else if (k >= 0 && (LXF(st, k) & NE_LX_HONORIFIC) &&
				 !(f & (NOT_NAME | NE_LX_ORG | NE_LX_KNOWN_ORG | NE_LX_TITLE | NE_LX_TITLE_MOD)))
			real++;				/* a place or nation after Mr, Mrs, Dr is a surname: "Mr Irish", "Mrs English" */
		else if (k >= 0 && t == k + 1 && t == b - 1 && (LXF(st, k) & NE_LX_HONORIFIC) &&
				 NE_LEX_WORD_IN(TOK_S(doc, t), TOK_L(doc, t), title_surnames))
			real++;				/* "Ms King", "Mr Judge" (not "Mr President", "Mr Speaker") */
		else if ((f & (NE_LX_MONTH | NE_LX_NONNAME)) && t > c.n0 && word_surname(st, c.n0, t, f))
			real++;				/* "Theresa May", "David Page": kept in the chain by find_chains */
		else if ((f & (NE_LX_MONTH | NE_LX_NONNAME)) && k >= 0 && t == k + 1 + (tok_is(doc, k + 1, '.') ? 1 : 0) &&
				 word_surname(st, k, t, f))
			real++;				/* "Mrs May", "Mrs. May" */
	}
	fn0 = LXF(st, c.n0);		/* looked up by the loop above */
	if (real == 0 && b - a == 1 && (LXF(st, a) & NE_LX_TITLE) &&
		!(LXF(st, a) & (NE_LX_HONORIFIC | NE_LX_ABBREV | NE_LX_NONNAME)) && !(doc->tokens[a].flags & NE_TF_ALLCAPS))
	{
		/* "King says": a surname that is also a title ("The MEP said": an acronym is none) */
		c.cue_after = (uint8_t) chain_cue(st, a, b, c.poss);
		cue_known = true;
		if (c.cue_after)
			real = 1;
	}
	/* "Will wrote" after "George Will": a common word inside a sentence that a person's full name ended in */
	if (nwords == 1 && k < 0 && (flast & NOT_NAME) && !opens_sentence(doc, a) &&
		ends_earlier_chain(st, a, true))
	{
		c.kind = CH_SINGLE;
		goto push;
	}
	if (nwords == 1 && k < 0 && (real == 0 || (flast & (NE_LX_PLACE | NE_LX_NAT | NE_LX_TITLE_MOD))) &&
		!(flast & (NOT_NAME | NE_LX_FIRST_M | NE_LX_FIRST_F)))
	{
		/* Cuban, Washington, Israel: a known surname only (Mark Cuban), never a new person; UN, EU not even that */
		if ((flast & NE_LX_PLACE) && TOK_L(doc, a) <= 3 && TOK_S(doc, a)[1] >= 'A' && TOK_S(doc, a)[1] <= 'Z')
			return;
		c.kind = CH_SINGLE;
		c.weak = 1;
		goto push;
	}
	if (real == 0 || nwords > MAX_NAME_TOKENS || names_nobody(st, c.n0, b, nwords))
		return;					/* "I've", "Planning Minister", "Airbus A320" */
	/* signs, slogans and titles in title case: "Break Up the Banks.", "Black Lives Matter" name no person */
	if (k < 0 && nwords >= 2 && (doc->tokens[a].flags & NE_TF_IN_QUOTE) && doc->tokens[a].quote >= 0 &&
		!has_first_name(st, c.n0, b) && !has_org_word(st, c.n0, b) &&
		ne_quote_title_case(doc, &doc->quotes[doc->tokens[a].quote]))
		return;
	if (!cue_known)
		c.cue_after = (uint8_t) chain_cue(st, a, b, c.poss);
	/* "Organisers said", "Reports say": a common word opening a sentence, a known surname only (the cue first:
	 * without one, a single word makes no person anyway, and the text is read only for the few with one) */
	if (nwords == 1 && k < 0 && c.cue_after && opens_sentence(doc, a) &&
		!(flast & (NE_LX_FIRST_M | NE_LX_FIRST_F)) && written_lower(st, a))
	{
		c.kind = CH_SINGLE;
		c.weak = 1;
		goto push;
	}
	/* "U.S. Officials", "European Currency Units", "West Texas Intermediate": a name opening with a place
	 * or nationality, with no title and no first name, is no person */
	if (k < 0 && nwords >= 2 && doc->tokens[c.n0].kind == NE_TOK_WORD && (fn0 & (NE_LX_PLACE | NE_LX_NAT)) &&
		!(fn0 & (NE_LX_ABBREV | NE_LX_PARTICLE)) &&	/* St Germain, San Martin */
		!(a > 0 && doc->tokens[a - 1].kind == NE_TOK_WORD && !(doc->tokens[a - 1].flags & NE_TF_CAP) &&
		  (LXF(st, a - 1) & NE_LX_TITLE)))	/* "governor Park Seung" is a person */
	{
		bool		first = false;

		for (int32_t t = c.n0; t < b; t++)
			if (doc->tokens[t].kind == NE_TOK_WORD && (LXF(st, t) & (NE_LX_FIRST_M | NE_LX_FIRST_F)))
				first = true;
		if (!first)
		{
			/* "UK Coal said", "British Chambers'": speaking or owning, an organisation; else nothing */
			if ((c.cue_after || c.poss) && !(flast & NE_LX_NOMINAL))
			{
				org_from_start(&c);
				goto push;
			}
			return;
		}
	}
	if (flast & (NE_LX_PLACE | NE_LX_NAT | NE_LX_TITLE_MOD) && !(flast & (NE_LX_FIRST_M | NE_LX_FIRST_F)) &&
		k < 0 && !first_name_and_place_surname(st, c.n0, b) && !speaking_first_name_and_word(st, &c, b) &&
		!speaking_surname_of_place_noun(st, &c, last))
		return;					/* New Hampshire, South Carolina */
	if (k < 0 && nwords >= 2)
	{
		/*
		 * "Super Bowl", "World War II", "Hurricane Ivan" (an event, first name or not), "Finance Bill" (a
		 * law, plan or index: its last word), "the Rolling
		 * Stones", "the Evening Standard", "the Holy Grail" (a name after "the" with no first name or
		 * initial, a plural or no noun after it: a group, a paper, a work, an organisation when it speaks
		 * or owns, as "UK Coal said"; not "the Ferdinand Marcos government"): no new person, only a name
		 * known otherwise ("the Holiday Inns" of "Holiday Inns Inc")
		 */
		bool		nobody = false;

		/* the first word or one of the last two: "Hurricane Ivan", "Commonwealth Games", "World War II" */
		for (int32_t t = c.n0; t < b && !nobody; t = (t == c.n0 && b - 2 > t + 1) ? b - 2 : t + 1)
			nobody = doc->tokens[t].kind == NE_TOK_WORD && in_word_set(&event_word_set, doc, t);
		/* "Finance Bill", "Marshall Plan", "Dow Jones Index", "Motor Neurone Disease": a law, plan or index */
		nobody |= doc->tokens[last].kind == NE_TOK_WORD && in_word_set(&document_word_set, doc, last);
		/* "San Andreas", "Sao Paulo", "Fort Worth", "Lake Tahoe": a place's first word, first name after it or not */
		nobody |= doc->tokens[c.n0].kind == NE_TOK_WORD && !(doc->tokens[c.n0].flags & NE_TF_ALLCAPS) &&
			NE_LEX_WORD_IN(TOK_S(doc, c.n0), TOK_L(doc, c.n0), place_openers);
		/* "Racial Equality", "Export Enhancement Program", "Sports Interactive": a derived common word, no first name */
		if (!nobody && !has_first_name(st, c.n0, b))	/* not "Political Affairs Wendy Sherman" */
		{
			/* "Boxing Day", "Labor Day", "Fashion Week": a day or a season (not "R.L. Day") */
			nobody = doc->tokens[last].kind == NE_TOK_WORD && in_word_set(&occasion_word_set, doc, last) &&
				!is_initial(doc, c.n0);
			for (int32_t t = c.n0; t < b && !nobody; t++)
				nobody = word_ends_in(doc, t, derived_endings, sizeof(derived_endings) / sizeof(derived_endings[0]), DERIVED_LASTS, 8);
		}
		if (!nobody && a > 0 && doc->tokens[a - 1].kind == NE_TOK_WORD &&
			(doc->tokens[a - 1].flags & (NE_TF_CAP | NE_TF_SENT_START)) != NE_TF_CAP &&
			ne_lex_word_is(TOK_S(doc, a - 1), TOK_L(doc, a - 1), "the") && !is_initial(doc, c.n0) &&
			!memchr(TOK_S(doc, c.n0), '.', (size_t) TOK_L(doc, c.n0)) && !has_first_name(st, c.n0, b) &&
			(plural_name_word(doc, last, c.end_byte) || !noun_after_name(st, b)))
		{
			if (c.cue_after || c.poss)
			{
				org_from_start(&c);
				goto push;
			}
			nobody = true;
		}
		if (nobody)
		{
			c.kind = CH_MAYBE;
			c.weak = 1;
			st->bare_pairs++;	/* maybe a firm named elsewhere with its legal form */
			goto push;
		}
	}
	if (c.gender == NE_G_UNKNOWN && doc->tokens[c.n0].kind == NE_TOK_WORD)
	{
		if ((fn0 & NE_LX_FIRST_M) && !(fn0 & NE_LX_FIRST_F))
			c.gender = NE_G_MALE;
		else if ((fn0 & NE_LX_FIRST_F) && !(fn0 & NE_LX_FIRST_M))
			c.gender = NE_G_FEMALE;
	}
	if (k < 0 && (doc->tokens[c.n0].flags & NE_TF_ALLCAPS) && all_capitals_without_first_name(st, c.n0, b))
		return;					/* "FULL TEXT", "MINNEAPOLIS WHEAT": headings and table rows */
	if (k < 0 && nwords >= 2 && (doc->tokens[c.n0].flags & NE_TF_ALLCAPS) && TOK_L(doc, c.n0) >= 3 &&
		!(fn0 & (NE_LX_FIRST_M | NE_LX_FIRST_F | NE_LX_TITLE | NE_LX_HONORIFIC | NE_LX_PLACE | NE_LX_NAT)) &&
		!memchr(TOK_S(doc, c.n0), '.', (size_t) TOK_L(doc, c.n0)) && !memchr(TOK_S(doc, c.n0), '-', (size_t) TOK_L(doc, c.n0)))
	{
		/* an acronym opens a firm's name, no person's: "BNP Paribas", "UBS Warburg", "NBC News" */
		org_from_start(&c);
		goto push;
	}
	if (real >= 2 || (nwords >= 2 && real >= 1 && !is_initial(doc, c.n0) && !(fn0 & (NE_LX_PARTICLE))))
	{
		bool		start = opens_sentence(doc, c.n0);

		if (c.headline && headline_full_name(st, c.n0, b) &&
			((fn0 & (NE_LX_FIRST_M | NE_LX_FIRST_F)) ||
			 (k < 0 && b == c.n0 + 2 && fn0 == 0 && tok_is(doc, b, ':'))))
		{
			/* "Bernie Sanders Beats Hillary Clinton": a known first name and one surname open a title-case
			 * headline's chain (the words after it are the headline's); two unknown words before a colon
			 * name the speaker ("Cecile Richards: I'm Sick Of ...") */
			int32_t		e = c.n0 + 2,
						ps;

			/* three names before a comma or parenthesis: "Gabriel Garcia Marquez (Colombia)" */
			if (b == c.n0 + 3 && headline_full_name(st, c.n0 + 1, b) &&
				(b == doc->sentences[doc->tokens[c.n0].sentence].tok_end || tok_is(doc, b, ',') || tok_is(doc, b, '(')))
				e = b;
			ps = ne_poss_suffix(doc, e - 1);
			c.b = e;
			c.poss = (uint8_t) (ps > 0 || poss_apostrophe(doc, e - 1));
			c.end_byte = doc->tokens[e - 1].end - ps;
			c.kind = CH_PERSON;
		}
		else if ((start && k < 0 && common != 0 && !(fn0 & (NE_LX_FIRST_M | NE_LX_FIRST_F)) && !c.cue_after) ||
				 c.headline)
			c.kind = CH_MAYBE;
		else if (k < 0 && nwords >= 3 && common != 0 && !c.cue_after && !has_first_name(st, c.n0, b))
			c.kind = CH_MAYBE;	/* "Dow Jones Industrial", "Delta Air Lines": known words and no first name */
		else if (k < 0 && !c.cue_after && !c.poss && !(fn0 & (NE_LX_FIRST_M | NE_LX_FIRST_F)) && after_in_or_at(st, a))
			c.kind = CH_MAYBE;	/* "in San Jose", "at Old Trafford": a place, or a name known otherwise */
		else if (k < 0 && st->person_of >= 0 && (a - 1 == st->person_of ||
						   (a - 2 == st->person_of && ne_lex_word_is(TOK_S(doc, a - 1), TOK_L(doc, a - 1), "the"))))
		{
			/* "Analyst Jo Lund of Merrill Lynch", "Senator Robert Byrd of West Virginia told": a titled person's
			 * employer or place, no new person and no speaker */
			c.kind = CH_MAYBE;
			c.weak = 1;
		}
		else
			c.kind = CH_PERSON;
		if (k < 0 && nwords >= 2 && !(fn0 & (NE_LX_FIRST_M | NE_LX_FIRST_F)))
			st->bare_pairs++;	/* "Goldman Sachs": maybe a firm named elsewhere with its legal form */
		else if (k < 0 && nwords >= 2)
			st->first_pairs++;	/* "Dean Witter": maybe a firm named like a person */
	}
	else
	{
		c.kind = CH_SINGLE;
		if (b - c.n0 >= 2)
			st->bare_pairs++;	/* "Du Pont", "K Mart" */
	}

push:
	/* "the film Enduring Love": find_names reads the titles of works only where a noun for one stands before a name */
	if ((c.kind == CH_PERSON || c.kind == CH_MAYBE || c.kind == CH_SINGLE) && c.title_b == c.title_a && c.a >= 1 &&
		doc->tokens[c.a - 1].kind == NE_TOK_WORD && !(doc->tokens[c.a - 1].flags & NE_TF_CAP) && in_word_set(&work_noun_set, doc, c.a - 1))
		st->works = true;
	if (st->nch >= st->cap_ch)
		st->ch = ne_grow(doc->arena, st->ch, &st->cap_ch, st->nch + 1, sizeof(chain));
	st->ch[st->nch++] = c;		/* no zeroing first: every field is copied */
}

/* Pronoun gender of a word's lexicon flags (0 when none we track). */
static int
pronoun_gender(uint32_t f, const ne_doc *doc, int32_t t)
{
	if (f & NE_LX_PRON_M)
		return NE_G_MALE;
	if (f & NE_LX_PRON_F)
		return NE_G_FEMALE;
	if (f & NE_LX_PRON_PL)
		return NE_G_PLURAL;
	if ((f & NE_LX_PRON_N) && ne_lex_word_is(doc->text + doc->tokens[t].start, doc->tokens[t].end - doc->tokens[t].start, "it"))
		return NE_G_NEUTER;
	return 0;
}

/* Length of the word w[0..l) without a contraction ending (he's, they're): the pronoun itself. */
static inline int32_t
base_len_of(const char *w, int32_t l)
{
	for (int32_t i = 1; i < l && i < 5; i++)
		if (w[i] == '\'' || (i + 2 < l && (unsigned char) w[i] == 0xE2 && (unsigned char) w[i + 1] == 0x80 &&
							 (unsigned char) w[i + 2] == 0x99))
			return i;
	return l;
}

/* Length of word t without a contraction ending. */
static inline int32_t
base_len(const ne_doc *doc, int32_t t)
{
	return base_len_of(TOK_S(doc, t), TOK_L(doc, t));
}

/*
 * Letters that may open a tracked pronoun (1: h s t) or come second (2: e i h), either case;
 * 4 marks t (they them their: 'e' third), 8 h and s (start_candidate).
 */
static const uint8_t pron_letter[256] = {
	['h'] = 11, ['H'] = 11, ['s'] = 9, ['S'] = 9, ['t'] = 5, ['T'] = 5,
	['e'] = 2, ['E'] = 2, ['i'] = 2, ['I'] = 2
};

/* Does the word token tk of text look like a pronoun we track (cheap pre-test)? */
static inline bool
maybe_pronoun(const char *text, const ne_token *tk)
{
	const unsigned char *w = (const unsigned char *) text + tk->start;
	int32_t		l;

	/* he him his hers her she they them their (he's, they're): first letters h/s/t (one load rejects
	 * most words), second e/i/h; the t- words are they/them/their: 'e' third, four letters or more
	 * (not the, that, this) */
	if (!(pron_letter[w[0]] & 1))
		return false;
	l = tk->end - tk->start;
	if (!(pron_letter[l >= 2 ? w[1] : 0] & 2))
		return false;
	if ((w[0] | 0x20) == 't' && (l < 4 || (w[2] | 0x20) != 'e'))
		return false;
	if (l > 5)
	{
		if (l > 9)
			return false;
		l = base_len_of((const char *) w, l);
		if (l < 2 || l > 5)
			return false;
	}
	return true;
}

/*
 * May token tk start a chain or be a pronoun: a capitalised word, or a word
 * outside quotes whose first letters pass maybe_pronoun's letter tests (a
 * superset of maybe_pronoun).  Computed without branches: most tokens start
 * nothing, in no pattern a branch predictor learns.
 */
static inline unsigned
start_candidate(const char *text, const ne_token *tk)
{
	const unsigned char *w = (const unsigned char *) text + tk->start;
	int32_t		l = tk->end - tk->start;
	unsigned	c0 = pron_letter[w[0]],
				c1 = pron_letter[w[l >= 2]],	/* w[0] again for one letter: the word ends there */
				e2 = (w[l >= 4 ? 2 : 0] | 0x20) == 'e',	/* 't' at w[0]: no 'e' for short words */
				f = tk->flags;
	unsigned	pron = (c1 >> 1) & ((c0 >> 3) | ((c0 >> 2) & e2)) & ~(f >> 4);	/* NE_TF_IN_QUOTE is 0x10 */

	return (unsigned) (tk->kind == NE_TOK_WORD) & ((f & NE_TF_CAP) | pron);
}

/*
 * The first four letters of the pronouns that pronoun_gender may name, a
 * bit per pattern, either case: 1 he, hi (he her hers him his), 2 sh (she),
 * 4 the + y, m or i (they them their).  Every word maybe_pronoun lets through
 * to a gender opens with one of them.
 */
static const uint8_t pron_at[4][256] = {
	{['h'] = 1, ['H'] = 1, ['s'] = 2, ['S'] = 2, ['t'] = 4, ['T'] = 4},
	{['e'] = 1, ['E'] = 1, ['i'] = 1, ['I'] = 1, ['h'] = 6, ['H'] = 6},
	{['e'] = 4, ['E'] = 4},
	{['y'] = 4, ['Y'] = 4, ['m'] = 4, ['M'] = 4, ['i'] = 4, ['I'] = 4}
};

/*
 * start_candidate for a token with at least 4 bytes of text from its start,
 * with fewer tests: a capitalised token, or one that opens like a pronoun
 * with a gender (pron_at); that opening alone in bit 1.  The caller tests
 * the token's kind and quotes.
 */
static inline unsigned
start_candidate_inside(const char *text, const ne_token *tk)
{
	const unsigned char *w = (const unsigned char *) text + tk->start;
	unsigned	lanes = pron_at[0][w[0]] & pron_at[1][w[1]] & (3u | (pron_at[2][w[2]] & pron_at[3][w[3]]));
	unsigned	opens = (lanes + 7) >> 3;	/* lanes is 0..7: 1 unless 0 */

	return (tk->flags & NE_TF_CAP) | opens | opens << 1;
}

#ifdef __SSE2__
/* Four letters as ne_load_le reads them. */
#define LETTERS4(a, b, c, d) ((int) ((unsigned) (a) | (unsigned) (b) << 8 | (unsigned) (c) << 16 | (unsigned) (d) << 24))

/*
 * start_candidate_inside of the four tokens tk[0..3], a bit per token in bits
 * 0-3 and the pronoun openings alone in bits 4-7: their NE_TF_CAP, or their
 * first four bytes, side by side in one register with 0x20 set in every byte
 * (A-Z to a-z; no other byte becomes one of these letters),
 * compared at once with the pronoun openings of pron_at: he, hi, sh in the
 * first two bytes, they, them, thei in all four (also "the" before ']' or
 * '}', which the caller's pronoun test drops).
 */
static inline unsigned
start_candidates4(const char *text, const ne_token *tk)
{
	__m128i		x = _mm_setr_epi32((int) ne_load_le(text + tk[0].start, 4), (int) ne_load_le(text + tk[1].start, 4),
								   (int) ne_load_le(text + tk[2].start, 4), (int) ne_load_le(text + tk[3].start, 4)),
				two,
				four,
				caps;

	x = _mm_or_si128(x, _mm_set1_epi8(0x20));
	two = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi16(x, _mm_set1_epi16('h' | 'e' << 8)),
									_mm_cmpeq_epi16(x, _mm_set1_epi16('h' | 'i' << 8))),
					   _mm_cmpeq_epi16(x, _mm_set1_epi16('s' | 'h' << 8)));
	/* i, m and y are the letters that 0x14 set makes '}' (as it makes ']' and '}') */
	four = _mm_cmpeq_epi32(_mm_or_si128(x, _mm_set1_epi32(LETTERS4(0, 0, 0, 0x14))),
						   _mm_set1_epi32(LETTERS4('t', 'h', 'e', '}')));
	/* the flags of each token in the upper half of its lane, NE_TF_CAP (bit 0) shifted to the sign bit */
	caps = _mm_insert_epi16(_mm_setzero_si128(), tk[0].flags, 1);
	caps = _mm_insert_epi16(caps, tk[1].flags, 3);
	caps = _mm_insert_epi16(caps, tk[2].flags, 5);
	caps = _mm_insert_epi16(caps, tk[3].flags, 7);
	/* the two-byte test of the first half of each word moved to its sign bit, as the four-byte one is */
	x = _mm_or_si128(_mm_slli_epi32(two, 16), four);
	caps = _mm_or_si128(x, _mm_slli_epi32(caps, 15));
	return (unsigned) _mm_movemask_ps(_mm_castsi128_ps(caps)) | (unsigned) _mm_movemask_ps(_mm_castsi128_ps(x)) << 4;
}
#endif

/* Endings of abstract nouns, rarely a name's: Prevention, Development, Security, Economics, Welfare is none. */
static const char *const abstract_endings[] = {"tion", "sion", "ment", "ance", "ence", "ity", "ness", "ics", "ism"};

/* Does the word at t end like an abstract noun (Prevention, Development, Security)? */
static bool
abstract_noun_shape(const ne_doc *doc, int32_t t)
{
	const char *w = TOK_S(doc, t);
	int32_t		l = TOK_L(doc, t);

	for (size_t i = 0; i < sizeof(abstract_endings) / sizeof(abstract_endings[0]); i++)
	{
		int32_t		n = (int32_t) strlen(abstract_endings[i]);

		if (l > n + 2 && memcmp(w + l - n, abstract_endings[i], (size_t) n) == 0)
			return true;
	}
	return false;
}

/*
 * Is the "and" at b the one inside an organisation's name with "of" or
 * "for" ("Organisation for Economic Cooperation and Development",
 * "Department of Health and Human Services", "Department for Work and
 * Pensions")?  The chain from sa has an organisation word, then "of" or
 * "for"; one or two capitalised words follow "and" and end the name, each
 * a common word that the text also writes in lower case, or ends like an
 * abstract noun ("Centers for Disease Control and Prevention"), or a title
 * modifier (not "the Department of Justice and Google").
 */
static bool
and_ends_org_of(names_state *st, int32_t sa, int32_t b, tok_ctx ctx)
{
	const ne_doc *doc = st->doc;
	bool		org_of = false;
	int32_t		u;

	if (!ne_lex_word_is(TOK_S(doc, b), TOK_L(doc, b), "and"))
		return false;
	/* (the last eight tokens: a chain of many "and"s is read in linear time) */
	for (int32_t t = b - 8 > sa ? b - 8 : sa; t + 1 < b && !org_of; t++)
		org_of = doc->tokens[t].kind == NE_TOK_WORD && (LXF(st, t) & NE_LX_ORG) && of_or_for(doc, t + 1);
	if (!org_of)
		return false;
	for (u = b + 1; u < doc->ntokens && u <= b + 2 && is_cap(doc, u) && in_ctx(doc, ctx, u); u++)
	{
		uint32_t	f = LXF(st, u);

		/* (no title, person or head of a body of its own: "President and Chief", "Bank of Japan and Finance Ministry") */
		if ((doc->tokens[u].flags & NE_TF_ALLCAPS) ||
			(f & (NE_LX_FIRST_M | NE_LX_FIRST_F | NE_LX_KNOWN_ORG | NE_LX_TITLE | NE_LX_HONORIFIC | NE_LX_NOMINAL |
				  NE_LX_ORG_NOUN | NOT_NAME)) ||
			!((f & NE_LX_TITLE_MOD) || abstract_noun_shape(doc, u) || written_lower(st, u)))
			return false;
	}
	/* (no second name of its own after: "Bank of Ireland and Bank of Scotland") */
	return u > b + 1 && !(u < doc->ntokens && is_cap(doc, u) && in_ctx(doc, ctx, u)) &&
		!(u < doc->ntokens && of_or_for(doc, u));
}

/* Is the word at t a reporting verb that opens its sentence, no first name ("Said Mr Fogg:", "Says analyst Jo Lund,")? */
static bool
opening_cue(names_state *st, int32_t t)
{
	const ne_doc *doc = st->doc;

	return (doc->tokens[t].flags & NE_TF_SENT_START) && doc->tokens[t].kind == NE_TOK_WORD &&
		(LXF(st, t) & (NE_LX_CUE_SAY | NE_LX_FIRST_M | NE_LX_FIRST_F)) == NE_LX_CUE_SAY;
}

/* Do the flags f of a capitalised word make it split a chain: a non-name word (But, The, Tuesday, In ...), not "New" of New York? */
static inline bool
splits_chain(uint32_t f)
{
	return (f & NOT_NAME) && !(f & (NE_LX_TITLE | NE_LX_HONORIFIC | NE_LX_FIRST_M | NE_LX_FIRST_F | NE_LX_PLACE));
}

/*
 * Do the capitals from b on end in a firm's legal form within three words,
 * so that the possessive before b is part of its name ("Moody's Investors
 * Service Inc", "McDonald's Corp")?
 */
static bool
firm_after_possessive(names_state *st, int32_t t, int32_t b)
{
	const ne_doc *doc = st->doc;

	if (b < doc->ntokens && tok_is(doc, b, '\''))
		b++;					/* "Sears' ...": the apostrophe is a token of its own */
	for (int32_t u = b; u < doc->ntokens && u - b < 3 && is_cap(doc, u) && same_ctx(doc, t, u); u++)
	{
		if ((LXF(st, u) & (NE_LX_ORG | NE_LX_ABBREV)) == (NE_LX_ORG | NE_LX_ABBREV))
			return true;
		if (ne_poss_suffix(doc, u) > 0 || poss_apostrophe(doc, u))
			return false;
	}
	return false;
}

/*
 * Do the capitals from u on end in a legal form (Inc, Corp, Co, Ltd) within
 * n words, and open with no place or nation ("and Telegraph Co", not "and
 * American Motors Corp": a firm of its own)?
 */
static bool
legal_form_within(names_state *st, int32_t u, int32_t n)
{
	const ne_doc *doc = st->doc;

	if (u >= doc->ntokens || (LXF(st, u) & (NE_LX_PLACE | NE_LX_NAT)))
		return false;
	for (int32_t t = u; t < doc->ntokens && t - u < n && is_cap(doc, t) && same_ctx(doc, u, t); t++)
		if ((LXF(st, t) & (NE_LX_ORG | NE_LX_ABBREV)) == (NE_LX_ORG | NE_LX_ABBREV))
			return true;
	return false;
}

/*
 * Does the lower-case "and" at b join the chain part [sa, b) to the capitals
 * after it into one organisation: those end in an organisation word, and
 * neither side is a person or a firm of its own ("Securities and Exchange
 * Commission", "U.S. Food and Drug Administration"; not "Ann Lee and Acme
 * Corp", "Acme Corp and Zenith Inc")?
 */
static bool
and_joins_org(names_state *st, int32_t sa, int32_t b)
{
	const ne_doc *doc = st->doc;
	int32_t		u;

	if (b <= sa || b - sa > 3 || !ne_lex_word_is(TOK_S(doc, b), TOK_L(doc, b), "and"))
		return false;
	for (int32_t t = sa; t < b; t++)
		if (doc->tokens[t].kind != NE_TOK_WORD || !is_cap(doc, t) ||
			(LXF(st, t) & (NE_LX_FIRST_M | NE_LX_FIRST_F | NE_LX_TITLE | NE_LX_HONORIFIC | NE_LX_KNOWN_ORG)) ||
			(LXF(st, t) & (NE_LX_ORG | NE_LX_ABBREV)) == (NE_LX_ORG | NE_LX_ABBREV) || ne_poss_suffix(doc, t) > 0)
			return false;		/* a person, or a firm complete with Corp, Inc, Co */
	if ((b - sa >= 2 && (LXF(st, b - 1) & NE_LX_ORG) &&
		 !NE_LEX_WORD_IN(TOK_S(doc, b - 1), TOK_L(doc, b - 1), office_firm_words) &&
		 (ne_lex_word_is(TOK_S(doc, b - 1), TOK_L(doc, b - 1), "group") || !legal_form_within(st, b + 1, 3))) ||
		((LXF(st, b - 1) & (NE_LX_PLACE | NE_LX_NAT)) && !NE_LEX_WORD_IN(TOK_S(doc, b - 1), TOK_L(doc, b - 1), place_kinds)) ||
		(doc->tokens[b - 1].flags & NE_TF_ALLCAPS))
		return false;			/* a whole name before "and": "the New York Times", "United States", "PDVSA"
								 * (not "Air Products and Chemicals Inc": one firm's legal form ends both;
								 * a group is whole: "Daewoo Group and General Motors Corp") */
	/*
	 * the surname of a person named before, then a name of its own: "former
	 * Clinton and State Department aides" after "Hillary Clinton" (not
	 * "Jefferies and Co", "Weil and Associates": firms named after him)
	 */
	if (!(LXF(st, b + 1) & NE_LX_ORG) && ends_earlier_chain(st, b - 1, true))
		return false;
	for (u = b + 1; u < doc->ntokens && u - b <= 3 && is_cap(doc, u) && same_ctx(doc, b, u) &&
		 !(LXF(st, u) & (NE_LX_FIRST_M | NE_LX_FIRST_F | NE_LX_KNOWN_ORG)); u++)
	{
		if (LXF(st, u) & NE_LX_ORG)
			return true;
		if (ne_poss_suffix(doc, u) > 0 || poss_apostrophe(doc, u))
			return firm_after_possessive(st, b, u + 1);	/* "Standard and Poor's Corp" */
		if (doc->tokens[u].flags & NE_TF_ALLCAPS)
			return false;		/* "Brown and AFG Industries" */
	}
	return false;
}

/* Classifies the part [sa, u) of the chain that starts at t (when not empty). */
static inline void
chain_part(names_state *st, int32_t t, int32_t sa, int32_t u)
{
	const ne_doc *doc = st->doc;

	/* a capitalised The inside a sentence belongs to the name (The Washington Post) */
	if (u > sa)
		classify(st, sa, u, sa > t && ne_lex_word_is(TOK_S(doc, sa - 1), TOK_L(doc, sa - 1), "the") &&
				 !(doc->tokens[sa - 1].flags & NE_TF_SENT_START));
}

#define CAND_BLOCK 256
#define CAND_WORDS (CAND_BLOCK / 64)

/*
 * Marks in cand a bit for each token of [from, from + CAND_BLOCK) that may
 * start a chain or be a pronoun (start_candidate), without a branch per
 * token; and in cand[CAND_WORDS ..] a bit for each that may open a pronoun
 * with a gender (the others need no pronoun test).
 */
static void
mark_candidates(const ne_doc *doc, uint64_t *cand, int32_t from)
{
	int32_t		to = doc->ntokens - from > CAND_BLOCK ? from + CAND_BLOCK : doc->ntokens,
				inside = to;	/* tokens before it have 4 bytes of text from their start */
	int32_t		u = from;

	memset(cand, 0, 2 * CAND_BLOCK / 8);
	while (inside > from && doc->tokens[inside - 1].start + 4 > doc->len)
		inside--;				/* the last few tokens of the text (most texts fit one block) */
#ifdef __SSE2__
	while (u + 64 <= inside)
	{
		uint64_t	bits = 0,	/* 64 tokens, four at a time, in registers */
					opens = 0;

		for (int32_t i = 0; i < 64; i += 4)
		{
			uint64_t	r = start_candidates4(doc->text, &doc->tokens[u + i]);

			bits |= (r & 15) << i;
			opens |= (r >> 4) << i;
		}
		cand[(u - from) >> 6] = bits;
		cand[CAND_WORDS + ((u - from) >> 6)] = opens;
		u += 64;
	}
	for (; u + 4 <= inside; u += 4)
	{
		uint64_t	r = start_candidates4(doc->text, &doc->tokens[u]);

		cand[(u - from) >> 6] |= (r & 15) << ((u - from) & 63);
		cand[CAND_WORDS + ((u - from) >> 6)] |= (r >> 4) << ((u - from) & 63);
	}
#endif
	for (; u < inside; u++)
	{
		uint64_t	r = start_candidate_inside(doc->text, &doc->tokens[u]);

		cand[(u - from) >> 6] |= (r & 1) << ((u - from) & 63);
		cand[CAND_WORDS + ((u - from) >> 6)] |= (r >> 1) << ((u - from) & 63);
	}
	for (; u < to; u++)			/* the end of the text: no byte past it is read; any candidate may open a pronoun */
	{
		uint64_t	r = start_candidate(doc->text, &doc->tokens[u]);

		cand[(u - from) >> 6] |= r << ((u - from) & 63);
		cand[CAND_WORDS + ((u - from) >> 6)] |= r << ((u - from) & 63);
	}
}

/*
 * The first token from t on that may start something (ntokens when none):
 * the marks of the block [*block, *scanned) in cand, the next block marked
 * from t on when they are passed.
 */
static inline int32_t
next_candidate(const ne_doc *doc, uint64_t *cand, int32_t *block, int32_t *scanned, int32_t t)
{
	for (;;)
	{
		if (t < *scanned)
		{
			int32_t		i = t - *block;
			uint64_t	w = cand[i >> 6] & (~(uint64_t) 0 << (i & 63));

			for (i >>= 6;;)
			{
				if (w != 0)
					return *block + i * 64 + __builtin_ctzll(w);
				if (++i >= CAND_WORDS)
					break;
				w = cand[i];
			}
			t = *scanned;
		}
		if (t >= doc->ntokens)
			return doc->ntokens;
		mark_candidates(doc, cand, t);
		*block = t;
		*scanned = doc->ntokens - t > CAND_BLOCK ? t + CAND_BLOCK : doc->ntokens;
	}
}

/*
 * Is the word at b > t an initial that is also a word ("A", "I") between a
 * known first name and a full stop glued to it, a capital after that: "Jill
 * A. Martin", not "World War I. But", "Series A. Moody"?
 */
static bool
middle_initial(names_state *st, int32_t t, int32_t b, int32_t n)
{
	const ne_doc *doc = st->doc;

	return b > t && b + 2 < n && is_initial(doc, b) && tok_is(doc, b + 1, '.') &&
		doc->tokens[b].end == doc->tokens[b + 1].start && is_cap(doc, b + 2) &&
		doc->tokens[b - 1].kind == NE_TOK_WORD && (LXF(st, b - 1) & (NE_LX_FIRST_M | NE_LX_FIRST_F));
}

/* Are tokens t.. one or two lower-case name particles, then a capital, all in context ctx ("de Gaulle", "van der Merwe")? */
static bool
particles_then_capital(names_state *st, tok_ctx ctx, int32_t t, int32_t n)
{
	const ne_doc *doc = st->doc;

	for (int32_t u = t; u < n && u < t + 3 && in_ctx(doc, ctx, u); u++)
	{
		if (u > t && is_cap(doc, u))
			return true;
		if (doc->tokens[u].kind != NE_TOK_WORD || is_cap(doc, u) || !(LXF(st, u) & NE_LX_PARTICLE) ||
			(LXF(st, u) & NE_LX_NONNAME))
			return false;
	}
	return false;
}

/* Cuts the capitalised chains of the document (pass 1). */
static void
find_chains(names_state *st)
{
	ne_doc	   *doc = st->doc;
	int32_t		n = doc->ntokens;
	uint32_t	tick = 0;
	uint64_t	cand[2 * CAND_WORDS];	/* a bit per token of the block that may start something, then that may open a pronoun */
	int32_t		block = 0,		/* first token of the block */
				scanned = 0;	/* tokens before it are marked in cand or passed */

	for (int32_t t = 0; t < n; t++)
	{
		int32_t		b,
					sa;
		bool		titleorg = false,
					prev_plain = false;	/* token b - 1 joined the chain as a word that is no possessive */
		const ne_token *tk;
		bool		pron;
		tok_ctx		ctx;			/* of t: the chain stays in it */

		/* skip what can start nothing: no word, or a lower-case word that cannot be a pronoun */
		t = next_candidate(doc, cand, &block, &scanned, t);
		if (t >= n)
			break;
		tk = &doc->tokens[t];
		if (tk->kind != NE_TOK_WORD)
			continue;
		/* a capital that opens no pronoun with a gender (most) is told by its bit, not maybe_pronoun */
		pron = ((cand[CAND_WORDS + ((t - block) >> 6)] >> ((t - block) & 63)) & 1) &&
			!(tk->flags & NE_TF_IN_QUOTE) && maybe_pronoun(doc->text, tk);
		if (!pron && !(tk->flags & NE_TF_CAP))
			continue;			/* the letter tests passed, the pronoun test did not */
		NE_CHECK_INTERRUPTS(doc, tick);
		if (pron)
		{
			int32_t		bl = base_len(doc, t);
			int			g = pronoun_gender(bl == TOK_L(doc, t) ? LXF(st, t) : ne_lex_flags(TOK_S(doc, t), bl), doc, t);

			if (g != 0 && g != NE_G_NEUTER)
			{
				chain	   *p = NE_PUSH(doc->arena, st->ch, st->nch, st->cap_ch);	/* zeroed */

				p->kind = CH_PRON;
				p->a = t;
				p->b = t + 1;
				p->gender = (uint8_t) g;
				continue;
			}
		}
		if (!is_cap(doc, t))
			continue;
		b = sa = t;
		ctx = ctx_of(doc, t);
		/* extend the chain, classifying its parts between non-name words (But, The, Tuesday, In ...) */
		while (b < n)
		{
			const ne_token *tb = &doc->tokens[b];

			if (b > t && !in_ctx(doc, ctx, b))
				break;
			if (tb->kind != NE_TOK_WORD)
			{
				/* punctuation inside a name, a capital after it: Sen. Al, George W. Bush, Marks & Spencer
				 * (or particles and a capital: Gen. de Gaulle, Dr. van der Merwe) */
				if (b > t && b + 1 < n && in_ctx(doc, ctx, b + 1) &&
					(is_cap(doc, b + 1) ||
					 (tok_is(doc, b, '.') && particles_then_capital(st, ctx, b + 1, n))) &&
					(tok_is(doc, b, '&') ||
					 (tok_is(doc, b, '.') && doc->tokens[b - 1].end == tb->start &&
					  (doc->tokens[b - 1].flags & NE_TF_ABBREV) &&
					  !(b - 2 > t && tok_is(doc, b - 2, '&') && doc->tokens[b - 2].end == doc->tokens[b - 1].start))))
				{
					b++;
					prev_plain = false;
					continue;
				}
				break;
			}
			if (((tb->flags & NE_TF_CAP) != 0) | is_initial(doc, b))	/* (or-ed: one branch for both) */
			{
				int32_t		ps = ne_poss_suffix(doc, b);
				uint32_t	f = LXF_word(st, b, ps);
				const ne_token *pb = &doc->tokens[b - (b > t)];	/* the token before b (b itself at t: not read then) */

				if (f & (NE_LX_TITLE | NE_LX_ORG | NE_LX_KNOWN_ORG))
					titleorg = true;
				/* a possessive word ends the chain; one added here was tested below already */
				if (((b > t) & !prev_plain & (pb->kind == NE_TOK_WORD) & (pb->end != tb->start)) &&
					(ne_poss_suffix(doc, b - 1) || poss_apostrophe(doc, b - 1)))
					break;
				/* (a reporting verb that opens a sentence is no name's: "Said Future Computing analyst Joe Cross,") */
				if ((tb->flags & NE_TF_CAP) &&
					(splits_chain(f) || (b == t && (f & NE_LX_CUE_SAY) && opening_cue(st, b))) &&
					!word_surname(st, t, b, f) &&
					!middle_initial(st, t, b, n) &&
					!(b + 1 < n && tok_is(doc, b + 1, '&') && doc->tokens[b + 1].start == tb->end) &&	/* AT&T */
					!(b == t && !(tb->flags & NE_TF_SENT_START) && ends_earlier_chain(st, b, true)))	/* "Will wrote" */
				{
					chain_part(st, t, sa, b);
					sa = b + 1;
				}
				b++;
				/* a possessive ends the chain, unless one word opens a firm's name: "Moody's Investors
				 * Service Inc", "Standard and Poor's Corp" (not "Japan's Toshiba Corp", "Rupert Murdoch's
				 * News Corp") */
				if (ps == 0 && poss_apostrophe(doc, b - 1) && b + 1 < n && in_ctx(doc, ctx, b + 1) &&
					(doc->tokens[b + 1].flags & NE_TF_CAP) && doc->tokens[b + 1].start > doc->tokens[b].end &&
					NE_LEX_WORD_IN(TOK_S(doc, b + 1), TOK_L(doc, b + 1), members_bodies) && !(f & (NE_LX_PLACE | NE_LX_NAT)))
				{
					b++;		/* a plural's apostrophe before an organisation word: "National Farmers' Union" */
					prev_plain = false;
					continue;
				}
				if ((ps > 0 || poss_apostrophe(doc, b - 1)) &&
					!((b - 1 == t || (b - 2 > t && (tok_is(doc, b - 2, '&') ||
											ne_lex_word_is(TOK_S(doc, b - 2), TOK_L(doc, b - 2), "and")))) &&
					  !(f & (NE_LX_PLACE | NE_LX_NAT | NE_LX_ORG | NE_LX_KNOWN_ORG)) && firm_after_possessive(st, t, b)))
					break;
				prev_plain = true;
				continue;
			}
			if (b > t && b + 1 < n && in_ctx(doc, ctx, b + 1))
			{
				/* two particles before a capital: "Ursula von der Leyen", "Rafael van der Vaart", "Luis de la Fuente" */
				if (b + 2 < n && is_cap(doc, b + 2) && in_ctx(doc, ctx, b + 2) && !is_cap(doc, b) && !is_cap(doc, b + 1) &&
					(LXF(st, b) & NE_LX_PARTICLE) && (LXF(st, b + 1) & NE_LX_PARTICLE) &&
					!((LXF(st, b) | LXF(st, b + 1)) & NE_LX_NONNAME))
				{
					b += 2;
					prev_plain = false;
					continue;
				}
				/* a particle needs a capital after it: tested first, it spares most look-ups */
				if (is_cap(doc, b + 1))
				{
					uint32_t	f = LXF(st, b);

					if ((f & NE_LX_PARTICLE) && !(f & NE_LX_NONNAME))
					{
						b++;	/* Ludwig van Beethoven, Osama bin Laden */
						prev_plain = false;
						continue;
					}
					if (and_joins_org(st, sa, b))
					{
						b++;	/* Securities and Exchange Commission */
						prev_plain = false;
						continue;
					}
					if (and_ends_org_of(st, sa, b, ctx))
					{
						b++;	/* Organisation for Economic Cooperation and Development */
						prev_plain = false;
						continue;
					}
					if (ne_lex_word_is(TOK_S(doc, b), TOK_L(doc, b), "for") && is_cap(doc, b - 1) &&
						(LXF(st, b - 1) & NE_LX_ORG) && !(LXF(st, b + 1) & NE_LX_NONNAME))
					{
						b++;	/* Institute for Fiscal Studies, Center for American Progress */
						prev_plain = false;
						continue;
					}
				}
				/* "Department of Justice", "Secretary of State"; not a titled person's "of": "Professor Jane Doe of the University" */
				if (titleorg && ne_lex_word_is(TOK_S(doc, b), TOK_L(doc, b), "of") && title_then_first_name(st, sa, b))
					st->person_of = b;
				else if (titleorg && ne_lex_word_is(TOK_S(doc, b), TOK_L(doc, b), "of"))
				{
					if (is_cap(doc, b + 1) && !(LXF(st, b + 1) & NE_LX_NONNAME))
					{
						b++;	/* Department of Justice, Secretary of State */
						prev_plain = false;
						continue;
					}
					if (b + 2 < n && ne_lex_word_is(TOK_S(doc, b + 1), TOK_L(doc, b + 1), "the") &&
						is_cap(doc, b + 2) && in_ctx(doc, ctx, b + 2))
					{
						if ((doc->tokens[b + 1].flags & NE_TF_CAP) && splits_chain(LXF(st, b + 1)))
						{
							chain_part(st, t, sa, b + 1);	/* Bank of The ... */
							sa = b + 2;
						}
						b += 2;
						prev_plain = false;
						continue;
					}
				}
			}
			break;				/* the punctuation above is never a word token */
		}
		chain_part(st, t, sa, b);
		t = b > t ? b - 1 : t;
	}
}

/* ------------------------------------------------------------- entities */

#define WORD_MUL 0x9E3779B97F4A7C15ull

/* Hash of s[0..n) folded to ASCII lower case, eight bytes at a time (a key's words are hashed apart). */
static inline uint64_t
word_hash(const char *s, int32_t n)
{
	uint64_t	h = ((uint64_t) n + 1) * WORD_MUL;
	int32_t		i = 0;

	for (; i + 8 <= n; i += 8)
		h = (h ^ ne_fold_ascii8(ne_load_le(s + i, 8))) * WORD_MUL;
	if (i < n)
		h = (h ^ ne_fold_ascii8(ne_load_upto8(s + i, n - i))) * WORD_MUL;
	return h;
}

/*
 * word_hash of the n bytes of the text of doc at byte s.  A word of up to 16
 * bytes with 16 bytes of text from s is read as two 8-byte words masked to
 * it, both hashed, the hash of its length chosen: no branch on the length
 * (a coin toss for the branch predictor, where word_hash's loop asks it).
 */
static inline uint64_t
text_word_hash(const ne_doc *doc, int32_t s, int32_t n)
{
	const char *p = doc->text + s;
	uint64_t	low = ((uint64_t) 1 << (8 * (n & 7))) - 1,	/* the bytes of a part word of n & 7 bytes */
				over8 = 0 - (uint64_t) (n > 8),	/* all ones when the word has bytes past 8 */
				h,
				h2;

	if ((uint32_t) (n - 1) >= 16u || doc->len - s < 16)
		return word_hash(p, n);	/* no word, a long one, or the text's last bytes */
	/* both steps of word_hash, the second kept by a mask, not chosen by a branch */
	h = ((uint64_t) n + 1) * WORD_MUL;
	h = (h ^ ne_fold_ascii8(ne_load_le(p, 8) & (low | (0 - (uint64_t) (n >= 8))))) * WORD_MUL;
	h2 = (h ^ ne_fold_ascii8(ne_load_le(p + 8, 8) & ((low & over8) | (0 - (uint64_t) (n >= 16))))) * WORD_MUL;
	return h ^ ((h ^ h2) & over8);
}

/* Next word of key k from token *t on: its bytes [*s, *e) and true, or false at the key's end. */
static inline bool
key_next_word(names_state *st, const nkey *k, int32_t *t, int32_t *s, int32_t *e)
{
	const ne_doc *doc = st->doc;

	for (; *t < k->b; (*t)++)
	{
		int32_t		u = *t;

		if (doc->tokens[u].kind != NE_TOK_WORD)
			continue;
		if (k->skip && (is_initial(doc, u) || (LXF(st, u) & NE_LX_SUFFIX)))
			continue;
		*e = u == k->b - 1 ? k->end : doc->tokens[u].end;
		*s = doc->tokens[u].start + ne_name_article_len(doc->text, doc->tokens[u].start, *e);
		if (*e < *s)
			*e = *s;
		(*t)++;
		return true;
	}
	return false;
}

/* Puts key k under prefix (S F P O E): the same words, another table; a key without words keeps 0. */
static inline void
key_set_prefix(nkey *k, char prefix)
{
	k->prefix = k->nwords > 0 ? prefix : 0;
}

/* Makes the key prefix + the word token t (ending at end), the most keys (surnames, single words looked up). */
static inline void
key_of_word(names_state *st, nkey *k, char prefix, int32_t t, int32_t end)
{
	const ne_token *tk = &st->doc->tokens[t];
	uint64_t	h = 0;

	k->a = t;
	k->b = t + 1;
	k->end = end;
	k->skip = false;
	k->nwords = 0;
	if (tk->kind == NE_TOK_WORD)
	{
		int32_t		s = tk->start + ne_name_article_len(st->doc->text, tk->start, end);

		h = text_word_hash(st->doc, s, end > s ? end - s : 0);
		k->nwords = 1;
	}
	h *= WORD_MUL;
	k->wh = (uint32_t) (h >> 32);
	key_set_prefix(k, prefix);
}

/* Makes the key prefix + the words of tokens [a, b) (the last ending at end), hashing its words. */
static void
key_of(names_state *st, nkey *k, char prefix, int32_t a, int32_t b, int32_t end, bool skip)
{
	uint64_t	h = 0;
	int32_t		t = a,
				s,
				e;

	if (b == a + 1 && !skip)
	{
		key_of_word(st, k, prefix, a, end);
		return;
	}
	k->a = a;
	k->b = b;
	k->end = end;
	k->skip = skip;
	k->nwords = 0;
	while (key_next_word(st, k, &t, &s, &e))
	{
		/* rotated so that word order counts: "john smith" is not "smith john" */
		h = ((h << 23) | (h >> 41)) ^ text_word_hash(st->doc, s, e - s);
		k->nwords++;
	}
	h *= WORD_MUL;
	k->wh = (uint32_t) (h >> 32);
	key_set_prefix(k, prefix);
}

/* Are the words text[sx, ex) and text[sy, ey) equal, ASCII case ignored? */
static inline bool
word_equal(const char *text, int32_t sx, int32_t ex, int32_t sy, int32_t ey)
{
	if (ex - sx != ey - sy)
		return false;
	/* eight bytes at a time, folded as word_hash folds them */
	for (int32_t i = 0; i < ex - sx; i += 8)
	{
		int32_t		n = ex - sx - i < 8 ? ex - sx - i : 8;

		if (ne_fold_ascii8(ne_load_upto8(text + sx + i, n)) != ne_fold_ascii8(ne_load_upto8(text + sy + i, n)))
			return false;
	}
	return true;
}

/* Do keys x and y have the same words, ASCII case ignored? */
static bool
key_words_equal(names_state *st, const nkey *x, const nkey *y)
{
	const char *text = st->doc->text;
	int32_t		tx = x->a,
				ty = y->a;

	if (x->nwords != y->nwords)
		return false;
	if (x->a == y->a && x->b == y->b && x->end == y->end && x->skip == y->skip)
		return true;			/* the same tokens */
	if (x->nwords == 1 && x->b - x->a == 1 && y->b - y->a == 1)
	{
		/* one word token each, the most keys: its bytes up to the key's end */
		int32_t		sx = st->doc->tokens[x->a].start,
					sy = st->doc->tokens[y->a].start;

		sx += ne_name_article_len(text, sx, x->end);	/* "al-Assad" is "Assad" */
		sy += ne_name_article_len(text, sy, y->end);

		return word_equal(text, sx, x->end > sx ? x->end : sx, sy, y->end > sy ? y->end : sy);
	}
	for (;;)
	{
		int32_t		sx = 0,
					ex = 0,
					sy = 0,
					ey = 0;
		bool		more = key_next_word(st, x, &tx, &sx, &ex);

		if (more != key_next_word(st, y, &ty, &sy, &ey))
			return false;
		if (!more)
			return true;
		if (!word_equal(text, sx, ex, sy, ey))
			return false;
	}
}

/* Finds (or, with create, adds) the slot of key k; NULL when absent.  A slot moves when a key is added. */
static hm_slot *
hm_find(names_state *st, const nkey *k, bool create)
{
	hmap	   *m = &st->map;
	uint32_t	h = key_hash(k->wh, k->prefix);
	uint32_t	i;

	/* the words of S, F and P keys made go to the filter: a bit or-ed in (or not), no branch on the key */
	m->words[HM_BLOOM_BIT(k->wh) / 64] |=
		(uint64_t) (create & ((k->prefix == 'S') | (k->prefix == 'F') | (k->prefix == 'P'))) << (HM_BLOOM_BIT(k->wh) % 64);
	for (i = h & m->mask;; i = (i + 1) & m->mask)
	{
		hm_cell    *cell = &m->cells[i];
		hm_slot    *s;

		if (cell->slot1 == 0)
		{
			if (!create)
				return NULL;
			if ((uint32_t) (m->used + 1) * 2 > m->mask + 1)
			{
				if (m->mask >= (1u << 29))
					return NULL;
				hm_grow(st->doc->arena, m);
				return hm_find(st, k, true);
			}
			if (m->used >= m->cap)
				m->slots = ne_grow(st->doc->arena, m->slots, &m->cap, m->used + 1, sizeof(hm_slot));
			s = &m->slots[m->used++];
			s->key = *k;
			s->hash = h;
			s->nvals = 0;
			cell->hash = h;
			cell->slot1 = (uint32_t) m->used;
			return s;
		}
		if (cell->hash != h)
			continue;
		s = &m->slots[cell->slot1 - 1];
		if (s->key.prefix == k->prefix && key_words_equal(st, &s->key, k))
			return s;
	}
}

/* Adds value v under key k (at most HM_VALS distinct values). */
static void
hm_add(names_state *st, const nkey *k, int32_t v)
{
	hm_slot    *s = hm_find(st, k, true);

	if (s == NULL)
		return;
	for (int32_t i = 0; i < s->nvals; i++)
		if (s->vals[i] == v)
			return;
	if (s->nvals < HM_VALS)
		s->vals[s->nvals++] = v;
}

/* Appends a new entity; returns its index. */
static int32_t
new_entity(names_state *st, ne_entity_kind kind, const char *name, int32_t ntok, uint8_t gender)
{
	ne_doc	   *doc = st->doc;
	ne_names   *nm = st->nm;
	int32_t		e = doc->nentities;
	ne_entity  *en = NE_PUSH(doc->arena, doc->entities, doc->nentities, doc->cap_entities);

	en->name = name;
	en->kind = kind;
	en->first_span = NE_NO_SPAN;
	if (e >= nm->cap_ex)
		nm->ex = ne_grow(doc->arena, nm->ex, &nm->cap_ex, e + 1, sizeof(ne_entity_x));
	memset(&nm->ex[e], 0, sizeof(ne_entity_x));
	nm->ex[e].gender = gender;
	nm->ex[e].ntokens = ntok;
	nm->ex[e].last_tok = -1;
	return e;
}

/* ne_fold_spaces of p[0..len): a byte loop when the text is ASCII (hard-wrapped names), else the decoder. */
static char *
fold_spaces(ne_arena *arena, const unsigned char *p, int32_t len)
{
	char	   *out;
	int32_t		o = 0;
	bool		pending = false;

	for (int32_t i = 0; i < len; i++)
		if (p[i] >= 0x80)
			return ne_fold_spaces(arena, (const char *) p, len);
	out = ne_alloc_raw(arena, (size_t) len + 1);	/* a string: read up to its NUL only */
	for (int32_t i = 0; i < len; i++)
	{
		if (ne_is_space(p[i]))
			pending = o > 0;
		else
		{
			if (pending)
				out[o++] = ' ';
			pending = false;
			out[o++] = (char) p[i];
		}
	}
	out[o] = '\0';
	return out;
}

/*
 * Bytes that may be or hide a space (what ne_is_space calls one): 1 for
 * controls and the lead bytes of U+0085, U+00A0 (C2), U+1680 (E1),
 * U+2000-U+205F with U+200B (E2), U+3000 (E3) and U+FEFF (EF); 2 for ' '.
 */
static const uint8_t space_byte[256] = {
	[0x00] = 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	[' '] = 2, [0xC2] = 1, [0xE1] = 1, [0xE2] = 1, [0xE3] = 1, [0xEF] = 1
};

/* Text of tokens [a, b) up to end_byte with folded spaces (a plain copy when there are none). */
static char *
span_text(names_state *st, int32_t a, int32_t end_byte)
{
	const ne_doc *doc = st->doc;
	int32_t		s = doc->tokens[a].start;
	int32_t		len = end_byte > s ? end_byte - s : 0;
	const unsigned char *p = (const unsigned char *) doc->text + s;
	int32_t		t;

	/*
	 * Tokens hold no space (the tokenizer skips every space code point), so
	 * folding changes nothing when each gap between the span's tokens is
	 * empty or one ' ', and the span ends inside or at the end of a token:
	 * a walk over the few gaps instead of every byte.  Anything else (line
	 * breaks, two spaces, no-break spaces) takes the byte scan below.
	 */
	for (t = a; doc->tokens[t].end < end_byte; t++)
	{
		int32_t		gs = doc->tokens[t].end,
					ge = t + 1 < doc->ntokens ? doc->tokens[t + 1].start : end_byte;

		if (t + 1 >= doc->ntokens || ge >= end_byte || ge - gs > 1 || (ge - gs == 1 && doc->text[gs] != ' '))
			break;
	}
	if (doc->tokens[t].end >= end_byte)
		return ne_strndup(doc->arena, (const char *) p, (size_t) len);

	for (int32_t i = 0; i < len; i++)
	{
		uint8_t		k = space_byte[p[i]];

		/* anything that may be or hide a space (controls, two spaces, no-break, Unicode spaces) */
		if (k != 0 && (k == 1 || i == 0 || i + 1 == len || p[i + 1] == ' '))
			return fold_spaces(st->doc->arena, p, len);
	}
	return ne_strndup(st->doc->arena, (const char *) p, (size_t) len);
}

/*
 * Is the text of tokens from a up to end_byte, spaces folded as span_text
 * folds them, surely str?  ASCII text only (a line break inside a name is
 * the usual difference); false when unsure, for span_text to settle.
 */
static bool
span_folds_to(names_state *st, int32_t a, int32_t end_byte, const char *str)
{
	int32_t		s = st->doc->tokens[a].start;
	int32_t		len = end_byte > s ? end_byte - s : 0;
	const unsigned char *p = (const unsigned char *) st->doc->text + s;
	int32_t		o = 0;
	bool		pending = false;

	for (int32_t i = 0; i < len; i++)
	{
		unsigned char ch = p[i];

		if (ch >= 0x80 || (ch < 0x20 && !ne_is_space(ch)))
			return false;		/* Unicode spaces, control bytes: left to span_text */
		if (ne_is_space(ch))
			pending = o > 0;
		else
		{
			if (pending && str[o++] != ' ')
				return false;
			pending = false;
			if ((unsigned char) str[o++] != ch)
				return false;	/* the end of str included: ch is no NUL */
		}
	}
	return str[o] == '\0';
}

/* Is the name of chain c (from its first name token) str, verbatim or with its spaces folded? */
static bool
mention_reads(names_state *st, const chain *c, const char *str)
{
	const char *raw = st->doc->text + st->doc->tokens[c->n0].start;
	size_t		rl = (size_t) (c->end_byte - st->doc->tokens[c->n0].start);

	return (strncmp(str, raw, rl) == 0 && str[rl] == '\0') || span_folds_to(st, c->n0, c->end_byte, str);
}

/* Last word token of [a, b) that is no suffix (the surname). */
static int32_t
surname_tok(names_state *st, int32_t a, int32_t b)
{
	if (b - a == 1)
		return a;				/* one token: it is the surname whatever it is */
	for (int32_t t = b - 1; t >= a; t--)
		if (st->doc->tokens[t].kind == NE_TOK_WORD && !(LXF(st, t) & NE_LX_SUFFIX) && !is_initial(st->doc, t))
			return t;
	return b - 1;
}

/*
 * Writes to out (of n bytes) what tells people of one name apart in name:
 * its initials and generational suffixes, upper-cased without points ("W",
 * "HW", "JR", "SR", "III"): "George H.W. Bush" gives "HW", "Martin Luther
 * King Jr." "JR", "Donald Trump" "".
 */
static void
name_marks(const char *name, char *out, size_t n)
{
	static const char *const suffixes[] = {"ii", "iii", "iv", "jr", "sr"};
	size_t		o = 0;

	for (const char *p = name; *p;)
	{
		const char *w = p;
		int32_t		letters = 0,
					others = 0,
					len;

		while (*p && *p != ' ')
			p++;
		len = (int32_t) (p - w);
		for (const char *q = w; q < p; q++)
		{
			if ((*q >= 'A' && *q <= 'Z') || (*q >= 'a' && *q <= 'z'))
				letters++;
			else if (*q != '.' && *q != ',')
				others++;
		}
		while (*p == ' ')
			p++;
		if (others > 0)
			continue;
		/* an initial or initials (W, W., H.W.), or a suffix */
		if ((letters <= 2 && len >= 2 && w[1] == '.' && w[0] >= 'A' && w[0] <= 'Z') || (letters == 1 && len == 1 &&
																							w[0] >= 'A' && w[0] <= 'Z') ||
			ne_lex_word_in(w, len - (w[len - 1] == '.' || w[len - 1] == ','), suffixes,
						   sizeof(suffixes) / sizeof(suffixes[0])))
		{
			for (const char *q = w; q < w + len && o + 1 < n; q++)
				if ((*q >= 'A' && *q <= 'Z') || (*q >= 'a' && *q <= 'z'))
					out[o++] = (char) (*q & ~0x20);
		}
	}
	out[o < n ? o : n - 1] = 0;
}

/* Are two names one person's by their marks: none in one of them, or the same (not "George W. Bush" and "George H.W. Bush")? */
static bool
marks_agree(const char *a, const char *b)
{
	char		ma[16],
				mb[16];

	name_marks(a, ma, sizeof(ma));
	name_marks(b, mb, sizeof(mb));
	return ma[0] == 0 || mb[0] == 0 || strcmp(ma, mb) == 0;
}

/* Does chain c hold an initial or a suffix (the only names whose marks need reading)? */
static bool
needs_marks(names_state *st, const chain *c)
{
	for (int32_t t = c->n0; t < c->b; t++)
		if (st->doc->tokens[t].kind == NE_TOK_WORD && (is_initial(st->doc, t) || (LXF(st, t) & NE_LX_SUFFIX)))
			return true;
	return false;
}

/* Registers the full person name of chain c (pass 1); returns the entity. */
static int32_t
register_person(names_state *st, const chain *c)
{
	ne_doc	   *doc = st->doc;
	nkey		kp,
				ks,
				kf;
	hm_slot    *s;
	const char *mine = NULL;	/* the name as written, made once */
	bool		another = false;	/* a person of the key with other initials or suffix */
	int32_t		e,
				ntok = count_words(doc, c->n0, c->b),
				sur;

	key_of(st, &kp, 'P', c->n0, c->b, c->end_byte, true);
	s = hm_find(st, &kp, true);
	if (s == NULL)
		return -1;
	if (s->nvals > 0 && needs_marks(st, c))
	{
		/* "George H.W. Bush" after "George W. Bush", "King Sr." after "King Jr.": another person of the key */
		int32_t		v;

		mine = span_text(st, c->n0, c->end_byte);
		for (v = 0; v < s->nvals && !marks_agree(doc->entities[s->vals[v]].name, mine); v++)
			;
		if (v == s->nvals && s->nvals < HM_VALS)
			another = true;
		else if (v < s->nvals && v > 0)
		{
			/* the bearer of these marks first */
			int32_t		t = s->vals[0];

			s->vals[0] = s->vals[v];
			s->vals[v] = t;
		}
	}
	if (s->nvals > 0 && !another)
	{
		e = s->vals[0];
		if (ntok > st->nm->ex[e].ntokens)
		{
			doc->entities[e].name = span_text(st, c->n0, c->end_byte);
			st->nm->ex[e].ntokens = ntok;
		}
		if (st->nm->ex[e].gender == NE_G_UNKNOWN)
			st->nm->ex[e].gender = c->gender;
		return e;
	}
	sur = surname_tok(st, c->n0, c->b);
	/* the surname key: looked up here, added below */
	key_of(st, &ks, 'S', sur, sur + 1, sur == c->b - 1 ? c->end_byte : doc->tokens[sur].end, false);
	if (mine == NULL)
		mine = span_text(st, c->n0, c->end_byte);
	if (!another)
	{
		/* Hillary Rodham Clinton and Hillary Clinton: same first name and surname, one person */
		hm_slot    *ss = hm_find(st, &ks, false);

		for (int32_t v = 0; ss != NULL && v < ss->nvals && c->n0 < sur; v++)
		{
			int32_t		e2 = ss->vals[v];
			const char *nm2 = doc->entities[e2].name;
			int32_t		fl = doc->tokens[c->n0].end - doc->tokens[c->n0].start;

			if (doc->entities[e2].kind == NE_ENT_PERSON && st->nm->ex[e2].ntokens >= 2 &&
				strncasecmp(nm2, TOK_S(doc, c->n0), (size_t) fl) == 0 && nm2[fl] == ' ' && marks_agree(nm2, mine))
			{
				s->vals[0] = e2;
				s->nvals = 1;
				if (ntok > st->nm->ex[e2].ntokens)
				{
					doc->entities[e2].name = mine;
					st->nm->ex[e2].ntokens = ntok;
				}
				return e2;
			}
		}
	}
	e = new_entity(st, NE_ENT_PERSON, mine, ntok, c->gender);
	if (another)
		s->vals[s->nvals++] = e;	/* beside the person of other marks */
	else
	{
		s->vals[0] = e;
		s->nvals = 1;
	}
	hm_add(st, &ks, e);
	if (!another && c->n0 != sur && doc->tokens[c->n0].kind == NE_TOK_WORD && !is_initial(doc, c->n0))
	{
		key_of(st, &kf, 'F', c->n0, c->n0 + 1, doc->tokens[c->n0].end, false);
		hm_add(st, &kf, e);
	}
	return e;
}

/* The first token of the legal form that ends the words [a, b) ("and Co Inc", "Corp", "Ltd"), b when none. */
static int32_t
legal_form_start(names_state *st, int32_t a, int32_t b)
{
	const ne_doc *doc = st->doc;
	int32_t		e = b;

	while (e > a && (doc->tokens[e - 1].kind != NE_TOK_WORD ||
					 (LXF(st, e - 1) & (NE_LX_ORG | NE_LX_ABBREV)) == (NE_LX_ORG | NE_LX_ABBREV) ||
					 (TOK_L(doc, e - 1) == 3 && e < b && ne_lex_word_is(TOK_S(doc, e - 1), 3, "and"))))
		e--;
	return e;
}

/* The entity of organisation chain c (created when new). */
static int32_t
org_entity(names_state *st, const chain *c)
{
	ne_doc	   *doc = st->doc;
	int32_t		a = c->a;
	nkey		ko,
				kp;
	hm_slot    *s;
	int32_t		e,
				pe,
				e_short = -1;

	if (ne_lex_word_is(TOK_S(doc, a), TOK_L(doc, a), "the") && a + 1 < c->b)
		a++;
	key_of(st, &ko, 'O', a, c->b, c->end_byte, false);
	s = hm_find(st, &ko, true);
	if (s == NULL)
		return -1;
	if (s->nvals > 0)
	{
		e = s->vals[0];
		if (c->a != a && strncmp(doc->entities[e].name, "The ", 4) != 0)
			doc->entities[e].name = span_text(st, c->a, c->end_byte);
		return e;
	}
	/* a new name: "Brightline Glass" before "Brightline Glass Co" is the same firm (a lookup that does
	 * not create leaves s where it is) */
	pe = legal_form_start(st, a, c->b);
	if (pe > a && pe < c->b)
	{
		hm_slot    *sp;

		key_of(st, &kp, 'O', a, pe, doc->tokens[pe - 1].end, false);
		sp = hm_find(st, &kp, false);
		if (sp != NULL && sp->nvals > 0)
			e_short = sp->vals[0];
	}
	if (e_short >= 0 && doc->entities[e_short].kind == NE_ENT_ORG)
	{
		/* the same firm: its name is the fuller form */
		doc->entities[e_short].name = span_text(st, c->a, c->end_byte);
		s->vals[0] = e_short;
		s->nvals = 1;
		return e_short;
	}
	e = new_entity(st, NE_ENT_ORG, span_text(st, c->a, c->end_byte), count_words(doc, c->a, c->b), NE_G_NEUTER);
	s->vals[0] = e;
	s->nvals = 1;
	if (pe > a && pe < c->b && e_short < 0)
		hm_add(st, &kp, e);		/* "Brightline Glass" after "Brightline Glass Co" */
	/* "Euronext said" after "Paris-based Euronext", "Nortel said" after "Nortel Networks": a one-word name, or
	 * a first word that is no common word, finds the organisation like a surname */
	if (doc->tokens[a].kind == NE_TOK_WORD && (a + 1 == c->b || LXF(st, a) == 0) && !(doc->tokens[a].flags & NE_TF_ALLCAPS))
	{
		nkey		ks = ko;

		if (a + 1 == c->b)
			key_set_prefix(&ks, 'S');	/* one word: the same words, hashed already */
		else
			key_of(st, &ks, 'S', a, a + 1, doc->tokens[a].end, false);
		hm_add(st, &ks, e);
	}
	return e;
}

/* Is there an organisation entity of the very name of chain c already? */
static bool
org_known(names_state *st, const chain *c)
{
	nkey		ko;
	hm_slot    *s;

	key_of(st, &ko, 'O', c->a, c->b, c->end_byte, false);
	s = hm_find(st, &ko, false);
	return s != NULL && s->nvals > 0;
}

/*
 * Finds the entity a single word (surname or first name) at token t refers
 * to, of gender g when the word's honorific tells one (Mr., Mrs.: else
 * NE_G_UNKNOWN); -1 if none.
 */
static int32_t
lookup_single(names_state *st, int32_t t, int32_t end_byte, int g)
{
	ne_doc	   *doc = st->doc;
	static const char prefixes[] = {'S', 'F', 'P'};
	nkey		k;

	key_of_word(st, &k, 'S', t, end_byte);
	/* most single words name nobody known: the word's hash tells before any probe */
	if (doc->tokens[t].kind == NE_TOK_WORD &&
		!bloom_has(st->map.words, k.wh))
		return -1;

	for (int i = 0; i < 3; i++)
	{
		hm_slot    *s;
		int32_t		best = -1,
					best_tok = -2;

		key_set_prefix(&k, prefixes[i]);	/* the same word under the surname, first-name and name keys */
		s = hm_find(st, &k, false);

		if (s == NULL || s->nvals == 0)
			continue;
		/*
		 * the bearer mentioned most recently before t; else the first one.  A
		 * surname of a person wins over the first word of an organisation's
		 * longer name: "Weil said" after "Ulric Weil of Weil and Associates".
		 */
		for (int pass = 0; pass < 2 && best < 0; pass++)
			for (int32_t v = 0; v < s->nvals; v++)
			{
				int32_t		e = s->vals[v];
				int32_t		lt = st->nm->ex[e].last_tok;

				if (pass == 0 && !(prefixes[i] == 'S' && doc->entities[e].kind == NE_ENT_PERSON && s->nvals > 1))
					continue;
				/* "Mr. Clinton" after Hillary and Bill Clinton: not the one of the other gender */
				if ((g == NE_G_MALE || g == NE_G_FEMALE) && s->nvals > 1 &&
					(st->nm->ex[e].gender == NE_G_MALE || st->nm->ex[e].gender == NE_G_FEMALE) &&
					st->nm->ex[e].gender != g)
					continue;
				if (lt < t && lt > best_tok)
				{
					best = e;
					best_tok = lt;
				}
			}
		return best >= 0 ? best : s->vals[0];
	}
	return -1;
}

/* Adds alias text to entity e unless it is the name or already there. */
static void
add_alias(ne_doc *doc, int32_t e, const char *alias)
{
	ne_entity  *en = &doc->entities[e];

	if (alias == NULL || alias[0] == '\0' || strcmp(alias, en->name) == 0)
		return;
	for (int32_t i = 0; i < en->naliases; i++)
		if (strcmp(en->aliases[i], alias) == 0)
			return;
	if (en->naliases >= MAX_ALIASES)
		return;
	if (en->aliases == NULL)
		en->aliases = ne_alloc(doc->arena, sizeof(char *) * MAX_ALIASES);
	en->aliases[en->naliases++] = alias;
}

/* Appends a mention; grows the side array in step. */
int32_t
ne_names_add_mention(ne_doc *doc, ne_names *nm, ne_span span, int32_t tf, int32_t te, int kind, int32_t entity)
{
	int32_t		m = doc->nmentions;

	/* both records written whole: no zeroing first */
	if (m >= doc->cap_mentions)
		doc->mentions = ne_grow(doc->arena, doc->mentions, &doc->cap_mentions, m + 1, sizeof(ne_mention));
	if (m >= nm->cap_mx)
		nm->mx = ne_grow(doc->arena, nm->mx, &nm->cap_mx, m + 1, sizeof(ne_mention_x));
	doc->mentions[m] = (ne_mention) {
		.span = span,
		.entity = entity,
		.kind = (uint16_t) kind,
		.flags = (tf >= 0 && tf < doc->ntokens && (doc->tokens[tf].flags & NE_TF_IN_QUOTE)) ? NE_MF_IN_QUOTE : 0
	};
	nm->mx[m] = (ne_mention_x) {.tok_first = tf, .tok_end = te, .name_first = tf};
	doc->nmentions++;
	for (int32_t t = tf > 0 ? tf : 0; t < te && t < doc->ntokens; t++)
		if (nm->tok_mention[t] < 0)
			nm->tok_mention[t] = m;
	if (entity >= 0 && entity < doc->nentities)
	{
		ne_entity  *en = &doc->entities[entity];

		en->mentions++;
		if (!NE_HAS_SPAN(en->first_span) || span.start < en->first_span.start)
			en->first_span = span;
		if (tf > nm->ex[entity].last_tok)
			nm->ex[entity].last_tok = tf;
	}
	return m;
}

/* Links mention m to entity e instead (when e >= 0 and differs), keeping the entities' mention counts. */
void
ne_names_relink(ne_doc *doc, ne_names *nm, int32_t m, int32_t e)
{
	int32_t		old = doc->mentions[m].entity;

	if (e < 0 || e == old || e >= doc->nentities)
		return;
	if (old >= 0)
		doc->entities[old].mentions--;
	doc->mentions[m].entity = e;
	doc->entities[e].mentions++;
	if (nm->mx[m].tok_first > nm->ex[e].last_tok)
		nm->ex[e].last_tok = nm->mx[m].tok_first;
}

/* Words that tie a role to its organisation or place: "chief executive of Orbis", "economist at Pantheon". */
static const char *const role_links[] = {"at", "for", "of", "with"};

/*
 * The role in an apposition right after person chain c, without its article:
 * "Jeff Sessions, the attorney general," gives "attorney general", "Tom
 * Halloran, 52, chief executive of Orbis, said" gives "chief executive", "Ana
 * Diaz, a spokeswoman for the firm," gives "spokeswoman" (a role of one to
 * four words after "the", "a" or nothing and maybe an age, ending in a title
 * word, closed by a comma or a stop, or followed by of, at, for or with);
 * NULL when there is none.
 */
static const char *
title_after(names_state *st, const chain *c)
{
	ne_doc	   *doc = st->doc;
	int32_t		n = doc->ntokens,
				first = c->b + 1,
				u;
	bool		article;

	if (c->poss || first >= n || !tok_is(doc, c->b, ','))
		return NULL;
	/* "Tom Halloran, 52, chief executive": an age first */
	if (first + 1 < n && doc->tokens[first].kind == NE_TOK_NUMBER && tok_is(doc, first + 1, ','))
		first += 2;
	if (first >= n || !same_ctx(doc, c->a, first))
		return NULL;
	article = NE_LEX_WORD_IN(TOK_S(doc, first), TOK_L(doc, first), articles);
	if (article)
		first++;
	for (u = first; u < n && u - first < 4 && doc->tokens[u].kind == NE_TOK_WORD && same_ctx(doc, c->a, u) &&
		 ne_poss_suffix(doc, u) == 0 && !poss_apostrophe(doc, u) &&
		 !(LXF(st, u) & NE_LX_HONORIFIC) &&
		 (!(doc->tokens[u].flags & NE_TF_CAP) || (LXF(st, u) & (NE_LX_TITLE | NE_LX_TITLE_MOD | NE_LX_PLACE | NE_LX_NAT))) &&
		 /* function words end the role, but "and" ("chairman and chief executive"): not "aide to Sen." */
		 ((doc->tokens[u].flags & NE_TF_CAP) || !(LXF(st, u) & NE_LX_NONNAME) ||
		  ne_lex_word_is(TOK_S(doc, u), TOK_L(doc, u), "and"));
		 u++)
		;
	if (u == first || (LXF(st, u - 1) & (NE_LX_TITLE | NE_LX_NONNAME)) != NE_LX_TITLE)
		return NULL;
	/* without an article the role opens with a title word or its modifier ("chief executive", "senior analyst") */
	if (!article && !(LXF(st, first) & (NE_LX_TITLE | NE_LX_TITLE_MOD)))
		return NULL;
	if (u < n && !tok_is(doc, u, ',') && !tok_is(doc, u, '.') && !tok_is(doc, u, ';') &&
		!(doc->tokens[u].kind == NE_TOK_WORD && !(doc->tokens[u].flags & NE_TF_CAP) &&
		  NE_LEX_WORD_IN(TOK_S(doc, u), TOK_L(doc, u), role_links)))
		return NULL;
	return span_text(st, first, doc->tokens[u - 1].end);
}

/* The title of chain c as text, or NULL (honorifics alone are no title). */
static const char *
chain_title(names_state *st, const chain *c)
{
	ne_doc	   *doc = st->doc;
	bool		real = false;
	int32_t		a = c->title_a,
				b = c->title_b;

	for (int32_t t = a; t < b; t++)
		if (doc->tokens[t].kind == NE_TOK_WORD && !(LXF(st, t) & NE_LX_HONORIFIC))
			real = true;
	if (!real)
	{
		/* an apposition before: "Sessions' spokesperson, Sarah Isgur Flores"; "leader Nancy Pelosi" */
		int32_t		t = c->a - 1;

		if (tok_is(doc, t, ','))
			t--;
		if (t >= 0 && doc->tokens[t].kind == NE_TOK_WORD && !(doc->tokens[t].flags & NE_TF_CAP) &&
			(LXF(st, t) & NE_LX_TITLE) && same_ctx(doc, t, c->a))
		{
			int32_t		u = t;

			while (u - 1 >= 0 && t - u < 6 && same_ctx(doc, u - 1, t) &&
				   ((is_cap(doc, u - 1) && !NE_LEX_WORD_IN(TOK_S(doc, u - 1), TOK_L(doc, u - 1), title_openers) &&
					 !opening_cue(st, u - 1)) ||
					(tok_is(doc, u - 1, '.') && u - 2 >= 0 && is_cap(doc, u - 2)) ||
					(doc->tokens[u - 1].kind == NE_TOK_WORD && (LXF(st, u - 1) & (NE_LX_TITLE | NE_LX_TITLE_MOD)) &&
					 !(LXF(st, u - 1) & NE_LX_NONNAME))))
				u--;
			while (u < t && !is_cap(doc, u) && !(doc->tokens[u].kind == NE_TOK_WORD))
				u++;
			return span_text(st, u, doc->tokens[t].end);
		}
		return title_after(st, c);
	}
	while (b > a && doc->tokens[b - 1].kind != NE_TOK_WORD)
		b--;
	/* not an honorific, nor a word that opened the sentence before the title: "And Microsoft chief" */
	while (a < b && ((LXF(st, a) & NE_LX_HONORIFIC) || NE_LEX_WORD_IN(TOK_S(doc, a), TOK_L(doc, a), title_openers) ||
					 opening_cue(st, a)))
		a++;
	if (a >= b)
		return NULL;
	/* "the Social Democratic Party of Prime Minister Kalevi Sorsa": the role after the party's "of" */
	for (int32_t o = a + 1; o + 1 < b; o++)
		if (ne_lex_word_is(TOK_S(doc, o), TOK_L(doc, o), "of") && (LXF(st, o + 1) & (NE_LX_TITLE | NE_LX_TITLE_MOD)) &&
			has_org_word(st, a, o))
			a = o + 1;
	/* titles as written: an abbreviation keeps its point ("Sen.", "Gov.", "Lt. Gov.") */
	if ((LXF(st, b - 1) & NE_LX_ABBREV) && tok_is(doc, b, '.') && doc->tokens[b].start == doc->tokens[b - 1].end)
		return span_text(st, a, doc->tokens[b].end);
	return span_text(st, a, doc->tokens[b - 1].end);
}

/* Is the title of chain c only a party or demonym, no role ("Republican", "Ohio Democrat")? */
static bool
chain_title_weak(names_state *st, const chain *c)
{
	if (c->title_a >= c->title_b)
		return false;			/* none, or an apposition ("leader Nancy Pelosi"): a role */
	for (int32_t t = c->title_a; t < c->title_b; t++)
		if (st->doc->tokens[t].kind == NE_TOK_WORD && (LXF(st, t) & (NE_LX_TITLE | NE_LX_HONORIFIC)))
			return false;
	return true;
}

/* A string literal and its length. */
#define WORD_LEN(w) {w, (int32_t) sizeof(w) - 1}

/* Verbs of address, with their lengths: the pronouns after "told X" rather refer to the subject. */
static const struct
{
	const char *word;
	int32_t		len;
}			address_verbs[] = {
	WORD_LEN("told"), WORD_LEN("tell"), WORD_LEN("tells"), WORD_LEN("telling"), WORD_LEN("asked"), WORD_LEN("ask"),
	WORD_LEN("asks"), WORD_LEN("asking"), WORD_LEN("interviewed"), WORD_LEN("thanked"), WORD_LEN("urged"),
	WORD_LEN("by")
};

/* The first letters of the verbs of address, a bit per letter a-z. */
#define LETTER_BIT(c) (1u << ((c) - 'a'))
#define ADDRESS_VERB_FIRST (LETTER_BIT('a') | LETTER_BIT('b') | LETTER_BIT('i') | LETTER_BIT('t') | LETTER_BIT('u'))

/* Is word t a verb of address (told, asked, interviewed, by ...)? */
static bool
address_verb(const ne_doc *doc, int32_t t)
{
	int32_t		l = TOK_L(doc, t);
	char		first = (char) ne_lex_lower[(unsigned char) *TOK_S(doc, t)];

	/* the first letter rejects most words ("said", "of", "with"; "the" and "and" go on to the table) */
	if (first < 'a' || first > 'z' || !(ADDRESS_VERB_FIRST & LETTER_BIT(first)))
		return false;
	/* the length and the first letter reject the others before any comparison */
	for (size_t i = 0; i < sizeof(address_verbs) / sizeof(address_verbs[0]); i++)
		if (address_verbs[i].len == l && address_verbs[i].word[0] == first &&
			ne_ascii_ieq(TOK_S(doc, t), l, address_verbs[i].word))
			return true;
	return false;
}

/*
 * Is the mention starting at token a the object of a verb of address ("told
 * Sean Hannity", "asked Fox host Sean Hannity", "interviewed by X")?  The
 * pronouns that follow rather refer to the subject.  Looks back over at most
 * 4 capitalised words or lower-case roles.
 */
static bool
object_of_address(names_state *st, int32_t a)
{
	ne_doc	   *doc = st->doc;
	int32_t		t = a - 1;

	for (int32_t n = 0; t >= 0 && n < 4; n++, t--)
	{
		bool		role,
					role_mod;
		uint32_t	f;

		if (is_cap(doc, t) && same_ctx(doc, t, a))
			continue;			/* a capitalised word: no look-up */
		if (doc->tokens[t].kind != NE_TOK_WORD)
			break;
		f = LXF(st, t);
		role = !(f & NE_LX_CUE) && (f & (NE_LX_TITLE | NE_LX_TITLE_MOD));
		role_mod = !(f & (NE_LX_CUE | NE_LX_NONNAME)) && t + 1 < a && (LXF(st, t + 1) & NE_LX_TITLE);	/* "talk host", "radio host" */
		if (!role && !role_mod)
			break;
	}
	if (t < 0 || doc->tokens[t].kind != NE_TOK_WORD || (doc->tokens[t].flags & NE_TF_CAP) || !same_ctx(doc, t, a))
		return false;
	return address_verb(doc, t);
}

/*
 * Does chain c qualify the noun after it, between an article and a lower-case
 * word that is no reporting verb ("the Trump release", "a Clinton aide"; not
 * "the Pentagon said"), or before a role and the name of its holder
 * ("Clinton aide John Podesta")?  Such a name is no sentence subject and no
 * pronoun's antecedent.
 */
static bool
modifies_noun(names_state *st, const chain *c)
{
	const ne_doc *doc = st->doc;
	int32_t		t = c->a - 1,
				n = c->b;

	if (n >= doc->ntokens || doc->tokens[n].kind != NE_TOK_WORD || (doc->tokens[n].flags & NE_TF_CAP))
		return false;
	/* "Scissor Sisters frontwoman Ana Matronic", "Clinton aide John Podesta": a role, then the name it qualifies */
	if (n + 1 < doc->ntokens && (LXF(st, n) & (NE_LX_TITLE | NE_LX_PERSON_NOUN)) && !(LXF(st, n) & NE_LX_CUE) &&
		is_cap(doc, n + 1) && same_ctx(doc, n, n + 1) &&
		!(LXF(st, n + 1) & NOT_NAME))
		return true;
	if (t < 0 || doc->tokens[t].kind != NE_TOK_WORD || (doc->tokens[t].flags & NE_TF_CAP) || !same_ctx(doc, t, n))
		return false;
	if (!NE_LEX_WORD_IN(TOK_S(doc, t), TOK_L(doc, t), articles))
		return false;
	return !(LXF(st, n) & (NE_LX_CUE | NE_LX_NONNAME | NE_LX_PRON | NE_LX_PRON_REL));
}

/* Prepositions that open a sentence before a name that is not its subject ("Like Makaeff, Roffman ..."). */
static const char *const opening_prepositions[] = {
	"after", "against", "alongside", "amid", "before", "besides", "beyond", "despite", "for",
	"from", "like", "unlike", "with", "without"
};

/* Does the sentence open with one of opening_prepositions right before token a ("Like Makaeff, ...")? */
static bool
after_opening_preposition(names_state *st, int32_t a)
{
	const ne_doc *doc = st->doc;
	int32_t		p = a - 1;

	return p >= 0 && doc->tokens[p].kind == NE_TOK_WORD && (doc->tokens[p].flags & NE_TF_SENT_START) &&
		NE_LEX_WORD_IN(TOK_S(doc, p), TOK_L(doc, p), opening_prepositions);
}

/* Records chain c as a mention of entity e. */
static void
mention_of(names_state *st, const chain *c, int32_t e, int kind)
{
	ne_doc	   *doc = st->doc;
	ne_span		sp = {doc->tokens[c->a].start, c->end_byte};
	int32_t		m = ne_names_add_mention(doc, st->nm, sp, c->a, c->b, kind, e);

	st->nm->mx[m].name_first = c->n0;
	/* "Ask Jeeves said": a reporting verb that opens a sentence and a name (not its title: "Said Mr Fogg") is the name's */
	if (c->n0 == c->a && c->b - c->a >= 2 && (doc->tokens[c->a].flags & NE_TF_SENT_START))
		doc->tokens[c->a].flags |= NE_TF_NAME_START;
	if (c->poss)
		doc->mentions[m].flags |= NE_MF_POSSESSIVE;
	if (c->headline)
		doc->mentions[m].flags |= NE_MF_HEADLINE;
	if (object_of_address(st, c->a))
		doc->mentions[m].flags |= NE_MF_OBJECT;
	if (!c->poss && modifies_noun(st, c))
		doc->mentions[m].flags |= NE_MF_MODIFIER;
	if (e >= 0)
	{
		ne_entity  *en = &doc->entities[e];

		if (kind == NE_MK_PERSON)
		{
			/* the first title wins, but a role ("Florida Sen.") wins over a party or demonym ("Republican") */
			if (en->title == NULL || st->nm->ex[e].title_weak)
			{
				bool		weak = chain_title_weak(st, c);
				const char *title = en->title == NULL || !weak ? chain_title(st, c) : NULL;

				if (title != NULL)
				{
					en->title = title;
					st->nm->ex[e].title_weak = weak;
				}
			}
			if (st->nm->ex[e].gender == NE_G_UNKNOWN)
				st->nm->ex[e].gender = c->gender;
		}
		if (st->aliases && e < st->named_from)
		{
			/*
			 * most mentions repeat the name or an alias, verbatim or broken over two lines: found
			 * without copying (add_alias would drop the copy, as it drops any alias when full);
			 * an entity just made for this chain has its text as name
			 */
			if (!mention_reads(st, c, en->name))
			{
				bool		known = en->naliases >= MAX_ALIASES;

				for (int32_t i = 0; i < en->naliases && !known; i++)
					known = mention_reads(st, c, en->aliases[i]);
				if (!known)
					add_alias(doc, e, span_text(st, c->n0, c->end_byte));
			}
		}
	}
}

/* Records the word hash of each one-word chain that is not a sentence's first word (mid_words). */
static void
note_mid_words(names_state *st)
{
	st->mid_noted = true;
	memset(st->mid_words, 0, sizeof(st->mid_words));
	for (int32_t i = 0; i < st->nch; i++)
	{
		const chain *c = &st->ch[i];
		nkey		k;

		if (c->kind != CH_SINGLE || c->b - c->a != 1 || opens_sentence(st->doc, c->a))
			continue;
		key_of_word(st, &k, 'S', c->a, c->end_byte);
		bloom_add(st->mid_words, k.wh);
	}
}

/* Does the word w[0..len) end like a common word: a plural, -ing, -ly, -ion, -body, -yone? */
static bool
common_word_ending(const char *w, int32_t len)
{
	static const char *const ends[] = {"ing", "ly", "ion", "ions", "body", "yone"};
	char		z,
				y;

	if (len < 5)
		return false;
	z = w[len - 1];
	y = w[len - 2];
	/* a plural ("Organisers", "Talks"), not "Ross", "Lewis", "Marcus" */
	if (z == 's' && y != 's' && y != 'i' && y != 'u' && y != '\'')
		return true;
	for (size_t i = 0; i < sizeof(ends) / sizeof(ends[0]); i++)
	{
		int32_t		n = (int32_t) strlen(ends[i]);

		if (len > n && memcmp(w + len - n, ends[i], (size_t) n) == 0)
			return true;
	}
	return false;
}

/*
 * Is the one-word chain c a sentence's first word that ends like a common
 * word and that the text never capitalises inside a sentence ("Organisers
 * said", "Negotiations continued"; not "Blair said", not "Federer said")?
 */
static bool
only_sentence_start(names_state *st, const chain *c)
{
	nkey		k;

	if (c->b - c->a != 1 || !opens_sentence(st->doc, c->a) ||
		!common_word_ending(TOK_S(st->doc, c->a), c->end_byte - st->doc->tokens[c->a].start))
		return false;
	if (!st->mid_noted)
		note_mid_words(st);		/* most stories never need it */
	key_of_word(st, &k, 'S', c->a, c->end_byte);
	return !bloom_has(st->mid_words, k.wh);
}

/* Pass 2: mentions in document order, aliases, pronouns. */
static void
make_mentions(names_state *st)
{
	ne_doc	   *doc = st->doc;
	ne_names   *nm = st->nm;
	int32_t		ci = 0;
	uint32_t	tick = 0;
	int32_t		last_sent = -1;
	int32_t		named_sent = -1;	/* the sentence of the last person or organisation mention */

	for (ci = 0; ci < st->nch; ci++)
	{
		chain	   *c = &st->ch[ci];
		int32_t		before = doc->nmentions;

		ne_count_work(doc, &tick, 16);	/* a chain's mention */
		st->named_from = doc->nentities;
		if (c->kind == CH_PRON)
		{
			int32_t		t = c->a;
			const ne_token *tok = &doc->tokens[t];
			int			g = c->gender;
			int32_t		e = ne_names_antecedent(doc, nm, t, g);
			int32_t		m;

			m = ne_names_add_mention(doc, nm, (ne_span) {tok->start, tok->end}, t, t + 1, NE_MK_PRONOUN, e);
			nm->mx[m].gender = (uint8_t) g;
			if (e >= 0 && nm->ex[e].gender == NE_G_UNKNOWN && (g == NE_G_MALE || g == NE_G_FEMALE))
				nm->ex[e].gender = (uint8_t) g;
			if (tok->sentence != last_sent)
			{
				doc->mentions[m].flags |= NE_MF_SUBJECT;
				last_sent = tok->sentence;
			}
			continue;
		}
		{
			int32_t		e = -1;

			switch (c->kind)
			{
				case CH_ORG:
					/* "Fox said" after "Liam Fox": a one-word known organisation that is a named person's surname */
					if (c->b - c->a == 1 && !(doc->tokens[c->a].flags & NE_TF_ALLCAPS) &&
						(e = lookup_single(st, c->a, c->end_byte, NE_G_UNKNOWN)) >= 0 &&
						doc->entities[e].kind == NE_ENT_PERSON && nm->ex[e].gender != NE_G_UNKNOWN)
					{
						mention_of(st, c, e, NE_MK_PERSON);
						break;
					}
					/* "Columbia said" after "Columbia Gas Systems Inc": the organisation its first word names, unless
					 * one of this very name is known ("Barclays" before "Barclays Capital") */
					if (e < 0 || doc->entities[e].kind != NE_ENT_ORG || org_known(st, c))
						e = org_entity(st, c);
					mention_of(st, c, e, NE_MK_ORG);
					break;
				case CH_PERSON:
					e = c->ent;
					mention_of(st, c, e, NE_MK_PERSON);
					break;
				case CH_MAYBE:
					{
						nkey		kp;
						hm_slot    *s;

						key_of(st, &kp, 'P', c->n0, c->b, c->end_byte, true);
						s = hm_find(st, &kp, false);

						if (s != NULL && s->nvals > 0)
							mention_of(st, c, s->vals[0], NE_MK_PERSON);
						else if (c->cue_after && !c->headline && !c->weak)
							mention_of(st, c, register_person(st, c), NE_MK_PERSON);
						else
						{
							/* a headline or title-case phrase: known surnames inside it */
							for (int32_t u = c->n0; u < c->b; u++)
							{
								int32_t		eb = u == c->b - 1 ? c->end_byte : doc->tokens[u].end;

								if (doc->tokens[u].kind != NE_TOK_WORD || (LXF(st, u) & NOT_NAME))
									continue;
								e = lookup_single(st, u, eb, NE_G_UNKNOWN);
								if (e >= 0)
								{
									chain		one = *c;

									one.a = one.n0 = one.title_a = one.title_b = u;
									one.b = u + 1;
									one.end_byte = eb;
									mention_of(st, &one, e, doc->entities[e].kind == NE_ENT_ORG ? NE_MK_ORG : NE_MK_PERSON);
								}
							}
						}
						break;
					}
				case CH_SINGLE:
					{
						int32_t		sur = c->b - c->n0 == 1 ? c->n0 : surname_tok(st, c->n0, c->b);	/* mostly one word */
						bool		aux;

						e = lookup_single(st, sur, sur == c->b - 1 ? c->end_byte : doc->tokens[sur].end, c->gender);
						if (e >= 0 && c->weak && doc->entities[e].kind != NE_ENT_PERSON)
							e = -1;
						if (e >= 0)
							mention_of(st, c, e, doc->entities[e].kind == NE_ENT_ORG ? NE_MK_ORG : NE_MK_PERSON);
						else if (!c->headline && !c->weak && c->title_b == c->title_a && c->b - c->a == 1 &&
								 c->cue_after && pronoun_after_cue(st, c->b, &aux) == NE_G_NEUTER &&
								 !(aux && only_sentence_start(st, c)))
						{
							/* "Yukos said it would appeal": a one-word organisation ("Projections suggest it would": none) */
							e = org_entity(st, c);
							mention_of(st, c, e, NE_MK_ORG);
						}
						else if (!c->headline && !c->weak &&
								 (c->title_b > c->title_a || (c->cue_after && !only_sentence_start(st, c)) ||
								  first_name_apposed(st, c)))
						{
							/* a new one-word person: "Smith said", "Mr. Smith", "Her husband, Luis," */
							e = new_entity(st, NE_ENT_PERSON, span_text(st, c->n0, c->end_byte),
										   count_words(doc, c->n0, c->b), c->gender);
							{
								nkey		ks;

								key_of(st, &ks, 'S', sur, sur + 1, sur == c->b - 1 ? c->end_byte : doc->tokens[sur].end, false);
								hm_add(st, &ks, e);
							}
							mention_of(st, c, e, NE_MK_PERSON);
						}
						break;
					}
				default:
					break;
			}
			if (doc->nmentions > before)
			{
				int32_t		m = doc->nmentions - 1;
				int32_t		s = doc->tokens[c->a].sentence;
				bool		free = !(doc->mentions[m].flags & (NE_MF_IN_QUOTE | NE_MF_OBJECT | NE_MF_MODIFIER));

				if (s != last_sent && free && doc->mentions[m].kind == NE_MK_PERSON && !after_opening_preposition(st, c->a))
				{
					doc->mentions[m].flags |= NE_MF_SUBJECT;
					last_sent = s;
				}
				/* "Tokheim Corp said its Electronics Division ... It said": an organisation that opens its sentence */
				else if (s != named_sent && free && doc->mentions[m].kind == NE_MK_ORG &&
						 !after_opening_preposition(st, c->a))
					doc->mentions[m].flags |= NE_MF_SUBJECT;
				named_sent = s;
			}
		}
	}
}

/* --------------------------------------------------------------- queries */

/* Index of the first mention whose first token is >= tok (among the ordered ones). */
static int32_t
first_mention_from(const ne_doc *doc, const ne_names *nm, int32_t tok, int32_t nsorted)
{
	int32_t		lo = 0,
				hi = nsorted;

	while (lo < hi)
	{
		int32_t		mid = (lo + hi) / 2;

		if (nm->mx[mid].tok_first < tok)
			lo = mid + 1;
		else
			hi = mid;
	}
	(void) doc;
	return lo;
}

static int32_t names_sorted_count(const ne_doc *doc, const ne_names *nm);

/*
 * Where a backward search for an entity from token tok starts: the last
 * ordered mention before tok (or -1), and tok's sentence and paragraph.
 */
static int32_t
last_mention_before(const ne_doc *doc, const ne_names *nm, int32_t tok, int32_t *sent, int32_t *para)
{
	int32_t		ns = names_sorted_count(doc, nm);

	*sent = (tok >= 0 && tok < doc->ntokens) ? doc->tokens[tok].sentence : 0;
	*para = (*sent >= 0 && *sent < doc->nsentences) ? doc->sentences[*sent].paragraph : 0;
	return first_mention_from(doc, nm, tok, ns) - 1;
}

/*
 * Is the pronoun at tok the subject of a cue that ends its sentence after
 * what it reports, outside quotation marks ("Mr Blair had been hurt, he
 * added.")?  Not one that opens a main clause ("When Smith arrived, he said
 * he was tired": the cue has a clause after it).
 */
static bool
trailing_cue_subject(const ne_doc *doc, int32_t tok)
{
	int32_t		c = tok + 1,
				end;

	if (tok < 1 || c >= doc->ntokens || doc->tokens[tok - 1].kind != NE_TOK_PUNCT ||
		doc->tokens[tok - 1].end - doc->tokens[tok - 1].start != 1 || doc->text[doc->tokens[tok - 1].start] != ',' ||
		doc->tokens[c].kind != NE_TOK_WORD || !(ne_lex_flags(TOK_S(doc, c), TOK_L(doc, c)) & NE_LX_CUE))
		return false;
	end = doc->sentences[doc->tokens[tok].sentence].tok_end;
	if (end - c > 6)
		return false;
	for (int32_t u = c + 1; u < end; u++)
		if (doc->tokens[u].kind != NE_TOK_WORD && u + 1 < end)
			return false;		/* a comma or a mark before the end: more follows */
	return true;
}

/*
 * Score of mention i as the antecedent of a pronoun of gender g in sentence
 * sent of paragraph para (k mentions back): nearer, same gender, subjects and
 * pronouns win; possessives, objects and modifiers lose.  -1e9 when it cannot
 * be; *stop set when it is too far back to look further.
 */
static inline double
antecedent_score(const ne_doc *doc, const ne_names *nm, int32_t i, int g, int32_t sent, int32_t para, int32_t k,
				 bool trailing, bool *stop)
{
	const ne_mention *m = &doc->mentions[i];
	int32_t		e = m->entity;
	int			ge;
	double		score;
	int32_t		ms,
				mp;

	if (e < 0 || (m->flags & NE_MF_IN_QUOTE))
		return -1e9;
	ms = doc->tokens[nm->mx[i].tok_first].sentence;
	if (trailing && m->kind != NE_MK_PRONOUN && ms == sent)
		return -1e9;			/* "But Mr Blair had been "hurt", he added": the speaker is not named in what he reports */
	ge = nm->ex[e].gender;
	mp = doc->sentences[ms].paragraph;
	if (para - mp > 3)
	{
		*stop = true;
		return -1e9;
	}
	if (g == NE_G_MALE || g == NE_G_FEMALE)
	{
		if (doc->entities[e].kind != NE_ENT_PERSON || (ge != NE_G_UNKNOWN && ge != g))
			return -1e9;
	}
	else if (g == NE_G_NEUTER)
	{
		if (doc->entities[e].kind != NE_ENT_ORG)
			return -1e9;
	}
	else if (g == NE_G_PLURAL)
	{
		if (doc->entities[e].kind != NE_ENT_ORG && sent - ms > 1)
			return -1e9;
	}
	score = -1.0 * (sent - ms) - 0.05 * k;
	if (ge == g)
		score += 1.5;
	if (m->flags & NE_MF_SUBJECT)
		score += 0.8;
	if (m->flags & NE_MF_POSSESSIVE)
		score -= 0.8;
	if (m->kind == NE_MK_PRONOUN)
		score += 0.3;
	if (m->flags & NE_MF_OBJECT)
		score -= 1.0;			/* "the president told Hannity ... he said": the subject speaks */
	if (m->flags & NE_MF_MODIFIER)
		score -= 1.0;			/* "in the Trump release, Manafort described ... he vowed" */
	return score;
}

/*
 * Nearest compatible antecedent of a pronoun of gender g at token tok: the
 * named mentions before it, and the descriptions that attribution resolved
 * as the sources of earlier quotes ("..., the Tory leader said. "...," he
 * said"), which speak and so rank above a subject named in what they report.
 */
int32_t
ne_names_antecedent(const ne_doc *doc, const ne_names *nm, int32_t tok, int g)
{
	int32_t		sent,
				para;
	int32_t		ns = names_sorted_count(doc, nm);
	int32_t		i = last_mention_before(doc, nm, tok, &sent, &para);
	int32_t		best = -1;
	double		best_score = -1e9;
	bool		trailing = trailing_cue_subject(doc, tok);
	bool		stop = false;

	for (int32_t k = 0; i >= 0 && k < NE_ANTECEDENT_WINDOW && !stop; i--, k++)
	{
		double		score = antecedent_score(doc, nm, i, g, sent, para, k, trailing, &stop);

		if (score > best_score)
		{
			best_score = score;
			best = doc->mentions[i].entity;
		}
	}
	/* the latest ones only (attribution adds them quote by quote, in the text's order): bounded work */
	for (int32_t j = doc->nmentions - 1; j >= ns && j >= doc->nmentions - NE_ANTECEDENT_WINDOW; j--)
	{
		double		score;

		if (doc->mentions[j].kind != NE_MK_NOMINAL || (doc->mentions[j].flags & NE_MF_INFERRED) ||
			nm->mx[j].tok_first >= tok)
			continue;
		stop = false;
		score = antecedent_score(doc, nm, j, g, sent, para, 0, trailing, &stop) + 0.8 + 0.5;
		if (score > best_score)
		{
			best_score = score;
			best = doc->mentions[j].entity;
		}
	}
	return best;
}

static bool title_matches(const char *title, const char *w, int32_t wlen);

/* Does the organisation name end in a public body's word (European Commission, Labour Party)? */
static bool
public_body(const char *name)
{
	const char *last = name;

	for (const char *p = name; *p; p++)
		if (*p == ' ')
			last = p + 1;
	return ne_lex_public_body(last, (int32_t) strlen(last));
}

/* Most salient entity of kind k before tok for a definite description (bounded window). */
int32_t
ne_names_salient(const ne_doc *doc, const ne_names *nm, int32_t tok, int k, int g, int32_t prefer_e,
				 const char *w, int32_t wlen, bool company)
{
	int32_t		sent,
				para;
	int32_t		i = last_mention_before(doc, nm, tok, &sent, &para);
	int32_t		best = -1;
	double		best_score = -1e9;

	for (int32_t n = 0; i >= 0 && n < 2 * NE_ANTECEDENT_WINDOW; i--, n++)
	{
		const ne_mention *m = &doc->mentions[i];
		int32_t		e = m->entity;
		int32_t		mp;
		double		score;

		if (e < 0 || e >= doc->nentities)
			continue;
		mp = doc->sentences[doc->tokens[nm->mx[i].tok_first].sentence].paragraph;
		if (para - mp > 3)
			break;
		if ((int) doc->entities[e].kind != k || (m->flags & (NE_MF_IN_QUOTE | NE_MF_HEADLINE)))
			continue;
		if (k == NE_ENT_ORG && company && public_body(doc->entities[e].name))
			continue;			/* "the company" is no ministry, party or newspaper */
		if (g != 0 && nm->ex[e].gender != NE_G_UNKNOWN && nm->ex[e].gender != g)
			continue;
		/* recency by paragraph, then subjects and the last speaker over objects */
		score = -1.0 * (para - mp) - 0.02 * n;
		/* a subject, most of all a person's in the sentence before ("De Bruyne agreed. \"...,\" the
		 * midfielder said"): over a speaker of an earlier paragraph (an organisation's "subject" is only
		 * the first named in its sentence) */
		if (m->flags & NE_MF_SUBJECT)
			score += k == NE_ENT_PERSON && para == mp && sent - doc->tokens[nm->mx[i].tok_first].sentence <= 1 ?
				1.3 : 0.8;
		if (m->flags & NE_MF_POSSESSIVE)
			score -= 0.5;
		if (m->flags & NE_MF_OBJECT)
			score -= 0.8;
		if (e == prefer_e)
			score += 1.2;
		/* "the senator" is not the entity titled Governor */
		if (w != NULL && doc->entities[e].title != NULL)
			score += title_matches(doc->entities[e].title, w, wlen) ? 1.5 : -1.5;
		if (score > best_score)
		{
			best_score = score;
			best = e;
		}
	}
	if (best < 0 && prefer_e >= 0 && prefer_e < doc->nentities && (int) doc->entities[prefer_e].kind == k &&
		!(k == NE_ENT_ORG && company && public_body(doc->entities[prefer_e].name)))
		best = prefer_e;
	return best;
}

/*
 * Does the text (a title, a name) contain the word w (ASCII case ignored, on
 * word boundaries: a space, and a comma after; with hyphens, a hyphen either
 * side too, as in "vice-president")?
 */
bool
ne_word_in_text(const char *title, const char *w, int32_t wlen, bool hyphens)
{
	int32_t		tl = (int32_t) strlen(title);

	for (int32_t i = 0; i + wlen <= tl; i++)
	{
		bool		lb = i == 0 || title[i - 1] == ' ' || (hyphens && title[i - 1] == '-');
		bool		rb = i + wlen == tl || title[i + wlen] == ' ' || title[i + wlen] == ',' ||
			(hyphens && title[i + wlen] == '-');

		if (lb && rb)
		{
			int32_t		j;

			for (j = 0; j < wlen; j++)
			{
				char		a = title[i + j],
							b = w[j];

				if (a >= 'A' && a <= 'Z')
					a = (char) (a + 32);
				if (b >= 'A' && b <= 'Z')
					b = (char) (b + 32);
				if (a != b)
					break;
			}
			if (j == wlen)
				return true;
		}
	}
	return false;
}

/* Does title contain the word w (ASCII case ignored, between spaces, a comma after)? */
static bool
title_has_word(const char *title, const char *w, int32_t wlen)
{
	return ne_word_in_text(title, w, wlen, false);
}

/* Does title name the role w, written out or abbreviated ("the senator" for "Sen.", "the governor" for "Gov.")? */
static bool
title_matches(const char *title, const char *w, int32_t wlen)
{
	static const char *const abbr[][2] = {
		{"senator", "Sen."}, {"representative", "Rep."}, {"governor", "Gov."}, {"general", "Gen."},
		{"president", "Pres."}, {"congressman", "Rep."}, {"congresswoman", "Rep."}
	};

	if (title_has_word(title, w, wlen))
		return true;
	for (size_t i = 0; i < sizeof(abbr) / sizeof(abbr[0]); i++)
		if ((int32_t) strlen(abbr[i][0]) == wlen && strncasecmp(w, abbr[i][0], (size_t) wlen) == 0 &&
			title_has_word(title, abbr[i][1], (int32_t) strlen(abbr[i][1])))
			return true;
	return false;
}

const char *const ne_role_modifiers[5] = {"assistant", "deputy", "junior", "shadow", "vice"};

/* Does the title hold one of ne_role_modifiers as a word ("Deputy prime minister", "vice-president")? */
bool
ne_title_has_role_modifier(const char *title)
{
	for (size_t i = 0; i < sizeof(ne_role_modifiers) / sizeof(ne_role_modifiers[0]); i++)
		if (ne_word_in_text(title, ne_role_modifiers[i], (int32_t) strlen(ne_role_modifiers[i]), true))
			return true;
	return false;
}

/* Person entity titled w among the mentions before tok (bounded window). */
int32_t
ne_names_by_title(const ne_doc *doc, const ne_names *nm, int32_t tok, const char *w, int32_t wlen, bool plain)
{
	int32_t		ns = names_sorted_count(doc, nm);
	int32_t		i = first_mention_from(doc, nm, tok, ns) - 1;

	for (int32_t k = 0; i >= 0 && k < 4 * NE_ANTECEDENT_WINDOW; i--, k++)
	{
		int32_t		e = doc->mentions[i].entity;

		if (e < 0 || doc->entities[e].kind != NE_ENT_PERSON || doc->entities[e].title == NULL)
			continue;
		if (title_matches(doc->entities[e].title, w, wlen) && !(plain && ne_title_has_role_modifier(doc->entities[e].title)))
			return e;
	}
	return -1;
}

/* ------------------------------------------------------------------ main */

/* Mentions made by ne_find_names are in order; later ones (nominal sources) are appended and not searched. */
static int32_t
names_sorted_count(const ne_doc *doc, const ne_names *nm)
{
	return nm->nsorted > 0 && nm->nsorted <= doc->nmentions ? nm->nsorted : doc->nmentions;
}

/* Orders entities by first mention: remaps mention entity indexes. */
static void
order_entities(ne_doc *doc, ne_names *nm)
{
	int32_t		ne = doc->nentities;
	int32_t    *map;
	ne_entity  *ents;
	ne_entity_x *exs;
	int32_t		n = 0;
	bool		ordered = true; /* every entity already where its first mention puts it */

	if (ne == 0)
		return;
	/*
	 * mostly every entity is made at its first mention: while that holds, the
	 * entities seen are 0 .. n - 1, and a mention names one of them or n
	 */
	for (int32_t m = 0; m < doc->nmentions && ordered; m++)
	{
		int32_t		e = doc->mentions[m].entity;

		if (e == n)
			n++;
		else if (e > n)
			ordered = false;
	}
	if (ordered && n == ne)
		return;
	n = 0;
	/* arrays of exactly ne, every element written before it is read: not zeroed */
	map = ne_alloc_raw(doc->arena, sizeof(int32_t) * (size_t) ne);
	for (int32_t e = 0; e < ne; e++)
		map[e] = -1;
	/* mentions are in document order: the first mention of each entity gives its rank */
	for (int32_t m = 0; m < doc->nmentions; m++)
	{
		int32_t		e = doc->mentions[m].entity;

		if (e >= 0 && map[e] < 0)
			map[e] = n++;
	}
	ents = ne_alloc_raw(doc->arena, sizeof(ne_entity) * (size_t) ne);
	exs = ne_alloc_raw(doc->arena, sizeof(ne_entity_x) * (size_t) ne);
	/* entities never mentioned (should not happen) are dropped */
	for (int32_t e = 0; e < ne; e++)
		if (map[e] >= 0)
		{
			ents[map[e]] = doc->entities[e];
			exs[map[e]] = nm->ex[e];
		}
	for (int32_t m = 0; m < doc->nmentions; m++)
		if (doc->mentions[m].entity >= 0)
			doc->mentions[m].entity = map[doc->mentions[m].entity];
	memcpy(doc->entities, ents, sizeof(ne_entity) * (size_t) n);
	memcpy(nm->ex, exs, sizeof(ne_entity_x) * (size_t) n);
	doc->nentities = n;
}

/* Nouns for organisations that name people's trades too: "oil producer Rosneft", "film producer Gil Cates". */
static const char *const people_too[] = {"broadcaster", "dealer", "developer", "distributor", "lender", "operator",
"producer", "promoter", "publisher", "trader"};

static bool only_sentence_start(names_state *st, const chain *c);

/*
 * Can chain c be a firm's name by what follows its cue: one word ("Kodak"),
 * or two or three with no first name ("Goldman Sachs", not "John Evans")?
 */
static bool
firm_shaped(names_state *st, const chain *c)
{
	return c->b - c->a == 1 || (c->b - c->a <= 3 && c->n0 == c->a && !has_first_name(st, c->a, c->b));
}

/*
 * Does the one-word chain c speak and have "it" follow its cue as its own
 * ("Kodak said its", "Kodak said it expects"; not after an auxiliary, "Evans
 * said it was not deterring", which only types its own chain, nor a people
 * after a quantifier)?
 */
static bool
speaks_as_firm(names_state *st, const chain *c)
{
	static const char *const quantifiers[] = {"all", "both", "few", "many", "most", "other", "several", "some",
	"these", "those"};
	const ne_doc *doc = st->doc;
	bool		aux;

	if (!firm_shaped(st, c) || c->poss || !c->cue_after || c->title_b != c->title_a)
		return false;
	if (c->a > 0 && doc->tokens[c->a - 1].kind == NE_TOK_WORD && !(doc->tokens[c->a - 1].flags & NE_TF_CAP) &&
		NE_LEX_WORD_IN(TOK_S(doc, c->a - 1), TOK_L(doc, c->a - 1), quantifiers))
		return false;			/* "many Latinos have said it": a people */
	return pronoun_after_cue(st, c->b, &aux) == NE_G_NEUTER && !aux;
}

/*
 * Is there an apposition at token b (a comma, "the" or "a", at most four
 * lower-case words, then a comma or a stop) whose last word is a noun for an
 * organisation and not for a person: ", the investment bank,", ", a
 * Boston-based consulting firm."?
 */
static bool
org_apposition(names_state *st, int32_t b)
{
	const ne_doc *doc = st->doc;
	int32_t		u;

	if (b + 3 >= doc->ntokens || !tok_is(doc, b, ',') || doc->tokens[b + 1].kind != NE_TOK_WORD ||
		!NE_LEX_WORD_IN(TOK_S(doc, b + 1), TOK_L(doc, b + 1), articles))
		return false;
	for (u = b + 2; u < doc->ntokens && u < b + 6 && doc->tokens[u].kind == NE_TOK_WORD &&
		 !(doc->tokens[u].flags & NE_TF_CAP) && ne_poss_suffix(doc, u) == 0 && !(LXF(st, u) & NE_LX_CUE); u++)
		;
	return u > b + 2 && u < doc->ntokens && (tok_is(doc, u, ',') || tok_is(doc, u, '.')) &&
		(LXF(st, u - 1) & (NE_LX_ORG_NOUN | NE_LX_PERSON_NOUN | NE_LX_TITLE)) == NE_LX_ORG_NOUN &&
		!NE_LEX_WORD_IN(TOK_S(doc, u - 1), TOK_L(doc, u - 1), people_too);
}

/* The words around chain c that make its name a company's (corp_context without its exceptions). */
static bool
corp_words(names_state *st, const chain *c)
{
	ne_doc	   *doc = st->doc;
	int32_t		b = c->b;

	if (c->poss && poss_apostrophe(doc, b - 1))
		b++;					/* the apostrophe token of Sessions' */
	/* a person owns shares and stakes too: "Glazer's shares" is no evidence, "Southcorp shares fell" is */
	if (b < doc->ntokens && doc->tokens[b].kind == NE_TOK_WORD && !(doc->tokens[b].flags & NE_TF_CAP) &&
		(LXF(st, b) & NE_LX_CORP_NOUN) &&
		!(c->poss && (ne_lex_word_is(TOK_S(doc, b), TOK_L(doc, b), "shares") || ne_lex_word_is(TOK_S(doc, b), TOK_L(doc, b), "stock"))) &&
		(c->poss || (b + 1 < doc->ntokens && doc->tokens[b + 1].kind == NE_TOK_WORD &&
					 !(doc->tokens[b + 1].flags & NE_TF_CAP) && !(LXF(st, b + 1) & (NE_LX_NONNAME | NE_LX_PRON)))))
		return true;			/* "Southcorp shares fell"; not "Smith shares his view", "Net profit 45 cts" */
	/*
	 * "Brightline Glass will close its plant": the subject's own "its", no cue or other name between
	 * (the lower-case words up to an "its" are looked up only when there is one)
	 */
	if (!c->poss)
	{
		int32_t		t;

		for (t = b; t < doc->ntokens && t < b + 4; t++)
			if (doc->tokens[t].kind != NE_TOK_WORD || (doc->tokens[t].flags & NE_TF_CAP) ||
				ne_lex_word_is(TOK_S(doc, t), TOK_L(doc, t), "its"))
				break;
		if (t < doc->ntokens && t < b + 4 && doc->tokens[t].kind == NE_TOK_WORD && !(doc->tokens[t].flags & NE_TF_CAP))
		{
			bool		between = true;	/* t is an "its" */

			for (int32_t u = b; u <= t && between; u++)
				if ((LXF(st, u) & NE_LX_CUE) ||
					ne_lex_word_is(TOK_S(doc, u), TOK_L(doc, u), "to") || ne_lex_word_is(TOK_S(doc, u), TOK_L(doc, u), "of") ||
					ne_lex_word_is(TOK_S(doc, u), TOK_L(doc, u), "for") || ne_lex_word_is(TOK_S(doc, u), TOK_L(doc, u), "with"))
					between = false;
			if (between)
				return true;
		}
	}
	/* "Merrill Lynch analyst John Doe": a market role after X and before a name makes X an employer */
	if (!c->poss && b + 1 < doc->ntokens && doc->tokens[b].kind == NE_TOK_WORD && !(doc->tokens[b].flags & NE_TF_CAP) &&
		is_cap(doc, b + 1))
	{
		static const char *const roles[] = {"analyst", "analysts", "economist", "economists", "strategist", "trader",
		"traders", "dealer", "dealers"};

		char		first = (char) ne_lex_lower[(unsigned char) *TOK_S(doc, b)];

		for (size_t i = 0; i < sizeof(roles) / sizeof(roles[0]); i++)
			if (roles[i][0] == first && ne_ascii_ieq(TOK_S(doc, b), TOK_L(doc, b), roles[i]))
				return true;
	}
	/* "Goldman Sachs, the investment bank,": an apposition whose noun is an organisation's */
	if (!c->poss && org_apposition(st, b))
		return true;
	/*
	 * "JPMorgan Chase chief executive Jamie Dimon", "Goldman Sachs spokesman Ed Lee": a role in lower case
	 * between a name of two words or more with no first name and a person's name makes the first an
	 * employer (not "Clinton spokesman Brian Fallon": one word may be a person's surname)
	 */
	if (!c->poss && c->b - c->n0 >= 2 && b + 1 < doc->ntokens && !has_first_name(st, c->n0, c->b) &&
		!(LXF(st, c->n0) & (NE_LX_TITLE_MOD | NE_LX_NAT)) && !(LXF(st, c->b - 1) & NE_LX_NAT))
	{
		/* (not "Former WorldCom chief executive", "Sri Lankan finance minister": no firm's name) */
		int32_t		u = b;

		while (u < doc->ntokens && u < b + 3 && doc->tokens[u].kind == NE_TOK_WORD &&
			   !(doc->tokens[u].flags & NE_TF_CAP) && (LXF(st, u) & (NE_LX_TITLE | NE_LX_TITLE_MOD)) &&
			   !(LXF(st, u) & NE_LX_NONNAME))
			u++;
		if (u > b && u < doc->ntokens && (LXF(st, u - 1) & NE_LX_TITLE) && is_cap(doc, u) &&
			(LXF(st, u) & (NE_LX_FIRST_M | NE_LX_FIRST_F)))
			return true;
	}
	/* "Merrill Lynch and Co", "Smith and Sons": "and" + an organisation word */
	if (!c->poss && b + 1 < doc->ntokens && ne_lex_word_is(TOK_S(doc, b), TOK_L(doc, b), "and") && is_cap(doc, b + 1) &&
		(LXF(st, b + 1) & NE_LX_ORG) && (b + 2 >= doc->ntokens || !is_cap(doc, b + 2)))
		return true;
	/* "Kodak said its", "said Alsthom, its licensee": a speaker of a firm's shape whose own "its" follows the cue or name */
	if (!c->poss && c->cue_after && b + 1 < doc->ntokens &&
		ne_lex_word_is(TOK_S(doc, b + 1), TOK_L(doc, b + 1), "its") && firm_shaped(st, c))
		return true;
	/* "Kodak said it expects", "Goldman Sachs said it expects" */
	if (c->cue_after && speaks_as_firm(st, c))
		return true;
	/* "an analyst with Merrill Lynch", "economist at Morgan Stanley": a role at X makes X an employer */
	if (c->a >= 2 && doc->tokens[c->a - 2].kind == NE_TOK_WORD && !(doc->tokens[c->a - 2].flags & NE_TF_CAP) &&
		(ne_lex_word_is(TOK_S(doc, c->a - 1), TOK_L(doc, c->a - 1), "at") ||
		 ne_lex_word_is(TOK_S(doc, c->a - 1), TOK_L(doc, c->a - 1), "with")) &&
		(LXF(st, c->a - 2) & (NE_LX_TITLE | NE_LX_PERSON_NOUN | NE_LX_NOMINAL)) && !(LXF(st, c->a - 2) & NE_LX_CUE))
		return true;
	/*
	 * "media giant TimeWarner", "carmaker Nissan", "rights group Amnesty": a noun for an organisation right
	 * before a name with no first name in it; not a noun for people too ("producer Gil Cates"), an owner
	 * ("the company's Racine plant") or a people ("group Americans for Prosperity")
	 */
	if (c->a >= 1 && doc->tokens[c->a - 1].kind == NE_TOK_WORD && !(doc->tokens[c->a - 1].flags & NE_TF_CAP) &&
		(LXF(st, c->a - 1) & (NE_LX_ORG_NOUN | NE_LX_TITLE | NE_LX_PERSON_NOUN)) == NE_LX_ORG_NOUN &&
		ne_poss_suffix(doc, c->a - 1) == 0 && !(LXF(st, c->b - 1) & (NE_LX_PLACE | NE_LX_NAT)) &&
		!NE_LEX_WORD_IN(TOK_S(doc, c->a - 1), TOK_L(doc, c->a - 1), people_too) &&
		!has_first_name(st, c->n0, c->b))
		return true;
	return c->a >= 2 && doc->tokens[c->a - 2].kind == NE_TOK_WORD && !(doc->tokens[c->a - 2].flags & NE_TF_CAP) &&
		(ne_lex_word_is(TOK_S(doc, c->a - 1), TOK_L(doc, c->a - 1), "in") ||
		 ne_lex_word_is(TOK_S(doc, c->a - 1), TOK_L(doc, c->a - 1), "of")) &&
		(LXF(st, c->a - 2) & NE_LX_CORP_OF);
}

/* Is there evidence at chain c that its name is a company: "Southcorp's board", "Southcorp shares fell", "a stake in Southcorp"? */
static bool
corp_context(names_state *st, const chain *c)
{
	ne_doc	   *doc = st->doc;

	if (c->weak)
		return false;			/* places and nationalities have boards and profits too */
	/* "Retail sales rose": a capitalised common word opening a sentence; "Kodak said it would" one that is none */
	if (!c->poss && c->b - c->a == 1 && opens_sentence(doc, c->a))
		return c->cue_after && speaks_as_firm(st, c) && !(only_sentence_start(st, c) && written_lower(st, c->a));
	if (employer_after_at(st, c))
		return true;			/* "a strategist at Dresdner Kleinwort Wasserstein" */
	if (!corp_words(st, c))
		return false;			/* most names: no evidence (tested first, it rarely needs the word before) */
	/* "tycoon Malcolm Glazer": a role before the name makes a person */
	return !(c->a > 0 && doc->tokens[c->a - 1].kind == NE_TOK_WORD && !(doc->tokens[c->a - 1].flags & NE_TF_CAP) &&
			 (LXF(st, c->a - 1) & NE_LX_TITLE));
}

/*
 * Names typed by evidence: a name without title or known first name that
 * anywhere in the article owns a board, shares or profits is a company, and
 * every chain of that name becomes an organisation (two linear passes: the
 * first is company_evidence in pass 1, the second org_evidence after it).
 */

/*
 * Records the words of organisation chain c before its legal form as a
 * company's name: "Goldman Sachs and Co Inc" makes "Goldman Sachs" a
 * company wherever else it stands alone (pass 1); returns whether.
 */
static bool
firm_name_evidence(names_state *st, const chain *c)
{
	ne_doc	   *doc = st->doc;
	bool		first = (LXF(st, c->a) & (NE_LX_FIRST_M | NE_LX_FIRST_F)) != 0;
	int32_t		e;
	nkey		k;

	if (first ? st->first_pairs == 0 : st->bare_pairs == 0)
		return false;			/* no bare name it could type */
	e = legal_form_start(st, c->a, c->b);
	if (e == c->b || e - c->a < 2 || !is_cap(doc, e - 1) || ne_poss_suffix(doc, e - 1) > 0)
		return false;			/* no legal form, or one word ("Acme") */
	for (int32_t t = c->a; t < e; t++)
		if (!(doc->tokens[t].kind == NE_TOK_WORD ? is_cap(doc, t) : tok_is(doc, t, '.') && is_initial(doc, t - 1)))
			return false;		/* "Bank of England": no company of a person's shape */
	key_of(st, &k, 'E', c->a, e, doc->tokens[e - 1].end, false);
	hm_add(st, &k, 1);
	/* "Dean Witter" of "Dean Witter Reynolds Inc": the firm's first two words name it too */
	if (e - c->a >= 3 && doc->tokens[c->a + 1].kind == NE_TOK_WORD && !is_initial(doc, c->a + 1))
	{
		key_of(st, &k, 'E', c->a, c->a + 2, doc->tokens[c->a + 1].end, false);
		hm_add(st, &k, 1);
	}
	st->person_firms |= first;
	return true;
}

/*
 * Records the name of chain c as a work's title when a noun for a work comes
 * right before it: no person or organisation then has that name anywhere in
 * the article (the name without a first name, as company_evidence reads it);
 * returns whether.
 */
static bool
work_evidence(names_state *st, const chain *c)
{
	ne_doc	   *doc = st->doc;
	nkey		k;

	if (c->a < 1 || c->title_b != c->title_a || doc->tokens[c->a - 1].kind != NE_TOK_WORD ||
		(doc->tokens[c->a - 1].flags & NE_TF_CAP) ||
		!in_word_set(&work_noun_set, doc, c->a - 1) || ne_poss_suffix(doc, c->a - 1) > 0 ||
		(c->kind != CH_PERSON && c->kind != CH_MAYBE && c->kind != CH_SINGLE) || has_first_name(st, c->n0, c->b))
		return false;
	key_of(st, &k, 'W', c->n0, c->b, c->end_byte, false);
	hm_add(st, &k, 1);
	return true;
}

/* Is chain c named like a work that work_evidence recorded? */
static bool
work_title(names_state *st, const chain *c)
{
	nkey		k;

	if ((c->kind != CH_PERSON && c->kind != CH_MAYBE && c->kind != CH_SINGLE) || c->title_b != c->title_a)
		return false;
	key_of(st, &k, 'W', c->n0, c->b, c->end_byte, false);
	return hm_find(st, &k, false) != NULL;
}

/* Records the name of chain c as a company's when the words around it say so (pass 1); returns whether. */
static bool
company_evidence(names_state *st, const chain *c)
{
	if ((c->kind == CH_PERSON || c->kind == CH_MAYBE || c->kind == CH_SINGLE) && c->title_b == c->title_a &&
		!(LXF(st, c->n0) & (NE_LX_FIRST_M | NE_LX_FIRST_F)) && corp_context(st, c))
	{
		nkey		k;

		key_of(st, &k, 'E', c->n0, c->b, c->end_byte, false);
		hm_add(st, &k, 1);
		return true;
	}
	return false;
}

/* Takes the entity of person chain c off the first-name key of its first word (register_person added it). */
static void
drop_first_name_key(names_state *st, const chain *c)
{
	nkey		kf;
	hm_slot    *sf;

	key_of(st, &kf, 'F', c->n0, c->n0 + 1, st->doc->tokens[c->n0].end, false);
	sf = hm_find(st, &kf, false);
	for (int32_t v = 0; sf != NULL && v < sf->nvals; v++)
		if (sf->vals[v] == c->ent)
		{
			sf->vals[v] = sf->vals[--sf->nvals];
			break;
		}
}

/*
 * Is person chain c a person by what stands around it: a lower-case title
 * before it ("chairman Li Ka-shing", "its chairman, Harold"), a suffix ("Robert Halmi Sr"), or a
 * title after its comma (", chairman of", ", the group's chairman")?
 */
static bool
person_shaped_context(names_state *st, const chain *c)
{
	const ne_doc *doc = st->doc;

	static const char *const firm_roles[] = {"co-manager", "manager"};	/* "lead manager Morgan Guaranty": a bank */

	int32_t		p = (c->a > 1 && tok_is(doc, c->a - 1, ',')) ? c->a - 2 : c->a - 1;	/* "its chairman, Harold" */

	if (p >= 0 && doc->tokens[p].kind == NE_TOK_WORD && !(doc->tokens[p].flags & NE_TF_CAP) &&
		(LXF(st, p) & NE_LX_TITLE) && !NE_LEX_WORD_IN(TOK_S(doc, p), TOK_L(doc, p), firm_roles))
		return true;
	if ((LXF(st, c->b - 1) & NE_LX_SUFFIX) && !(doc->tokens[c->b - 1].flags & NE_TF_ALLCAPS))
		return true;			/* (not "Mark IV") */
	for (int32_t t = c->b + 1; tok_is(doc, c->b, ',') && t < doc->ntokens && t <= c->b + 3; t++)
	{
		if (doc->tokens[t].kind != NE_TOK_WORD || (doc->tokens[t].flags & NE_TF_CAP))
			break;
		if (LXF(st, t) & NE_LX_TITLE)
			return true;
	}
	return false;
}

/*
 * Records as a person's ('T') the names of two words or more that have a
 * title ("chairman Dean Witter"), a "he" or "she" after their cue or a
 * person's context around them, so that a firm named like them leaves them
 * persons (after pass 1, only when firm_name_evidence recorded a firm).
 */
static void
person_evidence(names_state *st)
{
	for (int32_t i = 0; i < st->nch; i++)
	{
		const chain *c = &st->ch[i];
		bool		aux;
		int			g;
		nkey		k;

		if (c->kind != CH_PERSON || c->b - c->n0 < 2)
			continue;
		g = (c->title_b == c->title_a && c->cue_after) ? pronoun_after_cue(st, c->b, &aux) : NE_G_UNKNOWN;
		if (c->title_b == c->title_a && g != NE_G_MALE && g != NE_G_FEMALE && !person_shaped_context(st, c))
			continue;
		key_of(st, &k, 'T', c->n0, c->b, c->end_byte, true);
		hm_add(st, &k, 1);
	}
}

/*
 * Makes organisations of the chains whose names company_evidence or
 * firm_name_evidence recorded (after pass 1); single words only when
 * company_evidence recorded any (firm names have two words or more).
 */
static void
org_evidence(names_state *st, bool singles)
{
	ne_doc	   *doc = st->doc;

	for (int32_t i = 0; i < st->nch; i++)
	{
		chain	   *c = &st->ch[i];

		if ((c->kind == CH_PERSON || c->kind == CH_MAYBE || c->kind == CH_SINGLE) &&
			c->title_b == c->title_a && (singles || c->b - c->n0 >= 2))
		{
			nkey		k;			/* one set of words, looked up under several prefixes */
			bool		first = (LXF(st, c->n0) & (NE_LX_FIRST_M | NE_LX_FIRST_F)) != 0;

			if (first && (!st->person_firms || c->kind == CH_SINGLE))
				continue;		/* a person's name: only a firm's legal name of its words makes it one */
			key_of(st, &k, 'E', c->n0, c->b, c->end_byte, false);
			if (first || c->kind == CH_PERSON)
			{
				nkey		kt;

				key_of(st, &kt, 'T', c->n0, c->b, c->end_byte, true);
				if (hm_find(st, &kt, false) != NULL)
					continue;	/* the name is a person's elsewhere ("chairman Dean Witter") */
			}
			if (first && hm_find(st, &k, false) == NULL)
				continue;		/* no firm of a person's name */
			if (!first && hm_find(st, &k, false) == NULL)
			{
				nkey		k1;

				/* "Cadbury Schweppes" where "Cadbury" alone is a company: a firm's name of a person's shape */
				if (!singles || c->kind != CH_PERSON || c->b - c->n0 < 2 || doc->tokens[c->n0 + 1].kind != NE_TOK_WORD)
					continue;
				key_of(st, &k1, 'E', c->n0, c->n0 + 1, doc->tokens[c->n0].end, false);
				if (hm_find(st, &k1, false) == NULL)
					continue;
				if (c->ent >= 0)
					drop_first_name_key(st, c);	/* "Yahoo" stays the firm, not "Yahoo Messenger" */
			}
			if (c->kind == CH_SINGLE)
			{
				/* "Smith" of a registered "John Smith" stays his */
				nkey		ks = k;
				hm_slot    *ss;

				key_set_prefix(&ks, 'S');
				ss = hm_find(st, &ks, false);

				if (ss != NULL && ss->nvals > 0)
					continue;	/* resolved through the surname table instead */
			}
			if (c->kind == CH_PERSON && c->ent >= 0)
			{
				/* the entity registered for the full name becomes the organisation, found by org_entity */
				doc->entities[c->ent].kind = NE_ENT_ORG;
				st->nm->ex[c->ent].gender = NE_G_NEUTER;
				key_set_prefix(&k, 'O');
				hm_add(st, &k, c->ent);
			}
			{
				c->kind = CH_ORG;
				c->a = c->n0;
				c->weak = 0;
			}
		}
	}
}

/* Finds mentions and entities (tokenizes first), with or without the entities' aliases. */
static ne_names *
find_names(ne_doc *doc, bool aliases)
{
	names_state st;
	ne_names   *nm = ne_alloc_raw(doc->arena, sizeof(ne_names));	/* every field set below */
	uint32_t	tick = 0;
	bool		evidence = false,	/* company_evidence recorded a name */
				firm_evidence = false,	/* firm_name_evidence recorded one (two words or more) */
				works = false;	/* work_evidence recorded a title */

	ne_tokenize(doc);
	nm->mx = NULL;
	nm->cap_mx = 0;
	nm->ex = NULL;
	nm->cap_ex = 0;
	nm->nsorted = 0;
	/* per token and per sentence arrays, filled once: not zeroed first */
	nm->tok_mention = ne_alloc_raw(doc->arena, sizeof(int32_t) * (size_t) (doc->ntokens + 1));
	ne_arena_fill(doc->arena, nm->tok_mention, 0xFF, sizeof(int32_t) * (size_t) (doc->ntokens + 1));	/* all -1 */

	/* field by field, not a memset of the whole state: st.map is made by hm_init after find_chains */
	st.doc = doc;
	st.nm = nm;
	st.lx = ne_alloc_raw(doc->arena, sizeof(uint32_t) * (size_t) (doc->ntokens + 1));
	ne_arena_fill(doc->arena, st.lx, 0xFF, sizeof(uint32_t) * (size_t) (doc->ntokens + 1));	/* computed on demand */
	st.headline = ne_alloc_raw(doc->arena, (size_t) (doc->nsentences + 1));
	memset(st.headline, -1, (size_t) (doc->nsentences + 1));
	st.cap_ch = 0;
	st.ch = ne_grow(doc->arena, NULL, &st.cap_ch, doc->ntokens / 8 + 16, sizeof(chain));	/* a chain per 14 tokens in news */
	st.nch = 0;
	st.aliases = aliases;
	st.named_from = 0;
	st.bare_pairs = 0;
	st.person_of = -1;
	st.lowercased = -1;
	st.lower_slots = NULL;
	st.lower_mask = 0;
	st.cap_mid_slots = NULL;
	st.cap_mid_mask = 0;
	st.works = false;
	st.first_pairs = 0;
	st.person_firms = false;
	st.mid_noted = false;

	find_chains(&st);
	hm_init(doc->arena, &st.map, (int64_t) st.nch);
	/* at most a mention and an entity per chain, bar headlines: sized once, not doubled as they come */
	if (doc->cap_mentions < doc->nmentions + st.nch + 8)
		doc->mentions = ne_grow(doc->arena, doc->mentions, &doc->cap_mentions, doc->nmentions + st.nch + 8, sizeof(ne_mention));
	nm->mx = ne_grow(doc->arena, NULL, &nm->cap_mx, doc->nmentions + st.nch + 8, sizeof(ne_mention_x));
	if (doc->cap_entities < doc->nentities + st.nch + 8)
		doc->entities = ne_grow(doc->arena, doc->entities, &doc->cap_entities, doc->nentities + st.nch + 8, sizeof(ne_entity));
	nm->ex = ne_grow(doc->arena, NULL, &nm->cap_ex, doc->nentities + st.nch + 8, sizeof(ne_entity_x));
	/* titles of works first: "the film Enduring Love" is nobody, wherever it stands */
	for (int32_t i = 0; st.works && i < st.nch; i++)
		works |= work_evidence(&st, &st.ch[i]);
	for (int32_t i = 0; works && i < st.nch; i++)
		if (work_title(&st, &st.ch[i]))
			st.ch[i].kind = CH_NONE;
	/* pass 1: full names first, so that earlier single words find them; the evidence of companies */
	for (int32_t i = 0; i < st.nch; i++)
	{
		ne_count_work(doc, &tick, 16);
		if (st.ch[i].kind == CH_PERSON)
			st.ch[i].ent = register_person(&st, &st.ch[i]);
		if (st.ch[i].kind != CH_ORG)
			evidence |= company_evidence(&st, &st.ch[i]);
		else if (st.bare_pairs > 0 || st.first_pairs > 0)
			firm_evidence |= firm_name_evidence(&st, &st.ch[i]);	/* only a bare pair of names can use it */
	}
	/* a firm's name without its legal form has two words or more: single words need the other evidence */
	if (firm_evidence)
		person_evidence(&st);
	if (evidence || firm_evidence)
		org_evidence(&st, evidence);
	st.mid_noted = false;
	make_mentions(&st);
	order_entities(doc, nm);
	nm->nsorted = doc->nmentions;
	return nm;
}

/* Finds mentions and entities (tokenizes first). */
ne_names *
ne_find_names(ne_doc *doc)
{
	return find_names(doc, true);
}

/* Finds mentions and entities without the entities' aliases. */
ne_names *
ne_find_names_no_aliases(ne_doc *doc)
{
	return find_names(doc, false);
}
