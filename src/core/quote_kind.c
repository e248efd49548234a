/*
 * quote_kind.c -- is a quotation someone speaking (direct, partial) or a
 * term (scare quotes, nicknames, titles of works)?
 *
 * The decision reads only the quoted words and the words right around the
 * marks: how many words, their capitalisation, closing punctuation, and a
 * naming word before the opening mark ("so-called", "dubbed", "titled").
 */
#include "quotes.h"
#include "text.h"
#include "lexicon.h"

#include <string.h>

/* Words before a quotation that introduce a name or a term, not speech. */
static const char *const naming_words[] = {
	"banner", "billed", "branded", "catchphrase", "coined", "dubbed", "entitled",
	"hashtag", "headlined", "label", "labeled", "labelled", "moniker", "motto",
	"nickname", "nicknamed", "phrase", "slogan", "so-called", "term", "termed",
	"titled", "word", "words"
};

/* Kinds of works whose title may follow them: his memoir, "Gifted Hands," / the movie "Frozen". */
static const char *const work_nouns[] = {
	"ad", "album", "anthem", "anthology", "article", "autobiography", "ballad", "bestseller", "best-seller",
	"biography", "biopic", "blog", "book", "cartoon", "column", "comedy", "documentary", "drama", "editorial",
	"episode", "essay", "exhibition", "film", "headline", "hymn", "installment", "instalment", "magazine",
	"memoir", "miniseries", "movie", "musical", "newsletter", "novel", "novella", "op-ed", "opera", "painting",
	"play", "podcast", "poem", "prequel", "program", "programme", "screenplay", "sequel", "series", "show",
	"sitcom", "song", "soundtrack", "spot", "symphony", "thriller", "trilogy", "video"
};

/*
 * Words right before a quotation that make it somebody's characterisation
 * rather than a term: Trump is "Mexican," / identified the judge as
 * "Spanish," (speech verbs count too: being called "A Real Woman.").
 */
static const char *const characterising_words[] = {
	"are", "as", "be", "been", "being", "is", "was", "were"
};

/* Words before "as" that name rather than characterise: known as "Guccifer," such as "exit bonds". */
static const char *const naming_before_as[] = {"billed", "known", "such"};

/* Small words that stay lower case in a title ("Sons of Trump"). */
static const char *const title_small_words[] = {
	"a", "an", "and", "as", "at", "by", "de", "for", "from", "in", "into", "of", "on",
	"or", "the", "to", "vs", "with"
};

/*
 * Prepositions whose object a title-like quotation is, not a quotation of
 * anybody: an interview with "The View," / on "CBS This Morning," Sanders said.
 */
static const char *const object_prepositions[] = {
	"about", "at", "for", "from", "in", "into", "on", "onto", "with"
};

/* Roles after a title that make it the title of a work: "Broad City" star, "Daily Show" host. */
static const char *const work_roles[] = {
	"actor", "actress", "alum", "anchor", "author", "cast", "co-host", "co-star",
	"contestant", "creator", "director", "host", "producer", "showrunner", "star",
	"writer"
};

/*
 * Verbs whose subject a quoted word is when they follow it: "Containment" has
 * been U.S. policy, "Top secret" is the highest level -- the word is
 * mentioned, nobody is quoted.  Not modals and passives: "Major problems"
 * are expected / "Boots on the ground" would be appropriate quote somebody.
 */
static const char *const mention_verbs[] = {
	"became", "becomes", "has", "is", "means", "meant", "refers", "remains", "was"
};

/* Subjects of an inverted attribution after a quotation ("Okay," I said). */
static const char *const subjects[] = {"he", "i", "it", "she", "they", "we", "you"};

/*
 * Verbs that report speech or writing, or take a stance on words (base
 * forms; regular inflections are derived), and irregular forms.  A short
 * quoted fragment in a sentence with none of them, and no colon, is a scare
 * quote: nobody is quoted as saying it.
 */
static const char *const speech_verbs[] = {
	"accuse", "acknowledge", "add", "admit", "announce", "applaud", "argue", "ask",
	"assert", "beg", "believe", "bemoan", "blame", "blast", "boast", "boo", "brag",
	"call", "chant", "characterize", "charge", "cheer", "cite", "claim", "clarify",
	"comment", "complain", "concede", "conclude", "condemn", "confirm", "continue",
	"counter", "criticize", "cry", "declare", "decry", "deem", "demand", "deny",
	"describe", "dismiss", "dispute", "dub", "echo", "emphasize", "estimate",
	"explain", "fume", "hail", "herald", "imply", "insist", "joke", "label",
	"lambast", "lament", "laud", "mock", "muse", "note", "object", "plead", "pledge",
	"post", "praise", "predict", "proclaim", "promise", "propose", "protest", "quip",
	"quote", "rail", "read", "rebut", "recall", "recommend", "refer", "reject",
	"remark", "reply", "report", "respond", "retort", "ridicule", "say", "scoff",
	"scream", "shout", "slam", "snap", "sneer", "speak", "suggest", "swear", "talk",
	"tell", "term", "testify", "thank", "threaten", "tout", "tweet", "urge", "vent",
	"voice", "vow", "warn", "wonder", "write", "yell"
};

static const char *const speech_irregular[] = {
	"according", "said", "spoke", "spoken", "swore", "sworn", "told", "written",
	"wrote"
};

/* Is w[0..n) (lower case) base, or base inflected: -s, -es, -ed, -d, -ing, -ies, -ied, doubled consonant? */
static bool
is_form_of(const char *w, int32_t n, const char *base)
{
	int32_t		b = (int32_t) strlen(base);
	char		last = base[b - 1];
	const char *suffix;

	if (n < b - 1 || strncmp(w, base, (size_t) (b - 1)) != 0)
		return false;
	if (n == b && w[b - 1] == last)
		return true;
	if (last == 'e')
		return (n == b + 1 && w[b - 1] == 'e' && (w[b] == 's' || w[b] == 'd')) ||
			(n == b + 2 && strncmp(w + b - 1, "ing", 3) == 0);
	if (last == 'y' && n == b + 2 && (strncmp(w + b - 1, "ies", 3) == 0 || strncmp(w + b - 1, "ied", 3) == 0))
		return true;
	if (w[b - 1] != last)
		return false;
	suffix = w + b;
	if (n > b && w[b] == last)	/* slammed, dubbed, quipped, labelled */
		suffix++;
	n -= (int32_t) (suffix - w);
	return (n == 1 && suffix[0] == 's') ||
		(n == 2 && (strncmp(suffix, "es", 2) == 0 || strncmp(suffix, "ed", 2) == 0)) ||
		(n == 3 && strncmp(suffix, "ing", 3) == 0);
}

/*
 * The words of the tables above (and every speech-verb form that
 * is_speech_verb_form accepts), each with the classes it belongs to, as a
 * hash set built once per process.  The sentence test below asks about
 * every word near a short quotation, and the shape of a quote about each of
 * its small words: one probe answers what took up to seven bisections of a
 * word table.
 */
enum
{
	QW_SPEECH = 1,				/* a form of a speech verb, or an irregular one */
	QW_SMALL = 2,				/* title_small_words */
	QW_SUBJECT = 4,				/* subjects */
	QW_NAMING = 8,				/* naming_words */
	QW_WORK = 16,				/* work_nouns */
	QW_CHARACTERISING = 32,		/* characterising_words */
	QW_NAMING_AS = 64,			/* naming_before_as */
	QW_OBJECT_PREP = 128,		/* object_prepositions */
	QW_WORK_ROLE = 256,			/* work_roles */
	QW_MENTION_VERB = 512,		/* mention_verbs */
	QW_SPEECH_BASE = 1024		/* speech_verbs themselves (read only by qw_build) */
};

/* Keeps the one-off build of the set out of the lookup's code. */
#if defined(__GNUC__)
#define NE_QW_COLD __attribute__((noinline, cold))
#else
#define NE_QW_COLD
#endif

#define NE_QW_SLOTS 4096		/* a power of two, over twice the words */
#define NE_QW_WORDS 2048
#define NE_QW_LEN 24			/* longest word asked about, plus its NUL */

/* A word of the set: ASCII lower case, NUL-padded, compared as three 8-byte words. */
typedef union qw_key
{
	char		c[NE_QW_LEN];
	uint64_t	w[NE_QW_LEN / 8];
} qw_key;

/* Longest word of title_small_words, in bytes. */
#define NE_SMALL_WORD_MAX 4

/* Slots of the set of title_small_words alone (a power of two, over twice the words). */
#define NE_QW_SMALL_SLOTS 64

typedef struct quote_words
{
	bool		built;
	int32_t		nwords;
	uint32_t	small[NE_QW_SMALL_SLOTS];	/* title_small_words packed by small_key, 0 when empty */
	uint16_t	slot[NE_QW_SLOTS];	/* 1 + index into words, 0 when empty */
	uint16_t	cls[NE_QW_WORDS];	/* QW_* of each word */
	qw_key		words[NE_QW_WORDS];
} quote_words;

static quote_words qw;

/* Makes the key of w[0..n) (0 < n < NE_QW_LEN), ASCII case ignored; returns its FNV-1a hash. */
static inline uint32_t
qw_make_key(const char *w, int32_t n, qw_key *key)
{
	uint32_t	h = 2166136261u;

	memset(key, 0, sizeof(*key));
	for (int32_t k = 0; k < n; k++)
	{
		char		c = (w[k] >= 'A' && w[k] <= 'Z') ? (char) (w[k] + 32) : w[k];

		key->c[k] = c;
		h = (h ^ (unsigned char) c) * 16777619u;
	}
	return h;
}

/* The slot of key (of hash h) in the set: where it is, or the empty slot where it would go. */
static inline uint32_t
qw_slot(const qw_key *key, uint32_t h)
{
	uint32_t	i = h & (NE_QW_SLOTS - 1);

	while (qw.slot[i] != 0)
	{
		const qw_key *f = &qw.words[qw.slot[i] - 1];

		if (f->w[0] == key->w[0] && f->w[1] == key->w[1] && f->w[2] == key->w[2])
			break;
		i = (i + 1) & (NE_QW_SLOTS - 1);
	}
	return i;
}

/* Adds the lower-case word w (NUL-terminated) to the set, in class cls. */
static void
qw_add(const char *w, uint16_t cls)
{
	int32_t		n = (int32_t) strlen(w);
	qw_key		key;
	uint32_t	i;

	if (n >= NE_QW_LEN || qw.nwords >= NE_QW_WORDS)
		return;
	i = qw_slot(&key, qw_make_key(w, n, &key));
	if (qw.slot[i] == 0)
	{
		qw.words[qw.nwords] = key;
		qw.cls[qw.nwords] = 0;
		qw.slot[i] = (uint16_t) ++qw.nwords;
	}
	qw.cls[qw.slot[i] - 1] |= cls;
}

/*
 * The bytes of w[0..n) (0 < n <= NE_SMALL_WORD_MAX), ASCII lower case, in one
 * word, first byte lowest: the key of the small-word set.
 */
static inline uint32_t
small_key(const char *w, int32_t n)
{
	uint32_t	key = 0;

	for (int32_t k = 0; k < n; k++)
	{
		unsigned char c = (unsigned char) w[k];

		if (c >= 'A' && c <= 'Z')
			c += 32;
		key |= (uint32_t) c << (8 * k);
	}
	return key;
}

/*
 * The home slot of key in the small-word set.  The multiplier gives each of
 * title_small_words a slot of its own (test_quotes checks every one is
 * found), so a word is in the set if and only if its home slot holds it.
 */
static inline uint32_t
small_home(uint32_t key)
{
	return (key * 2654436983u) >> 26;
}

/* The slot of key in the small-word set: where it is, or the empty slot where it would go. */
static inline uint32_t
small_slot(uint32_t key)
{
	uint32_t	i = small_home(key);

	while (qw.small[i] != 0 && qw.small[i] != key)
		i = (i + 1) & (NE_QW_SMALL_SLOTS - 1);
	return i;
}

/* Adds the count words of table to the set, in class cls. */
static void
qw_add_table(const char *const *table, size_t count, uint16_t cls)
{
	for (size_t i = 0; i < count; i++)
		qw_add(table[i], cls);
}

#define QW_ADD_TABLE(t, cls) qw_add_table((t), sizeof(t) / sizeof((t)[0]), (cls))

/* Is w[0..n) (lower case) one of speech_verbs?  For qw_build, once it has added them. */
static bool
is_speech_base(const char *w, int32_t n)
{
	qw_key		key;
	uint32_t	i;

	if (n <= 0 || n >= NE_QW_LEN)
		return false;
	i = qw_slot(&key, qw_make_key(w, n, &key));
	return qw.slot[i] != 0 && (qw.cls[qw.slot[i] - 1] & QW_SPEECH_BASE) != 0;
}

/*
 * Is w[0..n) (lower case, NUL-terminated) an inflection of a speech verb?
 * Every form is_form_of accepts is the base, or the base less its last
 * letter, plus at most four letters; so the bases to look up are w less 0-4
 * letters, and w less 3 letters plus 'e' (noting) or 'y' (testified).
 * Each is looked up in the set, where qw_build put the bases first.
 */
static bool
is_speech_verb_form(const char *w, int32_t n)
{
	char		base[NE_QW_LEN];

	if (n >= NE_QW_LEN)
		return false;
	for (int32_t cut = 0; cut <= 4 && cut < n; cut++)
	{
		if (!is_speech_base(w, n - cut))
			continue;
		memcpy(base, w, (size_t) (n - cut));
		base[n - cut] = '\0';
		if (is_form_of(w, n, base))
			return true;
	}
	if (n > 3)
	{
		static const char ends[] = {'e', 'y'};

		memcpy(base, w, (size_t) (n - 3));
		for (int e = 0; e < 2; e++)
		{
			base[n - 3] = ends[e];
			base[n - 2] = '\0';
			if (is_speech_base(base, n - 2) && is_form_of(w, n, base))
				return true;
		}
	}
	return false;
}

/* Adds w[0..n) to the set as a speech-verb form of base if is_speech_verb_form accepts it. */
static void
qw_add_form(char *w, int32_t n, const char *base)
{
	if (n >= NE_QW_LEN)
		return;
	w[n] = '\0';
	/* a form of its own base needs no look-up of the bases (is_speech_verb_form finds that base) */
	if (is_form_of(w, n, base) || is_speech_verb_form(w, n))
		qw_add(w, QW_SPEECH);
}

/*
 * Builds the set.  The speech-verb forms are those is_speech_verb_form
 * accepts among every form is_form_of may accept for a base: the base, -s
 * -d -es -ed -ing, after a doubled last letter, and -ing -ies -ied after
 * the last letter dropped.  Out of line: it runs once.
 */
static void NE_QW_COLD
qw_build(void)
{
	static const char *const suffixes[] = {"", "s", "d", "es", "ed", "ing"};
	static const char *const stem_suffixes[] = {"ing", "ies", "ied"};
	char		w[NE_QW_LEN + 8];

	QW_ADD_TABLE(speech_verbs, QW_SPEECH_BASE);
	for (size_t v = 0; v < sizeof(speech_verbs) / sizeof(speech_verbs[0]); v++)
	{
		const char *base = speech_verbs[v];
		int32_t		b = (int32_t) strlen(base);

		if (b + 4 >= (int32_t) sizeof(w))
			continue;
		for (size_t k = 0; k < sizeof(suffixes) / sizeof(suffixes[0]); k++)
		{
			int32_t		sl = (int32_t) strlen(suffixes[k]);

			for (int doubled = 0; doubled < 2; doubled++)
			{
				memcpy(w, base, (size_t) b);
				if (doubled)
					w[b] = base[b - 1];
				memcpy(w + b + doubled, suffixes[k], (size_t) sl);
				qw_add_form(w, b + doubled + sl, base);
			}
		}
		for (size_t k = 0; k < sizeof(stem_suffixes) / sizeof(stem_suffixes[0]); k++)
		{
			memcpy(w, base, (size_t) (b - 1));
			memcpy(w + b - 1, stem_suffixes[k], 3);
			qw_add_form(w, b + 2, base);
		}
	}
	QW_ADD_TABLE(speech_irregular, QW_SPEECH);
	QW_ADD_TABLE(title_small_words, QW_SMALL);
	for (size_t k = 0; k < sizeof(title_small_words) / sizeof(title_small_words[0]); k++)
	{
		int32_t		n = (int32_t) strlen(title_small_words[k]);
		uint32_t	key = small_key(title_small_words[k], n);

		qw.small[small_slot(key)] = key;
	}
	QW_ADD_TABLE(subjects, QW_SUBJECT);
	QW_ADD_TABLE(naming_words, QW_NAMING);
	QW_ADD_TABLE(work_nouns, QW_WORK);
	QW_ADD_TABLE(characterising_words, QW_CHARACTERISING);
	QW_ADD_TABLE(naming_before_as, QW_NAMING_AS);
	QW_ADD_TABLE(object_prepositions, QW_OBJECT_PREP);
	QW_ADD_TABLE(work_roles, QW_WORK_ROLE);
	QW_ADD_TABLE(mention_verbs, QW_MENTION_VERB);
	qw.built = true;
}

/* The QW_* classes of the word w[0..n), ASCII case ignored; 0 when it is in none. */
static uint16_t
quote_word_class(const char *w, int32_t n)
{
	qw_key		key;
	uint32_t	i;

	if (n <= 0 || n >= NE_QW_LEN)
		return 0;
	if (!qw.built)
		qw_build();
	i = qw_slot(&key, qw_make_key(w, n, &key));
	return qw.slot[i] != 0 ? qw.cls[qw.slot[i] - 1] : 0;
}

/* Is w[0..n) one of title_small_words (QW_SMALL), ASCII case ignored?  One compare with its home slot. */
static inline bool
is_title_small_word(const char *w, int32_t n)
{
	uint32_t	key;

	if (n <= 0 || n > NE_SMALL_WORD_MAX)
		return false;
	if (!qw.built)
		qw_build();
	key = small_key(w, n);
	return qw.small[small_home(key)] == key;
}

/* Is w[0..n) a word that title case leaves in lower case (the exported is_title_small_word)? */
bool
ne_title_small_word(const char *w, int32_t n)
{
	return is_title_small_word(w, n);
}

/* Does w[0..n) report speech: a form of a speech verb, or a cue of the lexicon? */
static bool
is_speech_word(const char *w, int32_t n)
{
	if (n <= 1 || n >= NE_QW_LEN)
		return false;
	if (ne_lex_flags(w, n) & NE_LX_CUE)
		return true;
	return (quote_word_class(w, n) & QW_SPEECH) != 0;
}

#define NE_SENTENCE_REACH 400

/*
 * Does the stop at s[i] end a sentence: the next word starts upper case, and
 * the stop does not close an initial or abbreviation like "U.S." or "W."?
 */
static bool
sentence_ends_at(const char *s, int32_t i, int32_t lim)
{
	int32_t		j = i + 1;

	while (j < lim && (s[j] == ' ' || s[j] == '\n'))
		j++;
	if (j < lim && !(s[j] >= 'A' && s[j] <= 'Z') && s[j] != '"' && (unsigned char) s[j] < 0x80)
		return false;
	if (s[i] == '.' && i >= 1 && s[i - 1] >= 'A' && s[i - 1] <= 'Z' &&
		(i < 2 || s[i - 2] == '.' || s[i - 2] == ' '))
		return false;
	return true;
}

/*
 * Does the sentence around [from, to) report speech: a speech word or a
 * colon outside the quote, before or after it within its sentence?
 */
static bool
sentence_reports_speech(const ne_doc *doc, int32_t from, int32_t to, ne_span para)
{
	const char *s = doc->text;
	int32_t		lo = from - NE_SENTENCE_REACH > para.start ? from - NE_SENTENCE_REACH : para.start;
	int32_t		hi = to + NE_SENTENCE_REACH < para.end ? to + NE_SENTENCE_REACH : para.end;
	int32_t		i;

	/* back to the start of the sentence */
	for (i = from; i > lo; i--)
	{
		char		c = s[i - 1];

		if ((c == '.' || c == '?' || c == '!') && i < from && (s[i] == ' ' || s[i] == '\n') &&
			sentence_ends_at(s, i - 1, from))
			break;
		if (c == ':')
			return true;
	}
	lo = i;
	/* forward to its end */
	for (i = to; i < hi; i++)
	{
		char		c = s[i];

		if ((c == '.' || c == '?' || c == '!') && i + 1 < hi && (s[i + 1] == ' ' || s[i + 1] == '\n') &&
			sentence_ends_at(s, i, hi))
			break;
	}
	hi = i;
	for (i = lo; i < hi;)
	{
		int32_t		w;

		if (i == from)
		{
			i = to;
			continue;
		}
		if (!(((unsigned char) s[i] | 0x20) >= 'a' && ((unsigned char) s[i] | 0x20) <= 'z'))
		{
			i++;
			continue;
		}
		w = i;
		while (i < hi && i != from && ((((unsigned char) s[i] | 0x20) >= 'a' && ((unsigned char) s[i] | 0x20) <= 'z') || s[i] == '-'))
			i++;
		if (is_speech_word(s + w, i - w))
			return true;
	}
	return false;
}


/* What the words of a quotation look like. */
typedef struct quote_shape
{
	int32_t		words;			/* words, counted up to 64 (7 when the rest cannot matter) */
	int32_t		capitalised;	/* words whose first letter is upper case */
	int32_t		lower_big;		/* lower-case words that are not small title words */
	bool		first_upper;	/* the first letter is upper case */
	bool		inner_stop;		/* a sentence ends inside (". " "? " "! ") */
	int32_t		last;			/* the last character inside the marks */
} quote_shape;

/* Does a quotation ending in cp end like a sentence or clause (. ? ! , …)? */
static bool
ends_like_speech(int32_t cp)
{
	return cp == '.' || cp == '?' || cp == '!' || cp == ',' || cp == 0x2026;
}

/*
 * The end of the word of a quotation that starts at s[i]: letters, digits,
 * combining marks, apostrophes (' ’) and hyphens, up to end.
 */
static int32_t
word_end(const char *s, int32_t i, int32_t end)
{
	while (i < end)
	{
		unsigned char b = (unsigned char) s[i];
		int32_t		n,
					cp;

		if (b < 0x80)
		{
			if (!(((b | 0x20) >= 'a' && (b | 0x20) <= 'z') || (b >= '0' && b <= '9') ||
				  b == '\'' || b == '-'))
				break;
			i++;
			continue;
		}
		cp = ne_decode_multi(s, end, i, &n);
		if (!(ne_is_alnum(cp) || cp == NE_CP_RSQUO))
			break;
		i += n;
	}
	return i;
}

#ifdef __SSE2__
/*
 * The bytes of the word that starts at s[i] among the 16 from there, as
 * word_end reads them: bit k for byte i + k, ASCII letters, digits, ' and
 * -, and the three bytes of each ’ (whole before end); none at or past end.
 * *letters gets the ASCII letters of the 16, *upper the upper-case ones.
 */
static inline uint32_t
word_bytes16(const char *s, int32_t i, int32_t end, uint32_t *letters, uint32_t *upper)
{
	const __m128i v = _mm_loadu_si128((const __m128i *) (s + i));
	__m128i		letter = _mm_cmplt_epi8(_mm_add_epi8(_mm_or_si128(v, _mm_set1_epi8(0x20)),
													 _mm_set1_epi8((char) (0x80 - 'a'))),
										_mm_set1_epi8((char) (0x80 + 26)));
	__m128i		up = _mm_cmplt_epi8(_mm_add_epi8(v, _mm_set1_epi8((char) (0x80 - 'A'))),
									_mm_set1_epi8((char) (0x80 + 26)));
	__m128i		digit = _mm_cmplt_epi8(_mm_add_epi8(v, _mm_set1_epi8((char) (0x80 - '0'))),
									   _mm_set1_epi8((char) (0x80 + 10)));
	__m128i		punct = _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\'')),
									 _mm_cmpeq_epi8(v, _mm_set1_epi8('-')));
	uint32_t	lim = (uint32_t) (end - i);
	uint32_t	valid = (1u << (lim < 16 ? lim : 16)) - 1;
	uint32_t	rsquo = (uint32_t) _mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8((char) 0xE2))) &
		((uint32_t) _mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8((char) 0x80))) >> 1) &
		((uint32_t) _mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8((char) 0x99))) >> 2) &
		(valid >> 2);

	*letters = (uint32_t) _mm_movemask_epi8(letter);
	*upper = (uint32_t) _mm_movemask_epi8(up);
	return ((uint32_t) _mm_movemask_epi8(_mm_or_si128(_mm_or_si128(letter, digit), punct)) |
			rsquo | rsquo << 1 | rsquo << 2) & valid;
}
#endif

/*
 * Reads the shape of the quoted words in span.  The decisions below tell
 * only counts up to 7 words apart, and read inner stops only to know whether
 * the quote ends or breaks like speech, so reading stops at the 7th word once
 * that is known.  Past 7 words they read the rest (inner stops, capitalised
 * against other words) only for a quote that starts upper case, so reading
 * also stops there when its first letter is lower case.
 */
static void
read_shape(const ne_doc *doc, ne_span span, quote_shape *sh)
{
	const char *s = doc->text;
	int32_t		i = span.start;
	bool		first_letter = true;
	bool		ends_stop;

	memset(sh, 0, sizeof(*sh));
	if (!qw.built)
		qw_build();
	{
		int32_t		b;

		sh->last = ne_decode_prev(s, span.end, &b);
	}
	ends_stop = ends_like_speech(sh->last);
	while (i < span.end && sh->words < 64 &&
		   !(sh->words > 6 && (ends_stop || sh->inner_stop || (!first_letter && !sh->first_upper))))
	{
		int32_t		n,
					cp = ne_decode(s, span.end, i, &n);
		int32_t		wstart,
					wend;
		bool		has_letter = false,
					upper = false;

		if (!ne_is_alnum(cp))
		{
			if ((cp == '.' || cp == '?' || cp == '!') && i + n < span.end &&
				ne_is_space((unsigned char) s[i + n]))
				sh->inner_stop = true;
			i += n;
			continue;
		}
		wstart = i;
#ifdef __SSE2__
		if (i + 16 <= doc->len)
		{
			/* a word within 16 bytes, ending at ASCII or the span's end: its masks, no loop a byte */
			uint32_t	letters,
						uppers;
			uint32_t	word = word_bytes16(s, i, span.end, &letters, &uppers);
			int32_t		k = ne_lowest_bit(~word);

			if (i + k == span.end || (k < 16 && (unsigned char) s[i + k] < 0x80))
			{
				uint32_t	key;
				bool		small;

				/*
				 * its first bytes as small_key packs them (SSE2 means little
				 * endian): | 0x20 lower-cases a letter and leaves a digit, '
				 * or - alone; with a ’ the word is no small word either way
				 */
				memcpy(&key, s + i, sizeof(key));
				key = (key | 0x20202020u) & (uint32_t) (((uint64_t) 1 << (8 * (k < 4 ? k : 4))) - 1);
				small = (k <= NE_SMALL_WORD_MAX) & (qw.small[small_home(key)] == key);
				letters &= (1u << k) - 1;
				i = wstart + k;
				has_letter = letters != 0;
				upper = (uppers & letters & (0u - letters)) != 0;
				/* (no branches: the first letter is a coin toss) */
				sh->first_upper = (first_letter & has_letter) ? upper : sh->first_upper;
				first_letter &= !has_letter;
				sh->words++;
				sh->capitalised += upper;
				sh->lower_big += has_letter & !upper & !small;
				continue;
			}
		}
#endif
		wend = i = word_end(s, i, span.end);
		/* the case of the word is the case of its first letter */
		for (int32_t j = wstart; j < wend; j += n)
		{
			cp = ne_decode(s, wend, j, &n);
			if (ne_is_letter(cp))
			{
				has_letter = true;
				upper = ne_is_upper(cp);
				if (first_letter)
					sh->first_upper = upper;
				first_letter = false;
				break;
			}
		}
		sh->words++;
		if (upper)
			sh->capitalised++;
		else if (has_letter && !is_title_small_word(s + wstart, wend - wstart))
			sh->lower_big++;
	}
}

/* Finds the word that ends before byte pos (skipping spaces); returns its length. */
static int32_t
word_before(const ne_doc *doc, int32_t pos, int32_t floor, int32_t *start, int32_t *prev_cp)
{
	const char *s = doc->text;
	int32_t		b,
				end,
				cp;

	cp = ne_decode_prev(s, pos, &b);
	while (b > floor && ne_is_space(cp))
	{
		pos = b;
		cp = ne_decode_prev(s, pos, &b);
	}
	*prev_cp = (pos > floor) ? cp : 0;
	end = pos;
	while (pos > floor)
	{
		cp = ne_decode_prev(s, pos, &b);
		if (!(ne_is_alnum(cp) || cp == '-'))
			break;
		pos = b;
	}
	*start = pos;
	return end - pos;
}

/* Does a quote after this character open a sentence or a spoken clause? */
static bool
opens_sentence(int32_t prev_cp)
{
	return prev_cp == ':' || prev_cp == ',' || prev_cp == '.' || prev_cp == '?' ||
		prev_cp == '!' || prev_cp == 0;
}

/* Does a possessive end just before pos ("ABC’s “This Week”", "Trump's "Apprentice"")? */
static bool
after_possessive(const ne_doc *doc, int32_t pos, int32_t floor)
{
	int32_t		b;
	int32_t		cp = ne_decode_prev(doc->text, pos, &b);

	while (b > floor && ne_is_space(cp))
		cp = ne_decode_prev(doc->text, b, &b);
	if (cp != 's' || b <= floor)
		return false;
	cp = ne_decode_prev(doc->text, b, &b);
	return cp == '\'' || cp == NE_CP_RSQUO;
}

/* Do the first words from byte i (in paragraph end) attribute speech (", I said" / ", said Ann")? */
static bool
speech_words_at(const ne_doc *doc, int32_t i, int32_t end)
{
	const char *s = doc->text;

	for (int word = 0; word < 2; word++)
	{
		int32_t		w;

		while (i < end && (s[i] == ' ' || s[i] == '\n' || s[i] == ','))
			i++;
		w = i;
		while (i < end && (((unsigned char) s[i] | 0x20) >= 'a' && ((unsigned char) s[i] | 0x20) <= 'z'))
			i++;
		if (i == w)
			return false;
		if (is_speech_word(s + w, i - w) || (word == 0 && (quote_word_class(s + w, i - w) & QW_SUBJECT)))
			return true;
	}
	return false;
}

/* Is the quote followed by an attribution ("Okay," I said / "No," said Ann)? */
static bool
followed_by_speech(const ne_doc *doc, const ne_quote *q)
{
	return speech_words_at(doc, q->close_end, doc->paragraphs[q->last_paragraph].span.end);
}

/*
 * Does the sentence go on after the quote to an attribution after a comma
 * ("slowing supply growth" is a certainty, said David Anders)?
 */
static bool
attributed_after_comma(const ne_doc *doc, const ne_quote *q)
{
	const char *s = doc->text;
	int32_t		end = doc->paragraphs[q->last_paragraph].span.end;

	/* the rest of the sentence, at most NE_SENTENCE_REACH bytes (a sentence longer is no such case) */
	if (end > q->close_end + NE_SENTENCE_REACH)
		end = q->close_end + NE_SENTENCE_REACH;
	for (int32_t i = q->close_end; i < end; i++)
	{
		if (s[i] == '.' || s[i] == '?' || s[i] == '!')
			return false;
		if (s[i] == ',' && speech_words_at(doc, i + 1, end))
			return true;
	}
	return false;
}

/*
 * Does a kind of work end before the opening mark, maybe with a comma between
 * (his memoir, "...")?  wstart, wlen and prev_cp are what word_before found
 * before the mark: the word itself, or after a comma none.
 */
static bool
after_work_noun(const ne_doc *doc, int32_t floor, int32_t wstart, int32_t wlen, int32_t prev_cp)
{
	if (prev_cp == ',' && wstart - 1 > floor)
		wlen = word_before(doc, wstart - 1, floor, &wstart, &prev_cp);
	return wlen > 0 && (quote_word_class(doc->text + wstart, wlen) & QW_WORK);
}

/* Is the quote a title with its author after it: "Headline," by Times' Ben Sisario? */
static bool
followed_by_author(const ne_doc *doc, const ne_quote *q, const quote_shape *sh)
{
	const char *s = doc->text;
	int32_t		end = doc->paragraphs[q->last_paragraph].span.end;
	int32_t		i = q->close_end;

	if (sh->last != ',' || q->close_mark < 0)
		return false;
	while (i < end && s[i] == ' ')
		i++;
	if (i + 3 >= end || s[i] != 'b' || s[i + 1] != 'y' || s[i + 2] != ' ')
		return false;
	i += 3;
	while (i < end && s[i] == ' ')
		i++;
	return i < end && s[i] >= 'A' && s[i] <= 'Z';
}

/*
 * The QW_* classes of the lower-case word right after the closing mark
 * (QW_WORK_ROLE: "Broad City" star; QW_MENTION_VERB: "Top secret" is);
 * 0 when there is none.
 */
static uint16_t
next_word_class(const ne_doc *doc, const ne_quote *q)
{
	const char *s = doc->text;
	int32_t		end = doc->paragraphs[q->last_paragraph].span.end;
	int32_t		i = q->close_end,
				w;

	if (q->close_mark < 0)
		return 0;
	while (i < end && s[i] == ' ')
		i++;
	w = i;
	while (i < end && ((s[i] >= 'a' && s[i] <= 'z') || s[i] == '-'))
		i++;
	if (i == w || (i < end && ne_is_alnum((unsigned char) s[i])))
		return 0;
	return quote_word_class(s + w, i - w);
}

/*
 * Does the word right before the opening mark (wstart, wlen; nothing but
 * spaces between) make the quote somebody's characterisation: a form of
 * "to be", "as", or a speech verb?  Not when it names: known as "Guccifer",
 * a play called "Los Hijos de Trump".
 */
static bool
characterised(const ne_doc *doc, int32_t wstart, int32_t wlen, int32_t floor)
{
	const char *w = doc->text + wstart;
	uint16_t	cls = quote_word_class(w, wlen);
	int32_t		w2start,
				prev_cp,
				w2len;

	if (!(cls & QW_CHARACTERISING) && !is_speech_word(w, wlen))
		return false;
	w2len = word_before(doc, wstart, floor, &w2start, &prev_cp);
	if (wlen == 6 && ne_ascii_ieq(w, 6, "called"))
	{
		/* naming: "a play called", "the test, called"; not "he called", "being called" */
		uint16_t	c2 = w2len > 0 ? quote_word_class(doc->text + w2start, w2len) : 0;
		unsigned char f = w2len > 0 ? (unsigned char) doc->text[w2start] : 0;

		if (w2len == 0)
			return prev_cp != ',';
		return !(f >= 'a' && f <= 'z') || (c2 & (QW_SUBJECT | QW_CHARACTERISING | QW_SMALL)) != 0;
	}
	if (w2len > 0 && wlen == 2 && ne_ascii_ieq(w, 2, "as"))
		return !(quote_word_class(doc->text + w2start, w2len) & QW_NAMING_AS);
	return true;
}

/*
 * Does q follow a term of its paragraph with nothing but a comma, "and" or
 * "or" between them (roles in "Parks and Recreation" and "Guardians of the
 * Galaxy,")?  The quotes before q are classified already.
 */
static bool
listed_after_term(const ne_doc *doc, const ne_quote *q)
{
	const ne_quote *prev = q - 1;
	const char *s = doc->text;
	int32_t		words = 0;

	if (q == doc->quotes || prev->kind != NE_QUOTE_TERM || prev->close_mark < 0 ||
		prev->last_paragraph != q->paragraph)
		return false;
	for (int32_t i = prev->close_end; i < q->open_mark;)
	{
		int32_t		w = i,
					n;

		if (s[i] == ',')
		{
			i++;
			continue;
		}
		if (ne_is_space(ne_decode(s, q->open_mark, i, &n)))
		{
			i += n;				/* any white space: tabs, CR LF, no-break space */
			continue;
		}
		while (i < q->open_mark && ((s[i] >= 'a' && s[i] <= 'z') || s[i] == '&'))
			i++;
		if (i == w || ++words > 1 ||
			!(ne_ascii_ieq(s + w, i - w, "and") || ne_ascii_ieq(s + w, i - w, "or") || (i - w == 1 && s[w] == '&')))
			return false;
	}
	return true;
}

/* Is the quote written in title case, two to ten words ("Break Up the Banks.", "Black Lives Matter")? */
bool
ne_quote_title_case(const ne_doc *doc, const ne_quote *q)
{
	quote_shape sh;

	read_shape(doc, q->span, &sh);
	return sh.words >= 2 && sh.words <= 10 && sh.lower_big == 0 && sh.capitalised >= 2 && !sh.inner_stop;
}

/* Decides the kind of quotation q. */
ne_quote_kind
ne_classify_quote(const ne_doc *doc, const ne_quote *q)
{
	quote_shape sh;
	int32_t		floor = doc->paragraphs[q->paragraph].span.start;
	int32_t		wstart,
				prev_cp;
	int32_t		wlen = word_before(doc, q->open_mark, floor, &wstart, &prev_cp);
	bool		at_start = (q->open_mark <= floor);
	bool		ends_stop,
				characterising = false;

	read_shape(doc, q->span, &sh);
	ends_stop = ends_like_speech(sh.last);

	/* titles: the movie "Frozen", his memoir, "Gifted Hands," / "Headline," by Times' Ben Sisario */
	if (sh.first_upper &&
		((sh.capitalised > sh.lower_big && !at_start && after_work_noun(doc, floor, wstart, wlen, prev_cp)) ||
		 followed_by_author(doc, q, &sh)))
		return NE_QUOTE_TERM;
	/*
	 * titles by what is around them: "Broad City" star, "Orange is the New
	 * Black" star (a verb may stay lower case) / told "Fox and Friends," /
	 * on "The View"
	 */
	if (sh.first_upper && sh.words <= 6 && !sh.inner_stop && sh.last != '?' && sh.last != '!' &&
		((sh.lower_big <= 1 && sh.capitalised >= 2 * sh.lower_big + 1 && (next_word_class(doc, q) & QW_WORK_ROLE)) ||
		 (sh.lower_big == 0 && sh.words >= 2 && wlen > 0 && ne_is_alnum(prev_cp) &&
		  (quote_word_class(doc->text + wstart, wlen) & QW_OBJECT_PREP))))
		return NE_QUOTE_TERM;
	/* a title listed after a title: "The View" and "The Late Show With Stephen Colbert," */
	if (sh.first_upper && sh.lower_big == 0 && sh.words <= 8 && !sh.inner_stop &&
		sh.last != '?' && sh.last != '!' && listed_after_term(doc, q))
		return NE_QUOTE_TERM;
	/*
	 * a few words without punctuation that open a sentence as the subject of
	 * a verb: "Containment" has been U.S. policy / "Top secret" is the highest
	 */
	if (sh.words <= 4 && !sh.inner_stop && ne_is_alnum(sh.last) &&
		(at_start || prev_cp == '.' || prev_cp == '?' || prev_cp == '!' || prev_cp == ',' || prev_cp == 0) &&
		(next_word_class(doc, q) & QW_MENTION_VERB) &&
		!attributed_after_comma(doc, q))
		return NE_QUOTE_TERM;
	/* Trump is "Mexican," / identified the judge as "Spanish," / called "A Real Woman." */
	if (wlen > 0 && ne_is_alnum(prev_cp) && (sh.capitalised > 0 || sh.lower_big > 0) &&
		characterised(doc, wstart, wlen, floor))
		characterising = true;

	/* a lone word with a colon is a label: "Related:" */
	if (sh.words == 1 && sh.last == ':')
		return NE_QUOTE_TERM;
	if (sh.words <= 6 && !sh.inner_stop)
	{
		/* "the so-called "Muslim ban"", "a podcast titled "Off Message"" */
		if (wlen > 0 && (quote_word_class(doc->text + wstart, wlen) & QW_NAMING))
			return NE_QUOTE_TERM;
		/* titles of works and nicknames: every big word capitalised, no speech punctuation */
		if (!at_start && !characterising && !opens_sentence(prev_cp) && sh.capitalised > 0 && sh.lower_big == 0 &&
			(after_possessive(doc, q->open_mark, floor) || !followed_by_speech(doc, q)) &&
			sh.last != '?' && sh.last != '!' && sh.words <= 5 &&
			!(sh.words == 1 && ends_stop && sh.last != ','))
			return NE_QUOTE_TERM;
		/*
		 * A lower-case word or two in a sentence that reports no speech is a
		 * scare quote -- unless it exclaims or asks, or follows "that"
		 * (reported speech: said that it "was a mistake").  Three words or
		 * more are mostly somebody's phrase ("a war on coal").
		 */
		if (sh.words <= 2 && !sh.first_upper && !at_start && !characterising && prev_cp != ':' &&
			sh.last != '!' && sh.last != '?' &&
			!(wlen == 4 && ne_ascii_ieq(doc->text + wstart, 4, "that")) &&
			!sentence_reports_speech(doc, q->open_mark, q->close_end,
									 doc->paragraphs[q->paragraph].span))
			return NE_QUOTE_TERM;
	}
	if (at_start || prev_cp == ':' || prev_cp == ',' || ne_is_dash(prev_cp) || prev_cp == '(' ||
		prev_cp == '.' || prev_cp == '?' || prev_cp == '!' || prev_cp == 0)
	{
		if (sh.first_upper || sh.words >= 4)
			return NE_QUOTE_DIRECT;
	}
	if (sh.first_upper && (sh.inner_stop || ends_stop) && sh.words >= 3)
		return NE_QUOTE_DIRECT;
	return NE_QUOTE_PARTIAL;
}
