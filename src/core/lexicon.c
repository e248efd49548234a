/*
 * lexicon.c -- the word tables (data) and their lookup.
 */
#include "lexicon.h"

#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

/* Generated word table: lower-case key, NE_LX_* flags; sorted by bytes (strcmp). */
static const ne_lex_entry lex_words[] = {
	{"a", NE_LX_NONNAME, 1},
	{"aaliyah", NE_LX_FIRST_F, 7},
	{"aaron", NE_LX_FIRST_M, 5},
	{"ab", NE_LX_ORG, 2},
	{"abby", NE_LX_FIRST_F, 4},
	{"abc", NE_LX_KNOWN_ORG, 3},
	{"abdel", NE_LX_FIRST_M, 5},
	{"abdul", NE_LX_FIRST_M, 5},
	{"abdullah", NE_LX_FIRST_M, 8},
	{"abigail", NE_LX_FIRST_F, 7},
	{"about", NE_LX_NONNAME, 5},
	{"above", NE_LX_NONNAME, 5},
	{"abraham", NE_LX_FIRST_M, 7},
	{"abu", NE_LX_PARTICLE, 3},
	{"aburizal", NE_LX_FIRST_M, 8},
	{"academy", NE_LX_ORG, 7},
	{"accord", NE_LX_PLACE, 6},
	{"according", NE_LX_NONNAME, 9},
	{"accuse", NE_LX_CUE, 6},
	{"accused", NE_LX_CUE, 7},
	{"accuses", NE_LX_CUE, 7},
	{"accusing", NE_LX_CUE, 8},
	{"achmad", NE_LX_FIRST_M, 6},
	{"acknowledge", NE_LX_CUE, 11},
	{"acknowledged", NE_LX_CUE, 12},
	{"acknowledges", NE_LX_CUE, 12},
	{"acknowledging", NE_LX_CUE, 13},
	{"aclu", NE_LX_KNOWN_ORG, 4},
	{"across", NE_LX_NONNAME, 6},
	{"act", NE_LX_PLACE, 3},
	{"acting", NE_LX_TITLE_MOD, 6},
	{"activist", NE_LX_TITLE, 8},
	{"activists", NE_LX_NOMINAL, 9},
	{"actor", NE_LX_TITLE | NE_LX_PERSON_NOUN, 5},
	{"actress", NE_LX_TITLE | NE_LX_HON_F | NE_LX_PERSON_NOUN, 7},
	{"actually", NE_LX_SKIPADV, 8},
	{"ad", NE_LX_NOMINAL | NE_LX_STATEMENT, 2},
	{"ada", NE_LX_FIRST_F, 3},
	{"adam", NE_LX_FIRST_M, 4},
	{"add", NE_LX_CUE, 3},
	{"added", NE_LX_CUE | NE_LX_CUE_SAY, 5},
	{"adding", NE_LX_CUE | NE_LX_CUE_SAY, 6},
	{"addressed", NE_LX_CUE, 9},
	{"addressing", NE_LX_CUE, 10},
	{"adds", NE_LX_CUE | NE_LX_CUE_SAY, 4},
	{"adele", NE_LX_FIRST_F, 5},
	{"adeline", NE_LX_FIRST_F, 7},
	{"adm", NE_LX_TITLE | NE_LX_ABBREV | NE_LX_ABBREV_TITLE, 3},
	{"administration", NE_LX_ORG | NE_LX_NOMINAL, 14},
	{"administrator", NE_LX_TITLE, 13},
	{"admiral", NE_LX_TITLE, 7},
	{"admit", NE_LX_CUE, 5},
	{"admits", NE_LX_CUE, 6},
	{"admitted", NE_LX_CUE, 8},
	{"admitting", NE_LX_CUE, 9},
	{"admonish", NE_LX_CUE, 8},
	{"admonished", NE_LX_CUE, 10},
	{"admonishes", NE_LX_CUE, 10},
	{"admonishing", NE_LX_CUE, 11},
	{"adolfo", NE_LX_FIRST_M, 6},
	{"adrian", NE_LX_FIRST_M, 6},
	{"adriana", NE_LX_FIRST_F, 7},
	{"ads", NE_LX_NOMINAL, 3},
	{"advertisement", NE_LX_NONNAME, 13},
	{"advise", NE_LX_CUE, 6},
	{"advised", NE_LX_CUE, 7},
	{"adviser", NE_LX_TITLE | NE_LX_NOMINAL, 7},
	{"advisers", NE_LX_NOMINAL, 8},
	{"advises", NE_LX_CUE, 7},
	{"advising", NE_LX_CUE, 8},
	{"advisor", NE_LX_TITLE | NE_LX_NOMINAL, 7},
	{"advisors", NE_LX_NOMINAL, 8},
	{"affairs", NE_LX_TITLE_MOD, 7},
	{"affirm", NE_LX_CUE, 6},
	{"affirmed", NE_LX_CUE, 8},
	{"affirming", NE_LX_CUE, 9},
	{"affirms", NE_LX_CUE, 7},
	{"afghan", NE_LX_NAT, 6},
	{"afghanistan", NE_LX_PLACE, 11},
	{"afp", NE_LX_KNOWN_ORG, 3},
	{"africa", NE_LX_PLACE, 6},
	{"african", NE_LX_NAT, 7},
	{"after", NE_LX_NONNAME, 5},
	{"ag", NE_LX_ORG, 2},
	{"again", NE_LX_NONNAME | NE_LX_SKIPADV, 5},
	{"against", NE_LX_NONNAME, 7},
	{"agencies", NE_LX_NOMINAL, 8},
	{"agency", NE_LX_ORG | NE_LX_NOMINAL | NE_LX_ORG_NOUN, 6},
	{"agent", NE_LX_TITLE, 5},
	{"agnes", NE_LX_FIRST_F, 5},
	{"agnieszka", NE_LX_FIRST_F, 9},
	{"ago", NE_LX_NONNAME, 3},
	{"agree", NE_LX_CUE, 5},
	{"agreed", NE_LX_CUE, 6},
	{"agreement", NE_LX_PLACE, 9},
	{"agrees", NE_LX_CUE, 6},
	{"agreing", NE_LX_CUE, 7},
	{"agriculture", NE_LX_TITLE_MOD, 11},
	{"ahmad", NE_LX_FIRST_M, 5},
	{"ahmed", NE_LX_FIRST_M, 5},
	{"ahmet", NE_LX_FIRST_M, 5},
	{"aide", NE_LX_TITLE | NE_LX_NOMINAL, 4},
	{"aiden", NE_LX_FIRST_M, 5},
	{"aides", NE_LX_NOMINAL, 5},
	{"aileen", NE_LX_FIRST_F, 6},
	{"airline", NE_LX_ORG | NE_LX_ORG_NOUN, 7},
	{"airlines", NE_LX_ORG, 8},
	{"airport", NE_LX_PLACE, 7},
	{"airways", NE_LX_ORG, 7},
	{"aisha", NE_LX_FIRST_F, 5},
	{"akira", NE_LX_FIRST_M, 5},
	{"al", NE_LX_PARTICLE | NE_LX_FIRST_M, 2},
	{"al-qaeda", NE_LX_KNOWN_ORG, 8},
	{"alabama", NE_LX_PLACE, 7},
	{"alain", NE_LX_FIRST_M, 5},
	{"alan", NE_LX_FIRST_M, 4},
	{"alana", NE_LX_FIRST_F, 5},
	{"alaska", NE_LX_PLACE, 6},
	{"alastair", NE_LX_FIRST_M, 8},
	{"albania", NE_LX_PLACE, 7},
	{"albert", NE_LX_FIRST_M, 6},
	{"alberto", NE_LX_FIRST_M, 7},
	{"albion", NE_LX_ORG, 6},
	{"alderman", NE_LX_TITLE | NE_LX_HON_M, 8},
	{"alderwoman", NE_LX_TITLE | NE_LX_HON_F, 10},
	{"alejandro", NE_LX_FIRST_M, 9},
	{"aleksei", NE_LX_FIRST_M, 7},
	{"aleppo", NE_LX_PLACE, 6},
	{"alessandra", NE_LX_FIRST_F, 10},
	{"alessandro", NE_LX_FIRST_M, 10},
	{"alex", NE_LX_FIRST_M, 4},
	{"alexa", NE_LX_FIRST_F, 5},
	{"alexander", NE_LX_FIRST_M, 9},
	{"alexandra", NE_LX_FIRST_F, 9},
	{"alexei", NE_LX_FIRST_M, 6},
	{"alexis", NE_LX_FIRST_F, 6},
	{"alfred", NE_LX_FIRST_M, 6},
	{"algeria", NE_LX_PLACE, 7},
	{"algerian", NE_LX_NAT, 8},
	{"ali", NE_LX_FIRST_M, 3},
	{"alice", NE_LX_FIRST_F, 5},
	{"alicia", NE_LX_FIRST_F, 6},
	{"alina", NE_LX_FIRST_F, 5},
	{"alison", NE_LX_FIRST_F, 6},
	{"alistair", NE_LX_FIRST_M, 8},
	{"all", NE_LX_NONNAME, 3},
	{"allan", NE_LX_FIRST_M, 5},
	{"allege", NE_LX_CUE, 6},
	{"alleged", NE_LX_CUE, 7},
	{"allegedly", NE_LX_SKIPADV, 9},
	{"alleges", NE_LX_CUE, 7},
	{"alleging", NE_LX_CUE, 8},
	{"alliance", NE_LX_ORG | NE_LX_NOMINAL, 8},
	{"allison", NE_LX_FIRST_F, 7},
	{"alma", NE_LX_FIRST_F, 4},
	{"along", NE_LX_NONNAME, 5},
	{"alongside", NE_LX_NONNAME, 9},
	{"already", NE_LX_NONNAME | NE_LX_SKIPADV, 7},
	{"also", NE_LX_NONNAME | NE_LX_SKIPADV, 4},
	{"although", NE_LX_NONNAME, 8},
	{"alun", NE_LX_FIRST_M, 4},
	{"alvaro", NE_LX_FIRST_M, 6},
	{"amanda", NE_LX_FIRST_F, 6},
	{"amazon", NE_LX_KNOWN_ORG, 6},
	{"ambassador", NE_LX_TITLE, 10},
	{"amber", NE_LX_FIRST_F, 5},
	{"amelia", NE_LX_FIRST_F, 6},
	{"america", NE_LX_PLACE, 7},
	{"american", NE_LX_NAT, 8},
	{"amid", NE_LX_NONNAME, 4},
	{"amidst", NE_LX_NONNAME, 6},
	{"amina", NE_LX_FIRST_F, 5},
	{"amir", NE_LX_FIRST_M, 4},
	{"amit", NE_LX_FIRST_M, 4},
	{"among", NE_LX_NONNAME, 5},
	{"amsterdam", NE_LX_PLACE, 9},
	{"amy", NE_LX_FIRST_F, 3},
	{"an", NE_LX_NONNAME, 2},
	{"analyst", NE_LX_TITLE | NE_LX_NOMINAL, 7},
	{"analysts", NE_LX_NOMINAL, 8},
	{"anastasia", NE_LX_FIRST_F, 9},
	{"anatoly", NE_LX_FIRST_M, 7},
	{"anchor", NE_LX_TITLE, 6},
	{"and", NE_LX_NONNAME, 3},
	{"anders", NE_LX_FIRST_M, 6},
	{"andre", NE_LX_FIRST_M, 5},
	{"andrea", NE_LX_FIRST_F, 6},
	{"andreas", NE_LX_FIRST_M, 7},
	{"andrei", NE_LX_FIRST_M, 6},
	{"andrew", NE_LX_FIRST_M, 6},
	{"andrzej", NE_LX_FIRST_M, 7},
	{"andy", NE_LX_FIRST_M, 4},
	{"angela", NE_LX_FIRST_F, 6},
	{"angeles", NE_LX_PLACE, 7},
	{"angelina", NE_LX_FIRST_F, 8},
	{"angelo", NE_LX_FIRST_M, 6},
	{"angie", NE_LX_FIRST_F, 5},
	{"angola", NE_LX_PLACE, 6},
	{"angrily", NE_LX_SKIPADV, 7},
	{"angus", NE_LX_FIRST_M, 5},
	{"anil", NE_LX_FIRST_M, 4},
	{"anita", NE_LX_FIRST_F, 5},
	{"ankara", NE_LX_PLACE, 6},
	{"ann", NE_LX_FIRST_F, 3},
	{"anna", NE_LX_FIRST_F, 4},
	{"anne", NE_LX_FIRST_F, 4},
	{"annette", NE_LX_FIRST_F, 7},
	{"annie", NE_LX_FIRST_F, 5},
	{"annika", NE_LX_FIRST_F, 6},
	{"announce", NE_LX_CUE, 8},
	{"announced", NE_LX_CUE, 9},
	{"announcement", NE_LX_NOMINAL | NE_LX_STATEMENT, 12},
	{"announces", NE_LX_CUE, 9},
	{"announcing", NE_LX_CUE, 10},
	{"another", NE_LX_NONNAME, 7},
	{"answered", NE_LX_CUE, 8},
	{"answering", NE_LX_CUE, 9},
	{"answers", NE_LX_CUE, 7},
	{"antarctica", NE_LX_PLACE, 10},
	{"anthony", NE_LX_FIRST_M, 7},
	{"antonia", NE_LX_FIRST_F, 7},
	{"antonio", NE_LX_FIRST_M, 7},
	{"antony", NE_LX_FIRST_M, 6},
	{"anwar", NE_LX_FIRST_M, 5},
	{"anybody", NE_LX_NONNAME, 7},
	{"anyone", NE_LX_NONNAME, 6},
	{"anyway", NE_LX_NONNAME, 6},
	{"ap", NE_LX_KNOWN_ORG, 2},
	{"apparently", NE_LX_SKIPADV, 10},
	{"appeal", NE_LX_ORG, 6},
	{"appealed", NE_LX_CUE, 8},
	{"appealing", NE_LX_CUE, 9},
	{"appeals", NE_LX_TITLE_MOD, 7},
	{"apple", NE_LX_KNOWN_ORG, 5},
	{"appropriations", NE_LX_TITLE_MOD, 14},
	{"approx", NE_LX_ABBREV, 6},
	{"apr", NE_LX_MONTH | NE_LX_ABBREV, 3},
	{"april", NE_LX_MONTH, 5},
	{"arab", NE_LX_NAT, 4},
	{"arabia", NE_LX_PLACE, 6},
	{"archbishop", NE_LX_TITLE | NE_LX_HON_M, 10},
	{"archie", NE_LX_FIRST_M, 6},
	{"are", NE_LX_NONNAME | NE_LX_SKIPADV, 3},
	{"area", NE_LX_TITLE_MOD, 4},
	{"arena", NE_LX_PLACE, 5},
	{"argentina", NE_LX_PLACE, 9},
	{"argentine", NE_LX_NAT, 9},
	{"argentinian", NE_LX_NAT, 11},
	{"argue", NE_LX_CUE, 5},
	{"argued", NE_LX_CUE, 6},
	{"argues", NE_LX_CUE, 6},
	{"arguing", NE_LX_CUE, 7},
	{"aria", NE_LX_FIRST_F, 4},
	{"ariana", NE_LX_FIRST_F, 6},
	{"arianna", NE_LX_FIRST_F, 7},
	{"ariel", NE_LX_FIRST_M, 5},
	{"arizona", NE_LX_PLACE, 7},
	{"arkansas", NE_LX_PLACE, 8},
	{"arlene", NE_LX_FIRST_F, 6},
	{"armed", NE_LX_TITLE_MOD, 5},
	{"armenia", NE_LX_PLACE, 7},
	{"armenian", NE_LX_NAT, 8},
	{"armin", NE_LX_FIRST_M, 5},
	{"army", NE_LX_ORG, 4},
	{"arnold", NE_LX_FIRST_M, 6},
	{"around", NE_LX_NONNAME, 6},
	{"arsene", NE_LX_FIRST_M, 6},
	{"arthur", NE_LX_FIRST_M, 6},
	{"article", NE_LX_NOMINAL, 7},
	{"artist", NE_LX_PERSON_NOUN, 6},
	{"arun", NE_LX_FIRST_M, 4},
	{"arvind", NE_LX_FIRST_M, 6},
	{"as", NE_LX_NONNAME, 2},
	{"asa", NE_LX_ORG, 3},
	{"asher", NE_LX_FIRST_M, 5},
	{"ashley", NE_LX_FIRST_F, 6},
	{"ashok", NE_LX_FIRST_M, 5},
	{"ashton", NE_LX_FIRST_M, 6},
	{"asia", NE_LX_PLACE, 4},
	{"asian", NE_LX_NAT, 5},
	{"ask", NE_LX_CUE, 3},
	{"asked", NE_LX_CUE, 5},
	{"asking", NE_LX_CUE, 6},
	{"asks", NE_LX_CUE, 4},
	{"assembly", NE_LX_ORG, 8},
	{"assemblyman", NE_LX_TITLE | NE_LX_HON_M, 11},
	{"assemblywoman", NE_LX_TITLE | NE_LX_HON_F, 13},
	{"assert", NE_LX_CUE, 6},
	{"asserted", NE_LX_CUE, 8},
	{"asserting", NE_LX_CUE, 9},
	{"asserts", NE_LX_CUE, 7},
	{"assistant", NE_LX_TITLE | NE_LX_TITLE_MOD, 9},
	{"assn", NE_LX_ABBREV, 4},
	{"associate", NE_LX_TITLE_MOD, 9},
	{"associates", NE_LX_ORG, 10},
	{"association", NE_LX_ORG | NE_LX_NOMINAL, 11},
	{"assurance", NE_LX_ORG, 9},
	{"assure", NE_LX_CUE, 6},
	{"assured", NE_LX_CUE, 7},
	{"assures", NE_LX_CUE, 7},
	{"assuring", NE_LX_CUE, 8},
	{"astrid", NE_LX_FIRST_F, 6},
	{"at", NE_LX_NONNAME, 2},
	{"athens", NE_LX_PLACE, 6},
	{"athlete", NE_LX_PERSON_NOUN, 7},
	{"athletic", NE_LX_ORG, 8},
	{"atlanta", NE_LX_PLACE, 7},
	{"atm", NE_LX_NONNAME, 3},
	{"attendees", NE_LX_NOMINAL, 9},
	{"attested", NE_LX_CUE, 8},
	{"attesting", NE_LX_CUE, 9},
	{"attorney", NE_LX_TITLE | NE_LX_TITLE_MOD | NE_LX_NOMINAL, 8},
	{"attorney-general", NE_LX_TITLE, 16},
	{"attorneys", NE_LX_NOMINAL, 9},
	{"atty", NE_LX_ABBREV | NE_LX_ABBREV_TITLE, 4},
	{"audience", NE_LX_NOMINAL, 8},
	{"auditor", NE_LX_TITLE, 7},
	{"audrey", NE_LX_FIRST_F, 6},
	{"aug", NE_LX_MONTH | NE_LX_ABBREV, 3},
	{"august", NE_LX_MONTH, 6},
	{"aung", NE_LX_FIRST_F, 4},
	{"aussie", NE_LX_NAT | NE_LX_PERSON_NOUN, 6},
	{"austin", NE_LX_FIRST_M, 6},
	{"australia", NE_LX_PLACE, 9},
	{"australian", NE_LX_NAT, 10},
	{"austria", NE_LX_PLACE, 7},
	{"austrian", NE_LX_NAT, 8},
	{"author", NE_LX_TITLE | NE_LX_PERSON_NOUN, 6},
	{"authorities", NE_LX_NOMINAL, 11},
	{"authority", NE_LX_ORG, 9},
	{"automaker", NE_LX_ORG_NOUN, 9},
	{"automakers", NE_LX_NOMINAL, 10},
	{"ava", NE_LX_FIRST_F, 3},
	{"ave", NE_LX_ABBREV, 3},
	{"avenue", NE_LX_PLACE, 6},
	{"aver", NE_LX_CUE, 4},
	{"avered", NE_LX_CUE, 6},
	{"avering", NE_LX_CUE, 7},
	{"avers", NE_LX_CUE, 5},
	{"avigdor", NE_LX_FIRST_M, 7},
	{"aviv", NE_LX_PLACE, 4},
	{"avow", NE_LX_CUE, 4},
	{"avowed", NE_LX_CUE, 6},
	{"avowing", NE_LX_CUE, 7},
	{"avows", NE_LX_CUE, 5},
	{"award", NE_LX_ORG, 5},
	{"awards", NE_LX_ORG, 6},
	{"axel", NE_LX_FIRST_M, 4},
	{"axios", NE_LX_KNOWN_ORG, 5},
	{"ayden", NE_LX_FIRST_M, 5},
	{"azerbaijan", NE_LX_PLACE, 10},
	{"azerbaijani", NE_LX_NAT, 11},
	{"backers", NE_LX_NOMINAL, 7},
	{"baghdad", NE_LX_PLACE, 7},
	{"bahrain", NE_LX_PLACE, 7},
	{"ballet", NE_LX_ORG, 6},
	{"baltimore", NE_LX_PLACE, 9},
	{"bancorp", NE_LX_ORG, 7},
	{"bancshares", NE_LX_ORG, 10},
	{"bangkok", NE_LX_PLACE, 7},
	{"bangladesh", NE_LX_PLACE, 10},
	{"bangladeshi", NE_LX_NAT, 11},
	{"bank", NE_LX_ORG | NE_LX_ORG_NOUN, 4},
	{"banker", NE_LX_PERSON_NOUN, 6},
	{"bankers", NE_LX_NOMINAL, 7},
	{"banner", NE_LX_NOMINAL, 6},
	{"barack", NE_LX_FIRST_M, 6},
	{"barbara", NE_LX_FIRST_F, 7},
	{"bark", NE_LX_CUE, 4},
	{"barked", NE_LX_CUE, 6},
	{"barking", NE_LX_CUE, 7},
	{"barks", NE_LX_CUE, 5},
	{"baroness", NE_LX_TITLE | NE_LX_HON_F | NE_LX_HONORIFIC, 8},
	{"barry", NE_LX_FIRST_M, 5},
	{"bashar", NE_LX_FIRST_M, 6},
	{"basin", NE_LX_PLACE, 5},
	{"batsman", NE_LX_PERSON_NOUN, 7},
	{"bay", NE_LX_PLACE, 3},
	{"bbc", NE_LX_KNOWN_ORG, 3},
	{"be", NE_LX_NONNAME, 2},
	{"beach", NE_LX_PLACE, 5},
	{"beam", NE_LX_CUE, 4},
	{"beamed", NE_LX_CUE, 6},
	{"beaming", NE_LX_CUE, 7},
	{"beams", NE_LX_CUE, 5},
	{"beatrice", NE_LX_FIRST_F, 8},
	{"beatriz", NE_LX_FIRST_F, 7},
	{"beau", NE_LX_FIRST_M, 4},
	{"because", NE_LX_NONNAME, 7},
	{"been", NE_LX_NONNAME | NE_LX_SKIPADV, 4},
	{"before", NE_LX_NONNAME, 6},
	{"beg", NE_LX_CUE, 3},
	{"beged", NE_LX_CUE, 5},
	{"begged", NE_LX_CUE, 6},
	{"beging", NE_LX_CUE, 6},
	{"begs", NE_LX_CUE, 4},
	{"behind", NE_LX_NONNAME, 6},
	{"beijing", NE_LX_PLACE, 7},
	{"being", NE_LX_SKIPADV, 5},
	{"belarus", NE_LX_PLACE, 7},
	{"belarusian", NE_LX_NAT, 10},
	{"belgian", NE_LX_NAT, 7},
	{"belgium", NE_LX_PLACE, 7},
	{"belinda", NE_LX_FIRST_F, 7},
	{"bella", NE_LX_FIRST_F, 5},
	{"bellow", NE_LX_CUE, 6},
	{"bellowed", NE_LX_CUE, 8},
	{"bellowing", NE_LX_CUE, 9},
	{"bellows", NE_LX_CUE, 7},
	{"below", NE_LX_NONNAME, 5},
	{"bemoan", NE_LX_CUE, 6},
	{"bemoaned", NE_LX_CUE, 8},
	{"bemoans", NE_LX_CUE, 7},
	{"ben", NE_LX_FIRST_M, 3},
	{"benazir", NE_LX_FIRST_F, 7},
	{"beneath", NE_LX_NONNAME, 7},
	{"benghazi", NE_LX_PLACE, 8},
	{"benjamin", NE_LX_FIRST_M, 8},
	{"benoit", NE_LX_FIRST_M, 6},
	{"bentley", NE_LX_FIRST_M, 7},
	{"berlin", NE_LX_PLACE, 6},
	{"bernadette", NE_LX_FIRST_F, 10},
	{"bernard", NE_LX_FIRST_M, 7},
	{"bernie", NE_LX_FIRST_M, 6},
	{"bert", NE_LX_FIRST_M, 4},
	{"bertrand", NE_LX_FIRST_M, 8},
	{"beryl", NE_LX_FIRST_F, 5},
	{"besides", NE_LX_NONNAME, 7},
	{"beth", NE_LX_FIRST_F, 4},
	{"bethany", NE_LX_FIRST_F, 7},
	{"beto", NE_LX_FIRST_M, 4},
	{"betsy", NE_LX_FIRST_F, 5},
	{"betty", NE_LX_FIRST_F, 5},
	{"between", NE_LX_NONNAME, 7},
	{"beverly", NE_LX_FIRST_F, 7},
	{"beyond", NE_LX_NONNAME, 6},
	{"bhd", NE_LX_ORG, 3},
	{"bianca", NE_LX_FIRST_F, 6},
	{"bilal", NE_LX_FIRST_M, 5},
	{"bill", NE_LX_FIRST_M, 4},
	{"billionaire", NE_LX_TITLE | NE_LX_PERSON_NOUN, 11},
	{"billy", NE_LX_FIRST_M, 5},
	{"bin", NE_LX_PARTICLE, 3},
	{"bint", NE_LX_PARTICLE, 4},
	{"binyamin", NE_LX_FIRST_M, 8},
	{"birgit", NE_LX_FIRST_F, 6},
	{"bishop", NE_LX_TITLE | NE_LX_HON_M, 6},
	{"bjorn", NE_LX_FIRST_M, 5},
	{"blamed", NE_LX_CUE, 6},
	{"blaming", NE_LX_CUE, 7},
	{"blast", NE_LX_CUE, 5},
	{"blasted", NE_LX_CUE, 7},
	{"blasting", NE_LX_CUE, 8},
	{"blasts", NE_LX_CUE, 6},
	{"bln", NE_LX_NONNAME, 3},
	{"blog", NE_LX_NOMINAL, 4},
	{"bloged", NE_LX_CUE, 6},
	{"blogger", NE_LX_TITLE, 7},
	{"bloggers", NE_LX_NOMINAL, 8},
	{"bloging", NE_LX_CUE, 7},
	{"bloomberg", NE_LX_KNOWN_ORG, 9},
	{"bluntly", NE_LX_SKIPADV, 7},
	{"blvd", NE_LX_ABBREV, 4},
	{"board", NE_LX_CORP_OF | NE_LX_CORP_NOUN | NE_LX_ORG | NE_LX_NOMINAL | NE_LX_ORG_NOUN, 5},
	{"boast", NE_LX_CUE, 5},
	{"boasted", NE_LX_CUE, 7},
	{"boasting", NE_LX_CUE, 8},
	{"boasts", NE_LX_CUE, 6},
	{"bob", NE_LX_FIRST_M, 3},
	{"bobby", NE_LX_FIRST_M, 5},
	{"boeing", NE_LX_KNOWN_ORG, 6},
	{"bogdan", NE_LX_FIRST_M, 6},
	{"bogota", NE_LX_PLACE, 6},
	{"bolivia", NE_LX_PLACE, 7},
	{"bolivian", NE_LX_NAT, 8},
	{"bonn", NE_LX_PLACE, 4},
	{"bonnie", NE_LX_FIRST_F, 6},
	{"book", NE_LX_NOMINAL, 4},
	{"boris", NE_LX_FIRST_M, 5},
	{"borrowers", NE_LX_NOMINAL, 9},
	{"bosnia", NE_LX_PLACE, 6},
	{"bosnian", NE_LX_NAT, 7},
	{"boss", NE_LX_TITLE | NE_LX_PERSON_NOUN, 4},
	{"boston", NE_LX_PLACE, 6},
	{"both", NE_LX_NONNAME, 4},
	{"boulevard", NE_LX_PLACE, 9},
	{"bourse", NE_LX_ORG, 6},
	{"bowler", NE_LX_PERSON_NOUN, 6},
	{"boxer", NE_LX_PERSON_NOUN, 5},
	{"boyd", NE_LX_FIRST_M, 4},
	{"brad", NE_LX_FIRST_M, 4},
	{"bradley", NE_LX_FIRST_M, 7},
	{"brag", NE_LX_CUE, 4},
	{"braged", NE_LX_CUE, 6},
	{"braging", NE_LX_CUE, 7},
	{"brags", NE_LX_CUE, 5},
	{"brand", NE_LX_CUE, 5},
	{"branded", NE_LX_CUE, 7},
	{"branding", NE_LX_CUE, 8},
	{"brandon", NE_LX_FIRST_M, 7},
	{"branko", NE_LX_FIRST_M, 6},
	{"braxton", NE_LX_FIRST_M, 7},
	{"brazil", NE_LX_PLACE, 6},
	{"brazilian", NE_LX_NAT, 9},
	{"breaking", NE_LX_NONNAME, 8},
	{"breitbart", NE_LX_KNOWN_ORG, 9},
	{"brenda", NE_LX_FIRST_F, 6},
	{"brent", NE_LX_FIRST_M, 5},
	{"brett", NE_LX_FIRST_M, 5},
	{"brewer", NE_LX_ORG_NOUN, 6},
	{"breweries", NE_LX_ORG, 9},
	{"brewers", NE_LX_NOMINAL, 7},
	{"brewery", NE_LX_ORG, 7},
	{"brian", NE_LX_FIRST_M, 5},
	{"bridge", NE_LX_PLACE, 6},
	{"bridget", NE_LX_FIRST_F, 7},
	{"brief", NE_LX_CUE, 5},
	{"briefed", NE_LX_CUE, 7},
	{"briefing", NE_LX_CUE, 8},
	{"briefs", NE_LX_CUE, 6},
	{"brigitte", NE_LX_FIRST_F, 8},
	{"britain", NE_LX_PLACE, 7},
	{"british", NE_LX_NAT, 7},
	{"briton", NE_LX_NAT | NE_LX_PERSON_NOUN, 6},
	{"brittany", NE_LX_FIRST_F, 8},
	{"broadcaster", NE_LX_ORG_NOUN, 11},
	{"broadcasting", NE_LX_ORG, 12},
	{"broadway", NE_LX_PLACE, 8},
	{"broker", NE_LX_NOMINAL, 6},
	{"brokers", NE_LX_NOMINAL, 7},
	{"bronx", NE_LX_PLACE, 5},
	{"brooklyn", NE_LX_PLACE, 8},
	{"bros", NE_LX_ORG | NE_LX_ABBREV, 4},
	{"brother", NE_LX_HON_M | NE_LX_NOMINAL, 7},
	{"brothers", NE_LX_ORG, 8},
	{"bruce", NE_LX_FIRST_M, 5},
	{"bruno", NE_LX_FIRST_M, 5},
	{"brussels", NE_LX_PLACE, 8},
	{"bryan", NE_LX_FIRST_M, 5},
	{"bryson", NE_LX_FIRST_M, 6},
	{"bst", NE_LX_NONNAME, 3},
	{"budapest", NE_LX_PLACE, 8},
	{"budget", NE_LX_TITLE_MOD, 6},
	{"buenos", NE_LX_PLACE, 6},
	{"building", NE_LX_PLACE, 8},
	{"bulgaria", NE_LX_PLACE, 8},
	{"bulgarian", NE_LX_NAT, 9},
	{"bulletin", NE_LX_NOMINAL | NE_LX_STATEMENT, 8},
	{"bureau", NE_LX_ORG, 6},
	{"burma", NE_LX_PLACE, 5},
	{"business", NE_LX_ORG, 8},
	{"businessman", NE_LX_TITLE | NE_LX_HON_M | NE_LX_PERSON_NOUN, 11},
	{"businesswoman", NE_LX_TITLE | NE_LX_HON_F | NE_LX_PERSON_NOUN, 13},
	{"but", NE_LX_NONNAME, 3},
	{"buyers", NE_LX_NOMINAL, 6},
	{"buzzfeed", NE_LX_KNOWN_ORG, 8},
	{"bv", NE_LX_ORG, 2},
	{"by", NE_LX_NONNAME, 2},
	{"byron", NE_LX_FIRST_M, 5},
	{"cabinet", NE_LX_ORG, 7},
	{"cairo", NE_LX_PLACE, 5},
	{"caleb", NE_LX_FIRST_M, 5},
	{"california", NE_LX_PLACE, 10},
	{"californian", NE_LX_NAT | NE_LX_PERSON_NOUN, 11},
	{"called", NE_LX_CUE, 6},
	{"calling", NE_LX_CUE, 7},
	{"calls", NE_LX_CUE, 5},
	{"calvin", NE_LX_FIRST_M, 6},
	{"cambodia", NE_LX_PLACE, 8},
	{"cameron", NE_LX_FIRST_M, 7},
	{"cameroon", NE_LX_PLACE, 8},
	{"camila", NE_LX_FIRST_F, 6},
	{"camilla", NE_LX_FIRST_F, 7},
	{"campaign", NE_LX_TITLE_MOD | NE_LX_NONNAME | NE_LX_NOMINAL, 8},
	{"campaigner", NE_LX_NOMINAL, 10},
	{"campaigners", NE_LX_NOMINAL, 11},
	{"can", NE_LX_NONNAME | NE_LX_SKIPADV, 3},
	{"can't", NE_LX_NONNAME | NE_LX_SKIPADV, 5},
	{"canada", NE_LX_PLACE, 6},
	{"canadian", NE_LX_NAT, 8},
	{"canal", NE_LX_PLACE, 5},
	{"candace", NE_LX_FIRST_F, 7},
	{"candidate", NE_LX_TITLE | NE_LX_NOMINAL, 9},
	{"cannot", NE_LX_NONNAME | NE_LX_SKIPADV, 6},
	{"can’t", NE_LX_NONNAME | NE_LX_SKIPADV, 7},
	{"cape", NE_LX_PLACE, 4},
	{"capital", NE_LX_ORG, 7},
	{"capitol", NE_LX_PLACE, 7},
	{"capt", NE_LX_TITLE | NE_LX_ABBREV | NE_LX_ABBREV_TITLE, 4},
	{"captain", NE_LX_TITLE | NE_LX_PERSON_NOUN, 7},
	{"caracas", NE_LX_PLACE, 7},
	{"cardinal", NE_LX_TITLE | NE_LX_HON_M, 8},
	{"carl", NE_LX_FIRST_M, 4},
	{"carla", NE_LX_FIRST_F, 5},
	{"carlo", NE_LX_FIRST_M, 5},
	{"carlos", NE_LX_FIRST_M, 6},
	{"carly", NE_LX_FIRST_F, 5},
	{"carmaker", NE_LX_ORG_NOUN, 8},
	{"carmakers", NE_LX_NOMINAL, 9},
	{"carmen", NE_LX_FIRST_F, 6},
	{"carol", NE_LX_FIRST_F, 5},
	{"carole", NE_LX_FIRST_F, 6},
	{"carolina", NE_LX_PLACE, 8},
	{"caroline", NE_LX_FIRST_F, 8},
	{"carolyn", NE_LX_FIRST_F, 7},
	{"carrie", NE_LX_FIRST_F, 6},
	{"carrier", NE_LX_ORG_NOUN, 7},
	{"carriers", NE_LX_NOMINAL, 8},
	{"carson", NE_LX_FIRST_M, 6},
	{"caspar", NE_LX_FIRST_M, 6},
	{"cassandra", NE_LX_FIRST_F, 9},
	{"cathedral", NE_LX_PLACE, 9},
	{"catherine", NE_LX_FIRST_F, 9},
	{"catholic", NE_LX_NAT, 8},
	{"caucus", NE_LX_ORG | NE_LX_NONNAME | NE_LX_NOMINAL, 6},
	{"cautioned", NE_LX_CUE, 9},
	{"cautioning", NE_LX_CUE, 10},
	{"cautions", NE_LX_CUE, 8},
	{"cbs", NE_LX_KNOWN_ORG, 3},
	{"cbs-news", NE_LX_KNOWN_ORG, 8},
	{"cd", NE_LX_NONNAME, 2},
	{"cds", NE_LX_NONNAME, 3},
	{"cdt", NE_LX_NONNAME, 3},
	{"cecil", NE_LX_FIRST_M, 5},
	{"cecile", NE_LX_FIRST_F, 6},
	{"cecilia", NE_LX_FIRST_F, 7},
	{"cedric", NE_LX_FIRST_M, 6},
	{"celine", NE_LX_FIRST_F, 6},
	{"center", NE_LX_ORG, 6},
	{"centers", NE_LX_ORG, 7},
	{"central", NE_LX_TITLE_MOD, 7},
	{"centre", NE_LX_ORG, 6},
	{"centres", NE_LX_ORG, 7},
	{"ceo", NE_LX_TITLE, 3},
	{"cet", NE_LX_NONNAME, 3},
	{"cfo", NE_LX_TITLE, 3},
	{"chain", NE_LX_ORG_NOUN, 5},
	{"chair", NE_LX_TITLE | NE_LX_NOMINAL, 5},
	{"chairman", NE_LX_CORP_NOUN | NE_LX_TITLE | NE_LX_HON_M | NE_LX_NOMINAL, 8},
	{"chairperson", NE_LX_TITLE, 11},
	{"chairwoman", NE_LX_TITLE | NE_LX_HON_F, 10},
	{"challenged", NE_LX_CUE, 10},
	{"challenging", NE_LX_CUE, 11},
	{"champion", NE_LX_PERSON_NOUN, 8},
	{"championship", NE_LX_ORG, 12},
	{"championships", NE_LX_ORG, 13},
	{"chancellor", NE_LX_TITLE, 10},
	{"channel", NE_LX_ORG, 7},
	{"chant", NE_LX_CUE, 5},
	{"chanted", NE_LX_CUE, 7},
	{"chanting", NE_LX_CUE, 8},
	{"chants", NE_LX_CUE, 6},
	{"characterise", NE_LX_CUE, 12},
	{"characterised", NE_LX_CUE, 13},
	{"characterises", NE_LX_CUE, 13},
	{"characterising", NE_LX_CUE, 14},
	{"characterize", NE_LX_CUE, 12},
	{"characterized", NE_LX_CUE, 13},
	{"characterizes", NE_LX_CUE, 13},
	{"characterizing", NE_LX_CUE, 14},
	{"charged", NE_LX_CUE, 7},
	{"charging", NE_LX_CUE, 8},
	{"charity", NE_LX_ORG_NOUN, 7},
	{"charles", NE_LX_FIRST_M, 7},
	{"charlie", NE_LX_FIRST_M, 7},
	{"charlotte", NE_LX_FIRST_F, 9},
	{"chatted", NE_LX_CUE, 7},
	{"cheer", NE_LX_CUE, 5},
	{"cheered", NE_LX_CUE, 7},
	{"cheering", NE_LX_CUE, 8},
	{"cheers", NE_LX_CUE, 6},
	{"chef", NE_LX_PERSON_NOUN, 4},
	{"chelsea", NE_LX_FIRST_F, 7},
	{"chemical", NE_LX_ORG, 8},
	{"chemicals", NE_LX_ORG, 9},
	{"cherie", NE_LX_FIRST_F, 6},
	{"cheryl", NE_LX_FIRST_F, 6},
	{"chester", NE_LX_FIRST_M, 7},
	{"chiara", NE_LX_FIRST_F, 6},
	{"chicago", NE_LX_PLACE, 7},
	{"chide", NE_LX_CUE, 5},
	{"chided", NE_LX_CUE, 6},
	{"chides", NE_LX_CUE, 6},
	{"chiding", NE_LX_CUE, 7},
	{"chief", NE_LX_TITLE | NE_LX_TITLE_MOD, 5},
	{"chile", NE_LX_PLACE, 5},
	{"chilean", NE_LX_NAT, 7},
	{"china", NE_LX_PLACE, 5},
	{"chinese", NE_LX_NAT, 7},
	{"chipmaker", NE_LX_ORG_NOUN, 9},
	{"chloe", NE_LX_FIRST_F, 5},
	{"chris", NE_LX_FIRST_M, 5},
	{"christa", NE_LX_FIRST_F, 7},
	{"christian", NE_LX_NAT | NE_LX_FIRST_M, 9},
	{"christina", NE_LX_FIRST_F, 9},
	{"christine", NE_LX_FIRST_F, 9},
	{"christmas", NE_LX_NONNAME, 9},
	{"christophe", NE_LX_FIRST_M, 10},
	{"christopher", NE_LX_FIRST_M, 11},
	{"chronicle", NE_LX_ORG, 9},
	{"chuck", NE_LX_FIRST_M, 5},
	{"chuckle", NE_LX_CUE, 7},
	{"chuckled", NE_LX_CUE, 8},
	{"chuckles", NE_LX_CUE, 8},
	{"chuckling", NE_LX_CUE, 9},
	{"church", NE_LX_ORG, 6},
	{"cia", NE_LX_KNOWN_ORG, 3},
	{"cie", NE_LX_ORG | NE_LX_ABBREV, 3},
	{"circuit", NE_LX_TITLE_MOD, 7},
	{"circular", NE_LX_NOMINAL | NE_LX_STATEMENT, 8},
	{"cited", NE_LX_CUE, 5},
	{"cites", NE_LX_CUE, 5},
	{"citing", NE_LX_CUE, 6},
	{"city", NE_LX_TITLE_MOD | NE_LX_PLACE, 4},
	{"civil", NE_LX_TITLE_MOD, 5},
	{"claimed", NE_LX_CUE, 7},
	{"claiming", NE_LX_CUE, 8},
	{"claims", NE_LX_CUE, 6},
	{"claire", NE_LX_FIRST_F, 6},
	{"clara", NE_LX_FIRST_F, 5},
	{"clarence", NE_LX_FIRST_M, 8},
	{"clarified", NE_LX_CUE, 9},
	{"clarifies", NE_LX_CUE, 9},
	{"clarify", NE_LX_CUE, 7},
	{"clarifying", NE_LX_CUE, 10},
	{"clarissa", NE_LX_FIRST_F, 8},
	{"class", NE_LX_NONNAME, 5},
	{"claude", NE_LX_FIRST_M, 6},
	{"claudia", NE_LX_FIRST_F, 7},
	{"claudio", NE_LX_FIRST_M, 7},
	{"cleveland", NE_LX_PLACE, 9},
	{"click", NE_LX_NONNAME, 5},
	{"clifford", NE_LX_FIRST_M, 8},
	{"clint", NE_LX_FIRST_M, 5},
	{"clive", NE_LX_FIRST_M, 5},
	{"cllr", NE_LX_TITLE, 4},
	{"club", NE_LX_ORG | NE_LX_ORG_NOUN, 4},
	{"cmdr", NE_LX_TITLE | NE_LX_ABBREV | NE_LX_ABBREV_TITLE, 4},
	{"cnbc", NE_LX_KNOWN_ORG, 4},
	{"cnn", NE_LX_KNOWN_ORG, 3},
	{"co", NE_LX_ORG | NE_LX_ABBREV, 2},
	{"co-founder", NE_LX_TITLE, 10},
	{"coach", NE_LX_TITLE | NE_LX_PERSON_NOUN, 5},
	{"coalition", NE_LX_ORG | NE_LX_NOMINAL, 9},
	{"cofounder", NE_LX_TITLE, 9},
	{"col", NE_LX_TITLE | NE_LX_ABBREV | NE_LX_ABBREV_TITLE, 3},
	{"cole", NE_LX_FIRST_M, 4},
	{"colin", NE_LX_FIRST_M, 5},
	{"colleague", NE_LX_NOMINAL, 9},
	{"colleagues", NE_LX_NOMINAL, 10},
	{"colleen", NE_LX_FIRST_F, 7},
	{"college", NE_LX_ORG, 7},
	{"colombia", NE_LX_PLACE, 8},
	{"colombian", NE_LX_NAT, 9},
	{"colonel", NE_LX_TITLE, 7},
	{"colorado", NE_LX_PLACE, 8},
	{"column", NE_LX_NOMINAL, 6},
	{"columnist", NE_LX_TITLE, 9},
	{"comedian", NE_LX_TITLE | NE_LX_PERSON_NOUN, 8},
	{"commander", NE_LX_TITLE, 9},
	{"commentator", NE_LX_TITLE, 11},
	{"commentators", NE_LX_NOMINAL, 12},
	{"commented", NE_LX_CUE, 9},
	{"commenting", NE_LX_CUE, 10},
	{"comments", NE_LX_STATEMENT, 8},
	{"commerce", NE_LX_TITLE_MOD, 8},
	{"commission", NE_LX_ORG | NE_LX_NOMINAL, 10},
	{"commissioner", NE_LX_TITLE, 12},
	{"committee", NE_LX_ORG | NE_LX_NOMINAL, 9},
	{"communications", NE_LX_TITLE_MOD | NE_LX_ORG, 14},
	{"community", NE_LX_ORG, 9},
	{"companies", NE_LX_NOMINAL, 9},
	{"company", NE_LX_ORG | NE_LX_NOMINAL | NE_LX_ORG_NOUN, 7},
	{"complain", NE_LX_CUE, 8},
	{"complained", NE_LX_CUE, 10},
	{"complaining", NE_LX_CUE, 11},
	{"complains", NE_LX_CUE, 9},
	{"complaint", NE_LX_NOMINAL, 9},
	{"comptroller", NE_LX_TITLE | NE_LX_NOMINAL, 11},
	{"computer", NE_LX_ORG, 8},
	{"computers", NE_LX_ORG, 9},
	{"concede", NE_LX_CUE, 7},
	{"conceded", NE_LX_CUE, 8},
	{"concedes", NE_LX_CUE, 8},
	{"conceding", NE_LX_CUE, 9},
	{"concern", NE_LX_ORG, 7},
	{"conclude", NE_LX_CUE, 8},
	{"concluded", NE_LX_CUE, 9},
	{"concludes", NE_LX_CUE, 9},
	{"concluding", NE_LX_CUE, 10},
	{"concur", NE_LX_CUE, 6},
	{"concured", NE_LX_CUE, 8},
	{"concuring", NE_LX_CUE, 9},
	{"concurs", NE_LX_CUE, 7},
	{"condemn", NE_LX_CUE, 7},
	{"condemned", NE_LX_CUE, 9},
	{"condemning", NE_LX_CUE, 10},
	{"condemns", NE_LX_CUE, 8},
	{"condi", NE_LX_FIRST_F, 5},
	{"condoleezza", NE_LX_FIRST_F, 11},
	{"conference", NE_LX_ORG, 10},
	{"confess", NE_LX_CUE, 7},
	{"confessed", NE_LX_CUE, 9},
	{"confesses", NE_LX_CUE, 9},
	{"confessing", NE_LX_CUE, 10},
	{"confide", NE_LX_CUE, 7},
	{"confided", NE_LX_CUE, 8},
	{"confides", NE_LX_CUE, 8},
	{"confiding", NE_LX_CUE, 9},
	{"confirm", NE_LX_CUE, 7},
	{"confirmed", NE_LX_CUE, 9},
	{"confirming", NE_LX_CUE, 10},
	{"confirms", NE_LX_CUE, 8},
	{"conglomerate", NE_LX_ORG_NOUN, 12},
	{"congo", NE_LX_PLACE, 5},
	{"congress", NE_LX_ORG | NE_LX_KNOWN_ORG, 8},
	{"congressman", NE_LX_TITLE | NE_LX_HON_M, 11},
	{"congresswoman", NE_LX_TITLE | NE_LX_HON_F, 13},
	{"connecticut", NE_LX_PLACE, 11},
	{"connie", NE_LX_FIRST_F, 6},
	{"connor", NE_LX_FIRST_M, 6},
	{"conservative", NE_LX_NAT | NE_LX_PERSON_NOUN, 12},
	{"constable", NE_LX_TITLE, 9},
	{"constance", NE_LX_FIRST_F, 9},
	{"consultant", NE_LX_NOMINAL, 10},
	{"consultants", NE_LX_NOMINAL, 11},
	{"consulting", NE_LX_ORG, 10},
	{"consumers", NE_LX_NOMINAL, 9},
	{"contend", NE_LX_CUE, 7},
	{"contended", NE_LX_CUE, 9},
	{"contending", NE_LX_CUE, 10},
	{"contends", NE_LX_CUE, 8},
	{"content", NE_LX_NONNAME, 7},
	{"continue", NE_LX_CUE | NE_LX_NONNAME, 8},
	{"continued", NE_LX_CUE, 9},
	{"continues", NE_LX_CUE, 9},
	{"continuing", NE_LX_CUE, 10},
	{"contradict", NE_LX_CUE, 10},
	{"contradicted", NE_LX_CUE, 12},
	{"contradicting", NE_LX_CUE, 13},
	{"contradicts", NE_LX_CUE, 11},
	{"convention", NE_LX_NONNAME, 10},
	{"coo", NE_LX_CUE | NE_LX_TITLE, 3},
	{"cooed", NE_LX_CUE, 5},
	{"cooing", NE_LX_CUE, 6},
	{"cooperation", NE_LX_PLACE, 11},
	{"coos", NE_LX_CUE, 4},
	{"copenhagen", NE_LX_PLACE, 10},
	{"cora", NE_LX_FIRST_F, 4},
	{"corey", NE_LX_FIRST_M, 5},
	{"corp", NE_LX_ORG | NE_LX_ABBREV, 4},
	{"corporation", NE_LX_ORG, 11},
	{"corps", NE_LX_ORG, 5},
	{"corrected", NE_LX_CUE, 9},
	{"correcting", NE_LX_CUE, 10},
	{"correspondent", NE_LX_TITLE, 13},
	{"cory", NE_LX_FIRST_M, 4},
	{"cos", NE_LX_ORG | NE_LX_ABBREV, 3},
	{"could", NE_LX_NONNAME | NE_LX_SKIPADV, 5},
	{"couldn't", NE_LX_NONNAME | NE_LX_SKIPADV, 8},
	{"couldn’t", NE_LX_NONNAME | NE_LX_SKIPADV, 10},
	{"council", NE_LX_ORG | NE_LX_NOMINAL, 7},
	{"councilman", NE_LX_TITLE | NE_LX_HON_M, 10},
	{"councilmember", NE_LX_TITLE, 13},
	{"councilwoman", NE_LX_TITLE | NE_LX_HON_F, 12},
	{"counsel", NE_LX_TITLE, 7},
	{"counseled", NE_LX_CUE, 9},
	{"counseling", NE_LX_CUE, 10},
	{"countered", NE_LX_CUE, 9},
	{"countering", NE_LX_CUE, 10},
	{"county", NE_LX_TITLE_MOD | NE_LX_PLACE, 6},
	{"court", NE_LX_ORG | NE_LX_NOMINAL, 5},
	{"courtney", NE_LX_FIRST_F, 8},
	{"cpi", NE_LX_NONNAME, 3},
	{"cpl", NE_LX_ABBREV | NE_LX_ABBREV_TITLE, 3},
	{"craig", NE_LX_FIRST_M, 5},
	{"credit", NE_LX_NONNAME, 6},
	{"creditors", NE_LX_NOMINAL, 9},
	{"cricketer", NE_LX_PERSON_NOUN, 9},
	{"cried", NE_LX_CUE, 5},
	{"cries", NE_LX_CUE, 5},
	{"crimea", NE_LX_PLACE, 6},
	{"critic", NE_LX_NOMINAL, 6},
	{"criticise", NE_LX_CUE, 9},
	{"criticised", NE_LX_CUE, 10},
	{"criticises", NE_LX_CUE, 10},
	{"criticising", NE_LX_CUE, 11},
	{"criticize", NE_LX_CUE, 9},
	{"criticized", NE_LX_CUE, 10},
	{"criticizes", NE_LX_CUE, 10},
	{"criticizing", NE_LX_CUE, 11},
	{"critics", NE_LX_NOMINAL, 7},
	{"croatia", NE_LX_PLACE, 7},
	{"croatian", NE_LX_NAT, 8},
	{"crowd", NE_LX_NOMINAL, 5},
	{"crowed", NE_LX_CUE, 6},
	{"crowing", NE_LX_CUE, 7},
	{"crying", NE_LX_CUE, 6},
	{"cst", NE_LX_NONNAME, 3},
	{"cts", NE_LX_NONNAME, 3},
	{"cuba", NE_LX_PLACE, 4},
	{"cuban", NE_LX_NAT, 5},
	{"cup", NE_LX_ORG, 3},
	{"curt", NE_LX_FIRST_M, 4},
	{"curtis", NE_LX_FIRST_M, 6},
	{"curtly", NE_LX_SKIPADV, 6},
	{"customers", NE_LX_NOMINAL, 9},
	{"cyclist", NE_LX_PERSON_NOUN, 7},
	{"cynthia", NE_LX_FIRST_F, 7},
	{"cyprus", NE_LX_PLACE, 6},
	{"cyril", NE_LX_FIRST_M, 5},
	{"czech", NE_LX_NAT, 5},
	{"d.c", NE_LX_PLACE, 3},
	{"da", NE_LX_PARTICLE, 2},
	{"dafydd", NE_LX_FIRST_M, 6},
	{"daily", NE_LX_ORG, 5},
	{"daisy", NE_LX_FIRST_F, 5},
	{"dakota", NE_LX_PLACE, 6},
	{"dale", NE_LX_FIRST_M, 4},
	{"dallas", NE_LX_PLACE, 6},
	{"dam", NE_LX_PLACE, 3},
	{"damascus", NE_LX_PLACE, 8},
	{"dame", NE_LX_TITLE | NE_LX_HON_F | NE_LX_HONORIFIC, 4},
	{"damian", NE_LX_FIRST_M, 6},
	{"dan", NE_LX_FIRST_M, 3},
	{"dana", NE_LX_FIRST_F, 4},
	{"dane", NE_LX_NAT, 4},
	{"daniel", NE_LX_FIRST_M, 6},
	{"daniela", NE_LX_FIRST_F, 7},
	{"danielle", NE_LX_FIRST_F, 8},
	{"danish", NE_LX_NAT, 6},
	{"danny", NE_LX_FIRST_M, 5},
	{"daphne", NE_LX_FIRST_F, 6},
	{"darren", NE_LX_FIRST_M, 6},
	{"darryl", NE_LX_FIRST_M, 6},
	{"das", NE_LX_PARTICLE, 3},
	{"daughter", NE_LX_NOMINAL, 8},
	{"dave", NE_LX_FIRST_M, 4},
	{"david", NE_LX_FIRST_M, 5},
	{"davide", NE_LX_FIRST_M, 6},
	{"dc", NE_LX_PLACE, 2},
	{"de", NE_LX_PARTICLE, 2},
	{"deadpan", NE_LX_CUE, 7},
	{"deadpaned", NE_LX_CUE, 9},
	{"deadpaning", NE_LX_CUE, 10},
	{"deadpans", NE_LX_CUE, 8},
	{"dealer", NE_LX_NOMINAL, 6},
	{"dealers", NE_LX_NOMINAL, 7},
	{"dean", NE_LX_TITLE | NE_LX_FIRST_M, 4},
	{"debate", NE_LX_NONNAME, 6},
	{"debbie", NE_LX_FIRST_F, 6},
	{"deborah", NE_LX_FIRST_F, 7},
	{"debra", NE_LX_FIRST_F, 5},
	{"dec", NE_LX_MONTH | NE_LX_ABBREV, 3},
	{"december", NE_LX_MONTH, 8},
	{"declan", NE_LX_FIRST_M, 6},
	{"declare", NE_LX_CUE, 7},
	{"declared", NE_LX_CUE, 8},
	{"declares", NE_LX_CUE, 8},
	{"declaring", NE_LX_CUE, 9},
	{"decried", NE_LX_CUE, 7},
	{"decries", NE_LX_CUE, 7},
	{"decry", NE_LX_CUE, 5},
	{"decrying", NE_LX_CUE, 8},
	{"deepak", NE_LX_FIRST_M, 6},
	{"defender", NE_LX_PERSON_NOUN, 8},
	{"defense", NE_LX_TITLE_MOD, 7},
	{"del", NE_LX_PARTICLE, 3},
	{"delaware", NE_LX_PLACE, 8},
	{"delegate", NE_LX_TITLE, 8},
	{"delegates", NE_LX_NOMINAL, 9},
	{"delegation", NE_LX_NOMINAL, 10},
	{"delhi", NE_LX_PLACE, 5},
	{"delia", NE_LX_FIRST_F, 5},
	{"della", NE_LX_PARTICLE, 5},
	{"dem", NE_LX_NAT | NE_LX_PERSON_NOUN, 3},
	{"demand", NE_LX_CUE, 6},
	{"demanded", NE_LX_CUE, 8},
	{"demanding", NE_LX_CUE, 9},
	{"democrat", NE_LX_NAT | NE_LX_PERSON_NOUN, 8},
	{"democratic", NE_LX_TITLE_MOD | NE_LX_NAT, 10},
	{"democrats", NE_LX_NAT, 9},
	{"demonstrators", NE_LX_NOMINAL, 13},
	{"dems", NE_LX_NAT, 4},
	{"den", NE_LX_PARTICLE, 3},
	{"dena", NE_LX_FIRST_F, 4},
	{"denied", NE_LX_CUE, 6},
	{"denies", NE_LX_CUE, 6},
	{"denis", NE_LX_FIRST_M, 5},
	{"denise", NE_LX_FIRST_F, 6},
	{"denmark", NE_LX_PLACE, 7},
	{"dennis", NE_LX_FIRST_M, 6},
	{"denounce", NE_LX_CUE, 8},
	{"denounced", NE_LX_CUE, 9},
	{"denounces", NE_LX_CUE, 9},
	{"denouncing", NE_LX_CUE, 10},
	{"denver", NE_LX_PLACE, 6},
	{"deny", NE_LX_CUE, 4},
	{"denying", NE_LX_CUE, 7},
	{"denys", NE_LX_FIRST_M, 5},
	{"department", NE_LX_ORG | NE_LX_NOMINAL, 10},
	{"deplore", NE_LX_CUE, 7},
	{"deplored", NE_LX_CUE, 8},
	{"deplores", NE_LX_CUE, 8},
	{"deploring", NE_LX_CUE, 9},
	{"dept", NE_LX_ABBREV, 4},
	{"deputy", NE_LX_TITLE | NE_LX_TITLE_MOD, 6},
	{"der", NE_LX_PARTICLE, 3},
	{"derek", NE_LX_FIRST_M, 5},
	{"dermot", NE_LX_FIRST_M, 6},
	{"describe", NE_LX_CUE, 8},
	{"described", NE_LX_CUE, 9},
	{"describes", NE_LX_CUE, 9},
	{"describing", NE_LX_CUE, 10},
	{"designer", NE_LX_PERSON_NOUN, 8},
	{"desmond", NE_LX_FIRST_M, 7},
	{"despite", NE_LX_NONNAME, 7},
	{"det", NE_LX_TITLE | NE_LX_ABBREV | NE_LX_ABBREV_TITLE, 3},
	{"detailed", NE_LX_CUE, 8},
	{"detailing", NE_LX_CUE, 9},
	{"detective", NE_LX_TITLE, 9},
	{"detectives", NE_LX_NOMINAL, 10},
	{"detroit", NE_LX_PLACE, 7},
	{"developer", NE_LX_ORG_NOUN, 9},
	{"devin", NE_LX_FIRST_M, 5},
	{"dhs", NE_LX_KNOWN_ORG, 3},
	{"di", NE_LX_PARTICLE, 2},
	{"diana", NE_LX_FIRST_F, 5},
	{"diane", NE_LX_FIRST_F, 5},
	{"dianne", NE_LX_FIRST_F, 6},
	{"dick", NE_LX_FIRST_M, 4},
	{"did", NE_LX_NONNAME | NE_LX_SKIPADV, 3},
	{"didier", NE_LX_FIRST_M, 6},
	{"didn't", NE_LX_NONNAME | NE_LX_SKIPADV, 6},
	{"didn’t", NE_LX_NONNAME | NE_LX_SKIPADV, 8},
	{"diego", NE_LX_FIRST_M, 5},
	{"dieter", NE_LX_FIRST_M, 6},
	{"digital", NE_LX_TITLE_MOD, 7},
	{"diplomat", NE_LX_NOMINAL, 8},
	{"diplomats", NE_LX_NOMINAL, 9},
	{"director", NE_LX_TITLE | NE_LX_NOMINAL, 8},
	{"directors", NE_LX_CORP_NOUN, 9},
	{"disagree", NE_LX_CUE, 8},
	{"disagreed", NE_LX_CUE, 9},
	{"disagrees", NE_LX_CUE, 9},
	{"disagreing", NE_LX_CUE, 10},
	{"disclose", NE_LX_CUE, 8},
	{"disclosed", NE_LX_CUE, 9},
	{"discloses", NE_LX_CUE, 9},
	{"disclosing", NE_LX_CUE, 10},
	{"disputed", NE_LX_CUE, 8},
	{"disputing", NE_LX_CUE, 9},
	{"district", NE_LX_TITLE_MOD, 8},
	{"dividend", NE_LX_CORP_NOUN, 8},
	{"division", NE_LX_ORG, 8},
	{"divisions", NE_LX_ORG, 9},
	{"divulge", NE_LX_CUE, 7},
	{"divulged", NE_LX_CUE, 8},
	{"divulges", NE_LX_CUE, 8},
	{"divulging", NE_LX_CUE, 9},
	{"dj", NE_LX_TITLE | NE_LX_NOMINAL, 2},
	{"dlr", NE_LX_NONNAME, 3},
	{"dlrs", NE_LX_NONNAME, 4},
	{"dmitri", NE_LX_FIRST_M, 6},
	{"dmitry", NE_LX_FIRST_M, 6},
	{"dnc", NE_LX_KNOWN_ORG, 3},
	{"do", NE_LX_NONNAME | NE_LX_SKIPADV, 2},
	{"doctor", NE_LX_TITLE | NE_LX_PERSON_NOUN, 6},
	{"doctors", NE_LX_NOMINAL, 7},
	{"document", NE_LX_NOMINAL, 8},
	{"documents", NE_LX_NOMINAL, 9},
	{"does", NE_LX_NONNAME | NE_LX_SKIPADV, 4},
	{"doesn't", NE_LX_NONNAME | NE_LX_SKIPADV, 7},
	{"doesn’t", NE_LX_NONNAME | NE_LX_SKIPADV, 9},
	{"doha", NE_LX_PLACE, 4},
	{"doj", NE_LX_KNOWN_ORG, 3},
	{"dollar", NE_LX_NONNAME, 6},
	{"dollars", NE_LX_NONNAME, 7},
	{"dolores", NE_LX_FIRST_F, 7},
	{"domingo", NE_LX_FIRST_M, 7},
	{"dominic", NE_LX_FIRST_M, 7},
	{"dominique", NE_LX_FIRST_M, 9},
	{"don", NE_LX_FIRST_M, 3},
	{"don't", NE_LX_NONNAME | NE_LX_SKIPADV, 5},
	{"donald", NE_LX_FIRST_M, 6},
	{"donna", NE_LX_FIRST_F, 5},
	{"donors", NE_LX_NOMINAL, 6},
	{"donovan", NE_LX_FIRST_M, 7},
	{"don’t", NE_LX_NONNAME | NE_LX_SKIPADV, 7},
	{"doris", NE_LX_FIRST_F, 5},
	{"dorothy", NE_LX_FIRST_F, 7},
	{"dos", NE_LX_PARTICLE, 3},
	{"doug", NE_LX_FIRST_M, 4},
	{"douglas", NE_LX_FIRST_M, 7},
	{"dr", NE_LX_TITLE | NE_LX_HONORIFIC | NE_LX_ABBREV | NE_LX_ABBREV_TITLE, 2},
	{"drawl", NE_LX_CUE, 5},
	{"drawled", NE_LX_CUE, 7},
	{"drawling", NE_LX_CUE, 8},
	{"drawls", NE_LX_CUE, 6},
	{"driver", NE_LX_PERSON_NOUN, 6},
	{"drugmaker", NE_LX_ORG_NOUN, 9},
	{"drummer", NE_LX_PERSON_NOUN, 7},
	{"du", NE_LX_PARTICLE, 2},
	{"dub", NE_LX_CUE, 3},
	{"dubai", NE_LX_PLACE, 5},
	{"dubed", NE_LX_CUE, 5},
	{"dubing", NE_LX_CUE, 6},
	{"dublin", NE_LX_PLACE, 6},
	{"dubs", NE_LX_CUE, 4},
	{"duncan", NE_LX_FIRST_M, 6},
	{"during", NE_LX_NONNAME, 6},
	{"dustin", NE_LX_FIRST_M, 6},
	{"dutch", NE_LX_NAT, 5},
	{"dutchman", NE_LX_NAT | NE_LX_PERSON_NOUN, 8},
	{"dutchwoman", NE_LX_NAT | NE_LX_PERSON_NOUN, 10},
	{"dvd", NE_LX_NONNAME, 3},
	{"dvds", NE_LX_NONNAME, 4},
	{"dwight", NE_LX_FIRST_M, 6},
	{"dylan", NE_LX_FIRST_M, 5},
	{"e.u", NE_LX_PLACE, 3},
	{"each", NE_LX_NONNAME, 4},
	{"eamon", NE_LX_FIRST_M, 5},
	{"earlier", NE_LX_NONNAME, 7},
	{"earnings", NE_LX_CORP_NOUN, 8},
	{"east", NE_LX_TITLE_MOD | NE_LX_PLACE, 4},
	{"easter", NE_LX_NONNAME, 6},
	{"eastern", NE_LX_NAT, 7},
	{"easton", NE_LX_FIRST_M, 6},
	{"ebay", NE_LX_KNOWN_ORG, 4},
	{"echoed", NE_LX_CUE, 6},
	{"echoing", NE_LX_CUE, 7},
	{"economic", NE_LX_TITLE_MOD, 8},
	{"economist", NE_LX_TITLE | NE_LX_PERSON_NOUN, 9},
	{"economists", NE_LX_NOMINAL, 10},
	{"ecuador", NE_LX_PLACE, 7},
	{"ecuadorian", NE_LX_NAT, 10},
	{"eddie", NE_LX_FIRST_M, 5},
	{"edgar", NE_LX_FIRST_M, 5},
	{"edith", NE_LX_FIRST_F, 5},
	{"editor", NE_LX_TITLE, 6},
	{"editor's", NE_LX_NONNAME, 8},
	{"editorial", NE_LX_NOMINAL, 9},
	{"editor’s", NE_LX_NONNAME, 10},
	{"edmund", NE_LX_FIRST_M, 6},
	{"edna", NE_LX_FIRST_F, 4},
	{"edouard", NE_LX_FIRST_M, 7},
	{"edt", NE_LX_NONNAME, 3},
	{"eduardo", NE_LX_FIRST_M, 7},
	{"education", NE_LX_TITLE_MOD, 9},
	{"edward", NE_LX_FIRST_M, 6},
	{"edwin", NE_LX_FIRST_M, 5},
	{"egypt", NE_LX_PLACE, 5},
	{"egyptian", NE_LX_NAT, 8},
	{"ehud", NE_LX_FIRST_M, 4},
	{"eight", NE_LX_NONNAME, 5},
	{"eileen", NE_LX_FIRST_F, 6},
	{"eishiro", NE_LX_FIRST_M, 7},
	{"either", NE_LX_NONNAME, 6},
	{"ekaterina", NE_LX_FIRST_F, 9},
	{"el", NE_LX_PARTICLE, 2},
	{"elaborate", NE_LX_CUE, 9},
	{"elaborated", NE_LX_CUE, 10},
	{"elaborates", NE_LX_CUE, 10},
	{"elaborating", NE_LX_CUE, 11},
	{"elaine", NE_LX_FIRST_F, 6},
	{"eleanor", NE_LX_FIRST_F, 7},
	{"elect", NE_LX_TITLE_MOD, 5},
	{"election", NE_LX_NONNAME, 8},
	{"electric", NE_LX_ORG, 8},
	{"electronics", NE_LX_ORG, 11},
	{"elena", NE_LX_FIRST_F, 5},
	{"elfyn", NE_LX_FIRST_M, 5},
	{"eli", NE_LX_FIRST_M, 3},
	{"eliana", NE_LX_FIRST_F, 6},
	{"elias", NE_LX_FIRST_M, 5},
	{"elijah", NE_LX_FIRST_M, 6},
	{"elise", NE_LX_FIRST_F, 5},
	{"eliza", NE_LX_FIRST_F, 5},
	{"elizabeth", NE_LX_FIRST_F, 9},
	{"ella", NE_LX_FIRST_F, 4},
	{"ellen", NE_LX_FIRST_F, 5},
	{"ellie", NE_LX_FIRST_F, 5},
	{"elliot", NE_LX_FIRST_M, 6},
	{"elliott", NE_LX_FIRST_M, 7},
	{"eloise", NE_LX_FIRST_F, 6},
	{"elsa", NE_LX_FIRST_F, 4},
	{"email", NE_LX_NOMINAL | NE_LX_STATEMENT, 5},
	{"emailed", NE_LX_CUE, 7},
	{"emailing", NE_LX_CUE, 8},
	{"embassy", NE_LX_ORG, 7},
	{"emil", NE_LX_FIRST_M, 4},
	{"emilia", NE_LX_FIRST_F, 6},
	{"emilie", NE_LX_FIRST_F, 6},
	{"emilio", NE_LX_FIRST_M, 6},
	{"emily", NE_LX_FIRST_F, 5},
	{"emirates", NE_LX_PLACE, 8},
	{"emirati", NE_LX_NAT, 7},
	{"emma", NE_LX_FIRST_F, 4},
	{"emmanuel", NE_LX_FIRST_M, 8},
	{"emmett", NE_LX_FIRST_M, 6},
	{"emphasise", NE_LX_CUE, 9},
	{"emphasised", NE_LX_CUE, 10},
	{"emphasises", NE_LX_CUE, 10},
	{"emphasising", NE_LX_CUE, 11},
	{"emphasize", NE_LX_CUE, 9},
	{"emphasized", NE_LX_CUE, 10},
	{"emphasizes", NE_LX_CUE, 10},
	{"emphasizing", NE_LX_CUE, 11},
	{"emphatically", NE_LX_SKIPADV, 12},
	{"employee", NE_LX_NOMINAL, 8},
	{"employees", NE_LX_NOMINAL, 9},
	{"enda", NE_LX_FIRST_M, 4},
	{"energy", NE_LX_TITLE_MOD | NE_LX_ORG, 6},
	{"engineer", NE_LX_NOMINAL, 8},
	{"engineers", NE_LX_NOMINAL, 9},
	{"england", NE_LX_PLACE, 7},
	{"english", NE_LX_NAT, 7},
	{"englishman", NE_LX_NAT | NE_LX_PERSON_NOUN, 10},
	{"englishwoman", NE_LX_NAT | NE_LX_PERSON_NOUN, 12},
	{"enquire", NE_LX_CUE, 7},
	{"enquired", NE_LX_CUE, 8},
	{"enquires", NE_LX_CUE, 8},
	{"enquiring", NE_LX_CUE, 9},
	{"enrico", NE_LX_FIRST_M, 6},
	{"enrique", NE_LX_FIRST_M, 7},
	{"enterprises", NE_LX_ORG, 11},
	{"entertainment", NE_LX_ORG, 13},
	{"enthuse", NE_LX_CUE, 7},
	{"enthused", NE_LX_CUE, 8},
	{"enthuses", NE_LX_CUE, 8},
	{"enthusing", NE_LX_CUE, 9},
	{"entrepreneur", NE_LX_PERSON_NOUN, 12},
	{"environmental", NE_LX_TITLE_MOD, 13},
	{"envoy", NE_LX_TITLE, 5},
	{"epa", NE_LX_KNOWN_ORG, 3},
	{"eric", NE_LX_FIRST_M, 4},
	{"erica", NE_LX_FIRST_F, 5},
	{"erik", NE_LX_FIRST_M, 4},
	{"erin", NE_LX_FIRST_F, 4},
	{"ernest", NE_LX_FIRST_M, 6},
	{"ernesto", NE_LX_FIRST_M, 7},
	{"espn", NE_LX_KNOWN_ORG, 4},
	{"esq", NE_LX_SUFFIX, 3},
	{"est", NE_LX_ABBREV | NE_LX_NONNAME, 3},
	{"esteban", NE_LX_FIRST_M, 7},
	{"estelle", NE_LX_FIRST_F, 7},
	{"esther", NE_LX_FIRST_F, 6},
	{"estimated", NE_LX_CUE, 9},
	{"estimating", NE_LX_CUE, 10},
	{"estonia", NE_LX_PLACE, 7},
	{"estonian", NE_LX_NAT, 8},
	{"etc", NE_LX_ABBREV, 3},
	{"ethan", NE_LX_FIRST_M, 5},
	{"ethiopia", NE_LX_PLACE, 8},
	{"ethiopian", NE_LX_NAT, 9},
	{"eu", NE_LX_PLACE, 2},
	{"eugene", NE_LX_FIRST_M, 6},
	{"eugenia", NE_LX_FIRST_F, 7},
	{"eunice", NE_LX_FIRST_F, 6},
	{"europe", NE_LX_PLACE, 6},
	{"european", NE_LX_NAT, 8},
	{"eva", NE_LX_FIRST_F, 3},
	{"evan", NE_LX_FIRST_M, 4},
	{"evangelical", NE_LX_NAT, 11},
	{"evelyn", NE_LX_FIRST_F, 6},
	{"even", NE_LX_NONNAME | NE_LX_SKIPADV, 4},
	{"everly", NE_LX_FIRST_F, 6},
	{"every", NE_LX_NONNAME, 5},
	{"everybody", NE_LX_NONNAME, 9},
	{"everyone", NE_LX_NONNAME, 8},
	{"evgeny", NE_LX_FIRST_M, 6},
	{"examiner", NE_LX_ORG, 8},
	{"except", NE_LX_NONNAME, 6},
	{"exchange", NE_LX_ORG, 8},
	{"exclaim", NE_LX_CUE, 7},
	{"exclaimed", NE_LX_CUE, 9},
	{"exclaiming", NE_LX_CUE, 10},
	{"exclaims", NE_LX_CUE, 8},
	{"executive", NE_LX_TITLE | NE_LX_TITLE_MOD | NE_LX_NOMINAL, 9},
	{"executives", NE_LX_CORP_NOUN, 10},
	{"exhort", NE_LX_CUE, 6},
	{"exhorted", NE_LX_CUE, 8},
	{"exhorting", NE_LX_CUE, 9},
	{"exhorts", NE_LX_CUE, 7},
	{"expert", NE_LX_NOMINAL, 6},
	{"experts", NE_LX_NOMINAL, 7},
	{"explain", NE_LX_CUE, 7},
	{"explained", NE_LX_CUE, 9},
	{"explaining", NE_LX_CUE, 10},
	{"explains", NE_LX_CUE, 8},
	{"exporter", NE_LX_ORG_NOUN, 8},
	{"exporters", NE_LX_NOMINAL, 9},
	{"express", NE_LX_ORG, 7},
	{"exult", NE_LX_CUE, 5},
	{"exulted", NE_LX_CUE, 7},
	{"exulting", NE_LX_CUE, 8},
	{"exults", NE_LX_CUE, 6},
	{"exxon", NE_LX_KNOWN_ORG, 5},
	{"ezekiel", NE_LX_FIRST_M, 7},
	{"ezra", NE_LX_FIRST_M, 4},
	{"fabrizio", NE_LX_FIRST_M, 8},
	{"facebook", NE_LX_KNOWN_ORG, 8},
	{"factories", NE_LX_CORP_NOUN, 9},
	{"factory", NE_LX_CORP_NOUN, 7},
	{"faisal", NE_LX_FIRST_M, 6},
	{"family", NE_LX_NOMINAL, 6},
	{"famously", NE_LX_SKIPADV, 8},
	{"fans", NE_LX_NOMINAL, 4},
	{"farid", NE_LX_FIRST_M, 5},
	{"farmers", NE_LX_NOMINAL, 7},
	{"father", NE_LX_HON_M | NE_LX_NOMINAL, 6},
	{"fatima", NE_LX_FIRST_F, 6},
	{"fbi", NE_LX_KNOWN_ORG, 3},
	{"fcc", NE_LX_KNOWN_ORG, 3},
	{"feb", NE_LX_MONTH | NE_LX_ABBREV, 3},
	{"february", NE_LX_MONTH, 8},
	{"fec", NE_LX_KNOWN_ORG, 3},
	{"federal", NE_LX_TITLE_MOD | NE_LX_NAT, 7},
	{"federation", NE_LX_ORG, 10},
	{"federica", NE_LX_FIRST_F, 8},
	{"federico", NE_LX_FIRST_M, 8},
	{"felicity", NE_LX_FIRST_F, 8},
	{"felipe", NE_LX_FIRST_M, 6},
	{"felix", NE_LX_FIRST_M, 5},
	{"fema", NE_LX_KNOWN_ORG, 4},
	{"fergus", NE_LX_FIRST_M, 6},
	{"fernand", NE_LX_FIRST_M, 7},
	{"fernanda", NE_LX_FIRST_F, 8},
	{"fernando", NE_LX_FIRST_M, 8},
	{"festival", NE_LX_ORG, 8},
	{"fidel", NE_LX_FIRST_M, 5},
	{"field", NE_LX_TITLE_MOD, 5},
	{"fig", NE_LX_ABBREV, 3},
	{"filing", NE_LX_NOMINAL, 6},
	{"filipino", NE_LX_NAT, 8},
	{"filmmaker", NE_LX_PERSON_NOUN, 9},
	{"finally", NE_LX_SKIPADV, 7},
	{"finance", NE_LX_TITLE_MOD, 7},
	{"financial", NE_LX_ORG, 9},
	{"finland", NE_LX_PLACE, 7},
	{"finn", NE_LX_NAT, 4},
	{"finnish", NE_LX_NAT, 7},
	{"fiona", NE_LX_FIRST_F, 5},
	{"firm", NE_LX_ORG_NOUN, 4},
	{"firmly", NE_LX_SKIPADV, 6},
	{"firms", NE_LX_NOMINAL, 5},
	{"first", NE_LX_TITLE_MOD | NE_LX_NONNAME, 5},
	{"five", NE_LX_NONNAME, 4},
	{"flatly", NE_LX_SKIPADV, 6},
	{"flora", NE_LX_FIRST_F, 5},
	{"florence", NE_LX_FIRST_F, 8},
	{"florian", NE_LX_FIRST_M, 7},
	{"florida", NE_LX_PLACE, 7},
	{"floridian", NE_LX_NAT, 9},
	{"floyd", NE_LX_FIRST_M, 5},
	{"foods", NE_LX_ORG, 5},
	{"for", NE_LX_TITLE_MOD | NE_LX_NONNAME, 3},
	{"force", NE_LX_ORG, 5},
	{"forces", NE_LX_ORG, 6},
	{"forecasted", NE_LX_CUE, 10},
	{"forecasting", NE_LX_CUE, 11},
	{"foreign", NE_LX_TITLE_MOD, 7},
	{"former", NE_LX_TITLE_MOD, 6},
	{"former-secretary", NE_LX_TITLE_MOD, 16},
	{"fort", NE_LX_PLACE, 4},
	{"forum", NE_LX_ORG, 5},
	{"forward", NE_LX_PERSON_NOUN, 7},
	{"foundation", NE_LX_ORG | NE_LX_NOMINAL, 10},
	{"founder", NE_LX_TITLE, 7},
	{"four", NE_LX_NONNAME, 4},
	{"fox", NE_LX_KNOWN_ORG, 3},
	{"france", NE_LX_PLACE, 6},
	{"frances", NE_LX_FIRST_F, 7},
	{"francesca", NE_LX_FIRST_F, 9},
	{"francesco", NE_LX_FIRST_M, 9},
	{"francis", NE_LX_FIRST_M, 7},
	{"francisco", NE_LX_PLACE, 9},
	{"franco", NE_LX_FIRST_M, 6},
	{"francois", NE_LX_FIRST_M, 8},
	{"francs", NE_LX_NONNAME, 6},
	{"frank", NE_LX_FIRST_M, 5},
	{"frankfurt", NE_LX_PLACE, 9},
	{"frans", NE_LX_FIRST_M, 5},
	{"franz", NE_LX_FIRST_M, 5},
	{"fred", NE_LX_FIRST_M, 4},
	{"freddie", NE_LX_FIRST_M, 7},
	{"freddy", NE_LX_FIRST_M, 6},
	{"frederic", NE_LX_FIRST_M, 8},
	{"frederick", NE_LX_FIRST_M, 9},
	{"french", NE_LX_NAT, 6},
	{"frenchman", NE_LX_NAT | NE_LX_PERSON_NOUN, 9},
	{"frenchwoman", NE_LX_NAT | NE_LX_PERSON_NOUN, 11},
	{"frequently", NE_LX_SKIPADV, 10},
	{"fri", NE_LX_WEEKDAY, 3},
	{"friday", NE_LX_WEEKDAY, 6},
	{"friend", NE_LX_NOMINAL, 6},
	{"friends", NE_LX_NOMINAL, 7},
	{"from", NE_LX_NONNAME, 4},
	{"frontman", NE_LX_PERSON_NOUN, 8},
	{"ft", NE_LX_ABBREV, 2},
	{"ftc", NE_LX_KNOWN_ORG, 3},
	{"fume", NE_LX_CUE, 4},
	{"fumed", NE_LX_CUE, 5},
	{"fumes", NE_LX_CUE, 5},
	{"fuming", NE_LX_CUE, 6},
	{"fumio", NE_LX_FIRST_M, 5},
	{"fund", NE_LX_ORG, 4},
	{"further", NE_LX_SKIPADV, 7},
	{"furthermore", NE_LX_NONNAME, 11},
	{"gabriel", NE_LX_FIRST_M, 7},
	{"gabriela", NE_LX_FIRST_F, 8},
	{"gabriella", NE_LX_FIRST_F, 9},
	{"gael", NE_LX_FIRST_M, 4},
	{"gail", NE_LX_FIRST_F, 4},
	{"gallery", NE_LX_ORG, 7},
	{"gallup", NE_LX_KNOWN_ORG, 6},
	{"gareth", NE_LX_FIRST_M, 6},
	{"gary", NE_LX_FIRST_M, 4},
	{"gas", NE_LX_ORG, 3},
	{"gasped", NE_LX_CUE, 6},
	{"gasping", NE_LX_CUE, 7},
	{"gavin", NE_LX_FIRST_M, 5},
	{"gaza", NE_LX_PLACE, 4},
	{"gazette", NE_LX_ORG, 7},
	{"gdp", NE_LX_NONNAME, 3},
	{"gemma", NE_LX_FIRST_F, 5},
	{"gen", NE_LX_TITLE | NE_LX_ABBREV | NE_LX_ABBREV_TITLE, 3},
	{"gene", NE_LX_FIRST_M, 4},
	{"general", NE_LX_TITLE | NE_LX_TITLE_MOD, 7},
	{"geneva", NE_LX_PLACE, 6},
	{"geoff", NE_LX_FIRST_M, 5},
	{"geoffrey", NE_LX_FIRST_M, 8},
	{"george", NE_LX_FIRST_M, 6},
	{"georgia", NE_LX_PLACE, 7},
	{"georgian", NE_LX_NAT, 8},
	{"gerald", NE_LX_FIRST_M, 6},
	{"geraldine", NE_LX_FIRST_F, 9},
	{"gerard", NE_LX_FIRST_M, 6},
	{"gerhard", NE_LX_FIRST_M, 7},
	{"german", NE_LX_NAT, 6},
	{"germany", NE_LX_PLACE, 7},
	{"gerry", NE_LX_FIRST_M, 5},
	{"getty", NE_LX_NONNAME, 5},
	{"ghana", NE_LX_PLACE, 5},
	{"ghanaian", NE_LX_NAT, 8},
	{"ghazala", NE_LX_FIRST_F, 7},
	{"gianna", NE_LX_FIRST_F, 6},
	{"gianni", NE_LX_FIRST_M, 6},
	{"giant", NE_LX_ORG_NOUN, 5},
	{"gilbert", NE_LX_FIRST_M, 7},
	{"gilberto", NE_LX_FIRST_M, 8},
	{"gillian", NE_LX_FIRST_F, 7},
	{"gina", NE_LX_FIRST_F, 4},
	{"giorgio", NE_LX_FIRST_M, 7},
	{"giovanni", NE_LX_FIRST_M, 8},
	{"giselle", NE_LX_FIRST_F, 7},
	{"giulia", NE_LX_FIRST_F, 6},
	{"giulio", NE_LX_FIRST_M, 6},
	{"giuseppe", NE_LX_FIRST_M, 8},
	{"glenn", NE_LX_FIRST_M, 5},
	{"gloat", NE_LX_CUE, 5},
	{"gloated", NE_LX_CUE, 7},
	{"gloating", NE_LX_CUE, 8},
	{"gloats", NE_LX_CUE, 6},
	{"global", NE_LX_TITLE_MOD, 6},
	{"globe", NE_LX_ORG, 5},
	{"globes", NE_LX_ORG, 6},
	{"gloria", NE_LX_FIRST_F, 6},
	{"gmbh", NE_LX_ORG, 4},
	{"gmt", NE_LX_NONNAME, 3},
	{"gnp", NE_LX_NONNAME, 3},
	{"goalkeeper", NE_LX_PERSON_NOUN, 10},
	{"god", NE_LX_NONNAME, 3},
	{"golfer", NE_LX_PERSON_NOUN, 6},
	{"gonzalo", NE_LX_FIRST_M, 7},
	{"goodluck", NE_LX_FIRST_M, 8},
	{"google", NE_LX_KNOWN_ORG, 6},
	{"gop", NE_LX_KNOWN_ORG | NE_LX_NAT, 3},
	{"gordon", NE_LX_FIRST_M, 6},
	{"gov", NE_LX_TITLE | NE_LX_ABBREV | NE_LX_ABBREV_TITLE, 3},
	{"gov.", NE_LX_ABBREV, 4},
	{"government", NE_LX_ORG | NE_LX_NOMINAL, 10},
	{"governor", NE_LX_TITLE | NE_LX_NOMINAL, 8},
	{"gprs", NE_LX_NONNAME, 4},
	{"gps", NE_LX_NONNAME, 3},
	{"grace", NE_LX_FIRST_F, 5},
	{"graeme", NE_LX_FIRST_M, 6},
	{"graham", NE_LX_FIRST_M, 6},
	{"greece", NE_LX_PLACE, 6},
	{"greek", NE_LX_NAT, 5},
	{"greg", NE_LX_FIRST_M, 4},
	{"gregory", NE_LX_FIRST_M, 7},
	{"greta", NE_LX_FIRST_F, 5},
	{"greyson", NE_LX_FIRST_M, 7},
	{"gripe", NE_LX_CUE, 5},
	{"griped", NE_LX_CUE, 6},
	{"gripes", NE_LX_CUE, 6},
	{"griping", NE_LX_CUE, 7},
	{"groan", NE_LX_CUE, 5},
	{"groaned", NE_LX_CUE, 7},
	{"groaning", NE_LX_CUE, 8},
	{"groans", NE_LX_CUE, 6},
	{"group", NE_LX_ORG | NE_LX_NOMINAL | NE_LX_ORG_NOUN, 5},
	{"grouse", NE_LX_CUE, 6},
	{"groused", NE_LX_CUE, 7},
	{"grouses", NE_LX_CUE, 7},
	{"grousing", NE_LX_CUE, 8},
	{"grover", NE_LX_FIRST_M, 6},
	{"growers", NE_LX_NOMINAL, 7},
	{"growl", NE_LX_CUE, 5},
	{"growled", NE_LX_CUE, 7},
	{"growling", NE_LX_CUE, 8},
	{"growls", NE_LX_CUE, 6},
	{"grumble", NE_LX_CUE, 7},
	{"grumbled", NE_LX_CUE, 8},
	{"grumbles", NE_LX_CUE, 8},
	{"grumbling", NE_LX_CUE, 9},
	{"guarantee", NE_LX_CUE, 9},
	{"guaranteed", NE_LX_CUE, 10},
	{"guarantees", NE_LX_CUE, 10},
	{"guaranteing", NE_LX_CUE, 11},
	{"guard", NE_LX_ORG, 5},
	{"guardian", NE_LX_ORG, 8},
	{"guards", NE_LX_ORG, 6},
	{"guatemala", NE_LX_PLACE, 9},
	{"guenther", NE_LX_FIRST_M, 8},
	{"guessed", NE_LX_CUE, 7},
	{"guessing", NE_LX_CUE, 8},
	{"guild", NE_LX_ORG, 5},
	{"guillaume", NE_LX_FIRST_M, 9},
	{"guillermo", NE_LX_FIRST_M, 9},
	{"guinea", NE_LX_PLACE, 6},
	{"guitarist", NE_LX_PERSON_NOUN, 9},
	{"gushed", NE_LX_CUE, 6},
	{"gushing", NE_LX_CUE, 7},
	{"gustavo", NE_LX_FIRST_M, 7},
	{"gwen", NE_LX_FIRST_F, 4},
	{"gwyneth", NE_LX_FIRST_F, 7},
	{"had", NE_LX_NONNAME | NE_LX_SKIPADV, 3},
	{"hailey", NE_LX_FIRST_F, 6},
	{"haiti", NE_LX_PLACE, 5},
	{"haitian", NE_LX_NAT, 7},
	{"hajime", NE_LX_FIRST_M, 6},
	{"hakan", NE_LX_FIRST_M, 5},
	{"hall", NE_LX_PLACE, 4},
	{"halloween", NE_LX_NONNAME, 9},
	{"hamas", NE_LX_KNOWN_ORG, 5},
	{"hamid", NE_LX_FIRST_M, 5},
	{"hamish", NE_LX_FIRST_M, 6},
	{"hampshire", NE_LX_PLACE, 9},
	{"hank", NE_LX_FIRST_M, 4},
	{"hannah", NE_LX_FIRST_F, 6},
	{"hanoi", NE_LX_PLACE, 5},
	{"hans", NE_LX_FIRST_M, 4},
	{"harbor", NE_LX_PLACE, 6},
	{"harbour", NE_LX_PLACE, 7},
	{"harold", NE_LX_FIRST_M, 6},
	{"harriet", NE_LX_FIRST_F, 7},
	{"harry", NE_LX_FIRST_M, 5},
	{"has", NE_LX_NONNAME | NE_LX_SKIPADV, 3},
	{"hassan", NE_LX_FIRST_M, 6},
	{"havana", NE_LX_PLACE, 6},
	{"have", NE_LX_NONNAME | NE_LX_SKIPADV, 4},
	{"hawaii", NE_LX_PLACE, 6},
	{"hazel", NE_LX_FIRST_F, 5},
	{"hbo", NE_LX_KNOWN_ORG, 3},
	{"he", NE_LX_NONNAME | NE_LX_PRON_M, 2},
	{"headquarters", NE_LX_CORP_NOUN, 12},
	{"health", NE_LX_TITLE_MOD, 6},
	{"healthcare", NE_LX_ORG, 10},
	{"heather", NE_LX_FIRST_F, 7},
	{"hector", NE_LX_FIRST_M, 6},
	{"heidi", NE_LX_FIRST_F, 5},
	{"heinz", NE_LX_FIRST_M, 5},
	{"helen", NE_LX_FIRST_F, 5},
	{"helena", NE_LX_FIRST_F, 6},
	{"helene", NE_LX_FIRST_F, 6},
	{"helmut", NE_LX_FIRST_M, 6},
	{"hence", NE_LX_NONNAME, 5},
	{"henrietta", NE_LX_FIRST_F, 9},
	{"henrik", NE_LX_FIRST_M, 6},
	{"henrique", NE_LX_FIRST_M, 8},
	{"henry", NE_LX_FIRST_M, 5},
	{"her", NE_LX_NONNAME | NE_LX_PRON_F, 3},
	{"herald", NE_LX_ORG, 6},
	{"herbert", NE_LX_FIRST_M, 7},
	{"here", NE_LX_NONNAME, 4},
	{"here's", NE_LX_NONNAME, 6},
	{"here’s", NE_LX_NONNAME, 8},
	{"herman", NE_LX_FIRST_M, 6},
	{"hermann", NE_LX_FIRST_M, 7},
	{"hers", NE_LX_PRON_F, 4},
	{"herself", NE_LX_PRON_F, 7},
	{"herve", NE_LX_FIRST_M, 5},
	{"hezbollah", NE_LX_KNOWN_ORG, 9},
	{"hideki", NE_LX_FIRST_M, 6},
	{"highlighted", NE_LX_CUE, 11},
	{"highlighting", NE_LX_CUE, 12},
	{"highway", NE_LX_PLACE, 7},
	{"hilary", NE_LX_FIRST_F, 6},
	{"hill", NE_LX_PLACE, 4},
	{"hillary", NE_LX_FIRST_F, 7},
	{"him", NE_LX_PRON_M, 3},
	{"himself", NE_LX_PRON_M, 7},
	{"hinted", NE_LX_CUE, 6},
	{"hinting", NE_LX_CUE, 7},
	{"hiroshi", NE_LX_FIRST_M, 7},
	{"hirozumi", NE_LX_FIRST_M, 8},
	{"his", NE_LX_NONNAME | NE_LX_PRON_M, 3},
	{"hisham", NE_LX_FIRST_M, 6},
	{"hispanic", NE_LX_NAT, 8},
	{"hiss", NE_LX_CUE, 4},
	{"hissed", NE_LX_CUE, 6},
	{"hisses", NE_LX_CUE, 6},
	{"hissing", NE_LX_CUE, 7},
	{"historian", NE_LX_TITLE | NE_LX_PERSON_NOUN, 9},
	{"hiv", NE_LX_NONNAME, 3},
	{"holdings", NE_LX_ORG, 8},
	{"holler", NE_LX_CUE, 6},
	{"hollered", NE_LX_CUE, 8},
	{"hollering", NE_LX_CUE, 9},
	{"hollers", NE_LX_CUE, 7},
	{"holly", NE_LX_FIRST_F, 5},
	{"hollywood", NE_LX_PLACE, 9},
	{"home", NE_LX_NONNAME, 4},
	{"homeland", NE_LX_TITLE_MOD, 8},
	{"hon", NE_LX_ABBREV | NE_LX_ABBREV_TITLE, 3},
	{"honduras", NE_LX_PLACE, 8},
	{"hope", NE_LX_FIRST_F, 4},
	{"horst", NE_LX_FIRST_M, 5},
	{"hospital", NE_LX_ORG, 8},
	{"hossein", NE_LX_FIRST_M, 7},
	{"host", NE_LX_TITLE, 4},
	{"hotel", NE_LX_ORG, 5},
	{"house", NE_LX_TITLE_MOD | NE_LX_ORG, 5},
	{"housing", NE_LX_TITLE_MOD, 7},
	{"houston", NE_LX_PLACE, 7},
	{"how", NE_LX_NONNAME, 3},
	{"howard", NE_LX_FIRST_M, 6},
	{"however", NE_LX_NONNAME, 7},
	{"hq", NE_LX_ORG, 2},
	{"huffington", NE_LX_KNOWN_ORG, 10},
	{"huffpost", NE_LX_KNOWN_ORG, 8},
	{"hugh", NE_LX_FIRST_M, 4},
	{"hugo", NE_LX_FIRST_M, 4},
	{"huma", NE_LX_FIRST_F, 4},
	{"human", NE_LX_TITLE_MOD, 5},
	{"hungarian", NE_LX_NAT, 9},
	{"hungary", NE_LX_PLACE, 7},
	{"husband", NE_LX_NOMINAL, 7},
	{"hussain", NE_LX_FIRST_M, 7},
	{"hussein", NE_LX_FIRST_M, 7},
	{"huw", NE_LX_FIRST_M, 3},
	{"i", NE_LX_NONNAME, 1},
	{"ian", NE_LX_FIRST_M, 3},
	{"ibm", NE_LX_KNOWN_ORG, 3},
	{"ibn", NE_LX_PARTICLE, 3},
	{"ibrahim", NE_LX_FIRST_M, 7},
	{"ice", NE_LX_KNOWN_ORG, 3},
	{"iceland", NE_LX_PLACE, 7},
	{"icelandic", NE_LX_NAT, 9},
	{"id", NE_LX_NONNAME, 2},
	{"ida", NE_LX_FIRST_F, 3},
	{"idaho", NE_LX_PLACE, 5},
	{"if", NE_LX_NONNAME, 2},
	{"ignacio", NE_LX_FIRST_M, 7},
	{"ignaz", NE_LX_FIRST_M, 5},
	{"igor", NE_LX_FIRST_M, 4},
	{"ii", NE_LX_SUFFIX, 2},
	{"iii", NE_LX_SUFFIX, 3},
	{"ike", NE_LX_FIRST_M, 3},
	{"illinois", NE_LX_PLACE, 8},
	{"ilmar", NE_LX_FIRST_M, 5},
	{"image", NE_LX_NONNAME, 5},
	{"imam", NE_LX_TITLE | NE_LX_HON_M, 4},
	{"imanol", NE_LX_FIRST_M, 6},
	{"imf", NE_LX_KNOWN_ORG, 3},
	{"immigrants", NE_LX_NOMINAL, 10},
	{"imogen", NE_LX_FIRST_F, 6},
	{"implied", NE_LX_CUE, 7},
	{"implies", NE_LX_CUE, 7},
	{"implore", NE_LX_CUE, 7},
	{"implored", NE_LX_CUE, 8},
	{"implores", NE_LX_CUE, 8},
	{"imploring", NE_LX_CUE, 9},
	{"imply", NE_LX_CUE, 5},
	{"implying", NE_LX_CUE, 8},
	{"importers", NE_LX_NOMINAL, 9},
	{"in", NE_LX_NONNAME, 2},
	{"inc", NE_LX_ORG | NE_LX_ABBREV, 3},
	{"indeed", NE_LX_NONNAME, 6},
	{"independent", NE_LX_ORG | NE_LX_NAT, 11},
	{"india", NE_LX_PLACE, 5},
	{"indian", NE_LX_NAT, 6},
	{"indiana", NE_LX_PLACE, 7},
	{"indicate", NE_LX_CUE, 8},
	{"indicated", NE_LX_CUE, 9},
	{"indicates", NE_LX_CUE, 9},
	{"indicating", NE_LX_CUE, 10},
	{"indictment", NE_LX_NOMINAL, 10},
	{"indira", NE_LX_FIRST_F, 6},
	{"indonesia", NE_LX_PLACE, 9},
	{"indonesian", NE_LX_NAT, 10},
	{"industrie", NE_LX_ORG, 9},
	{"industries", NE_LX_ORG, 10},
	{"ines", NE_LX_FIRST_F, 4},
	{"inform", NE_LX_CUE, 6},
	{"informed", NE_LX_CUE, 8},
	{"informing", NE_LX_CUE, 9},
	{"informs", NE_LX_CUE, 7},
	{"ingrid", NE_LX_FIRST_F, 6},
	{"initially", NE_LX_SKIPADV, 9},
	{"inquire", NE_LX_CUE, 7},
	{"inquired", NE_LX_CUE, 8},
	{"inquires", NE_LX_CUE, 8},
	{"inquiring", NE_LX_CUE, 9},
	{"insider", NE_LX_NOMINAL, 7},
	{"insiders", NE_LX_NOMINAL, 8},
	{"insinuate", NE_LX_CUE, 9},
	{"insinuated", NE_LX_CUE, 10},
	{"insinuates", NE_LX_CUE, 10},
	{"insinuating", NE_LX_CUE, 11},
	{"insist", NE_LX_CUE, 6},
	{"insisted", NE_LX_CUE, 8},
	{"insisting", NE_LX_CUE, 9},
	{"insists", NE_LX_CUE, 7},
	{"insp", NE_LX_TITLE | NE_LX_ABBREV | NE_LX_ABBREV_TITLE, 4},
	{"inspector", NE_LX_TITLE, 9},
	{"instagram", NE_LX_KNOWN_ORG, 9},
	{"instead", NE_LX_NONNAME, 7},
	{"institute", NE_LX_ORG | NE_LX_NOMINAL, 9},
	{"institution", NE_LX_ORG, 11},
	{"instruct", NE_LX_CUE, 8},
	{"instructed", NE_LX_CUE, 10},
	{"instructing", NE_LX_CUE, 11},
	{"instructs", NE_LX_CUE, 9},
	{"insurance", NE_LX_ORG, 9},
	{"insurer", NE_LX_ORG_NOUN, 7},
	{"insurers", NE_LX_NOMINAL, 8},
	{"intel", NE_LX_KNOWN_ORG, 5},
	{"intelligence", NE_LX_TITLE_MOD, 12},
	{"interim", NE_LX_TITLE_MOD, 7},
	{"interior", NE_LX_TITLE_MOD, 8},
	{"interject", NE_LX_CUE, 9},
	{"interjected", NE_LX_CUE, 11},
	{"interjecting", NE_LX_CUE, 12},
	{"interjects", NE_LX_CUE, 10},
	{"international", NE_LX_TITLE_MOD | NE_LX_NAT, 13},
	{"internet", NE_LX_NONNAME, 8},
	{"interpol", NE_LX_KNOWN_ORG, 8},
	{"interrupt", NE_LX_CUE, 9},
	{"interrupted", NE_LX_CUE, 11},
	{"interrupting", NE_LX_CUE, 12},
	{"interrupts", NE_LX_CUE, 10},
	{"into", NE_LX_NONNAME, 4},
	{"intone", NE_LX_CUE, 6},
	{"intoned", NE_LX_CUE, 7},
	{"intones", NE_LX_CUE, 7},
	{"intoning", NE_LX_CUE, 8},
	{"investigators", NE_LX_NOMINAL, 13},
	{"investments", NE_LX_ORG, 11},
	{"investor", NE_LX_PERSON_NOUN, 8},
	{"investors", NE_LX_NOMINAL, 9},
	{"iowa", NE_LX_PLACE, 4},
	{"ipo", NE_LX_NONNAME, 3},
	{"ipos", NE_LX_NONNAME, 4},
	{"iran", NE_LX_PLACE, 4},
	{"iranian", NE_LX_NAT, 7},
	{"iraq", NE_LX_PLACE, 4},
	{"iraqi", NE_LX_NAT, 5},
	{"ireland", NE_LX_PLACE, 7},
	{"irene", NE_LX_FIRST_F, 5},
	{"irina", NE_LX_FIRST_F, 5},
	{"iris", NE_LX_FIRST_F, 4},
	{"irish", NE_LX_NAT, 5},
	{"irishman", NE_LX_NAT | NE_LX_PERSON_NOUN, 8},
	{"irishwoman", NE_LX_NAT | NE_LX_PERSON_NOUN, 10},
	{"irs", NE_LX_KNOWN_ORG, 3},
	{"irving", NE_LX_FIRST_M, 6},
	{"is", NE_LX_NONNAME | NE_LX_SKIPADV, 2},
	{"isaac", NE_LX_FIRST_M, 5},
	{"isabel", NE_LX_FIRST_F, 6},
	{"isabella", NE_LX_FIRST_F, 8},
	{"isabelle", NE_LX_FIRST_F, 8},
	{"isaiah", NE_LX_FIRST_M, 6},
	{"isil", NE_LX_KNOWN_ORG, 4},
	{"isis", NE_LX_KNOWN_ORG, 4},
	{"islamabad", NE_LX_PLACE, 9},
	{"island", NE_LX_PLACE, 6},
	{"isn't", NE_LX_NONNAME, 5},
	{"isn’t", NE_LX_NONNAME, 7},
	{"israel", NE_LX_PLACE, 6},
	{"israeli", NE_LX_NAT, 7},
	{"istanbul", NE_LX_PLACE, 8},
	{"it", NE_LX_NONNAME | NE_LX_PRON_N, 2},
	{"it's", NE_LX_NONNAME, 4},
	{"italian", NE_LX_NAT, 7},
	{"italy", NE_LX_PLACE, 5},
	{"its", NE_LX_NONNAME | NE_LX_PRON_N, 3},
	{"itself", NE_LX_PRON_N, 6},
	{"it’s", NE_LX_NONNAME, 6},
	{"iv", NE_LX_SUFFIX, 2},
	{"ivan", NE_LX_FIRST_M, 4},
	{"ivanka", NE_LX_FIRST_F, 6},
	{"ivory", NE_LX_PLACE, 5},
	{"jaap", NE_LX_FIRST_M, 4},
	{"jace", NE_LX_FIRST_M, 4},
	{"jacinda", NE_LX_FIRST_F, 7},
	{"jack", NE_LX_FIRST_M, 4},
	{"jackson", NE_LX_FIRST_M, 7},
	{"jacob", NE_LX_FIRST_M, 5},
	{"jacqueline", NE_LX_FIRST_F, 10},
	{"jacques", NE_LX_FIRST_M, 7},
	{"jacqui", NE_LX_FIRST_F, 6},
	{"jade", NE_LX_FIRST_F, 4},
	{"jaime", NE_LX_FIRST_M, 5},
	{"jakarta", NE_LX_PLACE, 7},
	{"jake", NE_LX_FIRST_M, 4},
	{"jakob", NE_LX_FIRST_M, 5},
	{"jamaica", NE_LX_PLACE, 7},
	{"jamaican", NE_LX_NAT, 8},
	{"jamal", NE_LX_FIRST_M, 5},
	{"james", NE_LX_FIRST_M, 5},
	{"jameson", NE_LX_FIRST_M, 7},
	{"jamie", NE_LX_FIRST_M, 5},
	{"jan", NE_LX_MONTH | NE_LX_ABBREV, 3},
	{"jane", NE_LX_FIRST_F, 4},
	{"janet", NE_LX_FIRST_F, 5},
	{"janice", NE_LX_FIRST_F, 6},
	{"janine", NE_LX_FIRST_F, 6},
	{"january", NE_LX_MONTH, 7},
	{"japan", NE_LX_PLACE, 5},
	{"japanese", NE_LX_NAT, 8},
	{"jared", NE_LX_FIRST_M, 5},
	{"jason", NE_LX_FIRST_M, 5},
	{"javier", NE_LX_FIRST_M, 6},
	{"jaxon", NE_LX_FIRST_M, 5},
	{"jaxson", NE_LX_FIRST_M, 6},
	{"jay", NE_LX_FIRST_M, 3},
	{"jayalalithaa", NE_LX_FIRST_F, 12},
	{"jean", NE_LX_FIRST_F, 4},
	{"jeanette", NE_LX_FIRST_F, 8},
	{"jeanne", NE_LX_FIRST_F, 6},
	{"jeb", NE_LX_FIRST_M, 3},
	{"jeer", NE_LX_CUE, 4},
	{"jeered", NE_LX_CUE, 6},
	{"jeering", NE_LX_CUE, 7},
	{"jeers", NE_LX_CUE, 5},
	{"jeff", NE_LX_FIRST_M, 4},
	{"jeffrey", NE_LX_FIRST_M, 7},
	{"jennifer", NE_LX_FIRST_F, 8},
	{"jenny", NE_LX_FIRST_F, 5},
	{"jens", NE_LX_FIRST_M, 4},
	{"jeremiah", NE_LX_FIRST_M, 8},
	{"jeremie", NE_LX_FIRST_M, 7},
	{"jeremy", NE_LX_FIRST_M, 6},
	{"jerome", NE_LX_FIRST_M, 6},
	{"jerry", NE_LX_FIRST_M, 5},
	{"jersey", NE_LX_PLACE, 6},
	{"jerusalem", NE_LX_PLACE, 9},
	{"jesse", NE_LX_FIRST_M, 5},
	{"jessica", NE_LX_FIRST_F, 7},
	{"jessie", NE_LX_FIRST_F, 6},
	{"jewish", NE_LX_NAT, 6},
	{"jill", NE_LX_FIRST_F, 4},
	{"jim", NE_LX_FIRST_M, 3},
	{"jimmy", NE_LX_FIRST_M, 5},
	{"jo", NE_LX_FIRST_F, 2},
	{"joachim", NE_LX_FIRST_M, 7},
	{"joan", NE_LX_FIRST_F, 4},
	{"joanna", NE_LX_FIRST_F, 6},
	{"joanne", NE_LX_FIRST_F, 6},
	{"joao", NE_LX_FIRST_M, 4},
	{"joaquin", NE_LX_FIRST_M, 7},
	{"jocelyn", NE_LX_FIRST_F, 7},
	{"jockey", NE_LX_PERSON_NOUN, 6},
	{"joe", NE_LX_FIRST_M, 3},
	{"joel", NE_LX_FIRST_M, 4},
	{"johan", NE_LX_FIRST_M, 5},
	{"johannesburg", NE_LX_PLACE, 12},
	{"john", NE_LX_FIRST_M, 4},
	{"johnny", NE_LX_FIRST_M, 6},
	{"joke", NE_LX_CUE, 4},
	{"joked", NE_LX_CUE, 5},
	{"jokes", NE_LX_CUE, 5},
	{"joking", NE_LX_CUE, 6},
	{"jokingly", NE_LX_SKIPADV, 8},
	{"jon", NE_LX_FIRST_M, 3},
	{"jonah", NE_LX_FIRST_M, 5},
	{"jonas", NE_LX_FIRST_M, 5},
	{"jonathan", NE_LX_FIRST_M, 8},
	{"jordan", NE_LX_PLACE | NE_LX_FIRST_M, 6},
	{"jordanian", NE_LX_NAT, 9},
	{"jorg", NE_LX_FIRST_M, 4},
	{"jorge", NE_LX_FIRST_M, 5},
	{"jorio", NE_LX_FIRST_M, 5},
	{"jose", NE_LX_FIRST_M, 4},
	{"josef", NE_LX_FIRST_M, 5},
	{"joseph", NE_LX_FIRST_M, 6},
	{"josephine", NE_LX_FIRST_F, 9},
	{"joshua", NE_LX_FIRST_M, 6},
	{"josiah", NE_LX_FIRST_M, 6},
	{"joss", NE_LX_FIRST_M, 4},
	{"journal", NE_LX_ORG, 7},
	{"journalist", NE_LX_NOMINAL, 10},
	{"journalists", NE_LX_NOMINAL, 11},
	{"joyce", NE_LX_FIRST_F, 5},
	{"jr", NE_LX_SUFFIX | NE_LX_ABBREV, 2},
	{"juan", NE_LX_FIRST_M, 4},
	{"juanita", NE_LX_FIRST_F, 7},
	{"judge", NE_LX_TITLE | NE_LX_NOMINAL, 5},
	{"judiciary", NE_LX_TITLE_MOD, 9},
	{"judith", NE_LX_FIRST_F, 6},
	{"judy", NE_LX_FIRST_F, 4},
	{"juergen", NE_LX_FIRST_M, 7},
	{"jul", NE_LX_MONTH | NE_LX_ABBREV, 3},
	{"jules", NE_LX_FIRST_M, 5},
	{"julia", NE_LX_FIRST_F, 5},
	{"julian", NE_LX_FIRST_M, 6},
	{"julie", NE_LX_FIRST_F, 5},
	{"julien", NE_LX_FIRST_M, 6},
	{"juliet", NE_LX_FIRST_F, 6},
	{"julio", NE_LX_FIRST_M, 5},
	{"july", NE_LX_MONTH, 4},
	{"jun", NE_LX_MONTH | NE_LX_ABBREV, 3},
	{"june", NE_LX_MONTH, 4},
	{"junichiro", NE_LX_FIRST_M, 9},
	{"junior", NE_LX_TITLE_MOD, 6},
	{"jurgen", NE_LX_FIRST_M, 6},
	{"just", NE_LX_NONNAME | NE_LX_SKIPADV, 4},
	{"justice", NE_LX_TITLE | NE_LX_TITLE_MOD | NE_LX_NOMINAL, 7},
	{"justin", NE_LX_FIRST_M, 6},
	{"justine", NE_LX_FIRST_F, 7},
	{"kabul", NE_LX_PLACE, 5},
	{"kai", NE_LX_FIRST_M, 3},
	{"kamala", NE_LX_FIRST_F, 6},
	{"kansas", NE_LX_PLACE, 6},
	{"kara", NE_LX_FIRST_F, 4},
	{"karachi", NE_LX_PLACE, 7},
	{"karen", NE_LX_FIRST_F, 5},
	{"karim", NE_LX_FIRST_M, 5},
	{"karl", NE_LX_FIRST_M, 4},
	{"karsten", NE_LX_FIRST_M, 7},
	{"katarzyna", NE_LX_FIRST_F, 9},
	{"kate", NE_LX_FIRST_F, 4},
	{"katerina", NE_LX_FIRST_F, 8},
	{"katherine", NE_LX_FIRST_F, 9},
	{"kathleen", NE_LX_FIRST_F, 8},
	{"kathryn", NE_LX_FIRST_F, 7},
	{"kathy", NE_LX_FIRST_F, 5},
	{"katie", NE_LX_FIRST_F, 5},
	{"katrina", NE_LX_FIRST_F, 7},
	{"kavita", NE_LX_FIRST_F, 6},
	{"kayden", NE_LX_FIRST_M, 6},
	{"kayla", NE_LX_FIRST_F, 5},
	{"kaylee", NE_LX_FIRST_F, 6},
	{"kazakh", NE_LX_NAT, 6},
	{"kazakhstan", NE_LX_PLACE, 10},
	{"kazuo", NE_LX_FIRST_M, 5},
	{"keeper", NE_LX_PERSON_NOUN, 6},
	{"keir", NE_LX_FIRST_M, 4},
	{"keith", NE_LX_FIRST_M, 5},
	{"kelli", NE_LX_FIRST_F, 5},
	{"kelly", NE_LX_FIRST_F, 5},
	{"kellyanne", NE_LX_FIRST_M | NE_LX_FIRST_F, 9},
	{"kelsey", NE_LX_FIRST_F, 6},
	{"kemal", NE_LX_FIRST_M, 5},
	{"ken", NE_LX_FIRST_M, 3},
	{"kenji", NE_LX_FIRST_M, 5},
	{"kenneth", NE_LX_FIRST_M, 7},
	{"kenny", NE_LX_FIRST_M, 5},
	{"kentucky", NE_LX_PLACE, 8},
	{"kenya", NE_LX_PLACE, 5},
	{"kenyan", NE_LX_NAT, 6},
	{"kevin", NE_LX_FIRST_M, 5},
	{"kgaa", NE_LX_ORG, 4},
	{"khalid", NE_LX_FIRST_M, 6},
	{"khizr", NE_LX_FIRST_M, 5},
	{"kieran", NE_LX_FIRST_M, 6},
	{"kiev", NE_LX_PLACE, 4},
	{"kiichi", NE_LX_FIRST_M, 6},
	{"kimberly", NE_LX_FIRST_F, 8},
	{"king", NE_LX_TITLE | NE_LX_HON_M, 4},
	{"kingdom", NE_LX_PLACE, 7},
	{"kirsten", NE_LX_FIRST_F, 7},
	{"kiwi", NE_LX_NAT | NE_LX_PERSON_NOUN, 4},
	{"klaus", NE_LX_FIRST_M, 5},
	{"kofi", NE_LX_FIRST_M, 4},
	{"koichi", NE_LX_FIRST_M, 6},
	{"kong", NE_LX_PLACE, 4},
	{"korea", NE_LX_PLACE, 5},
	{"korean", NE_LX_NAT, 6},
	{"kosovo", NE_LX_PLACE, 6},
	{"kremlin", NE_LX_ORG | NE_LX_KNOWN_ORG, 7},
	{"kristen", NE_LX_FIRST_F, 7},
	{"kristina", NE_LX_FIRST_F, 8},
	{"krzysztof", NE_LX_FIRST_M, 9},
	{"kurt", NE_LX_FIRST_M, 4},
	{"kuwait", NE_LX_PLACE, 6},
	{"kuwaiti", NE_LX_NAT, 7},
	{"kwame", NE_LX_FIRST_M, 5},
	{"kyiv", NE_LX_PLACE, 4},
	{"kyle", NE_LX_FIRST_M, 4},
	{"la", NE_LX_PARTICLE, 2},
	{"labeled", NE_LX_CUE, 7},
	{"labeling", NE_LX_CUE, 8},
	{"labelled", NE_LX_CUE, 8},
	{"labor", NE_LX_TITLE_MOD, 5},
	{"laboratories", NE_LX_ORG, 12},
	{"laboratory", NE_LX_ORG | NE_LX_NOMINAL, 10},
	{"labour", NE_LX_KNOWN_ORG, 6},
	{"labs", NE_LX_ORG, 4},
	{"lady", NE_LX_TITLE | NE_LX_TITLE_MOD | NE_LX_HON_F | NE_LX_HONORIFIC, 4},
	{"lagos", NE_LX_PLACE, 5},
	{"lake", NE_LX_PLACE, 4},
	{"lamar", NE_LX_FIRST_M, 5},
	{"lambast", NE_LX_CUE, 7},
	{"lambaste", NE_LX_CUE, 8},
	{"lambasted", NE_LX_CUE, 9},
	{"lambastes", NE_LX_CUE, 9},
	{"lambasting", NE_LX_CUE, 10},
	{"lambasts", NE_LX_CUE, 8},
	{"lament", NE_LX_CUE, 6},
	{"lamented", NE_LX_CUE, 8},
	{"lamenting", NE_LX_CUE, 9},
	{"laments", NE_LX_CUE, 7},
	{"lance", NE_LX_FIRST_M, 5},
	{"landon", NE_LX_FIRST_M, 6},
	{"lanka", NE_LX_PLACE, 5},
	{"lara", NE_LX_FIRST_F, 4},
	{"larry", NE_LX_FIRST_M, 5},
	{"lars", NE_LX_FIRST_M, 4},
	{"las", NE_LX_PLACE, 3},
	{"last", NE_LX_NONNAME, 4},
	{"laszlo", NE_LX_FIRST_M, 6},
	{"later", NE_LX_NONNAME | NE_LX_SKIPADV, 5},
	{"latest", NE_LX_NONNAME, 6},
	{"latin", NE_LX_NAT, 5},
	{"latina", NE_LX_NAT, 6},
	{"latino", NE_LX_NAT, 6},
	{"latvia", NE_LX_PLACE, 6},
	{"latvian", NE_LX_NAT, 7},
	{"laugh", NE_LX_CUE, 5},
	{"laughed", NE_LX_CUE, 7},
	{"laughing", NE_LX_CUE, 8},
	{"laughs", NE_LX_CUE, 6},
	{"laura", NE_LX_FIRST_F, 5},
	{"lauren", NE_LX_FIRST_F, 6},
	{"laurent", NE_LX_FIRST_M, 7},
	{"lawmaker", NE_LX_TITLE, 8},
	{"lawmakers", NE_LX_NOMINAL, 9},
	{"lawrence", NE_LX_FIRST_M, 8},
	{"lawsuit", NE_LX_NOMINAL, 7},
	{"lawyer", NE_LX_TITLE | NE_LX_NOMINAL, 6},
	{"lawyers", NE_LX_NOMINAL, 7},
	{"layla", NE_LX_FIRST_F, 5},
	{"le", NE_LX_PARTICLE, 2},
	{"leader", NE_LX_TITLE | NE_LX_NOMINAL, 6},
	{"leaders", NE_LX_NOMINAL, 7},
	{"league", NE_LX_ORG, 6},
	{"leah", NE_LX_FIRST_F, 4},
	{"leandro", NE_LX_FIRST_M, 7},
	{"lebanese", NE_LX_NAT, 8},
	{"lebanon", NE_LX_PLACE, 7},
	{"lecture", NE_LX_CUE, 7},
	{"lectured", NE_LX_CUE, 8},
	{"lectures", NE_LX_CUE, 8},
	{"lecturing", NE_LX_CUE, 9},
	{"legal", NE_LX_TITLE_MOD, 5},
	{"legislator", NE_LX_NOMINAL, 10},
	{"legislators", NE_LX_NOMINAL, 11},
	{"leila", NE_LX_FIRST_F, 5},
	{"len", NE_LX_FIRST_M, 3},
	{"lena", NE_LX_FIRST_F, 4},
	{"lender", NE_LX_ORG_NOUN, 6},
	{"lenders", NE_LX_NOMINAL, 7},
	{"leo", NE_LX_FIRST_M, 3},
	{"leon", NE_LX_FIRST_M, 4},
	{"leonard", NE_LX_FIRST_M, 7},
	{"leonardo", NE_LX_FIRST_M, 8},
	{"leone", NE_LX_PLACE, 5},
	{"lesley", NE_LX_FIRST_F, 6},
	{"let", NE_LX_NONNAME, 3},
	{"let's", NE_LX_NONNAME, 5},
	{"lets", NE_LX_NONNAME, 4},
	{"letter", NE_LX_NOMINAL | NE_LX_STATEMENT, 6},
	{"let’s", NE_LX_NONNAME, 7},
	{"levi", NE_LX_FIRST_M, 4},
	{"levon", NE_LX_FIRST_M, 5},
	{"lewis", NE_LX_FIRST_M, 5},
	{"liam", NE_LX_FIRST_M, 4},
	{"lib", NE_LX_NAT, 3},
	{"liberal", NE_LX_NAT | NE_LX_PERSON_NOUN, 7},
	{"liberia", NE_LX_PLACE, 7},
	{"libertarian", NE_LX_NAT | NE_LX_PERSON_NOUN, 11},
	{"library", NE_LX_ORG, 7},
	{"libya", NE_LX_PLACE, 5},
	{"libyan", NE_LX_NAT, 6},
	{"lieutenant", NE_LX_TITLE | NE_LX_TITLE_MOD, 10},
	{"life", NE_LX_ORG, 4},
	{"like", NE_LX_NONNAME, 4},
	{"lillian", NE_LX_FIRST_F, 7},
	{"lily", NE_LX_FIRST_F, 4},
	{"lina", NE_LX_FIRST_F, 4},
	{"linda", NE_LX_FIRST_F, 5},
	{"lindsay", NE_LX_FIRST_F, 7},
	{"lindsey", NE_LX_FIRST_M, 7},
	{"linford", NE_LX_FIRST_M, 7},
	{"lionel", NE_LX_FIRST_M, 6},
	{"lisa", NE_LX_FIRST_F, 4},
	{"lisbon", NE_LX_PLACE, 6},
	{"listen", NE_LX_NONNAME, 6},
	{"listeners", NE_LX_NOMINAL, 9},
	{"lithuania", NE_LX_PLACE, 9},
	{"lithuanian", NE_LX_NAT, 10},
	{"liz", NE_LX_FIRST_F, 3},
	{"llc", NE_LX_ORG, 3},
	{"lleyton", NE_LX_FIRST_M, 7},
	{"lloyd", NE_LX_FIRST_M, 5},
	{"local", NE_LX_TITLE_MOD, 5},
	{"locals", NE_LX_NOMINAL, 6},
	{"logan", NE_LX_FIRST_M, 5},
	{"logistics", NE_LX_ORG, 9},
	{"lola", NE_LX_FIRST_F, 4},
	{"lolita", NE_LX_FIRST_F, 6},
	{"london", NE_LX_PLACE, 6},
	{"lord", NE_LX_TITLE | NE_LX_HON_M | NE_LX_HONORIFIC, 4},
	{"lorenzo", NE_LX_FIRST_M, 7},
	{"loretta", NE_LX_FIRST_F, 7},
	{"lori", NE_LX_FIRST_F, 4},
	{"lorna", NE_LX_FIRST_F, 5},
	{"lorraine", NE_LX_FIRST_F, 8},
	{"los", NE_LX_PLACE, 3},
	{"loudly", NE_LX_SKIPADV, 6},
	{"louis", NE_LX_FIRST_M, 5},
	{"louisa", NE_LX_FIRST_F, 6},
	{"louise", NE_LX_FIRST_F, 6},
	{"louisiana", NE_LX_PLACE, 9},
	{"lp", NE_LX_ORG, 2},
	{"lt", NE_LX_TITLE | NE_LX_ABBREV | NE_LX_ABBREV_TITLE, 2},
	{"lt.", NE_LX_ABBREV, 3},
	{"ltd", NE_LX_ORG | NE_LX_ABBREV, 3},
	{"ltda", NE_LX_ORG, 4},
	{"luc", NE_LX_FIRST_M, 3},
	{"luca", NE_LX_FIRST_M, 4},
	{"lucas", NE_LX_FIRST_M, 5},
	{"lucia", NE_LX_FIRST_F, 5},
	{"lucien", NE_LX_FIRST_M, 6},
	{"lucille", NE_LX_FIRST_F, 7},
	{"lucy", NE_LX_FIRST_F, 4},
	{"luigi", NE_LX_FIRST_M, 5},
	{"luis", NE_LX_FIRST_M, 4},
	{"luisa", NE_LX_FIRST_F, 5},
	{"luke", NE_LX_FIRST_M, 4},
	{"luxembourg", NE_LX_PLACE, 10},
	{"lydia", NE_LX_FIRST_F, 5},
	{"lyndon", NE_LX_FIRST_M, 6},
	{"lynn", NE_LX_FIRST_F, 4},
	{"lyudmila", NE_LX_FIRST_F, 8},
	{"mabel", NE_LX_FIRST_F, 5},
	{"madeleine", NE_LX_FIRST_F, 9},
	{"madeline", NE_LX_FIRST_F, 8},
	{"madelyn", NE_LX_FIRST_F, 7},
	{"madison", NE_LX_FIRST_F, 7},
	{"madrid", NE_LX_PLACE, 6},
	{"magazine", NE_LX_ORG | NE_LX_NOMINAL, 8},
	{"magistrate", NE_LX_TITLE, 10},
	{"magnate", NE_LX_PERSON_NOUN, 7},
	{"magnus", NE_LX_FIRST_M, 6},
	{"mahmoud", NE_LX_FIRST_M, 7},
	{"mail", NE_LX_ORG, 4},
	{"main", NE_LX_NONNAME, 4},
	{"maine", NE_LX_PLACE, 5},
	{"maintain", NE_LX_CUE, 8},
	{"maintained", NE_LX_CUE, 10},
	{"maintaining", NE_LX_CUE, 11},
	{"maintains", NE_LX_CUE, 9},
	{"maj", NE_LX_TITLE | NE_LX_ABBREV | NE_LX_ABBREV_TITLE, 3},
	{"major", NE_LX_TITLE, 5},
	{"majority", NE_LX_TITLE_MOD, 8},
	{"maker", NE_LX_ORG_NOUN, 5},
	{"makoto", NE_LX_FIRST_M, 6},
	{"malaysia", NE_LX_PLACE, 8},
	{"malaysian", NE_LX_NAT, 9},
	{"malcolm", NE_LX_FIRST_M, 7},
	{"mall", NE_LX_PLACE, 4},
	{"malta", NE_LX_PLACE, 5},
	{"mamata", NE_LX_FIRST_F, 6},
	{"man", NE_LX_NOMINAL, 3},
	{"management", NE_LX_ORG, 10},
	{"manager", NE_LX_TITLE | NE_LX_NOMINAL | NE_LX_PERSON_NOUN, 7},
	{"managers", NE_LX_NOMINAL, 8},
	{"managing", NE_LX_TITLE_MOD, 8},
	{"mandy", NE_LX_FIRST_F, 5},
	{"manhattan", NE_LX_PLACE, 9},
	{"manila", NE_LX_PLACE, 6},
	{"manmohan", NE_LX_FIRST_M, 8},
	{"manuel", NE_LX_FIRST_M, 6},
	{"manufacturer", NE_LX_ORG_NOUN, 12},
	{"manufacturers", NE_LX_NOMINAL, 13},
	{"manufacturing", NE_LX_ORG, 13},
	{"many", NE_LX_NONNAME, 4},
	{"mar", NE_LX_MONTH | NE_LX_ABBREV, 3},
	{"marat", NE_LX_FIRST_M, 5},
	{"marc", NE_LX_FIRST_M, 4},
	{"marcel", NE_LX_FIRST_M, 6},
	{"marcelo", NE_LX_FIRST_M, 7},
	{"march", NE_LX_MONTH, 5},
	{"marchers", NE_LX_NOMINAL, 8},
	{"marcia", NE_LX_FIRST_F, 6},
	{"marco", NE_LX_FIRST_M, 5},
	{"marcus", NE_LX_FIRST_M, 6},
	{"marek", NE_LX_FIRST_M, 5},
	{"margaret", NE_LX_FIRST_F, 8},
	{"margarita", NE_LX_FIRST_F, 9},
	{"margot", NE_LX_FIRST_F, 6},
	{"maria", NE_LX_FIRST_F, 5},
	{"mariam", NE_LX_FIRST_F, 6},
	{"mariana", NE_LX_FIRST_F, 7},
	{"marianne", NE_LX_FIRST_F, 8},
	{"mariano", NE_LX_FIRST_M, 7},
	{"marie", NE_LX_FIRST_F, 5},
	{"marilyn", NE_LX_FIRST_F, 7},
	{"marina", NE_LX_FIRST_F, 6},
	{"marine", NE_LX_FIRST_F, 6},
	{"mario", NE_LX_FIRST_M, 5},
	{"marion", NE_LX_FIRST_F, 6},
	{"marist", NE_LX_KNOWN_ORG, 6},
	{"marius", NE_LX_FIRST_M, 6},
	{"marjorie", NE_LX_FIRST_F, 8},
	{"mark", NE_LX_FIRST_M, 4},
	{"markets", NE_LX_ORG, 7},
	{"markus", NE_LX_FIRST_M, 6},
	{"marlene", NE_LX_FIRST_F, 7},
	{"marta", NE_LX_FIRST_F, 5},
	{"martha", NE_LX_FIRST_F, 6},
	{"martin", NE_LX_FIRST_M, 6},
	{"martina", NE_LX_FIRST_F, 7},
	{"martine", NE_LX_FIRST_F, 7},
	{"marty", NE_LX_FIRST_M, 5},
	{"marvel", NE_LX_CUE, 6},
	{"marveled", NE_LX_CUE, 8},
	{"marveling", NE_LX_CUE, 9},
	{"marvels", NE_LX_CUE, 7},
	{"marvin", NE_LX_FIRST_M, 6},
	{"mary", NE_LX_FIRST_F, 4},
	{"maryam", NE_LX_FIRST_F, 6},
	{"maryland", NE_LX_PLACE, 8},
	{"massachusetts", NE_LX_PLACE, 13},
	{"massimo", NE_LX_FIRST_M, 7},
	{"mateo", NE_LX_FIRST_M, 5},
	{"mathew", NE_LX_FIRST_M, 6},
	{"mathieu", NE_LX_FIRST_M, 7},
	{"matias", NE_LX_FIRST_M, 6},
	{"matilda", NE_LX_FIRST_F, 7},
	{"matt", NE_LX_FIRST_M, 4},
	{"matteo", NE_LX_FIRST_M, 6},
	{"matthew", NE_LX_FIRST_M, 7},
	{"matthias", NE_LX_FIRST_M, 8},
	{"maureen", NE_LX_FIRST_F, 7},
	{"maurice", NE_LX_FIRST_M, 7},
	{"mauricio", NE_LX_FIRST_M, 8},
	{"maurizio", NE_LX_FIRST_M, 8},
	{"mavis", NE_LX_FIRST_F, 5},
	{"max", NE_LX_FIRST_M, 3},
	{"maxine", NE_LX_FIRST_F, 6},
	{"maxwell", NE_LX_FIRST_M, 7},
	{"may", NE_LX_MONTH | NE_LX_NONNAME | NE_LX_SKIPADV, 3},
	{"maya", NE_LX_FIRST_F, 4},
	{"maybe", NE_LX_NONNAME, 5},
	{"mayor", NE_LX_TITLE, 5},
	{"md", NE_LX_SUFFIX, 2},
	{"mdt", NE_LX_NONNAME, 3},
	{"meanwhile", NE_LX_NONNAME, 9},
	{"media", NE_LX_TITLE_MOD | NE_LX_ORG, 5},
	{"megan", NE_LX_FIRST_F, 5},
	{"megyn", NE_LX_FIRST_F, 5},
	{"mehmet", NE_LX_FIRST_M, 6},
	{"melania", NE_LX_FIRST_F, 7},
	{"melanie", NE_LX_FIRST_F, 7},
	{"melbourne", NE_LX_PLACE, 9},
	{"melinda", NE_LX_FIRST_F, 7},
	{"melissa", NE_LX_FIRST_F, 7},
	{"melvin", NE_LX_FIRST_M, 6},
	{"member", NE_LX_TITLE_MOD | NE_LX_NOMINAL, 6},
	{"members", NE_LX_NOMINAL, 7},
	{"memo", NE_LX_NOMINAL | NE_LX_STATEMENT, 4},
	{"mention", NE_LX_CUE, 7},
	{"mentioned", NE_LX_CUE, 9},
	{"mentioning", NE_LX_CUE, 10},
	{"mentions", NE_LX_CUE, 8},
	{"menu", NE_LX_NONNAME, 4},
	{"mep", NE_LX_TITLE | NE_LX_NOMINAL, 3},
	{"meps", NE_LX_ORG | NE_LX_NOMINAL, 4},
	{"meredith", NE_LX_FIRST_F, 8},
	{"merger", NE_LX_CORP_OF, 6},
	{"message", NE_LX_NOMINAL | NE_LX_STATEMENT, 7},
	{"messaged", NE_LX_CUE, 8},
	{"messaging", NE_LX_CUE, 9},
	{"messrs", NE_LX_ABBREV | NE_LX_ABBREV_TITLE, 6},
	{"metals", NE_LX_ORG, 6},
	{"mette", NE_LX_FIRST_F, 5},
	{"mexican", NE_LX_NAT, 7},
	{"mexico", NE_LX_PLACE, 6},
	{"mia", NE_LX_FIRST_F, 3},
	{"miami", NE_LX_PLACE, 5},
	{"micah", NE_LX_FIRST_M, 5},
	{"michael", NE_LX_FIRST_M, 7},
	{"michel", NE_LX_FIRST_M, 6},
	{"michelle", NE_LX_FIRST_F, 8},
	{"michigan", NE_LX_PLACE, 8},
	{"mick", NE_LX_FIRST_M, 4},
	{"microsoft", NE_LX_KNOWN_ORG, 9},
	{"midfielder", NE_LX_PERSON_NOUN, 10},
	{"midwest", NE_LX_PLACE, 7},
	{"might", NE_LX_NONNAME | NE_LX_SKIPADV, 5},
	{"miguel", NE_LX_FIRST_M, 6},
	{"mika", NE_LX_FIRST_F, 4},
	{"mike", NE_LX_FIRST_M, 4},
	{"mikhail", NE_LX_FIRST_M, 7},
	{"mila", NE_LX_FIRST_F, 4},
	{"milan", NE_LX_FIRST_M, 5},
	{"militants", NE_LX_NOMINAL, 9},
	{"millionaire", NE_LX_PERSON_NOUN, 11},
	{"milton", NE_LX_FIRST_M, 6},
	{"miner", NE_LX_ORG_NOUN, 5},
	{"minerals", NE_LX_ORG, 8},
	{"miners", NE_LX_NOMINAL, 6},
	{"mines", NE_LX_ORG, 5},
	{"mining", NE_LX_ORG, 6},
	{"minister", NE_LX_TITLE, 8},
	{"ministers", NE_LX_NOMINAL, 9},
	{"ministry", NE_LX_ORG | NE_LX_NOMINAL | NE_LX_ORG_NOUN, 8},
	{"minnesota", NE_LX_PLACE, 9},
	{"minority", NE_LX_TITLE_MOD, 8},
	{"miranda", NE_LX_FIRST_F, 7},
	{"miriam", NE_LX_FIRST_F, 6},
	{"mirror", NE_LX_ORG, 6},
	{"miss", NE_LX_TITLE | NE_LX_HON_F | NE_LX_HONORIFIC, 4},
	{"mississippi", NE_LX_PLACE, 11},
	{"missouri", NE_LX_PLACE, 8},
	{"mitch", NE_LX_FIRST_M, 5},
	{"mitt", NE_LX_FIRST_M, 4},
	{"mla", NE_LX_TITLE | NE_LX_NOMINAL, 3},
	{"mln", NE_LX_NONNAME, 3},
	{"moan", NE_LX_CUE, 4},
	{"moaned", NE_LX_CUE, 6},
	{"moaning", NE_LX_CUE, 7},
	{"moans", NE_LX_CUE, 5},
	{"mock", NE_LX_CUE, 4},
	{"mocked", NE_LX_CUE, 6},
	{"mocking", NE_LX_CUE, 7},
	{"mocks", NE_LX_CUE, 5},
	{"moderator", NE_LX_TITLE, 9},
	{"mogul", NE_LX_TITLE | NE_LX_PERSON_NOUN, 5},
	{"mohamed", NE_LX_FIRST_M, 7},
	{"mohammad", NE_LX_FIRST_M, 8},
	{"mohammed", NE_LX_FIRST_M, 8},
	{"mohsen", NE_LX_FIRST_M, 6},
	{"molly", NE_LX_FIRST_F, 5},
	{"mon", NE_LX_WEEKDAY, 3},
	{"monday", NE_LX_WEEKDAY, 6},
	{"mongolia", NE_LX_PLACE, 8},
	{"mongolian", NE_LX_NAT, 9},
	{"monica", NE_LX_FIRST_F, 6},
	{"montana", NE_LX_PLACE, 7},
	{"month", NE_LX_NONNAME, 5},
	{"months", NE_LX_NONNAME, 6},
	{"montreal", NE_LX_PLACE, 8},
	{"more", NE_LX_NONNAME, 4},
	{"moreover", NE_LX_NONNAME, 8},
	{"moroccan", NE_LX_NAT, 8},
	{"morocco", NE_LX_PLACE, 7},
	{"morris", NE_LX_FIRST_M, 6},
	{"moscow", NE_LX_PLACE, 6},
	{"moshe", NE_LX_FIRST_M, 5},
	{"most", NE_LX_NONNAME, 4},
	{"mosul", NE_LX_PLACE, 5},
	{"mother", NE_LX_NOMINAL, 6},
	{"motor", NE_LX_ORG, 5},
	{"motors", NE_LX_ORG, 6},
	{"motorway", NE_LX_PLACE, 8},
	{"mount", NE_LX_PLACE, 5},
	{"mountain", NE_LX_PLACE, 8},
	{"mourners", NE_LX_NOMINAL, 8},
	{"mozambique", NE_LX_PLACE, 10},
	{"mp", NE_LX_TITLE, 2},
	{"mp3", NE_LX_NONNAME, 3},
	{"mps", NE_LX_ORG | NE_LX_NOMINAL, 3},
	{"mr", NE_LX_TITLE | NE_LX_HON_M | NE_LX_HONORIFIC | NE_LX_ABBREV | NE_LX_ABBREV_TITLE, 2},
	{"mr.", NE_LX_NONNAME, 3},
	{"mrs", NE_LX_TITLE | NE_LX_HON_F | NE_LX_HONORIFIC | NE_LX_ABBREV | NE_LX_ABBREV_TITLE, 3},
	{"ms", NE_LX_TITLE | NE_LX_HON_F | NE_LX_HONORIFIC | NE_LX_ABBREV | NE_LX_ABBREV_TITLE, 2},
	{"msnbc", NE_LX_KNOWN_ORG, 5},
	{"msp", NE_LX_TITLE | NE_LX_NOMINAL, 3},
	{"msps", NE_LX_ORG | NE_LX_NOMINAL, 4},
	{"mssrs", NE_LX_ABBREV | NE_LX_ABBREV_TITLE, 5},
	{"mst", NE_LX_NONNAME, 3},
	{"mt", NE_LX_ABBREV, 2},
	{"muhammad", NE_LX_FIRST_M, 8},
	{"mumbai", NE_LX_PLACE, 6},
	{"mumble", NE_LX_CUE, 6},
	{"mumbled", NE_LX_CUE, 7},
	{"mumbles", NE_LX_CUE, 7},
	{"mumbling", NE_LX_CUE, 8},
	{"munich", NE_LX_PLACE, 6},
	{"murat", NE_LX_FIRST_M, 5},
	{"muriel", NE_LX_FIRST_F, 6},
	{"murmur", NE_LX_CUE, 6},
	{"murmured", NE_LX_CUE, 8},
	{"murmuring", NE_LX_CUE, 9},
	{"murmurs", NE_LX_CUE, 7},
	{"murray", NE_LX_FIRST_M, 6},
	{"mused", NE_LX_CUE, 5},
	{"muses", NE_LX_CUE, 5},
	{"museum", NE_LX_ORG, 6},
	{"musician", NE_LX_PERSON_NOUN, 8},
	{"musicians", NE_LX_NOMINAL, 9},
	{"musing", NE_LX_CUE, 6},
	{"muslim", NE_LX_NAT, 6},
	{"must", NE_LX_NONNAME | NE_LX_SKIPADV, 4},
	{"mustafa", NE_LX_FIRST_M, 7},
	{"mutsuki", NE_LX_FIRST_M, 7},
	{"mutter", NE_LX_CUE, 6},
	{"muttered", NE_LX_CUE, 8},
	{"muttering", NE_LX_CUE, 9},
	{"mutters", NE_LX_CUE, 7},
	{"mx", NE_LX_TITLE | NE_LX_HONORIFIC, 2},
	{"my", NE_LX_NONNAME, 2},
	{"myanmar", NE_LX_PLACE, 7},
	{"myra", NE_LX_FIRST_F, 4},
	{"naacp", NE_LX_KNOWN_ORG, 5},
	{"nabil", NE_LX_FIRST_M, 5},
	{"nadia", NE_LX_FIRST_F, 5},
	{"nadine", NE_LX_FIRST_F, 6},
	{"nahum", NE_LX_FIRST_M, 5},
	{"nairobi", NE_LX_PLACE, 7},
	{"namibia", NE_LX_PLACE, 7},
	{"nancy", NE_LX_FIRST_F, 5},
	{"naomi", NE_LX_FIRST_F, 5},
	{"naoto", NE_LX_FIRST_M, 5},
	{"narendra", NE_LX_FIRST_M, 8},
	{"narrate", NE_LX_CUE, 7},
	{"narrated", NE_LX_CUE, 8},
	{"narrates", NE_LX_CUE, 8},
	{"narrating", NE_LX_CUE, 9},
	{"nasa", NE_LX_KNOWN_ORG, 4},
	{"nasser", NE_LX_FIRST_M, 6},
	{"natalia", NE_LX_FIRST_F, 7},
	{"natalie", NE_LX_FIRST_F, 7},
	{"natalya", NE_LX_FIRST_F, 7},
	{"natasha", NE_LX_FIRST_F, 7},
	{"nathalie", NE_LX_FIRST_F, 8},
	{"nathan", NE_LX_FIRST_M, 6},
	{"nathaniel", NE_LX_FIRST_M, 9},
	{"national", NE_LX_TITLE_MOD | NE_LX_NAT, 8},
	{"nations", NE_LX_ORG, 7},
	{"nato", NE_LX_KNOWN_ORG, 4},
	{"navy", NE_LX_ORG, 4},
	{"nawaz", NE_LX_FIRST_M, 5},
	{"nbc", NE_LX_KNOWN_ORG, 3},
	{"nebraska", NE_LX_PLACE, 8},
	{"negotiator", NE_LX_NOMINAL, 10},
	{"negotiators", NE_LX_NOMINAL, 11},
	{"neighbor", NE_LX_NOMINAL, 8},
	{"neighbors", NE_LX_NOMINAL, 9},
	{"neighbour", NE_LX_NOMINAL, 9},
	{"neighbours", NE_LX_NOMINAL, 10},
	{"neil", NE_LX_FIRST_M, 4},
	{"neither", NE_LX_NONNAME, 7},
	{"nell", NE_LX_FIRST_F, 4},
	{"nellie", NE_LX_FIRST_F, 6},
	{"nepal", NE_LX_PLACE, 5},
	{"nepalese", NE_LX_NAT, 8},
	{"netflix", NE_LX_KNOWN_ORG, 7},
	{"netherlands", NE_LX_PLACE, 11},
	{"network", NE_LX_ORG | NE_LX_NOMINAL | NE_LX_ORG_NOUN, 7},
	{"networks", NE_LX_ORG, 8},
	{"nevada", NE_LX_PLACE, 6},
	{"nevertheless", NE_LX_NONNAME, 12},
	{"neville", NE_LX_FIRST_M, 7},
	{"new", NE_LX_PLACE | NE_LX_NAT | NE_LX_NONNAME, 3},
	{"news", NE_LX_ORG, 4},
	{"newspaper", NE_LX_NOMINAL, 9},
	{"newt", NE_LX_FIRST_M, 4},
	{"next", NE_LX_NONNAME, 4},
	{"ngozi", NE_LX_FIRST_F, 5},
	{"niall", NE_LX_FIRST_M, 5},
	{"nicaragua", NE_LX_PLACE, 9},
	{"nicholas", NE_LX_FIRST_M, 8},
	{"nick", NE_LX_FIRST_M, 4},
	{"nicola", NE_LX_FIRST_F, 6},
	{"nicolas", NE_LX_FIRST_M, 7},
	{"nicole", NE_LX_FIRST_F, 6},
	{"niels", NE_LX_FIRST_M, 5},
	{"nigel", NE_LX_FIRST_M, 5},
	{"nigeria", NE_LX_PLACE, 7},
	{"nigerian", NE_LX_NAT, 8},
	{"nikki", NE_LX_FIRST_F, 5},
	{"nikolai", NE_LX_FIRST_M, 7},
	{"nikolaus", NE_LX_FIRST_M, 8},
	{"nils", NE_LX_FIRST_M, 4},
	{"nina", NE_LX_FIRST_F, 4},
	{"nine", NE_LX_NONNAME, 4},
	{"no", NE_LX_NONNAME | NE_LX_ABBREV, 2},
	{"noah", NE_LX_FIRST_M, 4},
	{"nobody", NE_LX_NONNAME, 6},
	{"noboru", NE_LX_FIRST_M, 6},
	{"nod", NE_LX_CUE, 3},
	{"noded", NE_LX_CUE, 5},
	{"noding", NE_LX_CUE, 6},
	{"noelle", NE_LX_FIRST_F, 6},
	{"nolan", NE_LX_FIRST_M, 5},
	{"nominee", NE_LX_TITLE | NE_LX_NOMINAL, 7},
	{"nonetheless", NE_LX_NONNAME, 11},
	{"nor", NE_LX_NONNAME, 3},
	{"nora", NE_LX_FIRST_F, 4},
	{"norah", NE_LX_FIRST_F, 5},
	{"norma", NE_LX_FIRST_F, 5},
	{"norman", NE_LX_FIRST_M, 6},
	{"north", NE_LX_TITLE_MOD | NE_LX_PLACE, 5},
	{"northern", NE_LX_NAT, 8},
	{"norway", NE_LX_PLACE, 6},
	{"norwegian", NE_LX_NAT, 9},
	{"not", NE_LX_NONNAME, 3},
	{"note", NE_LX_NONNAME | NE_LX_NOMINAL | NE_LX_STATEMENT, 4},
	{"noted", NE_LX_CUE, 5},
	{"notes", NE_LX_CUE, 5},
	{"noting", NE_LX_CUE, 6},
	{"nov", NE_LX_MONTH | NE_LX_ABBREV, 3},
	{"novelist", NE_LX_PERSON_NOUN, 8},
	{"november", NE_LX_MONTH, 8},
	{"now", NE_LX_NONNAME, 3},
	{"npr", NE_LX_KNOWN_ORG, 3},
	{"nra", NE_LX_KNOWN_ORG, 3},
	{"nsa", NE_LX_KNOWN_ORG, 3},
	{"nurses", NE_LX_NOMINAL, 6},
	{"nv", NE_LX_ORG, 2},
	{"nyt", NE_LX_KNOWN_ORG, 3},
	{"objected", NE_LX_CUE, 8},
	{"objecting", NE_LX_CUE, 9},
	{"observe", NE_LX_CUE, 7},
	{"observed", NE_LX_CUE, 8},
	{"observer", NE_LX_ORG, 8},
	{"observers", NE_LX_NOMINAL, 9},
	{"observes", NE_LX_CUE, 8},
	{"observing", NE_LX_CUE, 9},
	{"ocean", NE_LX_PLACE, 5},
	{"oct", NE_LX_MONTH | NE_LX_ABBREV, 3},
	{"october", NE_LX_MONTH, 7},
	{"oecd", NE_LX_KNOWN_ORG, 4},
	{"of", NE_LX_TITLE_MOD | NE_LX_NONNAME, 2},
	{"offered", NE_LX_CUE, 7},
	{"office", NE_LX_ORG | NE_LX_NOMINAL, 6},
	{"officer", NE_LX_TITLE | NE_LX_NOMINAL, 7},
	{"officers", NE_LX_NOMINAL, 8},
	{"official", NE_LX_NOMINAL, 8},
	{"officials", NE_LX_NOMINAL, 9},
	{"often", NE_LX_SKIPADV, 5},
	{"oh", NE_LX_NONNAME, 2},
	{"ohio", NE_LX_PLACE, 4},
	{"oil", NE_LX_ORG, 3},
	{"oklahoma", NE_LX_PLACE, 8},
	{"oksana", NE_LX_FIRST_F, 6},
	{"olaf", NE_LX_FIRST_M, 4},
	{"oleg", NE_LX_FIRST_M, 4},
	{"oleksandr", NE_LX_FIRST_M, 9},
	{"olga", NE_LX_FIRST_F, 4},
	{"oliver", NE_LX_FIRST_M, 6},
	{"olivia", NE_LX_FIRST_F, 6},
	{"olivier", NE_LX_FIRST_M, 7},
	{"ollie", NE_LX_FIRST_M, 5},
	{"olusegun", NE_LX_FIRST_M, 8},
	{"olympic", NE_LX_NAT, 7},
	{"olympics", NE_LX_ORG, 8},
	{"oman", NE_LX_PLACE, 4},
	{"omani", NE_LX_NAT, 5},
	{"omar", NE_LX_FIRST_M, 4},
	{"omarosa", NE_LX_FIRST_F, 7},
	{"on", NE_LX_NONNAME, 2},
	{"once", NE_LX_NONNAME | NE_LX_SKIPADV, 4},
	{"one", NE_LX_NONNAME, 3},
	{"online", NE_LX_NONNAME, 6},
	{"only", NE_LX_NONNAME, 4},
	{"onno", NE_LX_FIRST_M, 4},
	{"onto", NE_LX_NONNAME, 4},
	{"op-ed", NE_LX_NOMINAL, 5},
	{"opec", NE_LX_KNOWN_ORG, 4},
	{"open", NE_LX_ORG, 4},
	{"opera", NE_LX_ORG, 5},
	{"operative", NE_LX_NOMINAL, 9},
	{"operatives", NE_LX_NOMINAL, 10},
	{"operator", NE_LX_ORG_NOUN, 8},
	{"operators", NE_LX_NOMINAL, 9},
	{"opine", NE_LX_CUE, 5},
	{"opined", NE_LX_CUE, 6},
	{"opines", NE_LX_CUE, 6},
	{"opining", NE_LX_CUE, 7},
	{"opinion", NE_LX_NONNAME, 7},
	{"opponent", NE_LX_NOMINAL, 8},
	{"opponents", NE_LX_NOMINAL, 9},
	{"or", NE_LX_NONNAME, 2},
	{"orchestra", NE_LX_ORG, 9},
	{"oregon", NE_LX_PLACE, 6},
	{"organisation", NE_LX_ORG | NE_LX_ORG_NOUN, 12},
	{"organiser", NE_LX_NOMINAL, 9},
	{"organisers", NE_LX_NOMINAL, 10},
	{"organization", NE_LX_ORG | NE_LX_NOMINAL | NE_LX_ORG_NOUN, 12},
	{"organizer", NE_LX_NOMINAL, 9},
	{"organizers", NE_LX_NOMINAL, 10},
	{"originally", NE_LX_SKIPADV, 10},
	{"orleans", NE_LX_PLACE, 7},
	{"orrin", NE_LX_FIRST_M, 5},
	{"osamu", NE_LX_FIRST_M, 5},
	{"oscar", NE_LX_FIRST_M, 5},
	{"oslo", NE_LX_PLACE, 4},
	{"osman", NE_LX_FIRST_M, 5},
	{"other", NE_LX_NONNAME, 5},
	{"otherwise", NE_LX_NONNAME, 9},
	{"ottawa", NE_LX_PLACE, 6},
	{"otto", NE_LX_FIRST_M, 4},
	{"our", NE_LX_NONNAME, 3},
	{"outlet", NE_LX_NOMINAL, 6},
	{"over", NE_LX_NONNAME, 4},
	{"overall", NE_LX_NONNAME, 7},
	{"oversight", NE_LX_TITLE_MOD, 9},
	{"owen", NE_LX_FIRST_M, 4},
	{"owner", NE_LX_NOMINAL, 5},
	{"owners", NE_LX_NOMINAL, 6},
	{"oy", NE_LX_ORG, 2},
	{"oyj", NE_LX_ORG, 3},
	{"ozzy", NE_LX_FIRST_M, 4},
	{"pablo", NE_LX_FIRST_M, 5},
	{"page", NE_LX_NONNAME, 4},
	{"paige", NE_LX_FIRST_F, 5},
	{"pakistan", NE_LX_PLACE, 8},
	{"pakistani", NE_LX_NAT, 9},
	{"palestine", NE_LX_PLACE, 9},
	{"palestinian", NE_LX_NAT, 11},
	{"pamela", NE_LX_FIRST_F, 6},
	{"panama", NE_LX_PLACE, 6},
	{"panel", NE_LX_NOMINAL, 5},
	{"paola", NE_LX_FIRST_F, 5},
	{"paolo", NE_LX_FIRST_M, 5},
	{"paper", NE_LX_NOMINAL, 5},
	{"paraguay", NE_LX_PLACE, 8},
	{"paraguayan", NE_LX_NAT, 10},
	{"paraphrase", NE_LX_CUE, 10},
	{"paraphrased", NE_LX_CUE, 11},
	{"paraphrases", NE_LX_CUE, 11},
	{"paraphrasing", NE_LX_CUE, 12},
	{"paris", NE_LX_PLACE, 5},
	{"park", NE_LX_PLACE, 4},
	{"parliament", NE_LX_ORG, 10},
	{"participants", NE_LX_NOMINAL, 12},
	{"partner", NE_LX_NOMINAL, 7},
	{"partners", NE_LX_ORG, 8},
	{"party", NE_LX_TITLE_MOD | NE_LX_ORG | NE_LX_NOMINAL | NE_LX_ORG_NOUN, 5},
	{"pascal", NE_LX_FIRST_M, 6},
	{"passengers", NE_LX_NOMINAL, 10},
	{"pastor", NE_LX_TITLE, 6},
	{"pat", NE_LX_FIRST_M, 3},
	{"patrice", NE_LX_FIRST_M, 7},
	{"patricia", NE_LX_FIRST_F, 8},
	{"patrick", NE_LX_FIRST_M, 7},
	{"paul", NE_LX_FIRST_M, 4},
	{"paula", NE_LX_FIRST_F, 5},
	{"pauline", NE_LX_FIRST_F, 7},
	{"paulo", NE_LX_FIRST_M, 5},
	{"pavel", NE_LX_FIRST_M, 5},
	{"pbs", NE_LX_KNOWN_ORG, 3},
	{"pc", NE_LX_NONNAME, 2},
	{"pcs", NE_LX_NONNAME, 3},
	{"pct", NE_LX_NONNAME, 3},
	{"pdt", NE_LX_NONNAME, 3},
	{"pedro", NE_LX_FIRST_M, 5},
	{"peggy", NE_LX_FIRST_F, 5},
	{"peking", NE_LX_PLACE, 6},
	{"pened", NE_LX_CUE, 5},
	{"penelope", NE_LX_FIRST_F, 8},
	{"pening", NE_LX_CUE, 6},
	{"pennsylvania", NE_LX_PLACE, 12},
	{"pentagon", NE_LX_ORG | NE_LX_KNOWN_ORG, 8},
	{"people", NE_LX_NOMINAL, 6},
	{"percy", NE_LX_FIRST_M, 5},
	{"perhaps", NE_LX_NONNAME, 7},
	{"persian", NE_LX_NAT, 7},
	{"person", NE_LX_NOMINAL, 6},
	{"peru", NE_LX_PLACE, 4},
	{"peruvian", NE_LX_NAT, 8},
	{"pervez", NE_LX_FIRST_M, 6},
	{"pete", NE_LX_FIRST_M, 4},
	{"peter", NE_LX_FIRST_M, 5},
	{"petra", NE_LX_FIRST_F, 5},
	{"petroleum", NE_LX_ORG, 9},
	{"pharma", NE_LX_ORG, 6},
	{"pharmaceutical", NE_LX_ORG, 14},
	{"pharmaceuticals", NE_LX_ORG, 15},
	{"phd", NE_LX_SUFFIX, 3},
	{"phil", NE_LX_FIRST_M, 4},
	{"philadelphia", NE_LX_PLACE, 12},
	{"philip", NE_LX_FIRST_M, 6},
	{"philipp", NE_LX_FIRST_M, 7},
	{"philippa", NE_LX_FIRST_F, 8},
	{"philippe", NE_LX_FIRST_M, 8},
	{"philippines", NE_LX_PLACE, 11},
	{"philosopher", NE_LX_PERSON_NOUN, 11},
	{"phoebe", NE_LX_FIRST_F, 6},
	{"phoenix", NE_LX_PLACE, 7},
	{"photo", NE_LX_NONNAME, 5},
	{"phyllis", NE_LX_FIRST_F, 7},
	{"pictures", NE_LX_ORG, 8},
	{"pierre", NE_LX_FIRST_M, 6},
	{"piers", NE_LX_FIRST_M, 5},
	{"pieter", NE_LX_FIRST_M, 6},
	{"pietro", NE_LX_FIRST_M, 6},
	{"pilar", NE_LX_FIRST_F, 5},
	{"pilgrims", NE_LX_NOMINAL, 8},
	{"piotr", NE_LX_FIRST_M, 5},
	{"pitcher", NE_LX_PERSON_NOUN, 7},
	{"plainly", NE_LX_SKIPADV, 7},
	{"plastics", NE_LX_ORG, 8},
	{"player", NE_LX_PERSON_NOUN, 6},
	{"playwright", NE_LX_PERSON_NOUN, 10},
	{"plaza", NE_LX_PLACE, 5},
	{"plc", NE_LX_ORG, 3},
	{"plead", NE_LX_CUE, 5},
	{"pleaded", NE_LX_CUE, 7},
	{"pleading", NE_LX_CUE, 8},
	{"pleads", NE_LX_CUE, 6},
	{"please", NE_LX_NONNAME, 6},
	{"pled", NE_LX_CUE, 4},
	{"pledge", NE_LX_CUE, 6},
	{"pledged", NE_LX_CUE, 7},
	{"pledges", NE_LX_CUE, 7},
	{"pledging", NE_LX_CUE, 8},
	{"poet", NE_LX_PERSON_NOUN, 4},
	{"pointed", NE_LX_CUE, 7},
	{"pointing", NE_LX_CUE, 8},
	{"poland", NE_LX_PLACE, 6},
	{"pole", NE_LX_NAT | NE_LX_PERSON_NOUN, 4},
	{"police", NE_LX_ORG | NE_LX_NOMINAL, 6},
	{"policy", NE_LX_TITLE_MOD, 6},
	{"polish", NE_LX_NAT, 6},
	{"political", NE_LX_TITLE_MOD, 9},
	{"politician", NE_LX_PERSON_NOUN, 10},
	{"politico", NE_LX_KNOWN_ORG, 8},
	{"politifact", NE_LX_KNOWN_ORG, 10},
	{"poll", NE_LX_NONNAME | NE_LX_NOMINAL, 4},
	{"polls", NE_LX_NONNAME, 5},
	{"pollster", NE_LX_TITLE, 8},
	{"polly", NE_LX_FIRST_F, 5},
	{"ponder", NE_LX_CUE, 6},
	{"pondered", NE_LX_CUE, 8},
	{"pondering", NE_LX_CUE, 9},
	{"ponders", NE_LX_CUE, 7},
	{"pope", NE_LX_TITLE | NE_LX_HON_M, 4},
	{"popular", NE_LX_NONNAME, 7},
	{"porto", NE_LX_PLACE, 5},
	{"portugal", NE_LX_PLACE, 8},
	{"portuguese", NE_LX_NAT, 10},
	{"posit", NE_LX_CUE, 5},
	{"posited", NE_LX_CUE, 7},
	{"positing", NE_LX_CUE, 8},
	{"posits", NE_LX_CUE, 6},
	{"post", NE_LX_ORG | NE_LX_NOMINAL | NE_LX_STATEMENT, 4},
	{"posted", NE_LX_CUE, 6},
	{"posting", NE_LX_CUE, 7},
	{"posts", NE_LX_NOMINAL, 5},
	{"poul", NE_LX_FIRST_M, 4},
	{"prague", NE_LX_PLACE, 6},
	{"praised", NE_LX_CUE, 7},
	{"praising", NE_LX_CUE, 8},
	{"prakash", NE_LX_FIRST_M, 7},
	{"preach", NE_LX_CUE, 6},
	{"preached", NE_LX_CUE, 8},
	{"preaches", NE_LX_CUE, 8},
	{"preaching", NE_LX_CUE, 9},
	{"predict", NE_LX_CUE, 7},
	{"predicted", NE_LX_CUE, 9},
	{"predicting", NE_LX_CUE, 10},
	{"predicts", NE_LX_CUE, 8},
	{"premier", NE_LX_TITLE, 7},
	{"pres", NE_LX_ABBREV | NE_LX_ABBREV_TITLE, 4},
	{"president", NE_LX_TITLE | NE_LX_NOMINAL, 9},
	{"president-elect", NE_LX_TITLE, 15},
	{"presidential", NE_LX_TITLE_MOD, 12},
	{"press", NE_LX_TITLE_MOD | NE_LX_ORG | NE_LX_NOMINAL, 5},
	{"pressed", NE_LX_CUE, 7},
	{"pressing", NE_LX_CUE, 8},
	{"previously", NE_LX_SKIPADV, 10},
	{"primary", NE_LX_NONNAME, 7},
	{"prime", NE_LX_TITLE_MOD, 5},
	{"prince", NE_LX_TITLE | NE_LX_HON_M, 6},
	{"princess", NE_LX_TITLE | NE_LX_HON_F, 8},
	{"principal", NE_LX_TITLE, 9},
	{"priscilla", NE_LX_FIRST_F, 9},
	{"prison", NE_LX_PLACE, 6},
	{"priti", NE_LX_FIRST_F, 5},
	{"privately", NE_LX_SKIPADV, 9},
	{"prix", NE_LX_ORG, 4},
	{"priya", NE_LX_FIRST_F, 5},
	{"probed", NE_LX_CUE, 6},
	{"probing", NE_LX_CUE, 7},
	{"proclaim", NE_LX_CUE, 8},
	{"proclaimed", NE_LX_CUE, 10},
	{"proclaiming", NE_LX_CUE, 11},
	{"proclaims", NE_LX_CUE, 9},
	{"producer", NE_LX_ORG_NOUN, 8},
	{"producers", NE_LX_NOMINAL, 9},
	{"productions", NE_LX_ORG, 11},
	{"products", NE_LX_ORG, 8},
	{"prof", NE_LX_TITLE | NE_LX_HONORIFIC | NE_LX_ABBREV | NE_LX_ABBREV_TITLE, 4},
	{"profess", NE_LX_CUE, 7},
	{"professed", NE_LX_CUE, 9},
	{"professes", NE_LX_CUE, 9},
	{"professing", NE_LX_CUE, 10},
	{"professor", NE_LX_TITLE | NE_LX_PERSON_NOUN, 9},
	{"profit", NE_LX_CORP_NOUN, 6},
	{"profits", NE_LX_CORP_NOUN, 7},
	{"programme", NE_LX_ORG, 9},
	{"progressive", NE_LX_NAT | NE_LX_PERSON_NOUN, 11},
	{"promised", NE_LX_CUE, 8},
	{"promises", NE_LX_CUE, 8},
	{"promising", NE_LX_CUE, 9},
	{"pronounce", NE_LX_CUE, 9},
	{"pronounced", NE_LX_CUE, 10},
	{"pronounces", NE_LX_CUE, 10},
	{"pronouncing", NE_LX_CUE, 11},
	{"properties", NE_LX_ORG, 10},
	{"propose", NE_LX_CUE, 7},
	{"proposed", NE_LX_CUE, 8},
	{"proposes", NE_LX_CUE, 8},
	{"proposing", NE_LX_CUE, 9},
	{"prosecutor", NE_LX_NOMINAL, 10},
	{"prosecutors", NE_LX_NOMINAL, 11},
	{"protested", NE_LX_CUE, 9},
	{"protester", NE_LX_NOMINAL, 9},
	{"protesters", NE_LX_NOMINAL, 10},
	{"protesting", NE_LX_CUE, 10},
	{"protestors", NE_LX_NOMINAL, 10},
	{"proudly", NE_LX_SKIPADV, 7},
	{"provost", NE_LX_TITLE, 7},
	{"psp", NE_LX_NONNAME, 3},
	{"pst", NE_LX_NONNAME, 3},
	{"pte", NE_LX_ORG, 3},
	{"pty", NE_LX_ORG, 3},
	{"public", NE_LX_TITLE_MOD, 6},
	{"publicly", NE_LX_SKIPADV, 8},
	{"publisher", NE_LX_TITLE | NE_LX_ORG_NOUN, 9},
	{"puerto", NE_LX_PLACE, 6},
	{"pundits", NE_LX_NOMINAL, 7},
	{"punta", NE_LX_PLACE, 5},
	{"pvt", NE_LX_ABBREV | NE_LX_ABBREV_TITLE, 3},
	{"qatar", NE_LX_PLACE, 5},
	{"qatari", NE_LX_NAT, 6},
	{"qc", NE_LX_TITLE, 2},
	{"quarterback", NE_LX_PERSON_NOUN, 11},
	{"queen", NE_LX_TITLE | NE_LX_HON_F, 5},
	{"queens", NE_LX_PLACE, 6},
	{"queried", NE_LX_CUE, 7},
	{"querying", NE_LX_CUE, 8},
	{"questioned", NE_LX_CUE, 10},
	{"questioning", NE_LX_CUE, 11},
	{"quibble", NE_LX_CUE, 7},
	{"quibbled", NE_LX_CUE, 8},
	{"quibbles", NE_LX_CUE, 8},
	{"quibbling", NE_LX_CUE, 9},
	{"quickly", NE_LX_SKIPADV, 7},
	{"quietly", NE_LX_SKIPADV, 7},
	{"quinnipiac", NE_LX_KNOWN_ORG, 10},
	{"quipped", NE_LX_CUE, 7},
	{"quipping", NE_LX_CUE, 8},
	{"quips", NE_LX_CUE, 5},
	{"quized", NE_LX_CUE, 6},
	{"quizing", NE_LX_CUE, 7},
	{"quoted", NE_LX_CUE, 6},
	{"quoting", NE_LX_CUE, 7},
	{"rabbi", NE_LX_TITLE | NE_LX_HON_M, 5},
	{"rachel", NE_LX_FIRST_F, 6},
	{"radio", NE_LX_ORG, 5},
	{"rafael", NE_LX_FIRST_M, 6},
	{"rahul", NE_LX_FIRST_M, 5},
	{"rail", NE_LX_CUE, 4},
	{"railed", NE_LX_CUE, 6},
	{"railing", NE_LX_CUE, 7},
	{"railroad", NE_LX_ORG, 8},
	{"rails", NE_LX_CUE, 5},
	{"railway", NE_LX_ORG, 7},
	{"railways", NE_LX_ORG, 8},
	{"rainer", NE_LX_FIRST_M, 6},
	{"raj", NE_LX_FIRST_M, 3},
	{"rajiv", NE_LX_FIRST_M, 5},
	{"ralf", NE_LX_FIRST_M, 4},
	{"rally", NE_LX_NOMINAL, 5},
	{"ralph", NE_LX_FIRST_M, 5},
	{"ramon", NE_LX_FIRST_M, 5},
	{"rand", NE_LX_FIRST_M, 4},
	{"randall", NE_LX_FIRST_M, 7},
	{"randy", NE_LX_FIRST_M, 5},
	{"ranking", NE_LX_TITLE_MOD, 7},
	{"ranted", NE_LX_CUE, 6},
	{"ranting", NE_LX_CUE, 7},
	{"rapper", NE_LX_TITLE | NE_LX_PERSON_NOUN, 6},
	{"raqqa", NE_LX_PLACE, 5},
	{"raquel", NE_LX_FIRST_F, 6},
	{"rashid", NE_LX_FIRST_M, 6},
	{"rasmussen", NE_LX_KNOWN_ORG, 9},
	{"rather", NE_LX_NONNAME, 6},
	{"raul", NE_LX_FIRST_M, 4},
	{"rave", NE_LX_CUE, 4},
	{"raved", NE_LX_CUE, 5},
	{"raves", NE_LX_CUE, 5},
	{"raving", NE_LX_CUE, 6},
	{"raymond", NE_LX_FIRST_M, 7},
	{"react", NE_LX_CUE, 5},
	{"reacted", NE_LX_CUE, 7},
	{"reacting", NE_LX_CUE, 8},
	{"reacts", NE_LX_CUE, 6},
	{"read", NE_LX_CUE | NE_LX_NONNAME, 4},
	{"reading", NE_LX_CUE, 7},
	{"reads", NE_LX_CUE, 5},
	{"realty", NE_LX_ORG, 6},
	{"reasoned", NE_LX_CUE, 8},
	{"reasoning", NE_LX_CUE, 9},
	{"reassert", NE_LX_CUE, 8},
	{"reasserted", NE_LX_CUE, 10},
	{"reasserting", NE_LX_CUE, 11},
	{"reasserts", NE_LX_CUE, 9},
	{"reassure", NE_LX_CUE, 8},
	{"reassured", NE_LX_CUE, 9},
	{"reassures", NE_LX_CUE, 9},
	{"reassuring", NE_LX_CUE, 10},
	{"rebecca", NE_LX_FIRST_F, 7},
	{"rebels", NE_LX_NOMINAL, 6},
	{"rebuke", NE_LX_CUE, 6},
	{"rebuked", NE_LX_CUE, 7},
	{"rebukes", NE_LX_CUE, 7},
	{"rebuking", NE_LX_CUE, 8},
	{"rebuts", NE_LX_CUE, 6},
	{"rebutted", NE_LX_CUE, 8},
	{"recall", NE_LX_CUE, 6},
	{"recalled", NE_LX_CUE, 8},
	{"recalling", NE_LX_CUE, 9},
	{"recalls", NE_LX_CUE, 7},
	{"recently", NE_LX_SKIPADV, 8},
	{"recep", NE_LX_FIRST_M, 5},
	{"reckoned", NE_LX_CUE, 8},
	{"reckoning", NE_LX_CUE, 9},
	{"recommend", NE_LX_CUE, 9},
	{"recommended", NE_LX_CUE, 11},
	{"recommending", NE_LX_CUE, 12},
	{"recommends", NE_LX_CUE, 10},
	{"records", NE_LX_ORG, 7},
	{"recount", NE_LX_CUE, 7},
	{"recounted", NE_LX_CUE, 9},
	{"recounting", NE_LX_CUE, 10},
	{"recounts", NE_LX_CUE, 8},
	{"reddit", NE_LX_KNOWN_ORG, 6},
	{"refiner", NE_LX_ORG_NOUN, 7},
	{"refiners", NE_LX_NOMINAL, 8},
	{"reflect", NE_LX_CUE, 7},
	{"reflected", NE_LX_CUE, 9},
	{"reflecting", NE_LX_CUE, 10},
	{"reflects", NE_LX_CUE, 8},
	{"refugees", NE_LX_NOMINAL, 8},
	{"refute", NE_LX_CUE, 6},
	{"refuted", NE_LX_CUE, 7},
	{"refutes", NE_LX_CUE, 7},
	{"refuting", NE_LX_CUE, 8},
	{"regina", NE_LX_FIRST_F, 6},
	{"reginald", NE_LX_FIRST_M, 8},
	{"regional", NE_LX_TITLE_MOD, 8},
	{"registry", NE_LX_ORG, 8},
	{"regulators", NE_LX_NOMINAL, 10},
	{"reince", NE_LX_FIRST_M, 6},
	{"reiterate", NE_LX_CUE, 9},
	{"reiterated", NE_LX_CUE, 10},
	{"reiterates", NE_LX_CUE, 10},
	{"reiterating", NE_LX_CUE, 11},
	{"related", NE_LX_CUE | NE_LX_NONNAME, 7},
	{"relating", NE_LX_CUE, 8},
	{"relatives", NE_LX_NOMINAL, 9},
	{"release", NE_LX_NOMINAL | NE_LX_STATEMENT, 7},
	{"remark", NE_LX_CUE, 6},
	{"remarked", NE_LX_CUE, 8},
	{"remarking", NE_LX_CUE, 9},
	{"remarks", NE_LX_CUE | NE_LX_STATEMENT, 7},
	{"remind", NE_LX_CUE, 6},
	{"reminded", NE_LX_CUE, 8},
	{"reminding", NE_LX_CUE, 9},
	{"reminisce", NE_LX_CUE, 9},
	{"reminisced", NE_LX_CUE, 10},
	{"reminisces", NE_LX_CUE, 10},
	{"reminiscing", NE_LX_CUE, 11},
	{"rene", NE_LX_FIRST_M, 4},
	{"renee", NE_LX_FIRST_F, 5},
	{"rep", NE_LX_TITLE | NE_LX_ABBREV | NE_LX_ABBREV_TITLE, 3},
	{"repeat", NE_LX_CUE, 6},
	{"repeated", NE_LX_CUE, 8},
	{"repeatedly", NE_LX_SKIPADV, 10},
	{"repeating", NE_LX_CUE, 9},
	{"repeats", NE_LX_CUE, 7},
	{"replied", NE_LX_CUE, 7},
	{"replies", NE_LX_CUE, 7},
	{"reply", NE_LX_CUE, 5},
	{"replying", NE_LX_CUE, 8},
	{"report", NE_LX_NOMINAL, 6},
	{"reported", NE_LX_CUE, 8},
	{"reportedly", NE_LX_SKIPADV, 10},
	{"reporter", NE_LX_TITLE | NE_LX_NOMINAL, 8},
	{"reporters", NE_LX_NOMINAL, 9},
	{"reporting", NE_LX_CUE, 9},
	{"reports", NE_LX_CUE, 7},
	{"representative", NE_LX_TITLE | NE_LX_NOMINAL, 14},
	{"representatives", NE_LX_NOMINAL, 15},
	{"reprimand", NE_LX_CUE, 9},
	{"reprimanded", NE_LX_CUE, 11},
	{"reprimanding", NE_LX_CUE, 12},
	{"reprimands", NE_LX_CUE, 10},
	{"reps", NE_LX_ABBREV | NE_LX_ABBREV_TITLE | NE_LX_TITLE, 4},
	{"republic", NE_LX_PLACE, 8},
	{"republican", NE_LX_TITLE_MOD | NE_LX_NAT | NE_LX_PERSON_NOUN, 10},
	{"republican-led", NE_LX_TITLE_MOD, 14},
	{"republicans", NE_LX_NAT, 11},
	{"requested", NE_LX_CUE, 9},
	{"requesting", NE_LX_CUE, 10},
	{"research", NE_LX_TITLE_MOD, 8},
	{"researcher", NE_LX_NOMINAL, 10},
	{"researchers", NE_LX_NOMINAL, 11},
	{"reserve", NE_LX_ORG, 7},
	{"resident", NE_LX_NOMINAL, 8},
	{"residents", NE_LX_NOMINAL, 9},
	{"resources", NE_LX_ORG, 9},
	{"respond", NE_LX_CUE, 7},
	{"responded", NE_LX_CUE, 9},
	{"responding", NE_LX_CUE, 10},
	{"responds", NE_LX_CUE, 8},
	{"restaurant", NE_LX_ORG, 10},
	{"restaurants", NE_LX_ORG, 11},
	{"resume", NE_LX_CUE, 6},
	{"resumed", NE_LX_CUE, 7},
	{"resumes", NE_LX_CUE, 7},
	{"resuming", NE_LX_CUE, 8},
	{"retailer", NE_LX_ORG_NOUN, 8},
	{"retailers", NE_LX_NOMINAL, 9},
	{"retaliate", NE_LX_CUE, 9},
	{"retaliated", NE_LX_CUE, 10},
	{"retaliates", NE_LX_CUE, 10},
	{"retaliating", NE_LX_CUE, 11},
	{"retort", NE_LX_CUE, 6},
	{"retorted", NE_LX_CUE, 8},
	{"retorting", NE_LX_CUE, 9},
	{"retorts", NE_LX_CUE, 7},
	{"reuben", NE_LX_FIRST_M, 6},
	{"reuters", NE_LX_KNOWN_ORG, 7},
	{"rev", NE_LX_TITLE | NE_LX_HON_M | NE_LX_HONORIFIC | NE_LX_ABBREV | NE_LX_ABBREV_TITLE, 3},
	{"reveal", NE_LX_CUE, 6},
	{"revealed", NE_LX_CUE, 8},
	{"revealing", NE_LX_CUE, 9},
	{"reveals", NE_LX_CUE, 7},
	{"revenue", NE_LX_CORP_NOUN, 7},
	{"revenues", NE_LX_CORP_NOUN, 8},
	{"reverend", NE_LX_TITLE, 8},
	{"review", NE_LX_ORG, 6},
	{"rex", NE_LX_FIRST_M, 3},
	{"reza", NE_LX_FIRST_M, 4},
	{"rhode", NE_LX_PLACE, 5},
	{"rhonda", NE_LX_FIRST_F, 6},
	{"rhys", NE_LX_FIRST_M, 4},
	{"rica", NE_LX_PLACE, 4},
	{"ricardo", NE_LX_FIRST_M, 7},
	{"riccardo", NE_LX_FIRST_M, 8},
	{"richard", NE_LX_FIRST_M, 7},
	{"rick", NE_LX_FIRST_M, 4},
	{"ricky", NE_LX_FIRST_M, 5},
	{"riffed", NE_LX_CUE, 6},
	{"riffing", NE_LX_CUE, 7},
	{"rights", NE_LX_TITLE_MOD, 6},
	{"rilwanu", NE_LX_FIRST_M, 7},
	{"rioters", NE_LX_NOMINAL, 7},
	{"rita", NE_LX_FIRST_F, 4},
	{"river", NE_LX_PLACE, 5},
	{"riyadh", NE_LX_PLACE, 6},
	{"rnc", NE_LX_KNOWN_ORG, 3},
	{"road", NE_LX_PLACE, 4},
	{"roar", NE_LX_CUE, 4},
	{"roared", NE_LX_CUE, 6},
	{"roaring", NE_LX_CUE, 7},
	{"roars", NE_LX_CUE, 5},
	{"rob", NE_LX_FIRST_M, 3},
	{"robbie", NE_LX_FIRST_M, 6},
	{"robert", NE_LX_FIRST_M, 6},
	{"roberta", NE_LX_FIRST_F, 7},
	{"roberto", NE_LX_FIRST_M, 7},
	{"robyn", NE_LX_FIRST_F, 5},
	{"rodney", NE_LX_FIRST_M, 6},
	{"rodrigo", NE_LX_FIRST_M, 7},
	{"roger", NE_LX_FIRST_M, 5},
	{"roland", NE_LX_FIRST_M, 6},
	{"rolando", NE_LX_FIRST_M, 7},
	{"rolf", NE_LX_FIRST_M, 4},
	{"roman", NE_LX_FIRST_M, 5},
	{"romania", NE_LX_PLACE, 7},
	{"romanian", NE_LX_NAT, 8},
	{"romano", NE_LX_FIRST_M, 6},
	{"rome", NE_LX_PLACE, 4},
	{"ron", NE_LX_FIRST_M, 3},
	{"ronald", NE_LX_FIRST_M, 6},
	{"ronnie", NE_LX_FIRST_M, 6},
	{"rory", NE_LX_FIRST_M, 4},
	{"rosa", NE_LX_FIRST_F, 4},
	{"rosalind", NE_LX_FIRST_F, 8},
	{"rose", NE_LX_FIRST_F, 4},
	{"rosemary", NE_LX_FIRST_F, 8},
	{"ross", NE_LX_FIRST_M, 4},
	{"rovers", NE_LX_ORG, 6},
	{"rowan", NE_LX_FIRST_M, 5},
	{"roxanne", NE_LX_FIRST_F, 7},
	{"roy", NE_LX_FIRST_M, 3},
	{"ruben", NE_LX_FIRST_M, 5},
	{"rudolf", NE_LX_FIRST_M, 6},
	{"rudolph", NE_LX_FIRST_M, 7},
	{"rudy", NE_LX_FIRST_M, 4},
	{"rufus", NE_LX_FIRST_M, 5},
	{"ruling", NE_LX_NOMINAL, 6},
	{"runner", NE_LX_PERSON_NOUN, 6},
	{"rupert", NE_LX_FIRST_M, 6},
	{"russ", NE_LX_FIRST_M, 4},
	{"russell", NE_LX_FIRST_M, 7},
	{"russia", NE_LX_PLACE, 6},
	{"russian", NE_LX_NAT, 7},
	{"ruth", NE_LX_FIRST_F, 4},
	{"rwanda", NE_LX_PLACE, 6},
	{"ryan", NE_LX_FIRST_M, 4},
	{"sa", NE_LX_ORG, 2},
	{"sabine", NE_LX_FIRST_F, 6},
	{"sabrina", NE_LX_FIRST_F, 7},
	{"sadie", NE_LX_FIRST_F, 5},
	{"saeed", NE_LX_FIRST_M, 5},
	{"said", NE_LX_CUE | NE_LX_CUE_SAY, 4},
	{"sales", NE_LX_CORP_NOUN, 5},
	{"sally", NE_LX_FIRST_F, 5},
	{"salman", NE_LX_FIRST_M, 6},
	{"salon", NE_LX_KNOWN_ORG, 5},
	{"salvatore", NE_LX_FIRST_M, 9},
	{"sam", NE_LX_FIRST_M, 3},
	{"samantha", NE_LX_FIRST_F, 8},
	{"sami", NE_LX_FIRST_M, 4},
	{"samir", NE_LX_FIRST_M, 5},
	{"samira", NE_LX_FIRST_F, 6},
	{"samuel", NE_LX_FIRST_M, 6},
	{"san", NE_LX_PLACE, 3},
	{"sandra", NE_LX_FIRST_F, 6},
	{"sandrine", NE_LX_FIRST_F, 8},
	{"sania", NE_LX_FIRST_F, 5},
	{"sanjay", NE_LX_FIRST_M, 6},
	{"santa", NE_LX_PLACE, 5},
	{"santiago", NE_LX_FIRST_M, 8},
	{"sao", NE_LX_PLACE, 3},
	{"sara", NE_LX_FIRST_F, 4},
	{"sarah", NE_LX_FIRST_F, 5},
	{"sarl", NE_LX_ORG, 4},
	{"sat", NE_LX_WEEKDAY, 3},
	{"satoshi", NE_LX_FIRST_M, 7},
	{"saturday", NE_LX_WEEKDAY, 8},
	{"saudi", NE_LX_PLACE | NE_LX_NAT, 5},
	{"saul", NE_LX_FIRST_M, 4},
	{"savings", NE_LX_ORG, 7},
	{"say", NE_LX_CUE | NE_LX_CUE_SAY, 3},
	{"saying", NE_LX_CUE | NE_LX_CUE_SAY, 6},
	{"says", NE_LX_CUE | NE_LX_CUE_SAY, 4},
	{"scandinavian", NE_LX_NAT, 12},
	{"scarlett", NE_LX_FIRST_F, 8},
	{"scholar", NE_LX_TITLE, 7},
	{"school", NE_LX_ORG, 6},
	{"scientist", NE_LX_PERSON_NOUN, 9},
	{"scientists", NE_LX_NOMINAL, 10},
	{"scoff", NE_LX_CUE, 5},
	{"scoffed", NE_LX_CUE, 7},
	{"scoffing", NE_LX_CUE, 8},
	{"scoffs", NE_LX_CUE, 6},
	{"scold", NE_LX_CUE, 5},
	{"scolded", NE_LX_CUE, 7},
	{"scolding", NE_LX_CUE, 8},
	{"scolds", NE_LX_CUE, 6},
	{"scot", NE_LX_NAT | NE_LX_PERSON_NOUN, 4},
	{"scotland", NE_LX_PLACE, 8},
	{"scotsman", NE_LX_NAT | NE_LX_PERSON_NOUN, 8},
	{"scotswoman", NE_LX_NAT | NE_LX_PERSON_NOUN, 10},
	{"scott", NE_LX_FIRST_M, 5},
	{"scottish", NE_LX_NAT, 8},
	{"scream", NE_LX_CUE, 6},
	{"screamed", NE_LX_CUE, 8},
	{"screaming", NE_LX_CUE, 9},
	{"screams", NE_LX_CUE, 7},
	{"scribble", NE_LX_CUE, 8},
	{"scribbled", NE_LX_CUE, 9},
	{"scribbles", NE_LX_CUE, 9},
	{"scribbling", NE_LX_CUE, 10},
	{"sea", NE_LX_PLACE, 3},
	{"seamus", NE_LX_FIRST_M, 6},
	{"sean", NE_LX_FIRST_M, 4},
	{"search", NE_LX_NONNAME, 6},
	{"seattle", NE_LX_PLACE, 7},
	{"seb", NE_LX_FIRST_M, 3},
	{"sebastian", NE_LX_FIRST_M, 9},
	{"sebastien", NE_LX_FIRST_M, 9},
	{"sec", NE_LX_KNOWN_ORG | NE_LX_ABBREV, 3},
	{"second", NE_LX_TITLE_MOD | NE_LX_NONNAME, 6},
	{"secretariat", NE_LX_ORG, 11},
	{"secretary", NE_LX_TITLE, 9},
	{"securities", NE_LX_ORG, 10},
	{"security", NE_LX_TITLE_MOD, 8},
	{"segolene", NE_LX_FIRST_F, 8},
	{"selina", NE_LX_FIRST_F, 6},
	{"sellers", NE_LX_NOMINAL, 7},
	{"semiconductor", NE_LX_ORG, 13},
	{"sen", NE_LX_TITLE | NE_LX_ABBREV | NE_LX_ABBREV_TITLE, 3},
	{"senate", NE_LX_TITLE_MOD | NE_LX_ORG | NE_LX_KNOWN_ORG, 6},
	{"senator", NE_LX_TITLE | NE_LX_NOMINAL, 7},
	{"senator-elect", NE_LX_TITLE, 13},
	{"senegal", NE_LX_PLACE, 7},
	{"senior", NE_LX_TITLE_MOD, 6},
	{"sens", NE_LX_ABBREV | NE_LX_ABBREV_TITLE | NE_LX_TITLE, 4},
	{"seoul", NE_LX_PLACE, 5},
	{"sep", NE_LX_MONTH | NE_LX_ABBREV, 3},
	{"sept", NE_LX_MONTH | NE_LX_ABBREV, 4},
	{"september", NE_LX_MONTH, 9},
	{"serbia", NE_LX_PLACE, 6},
	{"serbian", NE_LX_NAT, 7},
	{"serena", NE_LX_FIRST_F, 6},
	{"sergeant", NE_LX_TITLE, 8},
	{"sergei", NE_LX_FIRST_M, 6},
	{"sergey", NE_LX_FIRST_M, 6},
	{"sergio", NE_LX_FIRST_M, 6},
	{"service", NE_LX_ORG, 7},
	{"services", NE_LX_TITLE_MOD | NE_LX_ORG, 8},
	{"seven", NE_LX_NONNAME, 5},
	{"sgt", NE_LX_TITLE | NE_LX_ABBREV | NE_LX_ABBREV_TITLE, 3},
	{"shane", NE_LX_FIRST_M, 5},
	{"shanghai", NE_LX_PLACE, 8},
	{"shannon", NE_LX_FIRST_F, 7},
	{"share", NE_LX_NONNAME, 5},
	{"shareholder", NE_LX_CORP_OF | NE_LX_CORP_NOUN, 11},
	{"shareholders", NE_LX_CORP_OF | NE_LX_CORP_NOUN, 12},
	{"shares", NE_LX_CORP_OF | NE_LX_CORP_NOUN, 6},
	{"sharon", NE_LX_FIRST_F, 6},
	{"sharply", NE_LX_SKIPADV, 7},
	{"shaun", NE_LX_FIRST_M, 5},
	{"she", NE_LX_NONNAME | NE_LX_PRON_F, 3},
	{"sheikh", NE_LX_TITLE | NE_LX_HON_M, 6},
	{"sheila", NE_LX_FIRST_F, 6},
	{"sheldon", NE_LX_FIRST_M, 7},
	{"shelley", NE_LX_FIRST_F, 7},
	{"sheriff", NE_LX_TITLE, 7},
	{"sheryl", NE_LX_FIRST_F, 6},
	{"shimon", NE_LX_FIRST_M, 6},
	{"shinichi", NE_LX_FIRST_M, 8},
	{"shinzo", NE_LX_FIRST_M, 6},
	{"shippers", NE_LX_NOMINAL, 8},
	{"shipping", NE_LX_ORG, 8},
	{"shirley", NE_LX_FIRST_F, 7},
	{"shoppers", NE_LX_NOMINAL, 8},
	{"shot", NE_LX_CUE, 4},
	{"should", NE_LX_NONNAME | NE_LX_SKIPADV, 6},
	{"shouldn't", NE_LX_NONNAME | NE_LX_SKIPADV, 9},
	{"shouldn’t", NE_LX_NONNAME | NE_LX_SKIPADV, 11},
	{"shout", NE_LX_CUE, 5},
	{"shouted", NE_LX_CUE, 7},
	{"shouting", NE_LX_CUE, 8},
	{"shouts", NE_LX_CUE, 6},
	{"show", NE_LX_ORG, 4},
	{"shriek", NE_LX_CUE, 6},
	{"shrieked", NE_LX_CUE, 8},
	{"shrieking", NE_LX_CUE, 9},
	{"shrieks", NE_LX_CUE, 7},
	{"shruged", NE_LX_CUE, 7},
	{"shruging", NE_LX_CUE, 8},
	{"sidney", NE_LX_FIRST_M, 6},
	{"sigh", NE_LX_CUE, 4},
	{"sighed", NE_LX_CUE, 6},
	{"sighing", NE_LX_CUE, 7},
	{"sighs", NE_LX_CUE, 5},
	{"sign", NE_LX_NONNAME | NE_LX_NOMINAL, 4},
	{"signs", NE_LX_NOMINAL, 5},
	{"silas", NE_LX_FIRST_M, 5},
	{"silicon", NE_LX_PLACE, 7},
	{"silvia", NE_LX_FIRST_F, 6},
	{"silvio", NE_LX_FIRST_M, 6},
	{"simon", NE_LX_FIRST_M, 5},
	{"simone", NE_LX_FIRST_F, 6},
	{"simply", NE_LX_SKIPADV, 6},
	{"simulator", NE_LX_ORG, 9},
	{"since", NE_LX_NONNAME | NE_LX_SKIPADV, 5},
	{"singapore", NE_LX_PLACE, 9},
	{"singaporean", NE_LX_NAT, 11},
	{"singer", NE_LX_TITLE | NE_LX_PERSON_NOUN, 6},
	{"sir", NE_LX_TITLE | NE_LX_HON_M | NE_LX_HONORIFIC, 3},
	{"sister", NE_LX_HON_F | NE_LX_NOMINAL, 6},
	{"six", NE_LX_NONNAME, 3},
	{"skip", NE_LX_NONNAME, 4},
	{"skipper", NE_LX_PERSON_NOUN, 7},
	{"slam", NE_LX_ORG | NE_LX_CUE, 4},
	{"slamed", NE_LX_CUE, 6},
	{"slaming", NE_LX_CUE, 7},
	{"slammed", NE_LX_CUE, 7},
	{"slams", NE_LX_CUE, 5},
	{"slate", NE_LX_KNOWN_ORG, 5},
	{"slovak", NE_LX_NAT, 6},
	{"slovenian", NE_LX_NAT, 9},
	{"smiled", NE_LX_CUE, 6},
	{"smiling", NE_LX_CUE, 7},
	{"smriti", NE_LX_FIRST_F, 6},
	{"sms", NE_LX_NONNAME, 3},
	{"smugly", NE_LX_SKIPADV, 6},
	{"snapchat", NE_LX_KNOWN_ORG, 8},
	{"snapped", NE_LX_CUE, 7},
	{"snapping", NE_LX_CUE, 8},
	{"snaps", NE_LX_CUE, 5},
	{"snarl", NE_LX_CUE, 5},
	{"snarled", NE_LX_CUE, 7},
	{"snarling", NE_LX_CUE, 8},
	{"snarls", NE_LX_CUE, 6},
	{"sneer", NE_LX_CUE, 5},
	{"sneered", NE_LX_CUE, 7},
	{"sneering", NE_LX_CUE, 8},
	{"sneers", NE_LX_CUE, 6},
	{"snipe", NE_LX_CUE, 5},
	{"sniped", NE_LX_CUE, 6},
	{"snipes", NE_LX_CUE, 6},
	{"sniping", NE_LX_CUE, 7},
	{"so", NE_LX_NONNAME, 2},
	{"sobed", NE_LX_CUE, 5},
	{"sobing", NE_LX_CUE, 6},
	{"society", NE_LX_ORG, 7},
	{"sofia", NE_LX_FIRST_F, 5},
	{"softly", NE_LX_SKIPADV, 6},
	{"software", NE_LX_ORG, 8},
	{"sol", NE_LX_FIRST_M, 3},
	{"soldier", NE_LX_NOMINAL, 7},
	{"soldiers", NE_LX_NOMINAL, 8},
	{"solicitor", NE_LX_TITLE | NE_LX_TITLE_MOD, 9},
	{"somali", NE_LX_NAT, 6},
	{"somalia", NE_LX_PLACE, 7},
	{"some", NE_LX_NONNAME, 4},
	{"somebody", NE_LX_NONNAME, 8},
	{"someone", NE_LX_NONNAME, 7},
	{"son", NE_LX_NOMINAL, 3},
	{"sonia", NE_LX_FIRST_F, 5},
	{"soon", NE_LX_NONNAME, 4},
	{"sophia", NE_LX_FIRST_F, 6},
	{"sophie", NE_LX_FIRST_F, 6},
	{"source", NE_LX_NONNAME | NE_LX_NOMINAL, 6},
	{"sources", NE_LX_NONNAME | NE_LX_NOMINAL, 7},
	{"south", NE_LX_TITLE_MOD | NE_LX_PLACE, 5},
	{"southern", NE_LX_NAT, 8},
	{"spa", NE_LX_ORG, 3},
	{"spain", NE_LX_PLACE, 5},
	{"spaniard", NE_LX_NAT | NE_LX_PERSON_NOUN, 8},
	{"spanish", NE_LX_NAT, 7},
	{"spat", NE_LX_CUE, 4},
	{"speaker", NE_LX_TITLE, 7},
	{"speaks", NE_LX_CUE, 6},
	{"special", NE_LX_TITLE_MOD, 7},
	{"spectators", NE_LX_NOMINAL, 10},
	{"speculate", NE_LX_CUE, 9},
	{"speculated", NE_LX_CUE, 10},
	{"speculates", NE_LX_CUE, 10},
	{"speculating", NE_LX_CUE, 11},
	{"speech", NE_LX_NOMINAL | NE_LX_STATEMENT, 6},
	{"spoke", NE_LX_CUE, 5},
	{"spoken", NE_LX_CUE, 6},
	{"spokesman", NE_LX_TITLE | NE_LX_HON_M | NE_LX_NOMINAL, 9},
	{"spokesmen", NE_LX_TITLE | NE_LX_NOMINAL, 9},
	{"spokespeople", NE_LX_NOMINAL, 12},
	{"spokesperson", NE_LX_TITLE | NE_LX_NOMINAL, 12},
	{"spokeswoman", NE_LX_TITLE | NE_LX_HON_F | NE_LX_NOMINAL, 11},
	{"sport", NE_LX_ORG, 5},
	{"sprinter", NE_LX_PERSON_NOUN, 8},
	{"square", NE_LX_PLACE, 6},
	{"sr", NE_LX_SUFFIX | NE_LX_ABBREV, 2},
	{"srl", NE_LX_ORG, 3},
	{"st", NE_LX_PLACE | NE_LX_PARTICLE | NE_LX_ABBREV | NE_LX_ABBREV_TITLE, 2},
	{"st.", NE_LX_PLACE, 3},
	{"stadium", NE_LX_PLACE, 7},
	{"staff", NE_LX_TITLE_MOD | NE_LX_NOMINAL, 5},
	{"staffer", NE_LX_NOMINAL, 7},
	{"staffers", NE_LX_NOMINAL, 8},
	{"stake", NE_LX_CORP_OF, 5},
	{"stammer", NE_LX_CUE, 7},
	{"stammered", NE_LX_CUE, 9},
	{"stammering", NE_LX_CUE, 10},
	{"stammers", NE_LX_CUE, 8},
	{"stan", NE_LX_FIRST_M, 4},
	{"star", NE_LX_PERSON_NOUN, 4},
	{"state", NE_LX_TITLE_MOD, 5},
	{"stated", NE_LX_CUE, 6},
	{"statement", NE_LX_NONNAME | NE_LX_NOMINAL | NE_LX_STATEMENT, 9},
	{"statements", NE_LX_STATEMENT, 10},
	{"states", NE_LX_PLACE | NE_LX_CUE, 6},
	{"stating", NE_LX_CUE, 7},
	{"station", NE_LX_PLACE, 7},
	{"stefan", NE_LX_FIRST_M, 6},
	{"stefano", NE_LX_FIRST_M, 7},
	{"stella", NE_LX_FIRST_F, 6},
	{"stephane", NE_LX_FIRST_M, 8},
	{"stephanie", NE_LX_FIRST_F, 9},
	{"stephen", NE_LX_FIRST_M, 7},
	{"steve", NE_LX_FIRST_M, 5},
	{"steven", NE_LX_FIRST_M, 6},
	{"still", NE_LX_NONNAME | NE_LX_SKIPADV, 5},
	{"stock", NE_LX_CORP_OF | NE_LX_CORP_NOUN, 5},
	{"stockholders", NE_LX_CORP_OF | NE_LX_CORP_NOUN, 12},
	{"stockholm", NE_LX_PLACE, 9},
	{"stores", NE_LX_ORG, 6},
	{"stories", NE_LX_NONNAME, 7},
	{"story", NE_LX_NONNAME, 5},
	{"strategist", NE_LX_TITLE | NE_LX_NOMINAL, 10},
	{"strategists", NE_LX_NOMINAL, 11},
	{"street", NE_LX_PLACE, 6},
	{"stressed", NE_LX_CUE, 8},
	{"stressing", NE_LX_CUE, 9},
	{"striker", NE_LX_PERSON_NOUN, 7},
	{"stuart", NE_LX_FIRST_M, 6},
	{"student", NE_LX_NOMINAL, 7},
	{"students", NE_LX_NOMINAL, 8},
	{"studio", NE_LX_ORG_NOUN, 6},
	{"studios", NE_LX_ORG, 7},
	{"study", NE_LX_NOMINAL, 5},
	{"stutter", NE_LX_CUE, 7},
	{"stuttered", NE_LX_CUE, 9},
	{"stuttering", NE_LX_CUE, 10},
	{"stutters", NE_LX_CUE, 8},
	{"subcommittee", NE_LX_ORG | NE_LX_NOMINAL, 12},
	{"subscribe", NE_LX_NONNAME, 9},
	{"subsidiaries", NE_LX_CORP_NOUN, 12},
	{"subsidiary", NE_LX_CORP_OF | NE_LX_CORP_NOUN, 10},
	{"such", NE_LX_NONNAME, 4},
	{"sudan", NE_LX_PLACE, 5},
	{"sudanese", NE_LX_NAT, 8},
	{"sue", NE_LX_FIRST_F, 3},
	{"suggest", NE_LX_CUE, 7},
	{"suggested", NE_LX_CUE, 9},
	{"suggesting", NE_LX_CUE, 10},
	{"suggests", NE_LX_CUE, 8},
	{"sun", NE_LX_WEEKDAY, 3},
	{"sunday", NE_LX_WEEKDAY, 6},
	{"sunil", NE_LX_FIRST_M, 5},
	{"sunita", NE_LX_FIRST_F, 6},
	{"superintendent", NE_LX_TITLE, 14},
	{"supervisor", NE_LX_TITLE, 10},
	{"supplier", NE_LX_ORG_NOUN, 8},
	{"suppliers", NE_LX_NOMINAL, 9},
	{"supporter", NE_LX_NOMINAL, 9},
	{"supporters", NE_LX_NOMINAL, 10},
	{"supreme", NE_LX_TITLE_MOD, 7},
	{"supt", NE_LX_TITLE | NE_LX_ABBREV | NE_LX_ABBREV_TITLE, 4},
	{"suresh", NE_LX_FIRST_M, 6},
	{"surgeon", NE_LX_TITLE_MOD, 7},
	{"surmise", NE_LX_CUE, 7},
	{"surmised", NE_LX_CUE, 8},
	{"surmises", NE_LX_CUE, 8},
	{"surmising", NE_LX_CUE, 9},
	{"survey", NE_LX_NOMINAL, 6},
	{"survivor", NE_LX_NOMINAL, 8},
	{"survivors", NE_LX_NOMINAL, 9},
	{"susan", NE_LX_FIRST_F, 5},
	{"susanna", NE_LX_FIRST_F, 7},
	{"sushma", NE_LX_FIRST_F, 6},
	{"suzanne", NE_LX_FIRST_F, 7},
	{"sven", NE_LX_FIRST_M, 4},
	{"svetlana", NE_LX_FIRST_F, 8},
	{"swear", NE_LX_CUE, 5},
	{"swearing", NE_LX_CUE, 8},
	{"swears", NE_LX_CUE, 6},
	{"swede", NE_LX_NAT | NE_LX_PERSON_NOUN, 5},
	{"sweden", NE_LX_PLACE, 6},
	{"swedish", NE_LX_NAT, 7},
	{"swimmer", NE_LX_PERSON_NOUN, 7},
	{"swiss", NE_LX_NAT, 5},
	{"switzerland", NE_LX_PLACE, 11},
	{"swore", NE_LX_CUE, 5},
	{"sworn", NE_LX_CUE, 5},
	{"sydney", NE_LX_PLACE, 6},
	{"sylvia", NE_LX_FIRST_F, 6},
	{"sylvie", NE_LX_FIRST_F, 6},
	{"syria", NE_LX_PLACE, 5},
	{"syrian", NE_LX_NAT, 6},
	{"systems", NE_LX_ORG, 7},
	{"tad", NE_LX_FIRST_M, 3},
	{"tadashi", NE_LX_FIRST_M, 7},
	{"taipei", NE_LX_PLACE, 6},
	{"taiwan", NE_LX_PLACE, 6},
	{"taiwanese", NE_LX_NAT, 9},
	{"takashi", NE_LX_FIRST_M, 7},
	{"takeover", NE_LX_CORP_OF, 8},
	{"takeshi", NE_LX_FIRST_M, 7},
	{"taliban", NE_LX_KNOWN_ORG, 7},
	{"tamara", NE_LX_FIRST_F, 6},
	{"tammy", NE_LX_FIRST_F, 5},
	{"tanya", NE_LX_FIRST_F, 5},
	{"tanzania", NE_LX_PLACE, 8},
	{"tanzanian", NE_LX_NAT, 9},
	{"tara", NE_LX_FIRST_F, 4},
	{"tariq", NE_LX_FIRST_M, 5},
	{"tatiana", NE_LX_FIRST_F, 7},
	{"tatyana", NE_LX_FIRST_F, 7},
	{"taunt", NE_LX_CUE, 5},
	{"taunted", NE_LX_CUE, 7},
	{"taunting", NE_LX_CUE, 8},
	{"taunts", NE_LX_CUE, 6},
	{"tayyip", NE_LX_FIRST_M, 6},
	{"teacher", NE_LX_NOMINAL, 7},
	{"teachers", NE_LX_NOMINAL, 8},
	{"team", NE_LX_ORG | NE_LX_NOMINAL | NE_LX_ORG_NOUN, 4},
	{"tease", NE_LX_CUE, 5},
	{"teased", NE_LX_CUE, 6},
	{"teases", NE_LX_CUE, 6},
	{"teasing", NE_LX_CUE, 7},
	{"technologies", NE_LX_ORG, 12},
	{"technology", NE_LX_ORG, 10},
	{"ted", NE_LX_FIRST_M, 3},
	{"teddy", NE_LX_FIRST_M, 5},
	{"teenager", NE_LX_PERSON_NOUN, 8},
	{"tehran", NE_LX_PLACE, 6},
	{"telecom", NE_LX_ORG, 7},
	{"telegraph", NE_LX_ORG, 9},
	{"telephone", NE_LX_ORG, 9},
	{"television", NE_LX_ORG, 10},
	{"tell", NE_LX_CUE | NE_LX_CUE_SAY, 4},
	{"telling", NE_LX_CUE | NE_LX_CUE_SAY, 7},
	{"tells", NE_LX_CUE | NE_LX_CUE_SAY, 5},
	{"ten", NE_LX_NONNAME | NE_LX_PARTICLE, 3},
	{"tennessee", NE_LX_PLACE, 9},
	{"ter", NE_LX_PARTICLE, 3},
	{"teresa", NE_LX_FIRST_F, 6},
	{"termed", NE_LX_CUE, 6},
	{"terming", NE_LX_CUE, 7},
	{"terrence", NE_LX_FIRST_M, 8},
	{"terry", NE_LX_FIRST_M, 5},
	{"tesla", NE_LX_KNOWN_ORG, 5},
	{"tessa", NE_LX_FIRST_F, 5},
	{"testified", NE_LX_CUE, 9},
	{"testifies", NE_LX_CUE, 9},
	{"testify", NE_LX_CUE, 7},
	{"testifying", NE_LX_CUE, 10},
	{"texan", NE_LX_NAT | NE_LX_PERSON_NOUN, 5},
	{"texas", NE_LX_PLACE, 5},
	{"texted", NE_LX_CUE, 6},
	{"textiles", NE_LX_ORG, 8},
	{"thabo", NE_LX_FIRST_M, 5},
	{"thai", NE_LX_NAT, 4},
	{"thailand", NE_LX_PLACE, 8},
	{"thanks", NE_LX_NONNAME, 6},
	{"thanksgiving", NE_LX_NONNAME, 12},
	{"that", NE_LX_NONNAME, 4},
	{"that's", NE_LX_NONNAME, 6},
	{"that’s", NE_LX_NONNAME, 8},
	{"the", NE_LX_TITLE_MOD | NE_LX_NONNAME, 3},
	{"theater", NE_LX_ORG, 7},
	{"theatre", NE_LX_ORG, 7},
	{"their", NE_LX_NONNAME | NE_LX_PRON_PL, 5},
	{"theirs", NE_LX_PRON_PL, 6},
	{"thelma", NE_LX_FIRST_F, 6},
	{"them", NE_LX_PRON_PL, 4},
	{"themselves", NE_LX_PRON_PL, 10},
	{"then", NE_LX_NONNAME | NE_LX_SKIPADV, 4},
	{"theo", NE_LX_FIRST_M, 4},
	{"theodore", NE_LX_FIRST_M, 8},
	{"theorize", NE_LX_CUE, 8},
	{"theorized", NE_LX_CUE, 9},
	{"theorizes", NE_LX_CUE, 9},
	{"theorizing", NE_LX_CUE, 10},
	{"there", NE_LX_NONNAME, 5},
	{"there's", NE_LX_NONNAME, 7},
	{"therefore", NE_LX_NONNAME, 9},
	{"theresa", NE_LX_FIRST_F, 7},
	{"there’s", NE_LX_NONNAME, 9},
	{"these", NE_LX_NONNAME, 5},
	{"they", NE_LX_NONNAME | NE_LX_PRON_PL, 4},
	{"thiago", NE_LX_FIRST_M, 6},
	{"thierry", NE_LX_FIRST_M, 7},
	{"thinks", NE_LX_CUE, 6},
	{"third", NE_LX_NONNAME, 5},
	{"this", NE_LX_NONNAME, 4},
	{"thomas", NE_LX_FIRST_M, 6},
	{"those", NE_LX_NONNAME, 5},
	{"though", NE_LX_NONNAME, 6},
	{"thought", NE_LX_CUE, 7},
	{"threaten", NE_LX_CUE, 8},
	{"threatened", NE_LX_CUE, 10},
	{"threatening", NE_LX_CUE, 11},
	{"threatens", NE_LX_CUE, 9},
	{"three", NE_LX_NONNAME, 5},
	{"through", NE_LX_NONNAME, 7},
	{"throughout", NE_LX_NONNAME, 10},
	{"thu", NE_LX_WEEKDAY, 3},
	{"thunder", NE_LX_CUE, 7},
	{"thundered", NE_LX_CUE, 9},
	{"thundering", NE_LX_CUE, 10},
	{"thunders", NE_LX_CUE, 8},
	{"thur", NE_LX_WEEKDAY, 4},
	{"thurs", NE_LX_WEEKDAY, 5},
	{"thursday", NE_LX_WEEKDAY, 8},
	{"thus", NE_LX_NONNAME, 4},
	{"tiago", NE_LX_FIRST_M, 5},
	{"tiffany", NE_LX_FIRST_F, 7},
	{"tim", NE_LX_FIRST_M, 3},
	{"times", NE_LX_ORG, 5},
	{"timothy", NE_LX_FIRST_M, 7},
	{"tina", NE_LX_FIRST_F, 4},
	{"to", NE_LX_NONNAME, 2},
	{"tobacco", NE_LX_ORG, 7},
	{"tobias", NE_LX_FIRST_M, 6},
	{"toby", NE_LX_FIRST_M, 4},
	{"today", NE_LX_ORG | NE_LX_NONNAME, 5},
	{"todd", NE_LX_FIRST_M, 4},
	{"tokyo", NE_LX_PLACE, 5},
	{"told", NE_LX_CUE | NE_LX_CUE_SAY, 4},
	{"tom", NE_LX_FIRST_M, 3},
	{"tomas", NE_LX_FIRST_M, 5},
	{"tomasz", NE_LX_FIRST_M, 6},
	{"tommy", NE_LX_FIRST_M, 5},
	{"tomorrow", NE_LX_NONNAME, 8},
	{"tonight", NE_LX_NONNAME, 7},
	{"tony", NE_LX_FIRST_M, 4},
	{"top", NE_LX_NONNAME, 3},
	{"tories", NE_LX_NAT, 6},
	{"toronto", NE_LX_PLACE, 7},
	{"tory", NE_LX_NAT | NE_LX_PERSON_NOUN, 4},
	{"tournament", NE_LX_ORG, 10},
	{"tout", NE_LX_CUE, 4},
	{"touted", NE_LX_CUE, 6},
	{"touting", NE_LX_CUE, 7},
	{"touts", NE_LX_CUE, 5},
	{"toward", NE_LX_NONNAME, 6},
	{"towards", NE_LX_NONNAME, 7},
	{"tower", NE_LX_PLACE, 5},
	{"tracy", NE_LX_FIRST_F, 5},
	{"trade", NE_LX_TITLE_MOD, 5},
	{"trader", NE_LX_NOMINAL, 6},
	{"traders", NE_LX_NOMINAL, 7},
	{"trainer", NE_LX_PERSON_NOUN, 7},
	{"transcript", NE_LX_NOMINAL | NE_LX_STATEMENT, 10},
	{"transition", NE_LX_TITLE_MOD, 10},
	{"transportation", NE_LX_TITLE_MOD, 14},
	{"travis", NE_LX_FIRST_M, 6},
	{"treasurer", NE_LX_TITLE, 9},
	{"treasury", NE_LX_TITLE_MOD, 8},
	{"treaty", NE_LX_PLACE, 6},
	{"trending", NE_LX_NONNAME, 8},
	{"trevor", NE_LX_FIRST_M, 6},
	{"trey", NE_LX_FIRST_M, 4},
	{"tribune", NE_LX_ORG, 7},
	{"tristan", NE_LX_FIRST_M, 7},
	{"troops", NE_LX_NOMINAL, 6},
	{"trophy", NE_LX_ORG, 6},
	{"trudy", NE_LX_FIRST_F, 5},
	{"trust", NE_LX_ORG, 5},
	{"trustee", NE_LX_TITLE, 7},
	{"tsa", NE_LX_KNOWN_ORG, 3},
	{"tue", NE_LX_WEEKDAY, 3},
	{"tues", NE_LX_WEEKDAY, 4},
	{"tuesday", NE_LX_WEEKDAY, 7},
	{"tulsi", NE_LX_FIRST_F, 5},
	{"tunisia", NE_LX_PLACE, 7},
	{"tunisian", NE_LX_NAT, 8},
	{"tunnel", NE_LX_PLACE, 6},
	{"turkey", NE_LX_PLACE, 6},
	{"turkish", NE_LX_NAT, 7},
	{"tv", NE_LX_NONNAME | NE_LX_ORG, 2},
	{"tweet", NE_LX_CUE | NE_LX_NOMINAL | NE_LX_STATEMENT, 5},
	{"tweeted", NE_LX_CUE, 7},
	{"tweeting", NE_LX_CUE, 8},
	{"tweets", NE_LX_CUE, 6},
	{"twice", NE_LX_SKIPADV, 5},
	{"twitter", NE_LX_KNOWN_ORG, 7},
	{"two", NE_LX_NONNAME, 3},
	{"tycoon", NE_LX_PERSON_NOUN, 6},
	{"tyler", NE_LX_FIRST_M, 5},
	{"typed", NE_LX_CUE, 5},
	{"typing", NE_LX_CUE, 6},
	{"u.k", NE_LX_PLACE, 3},
	{"u.n", NE_LX_PLACE, 3},
	{"u.s", NE_LX_TITLE_MOD | NE_LX_PLACE, 3},
	{"uber", NE_LX_KNOWN_ORG, 4},
	{"uganda", NE_LX_PLACE, 6},
	{"ugandan", NE_LX_NAT, 7},
	{"uhuru", NE_LX_FIRST_M, 5},
	{"uk", NE_LX_PLACE, 2},
	{"ukraine", NE_LX_PLACE, 7},
	{"ukrainian", NE_LX_NAT, 9},
	{"ulrich", NE_LX_FIRST_M, 6},
	{"ultimately", NE_LX_SKIPADV, 10},
	{"ulysses", NE_LX_FIRST_M, 7},
	{"umberto", NE_LX_FIRST_M, 7},
	{"un", NE_LX_PLACE, 2},
	{"under", NE_LX_TITLE_MOD | NE_LX_NONNAME, 5},
	{"under-secretary", NE_LX_TITLE, 15},
	{"underneath", NE_LX_NONNAME, 10},
	{"underscore", NE_LX_CUE, 10},
	{"underscored", NE_LX_CUE, 11},
	{"underscores", NE_LX_CUE, 11},
	{"underscoring", NE_LX_CUE, 12},
	{"undersecretary", NE_LX_TITLE_MOD, 14},
	{"unesco", NE_LX_KNOWN_ORG, 6},
	{"unicef", NE_LX_KNOWN_ORG, 6},
	{"union", NE_LX_ORG | NE_LX_NOMINAL | NE_LX_ORG_NOUN, 5},
	{"unions", NE_LX_NOMINAL, 6},
	{"united", NE_LX_ORG, 6},
	{"univ", NE_LX_ABBREV, 4},
	{"university", NE_LX_ORG | NE_LX_NOMINAL, 10},
	{"unless", NE_LX_NONNAME, 6},
	{"unlike", NE_LX_NONNAME, 6},
	{"until", NE_LX_NONNAME, 5},
	{"update", NE_LX_NONNAME, 6},
	{"updated", NE_LX_NONNAME, 7},
	{"upon", NE_LX_NONNAME, 4},
	{"urge", NE_LX_CUE, 4},
	{"urged", NE_LX_CUE, 5},
	{"urges", NE_LX_CUE, 5},
	{"urging", NE_LX_CUE, 6},
	{"ursula", NE_LX_FIRST_F, 6},
	{"uruguay", NE_LX_PLACE, 7},
	{"uruguayan", NE_LX_NAT, 9},
	{"us", NE_LX_TITLE_MOD | NE_LX_PLACE, 2},
	{"usa", NE_LX_PLACE, 3},
	{"usb", NE_LX_NONNAME, 3},
	{"usda", NE_LX_KNOWN_ORG, 4},
	{"utah", NE_LX_PLACE, 4},
	{"utc", NE_LX_NONNAME, 3},
	{"utilities", NE_LX_ORG, 9},
	{"utility", NE_LX_ORG_NOUN, 7},
	{"uwe", NE_LX_FIRST_M, 3},
	{"uzbek", NE_LX_NAT, 5},
	{"uzbekistan", NE_LX_PLACE, 10},
	{"v", NE_LX_SUFFIX, 1},
	{"valentina", NE_LX_FIRST_F, 9},
	{"valeria", NE_LX_FIRST_F, 7},
	{"valerie", NE_LX_FIRST_F, 7},
	{"valley", NE_LX_PLACE, 6},
	{"van", NE_LX_PARTICLE, 3},
	{"vanessa", NE_LX_FIRST_F, 7},
	{"vat", NE_LX_NONNAME, 3},
	{"vegas", NE_LX_PLACE, 5},
	{"venezuela", NE_LX_PLACE, 9},
	{"venezuelan", NE_LX_NAT, 10},
	{"vented", NE_LX_CUE, 6},
	{"venting", NE_LX_CUE, 7},
	{"ventures", NE_LX_ORG, 8},
	{"vera", NE_LX_FIRST_F, 4},
	{"verified", NE_LX_CUE, 8},
	{"verifies", NE_LX_CUE, 8},
	{"verify", NE_LX_CUE, 6},
	{"verifying", NE_LX_CUE, 9},
	{"vermont", NE_LX_PLACE, 7},
	{"vernon", NE_LX_FIRST_M, 6},
	{"veronica", NE_LX_FIRST_F, 8},
	{"veronique", NE_LX_FIRST_F, 9},
	{"veteran", NE_LX_PERSON_NOUN, 7},
	{"veterans", NE_LX_TITLE_MOD, 8},
	{"vice", NE_LX_TITLE | NE_LX_TITLE_MOD, 4},
	{"vice-president", NE_LX_TITLE, 14},
	{"vicente", NE_LX_FIRST_M, 7},
	{"victim", NE_LX_NOMINAL, 6},
	{"victims", NE_LX_NOMINAL, 7},
	{"victor", NE_LX_FIRST_M, 6},
	{"victoria", NE_LX_FIRST_F, 8},
	{"video", NE_LX_NONNAME | NE_LX_NOMINAL | NE_LX_STATEMENT, 5},
	{"vienna", NE_LX_PLACE, 6},
	{"vietnam", NE_LX_PLACE, 7},
	{"vietnamese", NE_LX_NAT, 10},
	{"viewers", NE_LX_NOMINAL, 7},
	{"vijay", NE_LX_FIRST_M, 5},
	{"vikram", NE_LX_FIRST_M, 6},
	{"viktor", NE_LX_FIRST_M, 6},
	{"villagers", NE_LX_NOMINAL, 9},
	{"vince", NE_LX_FIRST_M, 5},
	{"vincent", NE_LX_FIRST_M, 7},
	{"viola", NE_LX_FIRST_F, 5},
	{"violet", NE_LX_FIRST_F, 6},
	{"virginia", NE_LX_PLACE | NE_LX_FIRST_F, 8},
	{"vitaly", NE_LX_FIRST_M, 6},
	{"vito", NE_LX_FIRST_M, 4},
	{"vittorio", NE_LX_FIRST_M, 8},
	{"vivian", NE_LX_FIRST_F, 6},
	{"vladimir", NE_LX_FIRST_M, 8},
	{"vol", NE_LX_ABBREV, 3},
	{"volker", NE_LX_FIRST_M, 6},
	{"volodymyr", NE_LX_FIRST_M, 9},
	{"von", NE_LX_PARTICLE, 3},
	{"voter", NE_LX_NOMINAL, 5},
	{"voters", NE_LX_NOMINAL, 6},
	{"vow", NE_LX_CUE, 3},
	{"vowed", NE_LX_CUE, 5},
	{"vowing", NE_LX_CUE, 6},
	{"vows", NE_LX_CUE, 4},
	{"vox", NE_LX_KNOWN_ORG, 3},
	{"vs", NE_LX_ABBREV, 2},
	{"vyacheslav", NE_LX_FIRST_M, 10},
	{"wade", NE_LX_FIRST_M, 4},
	{"wail", NE_LX_CUE, 4},
	{"wailed", NE_LX_CUE, 6},
	{"wailing", NE_LX_CUE, 7},
	{"wails", NE_LX_CUE, 5},
	{"wales", NE_LX_PLACE, 5},
	{"walid", NE_LX_FIRST_M, 5},
	{"wall", NE_LX_PLACE, 4},
	{"wallace", NE_LX_FIRST_M, 7},
	{"walmart", NE_LX_KNOWN_ORG, 7},
	{"walt", NE_LX_FIRST_M, 4},
	{"walter", NE_LX_FIRST_M, 6},
	{"wanderers", NE_LX_ORG, 9},
	{"warn", NE_LX_CUE, 4},
	{"warned", NE_LX_CUE, 6},
	{"warning", NE_LX_CUE, 7},
	{"warns", NE_LX_CUE, 5},
	{"warren", NE_LX_FIRST_M, 6},
	{"warsaw", NE_LX_PLACE, 6},
	{"was", NE_LX_NONNAME | NE_LX_SKIPADV, 3},
	{"washington", NE_LX_PLACE, 10},
	{"wasn't", NE_LX_NONNAME, 6},
	{"wasn’t", NE_LX_NONNAME, 8},
	{"watch", NE_LX_NONNAME, 5},
	{"wayne", NE_LX_FIRST_M, 5},
	{"we", NE_LX_NONNAME, 2},
	{"web", NE_LX_NONNAME, 3},
	{"website", NE_LX_NOMINAL, 7},
	{"wed", NE_LX_WEEKDAY, 3},
	{"wednesday", NE_LX_WEEKDAY, 9},
	{"week", NE_LX_NONNAME, 4},
	{"weekly", NE_LX_ORG, 6},
	{"weeks", NE_LX_NONNAME, 5},
	{"weep", NE_LX_CUE, 4},
	{"weeped", NE_LX_CUE, 6},
	{"weeping", NE_LX_CUE, 7},
	{"weeps", NE_LX_CUE, 5},
	{"well", NE_LX_NONNAME, 4},
	{"welsh", NE_LX_NAT, 5},
	{"welshman", NE_LX_NAT | NE_LX_PERSON_NOUN, 8},
	{"welshwoman", NE_LX_NAT | NE_LX_PERSON_NOUN, 10},
	{"wendy", NE_LX_FIRST_F, 5},
	{"were", NE_LX_NONNAME | NE_LX_SKIPADV, 4},
	{"werner", NE_LX_FIRST_M, 6},
	{"wesley", NE_LX_FIRST_M, 6},
	{"west", NE_LX_TITLE_MOD | NE_LX_PLACE, 4},
	{"western", NE_LX_NAT, 7},
	{"weston", NE_LX_FIRST_M, 6},
	{"what", NE_LX_NONNAME, 4},
	{"what's", NE_LX_NONNAME, 6},
	{"what’s", NE_LX_NONNAME, 8},
	{"when", NE_LX_NONNAME, 4},
	{"where", NE_LX_NONNAME, 5},
	{"whether", NE_LX_NONNAME, 7},
	{"while", NE_LX_NONNAME, 5},
	{"whine", NE_LX_CUE, 5},
	{"whined", NE_LX_CUE, 6},
	{"whines", NE_LX_CUE, 6},
	{"whining", NE_LX_CUE, 7},
	{"whip", NE_LX_TITLE_MOD, 4},
	{"whisper", NE_LX_CUE, 7},
	{"whispered", NE_LX_CUE, 9},
	{"whispering", NE_LX_CUE, 10},
	{"whispers", NE_LX_CUE, 8},
	{"white", NE_LX_TITLE_MOD, 5},
	{"whitney", NE_LX_FIRST_F, 7},
	{"who", NE_LX_KNOWN_ORG | NE_LX_NONNAME | NE_LX_PRON_REL, 3},
	{"whom", NE_LX_NONNAME, 4},
	{"whose", NE_LX_NONNAME, 5},
	{"why", NE_LX_NONNAME, 3},
	{"wife", NE_LX_NOMINAL, 4},
	{"wikileaks", NE_LX_KNOWN_ORG, 9},
	{"wilf", NE_LX_FIRST_M, 4},
	{"wilfred", NE_LX_FIRST_M, 7},
	{"wilhelm", NE_LX_FIRST_M, 7},
	{"will", NE_LX_NONNAME | NE_LX_SKIPADV, 4},
	{"william", NE_LX_FIRST_M, 7},
	{"willie", NE_LX_FIRST_M, 6},
	{"winger", NE_LX_PERSON_NOUN, 6},
	{"winifred", NE_LX_FIRST_F, 8},
	{"winner", NE_LX_PERSON_NOUN, 6},
	{"winston", NE_LX_FIRST_M, 7},
	{"wisconsin", NE_LX_PLACE, 9},
	{"with", NE_LX_NONNAME, 4},
	{"within", NE_LX_NONNAME, 6},
	{"without", NE_LX_NONNAME, 7},
	{"witness", NE_LX_NOMINAL, 7},
	{"witnesses", NE_LX_NOMINAL, 9},
	{"wojciech", NE_LX_FIRST_M, 8},
	{"wolfgang", NE_LX_FIRST_M, 8},
	{"woman", NE_LX_NOMINAL, 5},
	{"won't", NE_LX_NONNAME | NE_LX_SKIPADV, 5},
	{"wonder", NE_LX_CUE, 6},
	{"wondered", NE_LX_CUE, 8},
	{"wondering", NE_LX_CUE, 9},
	{"wonders", NE_LX_CUE, 7},
	{"won’t", NE_LX_NONNAME | NE_LX_SKIPADV, 7},
	{"woodrow", NE_LX_FIRST_M, 7},
	{"worker", NE_LX_NOMINAL, 6},
	{"workers", NE_LX_ORG, 7},
	{"workforce", NE_LX_CORP_NOUN, 9},
	{"worshippers", NE_LX_NOMINAL, 11},
	{"would", NE_LX_NONNAME | NE_LX_SKIPADV, 5},
	{"wouldn't", NE_LX_NONNAME | NE_LX_SKIPADV, 8},
	{"wouldn’t", NE_LX_NONNAME | NE_LX_SKIPADV, 10},
	{"write", NE_LX_CUE, 5},
	{"writer", NE_LX_PERSON_NOUN, 6},
	{"writes", NE_LX_CUE, 6},
	{"writing", NE_LX_CUE, 7},
	{"written", NE_LX_CUE, 7},
	{"wrote", NE_LX_CUE, 5},
	{"wsj", NE_LX_KNOWN_ORG, 3},
	{"wyatt", NE_LX_FIRST_M, 5},
	{"wyoming", NE_LX_PLACE, 7},
	{"xavier", NE_LX_FIRST_M, 6},
	{"xi", NE_LX_FIRST_M, 2},
	{"yannick", NE_LX_FIRST_M, 7},
	{"yasmin", NE_LX_FIRST_F, 6},
	{"yasmine", NE_LX_FIRST_F, 7},
	{"yasser", NE_LX_FIRST_M, 6},
	{"yasuhiro", NE_LX_FIRST_M, 8},
	{"year", NE_LX_NONNAME, 4},
	{"years", NE_LX_NONNAME, 5},
	{"yekaterina", NE_LX_FIRST_F, 10},
	{"yell", NE_LX_CUE, 4},
	{"yelled", NE_LX_CUE, 6},
	{"yelling", NE_LX_CUE, 7},
	{"yells", NE_LX_CUE, 5},
	{"yemen", NE_LX_PLACE, 5},
	{"yemeni", NE_LX_NAT, 6},
	{"yen", NE_LX_NONNAME, 3},
	{"yes", NE_LX_NONNAME, 3},
	{"yesterday", NE_LX_NONNAME, 9},
	{"yet", NE_LX_NONNAME, 3},
	{"yevgeny", NE_LX_FIRST_M, 7},
	{"yitzhak", NE_LX_FIRST_M, 7},
	{"yolanda", NE_LX_FIRST_F, 7},
	{"york", NE_LX_PLACE, 4},
	{"yorker", NE_LX_NAT | NE_LX_PERSON_NOUN, 6},
	{"yoshihiko", NE_LX_FIRST_M, 9},
	{"you", NE_LX_NONNAME, 3},
	{"youngster", NE_LX_PERSON_NOUN, 9},
	{"your", NE_LX_NONNAME, 4},
	{"yousef", NE_LX_FIRST_M, 6},
	{"youssef", NE_LX_FIRST_M, 7},
	{"youtube", NE_LX_KNOWN_ORG, 7},
	{"yukio", NE_LX_FIRST_M, 5},
	{"yulia", NE_LX_FIRST_F, 5},
	{"yuliya", NE_LX_FIRST_F, 6},
	{"yuri", NE_LX_FIRST_M, 4},
	{"yusuf", NE_LX_FIRST_M, 5},
	{"yves", NE_LX_FIRST_M, 4},
	{"yvette", NE_LX_FIRST_F, 6},
	{"yvonne", NE_LX_FIRST_F, 6},
	{"zachary", NE_LX_FIRST_M, 7},
	{"zainab", NE_LX_FIRST_F, 6},
	{"zambia", NE_LX_PLACE, 6},
	{"zara", NE_LX_FIRST_F, 4},
	{"zealand", NE_LX_PLACE, 7},
	{"zimbabwe", NE_LX_PLACE, 8},
	{"zimbabwean", NE_LX_NAT, 10},
	{"zoe", NE_LX_FIRST_F, 3},
	{"zoey", NE_LX_FIRST_F, 4},
	{"zoltan", NE_LX_FIRST_M, 6},
	{"zoo", NE_LX_ORG, 3},
	{"zoran", NE_LX_FIRST_M, 5},
	{"zurich", NE_LX_PLACE, 6},
	{"éloïse", NE_LX_FIRST_F, 8},
};

/*
 * Generated by gen_lexicon.py: a perfect hash of lex_words.  The key is the
 * lower-case word (at most 16 bytes) zero-padded to two 8-byte words k0, k1
 * read little endian; h = ((len ^ k0) * LEX_MUL ^ k1) * LEX_MUL.  The top bits
 * of h choose a bucket, and the bucket's displacement in lex_disp puts each
 * word in a slot of its own: a look-up reads one slot and compares it, hit or
 * miss, with no probe loop (an empty slot has len 0).  A slot holds the key
 * and the flags, so a hit reads one slot and nothing else.
 */
#define LEX_SLOTS 4096
#define LEX_BUCKET_SHIFT 54
#define LEX_MUL 0x9E3779B97F4A7C15ull

typedef struct lex_key
{
	uint64_t	k0;				/* bytes 0..7 of the word, zero-padded, little endian */
	uint64_t	k1;				/* bytes 8..15 */
	uint32_t	flags;			/* NE_LX_* */
	uint8_t		len;			/* bytes of the word, 0 = empty slot */
} lex_key;

static const uint16_t lex_disp[1 << (64 - LEX_BUCKET_SHIFT)] = {
	51, 0, 56, 76, 38, 1, 81, 0, 0, 55, 74, 0, 50, 13, 23, 182,
	12, 20, 142, 4, 1, 4, 110, 1, 9, 46, 4, 1, 7, 32, 0, 52,
	4, 297, 10, 123, 52, 33, 46, 0, 4, 0, 0, 2, 5, 6, 65, 2,
	17, 23, 233, 7, 4, 4, 12, 10, 1, 2, 2, 0, 16, 0, 46, 24,
	0, 7, 0, 69, 15, 0, 203, 10, 21, 0, 13, 18, 44, 2, 69, 78,
	0, 4, 20, 8, 9, 106, 1, 1, 18, 0, 2, 96, 18, 15, 1, 9,
	104, 39, 13, 4, 84, 11, 252, 10, 0, 14, 33, 231, 33, 61, 5, 8,
	37, 3, 86, 2, 134, 20, 99, 14, 60, 0, 8, 8, 21, 123, 16, 32,
	31, 4, 48, 20, 10, 36, 4, 5, 1, 44, 56, 14, 126, 86, 3, 7,
	5, 9, 21, 142, 7, 77, 29, 16, 1, 16, 0, 8, 9, 52, 178, 37,
	1, 0, 76, 1, 5, 7, 79, 3, 9, 42, 1, 8, 3, 15, 41, 0,
	10, 247, 24, 117, 1, 8, 2, 93, 2, 14, 11, 21, 2, 37, 59, 17,
	1, 62, 0, 153, 35, 0, 8, 27, 0, 15, 121, 11, 33, 16, 0, 1,
	100, 20, 18, 11, 5, 1, 99, 32, 1, 12, 44, 34, 46, 3, 2, 27,
	0, 27, 7, 1, 6, 6, 53, 2, 19, 2, 39, 8, 5, 3, 5, 2,
	14, 76, 3, 3, 7, 162, 1, 22, 83, 1, 29, 2, 1, 117, 0, 5,
	58, 198, 103, 0, 7, 9, 9, 16, 71, 20, 0, 6, 4, 32, 4, 0,
	2, 78, 34, 7, 0, 106, 14, 61, 93, 31, 0, 0, 1, 49, 19, 0,
	21, 124, 6, 0, 8, 6, 11, 6, 0, 1, 8, 26, 28, 4, 25, 93,
	26, 11, 6, 7, 11, 1, 53, 9, 31, 13, 47, 1, 1, 10, 14, 17,
	4, 51, 11, 100, 2, 15, 12, 61, 0, 25, 333, 2, 7, 182, 238, 167,
	530, 22, 47, 2, 71, 3, 48, 71, 138, 11, 0, 109, 35, 120, 16, 40,
	1, 124, 399, 42, 40, 101, 1, 26, 14, 20, 34, 0, 33, 6, 3, 117,
	69, 250, 25, 7, 18, 14, 51, 25, 109, 13, 86, 0, 85, 49, 7, 29,
	65, 23, 25, 0, 5, 115, 18, 9, 0, 0, 150, 173, 103, 137, 121, 2,
	3, 4, 14, 114, 95, 28, 13, 202, 60, 2, 0, 25, 183, 2, 3, 10,
	4, 0, 16, 0, 13, 7, 23, 50, 0, 96, 0, 1, 203, 59, 45, 41,
	7, 71, 11, 105, 116, 14, 0, 335, 3, 4, 0, 11, 1, 50, 35, 8,
	0, 7, 90, 58, 2, 84, 246, 7, 185, 161, 5, 0, 5, 0, 12, 0,
	3, 14, 0, 68, 100, 2, 0, 17, 544, 3, 28, 1, 48, 30, 80, 7,
	4, 178, 62, 6, 22, 0, 3, 13, 1, 87, 6, 12, 175, 9, 97, 61,
	17, 221, 24, 120, 12, 11, 180, 3, 320, 3, 59, 23, 20, 2, 50, 9,
	53, 7, 34, 0, 146, 2, 0, 0, 29, 94, 4, 149, 84, 75, 72, 14,
	11, 190, 0, 201, 3, 1, 249, 356, 78, 0, 9, 923, 80, 0, 114, 9,
	47, 76, 0, 4, 0, 222, 50, 9, 0, 0, 26, 0, 42, 16, 1, 147,
	4, 99, 21, 148, 12, 42, 0, 100, 32, 45, 11, 54, 172, 7, 59, 2,
	42, 233, 16, 94, 296, 32, 68, 60, 3, 0, 46, 9, 45, 13, 0, 0,
	42, 0, 199, 6, 5, 20, 4, 0, 0, 0, 7, 5, 3, 0, 172, 46,
	82, 64, 64, 1, 363, 267, 0, 5, 50, 40, 0, 311, 42, 9, 41, 9,
	73, 2, 325, 14, 41, 59, 172, 5, 0, 2, 27, 2, 11, 16, 1, 1,
	49, 40, 7, 11, 132, 38, 7, 53, 159, 9, 133, 0, 1, 55, 47, 17,
	4, 1, 63, 75, 5, 2, 7, 44, 20, 182, 6, 19, 284, 21, 27, 386,
	57, 1215, 49, 196, 12, 175, 241, 194, 37, 0, 399, 49, 12, 31, 23, 3,
	347, 1, 74, 294, 0, 11, 103, 320, 286, 25, 86, 47, 0, 2, 88, 49,
	43, 24, 86, 117, 11, 17, 420, 133, 0, 5, 186, 61, 115, 188, 40, 6,
	140, 4, 0, 0, 2, 5, 284, 99, 77, 49, 20, 512, 379, 34, 400, 1,
	483, 26, 231, 6, 19, 4, 1, 10, 313, 110, 24, 0, 36, 0, 24, 16,
	157, 100, 1, 695, 287, 43, 150, 78, 202, 10, 0, 18, 12, 0, 92, 37,
	91, 211, 1, 0, 60, 0, 225, 5, 19, 164, 31, 103, 788, 4, 67, 272,
	33, 5, 0, 0, 121, 97, 59, 20, 48, 102, 59, 9, 0, 669, 50, 11,
	52, 18, 76, 76, 11, 168, 9, 41, 0, 10, 169, 160, 15, 70, 384, 147,
	77, 1, 5, 24, 7, 135, 0, 2, 106, 413, 12, 4, 131, 3, 112, 25,
	2, 5, 60, 31, 72, 282, 22, 1, 1471, 90, 9, 59, 19, 592, 5, 391,
	226, 50, 12, 142, 92, 228, 6, 600, 35, 0, 21, 3, 4, 488, 0, 5,
	37, 78, 15, 71, 0, 41, 3, 4, 4, 4, 0, 1, 56, 30, 19, 149,
	4, 58, 6, 42, 81, 251, 636, 65, 0, 248, 153, 567, 80, 3, 0, 43,
	28, 91, 6, 94, 82, 0, 52, 39, 72, 407, 32, 393, 0, 75, 1, 38,
	37, 2, 214, 21, 13, 697, 73, 176, 7, 23, 18, 6, 273, 54, 825, 1,
	808, 30, 598, 14, 1, 1, 358, 132, 432, 47, 71, 188, 222, 702, 22, 43,
	0, 294, 308, 5, 0, 0, 0, 4, 3, 167, 67, 0, 42, 720, 3, 74,
	199, 387, 6, 398, 240, 143, 988, 1852, 714, 1, 890, 8, 717, 81, 2022, 128,
	122, 393, 61, 19, 165, 0, 0, 5, 650, 9, 0, 15, 6, 5, 117, 0,
	251, 3, 173, 63, 4, 1, 204, 77, 13, 22, 526, 0, 28, 128, 37, 297,
	345, 14, 329, 639, 27, 169, 173, 21, 79, 46, 114, 18, 58, 125, 391, 127,
};

static const lex_key lex_keys[LEX_SLOTS] = {
	{0x636e756f6e6f7270ull, 0x0000000000676e69ull, NE_LX_CUE, 11},	/* pronouncing */
	{0x0000007375616c6bull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* klaus */
	{0x00676e6965726761ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* agreing */
	{0x0000796c74727563ull, 0x0000000000000000ull, NE_LX_SKIPADV, 6},	/* curtly */
	{0x00000065726f7773ull, 0x0000000000000000ull, NE_LX_CUE, 5},	/* swore */
	{0x7a69736168706d65ull, 0x0000000000007365ull, NE_LX_CUE, 10},	/* emphasizes */
	{0x006573656e696863ull, 0x0000000000000000ull, NE_LX_NAT, 7},	/* chinese */
	{0x6163696e6f726576ull, 0x0000000000000000ull, NE_LX_FIRST_F, 8},	/* veronica */
	{0x7372656863616574ull, 0x0000000000000000ull, NE_LX_NOMINAL, 8},	/* teachers */
	{0x61696469726f6c66ull, 0x000000000000006eull, NE_LX_NAT, 9},	/* floridian */
	{0x00000065696c756aull, 0x0000000000000000ull, NE_LX_FIRST_F, 5},	/* julie */
	{0x00796c6b63697571ull, 0x0000000000000000ull, NE_LX_SKIPADV, 7},	/* quickly */
	{0x0000726574656964ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* dieter */
	{0x000000746c757865ull, 0x0000000000000000ull, NE_LX_CUE, 5},	/* exult */
	{0x0000006d6972616bull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* karim */
	{0x000000736c65696eull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* niels */
	{0x00000074656e616aull, 0x0000000000000000ull, NE_LX_FIRST_F, 5},	/* janet */
	{0x006f746e6f726f74ull, 0x0000000000000000ull, NE_LX_PLACE, 7},	/* toronto */
	{0x0000000000007376ull, 0x0000000000000000ull, NE_LX_ABBREV, 2},	/* vs */
	{0x000000746e616863ull, 0x0000000000000000ull, NE_LX_CUE, 5},	/* chant */
	{0x0000006e69616863ull, 0x0000000000000000ull, NE_LX_ORG_NOUN, 5},	/* chain */
	{0x736e6f69746e656dull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* mentions */
	{0x0000616976696c6full, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* olivia */
	{0x0000000000007473ull, 0x0000000000000000ull, NE_LX_PLACE | NE_LX_PARTICLE | NE_LX_ABBREV | NE_LX_ABBREV_TITLE, 2},	/* st */
	{0x0000000000006761ull, 0x0000000000000000ull, NE_LX_ORG, 2},	/* ag */
	{0x0000646c6f726168ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* harold */
	{0x00006e616d6c6173ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* salman */
	{0x0000656968637261ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* archie */
	{0x00796173646e696cull, 0x0000000000000000ull, NE_LX_FIRST_F, 7},	/* lindsay */
	{0, 0, 0, 0},
	{0x65746e6172617567ull, 0x0000000000676e69ull, NE_LX_CUE, 11},	/* guaranteing */
	{0x00676e69676f6c62ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* bloging */
	{0x006465746e616863ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* chanted */
	{0x000000000064746cull, 0x0000000000000000ull, NE_LX_ORG | NE_LX_ABBREV, 3},	/* ltd */
	{0x000000006c656f6aull, 0x0000000000000000ull, NE_LX_FIRST_M, 4},	/* joel */
	{0x000000796c696d65ull, 0x0000000000000000ull, NE_LX_FIRST_F, 5},	/* emily */
	{0x636e756f6e6f7270ull, 0x0000000000007365ull, NE_LX_CUE, 10},	/* pronounces */
	{0x000074726f706572ull, 0x0000000000000000ull, NE_LX_NOMINAL, 6},	/* report */
	{0x000000646c756f77ull, 0x0000000000000000ull, NE_LX_NONNAME | NE_LX_SKIPADV, 5},	/* would */
	{0x0000007365646961ull, 0x0000000000000000ull, NE_LX_NOMINAL, 5},	/* aides */
	{0x6c63696e6f726863ull, 0x0000000000000065ull, NE_LX_ORG, 9},	/* chronicle */
	{0x00000000736e6573ull, 0x0000000000000000ull, NE_LX_ABBREV | NE_LX_ABBREV_TITLE | NE_LX_TITLE, 4},	/* sens */
	{0x726574726f707865ull, 0x0000000000000000ull, NE_LX_ORG_NOUN, 8},	/* exporter */
	{0x007374726f746572ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* retorts */
	{0x0072656874727566ull, 0x0000000000000000ull, NE_LX_SKIPADV, 7},	/* further */
	{0x0000000061697261ull, 0x0000000000000000ull, NE_LX_FIRST_F, 4},	/* aria */
	{0x0000747261757473ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* stuart */
	{0x776873696c676e65ull, 0x000000006e616d6full, NE_LX_NAT | NE_LX_PERSON_NOUN, 12},	/* englishwoman */
	{0x000063696c627570ull, 0x0000000000000000ull, NE_LX_TITLE_MOD, 6},	/* public */
	{0x00726567616e616dull, 0x0000000000000000ull, NE_LX_TITLE | NE_LX_NOMINAL | NE_LX_PERSON_NOUN, 7},	/* manager */
	{0x000072657977616cull, 0x0000000000000000ull, NE_LX_TITLE | NE_LX_NOMINAL, 6},	/* lawyer */
	{0x00646574756f6873ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* shouted */
	{0, 0, 0, 0},
	{0x000073756372616dull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* marcus */
	{0x000000006f736c61ull, 0x0000000000000000ull, NE_LX_NONNAME | NE_LX_SKIPADV, 4},	/* also */
	{0x00616e6169646e69ull, 0x0000000000000000ull, NE_LX_PLACE, 7},	/* indiana */
	{0x7463757274736e69ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* instruct */
	{0x00000000656e6e61ull, 0x0000000000000000ull, NE_LX_FIRST_F, 4},	/* anne */
	{0x0000000000786572ull, 0x0000000000000000ull, NE_LX_FIRST_M, 3},	/* rex */
	{0x000079656e647973ull, 0x0000000000000000ull, NE_LX_PLACE, 6},	/* sydney */
	{0x00796c7465697571ull, 0x0000000000000000ull, NE_LX_SKIPADV, 7},	/* quietly */
	{0x0000006f62616874ull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* thabo */
	{0x646e617274726562ull, 0x0000000000000000ull, NE_LX_FIRST_M, 8},	/* bertrand */
	{0x000000796f766e65ull, 0x0000000000000000ull, NE_LX_TITLE, 5},	/* envoy */
	{0x00006465676f6c62ull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* bloged */
	{0x0000000061746972ull, 0x0000000000000000ull, NE_LX_FIRST_F, 4},	/* rita */
	{0x00006e6164676f62ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* bogdan */
	{0x0000000061736f72ull, 0x0000000000000000ull, NE_LX_FIRST_F, 4},	/* rosa */
	{0x732d72656d726f66ull, 0x7972617465726365ull, NE_LX_TITLE_MOD, 16},	/* former-secretary */
	{0x00007961646e7573ull, 0x0000000000000000ull, NE_LX_WEEKDAY, 6},	/* sunday */
	{0x6974637261746e61ull, 0x0000000000006163ull, NE_LX_PLACE, 10},	/* antarctica */
	{0x0000656c706f6570ull, 0x0000000000000000ull, NE_LX_NOMINAL, 6},	/* people */
	{0x000072656c776f62ull, 0x0000000000000000ull, NE_LX_PERSON_NOUN, 6},	/* bowler */
	{0x6369726564657266ull, 0x000000000000006bull, NE_LX_FIRST_M, 9},	/* frederick */
	{0x0000726f74636568ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* hector */
	{0x0000006c69766963ull, 0x0000000000000000ull, NE_LX_TITLE_MOD, 5},	/* civil */
	{0x65646e756f666f63ull, 0x0000000000000072ull, NE_LX_TITLE, 9},	/* cofounder */
	{0, 0, 0, 0},
	{0x0000006f6c756170ull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* paulo */
	{0x000072656b6f7262ull, 0x0000000000000000ull, NE_LX_NOMINAL, 6},	/* broker */
	{0x00000065636e616cull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* lance */
	{0x000000000000786dull, 0x0000000000000000ull, NE_LX_TITLE | NE_LX_HONORIFIC, 2},	/* mx */
	{0x6e696c6b63756863ull, 0x0000000000000067ull, NE_LX_CUE, 9},	/* chuckling */
	{0x000000616e697269ull, 0x0000000000000000ull, NE_LX_FIRST_F, 5},	/* irina */
	{0x0000006465677275ull, 0x0000000000000000ull, NE_LX_CUE, 5},	/* urged */
	{0x006c6172656e6567ull, 0x0000000000000000ull, NE_LX_TITLE | NE_LX_TITLE_MOD, 7},	/* general */
	{0x00646572666c6977ull, 0x0000000000000000ull, NE_LX_FIRST_M, 7},	/* wilfred */
	{0x64656c6b63756863ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* chuckled */
	{0x746169746f67656eull, 0x000000000000726full, NE_LX_NOMINAL, 10},	/* negotiator */
	{0x00007374616f6c67ull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* gloats */
	{0x0072656666617473ull, 0x0000000000000000ull, NE_LX_NOMINAL, 7},	/* staffer */
	{0x00726f6467697661ull, 0x0000000000000000ull, NE_LX_FIRST_M, 7},	/* avigdor */
	{0x00746e657275616cull, 0x0000000000000000ull, NE_LX_FIRST_M, 7},	/* laurent */
	{0x00000074726f7073ull, 0x0000000000000000ull, NE_LX_ORG, 5},	/* sport */
	{0x0061696e61626c61ull, 0x0000000000000000ull, NE_LX_PLACE, 7},	/* albania */
	{0x0000007265776f74ull, 0x0000000000000000ull, NE_LX_PLACE, 5},	/* tower */
	{0x0000000070656577ull, 0x0000000000000000ull, NE_LX_CUE, 4},	/* weep */
	{0x00006e65656c6965ull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* eileen */
	{0x00736d6574737973ull, 0x0000000000000000ull, NE_LX_ORG, 7},	/* systems */
	{0x00000000616e696cull, 0x0000000000000000ull, NE_LX_FIRST_F, 4},	/* lina */
	{0x676e69796c706572ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* replying */
	{0x0000736d69616c63ull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* claims */
	{0x0000000000646870ull, 0x0000000000000000ull, NE_LX_SUFFIX, 3},	/* phd */
	{0x000000006f74746full, 0x0000000000000000ull, NE_LX_FIRST_M, 4},	/* otto */
	{0x6572757361657274ull, 0x0000000000000072ull, NE_LX_TITLE, 9},	/* treasurer */
	{0x6e676961706d6163ull, 0x0000000000007265ull, NE_LX_NOMINAL, 10},	/* campaigner */
	{0x000064656c6c6163ull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* called */
	{0x0000000000756f79ull, 0x0000000000000000ull, NE_LX_NONNAME, 3},	/* you */
	{0x00000000656e756aull, 0x0000000000000000ull, NE_LX_MONTH, 4},	/* june */
	{0x000000000000726aull, 0x0000000000000000ull, NE_LX_SUFFIX | NE_LX_ABBREV, 2},	/* jr */
	{0x63696c6275706572ull, 0x0000000000000000ull, NE_LX_PLACE, 8},	/* republic */
	{0x737265686372616dull, 0x0000000000000000ull, NE_LX_NOMINAL, 8},	/* marchers */
	{0x6e616d6863747564ull, 0x0000000000000000ull, NE_LX_NAT | NE_LX_PERSON_NOUN, 8},	/* dutchman */
	{0, 0, 0, 0},
	{0x0000006564696863ull, 0x0000000000000000ull, NE_LX_CUE, 5},	/* chide */
	{0x0000657275737361ull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* assure */
	{0x00736573756f7267ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* grouses */
	{0x0000676e69766172ull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* raving */
	{0x72657475706d6f63ull, 0x0000000000000000ull, NE_LX_ORG, 8},	/* computer */
	{0x0000000000796877ull, 0x0000000000000000ull, NE_LX_NONNAME, 3},	/* why */
	{0x0000006563697774ull, 0x0000000000000000ull, NE_LX_SKIPADV, 5},	/* twice */
	{0x000000006d656874ull, 0x0000000000000000ull, NE_LX_PRON_PL, 4},	/* them */
	{0x0000000072756874ull, 0x0000000000000000ull, NE_LX_WEEKDAY, 4},	/* thur */
	{0x6e6f727463656c65ull, 0x0000000000736369ull, NE_LX_ORG, 11},	/* electronics */
	{0x0000616e6e616f6aull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* joanna */
	{0x000000006c6c6579ull, 0x0000000000000000ull, NE_LX_CUE, 4},	/* yell */
	{0x0000616d68737573ull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* sushma */
	{0x0000736573616574ull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* teases */
	{0x0000666563696e75ull, 0x0000000000000000ull, NE_LX_KNOWN_ORG, 6},	/* unicef */
	{0x00000000006e6269ull, 0x0000000000000000ull, NE_LX_PARTICLE, 3},	/* ibn */
	{0x000000000062696cull, 0x0000000000000000ull, NE_LX_NAT, 3},	/* lib */
	{0x0000656d696a6168ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* hajime */
	{0x69746e756f636572ull, 0x000000000000676eull, NE_LX_CUE, 10},	/* recounting */
	{0x000000000073726dull, 0x0000000000000000ull, NE_LX_TITLE | NE_LX_HON_F | NE_LX_HONORIFIC | NE_LX_ABBREV | NE_LX_ABBREV_TITLE, 3},	/* mrs */
	{0x726574726f707865ull, 0x0000000000000073ull, NE_LX_NOMINAL, 9},	/* exporters */
	{0, 0, 0, 0},
	{0x0073636974697263ull, 0x0000000000000000ull, NE_LX_NOMINAL, 7},	/* critics */
	{0x0000000000736f6cull, 0x0000000000000000ull, NE_LX_PLACE, 3},	/* los */
	{0x006e69616c707865ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* explain */
	{0x6173736972616c63ull, 0x0000000000000000ull, NE_LX_FIRST_F, 8},	/* clarissa */
	{0x000000000074656cull, 0x0000000000000000ull, NE_LX_NONNAME, 3},	/* let */
	{0x000000006c696167ull, 0x0000000000000000ull, NE_LX_FIRST_F, 4},	/* gail */
	{0x000000656d61776bull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* kwame */
	{0x0000006e6f726161ull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* aaron */
	{0x0000000073627564ull, 0x0000000000000000ull, NE_LX_CUE, 4},	/* dubs */
	{0x0000647261776f74ull, 0x0000000000000000ull, NE_LX_NONNAME, 6},	/* toward */
	{0x000073746e756174ull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* taunts */
	{0x0000007365677275ull, 0x0000000000000000ull, NE_LX_CUE, 5},	/* urges */
	{0x636974656c687461ull, 0x0000000000000000ull, NE_LX_ORG, 8},	/* athletic */
	{0x6964756c636e6f63ull, 0x000000000000676eull, NE_LX_CUE, 10},	/* concluding */
	{0x7269617473696c61ull, 0x0000000000000000ull, NE_LX_FIRST_M, 8},	/* alistair */
	{0x0000000000007273ull, 0x0000000000000000ull, NE_LX_SUFFIX | NE_LX_ABBREV, 2},	/* sr */
	{0x000000000000706dull, 0x0000000000000000ull, NE_LX_TITLE, 2},	/* mp */
	{0, 0, 0, 0},
	{0x000074736574616cull, 0x0000000000000000ull, NE_LX_NONNAME, 6},	/* latest */
	{0x6f636974696c6f70ull, 0x0000000000000000ull, NE_LX_KNOWN_ORG, 8},	/* politico */
	{0x73656c6974786574ull, 0x0000000000000000ull, NE_LX_ORG, 8},	/* textiles */
	{0x00000000616e656cull, 0x0000000000000000ull, NE_LX_FIRST_F, 4},	/* lena */
	{0x676e697473616c62ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* blasting */
	{0x616e69747369726bull, 0x0000000000000000ull, NE_LX_FIRST_F, 8},	/* kristina */
	{0x0000006e616c696dull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* milan */
	{0x676e697373657567ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* guessing */
	{0x6f6c6f6e68636574ull, 0x0000000073656967ull, NE_LX_ORG, 12},	/* technologies */
	{0x00676e6974756f74ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* touting */
	{0x00000000666f7270ull, 0x0000000000000000ull, NE_LX_TITLE | NE_LX_HONORIFIC | NE_LX_ABBREV | NE_LX_ABBREV_TITLE, 4},	/* prof */
	{0x68636569636a6f77ull, 0x0000000000000000ull, NE_LX_FIRST_M, 8},	/* wojciech */
	{0x6e6961746e69616dull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* maintain */
	{0x0073746165706572ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* repeats */
	{0x0000676e696f6f63ull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* cooing */
	{0x00006562656f6870ull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* phoebe */
	{0x0065727461656874ull, 0x0000000000000000ull, NE_LX_ORG, 7},	/* theatre */
	{0x0000656d6f72656aull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* jerome */
	{0x0000006e61786574ull, 0x0000000000000000ull, NE_LX_NAT | NE_LX_PERSON_NOUN, 5},	/* texan */
	{0x69746167656c6564ull, 0x0000000000006e6full, NE_LX_NOMINAL, 10},	/* delegation */
	{0x0000000000007469ull, 0x0000000000000000ull, NE_LX_NONNAME | NE_LX_PRON_N, 2},	/* it */
	{0x0000006e6e656c67ull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* glenn */
	{0x6873696e6f6d6461ull, 0x0000000000007365ull, NE_LX_CUE, 10},	/* admonishes */
	{0x006d756964617473ull, 0x0000000000000000ull, NE_LX_PLACE, 7},	/* stadium */
	{0x0000000065706f70ull, 0x0000000000000000ull, NE_LX_TITLE | NE_LX_HON_M, 4},	/* pope */
	{0x0000006974696168ull, 0x0000000000000000ull, NE_LX_PLACE, 5},	/* haiti */
	{0x000000006e6e796cull, 0x0000000000000000ull, NE_LX_FIRST_F, 4},	/* lynn */
	{0x00006e6564657773ull, 0x0000000000000000ull, NE_LX_PLACE, 6},	/* sweden */
	{0x61696e6164726f6aull, 0x000000000000006eull, NE_LX_NAT, 9},	/* jordanian */
	{0x6e61697675726570ull, 0x0000000000000000ull, NE_LX_NAT, 8},	/* peruvian */
	{0x0000616572646e61ull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* andrea */
	{0x7473616365726f66ull, 0x0000000000006465ull, NE_LX_CUE, 10},	/* forecasted */
	{0x6572757373616572ull, 0x0000000000000073ull, NE_LX_CUE, 9},	/* reassures */
	{0x6269726373627573ull, 0x0000000000000065ull, NE_LX_NONNAME, 9},	/* subscribe */
	{0x00006e6968746977ull, 0x0000000000000000ull, NE_LX_NONNAME, 6},	/* within */
	{0x000000000061726eull, 0x0000000000000000ull, NE_LX_KNOWN_ORG, 3},	/* nra */
	{0x000000000072756full, 0x0000000000000000ull, NE_LX_NONNAME, 3},	/* our */
	{0x65636e756f6e6564ull, 0x0000000000000073ull, NE_LX_CUE, 9},	/* denounces */
	{0x0000726574736165ull, 0x0000000000000000ull, NE_LX_NONNAME, 6},	/* easter */
	{0x0079656c72696873ull, 0x0000000000000000ull, NE_LX_FIRST_F, 7},	/* shirley */
	{0x6e696c6961746564ull, 0x0000000000000067ull, NE_LX_CUE, 9},	/* detailing */
	{0x006e6f63696c6973ull, 0x0000000000000000ull, NE_LX_PLACE, 7},	/* silicon */
	{0x00006e796c657665ull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* evelyn */
	{0x0000646e65697266ull, 0x0000000000000000ull, NE_LX_NOMINAL, 6},	/* friend */
	{0x80e26e646c756f77ull, 0x0000000000007499ull, NE_LX_NONNAME | NE_LX_SKIPADV, 10},	/* wouldn’t */
	{0x00006163696e6f6dull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* monica */
	{0x0000006e65627572ull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* ruben */
	{0x617a696e6167726full, 0x000000006e6f6974ull, NE_LX_ORG | NE_LX_NOMINAL | NE_LX_ORG_NOUN, 12},	/* organization */
	{0x6967736b6e616874ull, 0x00000000676e6976ull, NE_LX_NONNAME, 12},	/* thanksgiving */
	{0x0000726f62726168ull, 0x0000000000000000ull, NE_LX_PLACE, 6},	/* harbor */
	{0x000000616972616dull, 0x0000000000000000ull, NE_LX_FIRST_F, 5},	/* maria */
	{0x000000006e6f656cull, 0x0000000000000000ull, NE_LX_FIRST_M, 4},	/* leon */
	{0x646e657065646e69ull, 0x0000000000746e65ull, NE_LX_ORG | NE_LX_NAT, 11},	/* independent */
	{0x0000796e6e686f6aull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* johnny */
	{0x6e6972757463656cull, 0x0000000000000067ull, NE_LX_CUE, 9},	/* lecturing */
	{0, 0, 0, 0},
	{0x0000006e616c6c61ull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* allan */
	{0x737265646e756874ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* thunders */
	{0x0064657465657774ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* tweeted */
	{0x6873696268637261ull, 0x000000000000706full, NE_LX_TITLE | NE_LX_HON_M, 10},	/* archbishop */
	{0x000000006365706full, 0x0000000000000000ull, NE_LX_KNOWN_ORG, 4},	/* opec */
	{0x7265656e69676e65ull, 0x0000000000000000ull, NE_LX_NOMINAL, 8},	/* engineer */
	{0x0000726568747365ull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* esther */
	{0, 0, 0, 0},
	{0x0000736472617761ull, 0x0000000000000000ull, NE_LX_ORG, 6},	/* awards */
	{0x6e6f6761746e6570ull, 0x0000000000000000ull, NE_LX_ORG | NE_LX_KNOWN_ORG, 8},	/* pentagon */
	{0x0000006c65746f68ull, 0x0000000000000000ull, NE_LX_ORG, 5},	/* hotel */
	{0x6e69616c706d6f63ull, 0x0000000000676e69ull, NE_LX_CUE, 11},	/* complaining */
	{0x00006873696d6168ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* hamish */
	{0x0064657469736f70ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* posited */
	{0x0074756f68746977ull, 0x0000000000000000ull, NE_LX_NONNAME, 7},	/* without */
	{0x696d69616c637865ull, 0x000000000000676eull, NE_LX_CUE, 10},	/* exclaiming */
	{0x000000736c6c6574ull, 0x0000000000000000ull, NE_LX_CUE | NE_LX_CUE_SAY, 5},	/* tells */
	{0x0073616c67756f64ull, 0x0000000000000000ull, NE_LX_FIRST_M, 7},	/* douglas */
	{0x796c626d65737361ull, 0x0000006e616d6f77ull, NE_LX_TITLE | NE_LX_HON_F, 13},	/* assemblywoman */
	{0x0000616c75737275ull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* ursula */
	{0x676e6167666c6f77ull, 0x0000000000000000ull, NE_LX_FIRST_M, 8},	/* wolfgang */
	{0x00616972656c6176ull, 0x0000000000000000ull, NE_LX_FIRST_F, 7},	/* valeria */
	{0x000000616e616c61ull, 0x0000000000000000ull, NE_LX_FIRST_F, 5},	/* alana */
	{0, 0, 0, 0},
	{0x007972616863617aull, 0x0000000000000000ull, NE_LX_FIRST_M, 7},	/* zachary */
	{0, 0, 0, 0},
	{0x6564616c676e6162ull, 0x0000000000696873ull, NE_LX_NAT, 11},	/* bangladeshi */
	{0x00676e696e616f6dull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* moaning */
	{0x72657473696e696dull, 0x0000000000000000ull, NE_LX_TITLE, 8},	/* minister */
	{0x696e616870657473ull, 0x0000000000000065ull, NE_LX_FIRST_F, 9},	/* stephanie */
	{0x0000000074616874ull, 0x0000000000000000ull, NE_LX_NONNAME, 4},	/* that */
	{0, 0, 0, 0},
	{0x7363697473616c70ull, 0x0000000000000000ull, NE_LX_ORG, 8},	/* plastics */
	{0x7463757274736e69ull, 0x0000000000000073ull, NE_LX_CUE, 9},	/* instructs */
	{0x65656c6f646e6f63ull, 0x0000000000617a7aull, NE_LX_FIRST_F, 11},	/* condoleezza */
	{0x0000656972656863ull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* cherie */
	{0x000000007477656eull, 0x0000000000000000ull, NE_LX_FIRST_M, 4},	/* newt */
	{0x0000000000696266ull, 0x0000000000000000ull, NE_LX_KNOWN_ORG, 3},	/* fbi */
	{0x0000616d69746166ull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* fatima */
	{0x0000006465626f73ull, 0x0000000000000000ull, NE_LX_CUE, 5},	/* sobed */
	{0x0000736570696e73ull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* snipes */
	{0x6c616e696769726full, 0x000000000000796cull, NE_LX_SKIPADV, 10},	/* originally */
	{0x007372656d726166ull, 0x0000000000000000ull, NE_LX_NOMINAL, 7},	/* farmers */
	{0x6465747475626572ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* rebutted */
	{0x007972656c6c6167ull, 0x0000000000000000ull, NE_LX_ORG, 7},	/* gallery */
	{0x00000000616e6465ull, 0x0000000000000000ull, NE_LX_FIRST_F, 4},	/* edna */
	{0x726f74617265706full, 0x0000000000000073ull, NE_LX_NOMINAL, 9},	/* operators */
	{0x000000746e756174ull, 0x0000000000000000ull, NE_LX_CUE, 5},	/* taunt */
	{0x616e69726574616bull, 0x0000000000000000ull, NE_LX_FIRST_F, 8},	/* katerina */
	{0x0000006b6f687361ull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* ashok */
	{0x00000000656b696cull, 0x0000000000000000ull, NE_LX_NONNAME, 4},	/* like */
	{0x00657474657a6167ull, 0x0000000000000000ull, NE_LX_ORG, 7},	/* gazette */
	{0x0000007372657661ull, 0x0000000000000000ull, NE_LX_CUE, 5},	/* avers */
	{0x69746e65766e6f63ull, 0x0000000000006e6full, NE_LX_NONNAME, 10},	/* convention */
	{0x0000006e61776f72ull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* rowan */
	{0x0000796e6f746e61ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* antony */
	{0x6e6f697369766964ull, 0x0000000000000073ull, NE_LX_ORG, 9},	/* divisions */
	{0x0000616c696e616dull, 0x0000000000000000ull, NE_LX_PLACE, 6},	/* manila */
	{0x00749980e26e7369ull, 0x0000000000000000ull, NE_LX_NONNAME, 7},	/* isn’t */
	{0x00006e6f6e726576ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* vernon */
	{0x697373696d6d6f63ull, 0x0000000072656e6full, NE_LX_TITLE, 12},	/* commissioner */
	{0x00006573696f6c65ull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* eloise */
	{0x0000697261746171ull, 0x0000000000000000ull, NE_LX_NAT, 6},	/* qatari */
	{0x0000000063626e63ull, 0x0000000000000000ull, NE_LX_KNOWN_ORG, 4},	/* cnbc */
	{0x00006c657567696dull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* miguel */
	{0x006e65656c6c6f63ull, 0x0000000000000000ull, NE_LX_FIRST_F, 7},	/* colleen */
	{0x0079616473657574ull, 0x0000000000000000ull, NE_LX_WEEKDAY, 7},	/* tuesday */
	{0x0000656e69626173ull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* sabine */
	{0x006c616963657073ull, 0x0000000000000000ull, NE_LX_TITLE_MOD, 7},	/* special */
	{0x00000000002e726dull, 0x0000000000000000ull, NE_LX_NONNAME, 3},	/* mr. */
	{0x00006961626d756dull, 0x0000000000000000ull, NE_LX_PLACE, 6},	/* mumbai */
	{0x6e697275636e6f63ull, 0x0000000000000067ull, NE_LX_CUE, 9},	/* concuring */
	{0x6574736567677573ull, 0x0000000000000064ull, NE_LX_CUE, 9},	/* suggested */
	{0x6164726574736579ull, 0x0000000000000079ull, NE_LX_NONNAME, 9},	/* yesterday */
	{0x0000796e65677665ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* evgeny */
	{0x00696c6561727369ull, 0x0000000000000000ull, NE_LX_NAT, 7},	/* israeli */
	{0x006e61697674616cull, 0x0000000000000000ull, NE_LX_NAT, 7},	/* latvian */
	{0x00000065766f6261ull, 0x0000000000000000ull, NE_LX_NONNAME, 5},	/* above */
	{0x00006e6172686574ull, 0x0000000000000000ull, NE_LX_PLACE, 6},	/* tehran */
	{0x0061696e656d7261ull, 0x0000000000000000ull, NE_LX_PLACE, 7},	/* armenia */
	{0x000072616c6c6f64ull, 0x0000000000000000ull, NE_LX_NONNAME, 6},	/* dollar */
	{0x0000000000796173ull, 0x0000000000000000ull, NE_LX_CUE | NE_LX_CUE_SAY, 3},	/* say */
	{0x000000617962696cull, 0x0000000000000000ull, NE_LX_PLACE, 5},	/* libya */
	{0x0000000000766f67ull, 0x0000000000000000ull, NE_LX_TITLE | NE_LX_ABBREV | NE_LX_ABBREV_TITLE, 3},	/* gov */
	{0x6465736f706f7270ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* proposed */
	{0x0000616b6e617669ull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* ivanka */
	{0, 0, 0, 0},
	{0x6c6f7274706d6f63ull, 0x000000000072656cull, NE_LX_TITLE | NE_LX_NOMINAL, 11},	/* comptroller */
	{0x0000007465657774ull, 0x0000000000000000ull, NE_LX_CUE | NE_LX_NOMINAL | NE_LX_STATEMENT, 5},	/* tweet */
	{0x0065636972746170ull, 0x0000000000000000ull, NE_LX_FIRST_M, 7},	/* patrice */
	{0x0069616c6f6b696eull, 0x0000000000000000ull, NE_LX_FIRST_M, 7},	/* nikolai */
	{0x0000747265626c61ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* albert */
	{0x74636166756e616dull, 0x000000676e697275ull, NE_LX_ORG, 13},	/* manufacturing */
	{0x00000000656c6164ull, 0x0000000000000000ull, NE_LX_FIRST_M, 4},	/* dale */
	{0x7365726975716e65ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* enquires */
	{0x000000617a696c65ull, 0x0000000000000000ull, NE_LX_FIRST_F, 5},	/* eliza */
	{0x0000000067726f6aull, 0x0000000000000000ull, NE_LX_FIRST_M, 4},	/* jorg */
	{0x00000068616e6f6aull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* jonah */
	{0x0000726569766178ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* xavier */
	{0x756f62686769656eull, 0x0000000000000072ull, NE_LX_NOMINAL, 9},	/* neighbour */
	{0x0000796c61746976ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* vitaly */
	{0x0000006573656874ull, 0x0000000000000000ull, NE_LX_NONNAME, 5},	/* these */
	{0x00676e696d616c73ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* slaming */
	{0x6d69616c636f7270ull, 0x0000000000676e69ull, NE_LX_CUE, 11},	/* proclaiming */
	{0x000000006e657767ull, 0x0000000000000000ull, NE_LX_FIRST_F, 4},	/* gwen */
	{0x0000726570706172ull, 0x0000000000000000ull, NE_LX_TITLE | NE_LX_PERSON_NOUN, 6},	/* rapper */
	{0x736572757463656cull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* lectures */
	{0x000079636e656761ull, 0x0000000000000000ull, NE_LX_ORG | NE_LX_NOMINAL | NE_LX_ORG_NOUN, 6},	/* agency */
	{0x0066657373756f79ull, 0x0000000000000000ull, NE_LX_FIRST_M, 7},	/* youssef */
	{0x00646e616c676e65ull, 0x0000000000000000ull, NE_LX_PLACE, 7},	/* england */
	{0x746e656d75636f64ull, 0x0000000000000073ull, NE_LX_NOMINAL, 9},	/* documents */
	{0x00646574616c6572ull, 0x0000000000000000ull, NE_LX_CUE | NE_LX_NONNAME, 7},	/* related */
	{0x0073657475666572ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* refutes */
	{0x006c6961686b696dull, 0x0000000000000000ull, NE_LX_FIRST_M, 7},	/* mikhail */
	{0x6e696c626d757267ull, 0x0000000000000067ull, NE_LX_CUE, 9},	/* grumbling */
	{0x000000656e69706full, 0x0000000000000000ull, NE_LX_CUE, 5},	/* opine */
	{0x6169726f74636976ull, 0x0000000000000000ull, NE_LX_FIRST_F, 8},	/* victoria */
	{0x64656c6165766572ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* revealed */
	{0x69726f6461756365ull, 0x0000000000006e61ull, NE_LX_NAT, 10},	/* ecuadorian */
	{0, 0, 0, 0},
	{0x00796c7072616873ull, 0x0000000000000000ull, NE_LX_SKIPADV, 7},	/* sharply */
	{0x000072756f62616cull, 0x0000000000000000ull, NE_LX_KNOWN_ORG, 6},	/* labour */
	{0x0000006665736f6aull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* josef */
	{0x00007275636e6f63ull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* concur */
	{0x7461726574696572ull, 0x0000000000007365ull, NE_LX_CUE, 10},	/* reiterates */
	{0x00000000746f6873ull, 0x0000000000000000ull, NE_LX_CUE, 4},	/* shot */
	{0x736169687474616dull, 0x0000000000000000ull, NE_LX_FIRST_M, 8},	/* matthias */
	{0x0000000000746470ull, 0x0000000000000000ull, NE_LX_NONNAME, 3},	/* pdt */
	{0x0000007265626d61ull, 0x0000000000000000ull, NE_LX_FIRST_F, 5},	/* amber */
	{0x000000006e726177ull, 0x0000000000000000ull, NE_LX_CUE, 4},	/* warn */
	{0, 0, 0, 0},
	{0x000064616d686361ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* achmad */
	{0x7265696c70707573ull, 0x0000000000000073ull, NE_LX_NOMINAL, 9},	/* suppliers */
	{0x0000006e69736162ull, 0x0000000000000000ull, NE_LX_PLACE, 5},	/* basin */
	{0x00006e6f73726570ull, 0x0000000000000000ull, NE_LX_NOMINAL, 6},	/* person */
	{0x000073696e6e6564ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* dennis */
	{0x0000007962626f62ull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* bobby */
	{0x0000006675737579ull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* yusuf */
	{0x006563697275616dull, 0x0000000000000000ull, NE_LX_FIRST_M, 7},	/* maurice */
	{0x0000006c776f7267ull, 0x0000000000000000ull, NE_LX_CUE, 5},	/* growl */
	{0x0000006f6c626170ull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* pablo */
	{0x0000616e69676572ull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* regina */
	{0x00736c6165707061ull, 0x0000000000000000ull, NE_LX_TITLE_MOD, 7},	/* appeals */
	{0x00000000006f6663ull, 0x0000000000000000ull, NE_LX_TITLE, 3},	/* cfo */
	{0x657265646e756874ull, 0x0000000000000064ull, NE_LX_CUE, 9},	/* thundered */
	{0x0000000073726568ull, 0x0000000000000000ull, NE_LX_PRON_F, 4},	/* hers */
	{0x63696c6275706572ull, 0x000064656c2d6e61ull, NE_LX_TITLE_MOD, 14},	/* republican-led */
	{0x000065726f666562ull, 0x0000000000000000ull, NE_LX_NONNAME, 6},	/* before */
	{0x736569636e656761ull, 0x0000000000000000ull, NE_LX_NOMINAL, 8},	/* agencies */
	{0x00000068706c6172ull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* ralph */
	{0x0000000000657661ull, 0x0000000000000000ull, NE_LX_ABBREV, 3},	/* ave */
	{0x0000007473726966ull, 0x0000000000000000ull, NE_LX_TITLE_MOD | NE_LX_NONNAME, 5},	/* first */
	{0x0000000000736d73ull, 0x0000000000000000ull, NE_LX_NONNAME, 3},	/* sms */
	{0x0000796177796e61ull, 0x0000000000000000ull, NE_LX_NONNAME, 6},	/* anyway */
	{0x0000006e61686f6aull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* johan */
	{0x006c6c657778616dull, 0x0000000000000000ull, NE_LX_FIRST_M, 7},	/* maxwell */
	{0x00646e616c656369ull, 0x0000000000000000ull, NE_LX_PLACE, 7},	/* iceland */
	{0, 0, 0, 0},
	{0x0000006e656c6c65ull, 0x0000000000000000ull, NE_LX_FIRST_F, 5},	/* ellen */
	{0x00006e6f72616873ull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* sharon */
	{0x676e696e616f7267ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* groaning */
	{0x000064656d616c62ull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* blamed */
	{0x676e697070697571ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* quipping */
	{0x00000072746f6970ull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* piotr */
	{0x656d73656b6f7073ull, 0x000000000000006eull, NE_LX_TITLE | NE_LX_NOMINAL, 9},	/* spokesmen */
	{0x0074636964657270ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* predict */
	{0x00006f6373656e75ull, 0x0000000000000000ull, NE_LX_KNOWN_ORG, 6},	/* unesco */
	{0x61656e7265646e75ull, 0x0000000000006874ull, NE_LX_NONNAME, 10},	/* underneath */
	{0x6465747369736e69ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* insisted */
	{0x000000006b63616aull, 0x0000000000000000ull, NE_LX_FIRST_M, 4},	/* jack */
	{0x0000000000646168ull, 0x0000000000000000ull, NE_LX_NONNAME | NE_LX_SKIPADV, 3},	/* had */
	{0x000000007474616dull, 0x0000000000000000ull, NE_LX_FIRST_M, 4},	/* matt */
	{0x006e617064616564ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* deadpan */
	{0x0000000069727579ull, 0x0000000000000000ull, NE_LX_FIRST_M, 4},	/* yuri */
	{0x6e656d6574617473ull, 0x0000000000000074ull, NE_LX_NONNAME | NE_LX_NOMINAL | NE_LX_STATEMENT, 9},	/* statement */
	{0x0061736f72616d6full, 0x0000000000000000ull, NE_LX_FIRST_F, 7},	/* omarosa */
	{0x00006c65756e616dull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* manuel */
	{0x0000000000706467ull, 0x0000000000000000ull, NE_LX_NONNAME, 3},	/* gdp */
	{0x00000064656e6570ull, 0x0000000000000000ull, NE_LX_CUE, 5},	/* pened */
	{0x00006e61796e656bull, 0x0000000000000000ull, NE_LX_NAT, 6},	/* kenyan */
	{0x7269617473616c61ull, 0x0000000000000000ull, NE_LX_FIRST_M, 8},	/* alastair */
	{0x00676e6974697277ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* writing */
	{0x000073646c6f6373ull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* scolds */
	{0x007372657474756dull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* mutters */
	{0x646c65696664696dull, 0x0000000000007265ull, NE_LX_PERSON_NOUN, 10},	/* midfielder */
	{0x0073726577736e61ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* answers */
	{0x656c6c6562617369ull, 0x0000000000000000ull, NE_LX_FIRST_F, 8},	/* isabelle */
	{0x6e6167696863696dull, 0x0000000000000000ull, NE_LX_PLACE, 8},	/* michigan */
	{0x7a69636974697263ull, 0x0000000000007365ull, NE_LX_CUE, 10},	/* criticizes */
	{0x0072756f62726168ull, 0x0000000000000000ull, NE_LX_PLACE, 7},	/* harbour */
	{0x0000006e61797262ull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* bryan */
	{0x0000696572646e61ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* andrei */
	{0x64656c6c6562616cull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* labelled */
	{0x0000000074726562ull, 0x0000000000000000ull, NE_LX_FIRST_M, 4},	/* bert */
	{0x746564616e726562ull, 0x0000000000006574ull, NE_LX_FIRST_F, 10},	/* bernadette */
	{0x0064656c6562616cull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* labeled */
	{0x73676e696e726165ull, 0x0000000000000000ull, NE_LX_CORP_NOUN, 8},	/* earnings */
	{0x0072616d6e61796dull, 0x0000000000000000ull, NE_LX_PLACE, 7},	/* myanmar */
	{0x006b726f7774656eull, 0x0000000000000000ull, NE_LX_ORG | NE_LX_NOMINAL | NE_LX_ORG_NOUN, 7},	/* network */
	{0x0000006564617274ull, 0x0000000000000000ull, NE_LX_TITLE_MOD, 5},	/* trade */
	{0, 0, 0, 0},
	{0x6c6f686b636f7473ull, 0x000000000000006dull, NE_LX_PLACE, 9},	/* stockholm */
	{0x00000061796e656bull, 0x0000000000000000ull, NE_LX_PLACE, 5},	/* kenya */
	{0, 0, 0, 0},
	{0x6973726576696e75ull, 0x0000000000007974ull, NE_LX_ORG | NE_LX_NOMINAL, 10},	/* university */
	{0, 0, 0, 0},
	{0x000000006e757261ull, 0x0000000000000000ull, NE_LX_FIRST_M, 4},	/* arun */
	{0x006e616265747365ull, 0x0000000000000000ull, NE_LX_FIRST_M, 7},	/* esteban */
	{0x61696c697a617262ull, 0x000000000000006eull, NE_LX_NAT, 9},	/* brazilian */
	{0x0000657361656c70ull, 0x0000000000000000ull, NE_LX_NONNAME, 6},	/* please */
	{0x0000000079616265ull, 0x0000000000000000ull, NE_LX_KNOWN_ORG, 4},	/* ebay */
	{0x656c65736e756f63ull, 0x0000000000000064ull, NE_LX_CUE, 9},	/* counseled */
	{0x6565726761736964ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* disagree */
	{0x00616962696d616eull, 0x0000000000000000ull, NE_LX_PLACE, 7},	/* namibia */
	{0x0000006e69776465ull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* edwin */
	{0x006f726968736965ull, 0x0000000000000000ull, NE_LX_FIRST_M, 7},	/* eishiro */
	{0x000000007478656eull, 0x0000000000000000ull, NE_LX_NONNAME, 4},	/* next */
	{0x0000007369726170ull, 0x0000000000000000ull, NE_LX_PLACE, 5},	/* paris */
	{0x6e65746165726874ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* threaten */
	{0x65736f6c63736964ull, 0x0000000000000073ull, NE_LX_CUE, 9},	/* discloses */
	{0x0000006c696e7573ull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* sunil */
	{0x73726f7369766461ull, 0x0000000000000000ull, NE_LX_NOMINAL, 8},	/* advisors */
	{0x0000000065636e6full, 0x0000000000000000ull, NE_LX_NONNAME | NE_LX_SKIPADV, 4},	/* once */
	{0x7372657275736e69ull, 0x0000000000000000ull, NE_LX_NOMINAL, 8},	/* insurers */
	{0x0000676e69646461ull, 0x0000000000000000ull, NE_LX_CUE | NE_LX_CUE_SAY, 6},	/* adding */
	{0x6e6972756d72756dull, 0x0000000000000067ull, NE_LX_CUE, 9},	/* murmuring */
	{0x0000736564696863ull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* chides */
	{0x0061696c616d6f73ull, 0x0000000000000000ull, NE_LX_PLACE, 7},	/* somalia */
	{0x6e617473696b6170ull, 0x0000000000000069ull, NE_LX_NAT, 9},	/* pakistani */
	{0x0000000079726f72ull, 0x0000000000000000ull, NE_LX_FIRST_M, 4},	/* rory */
	{0x6565726761736964ull, 0x0000000000000064ull, NE_LX_CUE, 9},	/* disagreed */
	{0x0000006769617263ull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* craig */
	{0x6d6f777269616863ull, 0x0000000000006e61ull, NE_LX_TITLE | NE_LX_HON_F, 10},	/* chairwoman */
	{0x0000000000746465ull, 0x0000000000000000ull, NE_LX_NONNAME, 3},	/* edt */
	{0x7974697275636573ull, 0x0000000000000000ull, NE_LX_TITLE_MOD, 8},	/* security */
	{0x00796c746e756c62ull, 0x0000000000000000ull, NE_LX_SKIPADV, 7},	/* bluntly */
	{0x000000736977656cull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* lewis */
	{0x00616973696e7574ull, 0x0000000000000000ull, NE_LX_PLACE, 7},	/* tunisia */
	{0x6972656d6d617473ull, 0x000000000000676eull, NE_LX_CUE, 10},	/* stammering */
	{0x0072657473656863ull, 0x0000000000000000ull, NE_LX_FIRST_M, 7},	/* chester */
	{0x000079656c736577ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* wesley */
	{0x0000796c706d6973ull, 0x0000000000000000ull, NE_LX_SKIPADV, 6},	/* simply */
	{0x6d6c69636e756f63ull, 0x0000007265626d65ull, NE_LX_TITLE, 13},	/* councilmember */
	{0x0061646e696c656dull, 0x0000000000000000ull, NE_LX_FIRST_F, 7},	/* melinda */
	{0x0000000073736968ull, 0x0000000000000000ull, NE_LX_CUE, 4},	/* hiss */
	{0x6f6f77796c6c6f68ull, 0x0000000000000064ull, NE_LX_PLACE, 9},	/* hollywood */
	{0x000072657373616eull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* nasser */
	{0x64657474696d6461ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* admitted */
	{0x6e65656c6874616bull, 0x0000000000000000ull, NE_LX_FIRST_F, 8},	/* kathleen */
	{0x657a696e6167726full, 0x0000000000000072ull, NE_LX_NOMINAL, 9},	/* organizer */
	{0x0000006e6f6d6973ull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* simon */
	{0x6e696d616a6e6562ull, 0x0000000000000000ull, NE_LX_FIRST_M, 8},	/* benjamin */
	{0x00006f6b6e617262ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* branko */
	{0, 0, 0, 0},
	{0x0073656469736562ull, 0x0000000000000000ull, NE_LX_NONNAME, 7},	/* besides */
	{0x0072697a616e6562ull, 0x0000000000000000ull, NE_LX_FIRST_F, 7},	/* benazir */
	{0x0000006665696863ull, 0x0000000000000000ull, NE_LX_TITLE | NE_LX_TITLE_MOD, 5},	/* chief */
	{0x796c746e65636572ull, 0x0000000000000000ull, NE_LX_SKIPADV, 8},	/* recently */
	{0x00000073656c6177ull, 0x0000000000000000ull, NE_LX_PLACE, 5},	/* wales */
	{0x00796c7265766562ull, 0x0000000000000000ull, NE_LX_FIRST_F, 7},	/* beverly */
	{0x0000006974697270ull, 0x0000000000000000ull, NE_LX_FIRST_F, 5},	/* priti */
	{0x0061696475616c63ull, 0x0000000000000000ull, NE_LX_FIRST_F, 7},	/* claudia */
	{0x000072656b726f77ull, 0x0000000000000000ull, NE_LX_NOMINAL, 6},	/* worker */
	{0x0065767265736572ull, 0x0000000000000000ull, NE_LX_ORG, 7},	/* reserve */
	{0x0072616c6f686373ull, 0x0000000000000000ull, NE_LX_TITLE, 7},	/* scholar */
	{0x65636e756f6e6e61ull, 0x0000000000000073ull, NE_LX_CUE, 9},	/* announces */
	{0x00000073656c6173ull, 0x0000000000000000ull, NE_LX_CORP_NOUN, 5},	/* sales */
	{0x006e6f736b63616aull, 0x0000000000000000ull, NE_LX_FIRST_M, 7},	/* jackson */
	{0x0000000068636165ull, 0x0000000000000000ull, NE_LX_NONNAME, 4},	/* each */
	{0x000000796d6d6f74ull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* tommy */
	{0x72656e696d617865ull, 0x0000000000000000ull, NE_LX_ORG, 8},	/* examiner */
	{0x00726569646c6f73ull, 0x0000000000000000ull, NE_LX_NOMINAL, 7},	/* soldier */
	{0x000000796c617469ull, 0x0000000000000000ull, NE_LX_PLACE, 5},	/* italy */
	{0x0000000068746977ull, 0x0000000000000000ull, NE_LX_NONNAME, 4},	/* with */
	{0x746e656e6f70706full, 0x0000000000000000ull, NE_LX_NOMINAL, 8},	/* opponent */
	{0x00000000006a6f64ull, 0x0000000000000000ull, NE_LX_KNOWN_ORG, 3},	/* doj */
	{0x0073796177726961ull, 0x0000000000000000ull, NE_LX_ORG, 7},	/* airways */
	{0x0000647261776f68ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* howard */
	{0x00006573696e6564ull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* denise */
	{0x65636e756f6e6e61ull, 0x00000000746e656dull, NE_LX_NOMINAL | NE_LX_STATEMENT, 12},	/* announcement */
	{0x00616c617a616867ull, 0x0000000000000000ull, NE_LX_FIRST_F, 7},	/* ghazala */
	{0x00000000006e6f68ull, 0x0000000000000000ull, NE_LX_ABBREV | NE_LX_ABBREV_TITLE, 3},	/* hon */
	{0x00616e6179746174ull, 0x0000000000000000ull, NE_LX_FIRST_F, 7},	/* tatyana */
	{0x0000646e69686562ull, 0x0000000000000000ull, NE_LX_NONNAME, 6},	/* behind */
	{0x000000000074736dull, 0x0000000000000000ull, NE_LX_NONNAME, 3},	/* mst */
	{0x000000000069616bull, 0x0000000000000000ull, NE_LX_FIRST_M, 3},	/* kai */
	{0x6e61686f6d6e616dull, 0x0000000000000000ull, NE_LX_FIRST_M, 8},	/* manmohan */
	{0x000000736c696177ull, 0x0000000000000000ull, NE_LX_CUE, 5},	/* wails */
	{0x0000656365657267ull, 0x0000000000000000ull, NE_LX_PLACE, 6},	/* greece */
	{0x0000000000006164ull, 0x0000000000000000ull, NE_LX_PARTICLE, 2},	/* da */
	{0x0000746867697764ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* dwight */
	{0x0000007373657270ull, 0x0000000000000000ull, NE_LX_TITLE_MOD | NE_LX_ORG | NE_LX_NOMINAL, 5},	/* press */
	{0x0000656e696c6563ull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* celine */
	{0x6e6169726567696eull, 0x0000000000000000ull, NE_LX_NAT, 8},	/* nigerian */
	{0x0000006b63756863ull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* chuck */
	{0x00007963696c6f70ull, 0x0000000000000000ull, NE_LX_TITLE_MOD, 6},	/* policy */
	{0x000000616c726163ull, 0x0000000000000000ull, NE_LX_FIRST_F, 5},	/* carla */
	{0x0073726577656976ull, 0x0000000000000000ull, NE_LX_NOMINAL, 7},	/* viewers */
	{0x676e696e6f746e69ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* intoning */
	{0x0000732765726568ull, 0x0000000000000000ull, NE_LX_NONNAME, 6},	/* here's */
	{0x000065706f727565ull, 0x0000000000000000ull, NE_LX_PLACE, 6},	/* europe */
	{0x00737265646e6f70ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* ponders */
	{0x00006f696c696d65ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* emilio */
	{0x7473696b65627a75ull, 0x0000000000006e61ull, NE_LX_PLACE, 10},	/* uzbekistan */
	{0x00616e6e61737573ull, 0x0000000000000000ull, NE_LX_FIRST_F, 7},	/* susanna */
	{0x0000000000747365ull, 0x0000000000000000ull, NE_LX_ABBREV | NE_LX_NONNAME, 3},	/* est */
	{0x73656c6b63756863ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* chuckles */
	{0x006e657474697277ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* written */
	{0x007365696c706572ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* replies */
	{0x00006e6562756572ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* reuben */
	{0x000069686369696bull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* kiichi */
	{0x000000006161676bull, 0x0000000000000000ull, NE_LX_ORG, 4},	/* kgaa */
	{0x756f62686769656eull, 0x0000000000007372ull, NE_LX_NOMINAL, 10},	/* neighbours */
	{0x00000000616e696eull, 0x0000000000000000ull, NE_LX_FIRST_F, 4},	/* nina */
	{0, 0, 0, 0},
	{0x0000000000796f72ull, 0x0000000000000000ull, NE_LX_FIRST_M, 3},	/* roy */
	{0x000000006c6c6574ull, 0x0000000000000000ull, NE_LX_CUE | NE_LX_CUE_SAY, 4},	/* tell */
	{0x000064656d726574ull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* termed */
	{0x00676e6970656577ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* weeping */
	{0x0064657265656863ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* cheered */
	{0, 0, 0, 0},
	{0x00006e61636e7564ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* duncan */
	{0x00000000746f6373ull, 0x0000000000000000ull, NE_LX_NAT | NE_LX_PERSON_NOUN, 4},	/* scot */
	{0x72696873706d6168ull, 0x0000000000000065ull, NE_LX_PLACE, 9},	/* hampshire */
	{0x6e676961706d6163ull, 0x0000000000000000ull, NE_LX_TITLE_MOD | NE_LX_NONNAME | NE_LX_NOMINAL, 8},	/* campaign */
	{0x766c65736d656874ull, 0x0000000000007365ull, NE_LX_PRON_PL, 10},	/* themselves */
	{0x0000000072646d63ull, 0x0000000000000000ull, NE_LX_TITLE | NE_LX_ABBREV | NE_LX_ABBREV_TITLE, 4},	/* cmdr */
	{0x6574726f70707573ull, 0x0000000000007372ull, NE_LX_NOMINAL, 10},	/* supporters */
	{0x00007265646e656cull, 0x0000000000000000ull, NE_LX_ORG_NOUN, 6},	/* lender */
	{0x00796e6168746562ull, 0x0000000000000000ull, NE_LX_FIRST_F, 7},	/* bethany */
	{0x0000006874696465ull, 0x0000000000000000ull, NE_LX_FIRST_F, 5},	/* edith */
	{0x007473657764696dull, 0x0000000000000000ull, NE_LX_PLACE, 7},	/* midwest */
	{0x0000000000646577ull, 0x0000000000000000ull, NE_LX_WEEKDAY, 3},	/* wed */
	{0x0074736567677573ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* suggest */
	{0, 0, 0, 0},
	{0x0000000000006469ull, 0x0000000000000000ull, NE_LX_NONNAME, 2},	/* id */
	{0x000074696177756bull, 0x0000000000000000ull, NE_LX_PLACE, 6},	/* kuwait */
	{0x676e696c626d756dull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* mumbling */
	{0x007374726f687865ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* exhorts */
	{0x00006d756573756dull, 0x0000000000000000ull, NE_LX_ORG, 6},	/* museum */
	{0x7461686370616e73ull, 0x0000000000000000ull, NE_LX_KNOWN_ORG, 8},	/* snapchat */
	{0x00000000656d6f72ull, 0x0000000000000000ull, NE_LX_PLACE, 4},	/* rome */
	{0x0000736461656c70ull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* pleads */
	{0x617069636e697270ull, 0x000000000000006cull, NE_LX_TITLE, 9},	/* principal */
	{0x000000007963756cull, 0x0000000000000000ull, NE_LX_FIRST_F, 4},	/* lucy */
	{0x000000000000656cull, 0x0000000000000000ull, NE_LX_PARTICLE, 2},	/* le */
	{0x6f747a73797a726bull, 0x0000000000000066ull, NE_LX_FIRST_M, 9},	/* krzysztof */
	{0x6574746967697262ull, 0x0000000000000000ull, NE_LX_FIRST_F, 8},	/* brigitte */
	{0x61666974696c6f70ull, 0x0000000000007463ull, NE_LX_KNOWN_ORG, 10},	/* politifact */
	{0x6c616572746e6f6dull, 0x0000000000000000ull, NE_LX_PLACE, 8},	/* montreal */
	{0x006e6f74736e6977ull, 0x0000000000000000ull, NE_LX_FIRST_M, 7},	/* winston */
	{0x746e697265707573ull, 0x0000746e65646e65ull, NE_LX_TITLE, 14},	/* superintendent */
	{0x00737572616c6562ull, 0x0000000000000000ull, NE_LX_PLACE, 7},	/* belarus */
	{0x000000006b726170ull, 0x0000000000000000ull, NE_LX_PLACE, 4},	/* park */
	{0x006c6c61646e6172ull, 0x0000000000000000ull, NE_LX_FIRST_M, 7},	/* randall */
	{0x9980e26e73656f64ull, 0x0000000000000074ull, NE_LX_NONNAME | NE_LX_SKIPADV, 9},	/* doesn’t */
	{0x00007373656c6e75ull, 0x0000000000000000ull, NE_LX_NONNAME, 6},	/* unless */
	{0x0000000000707370ull, 0x0000000000000000ull, NE_LX_NONNAME, 3},	/* psp */
	{0, 0, 0, 0},
	{0x0000616962617261ull, 0x0000000000000000ull, NE_LX_PLACE, 6},	/* arabia */
	{0x0073736572707865ull, 0x0000000000000000ull, NE_LX_ORG, 7},	/* express */
	{0x00000000006d6968ull, 0x0000000000000000ull, NE_LX_PRON_M, 3},	/* him */
	{0, 0, 0, 0},
	{0x00006e6165726f6bull, 0x0000000000000000ull, NE_LX_NAT, 6},	/* korean */
	{0x0000656c6f726163ull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* carole */
	{0x0000000000746773ull, 0x0000000000000000ull, NE_LX_TITLE | NE_LX_ABBREV | NE_LX_ABBREV_TITLE, 3},	/* sgt */
	{0x000000656c696877ull, 0x0000000000000000ull, NE_LX_NONNAME, 5},	/* while */
	{0x000000006e686f6aull, 0x0000000000000000ull, NE_LX_FIRST_M, 4},	/* john */
	{0x00000000676f6c62ull, 0x0000000000000000ull, NE_LX_NOMINAL, 4},	/* blog */
	{0x006e617265746576ull, 0x0000000000000000ull, NE_LX_PERSON_NOUN, 7},	/* veteran */
	{0x657073656b6f7073ull, 0x00000000656c706full, NE_LX_NOMINAL, 12},	/* spokespeople */
	{0x6e6973696d6f7270ull, 0x0000000000000067ull, NE_LX_CUE, 9},	/* promising */
	{0x0000006b6e617266ull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* frank */
	{0x63656a7265746e69ull, 0x0000000000000074ull, NE_LX_CUE, 9},	/* interject */
	{0x00006e6169646e69ull, 0x0000000000000000ull, NE_LX_NAT, 6},	/* indian */
	{0x0000616c6f63696eull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* nicola */
	{0x000000736f67616cull, 0x0000000000000000ull, NE_LX_PLACE, 5},	/* lagos */
	{0x616d6f68616c6b6full, 0x0000000000000000ull, NE_LX_PLACE, 8},	/* oklahoma */
	{0x000000696b6b696eull, 0x0000000000000000ull, NE_LX_FIRST_F, 5},	/* nikki */
	{0x00006e6164726f6aull, 0x0000000000000000ull, NE_LX_PLACE | NE_LX_FIRST_M, 6},	/* jordan */
	{0x0000000000000069ull, 0x0000000000000000ull, NE_LX_NONNAME, 1},	/* i */
	{0x6863726165736572ull, 0x0000000000000000ull, NE_LX_TITLE_MOD, 8},	/* research */
	{0x6573696e6167726full, 0x0000000000000072ull, NE_LX_NOMINAL, 9},	/* organiser */
	{0x00006e616d726567ull, 0x0000000000000000ull, NE_LX_NAT, 6},	/* german */
	{0x000061776174746full, 0x0000000000000000ull, NE_LX_PLACE, 6},	/* ottawa */
	{0x000073736f726361ull, 0x0000000000000000ull, NE_LX_NONNAME, 6},	/* across */
	{0x00796c6e69616c70ull, 0x0000000000000000ull, NE_LX_SKIPADV, 7},	/* plainly */
	{0x6574636172616863ull, 0x0000007365736972ull, NE_LX_CUE, 13},	/* characterises */
	{0x656d747365766e69ull, 0x000000000073746eull, NE_LX_ORG, 11},	/* investments */
	{0x7265626d6f6f6c62ull, 0x0000000000000067ull, NE_LX_KNOWN_ORG, 9},	/* bloomberg */
	{0x0000000000656b69ull, 0x0000000000000000ull, NE_LX_FIRST_M, 3},	/* ike */
	{0x746562617a696c65ull, 0x0000000000000068ull, NE_LX_FIRST_F, 9},	/* elizabeth */
	{0x6169706f69687465ull, 0x0000000000000000ull, NE_LX_PLACE, 8},	/* ethiopia */
	{0x000000616c79616bull, 0x0000000000000000ull, NE_LX_FIRST_F, 5},	/* kayla */
	{0x61746e656d6d6f63ull, 0x0000000073726f74ull, NE_LX_NOMINAL, 12},	/* commentators */
	{0x0000616d616e6170ull, 0x0000000000000000ull, NE_LX_PLACE, 6},	/* panama */
	{0, 0, 0, 0},
	{0x6574726f70707573ull, 0x0000000000000072ull, NE_LX_NOMINAL, 9},	/* supporter */
	{0x006f747265626f72ull, 0x0000000000000000ull, NE_LX_FIRST_M, 7},	/* roberto */
	{0x0073657375636361ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* accuses */
	{0x00006d696c73756dull, 0x0000000000000000ull, NE_LX_NAT, 6},	/* muslim */
	{0x006f696e6f746e61ull, 0x0000000000000000ull, NE_LX_FIRST_M, 7},	/* antonio */
	{0x000000796e6e656aull, 0x0000000000000000ull, NE_LX_FIRST_F, 5},	/* jenny */
	{0x61696e6961726b75ull, 0x000000000000006eull, NE_LX_NAT, 9},	/* ukrainian */
	{0, 0, 0, 0},
	{0x0000007365746f6eull, 0x0000000000000000ull, NE_LX_CUE, 5},	/* notes */
	{0, 0, 0, 0},
	{0x0000687365727573ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* suresh */
	{0x0000747375677561ull, 0x0000000000000000ull, NE_LX_MONTH, 6},	/* august */
	{0x00000000006f6f63ull, 0x0000000000000000ull, NE_LX_CUE | NE_LX_TITLE, 3},	/* coo */
	{0x73656e6e61686f6aull, 0x0000000067727562ull, NE_LX_PLACE, 12},	/* johannesburg */
	{0x0000617568736f6aull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* joshua */
	{0x00000000006d6173ull, 0x0000000000000000ull, NE_LX_FIRST_M, 3},	/* sam */
	{0x0000006c616e6163ull, 0x0000000000000000ull, NE_LX_PLACE, 5},	/* canal */
	{0x6465746165706572ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* repeated */
	{0x00000073796e6564ull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* denys */
	{0x00000065746f7277ull, 0x0000000000000000ull, NE_LX_CUE, 5},	/* wrote */
	{0x00646e616e726566ull, 0x0000000000000000ull, NE_LX_FIRST_M, 7},	/* fernand */
	{0x00000064776f7263ull, 0x0000000000000000ull, NE_LX_NOMINAL, 5},	/* crowd */
	{0x736977726568746full, 0x0000000000000065ull, NE_LX_NONNAME, 9},	/* otherwise */
	{0x006e6f6e6162656cull, 0x0000000000000000ull, NE_LX_PLACE, 7},	/* lebanon */
	{0x000000696769756cull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* luigi */
	{0x696e6f69746e656dull, 0x000000000000676eull, NE_LX_CUE, 10},	/* mentioning */
	{0x00000000616b696dull, 0x0000000000000000ull, NE_LX_FIRST_F, 4},	/* mika */
	{0x006e6f646c656873ull, 0x0000000000000000ull, NE_LX_FIRST_M, 7},	/* sheldon */
	{0x000064656e696877ull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* whined */
	{0x00737365666f7270ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* profess */
	{0x0000007265746f76ull, 0x0000000000000000ull, NE_LX_NOMINAL, 5},	/* voter */
	{0x676e697261657773ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* swearing */
	{0x0000006b63696c63ull, 0x0000000000000000ull, NE_LX_NONNAME, 5},	/* click */
	{0x00000000656d6f73ull, 0x0000000000000000ull, NE_LX_NONNAME, 4},	/* some */
	{0x0000796576727573ull, 0x0000000000000000ull, NE_LX_NOMINAL, 6},	/* survey */
	{0x0073726574756572ull, 0x0000000000000000ull, NE_LX_KNOWN_ORG, 7},	/* reuters */
	{0x00676e697265656aull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* jeering */
	{0x616e696c65676e61ull, 0x0000000000000000ull, NE_LX_FIRST_F, 8},	/* angelina */
	{0x00737265746e6563ull, 0x0000000000000000ull, NE_LX_ORG, 7},	/* centers */
	{0x61697261676e7568ull, 0x000000000000006eull, NE_LX_NAT, 9},	/* hungarian */
	{0x726f697265746e69ull, 0x0000000000000000ull, NE_LX_TITLE_MOD, 8},	/* interior */
	{0x65646e6178656c61ull, 0x0000000000000072ull, NE_LX_FIRST_M, 9},	/* alexander */
	{0x7361736e616b7261ull, 0x0000000000000000ull, NE_LX_PLACE, 8},	/* arkansas */
	{0x0000736e65687461ull, 0x0000000000000000ull, NE_LX_PLACE, 6},	/* athens */
	{0x000073756d616573ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* seamus */
	{0x0000006b6572616dull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* marek */
	{0x0000006f67616974ull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* tiago */
	{0, 0, 0, 0},
	{0x000073726f6e6f64ull, 0x0000000000000000ull, NE_LX_NOMINAL, 6},	/* donors */
	{0x65746167656c6564ull, 0x0000000000000073ull, NE_LX_NOMINAL, 9},	/* delegates */
	{0x00000000726c6c63ull, 0x0000000000000000ull, NE_LX_TITLE, 4},	/* cllr */
	{0x00000000006e756aull, 0x0000000000000000ull, NE_LX_MONTH | NE_LX_ABBREV, 3},	/* jun */
	{0x646c616e69676572ull, 0x0000000000000000ull, NE_LX_FIRST_M, 8},	/* reginald */
	{0x7961756761726170ull, 0x0000000000000000ull, NE_LX_PLACE, 8},	/* paraguay */
	{0x0065737568746e65ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* enthuse */
	{0x6f74616c756d6973ull, 0x0000000000000072ull, NE_LX_ORG, 9},	/* simulator */
	{0x7669746365746564ull, 0x0000000000007365ull, NE_LX_NOMINAL, 10},	/* detectives */
	{0x000000616e6f6966ull, 0x0000000000000000ull, NE_LX_FIRST_F, 5},	/* fiona */
	{0x000000736b656577ull, 0x0000000000000000ull, NE_LX_NONNAME, 5},	/* weeks */
	{0x00000000006e656bull, 0x0000000000000000ull, NE_LX_FIRST_M, 3},	/* ken */
	{0x676e69646c6f6373ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* scolding */
	{0x657a69726f656874ull, 0x0000000000000064ull, NE_LX_CUE, 9},	/* theorized */
	{0x646572616c636564ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* declared */
	{0, 0, 0, 0},
	{0x6e796c6b6f6f7262ull, 0x0000000000000000ull, NE_LX_PLACE, 8},	/* brooklyn */
	{0x000000006c6c6f70ull, 0x0000000000000000ull, NE_LX_NONNAME | NE_LX_NOMINAL, 4},	/* poll */
	{0, 0, 0, 0},
	{0x0000007375667572ull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* rufus */
	{0x000000000033706dull, 0x0000000000000000ull, NE_LX_NONNAME, 3},	/* mp3 */
	{0x65746e656d6d6f63ull, 0x0000000000000064ull, NE_LX_CUE, 9},	/* commented */
	{0x007968746f726f64ull, 0x0000000000000000ull, NE_LX_FIRST_F, 7},	/* dorothy */
	{0x00006d6165726373ull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* scream */
	{0x0000646e6f796562ull, 0x0000000000000000ull, NE_LX_NONNAME, 6},	/* beyond */
	{0x00726f7469647561ull, 0x0000000000000000ull, NE_LX_TITLE, 7},	/* auditor */
	{0x6373696e696d6572ull, 0x0000000000676e69ull, NE_LX_CUE, 11},	/* reminiscing */
	{0x0000736c65626572ull, 0x0000000000000000ull, NE_LX_NOMINAL, 6},	/* rebels */
	{0x7372657474757473ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* stutters */
	{0x6e616d7265646c61ull, 0x0000000000000000ull, NE_LX_TITLE | NE_LX_HON_M, 8},	/* alderman */
	{0x6e6972616c636564ull, 0x0000000000000067ull, NE_LX_CUE, 9},	/* declaring */
	{0x6574636172616863ull, 0x00000073657a6972ull, NE_LX_CUE, 13},	/* characterizes */
	{0x0000676e69746361ull, 0x0000000000000000ull, NE_LX_TITLE_MOD, 6},	/* acting */
	{0x0000006f746f616eull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* naoto */
	{0x64656d6165726373ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* screamed */
	{0x006d616e74656976ull, 0x0000000000000000ull, NE_LX_PLACE, 7},	/* vietnam */
	{0x676e6974756f6873ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* shouting */
	{0x7372656469736e69ull, 0x0000000000000000ull, NE_LX_NOMINAL, 8},	/* insiders */
	{0x0000000000007674ull, 0x0000000000000000ull, NE_LX_NONNAME | NE_LX_ORG, 2},	/* tv */
	{0x00006e6169766976ull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* vivian */
	{0x0000797274696d64ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* dmitry */
	{0x000075726f626f6eull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* noboru */
	{0x00000000006f6268ull, 0x0000000000000000ull, NE_LX_KNOWN_ORG, 3},	/* hbo */
	{0x00000074746f6373ull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* scott */
	{0x000065756e657661ull, 0x0000000000000000ull, NE_LX_PLACE, 6},	/* avenue */
	{0x00006e617265696bull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* kieran */
	{0x00000000006a796full, 0x0000000000000000ull, NE_LX_ORG, 3},	/* oyj */
	{0x0000000000776f6eull, 0x0000000000000000ull, NE_LX_NONNAME, 3},	/* now */
	{0x0000000000000061ull, 0x0000000000000000ull, NE_LX_NONNAME, 1},	/* a */
	{0x0000007967676570ull, 0x0000000000000000ull, NE_LX_FIRST_F, 5},	/* peggy */
	{0x0000616c65676e61ull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* angela */
	{0x0000616e61696c65ull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* eliana */
	{0x0064657070616e73ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* snapped */
	{0x0000646e69767261ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* arvind */
	{0, 0, 0, 0},
	{0x000061656d697263ull, 0x0000000000000000ull, NE_LX_PLACE, 6},	/* crimea */
	{0x6169747369726863ull, 0x000000000000006eull, NE_LX_NAT | NE_LX_FIRST_M, 9},	/* christian */
	{0x6e69747369726863ull, 0x0000000000000061ull, NE_LX_FIRST_F, 9},	/* christina */
	{0x007265687469656eull, 0x0000000000000000ull, NE_LX_NONNAME, 7},	/* neither */
	{0x006472616e6f656cull, 0x0000000000000000ull, NE_LX_FIRST_M, 7},	/* leonard */
	{0x00656c6b63756863ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* chuckle */
	{0x6564616c676e6162ull, 0x0000000000006873ull, NE_LX_PLACE, 10},	/* bangladesh */
	{0x0000000000777568ull, 0x0000000000000000ull, NE_LX_FIRST_M, 3},	/* huw */
	{0x0000726f68636e61ull, 0x0000000000000000ull, NE_LX_TITLE, 6},	/* anchor */
	{0x00007265746e6563ull, 0x0000000000000000ull, NE_LX_ORG, 6},	/* center */
	{0x0000000000617661ull, 0x0000000000000000ull, NE_LX_FIRST_F, 3},	/* ava */
	{0x006f6c656372616dull, 0x0000000000000000ull, NE_LX_FIRST_M, 7},	/* marcelo */
	{0x000072656d726f66ull, 0x0000000000000000ull, NE_LX_TITLE_MOD, 6},	/* former */
	{0x0000006c77617264ull, 0x0000000000000000ull, NE_LX_CUE, 5},	/* drawl */
	{0x6e6961746e69616dull, 0x0000000000000073ull, NE_LX_CUE, 9},	/* maintains */
	{0x6e69736f706f7270ull, 0x0000000000000067ull, NE_LX_CUE, 9},	/* proposing */
	{0x646e617373656c61ull, 0x0000000000006172ull, NE_LX_FIRST_F, 10},	/* alessandra */
	{0x746e657261707061ull, 0x000000000000796cull, NE_LX_SKIPADV, 10},	/* apparently */
	{0x0000747265626f72ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* robert */
	{0x0000797461657274ull, 0x0000000000000000ull, NE_LX_PLACE, 6},	/* treaty */
	{0x000072656e696172ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* rainer */
	{0x0000000072617473ull, 0x0000000000000000ull, NE_LX_PERSON_NOUN, 4},	/* star */
	{0x000079617272756dull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* murray */
	{0x697265746e756f63ull, 0x000000000000676eull, NE_LX_CUE, 10},	/* countering */
	{0x6d6f7768736c6577ull, 0x0000000000006e61ull, NE_LX_NAT | NE_LX_PERSON_NOUN, 10},	/* welshwoman */
	{0x69646172746e6f63ull, 0x0000000064657463ull, NE_LX_CUE, 12},	/* contradicted */
	{0x000061687472616dull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* martha */
	{0x00006570696c6566ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* felipe */
	{0x0000006f65646976ull, 0x0000000000000000ull, NE_LX_NONNAME | NE_LX_NOMINAL | NE_LX_STATEMENT, 5},	/* video */
	{0x007972616d697270ull, 0x0000000000000000ull, NE_LX_NONNAME, 7},	/* primary */
	{0x006465746e696f70ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* pointed */
	{0x0000796464657266ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* freddy */
	{0x0079666972616c63ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* clarify */
	{0x0000796c696d6166ull, 0x0000000000000000ull, NE_LX_NOMINAL, 6},	/* family */
	{0x73696e6d756c6f63ull, 0x0000000000000074ull, NE_LX_TITLE, 9},	/* columnist */
	{0x6f7768636e657266ull, 0x00000000006e616dull, NE_LX_NAT | NE_LX_PERSON_NOUN, 11},	/* frenchwoman */
	{0x006563616c6c6177ull, 0x0000000000000000ull, NE_LX_FIRST_M, 7},	/* wallace */
	{0x6761686e65706f63ull, 0x0000000000006e65ull, NE_LX_PLACE, 10},	/* copenhagen */
	{0x0000646e756f7261ull, 0x0000000000000000ull, NE_LX_NONNAME, 6},	/* around */
	{0x0000006b65627a75ull, 0x0000000000000000ull, NE_LX_NAT, 5},	/* uzbek */
	{0, 0, 0, 0},
	{0x6974617265646566ull, 0x0000000000006e6full, NE_LX_ORG, 10},	/* federation */
	{0x0000006c75736f6dull, 0x0000000000000000ull, NE_LX_PLACE, 5},	/* mosul */
	{0x000079646f626f6eull, 0x0000000000000000ull, NE_LX_NONNAME, 6},	/* nobody */
	{0x0000000000007061ull, 0x0000000000000000ull, NE_LX_KNOWN_ORG, 2},	/* ap */
	{0x000000000063756cull, 0x0000000000000000ull, NE_LX_FIRST_M, 3},	/* luc */
	{0x00006873696c6f70ull, 0x0000000000000000ull, NE_LX_NAT, 6},	/* polish */
	{0x0000007474657262ull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* brett */
	{0x0000796d6572656aull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* jeremy */
	{0x0000696e6e616967ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* gianni */
	{0, 0, 0, 0},
	{0x0000656e6f746e69ull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* intone */
	{0x00796c6c616e6966ull, 0x0000000000000000ull, NE_LX_SKIPADV, 7},	/* finally */
	{0x6e61697470796765ull, 0x0000000000000000ull, NE_LX_NAT, 8},	/* egyptian */
	{0x00006573756f7267ull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* grouse */
	{0x6569726577657262ull, 0x0000000000000073ull, NE_LX_ORG, 9},	/* breweries */
	{0x0000000074706573ull, 0x0000000000000000ull, NE_LX_MONTH | NE_LX_ABBREV, 4},	/* sept */
	{0x6f7461726f62616cull, 0x0000000000007972ull, NE_LX_ORG | NE_LX_NOMINAL, 10},	/* laboratory */
	{0x0000000000646574ull, 0x0000000000000000ull, NE_LX_FIRST_M, 3},	/* ted */
	{0x73656c6262697571ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* quibbles */
	{0x00007368746e6f6dull, 0x0000000000000000ull, NE_LX_NONNAME, 6},	/* months */
	{0x6c65757a656e6576ull, 0x0000000000006e61ull, NE_LX_NAT, 10},	/* venezuelan */
	{0x0000000000006564ull, 0x0000000000000000ull, NE_LX_PARTICLE, 2},	/* de */
	{0x0000000073657679ull, 0x0000000000000000ull, NE_LX_FIRST_M, 4},	/* yves */
	{0x00666c65736d6968ull, 0x0000000000000000ull, NE_LX_PRON_M, 7},	/* himself */
	{0x00616e616972616dull, 0x0000000000000000ull, NE_LX_FIRST_F, 7},	/* mariana */
	{0x0000000000627564ull, 0x0000000000000000ull, NE_LX_CUE, 3},	/* dub */
	{0x0000676e69707974ull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* typing */
	{0x6565796f6c706d65ull, 0x0000000000000073ull, NE_LX_NOMINAL, 9},	/* employees */
	{0x6c6163696d656863ull, 0x0000000000000073ull, NE_LX_ORG, 9},	/* chemicals */
	{0x0065696d6572656aull, 0x0000000000000000ull, NE_LX_FIRST_M, 7},	/* jeremie */
	{0x00000000666c6172ull, 0x0000000000000000ull, NE_LX_FIRST_M, 4},	/* ralf */
	{0x0000000000736177ull, 0x0000000000000000ull, NE_LX_NONNAME | NE_LX_SKIPADV, 3},	/* was */
	{0x00000000656b616cull, 0x0000000000000000ull, NE_LX_PLACE, 4},	/* lake */
	{0x000000616c6c6564ull, 0x0000000000000000ull, NE_LX_PARTICLE, 5},	/* della */
	{0x0000796669726576ull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* verify */
	{0x000000656b6f7073ull, 0x0000000000000000ull, NE_LX_CUE, 5},	/* spoke */
	{0x000000006e61756aull, 0x0000000000000000ull, NE_LX_FIRST_M, 4},	/* juan */
	{0x0000006e6165636full, 0x0000000000000000ull, NE_LX_PLACE, 5},	/* ocean */
	{0x00776f72646f6f77ull, 0x0000000000000000ull, NE_LX_FIRST_M, 7},	/* woodrow */
	{0x00000000006e6574ull, 0x0000000000000000ull, NE_LX_NONNAME | NE_LX_PARTICLE, 3},	/* ten */
	{0x0000000000706661ull, 0x0000000000000000ull, NE_LX_KNOWN_ORG, 3},	/* afp */
	{0x6172756174736572ull, 0x000000000073746eull, NE_LX_ORG, 11},	/* restaurants */
	{0, 0, 0, 0},
	{0x000068616e6e6168ull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* hannah */
	{0x000000686775616cull, 0x0000000000000000ull, NE_LX_CUE, 5},	/* laugh */
	{0x00000000006e616dull, 0x0000000000000000ull, NE_LX_NOMINAL, 3},	/* man */
	{0x000000736e617266ull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* frans */
	{0x74616c736967656cull, 0x000000000000726full, NE_LX_NOMINAL, 10},	/* legislator */
	{0x0079726f67657267ull, 0x0000000000000000ull, NE_LX_FIRST_M, 7},	/* gregory */
	{0x0000000000617361ull, 0x0000000000000000ull, NE_LX_ORG, 3},	/* asa */
	{0x0000656e656c6568ull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* helene */
	{0x646e657265766572ull, 0x0000000000000000ull, NE_LX_TITLE, 8},	/* reverend */
	{0x00006e6974737561ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* austin */
	{0x0000007370616e73ull, 0x0000000000000000ull, NE_LX_CUE, 5},	/* snaps */
	{0x000000006e65706full, 0x0000000000000000ull, NE_LX_ORG, 4},	/* open */
	{0x0000006c6562616dull, 0x0000000000000000ull, NE_LX_FIRST_F, 5},	/* mabel */
	{0x006e61696c6c696cull, 0x0000000000000000ull, NE_LX_FIRST_F, 7},	/* lillian */
	{0, 0, 0, 0},
	{0x0000000062617261ull, 0x0000000000000000ull, NE_LX_NAT, 4},	/* arab */
	{0x0000006e61687465ull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* ethan */
	{0x0000007a6177616eull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* nawaz */
	{0x00656e697472616dull, 0x0000000000000000ull, NE_LX_FIRST_F, 7},	/* martine */
	{0x6272657472617571ull, 0x00000000006b6361ull, NE_LX_PERSON_NOUN, 11},	/* quarterback */
	{0x0000000000616963ull, 0x0000000000000000ull, NE_LX_KNOWN_ORG, 3},	/* cia */
	{0x0061636365626572ull, 0x0000000000000000ull, NE_LX_FIRST_F, 7},	/* rebecca */
	{0x0000000000636e69ull, 0x0000000000000000ull, NE_LX_ORG | NE_LX_ABBREV, 3},	/* inc */
	{0x0061636972656d61ull, 0x0000000000000000ull, NE_LX_PLACE, 7},	/* america */
	{0x736e69616c707865ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* explains */
	{0x0000006563757262ull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* bruce */
	{0x00000000656b616aull, 0x0000000000000000ull, NE_LX_FIRST_M, 4},	/* jake */
	{0x00006f7a6e696873ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* shinzo */
	{0x0000007369726f62ull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* boris */
	{0x000000736c6c6163ull, 0x0000000000000000ull, NE_LX_CUE, 5},	/* calls */
	{0x0000736b61657073ull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* speaks */
	{0x0000000074707573ull, 0x0000000000000000ull, NE_LX_TITLE | NE_LX_ABBREV | NE_LX_ABBREV_TITLE, 4},	/* supt */
	{0x000000796c6c6172ull, 0x0000000000000000ull, NE_LX_NOMINAL, 5},	/* rally */
	{0x736d69616c637865ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* exclaims */
	{0x7265746867756164ull, 0x0000000000000000ull, NE_LX_NOMINAL, 8},	/* daughter */
	{0x6973656e6f646e69ull, 0x0000000000006e61ull, NE_LX_NAT, 10},	/* indonesian */
	{0x006465686775616cull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* laughed */
	{0x000000006c697369ull, 0x0000000000000000ull, NE_LX_KNOWN_ORG, 4},	/* isil */
	{0x6563697274616562ull, 0x0000000000000000ull, NE_LX_FIRST_F, 8},	/* beatrice */
	{0x61696c6f676e6f6dull, 0x0000000000000000ull, NE_LX_PLACE, 8},	/* mongolia */
	{0x646573696d727573ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* surmised */
	{0x0000726564617274ull, 0x0000000000000000ull, NE_LX_NOMINAL, 6},	/* trader */
	{0x63696e6170736968ull, 0x0000000000000000ull, NE_LX_NAT, 8},	/* hispanic */
	{0x0000616e61766168ull, 0x0000000000000000ull, NE_LX_PLACE, 6},	/* havana */
	{0x0000006c6167656cull, 0x0000000000000000ull, NE_LX_TITLE_MOD, 5},	/* legal */
	{0x0000686461796972ull, 0x0000000000000000ull, NE_LX_PLACE, 6},	/* riyadh */
	{0x0000000068637573ull, 0x0000000000000000ull, NE_LX_NONNAME, 4},	/* such */
	{0x646973676e6f6c61ull, 0x0000000000000065ull, NE_LX_NONNAME, 9},	/* alongside */
	{0x676e697972657571ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* querying */
	{0x007372656b636162ull, 0x0000000000000000ull, NE_LX_NOMINAL, 7},	/* backers */
	{0x006e6f646e617262ull, 0x0000000000000000ull, NE_LX_FIRST_M, 7},	/* brandon */
	{0x756863617373616dull, 0x0000007374746573ull, NE_LX_PLACE, 13},	/* massachusetts */
	{0x6465676c75766964ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* divulged */
	{0x65747365746f7270ull, 0x0000000000007372ull, NE_LX_NOMINAL, 10},	/* protesters */
	{0x676e697469736f70ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* positing */
	{0x000000786e6f7262ull, 0x0000000000000000ull, NE_LX_PLACE, 5},	/* bronx */
	{0x00000000616d6c61ull, 0x0000000000000000ull, NE_LX_FIRST_F, 4},	/* alma */
	{0x0000000072656275ull, 0x0000000000000000ull, NE_LX_KNOWN_ORG, 4},	/* uber */
	{0x6574656b63697263ull, 0x0000000000000072ull, NE_LX_PERSON_NOUN, 9},	/* cricketer */
	{0x00006f666c6f6461ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* adolfo */
	{0x0000000070726f63ull, 0x0000000000000000ull, NE_LX_ORG | NE_LX_ABBREV, 4},	/* corp */
	{0x6974736575716572ull, 0x000000000000676eull, NE_LX_CUE, 10},	/* requesting */
	{0x006572757463656cull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* lecture */
	{0x0000000078697270ull, 0x0000000000000000ull, NE_LX_ORG, 4},	/* prix */
	{0x69646172746e6f63ull, 0x0000000000007463ull, NE_LX_CUE, 10},	/* contradict */
	{0x65747361626d616cull, 0x0000000000000073ull, NE_LX_CUE, 9},	/* lambastes */
	{0x0000000000626f72ull, 0x0000000000000000ull, NE_LX_FIRST_M, 3},	/* rob */
	{0x00000064696c6177ull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* walid */
	{0x006c6c617265766full, 0x0000000000000000ull, NE_LX_NONNAME, 7},	/* overall */
	{0x0000000000796d61ull, 0x0000000000000000ull, NE_LX_FIRST_F, 3},	/* amy */
	{0x0000007261657773ull, 0x0000000000000000ull, NE_LX_CUE, 5},	/* swear */
	{0x73656c626d757267ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* grumbles */
	{0x007372656c6c6573ull, 0x0000000000000000ull, NE_LX_NOMINAL, 7},	/* sellers */
	{0x0000000064696d61ull, 0x0000000000000000ull, NE_LX_NONNAME, 4},	/* amid */
	{0x0000646c616e6f64ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* donald */
	{0x000000000000736dull, 0x0000000000000000ull, NE_LX_TITLE | NE_LX_HON_F | NE_LX_HONORIFIC | NE_LX_ABBREV | NE_LX_ABBREV_TITLE, 2},	/* ms */
	{0x00006c6173696166ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* faisal */
	{0x69646e65746e6f63ull, 0x000000000000676eull, NE_LX_CUE, 10},	/* contending */
	{0x6f69726f74746976ull, 0x0000000000000000ull, NE_LX_FIRST_M, 8},	/* vittorio */
	{0x006f7473656e7265ull, 0x0000000000000000ull, NE_LX_FIRST_M, 7},	/* ernesto */
	{0x006d7269666e6f63ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* confirm */
	{0x0000000065766966ull, 0x0000000000000000ull, NE_LX_NONNAME, 4},	/* five */
	{0x00000065696c6c6full, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* ollie */
	{0x00006e6f6273696cull, 0x0000000000000000ull, NE_LX_PLACE, 6},	/* lisbon */
	{0x00000074276e6f64ull, 0x0000000000000000ull, NE_LX_NONNAME | NE_LX_SKIPADV, 5},	/* don't */
	{0x006e6169676c6562ull, 0x0000000000000000ull, NE_LX_NAT, 7},	/* belgian */
	{0x6972757373616572ull, 0x000000000000676eull, NE_LX_CUE, 10},	/* reassuring */
	{0x656c61737572656aull, 0x000000000000006dull, NE_LX_PLACE, 9},	/* jerusalem */
	{0x0000000074706564ull, 0x0000000000000000ull, NE_LX_ABBREV, 4},	/* dept */
	{0x00656e697473756aull, 0x0000000000000000ull, NE_LX_FIRST_F, 7},	/* justine */
	{0x0000006e656c6568ull, 0x0000000000000000ull, NE_LX_FIRST_F, 5},	/* helen */
	{0x676e696461656c70ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* pleading */
	{0x6f74617265646f6dull, 0x0000000000000072ull, NE_LX_TITLE, 9},	/* moderator */
	{0x6e69726f6c706564ull, 0x0000000000000067ull, NE_LX_CUE, 9},	/* deploring */
	{0x676e696c77617264ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* drawling */
	{0x00000066666f6373ull, 0x0000000000000000ull, NE_LX_CUE, 5},	/* scoff */
	{0x0000007265656863ull, 0x0000000000000000ull, NE_LX_CUE, 5},	/* cheer */
	{0x0079737361626d65ull, 0x0000000000000000ull, NE_LX_ORG, 7},	/* embassy */
	{0x646f627972657665ull, 0x0000000000000079ull, NE_LX_NONNAME, 9},	/* everybody */
	{0x00000000736d6564ull, 0x0000000000000000ull, NE_LX_NAT, 4},	/* dems */
	{0x0000000000006e69ull, 0x0000000000000000ull, NE_LX_NONNAME, 2},	/* in */
	{0x00000061696c7579ull, 0x0000000000000000ull, NE_LX_FIRST_F, 5},	/* yulia */
	{0x0000006f6972616dull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* mario */
	{0x0000006178656c61ull, 0x0000000000000000ull, NE_LX_FIRST_F, 5},	/* alexa */
	{0x65737365666f7270ull, 0x0000000000000064ull, NE_LX_CUE, 9},	/* professed */
	{0x656e6d65646e6f63ull, 0x0000000000000064ull, NE_LX_CUE, 9},	/* condemned */
	{0x0000006576696c63ull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* clive */
	{0x0000000073736f6aull, 0x0000000000000000ull, NE_LX_FIRST_M, 4},	/* joss */
	{0x0000007a6e696568ull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* heinz */
	{0x6b61656c696b6977ull, 0x0000000000000073ull, NE_LX_KNOWN_ORG, 9},	/* wikileaks */
	{0x00000079646e6172ull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* randy */
	{0x0000000074726f66ull, 0x0000000000000000ull, NE_LX_PLACE, 4},	/* fort */
	{0x6572706572746e65ull, 0x000000007275656eull, NE_LX_PERSON_NOUN, 12},	/* entrepreneur */
	{0x73736572676e6f63ull, 0x0000006e616d6f77ull, NE_LX_TITLE | NE_LX_HON_F, 13},	/* congresswoman */
	{0x0079727265696874ull, 0x0000000000000000ull, NE_LX_FIRST_M, 7},	/* thierry */
	{0x000000656d69616aull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* jaime */
	{0x0000646565726761ull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* agreed */
	{0x000000656c707061ull, 0x0000000000000000ull, NE_LX_KNOWN_ORG, 5},	/* apple */
	{0x656974696c697475ull, 0x0000000000000073ull, NE_LX_ORG, 9},	/* utilities */
	{0x0000696c616d6f73ull, 0x0000000000000000ull, NE_LX_NAT, 6},	/* somali */
	{0x0078696c6674656eull, 0x0000000000000000ull, NE_LX_KNOWN_ORG, 7},	/* netflix */
	{0x0000736b6e696874ull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* thinks */
	{0x6973617473616e61ull, 0x0000000000000061ull, NE_LX_FIRST_F, 9},	/* anastasia */
	{0x0000657375636361ull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* accuse */
	{0x0000736563726f66ull, 0x0000000000000000ull, NE_LX_ORG, 6},	/* forces */
	{0x00000000656d7566ull, 0x0000000000000000ull, NE_LX_CUE, 4},	/* fume */
	{0x000000006574616bull, 0x0000000000000000ull, NE_LX_FIRST_F, 4},	/* kate */
	{0x000000797472616dull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* marty */
	{0x0000796c74666f73ull, 0x0000000000000000ull, NE_LX_SKIPADV, 6},	/* softly */
	{0x0000656972726163ull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* carrie */
	{0x0072656d6d697773ull, 0x0000000000000000ull, NE_LX_PERSON_NOUN, 7},	/* swimmer */
	{0x0000000065706f68ull, 0x0000000000000000ull, NE_LX_FIRST_F, 4},	/* hope */
	{0x00736e6f6974616eull, 0x0000000000000000ull, NE_LX_ORG, 7},	/* nations */
	{0x000064656b726162ull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* barked */
	{0x0000006873697269ull, 0x0000000000000000ull, NE_LX_NAT, 5},	/* irish */
	{0x73746375646f7270ull, 0x0000000000000000ull, NE_LX_ORG, 8},	/* products */
	{0x0000676e69656f62ull, 0x0000000000000000ull, NE_LX_KNOWN_ORG, 6},	/* boeing */
	{0x0000686361657270ull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* preach */
	{0x0065676c75766964ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* divulge */
	{0x0000006c69636563ull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* cecil */
	{0x0000646968736172ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* rashid */
	{0x6769727779616c70ull, 0x0000000000007468ull, NE_LX_PERSON_NOUN, 10},	/* playwright */
	{0x00000065626f6c67ull, 0x0000000000000000ull, NE_LX_ORG, 5},	/* globe */
	{0x69737365666e6f63ull, 0x000000000000676eull, NE_LX_CUE, 10},	/* confessing */
	{0x006165736c656863ull, 0x0000000000000000ull, NE_LX_FIRST_F, 7},	/* chelsea */
	{0x6565776f6c6c6168ull, 0x000000000000006eull, NE_LX_NONNAME, 9},	/* halloween */
	{0x6972747375646e69ull, 0x0000000000007365ull, NE_LX_ORG, 10},	/* industries */
	{0x617274736967616dull, 0x0000000000006574ull, NE_LX_TITLE, 10},	/* magistrate */
	{0x0000006f6372616dull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* marco */
	{0x7369767265707573ull, 0x000000000000726full, NE_LX_TITLE, 10},	/* supervisor */
	{0x726f62686769656eull, 0x0000000000000000ull, NE_LX_NOMINAL, 8},	/* neighbor */
	{0x676e69746e696f70ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* pointing */
	{0x0000796572647561ull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* audrey */
	{0x647261696e617073ull, 0x0000000000000000ull, NE_LX_NAT | NE_LX_PERSON_NOUN, 8},	/* spaniard */
	{0x0000000000007565ull, 0x0000000000000000ull, NE_LX_PLACE, 2},	/* eu */
	{0x00000000616c6f6cull, 0x0000000000000000ull, NE_LX_FIRST_F, 4},	/* lola */
	{0x006e696174697262ull, 0x0000000000000000ull, NE_LX_PLACE, 7},	/* britain */
	{0x0000000000706e67ull, 0x0000000000000000ull, NE_LX_NONNAME, 3},	/* gnp */
	{0x69646172746e6f63ull, 0x000000676e697463ull, NE_LX_CUE, 13},	/* contradicting */
	{0x61646e616e726566ull, 0x0000000000000000ull, NE_LX_FIRST_F, 8},	/* fernanda */
	{0x0074656972726168ull, 0x0000000000000000ull, NE_LX_FIRST_F, 7},	/* harriet */
	{0x0000726576696c6full, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* oliver */
	{0x696d6d6f63627573ull, 0x0000000065657474ull, NE_LX_ORG | NE_LX_NOMINAL, 12},	/* subcommittee */
	{0x0000646c61726568ull, 0x0000000000000000ull, NE_LX_ORG, 6},	/* herald */
	{0x0000726f746b6976ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* viktor */
	{0x006f6967726f6967ull, 0x0000000000000000ull, NE_LX_FIRST_M, 7},	/* giorgio */
	{0x7a69736168706d65ull, 0x0000000000006465ull, NE_LX_CUE, 10},	/* emphasized */
	{0x6465726975716e65ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* enquired */
	{0x0000000064796f62ull, 0x0000000000000000ull, NE_LX_FIRST_M, 4},	/* boyd */
	{0x65736f6c63736964ull, 0x0000000000000064ull, NE_LX_CUE, 9},	/* disclosed */
	{0x0000000000747670ull, 0x0000000000000000ull, NE_LX_ABBREV | NE_LX_ABBREV_TITLE, 3},	/* pvt */
	{0x72656b616d77616cull, 0x0000000000000073ull, NE_LX_NOMINAL, 9},	/* lawmakers */
	{0x6f747365746f7270ull, 0x0000000000007372ull, NE_LX_NOMINAL, 10},	/* protestors */
	{0x6e6f697473657571ull, 0x0000000000006465ull, NE_LX_CUE, 10},	/* questioned */
	{0x0000006e6976656bull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* kevin */
	{0x000000000000706cull, 0x0000000000000000ull, NE_LX_ORG, 2},	/* lp */
	{0x00000073656b6f6aull, 0x0000000000000000ull, NE_LX_CUE, 5},	/* jokes */
	{0x00676e6973756f68ull, 0x0000000000000000ull, NE_LX_TITLE_MOD, 7},	/* housing */
	{0x00000000006e6c62ull, 0x0000000000000000ull, NE_LX_NONNAME, 3},	/* bln */
	{0x00000000006d6974ull, 0x0000000000000000ull, NE_LX_FIRST_M, 3},	/* tim */
	{0x6f74617463657073ull, 0x0000000000007372ull, NE_LX_NOMINAL, 10},	/* spectators */
	{0x000079616a6e6173ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* sanjay */
	{0x006f6d697373616dull, 0x0000000000000000ull, NE_LX_FIRST_M, 7},	/* massimo */
	{0x00000000736e656aull, 0x0000000000000000ull, NE_LX_FIRST_M, 4},	/* jens */
	{0x0079726f74636166ull, 0x0000000000000000ull, NE_LX_CORP_NOUN, 7},	/* factory */
	{0x7369636974697263ull, 0x0000000000007365ull, NE_LX_CUE, 10},	/* criticises */
	{0, 0, 0, 0},
	{0x0074736e69616761ull, 0x0000000000000000ull, NE_LX_NONNAME, 7},	/* against */
	{0x00006e6f6d696873ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* shimon */
	{0x0000000000006261ull, 0x0000000000000000ull, NE_LX_ORG, 2},	/* ab */
	{0x000000796c6c656bull, 0x0000000000000000ull, NE_LX_FIRST_F, 5},	/* kelly */
	{0x656e616870657473ull, 0x0000000000000000ull, NE_LX_FIRST_M, 8},	/* stephane */
	{0x0000007261776e61ull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* anwar */
	{0x0064726f666e696cull, 0x0000000000000000ull, NE_LX_FIRST_M, 7},	/* linford */
	{0x006d616861726261ull, 0x0000000000000000ull, NE_LX_FIRST_M, 7},	/* abraham */
	{0x7169626d617a6f6dull, 0x0000000000006575ull, NE_LX_PLACE, 10},	/* mozambique */
	{0x676e697275737361ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* assuring */
	{0x676e697375636361ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* accusing */
	{0x6e69616c706d6f63ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* complain */
	{0x656c6c656863696dull, 0x0000000000000000ull, NE_LX_FIRST_F, 8},	/* michelle */
	{0x000000006e697265ull, 0x0000000000000000ull, NE_LX_FIRST_F, 4},	/* erin */
	{0x697373696d6d6f63ull, 0x0000000000006e6full, NE_LX_ORG | NE_LX_NOMINAL, 10},	/* commission */
	{0x000000006d61696cull, 0x0000000000000000ull, NE_LX_FIRST_M, 4},	/* liam */
	{0x00007265646e6f77ull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* wonder */
	{0x6574636572726f63ull, 0x0000000000000064ull, NE_LX_CUE, 9},	/* corrected */
	{0x007265636966666full, 0x0000000000000000ull, NE_LX_TITLE | NE_LX_NOMINAL, 7},	/* officer */
	{0x00656c6c6976656eull, 0x0000000000000000ull, NE_LX_FIRST_M, 7},	/* neville */
	{0x0064656d75736572ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* resumed */
	{0x0000006e79626f72ull, 0x0000000000000000ull, NE_LX_FIRST_F, 5},	/* robyn */
	{0x00007968706f7274ull, 0x0000000000000000ull, NE_LX_ORG, 6},	/* trophy */
	{0x65726177616c6564ull, 0x0000000000000000ull, NE_LX_PLACE, 8},	/* delaware */
	{0x0065746973626577ull, 0x0000000000000000ull, NE_LX_NOMINAL, 7},	/* website */
	{0x6863726165736572ull, 0x0000000000737265ull, NE_LX_NOMINAL, 11},	/* researchers */
	{0x0000000000736370ull, 0x0000000000000000ull, NE_LX_NONNAME, 3},	/* pcs */
	{0x6e61696e656d7261ull, 0x0000000000000000ull, NE_LX_NAT, 8},	/* armenian */
	{0x0000646568676973ull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* sighed */
	{0x0000656c6c656f6eull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* noelle */
	{0x00000000746e6962ull, 0x0000000000000000ull, NE_LX_PARTICLE, 4},	/* bint */
	{0x00006176656e6567ull, 0x0000000000000000ull, NE_LX_PLACE, 6},	/* geneva */
	{0x6e69646e616d6564ull, 0x0000000000000067ull, NE_LX_CUE, 9},	/* demanding */
	{0x0000000074756f74ull, 0x0000000000000000ull, NE_LX_CUE, 4},	/* tout */
	{0x6163697265646566ull, 0x0000000000000000ull, NE_LX_FIRST_F, 8},	/* federica */
	{0x00006c61626f6c67ull, 0x0000000000000000ull, NE_LX_TITLE_MOD, 6},	/* global */
	{0x00696873656b6174ull, 0x0000000000000000ull, NE_LX_FIRST_M, 7},	/* takeshi */
	{0x0000006c616c6962ull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* bilal */
	{0x000064656e69706full, 0x0000000000000000ull, NE_LX_CUE, 6},	/* opined */
	{0x796177726f746f6dull, 0x0000000000000000ull, NE_LX_PLACE, 8},	/* motorway */
	{0x6f6c6f6e68636574ull, 0x0000000000007967ull, NE_LX_ORG, 10},	/* technology */
	{0x65636e657277616cull, 0x0000000000000000ull, NE_LX_FIRST_M, 8},	/* lawrence */
	{0x0000006e61697262ull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* brian */
	{0x00676e696c696d73ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* smiling */
	{0x0000006565726874ull, 0x0000000000000000ull, NE_LX_NONNAME, 5},	/* three */
	{0x74616c736967656cull, 0x000000000073726full, NE_LX_NOMINAL, 11},	/* legislators */
	{0x000000006e756c61ull, 0x0000000000000000ull, NE_LX_FIRST_M, 4},	/* alun */
	{0x6e616d746e6f7266ull, 0x0000000000000000ull, NE_LX_PERSON_NOUN, 8},	/* frontman */
	{0x000072656461656cull, 0x0000000000000000ull, NE_LX_TITLE | NE_LX_NOMINAL, 6},	/* leader */
	{0x006c617265646566ull, 0x0000000000000000ull, NE_LX_TITLE_MOD | NE_LX_NAT, 7},	/* federal */
	{0x00006e656772756aull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* jurgen */
	{0x0000000073656f64ull, 0x0000000000000000ull, NE_LX_NONNAME | NE_LX_SKIPADV, 4},	/* does */
	{0x7472657373616572ull, 0x0000000000676e69ull, NE_LX_CUE, 11},	/* reasserting */
	{0x7461726f62616c65ull, 0x0000000000000065ull, NE_LX_CUE, 9},	/* elaborate */
	{0x0000000000656874ull, 0x0000000000000000ull, NE_LX_TITLE_MOD | NE_LX_NONNAME, 3},	/* the */
	{0x0000686372616573ull, 0x0000000000000000ull, NE_LX_NONNAME, 6},	/* search */
	{0x0000656c676f6f67ull, 0x0000000000000000ull, NE_LX_KNOWN_ORG, 6},	/* google */
	{0x00000076696a6172ull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* rajiv */
	{0x0061696e616c656dull, 0x0000000000000000ull, NE_LX_FIRST_F, 7},	/* melania */
	{0x000000006e616c61ull, 0x0000000000000000ull, NE_LX_FIRST_M, 4},	/* alan */
	{0x6169706f69687465ull, 0x000000000000006eull, NE_LX_NAT, 9},	/* ethiopian */
	{0x00000079646e616dull, 0x0000000000000000ull, NE_LX_FIRST_F, 5},	/* mandy */
	{0, 0, 0, 0},
	{0x00736d6974636976ull, 0x0000000000000000ull, NE_LX_NOMINAL, 7},	/* victims */
	{0, 0, 0, 0},
	{0x0064656d69616c63ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* claimed */
	{0x696c617274737561ull, 0x0000000000006e61ull, NE_LX_NAT, 10},	/* australian */
	{0x7365686361657270ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* preaches */
	{0, 0, 0, 0},
	{0x00006e616c636564ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* declan */
	{0x000000746e656761ull, 0x0000000000000000ull, NE_LX_TITLE, 5},	/* agent */
	{0x0000006564657773ull, 0x0000000000000000ull, NE_LX_NAT | NE_LX_PERSON_NOUN, 5},	/* swede */
	{0x0000006b636f7473ull, 0x0000000000000000ull, NE_LX_CORP_OF | NE_LX_CORP_NOUN, 5},	/* stock */
	{0x000000006d616461ull, 0x0000000000000000ull, NE_LX_FIRST_M, 4},	/* adam */
	{0x65776261626d697aull, 0x0000000000000000ull, NE_LX_PLACE, 8},	/* zimbabwe */
	{0x00006e697472616dull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* martin */
	{0x006f636361626f74ull, 0x0000000000000000ull, NE_LX_ORG, 7},	/* tobacco */
	{0x6c75626e61747369ull, 0x0000000000000000ull, NE_LX_PLACE, 8},	/* istanbul */
	{0x74636166756e616dull, 0x0000000072657275ull, NE_LX_ORG_NOUN, 12},	/* manufacturer */
	{0x736c657373757262ull, 0x0000000000000000ull, NE_LX_PLACE, 8},	/* brussels */
	{0x6e69737365727473ull, 0x0000000000000067ull, NE_LX_CUE, 9},	/* stressing */
	{0x00000072656c7974ull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* tyler */
	{0x000061646e6f6872ull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* rhonda */
	{0x00006e6576657473ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* steven */
	{0x006e616973726570ull, 0x0000000000000000ull, NE_LX_NAT, 7},	/* persian */
	{0x0000006569646173ull, 0x0000000000000000ull, NE_LX_FIRST_F, 5},	/* sadie */
	{0x64616d6d61686f6dull, 0x0000000000000000ull, NE_LX_FIRST_M, 8},	/* mohammad */
	{0x0000007972636564ull, 0x0000000000000000ull, NE_LX_CUE, 5},	/* decry */
	{0x6574616d69746c75ull, 0x000000000000796cull, NE_LX_SKIPADV, 10},	/* ultimately */
	{0x0000686369726c75ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* ulrich */
	{0x6369727463656c65ull, 0x0000000000000000ull, NE_LX_ORG, 8},	/* electric */
	{0x0073657275737361ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* assures */
	{0x000061636e616962ull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* bianca */
	{0x006573696d727573ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* surmise */
	{0, 0, 0, 0},
	{0x616c72656874656eull, 0x000000000073646eull, NE_LX_PLACE, 11},	/* netherlands */
	{0x000000736e616f6dull, 0x0000000000000000ull, NE_LX_CUE, 5},	/* moans */
	{0x796c63696c627570ull, 0x0000000000000000ull, NE_LX_SKIPADV, 8},	/* publicly */
	{0x0000006c69746e75ull, 0x0000000000000000ull, NE_LX_NONNAME, 5},	/* until */
	{0x6f74616c75676572ull, 0x0000000000007372ull, NE_LX_NOMINAL, 10},	/* regulators */
	{0x000000736c6c6f70ull, 0x0000000000000000ull, NE_LX_NONNAME, 5},	/* polls */
	{0x6974636964657270ull, 0x000000000000676eull, NE_LX_CUE, 10},	/* predicting */
	{0x0000737265656e73ull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* sneers */
	{0x007365726f6c6f64ull, 0x0000000000000000ull, NE_LX_FIRST_F, 7},	/* dolores */
	{0x7461726f62616c65ull, 0x0000000000007365ull, NE_LX_CUE, 10},	/* elaborates */
	{0x000000736c696172ull, 0x0000000000000000ull, NE_LX_CUE, 5},	/* rails */
	{0x000065636e617266ull, 0x0000000000000000ull, NE_LX_PLACE, 6},	/* france */
	{0x0000000000006964ull, 0x0000000000000000ull, NE_LX_PARTICLE, 2},	/* di */
	{0x7461756e69736e69ull, 0x0000000000006465ull, NE_LX_CUE, 10},	/* insinuated */
	{0x000000656b617473ull, 0x0000000000000000ull, NE_LX_CORP_OF, 5},	/* stake */
	{0x000000006f6c736full, 0x0000000000000000ull, NE_LX_PLACE, 4},	/* oslo */
	{0x006e6f73656d616aull, 0x0000000000000000ull, NE_LX_FIRST_M, 7},	/* jameson */
	{0x00617373656e6176ull, 0x0000000000000000ull, NE_LX_FIRST_F, 7},	/* vanessa */
	{0x00000000006a616dull, 0x0000000000000000ull, NE_LX_TITLE | NE_LX_ABBREV | NE_LX_ABBREV_TITLE, 3},	/* maj */
	{0x676e696c6562616cull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* labeling */
	{0x000000006463656full, 0x0000000000000000ull, NE_LX_KNOWN_ORG, 4},	/* oecd */
	{0x6369726564657266ull, 0x0000000000000000ull, NE_LX_FIRST_M, 8},	/* frederic */
	{0x0073616361726163ull, 0x0000000000000000ull, NE_LX_PLACE, 7},	/* caracas */
	{0x657373656e6e6574ull, 0x0000000000000065ull, NE_LX_PLACE, 9},	/* tennessee */
	{0x00646e6f70736572ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* respond */
	{0x000065756761656cull, 0x0000000000000000ull, NE_LX_ORG, 6},	/* league */
	{0x656e6f6974756163ull, 0x0000000000000064ull, NE_LX_CUE, 9},	/* cautioned */
	{0x006174696e61756aull, 0x0000000000000000ull, NE_LX_FIRST_F, 7},	/* juanita */
	{0x000000006563616aull, 0x0000000000000000ull, NE_LX_FIRST_M, 4},	/* jace */
	{0x6574636172616863ull, 0x0000000065736972ull, NE_LX_CUE, 12},	/* characterise */
	{0x0073616572646e61ull, 0x0000000000000000ull, NE_LX_FIRST_M, 7},	/* andreas */
	{0x0072656874616568ull, 0x0000000000000000ull, NE_LX_FIRST_F, 7},	/* heather */
	{0x0073656972636564ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* decries */
	{0x657061707377656eull, 0x0000000000000072ull, NE_LX_NOMINAL, 9},	/* newspaper */
	{0x00000000756c6361ull, 0x0000000000000000ull, NE_LX_KNOWN_ORG, 4},	/* aclu */
	{0x6d69616c636f7270ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* proclaim */
	{0x000000006e6f6f73ull, 0x0000000000000000ull, NE_LX_NONNAME, 4},	/* soon */
	{0x000000006e617269ull, 0x0000000000000000ull, NE_LX_PLACE, 4},	/* iran */
	{0x749980e26e736177ull, 0x0000000000000000ull, NE_LX_NONNAME, 8},	/* wasn’t */
	{0, 0, 0, 0},
	{0x65646e6f70736572ull, 0x0000000000000064ull, NE_LX_CUE, 9},	/* responded */
	{0x7373656e6f726162ull, 0x0000000000000000ull, NE_LX_TITLE | NE_LX_HON_F | NE_LX_HONORIFIC, 8},	/* baroness */
	{0x69646e6f70736572ull, 0x000000000000676eull, NE_LX_CUE, 10},	/* responding */
	{0x6563616d72616870ull, 0x00006c6163697475ull, NE_LX_ORG, 14},	/* pharmaceutical */
	{0x73726567676f6c62ull, 0x0000000000000000ull, NE_LX_NOMINAL, 8},	/* bloggers */
	{0x000000796b636972ull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* ricky */
	{0x000000696c6c656bull, 0x0000000000000000ull, NE_LX_FIRST_F, 5},	/* kelli */
	{0x000000006977696bull, 0x0000000000000000ull, NE_LX_NAT | NE_LX_PERSON_NOUN, 4},	/* kiwi */
	{0x736574617272616eull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* narrates */
	{0x000000000000796full, 0x0000000000000000ull, NE_LX_ORG, 2},	/* oy */
	{0x6f7773656b6f7073ull, 0x00000000006e616dull, NE_LX_TITLE | NE_LX_HON_F | NE_LX_NOMINAL, 11},	/* spokeswoman */
	{0x646e616c7972616dull, 0x0000000000000000ull, NE_LX_PLACE, 8},	/* maryland */
	{0x6e6974726f706572ull, 0x0000000000000067ull, NE_LX_CUE, 9},	/* reporting */
	{0x000000006f6d656dull, 0x0000000000000000ull, NE_LX_NOMINAL | NE_LX_STATEMENT, 4},	/* memo */
	{0x00006c6575716172ull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* raquel */
	{0x0000000000626f62ull, 0x0000000000000000ull, NE_LX_FIRST_M, 3},	/* bob */
	{0x00616e697274616bull, 0x0000000000000000ull, NE_LX_FIRST_F, 7},	/* katrina */
	{0x0072656e69666572ull, 0x0000000000000000ull, NE_LX_ORG_NOUN, 7},	/* refiner */
	{0x0074736f766f7270ull, 0x0000000000000000ull, NE_LX_TITLE, 7},	/* provost */
	{0x0061747465726f6cull, 0x0000000000000000ull, NE_LX_FIRST_F, 7},	/* loretta */
	{0x0000000000646461ull, 0x0000000000000000ull, NE_LX_CUE, 3},	/* add */
	{0x61697379616c616dull, 0x000000000000006eull, NE_LX_NAT, 9},	/* malaysian */
	{0x73726568746f7262ull, 0x0000000000000000ull, NE_LX_ORG, 8},	/* brothers */
	{0x6873696e6f6d6461ull, 0x0000000000676e69ull, NE_LX_CUE, 11},	/* admonishing */
	{0x0000006e6f73616aull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* jason */
	{0x0000000000736968ull, 0x0000000000000000ull, NE_LX_NONNAME | NE_LX_PRON_M, 3},	/* his */
	{0x000061746f6b6164ull, 0x0000000000000000ull, NE_LX_PLACE, 6},	/* dakota */
	{0x006465646e617262ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* branded */
	{0x00000073616d6168ull, 0x0000000000000000ull, NE_LX_KNOWN_ORG, 5},	/* hamas */
	{0x796e617474697262ull, 0x0000000000000000ull, NE_LX_FIRST_F, 8},	/* brittany */
	{0x006e696573737568ull, 0x0000000000000000ull, NE_LX_FIRST_M, 7},	/* hussein */
	{0, 0, 0, 0},
	{0x726f747365766e69ull, 0x0000000000000073ull, NE_LX_NOMINAL, 9},	/* investors */
	{0x616b73617262656eull, 0x0000000000000000ull, NE_LX_PLACE, 8},	/* nebraska */
	{0x000000736e726177ull, 0x0000000000000000ull, NE_LX_CUE, 5},	/* warns */
	{0x6173696e6167726full, 0x000000006e6f6974ull, NE_LX_ORG | NE_LX_ORG_NOUN, 12},	/* organisation */
	{0x000000006c69616dull, 0x0000000000000000ull, NE_LX_ORG, 4},	/* mail */
	{0x000000006e657665ull, 0x0000000000000000ull, NE_LX_NONNAME | NE_LX_SKIPADV, 4},	/* even */
	{0x0000006f6e757262ull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* bruno */
	{0x0000007972726162ull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* barry */
	{0x0068736974697262ull, 0x0000000000000000ull, NE_LX_NAT, 7},	/* british */
	{0x0000006c79726562ull, 0x0000000000000000ull, NE_LX_FIRST_F, 5},	/* beryl */
	{0x63696e756d6d6f63ull, 0x0000736e6f697461ull, NE_LX_TITLE_MOD | NE_LX_ORG, 14},	/* communications */
	{0x0000796c6d726966ull, 0x0000000000000000ull, NE_LX_SKIPADV, 6},	/* firmly */
	{0x6e696465636e6f63ull, 0x0000000000000067ull, NE_LX_CUE, 9},	/* conceding */
	{0x006f6c617a6e6f67ull, 0x0000000000000000ull, NE_LX_FIRST_M, 7},	/* gonzalo */
	{0x00006d6168617267ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* graham */
	{0x646576726573626full, 0x0000000000000000ull, NE_LX_CUE, 8},	/* observed */
	{0x0000000000626573ull, 0x0000000000000000ull, NE_LX_FIRST_M, 3},	/* seb */
	{0x0000007463616572ull, 0x0000000000000000ull, NE_LX_CUE, 5},	/* react */
	{0x7365727574636970ull, 0x0000000000000000ull, NE_LX_ORG, 8},	/* pictures */
	{0x007365696c706d69ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* implies */
	{0x0000000065646961ull, 0x0000000000000000ull, NE_LX_TITLE | NE_LX_NOMINAL, 4},	/* aide */
	{0x0000006165726f6bull, 0x0000000000000000ull, NE_LX_PLACE, 5},	/* korea */
	{0x0000000072616579ull, 0x0000000000000000ull, NE_LX_NONNAME, 4},	/* year */
	{0x6e616d6873697269ull, 0x0000000000000000ull, NE_LX_NAT | NE_LX_PERSON_NOUN, 8},	/* irishman */
	{0x0000786f72707061ull, 0x0000000000000000ull, NE_LX_ABBREV, 6},	/* approx */
	{0x0000007468676965ull, 0x0000000000000000ull, NE_LX_NONNAME, 5},	/* eight */
	{0, 0, 0, 0},
	{0x000000006976656cull, 0x0000000000000000ull, NE_LX_FIRST_M, 4},	/* levi */
	{0x00006f696c756967ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* giulio */
	{0x00006e697473756aull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* justin */
	{0x676e6974616c6572ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* relating */
	{0x646e696c61736f72ull, 0x0000000000000000ull, NE_LX_FIRST_F, 8},	/* rosalind */
	{0x006e6f7478617262ull, 0x0000000000000000ull, NE_LX_FIRST_M, 7},	/* braxton */
	{0x7327726f74696465ull, 0x0000000000000000ull, NE_LX_NONNAME, 8},	/* editor's */
	{0x0000000000797470ull, 0x0000000000000000ull, NE_LX_ORG, 3},	/* pty */
	{0x006e65747372696bull, 0x0000000000000000ull, NE_LX_FIRST_F, 7},	/* kirsten */
	{0x0065756e65766572ull, 0x0000000000000000ull, NE_LX_CORP_NOUN, 7},	/* revenue */
	{0x0000007973746562ull, 0x0000000000000000ull, NE_LX_FIRST_F, 5},	/* betsy */
	{0x0000000065736f72ull, 0x0000000000000000ull, NE_LX_FIRST_F, 4},	/* rose */
	{0x00736f6964757473ull, 0x0000000000000000ull, NE_LX_ORG, 7},	/* studios */
	{0x6e72656874726f6eull, 0x0000000000000000ull, NE_LX_NAT, 8},	/* northern */
	{0x0069626f7269616eull, 0x0000000000000000ull, NE_LX_PLACE, 7},	/* nairobi */
	{0x6465737568746e65ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* enthused */
	{0x74746f6c72616863ull, 0x0000000000000065ull, NE_LX_FIRST_F, 9},	/* charlotte */
	{0x006465726566666full, 0x0000000000000000ull, NE_LX_CUE, 7},	/* offered */
	{0x000000006f616f6aull, 0x0000000000000000ull, NE_LX_FIRST_M, 4},	/* joao */
	{0x6c6f686b636f7473ull, 0x0000000073726564ull, NE_LX_CORP_OF | NE_LX_CORP_NOUN, 12},	/* stockholders */
	{0, 0, 0, 0},
	{0x0000007361676576ull, 0x0000000000000000ull, NE_LX_PLACE, 5},	/* vegas */
	{0x63696c6275706572ull, 0x0000000000006e61ull, NE_LX_TITLE_MOD | NE_LX_NAT | NE_LX_PERSON_NOUN, 10},	/* republican */
	{0x000000006173616eull, 0x0000000000000000ull, NE_LX_KNOWN_ORG, 4},	/* nasa */
	{0x0000007a6e617266ull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* franz */
	{0x7369636974697263ull, 0x0000000000676e69ull, NE_LX_CUE, 11},	/* criticising */
	{0x00676e696a696562ull, 0x0000000000000000ull, NE_LX_PLACE, 7},	/* beijing */
	{0x000073686775616cull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* laughs */
	{0x0073656c72616863ull, 0x0000000000000000ull, NE_LX_FIRST_M, 7},	/* charles */
	{0x0000006e726f6a62ull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* bjorn */
	{0x0000000061726f63ull, 0x0000000000000000ull, NE_LX_FIRST_F, 4},	/* cora */
	{0x696e6e61766f6967ull, 0x0000000000000000ull, NE_LX_FIRST_M, 8},	/* giovanni */
	{0x0000006e616d6f72ull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* roman */
	{0, 0, 0, 0},
	{0x0000616c6c657473ull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* stella */
	{0x80e26e646c756f63ull, 0x0000000000007499ull, NE_LX_NONNAME | NE_LX_SKIPADV, 10},	/* couldn’t */
	{0, 0, 0, 0},
	{0x0000000000717365ull, 0x0000000000000000ull, NE_LX_SUFFIX, 3},	/* esq */
	{0x0000006e616d7568ull, 0x0000000000000000ull, NE_LX_TITLE_MOD, 5},	/* human */
	{0x64726f6666696c63ull, 0x0000000000000000ull, NE_LX_FIRST_M, 8},	/* clifford */
	{0x000000646e617262ull, 0x0000000000000000ull, NE_LX_CUE, 5},	/* brand */
	{0x000000006b636964ull, 0x0000000000000000ull, NE_LX_FIRST_M, 4},	/* dick */
	{0x0069687361646174ull, 0x0000000000000000ull, NE_LX_FIRST_M, 7},	/* tadashi */
	{0x000072656976616aull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* javier */
	{0x00656c626d757267ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* grumble */
	{0x0000000079747461ull, 0x0000000000000000ull, NE_LX_ABBREV | NE_LX_ABBREV_TITLE, 4},	/* atty */
	{0x00736572746e6563ull, 0x0000000000000000ull, NE_LX_ORG, 7},	/* centres */
	{0x000073656e696877ull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* whines */
	{0x00006c697a617262ull, 0x0000000000000000ull, NE_LX_PLACE, 6},	/* brazil */
	{0x65726f646f656874ull, 0x0000000000000000ull, NE_LX_FIRST_M, 8},	/* theodore */
	{0x000073616c6c6164ull, 0x0000000000000000ull, NE_LX_PLACE, 6},	/* dallas */
	{0, 0, 0, 0},
	{0x00656c6c65736967ull, 0x0000000000000000ull, NE_LX_FIRST_F, 7},	/* giselle */
	{0x0000007469736f70ull, 0x0000000000000000ull, NE_LX_CUE, 5},	/* posit */
	{0x00657361656c6572ull, 0x0000000000000000ull, NE_LX_NOMINAL | NE_LX_STATEMENT, 7},	/* release */
	{0x676e696c72616e73ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* snarling */
	{0x7461696c61746572ull, 0x0000000000007365ull, NE_LX_CUE, 10},	/* retaliates */
	{0x676e696775726873ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* shruging */
	{0x0000000065736f6aull, 0x0000000000000000ull, NE_LX_FIRST_M, 4},	/* jose */
	{0x0000006465676562ull, 0x0000000000000000ull, NE_LX_CUE, 5},	/* beged */
	{0, 0, 0, 0},
	{0x0064656775726873ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* shruged */
	{0x0000737265746f76ull, 0x0000000000000000ull, NE_LX_NOMINAL, 6},	/* voters */
	{0x0000000073646461ull, 0x0000000000000000ull, NE_LX_CUE | NE_LX_CUE_SAY, 4},	/* adds */
	{0x656d746369646e69ull, 0x000000000000746eull, NE_LX_NOMINAL, 10},	/* indictment */
	{0x6973736572646461ull, 0x000000000000676eull, NE_LX_CUE, 10},	/* addressing */
	{0x0000000000726574ull, 0x0000000000000000ull, NE_LX_PARTICLE, 3},	/* ter */
	{0x00007a6576726570ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* pervez */
	{0x000000006e6e6966ull, 0x0000000000000000ull, NE_LX_NAT, 4},	/* finn */
	{0x0000000073277469ull, 0x0000000000000000ull, NE_LX_NONNAME, 4},	/* it's */
	{0x646e616c746f6373ull, 0x0000000000000000ull, NE_LX_PLACE, 8},	/* scotland */
	{0x6c65756e616d6d65ull, 0x0000000000000000ull, NE_LX_FIRST_M, 8},	/* emmanuel */
	{0x0000656e69616c65ull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* elaine */
	{0x000000006b63696dull, 0x0000000000000000ull, NE_LX_FIRST_M, 4},	/* mick */
	{0x65636e756f6e6564ull, 0x0000000000000064ull, NE_LX_CUE, 9},	/* denounced */
	{0x00006f6e616d6f72ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* romano */
	{0x6e696d6165726373ull, 0x0000000000000067ull, NE_LX_CUE, 9},	/* screaming */
	{0x6465747265737361ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* asserted */
	{0x0000007265766972ull, 0x0000000000000000ull, NE_LX_PLACE, 5},	/* river */
	{0x00007474656d6d65ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* emmett */
	{0x0000000000646862ull, 0x0000000000000000ull, NE_LX_ORG, 3},	/* bhd */
	{0x65646e65746e6f63ull, 0x0000000000000064ull, NE_LX_CUE, 9},	/* contended */
	{0x6f737365666f7270ull, 0x0000000000000072ull, NE_LX_TITLE | NE_LX_PERSON_NOUN, 9},	/* professor */
	{0x0000006465646461ull, 0x0000000000000000ull, NE_LX_CUE | NE_LX_CUE_SAY, 5},	/* added */
	{0x0073656e6f746e69ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* intones */
	{0x636e756f6e6f7270ull, 0x0000000000006465ull, NE_LX_CUE, 10},	/* pronounced */
	{0x64657463656a626full, 0x0000000000000000ull, NE_LX_CUE, 8},	/* objected */
	{0x0061747265626f72ull, 0x0000000000000000ull, NE_LX_FIRST_F, 7},	/* roberta */
	{0x00006c6f6f686373ull, 0x0000000000000000ull, NE_LX_ORG, 6},	/* school */
	{0x0000006f696c756aull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* julio */
	{0x000000006e617665ull, 0x0000000000000000ull, NE_LX_FIRST_M, 4},	/* evan */
	{0x00006f7261766c61ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* alvaro */
	{0x0000000073756874ull, 0x0000000000000000ull, NE_LX_NONNAME, 4},	/* thus */
	{0x0000007265746570ull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* peter */
	{0x000000696e616d6full, 0x0000000000000000ull, NE_LX_NAT, 5},	/* omani */
	{0x00006572746e6563ull, 0x0000000000000000ull, NE_LX_ORG, 6},	/* centre */
	{0x73616364616f7262ull, 0x00000000676e6974ull, NE_LX_ORG, 12},	/* broadcasting */
	{0x0000000000646f67ull, 0x0000000000000000ull, NE_LX_NONNAME, 3},	/* god */
	{0x00000000656e6164ull, 0x0000000000000000ull, NE_LX_NAT, 4},	/* dane */
	{0x00616469726f6c66ull, 0x0000000000000000ull, NE_LX_PLACE, 7},	/* florida */
	{0x00000079726e6568ull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* henry */
	{0x0000007365697263ull, 0x0000000000000000ull, NE_LX_CUE, 5},	/* cries */
	{0x00676e69796e6564ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* denying */
	{0x00000000666c6977ull, 0x0000000000000000ull, NE_LX_FIRST_M, 4},	/* wilf */
	{0x73656465636e6f63ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* concedes */
	{0x637369636e617266ull, 0x000000000000006full, NE_LX_PLACE, 9},	/* francisco */
	{0x000000007370736dull, 0x0000000000000000ull, NE_LX_ORG | NE_LX_NOMINAL, 4},	/* msps */
	{0x0000000000756874ull, 0x0000000000000000ull, NE_LX_WEEKDAY, 3},	/* thu */
	{0, 0, 0, 0},
	{0x726f7061676e6973ull, 0x0000000000000065ull, NE_LX_PLACE, 9},	/* singapore */
	{0x6574636172616863ull, 0x0000676e69736972ull, NE_LX_CUE, 14},	/* characterising */
	{0x63696d6f6e6f6365ull, 0x0000000000000000ull, NE_LX_TITLE_MOD, 8},	/* economic */
	{0x65746e756f636572ull, 0x0000000000000064ull, NE_LX_CUE, 9},	/* recounted */
	{0x0000726f6e6e6f63ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* connor */
	{0x6c61766974736566ull, 0x0000000000000000ull, NE_LX_ORG, 8},	/* festival */
	{0x746169636f737361ull, 0x0000000000007365ull, NE_LX_ORG, 10},	/* associates */
	{0x65747365746f7270ull, 0x0000000000000064ull, NE_LX_CUE, 9},	/* protested */
	{0x00006e65696c756aull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* julien */
	{0x6172646e6572616eull, 0x0000000000000000ull, NE_LX_FIRST_M, 8},	/* narendra */
	{0x006e6f6e6e616873ull, 0x0000000000000000ull, NE_LX_FIRST_F, 7},	/* shannon */
	{0x00006b72616d6572ull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* remark */
	{0x0000007372656970ull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* piers */
	{0x000064656c6c6579ull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* yelled */
	{0x00006e6f74736f62ull, 0x0000000000000000ull, NE_LX_PLACE, 6},	/* boston */
	{0x0000657261757173ull, 0x0000000000000000ull, NE_LX_PLACE, 6},	/* square */
	{0x0000686365657073ull, 0x0000000000000000ull, NE_LX_NOMINAL | NE_LX_STATEMENT, 6},	/* speech */
	{0x0000006465776f76ull, 0x0000000000000000ull, NE_LX_CUE, 5},	/* vowed */
	{0, 0, 0, 0},
	{0x0000000000746173ull, 0x0000000000000000ull, NE_LX_WEEKDAY, 3},	/* sat */
	{0x72657473696e696dull, 0x0000000000000073ull, NE_LX_NOMINAL, 9},	/* ministers */
	{0x0072656972726163ull, 0x0000000000000000ull, NE_LX_ORG_NOUN, 7},	/* carrier */
	{0x6e61697274737561ull, 0x0000000000000000ull, NE_LX_NAT, 8},	/* austrian */
	{0x000000006e6e6f62ull, 0x0000000000000000ull, NE_LX_PLACE, 4},	/* bonn */
	{0x0000616d6c656874ull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* thelma */
	{0x00006c6165707061ull, 0x0000000000000000ull, NE_LX_ORG, 6},	/* appeal */
	{0x000079656b636f6aull, 0x0000000000000000ull, NE_LX_PERSON_NOUN, 6},	/* jockey */
	{0x000000006c696e61ull, 0x0000000000000000ull, NE_LX_FIRST_M, 4},	/* anil */
	{0xe26e646c756f6873ull, 0x0000000000749980ull, NE_LX_NONNAME | NE_LX_SKIPADV, 11},	/* shouldn’t */
	{0x6973656e6f646e69ull, 0x0000000000000061ull, NE_LX_PLACE, 9},	/* indonesia */
	{0x65737365666e6f63ull, 0x0000000000000073ull, NE_LX_CUE, 9},	/* confesses */
	{0x7369736168706d65ull, 0x0000000000007365ull, NE_LX_CUE, 10},	/* emphasises */
	{0x00737365666e6f63ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* confess */
	{0x0073736572746361ull, 0x0000000000000000ull, NE_LX_TITLE | NE_LX_HON_F | NE_LX_PERSON_NOUN, 7},	/* actress */
	{0x0000000000006978ull, 0x0000000000000000ull, NE_LX_FIRST_M, 2},	/* xi */
	{0x007473796c616e61ull, 0x0000000000000000ull, NE_LX_TITLE | NE_LX_NOMINAL, 7},	/* analyst */
	{0x0000000000737269ull, 0x0000000000000000ull, NE_LX_KNOWN_ORG, 3},	/* irs */
	{0x0000006570697267ull, 0x0000000000000000ull, NE_LX_CUE, 5},	/* gripe */
	{0x006f696475616c63ull, 0x0000000000000000ull, NE_LX_FIRST_M, 7},	/* claudio */
	{0x00796e6567766579ull, 0x0000000000000000ull, NE_LX_FIRST_M, 7},	/* yevgeny */
	{0x0000776569766572ull, 0x0000000000000000ull, NE_LX_ORG, 6},	/* review */
	{0x0000006e616d736full, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* osman */
	{0x6e6169616e616867ull, 0x0000000000000000ull, NE_LX_NAT, 8},	/* ghanaian */
	{0, 0, 0, 0},
	{0x6d75616c6c697567ull, 0x0000000000000065ull, NE_LX_FIRST_M, 9},	/* guillaume */
	{0x0000006e61627563ull, 0x0000000000000000ull, NE_LX_NAT, 5},	/* cuban */
	{0x696c616e72756f6aull, 0x0000000000007473ull, NE_LX_NOMINAL, 10},	/* journalist */
	{0x65676e6573736170ull, 0x0000000000007372ull, NE_LX_NOMINAL, 10},	/* passengers */
	{0x0072657369766461ull, 0x0000000000000000ull, NE_LX_TITLE | NE_LX_NOMINAL, 7},	/* adviser */
	{0x000000000074796eull, 0x0000000000000000ull, NE_LX_KNOWN_ORG, 3},	/* nyt */
	{0x6e61697265676c61ull, 0x0000000000000000ull, NE_LX_NAT, 8},	/* algerian */
	{0x6c626174736e6f63ull, 0x0000000000000065ull, NE_LX_TITLE, 9},	/* constable */
	{0x000000000072706eull, 0x0000000000000000ull, NE_LX_KNOWN_ORG, 3},	/* npr */
	{0x00000064696d6168ull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* hamid */
	{0x7461726f62616c65ull, 0x0000000000676e69ull, NE_LX_CUE, 11},	/* elaborating */
	{0x6465696669726576ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* verified */
	{0x72646e6178656c61ull, 0x0000000000000061ull, NE_LX_FIRST_F, 9},	/* alexandra */
	{0x676e69646c697562ull, 0x0000000000000000ull, NE_LX_PLACE, 8},	/* building */
	{0x006e696172686162ull, 0x0000000000000000ull, NE_LX_PLACE, 7},	/* bahrain */
	{0x0000007169726174ull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* tariq */
	{0x65736f6c63736964ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* disclose */
	{0x0000000079726f74ull, 0x0000000000000000ull, NE_LX_NAT | NE_LX_PERSON_NOUN, 4},	/* tory */
	{0x6572757373616572ull, 0x0000000000000064ull, NE_LX_CUE, 9},	/* reassured */
	{0x006e617473697274ull, 0x0000000000000000ull, NE_LX_FIRST_M, 7},	/* tristan */
	{0x0000006e616f7267ull, 0x0000000000000000ull, NE_LX_CUE, 5},	/* groan */
	{0x00000000696d6173ull, 0x0000000000000000ull, NE_LX_FIRST_M, 4},	/* sami */
	{0x00000000746c6177ull, 0x0000000000000000ull, NE_LX_FIRST_M, 4},	/* walt */
	{0x0000746964646572ull, 0x0000000000000000ull, NE_LX_KNOWN_ORG, 6},	/* reddit */
	{0x00000062656c6163ull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* caleb */
	{0x0000000000706573ull, 0x0000000000000000ull, NE_LX_MONTH | NE_LX_ABBREV, 3},	/* sep */
	{0x6e69746e65677261ull, 0x00000000006e6169ull, NE_LX_NAT, 11},	/* argentinian */
	{0x0000000000737067ull, 0x0000000000000000ull, NE_LX_NONNAME, 3},	/* gps */
	{0x00006f7472657570ull, 0x0000000000000000ull, NE_LX_PLACE, 6},	/* puerto */
	{0x006b72616d6e6564ull, 0x0000000000000000ull, NE_LX_PLACE, 7},	/* denmark */
	{0x0000000074617073ull, 0x0000000000000000ull, NE_LX_CUE, 4},	/* spat */
	{0x007364726f636572ull, 0x0000000000000000ull, NE_LX_ORG, 7},	/* records */
	{0x0000000000657470ull, 0x0000000000000000ull, NE_LX_ORG, 3},	/* pte */
	{0x007972616c6c6968ull, 0x0000000000000000ull, NE_LX_FIRST_F, 7},	/* hillary */
	{0x696c626269726373ull, 0x000000000000676eull, NE_LX_CUE, 10},	/* scribbling */
	{0x6565646e65747461ull, 0x0000000000000073ull, NE_LX_NOMINAL, 9},	/* attendees */
	{0x00007965736c656bull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* kelsey */
	{0x00000064796f6c6cull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* lloyd */
	{0x6c616d6574617567ull, 0x0000000000000061ull, NE_LX_PLACE, 9},	/* guatemala */
	{0x00000000006e6163ull, 0x0000000000000000ull, NE_LX_NONNAME | NE_LX_SKIPADV, 3},	/* can */
	{0x0000000000006562ull, 0x0000000000000000ull, NE_LX_NONNAME, 2},	/* be */
	{0x0000000067617262ull, 0x0000000000000000ull, NE_LX_CUE, 4},	/* brag */
	{0x796c7265626d696bull, 0x0000000000000000ull, NE_LX_FIRST_F, 8},	/* kimberly */
	{0x0000000000617375ull, 0x0000000000000000ull, NE_LX_PLACE, 3},	/* usa */
	{0x00676e696e696877ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* whining */
	{0x6f74636570736e69ull, 0x0000000000000072ull, NE_LX_TITLE, 9},	/* inspector */
	{0x00000000006c7273ull, 0x0000000000000000ull, NE_LX_ORG, 3},	/* srl */
	{0x006c6172746e6563ull, 0x0000000000000000ull, NE_LX_TITLE_MOD, 7},	/* central */
	{0x0000000000736164ull, 0x0000000000000000ull, NE_LX_PARTICLE, 3},	/* das */
	{0x00737265646e6f77ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* wonders */
	{0x0000000000616573ull, 0x0000000000000000ull, NE_LX_PLACE, 3},	/* sea */
	{0x0000000068617475ull, 0x0000000000000000ull, NE_LX_PLACE, 4},	/* utah */
	{0x0000000000006f6aull, 0x0000000000000000ull, NE_LX_FIRST_F, 2},	/* jo */
	{0x00000000006e6c6dull, 0x0000000000000000ull, NE_LX_NONNAME, 3},	/* mln */
	{0x0000006575677261ull, 0x0000000000000000ull, NE_LX_CUE, 5},	/* argue */
	{0x0000706f68736962ull, 0x0000000000000000ull, NE_LX_TITLE | NE_LX_HON_M, 6},	/* bishop */
	{0x6572657073696877ull, 0x0000000000000064ull, NE_LX_CUE, 9},	/* whispered */
	{0x00007265766e6564ull, 0x0000000000000000ull, NE_LX_PLACE, 6},	/* denver */
	{0x6162616d616c7369ull, 0x0000000000000064ull, NE_LX_PLACE, 9},	/* islamabad */
	{0x6564756c636e6f63ull, 0x0000000000000073ull, NE_LX_CUE, 9},	/* concludes */
	{0x000000736e676973ull, 0x0000000000000000ull, NE_LX_NOMINAL, 5},	/* signs */
	{0x006e6f69746e656dull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* mention */
	{0x00007374696d6461ull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* admits */
	{0x726574726f706572ull, 0x0000000000000073ull, NE_LX_NOMINAL, 9},	/* reporters */
	{0x000000000000686full, 0x0000000000000000ull, NE_LX_NONNAME, 2},	/* oh */
	{0x9980e26572656874ull, 0x0000000000000073ull, NE_LX_NONNAME, 9},	/* there’s */
	{0x0000000061646e65ull, 0x0000000000000000ull, NE_LX_FIRST_M, 4},	/* enda */
	{0x00000000616e6967ull, 0x0000000000000000ull, NE_LX_FIRST_F, 4},	/* gina */
	{0x0000007972726168ull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* harry */
	{0x00000074276e6163ull, 0x0000000000000000ull, NE_LX_NONNAME | NE_LX_SKIPADV, 5},	/* can't */
	{0x000000006b726f79ull, 0x0000000000000000ull, NE_LX_PLACE, 4},	/* york */
	{0x7372656e74726170ull, 0x0000000000000000ull, NE_LX_ORG, 8},	/* partners */
	{0x0000656d65617267ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* graeme */
	{0x0000000000616c6dull, 0x0000000000000000ull, NE_LX_TITLE | NE_LX_NOMINAL, 3},	/* mla */
	{0x0061746e616c7461ull, 0x0000000000000000ull, NE_LX_PLACE, 7},	/* atlanta */
	{0x0065746970736564ull, 0x0000000000000000ull, NE_LX_NONNAME, 7},	/* despite */
	{0, 0, 0, 0},
	{0x726574726f706d69ull, 0x0000000000000073ull, NE_LX_NOMINAL, 9},	/* importers */
	{0, 0, 0, 0},
	{0x0000656764697262ull, 0x0000000000000000ull, NE_LX_PLACE, 6},	/* bridge */
	{0x64656b6569726873ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* shrieked */
	{0x000000646573756dull, 0x0000000000000000ull, NE_LX_CUE, 5},	/* mused */
	{0x006e61696e617269ull, 0x0000000000000000ull, NE_LX_NAT, 7},	/* iranian */
	{0x0000000000006969ull, 0x0000000000000000ull, NE_LX_SUFFIX, 2},	/* ii */
	{0x656e6972646e6173ull, 0x0000000000000000ull, NE_LX_FIRST_F, 8},	/* sandrine */
	{0x00000000006e6f6dull, 0x0000000000000000ull, NE_LX_WEEKDAY, 3},	/* mon */
	{0x656b616d6f747561ull, 0x0000000000000072ull, NE_LX_ORG_NOUN, 9},	/* automaker */
	{0x000000006f74616eull, 0x0000000000000000ull, NE_LX_KNOWN_ORG, 4},	/* nato */
	{0x64656469666e6f63ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* confided */
	{0x000000696d61696dull, 0x0000000000000000ull, NE_LX_PLACE, 5},	/* miami */
	{0x696c65676e617665ull, 0x00000000006c6163ull, NE_LX_NAT, 11},	/* evangelical */
	{0x00736e616f6d6562ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* bemoans */
	{0x73646e6f70736572ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* responds */
	{0x0000007965726f63ull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* corey */
	{0x006874656e797767ull, 0x0000000000000000ull, NE_LX_FIRST_F, 7},	/* gwyneth */
	{0x726f746365726964ull, 0x0000000000000073ull, NE_LX_CORP_NOUN, 9},	/* directors */
	{0x7365756e65766572ull, 0x0000000000000000ull, NE_LX_CORP_NOUN, 8},	/* revenues */
	{0x000079656c6c6176ull, 0x0000000000000000ull, NE_LX_PLACE, 6},	/* valley */
	{0x6465726f6c706d69ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* implored */
	{0x0000000000006c61ull, 0x0000000000000000ull, NE_LX_PARTICLE | NE_LX_FIRST_M, 2},	/* al */
	{0x7075727265746e69ull, 0x0000000000646574ull, NE_LX_CUE, 11},	/* interrupted */
	{0x0000006f74726f70ull, 0x0000000000000000ull, NE_LX_PLACE, 5},	/* porto */
	{0x000000796d6d696aull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* jimmy */
	{0x6e797a726174616bull, 0x0000000000000061ull, NE_LX_FIRST_F, 9},	/* katarzyna */
	{0x0000000000007168ull, 0x0000000000000000ull, NE_LX_ORG, 2},	/* hq */
	{0x0000000000736463ull, 0x0000000000000000ull, NE_LX_NONNAME, 3},	/* cds */
	{0x000072657474756dull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* mutter */
	{0x6e61696e616d6f72ull, 0x0000000000000000ull, NE_LX_NAT, 8},	/* romanian */
	{0x6f63737265646e75ull, 0x0000000000736572ull, NE_LX_CUE, 11},	/* underscores */
	{0, 0, 0, 0},
	{0x0000007265786f62ull, 0x0000000000000000ull, NE_LX_PERSON_NOUN, 5},	/* boxer */
	{0x0000000000666d69ull, 0x0000000000000000ull, NE_LX_KNOWN_ORG, 3},	/* imf */
	{0x6e69746e65677261ull, 0x0000000000000065ull, NE_LX_NAT, 9},	/* argentine */
	{0x0000000000656963ull, 0x0000000000000000ull, NE_LX_ORG | NE_LX_ABBREV, 3},	/* cie */
	{0x000000796e6e656bull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* kenny */
	{0x000074726f687865ull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* exhort */
	{0x69746375646f7270ull, 0x0000000000736e6full, NE_LX_ORG, 11},	/* productions */
	{0x6e6974656c6c7562ull, 0x0000000000000000ull, NE_LX_NOMINAL | NE_LX_STATEMENT, 8},	/* bulletin */
	{0x756761726163696eull, 0x0000000000000061ull, NE_LX_PLACE, 9},	/* nicaragua */
	{0x0000000061726f6eull, 0x0000000000000000ull, NE_LX_FIRST_F, 4},	/* nora */
	{0x0000007963726570ull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* percy */
	{0x006465696c706d69ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* implied */
	{0x72656e6769736564ull, 0x0000000000000000ull, NE_LX_PERSON_NOUN, 8},	/* designer */
	{0x736e617064616564ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* deadpans */
	{0x000000006c726163ull, 0x0000000000000000ull, NE_LX_FIRST_M, 4},	/* carl */
	{0x00006d617972616dull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* maryam */
	{0x0000676e696d7566ull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* fuming */
	{0x0079746569636f73ull, 0x0000000000000000ull, NE_LX_ORG, 7},	/* society */
	{0x0000000000656873ull, 0x0000000000000000ull, NE_LX_NONNAME | NE_LX_PRON_F, 3},	/* she */
	{0x6e6964726f636361ull, 0x0000000000000067ull, NE_LX_NONNAME, 9},	/* according */
	{0x000000006c756173ull, 0x0000000000000000ull, NE_LX_FIRST_M, 4},	/* saul */
	{0x00746867696e6f74ull, 0x0000000000000000ull, NE_LX_NONNAME, 7},	/* tonight */
	{0x6169726f74736968ull, 0x000000000000006eull, NE_LX_TITLE | NE_LX_PERSON_NOUN, 9},	/* historian */
	{0x00006e616f6d6562ull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* bemoan */
	{0x0000006573756f68ull, 0x0000000000000000ull, NE_LX_TITLE_MOD | NE_LX_ORG, 5},	/* house */
	{0, 0, 0, 0},
	{0x000065697373656aull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* jessie */
	{0x72656b616d726163ull, 0x0000000000000000ull, NE_LX_ORG_NOUN, 8},	/* carmaker */
	{0x676e697070616e73ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* snapping */
	{0x0000006e616d6f77ull, 0x0000000000000000ull, NE_LX_NOMINAL, 5},	/* woman */
	{0x696c65757163616aull, 0x000000000000656eull, NE_LX_FIRST_F, 10},	/* jacqueline */
	{0x00000000006d6269ull, 0x0000000000000000ull, NE_LX_KNOWN_ORG, 3},	/* ibm */
	{0x0000006570696e73ull, 0x0000000000000000ull, NE_LX_CUE, 5},	/* snipe */
	{0x0000726576697264ull, 0x0000000000000000ull, NE_LX_PERSON_NOUN, 6},	/* driver */
	{0x000000797272616cull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* larry */
	{0x6c6c616974696e69ull, 0x0000000000000079ull, NE_LX_SKIPADV, 9},	/* initially */
	{0x796c626d65737361ull, 0x00000000006e616dull, NE_LX_TITLE | NE_LX_HON_M, 11},	/* assemblyman */
	{0x0000000000736864ull, 0x0000000000000000ull, NE_LX_KNOWN_ORG, 3},	/* dhs */
	{0x737265636966666full, 0x0000000000000000ull, NE_LX_NOMINAL, 8},	/* officers */
	{0x0000000065677275ull, 0x0000000000000000ull, NE_LX_CUE, 4},	/* urge */
	{0x0000007963617274ull, 0x0000000000000000ull, NE_LX_FIRST_F, 5},	/* tracy */
	{0x007372656c616564ull, 0x0000000000000000ull, NE_LX_NOMINAL, 7},	/* dealers */
	{0x6e616c6576656c63ull, 0x0000000000000064ull, NE_LX_PLACE, 9},	/* cleveland */
	{0x0000006f69646172ull, 0x0000000000000000ull, NE_LX_ORG, 5},	/* radio */
	{0x00796c6f74616e61ull, 0x0000000000000000ull, NE_LX_FIRST_M, 7},	/* anatoly */
	{0, 0, 0, 0},
	{0x0000616e6974616cull, 0x0000000000000000ull, NE_LX_NAT, 6},	/* latina */
	{0x000000006d6f6877ull, 0x0000000000000000ull, NE_LX_NONNAME, 4},	/* whom */
	{0, 0, 0, 0},
	{0x6974697275636573ull, 0x0000000000007365ull, NE_LX_ORG, 10},	/* securities */
	{0x6574616d69747365ull, 0x0000000000000064ull, NE_LX_CUE, 9},	/* estimated */
	{0x00006f6761696874ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* thiago */
	{0x0000656e656c7261ull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* arlene */
	{0x0000726f76657274ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* trevor */
	{0x000000007665696bull, 0x0000000000000000ull, NE_LX_PLACE, 4},	/* kiev */
	{0x000000006e707365ull, 0x0000000000000000ull, NE_LX_KNOWN_ORG, 4},	/* espn */
	{0x0000006f696b7579ull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* yukio */
	{0x7473696e696d6461ull, 0x000000726f746172ull, NE_LX_TITLE, 13},	/* administrator */
	{0x006e616962726573ull, 0x0000000000000000ull, NE_LX_NAT, 7},	/* serbian */
	{0x616e65747565696cull, 0x000000000000746eull, NE_LX_TITLE | NE_LX_TITLE_MOD, 10},	/* lieutenant */
	{0x0000746f6d726564ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* dermot */
	{0x00000073656d616aull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* james */
	{0x0000646972747361ull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* astrid */
	{0x0000676e696e696dull, 0x0000000000000000ull, NE_LX_ORG, 6},	/* mining */
	{0x0000646574786574ull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* texted */
	{0x6e616874616e6f6aull, 0x0000000000000000ull, NE_LX_FIRST_M, 8},	/* jonathan */
	{0x00676e6974617473ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* stating */
	{0x6f6867756f726874ull, 0x0000000000007475ull, NE_LX_NONNAME, 10},	/* throughout */
	{0x736e617265746576ull, 0x0000000000000000ull, NE_LX_TITLE_MOD, 8},	/* veterans */
	{0x000000706361616eull, 0x0000000000000000ull, NE_LX_KNOWN_ORG, 5},	/* naacp */
	{0x726568746e657567ull, 0x0000000000000000ull, NE_LX_FIRST_M, 8},	/* guenther */
	{0x0000000000636564ull, 0x0000000000000000ull, NE_LX_MONTH | NE_LX_ABBREV, 3},	/* dec */
	{0x6562697263736564ull, 0x0000000000000064ull, NE_LX_CUE, 9},	/* described */
	{0x006d697265746e69ull, 0x0000000000000000ull, NE_LX_TITLE_MOD, 7},	/* interim */
	{0x0064656c72616e73ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* snarled */
	{0x646e616c656d6f68ull, 0x0000000000000000ull, NE_LX_TITLE_MOD, 8},	/* homeland */
	{0x00656e696c656461ull, 0x0000000000000000ull, NE_LX_FIRST_F, 7},	/* adeline */
	{0x7265696c70707573ull, 0x0000000000000000ull, NE_LX_ORG_NOUN, 8},	/* supplier */
	{0x6564756c636e6f63ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* conclude */
	{0x00000000006e6173ull, 0x0000000000000000ull, NE_LX_PLACE, 3},	/* san */
	{0x7372657369766461ull, 0x0000000000000000ull, NE_LX_NOMINAL, 8},	/* advisers */
	{0x000000687469656bull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* keith */
	{0x0000646c756f6873ull, 0x0000000000000000ull, NE_LX_NONNAME | NE_LX_SKIPADV, 6},	/* should */
	{0x6573656e61647573ull, 0x0000000000000000ull, NE_LX_NAT, 8},	/* sudanese */
	{0x0000736574617473ull, 0x0000000000000000ull, NE_LX_PLACE | NE_LX_CUE, 6},	/* states */
	{0x0000696b65646968ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* hideki */
	{0x0000732774616877ull, 0x0000000000000000ull, NE_LX_NONNAME, 6},	/* what's */
	{0x67696c6c65746e69ull, 0x0000000065636e65ull, NE_LX_TITLE_MOD, 12},	/* intelligence */
	{0x006e697571616f6aull, 0x0000000000000000ull, NE_LX_FIRST_M, 7},	/* joaquin */
	{0x64656d726f666e69ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* informed */
	{0x0000646566666972ull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* riffed */
	{0x0000747065637865ull, 0x0000000000000000ull, NE_LX_NONNAME, 6},	/* except */
	{0x0000007974726170ull, 0x0000000000000000ull, NE_LX_TITLE_MOD | NE_LX_ORG | NE_LX_NOMINAL | NE_LX_ORG_NOUN, 5},	/* party */
	{0x00000000796e6f74ull, 0x0000000000000000ull, NE_LX_FIRST_M, 4},	/* tony */
	{0x73746e6564757473ull, 0x0000000000000000ull, NE_LX_NOMINAL, 8},	/* students */
	{0x65636e756f6e6e61ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* announce */
	{0x736576726573626full, 0x0000000000000000ull, NE_LX_CUE, 8},	/* observes */
	{0x000000656e796177ull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* wayne */
	{0x000000697a6f676eull, 0x0000000000000000ull, NE_LX_FIRST_F, 5},	/* ngozi */
	{0x0000006576726568ull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* herve */
	{0x70617267656c6574ull, 0x0000000000000068ull, NE_LX_ORG, 9},	/* telegraph */
	{0x7463757274736e69ull, 0x0000000000006465ull, NE_LX_CUE, 10},	/* instructed */
	{0x657474656e61656aull, 0x0000000000000000ull, NE_LX_FIRST_F, 8},	/* jeanette */
	{0x0000617369756f6cull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* louisa */
	{0x0000676e69626f73ull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* sobing */
	{0x0064656d61686f6dull, 0x0000000000000000ull, NE_LX_FIRST_M, 7},	/* mohamed */
	{0x000000656972616dull, 0x0000000000000000ull, NE_LX_FIRST_F, 5},	/* marie */
	{0x0000726f696e756aull, 0x0000000000000000ull, NE_LX_TITLE_MOD, 6},	/* junior */
	{0x0000007365746963ull, 0x0000000000000000ull, NE_LX_CUE, 5},	/* cites */
	{0x00676e6967617262ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* braging */
	{0x6965726761736964ull, 0x000000000000676eull, NE_LX_CUE, 10},	/* disagreing */
	{0x006e65657275616dull, 0x0000000000000000ull, NE_LX_FIRST_F, 7},	/* maureen */
	{0x0000000000636261ull, 0x0000000000000000ull, NE_LX_KNOWN_ORG, 3},	/* abc */
	{0x6169646973627573ull, 0x0000000073656972ull, NE_LX_CORP_NOUN, 12},	/* subsidiaries */
	{0x00006e656479616bull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* kayden */
	{0x0000646e696d6572ull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* remind */
	{0x00646567656c6c61ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* alleged */
	{0x0000616e6e616967ull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* gianna */
	{0x0000000073697369ull, 0x0000000000000000ull, NE_LX_KNOWN_ORG, 4},	/* isis */
	{0x6c6f686572616873ull, 0x0000000073726564ull, NE_LX_CORP_OF | NE_LX_CORP_NOUN, 12},	/* shareholders */
	{0x00000000616e6e61ull, 0x0000000000000000ull, NE_LX_FIRST_F, 4},	/* anna */
	{0x0000000000646964ull, 0x0000000000000000ull, NE_LX_NONNAME | NE_LX_SKIPADV, 3},	/* did */
	{0x676e697373657270ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* pressing */
	{0x0000736e616f7267ull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* groans */
	{0x0000006469766164ull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* david */
	{0x6961747265746e65ull, 0x000000746e656d6eull, NE_LX_ORG, 13},	/* entertainment */
	{0x7372656e69666572ull, 0x0000000000000000ull, NE_LX_NOMINAL, 8},	/* refiners */
	{0x007961776c696172ull, 0x0000000000000000ull, NE_LX_ORG, 7},	/* railway */
	{0x000074656c74756full, 0x0000000000000000ull, NE_LX_NOMINAL, 6},	/* outlet */
	{0x6e69616c706d6f63ull, 0x0000000000000073ull, NE_LX_CUE, 9},	/* complains */
	{0x656e696c6564616dull, 0x0000000000000000ull, NE_LX_FIRST_F, 8},	/* madeline */
	{0x000000646c6f6373ull, 0x0000000000000000ull, NE_LX_CUE, 5},	/* scold */
	{0x0000007473757274ull, 0x0000000000000000ull, NE_LX_ORG, 5},	/* trust */
	{0x0000000074727563ull, 0x0000000000000000ull, NE_LX_FIRST_M, 4},	/* curt */
	{0x00006e6f73797262ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* bryson */
	{0x697463656e6e6f63ull, 0x0000000000747563ull, NE_LX_PLACE, 11},	/* connecticut */
	{0x6e696b72616d6572ull, 0x0000000000000067ull, NE_LX_CUE, 9},	/* remarking */
	{0x0000736c61636f6cull, 0x0000000000000000ull, NE_LX_NOMINAL, 6},	/* locals */
	{0x6867696c68676968ull, 0x0000000000646574ull, NE_LX_CUE, 11},	/* highlighted */
	{0x006e65677265756aull, 0x0000000000000000ull, NE_LX_FIRST_M, 7},	/* juergen */
	{0x6e69676c75766964ull, 0x0000000000000067ull, NE_LX_CUE, 9},	/* divulging */
	{0x000000796e6e6164ull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* danny */
	{0x006e656870657473ull, 0x0000000000000000ull, NE_LX_FIRST_M, 7},	/* stephen */
	{0x0000000073656e69ull, 0x0000000000000000ull, NE_LX_FIRST_F, 4},	/* ines */
	{0, 0, 0, 0},
	{0x006c6f7469706163ull, 0x0000000000000000ull, NE_LX_PLACE, 7},	/* capitol */
	{0x736b726f7774656eull, 0x0000000000000000ull, NE_LX_ORG, 8},	/* networks */
	{0x000000726f746361ull, 0x0000000000000000ull, NE_LX_TITLE | NE_LX_PERSON_NOUN, 5},	/* actor */
	{0x007372616c6c6f64ull, 0x0000000000000000ull, NE_LX_NONNAME, 7},	/* dollars */
	{0, 0, 0, 0},
	{0x696e61756874696cull, 0x0000000000000061ull, NE_LX_PLACE, 9},	/* lithuania */
	{0x72656e657473696cull, 0x0000000000000073ull, NE_LX_NOMINAL, 9},	/* listeners */
	{0x646e756f662d6f63ull, 0x0000000000007265ull, NE_LX_TITLE, 10},	/* co-founder */
	{0x6e657265666e6f63ull, 0x0000000000006563ull, NE_LX_ORG, 10},	/* conference */
	{0x00006f7274656970ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* pietro */
	{0x0000000000732e75ull, 0x0000000000000000ull, NE_LX_TITLE_MOD | NE_LX_PLACE, 3},	/* u.s */
	{0x0000000067657267ull, 0x0000000000000000ull, NE_LX_FIRST_M, 4},	/* greg */
	{0x0000000073727067ull, 0x0000000000000000ull, NE_LX_NONNAME, 4},	/* gprs */
	{0x000000657474656dull, 0x0000000000000000ull, NE_LX_FIRST_F, 5},	/* mette */
	{0x0000006861726173ull, 0x0000000000000000ull, NE_LX_FIRST_F, 5},	/* sarah */
	{0x0000000000007375ull, 0x0000000000000000ull, NE_LX_TITLE_MOD | NE_LX_PLACE, 2},	/* us */
	{0x0061697274737561ull, 0x0000000000000000ull, NE_LX_PLACE, 7},	/* austria */
	{0x0000006c65697261ull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* ariel */
	{0x0000746567647562ull, 0x0000000000000000ull, NE_LX_TITLE_MOD, 6},	/* budget */
	{0x000000616963756cull, 0x0000000000000000ull, NE_LX_FIRST_F, 5},	/* lucia */
	{0x000000006e616d6full, 0x0000000000000000ull, NE_LX_PLACE, 4},	/* oman */
	{0x00000000616d7568ull, 0x0000000000000000ull, NE_LX_FIRST_F, 4},	/* huma */
	{0x0000000000006461ull, 0x0000000000000000ull, NE_LX_NOMINAL | NE_LX_STATEMENT, 2},	/* ad */
	{0x00000073656e696dull, 0x0000000000000000ull, NE_LX_ORG, 5},	/* mines */
	{0, 0, 0, 0},
	{0x00000000006c6564ull, 0x0000000000000000ull, NE_LX_PARTICLE, 3},	/* del */
	{0x000000616e616867ull, 0x0000000000000000ull, NE_LX_PLACE, 5},	/* ghana */
	{0x0000000064726f6cull, 0x0000000000000000ull, NE_LX_TITLE | NE_LX_HON_M | NE_LX_HONORIFIC, 4},	/* lord */
	{0x656b616d70696863ull, 0x0000000000000072ull, NE_LX_ORG_NOUN, 9},	/* chipmaker */
	{0x000000732774656cull, 0x0000000000000000ull, NE_LX_NONNAME, 5},	/* let's */
	{0x00736d6165726373ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* screams */
	{0x6572757373616572ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* reassure */
	{0x69736976656c6574ull, 0x0000000000006e6full, NE_LX_ORG, 10},	/* television */
	{0x636e756f6e6f7270ull, 0x0000000000000065ull, NE_LX_CUE, 9},	/* pronounce */
	{0x0000000079726167ull, 0x0000000000000000ull, NE_LX_FIRST_M, 4},	/* gary */
	{0x006873696b727574ull, 0x0000000000000000ull, NE_LX_NAT, 7},	/* turkish */
	{0x0064657473616c62ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* blasted */
	{0x6e6974726f746572ull, 0x0000000000000067ull, NE_LX_CUE, 9},	/* retorting */
	{0x0000736665697262ull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* briefs */
	{0x00006f6c65676e61ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* angelo */
	{0x000000756d61736full, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* osamu */
	{0x00000078696c6566ull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* felix */
	{0x0000000000006364ull, 0x0000000000000000ull, NE_LX_PLACE, 2},	/* dc */
	{0x000000000000766eull, 0x0000000000000000ull, NE_LX_ORG, 2},	/* nv */
	{0x000000736d726966ull, 0x0000000000000000ull, NE_LX_NOMINAL, 5},	/* firms */
	{0x00000000007a696cull, 0x0000000000000000ull, NE_LX_FIRST_F, 3},	/* liz */
	{0x6572702d65636976ull, 0x0000746e65646973ull, NE_LX_TITLE, 14},	/* vice-president */
	{0x0000000000747562ull, 0x0000000000000000ull, NE_LX_NONNAME, 3},	/* but */
	{0x0000006c65746e69ull, 0x0000000000000000ull, NE_LX_KNOWN_ORG, 5},	/* intel */
	{0x0079646f62796e61ull, 0x0000000000000000ull, NE_LX_NONNAME, 7},	/* anybody */
	{0x00616d6162616c61ull, 0x0000000000000000ull, NE_LX_PLACE, 7},	/* alabama */
	{0x749980e26e646964ull, 0x0000000000000000ull, NE_LX_NONNAME | NE_LX_SKIPADV, 8},	/* didn’t */
	{0x0000006e69766167ull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* gavin */
	{0x00000000736e6166ull, 0x0000000000000000ull, NE_LX_NOMINAL, 4},	/* fans */
	{0x616368746c616568ull, 0x0000000000006572ull, NE_LX_ORG, 10},	/* healthcare */
	{0x0000007261746171ull, 0x0000000000000000ull, NE_LX_PLACE, 5},	/* qatar */
	{0x0000656e65737261ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* arsene */
	{0x7669747563657865ull, 0x0000000000007365ull, NE_LX_CORP_NOUN, 10},	/* executives */
	{0x00676e696e69706full, 0x0000000000000000ull, NE_LX_CUE, 7},	/* opining */
	{0x6f747265626c6967ull, 0x0000000000000000ull, NE_LX_FIRST_M, 8},	/* gilberto */
	{0x006465646c6f6373ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* scolded */
	{0x00000061696e6f73ull, 0x0000000000000000ull, NE_LX_FIRST_F, 5},	/* sonia */
	{0x0000000000786973ull, 0x0000000000000000ull, NE_LX_NONNAME, 3},	/* six */
	{0x0000737572707963ull, 0x0000000000000000ull, NE_LX_PLACE, 6},	/* cyprus */
	{0x0000736e6f696e75ull, 0x0000000000000000ull, NE_LX_NOMINAL, 6},	/* unions */
	{0x0000656e6e6f7679ull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* yvonne */
	{0x00007265626d656dull, 0x0000000000000000ull, NE_LX_TITLE_MOD | NE_LX_NOMINAL, 6},	/* member */
	{0x006c65736e756f63ull, 0x0000000000000000ull, NE_LX_TITLE, 7},	/* counsel */
	{0x000000006e61656aull, 0x0000000000000000ull, NE_LX_FIRST_F, 4},	/* jean */
	{0x737473796c616e61ull, 0x0000000000000000ull, NE_LX_NOMINAL, 8},	/* analysts */
	{0x65636e6572726574ull, 0x0000000000000000ull, NE_LX_FIRST_M, 8},	/* terrence */
	{0x0000000000697266ull, 0x0000000000000000ull, NE_LX_WEEKDAY, 3},	/* fri */
	{0x0000000000726f66ull, 0x0000000000000000ull, NE_LX_TITLE_MOD | NE_LX_NONNAME, 3},	/* for */
	{0x0068706c6f647572ull, 0x0000000000000000ull, NE_LX_FIRST_M, 7},	/* rudolph */
	{0x0000000000007361ull, 0x0000000000000000ull, NE_LX_NONNAME, 2},	/* as */
	{0x6573afc36f6ca9c3ull, 0x0000000000000000ull, NE_LX_FIRST_F, 8},	/* éloïse */
	{0x000000646c656966ull, 0x0000000000000000ull, NE_LX_TITLE_MOD, 5},	/* field */
	{0x006f747265626d75ull, 0x0000000000000000ull, NE_LX_FIRST_M, 7},	/* umberto */
	{0x657a69726f656874ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* theorize */
	{0x00737265646e656cull, 0x0000000000000000ull, NE_LX_NOMINAL, 7},	/* lenders */
	{0x7473697669746361ull, 0x0000000000000000ull, NE_LX_TITLE, 8},	/* activist */
	{0x000065696e6e6f63ull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* connie */
	{0x0000000000007264ull, 0x0000000000000000ull, NE_LX_TITLE | NE_LX_HONORIFIC | NE_LX_ABBREV | NE_LX_ABBREV_TITLE, 2},	/* dr */
	{0x6f69746163756465ull, 0x000000000000006eull, NE_LX_TITLE_MOD, 9},	/* education */
	{0x00000073656d7566ull, 0x0000000000000000ull, NE_LX_CUE, 5},	/* fumes */
	{0x0000676e69627564ull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* dubing */
	{0x0000656764656c70ull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* pledge */
	{0x0000746165706572ull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* repeat */
	{0x007965726666656aull, 0x0000000000000000ull, NE_LX_FIRST_M, 7},	/* jeffrey */
	{0x676e697070696873ull, 0x0000000000000000ull, NE_LX_ORG, 8},	/* shipping */
	{0x0000006469726166ull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* farid */
	{0x000000617369756cull, 0x0000000000000000ull, NE_LX_FIRST_F, 5},	/* luisa */
	{0x007765687474616dull, 0x0000000000000000ull, NE_LX_FIRST_M, 7},	/* matthew */
	{0x0000000073657270ull, 0x0000000000000000ull, NE_LX_ABBREV | NE_LX_ABBREV_TITLE, 4},	/* pres */
	{0x746172636f6d6564ull, 0x0000000000000000ull, NE_LX_NAT | NE_LX_PERSON_NOUN, 8},	/* democrat */
	{0x72656c6961746572ull, 0x0000000000000000ull, NE_LX_ORG_NOUN, 8},	/* retailer */
	{0x0000006574696877ull, 0x0000000000000000ull, NE_LX_TITLE_MOD, 5},	/* white */
	{0x0000006472617761ull, 0x0000000000000000ull, NE_LX_ORG, 5},	/* award */
	{0x0000000000677561ull, 0x0000000000000000ull, NE_LX_MONTH | NE_LX_ABBREV, 3},	/* aug */
	{0x000000006e65776full, 0x0000000000000000ull, NE_LX_FIRST_M, 4},	/* owen */
	{0x000000617275616cull, 0x0000000000000000ull, NE_LX_FIRST_F, 5},	/* laura */
	{0x6e6f6870656c6574ull, 0x0000000000000065ull, NE_LX_ORG, 9},	/* telephone */
	{0x000000000000726full, 0x0000000000000000ull, NE_LX_NONNAME, 2},	/* or */
	{0x000000616c6f6170ull, 0x0000000000000000ull, NE_LX_FIRST_F, 5},	/* paola */
	{0x0000676e69677275ull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* urging */
	{0x007070696c696870ull, 0x0000000000000000ull, NE_LX_FIRST_M, 7},	/* philipp */
	{0x0074276e73656f64ull, 0x0000000000000000ull, NE_LX_NONNAME | NE_LX_SKIPADV, 7},	/* doesn't */
	{0x6e6f697369766964ull, 0x0000000000000000ull, NE_LX_ORG, 8},	/* division */
	{0x00006e6f6f637974ull, 0x0000000000000000ull, NE_LX_PERSON_NOUN, 6},	/* tycoon */
	{0x00000000006c6c61ull, 0x0000000000000000ull, NE_LX_NONNAME, 3},	/* all */
	{0x616473656e646577ull, 0x0000000000000079ull, NE_LX_WEEKDAY, 9},	/* wednesday */
	{0x00006e6177696174ull, 0x0000000000000000ull, NE_LX_PLACE, 6},	/* taiwan */
	{0x00656e6e617a7573ull, 0x0000000000000000ull, NE_LX_FIRST_F, 7},	/* suzanne */
	{0x00006f6369726e65ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* enrico */
	{0x006e6f7379657267ull, 0x0000000000000000ull, NE_LX_FIRST_M, 7},	/* greyson */
	{0x6562697263736564ull, 0x0000000000000073ull, NE_LX_CUE, 9},	/* describes */
	{0x6d6e6f7269766e65ull, 0x0000006c61746e65ull, NE_LX_TITLE_MOD, 13},	/* environmental */
	{0x0000616e65726573ull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* serena */
	{0x65636e756f6e6e61ull, 0x0000000000000064ull, NE_LX_CUE, 9},	/* announced */
	{0x000000006172617aull, 0x0000000000000000ull, NE_LX_FIRST_F, 4},	/* zara */
	{0x64656c657672616dull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* marveled */
	{0x6e616973696e7574ull, 0x0000000000000000ull, NE_LX_NAT, 8},	/* tunisian */
	{0x0073776f6c6c6562ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* bellows */
	{0x0000007369726863ull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* chris */
	{0x00000000656d6f68ull, 0x0000000000000000ull, NE_LX_NONNAME, 4},	/* home */
	{0x0000726573736179ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* yasser */
	{0x00796e6f68746e61ull, 0x0000000000000000ull, NE_LX_FIRST_M, 7},	/* anthony */
	{0x0000007964757473ull, 0x0000000000000000ull, NE_LX_NOMINAL, 5},	/* study */
	{0x000070696c696870ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* philip */
	{0x0064657070697571ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* quipped */
	{0x00746e65636e6976ull, 0x0000000000000000ull, NE_LX_FIRST_M, 7},	/* vincent */
	{0x6e6169636973756dull, 0x0000000000000000ull, NE_LX_PERSON_NOUN, 8},	/* musician */
	{0x00000000656c796bull, 0x0000000000000000ull, NE_LX_FIRST_M, 4},	/* kyle */
	{0x00616e6169726461ull, 0x0000000000000000ull, NE_LX_FIRST_F, 7},	/* adriana */
	{0x000061696c696d65ull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* emilia */
	{0x000000736d616c73ull, 0x0000000000000000ull, NE_LX_CUE, 5},	/* slams */
	{0x000079746c616572ull, 0x0000000000000000ull, NE_LX_ORG, 6},	/* realty */
	{0x00000065636e6973ull, 0x0000000000000000ull, NE_LX_NONNAME | NE_LX_SKIPADV, 5},	/* since */
	{0x000074276e736177ull, 0x0000000000000000ull, NE_LX_NONNAME, 6},	/* wasn't */
	{0x74656e7265746e69ull, 0x0000000000000000ull, NE_LX_NONNAME, 8},	/* internet */
	{0x65757169726e6568ull, 0x0000000000000000ull, NE_LX_FIRST_M, 8},	/* henrique */
	{0x0000007369726f64ull, 0x0000000000000000ull, NE_LX_FIRST_F, 5},	/* doris */
	{0x0000657369766461ull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* advise */
	{0x0000000072696d61ull, 0x0000000000000000ull, NE_LX_FIRST_M, 4},	/* amir */
	{0x0000006567696170ull, 0x0000000000000000ull, NE_LX_FIRST_F, 5},	/* paige */
	{0x0000617261696863ull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* chiara */
	{0x00000074756f6261ull, 0x0000000000000000ull, NE_LX_NONNAME, 5},	/* about */
	{0x006c617469706163ull, 0x0000000000000000ull, NE_LX_ORG, 7},	/* capital */
	{0x006d6f63656c6574ull, 0x0000000000000000ull, NE_LX_ORG, 7},	/* telecom */
	{0x0079617768676968ull, 0x0000000000000000ull, NE_LX_PLACE, 7},	/* highway */
	{0, 0, 0, 0},
	{0x006e7265636e6f63ull, 0x0000000000000000ull, NE_LX_ORG, 7},	/* concern */
	{0x00676e6972657661ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* avering */
	{0x0000007374736f70ull, 0x0000000000000000ull, NE_LX_NOMINAL, 5},	/* posts */
	{0x646574726f706572ull, 0x000000000000796cull, NE_LX_SKIPADV, 10},	/* reportedly */
	{0x7070696873726f77ull, 0x0000000000737265ull, NE_LX_NOMINAL, 11},	/* worshippers */
	{0x0000006569646465ull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* eddie */
	{0x0000726568746965ull, 0x0000000000000000ull, NE_LX_NONNAME, 6},	/* either */
	{0x00006f657474616dull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* matteo */
	{0x79656e726f747461ull, 0x0000000000000073ull, NE_LX_NOMINAL, 9},	/* attorneys */
	{0x0000000000646e61ull, 0x0000000000000000ull, NE_LX_NONNAME, 3},	/* and */
	{0x0073656d75736572ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* resumes */
	{0x006169726567696eull, 0x0000000000000000ull, NE_LX_PLACE, 7},	/* nigeria */
	{0x0000676e69797263ull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* crying */
	{0x000079657372656aull, 0x0000000000000000ull, NE_LX_PLACE, 6},	/* jersey */
	{0x656e6f69746e656dull, 0x0000000000000064ull, NE_LX_CUE, 9},	/* mentioned */
	{0x00656361646e6163ull, 0x0000000000000000ull, NE_LX_FIRST_F, 7},	/* candace */
	{0x73747361626d616cull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* lambasts */
	{0x00676e6973736968ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* hissing */
	{0x0000737563756163ull, 0x0000000000000000ull, NE_LX_ORG | NE_LX_NONNAME | NE_LX_NOMINAL, 6},	/* caucus */
	{0x6f63697265646566ull, 0x0000000000000000ull, NE_LX_FIRST_M, 8},	/* federico */
	{0x00006e697672616dull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* marvin */
	{0x7372656666617473ull, 0x0000000000000000ull, NE_LX_NOMINAL, 8},	/* staffers */
	{0x0064656d6d616c73ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* slammed */
	{0x6f6963697275616dull, 0x0000000000000000ull, NE_LX_FIRST_M, 8},	/* mauricio */
	{0x646573696d6f7270ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* promised */
	{0x00000000006c6f76ull, 0x0000000000000000ull, NE_LX_ABBREV, 3},	/* vol */
	{0x7461756e69736e69ull, 0x0000000000007365ull, NE_LX_CUE, 10},	/* insinuates */
	{0x0000676e69776f76ull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* vowing */
	{0x00756e61776c6972ull, 0x0000000000000000ull, NE_LX_FIRST_M, 7},	/* rilwanu */
	{0x00000000006e616aull, 0x0000000000000000ull, NE_LX_MONTH | NE_LX_ABBREV, 3},	/* jan */
	{0x0000006c6962616eull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* nabil */
	{0x726f74617265706full, 0x0000000000000000ull, NE_LX_ORG_NOUN, 8},	/* operator */
	{0x000000007061616aull, 0x0000000000000000ull, NE_LX_FIRST_M, 4},	/* jaap */
	{0x0000666c65737469ull, 0x0000000000000000ull, NE_LX_PRON_N, 6},	/* itself */
	{0x72656375646f7270ull, 0x0000000000000073ull, NE_LX_NOMINAL, 9},	/* producers */
	{0x00726568746f7262ull, 0x0000000000000000ull, NE_LX_HON_M | NE_LX_NOMINAL, 7},	/* brother */
	{0x746e6174696c696dull, 0x0000000000000073ull, NE_LX_NOMINAL, 9},	/* militants */
	{0x6c6564616c696870ull, 0x0000000061696870ull, NE_LX_PLACE, 12},	/* philadelphia */
	{0x0000000000647664ull, 0x0000000000000000ull, NE_LX_NONNAME, 3},	/* dvd */
	{0x0000796164697266ull, 0x0000000000000000ull, NE_LX_WEEKDAY, 6},	/* friday */
	{0x0000736569726f74ull, 0x0000000000000000ull, NE_LX_NAT, 6},	/* tories */
	{0x00000061726f6c66ull, 0x0000000000000000ull, NE_LX_FIRST_F, 5},	/* flora */
	{0x0000646972676e69ull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* ingrid */
	{0x6e656d6d6f636572ull, 0x00000000676e6964ull, NE_LX_CUE, 12},	/* recommending */
	{0x000000006d616d69ull, 0x0000000000000000ull, NE_LX_TITLE | NE_LX_HON_M, 4},	/* imam */
	{0x00676e6974736f70ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* posting */
	{0x0000000000637475ull, 0x0000000000000000ull, NE_LX_NONNAME, 3},	/* utc */
	{0, 0, 0, 0},
	{0x000000000070656dull, 0x0000000000000000ull, NE_LX_TITLE | NE_LX_NOMINAL, 3},	/* mep */
	{0x0000726574697277ull, 0x0000000000000000ull, NE_LX_PERSON_NOUN, 6},	/* writer */
	{0x00007372656e696dull, 0x0000000000000000ull, NE_LX_NOMINAL, 6},	/* miners */
	{0x000061646e657262ull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* brenda */
	{0x00006e617962696cull, 0x0000000000000000ull, NE_LX_NAT, 6},	/* libyan */
	{0x6967657461727473ull, 0x0000000000737473ull, NE_LX_NOMINAL, 11},	/* strategists */
	{0x000000007964756aull, 0x0000000000000000ull, NE_LX_FIRST_F, 4},	/* judy */
	{0x6172646568746163ull, 0x000000000000006cull, NE_LX_PLACE, 9},	/* cathedral */
	{0x64656c626d757267ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* grumbled */
	{0x0000000000676966ull, 0x0000000000000000ull, NE_LX_ABBREV, 3},	/* fig */
	{0x006e61696c617469ull, 0x0000000000000000ull, NE_LX_NAT, 7},	/* italian */
	{0x006e616974696168ull, 0x0000000000000000ull, NE_LX_NAT, 7},	/* haitian */
	{0x00006e696c627564ull, 0x0000000000000000ull, NE_LX_PLACE, 6},	/* dublin */
	{0x79656e726f747461ull, 0x0000000000000000ull, NE_LX_TITLE | NE_LX_TITLE_MOD | NE_LX_NOMINAL, 8},	/* attorney */
	{0x006b636972746170ull, 0x0000000000000000ull, NE_LX_FIRST_M, 7},	/* patrick */
	{0x6b7a7365696e6761ull, 0x0000000000000061ull, NE_LX_FIRST_F, 9},	/* agnieszka */
	{0x00676e69776f7661ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* avowing */
	{0x79656e7472756f63ull, 0x0000000000000000ull, NE_LX_FIRST_F, 8},	/* courtney */
	{0, 0, 0, 0},
	{0x0000000000736168ull, 0x0000000000000000ull, NE_LX_NONNAME | NE_LX_SKIPADV, 3},	/* has */
	{0x0000006f68616469ull, 0x0000000000000000ull, NE_LX_PLACE, 5},	/* idaho */
	{0x000000796d6d6174ull, 0x0000000000000000ull, NE_LX_FIRST_F, 5},	/* tammy */
	{0x0000000073676562ull, 0x0000000000000000ull, NE_LX_CUE, 4},	/* begs */
	{0x00006d61726b6976ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* vikram */
	{0x69636974696c6f70ull, 0x0000000000006e61ull, NE_LX_PERSON_NOUN, 10},	/* politician */
	{0x0000656e6f6d6973ull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* simone */
	{0, 0, 0, 0},
	{0x000000616e726f6cull, 0x0000000000000000ull, NE_LX_FIRST_F, 5},	/* lorna */
	{0x000072657474656cull, 0x0000000000000000ull, NE_LX_NOMINAL | NE_LX_STATEMENT, 6},	/* letter */
	{0x0000006c72616e73ull, 0x0000000000000000ull, NE_LX_CUE, 5},	/* snarl */
	{0x6172687061726170ull, 0x0000000000006573ull, NE_LX_CUE, 10},	/* paraphrase */
	{0x0074746f696c6c65ull, 0x0000000000000000ull, NE_LX_FIRST_M, 7},	/* elliott */
	{0x0000006f676e6f63ull, 0x0000000000000000ull, NE_LX_PLACE, 5},	/* congo */
	{0x63656a7265746e69ull, 0x00000000676e6974ull, NE_LX_CUE, 12},	/* interjecting */
	{0x000000002e766f67ull, 0x0000000000000000ull, NE_LX_ABBREV, 4},	/* gov. */
	{0x657a69726f656874ull, 0x0000000000000073ull, NE_LX_CUE, 9},	/* theorizes */
	{0x00000073656e6761ull, 0x0000000000000000ull, NE_LX_FIRST_F, 5},	/* agnes */
	{0x6573656e6162656cull, 0x0000000000000000ull, NE_LX_NAT, 8},	/* lebanese */
	{0x00000064656d7566ull, 0x0000000000000000ull, NE_LX_CUE, 5},	/* fumed */
	{0x000000656279616dull, 0x0000000000000000ull, NE_LX_NONNAME, 5},	/* maybe */
	{0x00676e69626f7270ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* probing */
	{0x0000000068747572ull, 0x0000000000000000ull, NE_LX_FIRST_F, 4},	/* ruth */
	{0x000000736b726162ull, 0x0000000000000000ull, NE_LX_CUE, 5},	/* barks */
	{0x0000007375676e61ull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* angus */
	{0x0000006172696b61ull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* akira */
	{0x6e616d6972706572ull, 0x0000000000000064ull, NE_LX_CUE, 9},	/* reprimand */
	{0x00000079726f7669ull, 0x0000000000000000ull, NE_LX_PLACE, 5},	/* ivory */
	{0x000000616e696d61ull, 0x0000000000000000ull, NE_LX_FIRST_F, 5},	/* amina */
	{0x006f747265626c61ull, 0x0000000000000000ull, NE_LX_FIRST_M, 7},	/* alberto */
	{0x0064657461647075ull, 0x0000000000000000ull, NE_LX_NONNAME, 7},	/* updated */
	{0x7473616365726f66ull, 0x0000000000676e69ull, NE_LX_CUE, 11},	/* forecasting */
	{0x6574636172616863ull, 0x0000006465736972ull, NE_LX_CUE, 13},	/* characterised */
	{0x0000006e6f78616aull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* jaxon */
	{0x6e65736572706572ull, 0x0073657669746174ull, NE_LX_NOMINAL, 15},	/* representatives */
	{0x656c776f6e6b6361ull, 0x0000000000656764ull, NE_LX_CUE, 11},	/* acknowledge */
	{0x0000737465657774ull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* tweets */
	{0x000000000072616dull, 0x0000000000000000ull, NE_LX_MONTH | NE_LX_ABBREV, 3},	/* mar */
	{0x0000006961627564ull, 0x0000000000000000ull, NE_LX_PLACE, 5},	/* dubai */
	{0x73726567616e616dull, 0x0000000000000000ull, NE_LX_NOMINAL, 8},	/* managers */
	{0x7265766f65726f6dull, 0x0000000000000000ull, NE_LX_NONNAME, 8},	/* moreover */
	{0x0072657070696b73ull, 0x0000000000000000ull, NE_LX_PERSON_NOUN, 7},	/* skipper */
	{0x74616c7563657073ull, 0x0000000000676e69ull, NE_LX_CUE, 11},	/* speculating */
	{0x00000000616e6564ull, 0x0000000000000000ull, NE_LX_FIRST_F, 4},	/* dena */
	{0x00676e6973616574ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* teasing */
	{0x000000726f79616dull, 0x0000000000000000ull, NE_LX_TITLE, 5},	/* mayor */
	{0x0000000067756f64ull, 0x0000000000000000ull, NE_LX_FIRST_M, 4},	/* doug */
	{0x6e696469666e6f63ull, 0x0000000000000067ull, NE_LX_CUE, 9},	/* confiding */
	{0x00797261756e616aull, 0x0000000000000000ull, NE_LX_MONTH, 7},	/* january */
	{0x000000736976616dull, 0x0000000000000000ull, NE_LX_FIRST_F, 5},	/* mavis */
	{0x676e697972636564ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* decrying */
	{0x000000006f746e69ull, 0x0000000000000000ull, NE_LX_NONNAME, 4},	/* into */
	{0x6369747369676f6cull, 0x0000000000000073ull, NE_LX_ORG, 9},	/* logistics */
	{0x0000000000776f68ull, 0x0000000000000000ull, NE_LX_NONNAME, 3},	/* how */
	{0x726174726562696cull, 0x00000000006e6169ull, NE_LX_NAT | NE_LX_PERSON_NOUN, 11},	/* libertarian */
	{0x656d616e72756f74ull, 0x000000000000746eull, NE_LX_ORG, 10},	/* tournament */
	{0x00617373696c656dull, 0x0000000000000000ull, NE_LX_FIRST_F, 7},	/* melissa */
	{0x6465776f6c6c6562ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* bellowed */
	{0x00000068746e6f6dull, 0x0000000000000000ull, NE_LX_NONNAME, 5},	/* month */
	{0x0000006c7562616bull, 0x0000000000000000ull, NE_LX_PLACE, 5},	/* kabul */
	{0x0000726168736162ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* bashar */
	{0x74616e7265746e69ull, 0x0000006c616e6f69ull, NE_LX_TITLE_MOD | NE_LX_NAT, 13},	/* international */
	{0x646e617373656c61ull, 0x0000000000006f72ull, NE_LX_FIRST_M, 10},	/* alessandro */
	{0x0000746565727473ull, 0x0000000000000000ull, NE_LX_PLACE, 6},	/* street */
	{0x0000000068626d67ull, 0x0000000000000000ull, NE_LX_ORG, 4},	/* gmbh */
	{0, 0, 0, 0},
	{0x6d6f776863747564ull, 0x0000000000006e61ull, NE_LX_NAT | NE_LX_PERSON_NOUN, 10},	/* dutchwoman */
	{0x696168676e616873ull, 0x0000000000000000ull, NE_LX_PLACE, 8},	/* shanghai */
	{0x007373656e746977ull, 0x0000000000000000ull, NE_LX_NOMINAL, 7},	/* witness */
	{0, 0, 0, 0},
	{0x0000736169626f74ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* tobias */
	{0x0000000000736167ull, 0x0000000000000000ull, NE_LX_ORG, 3},	/* gas */
	{0x6172756174736572ull, 0x000000000000746eull, NE_LX_ORG, 10},	/* restaurant */
	{0x006c656972626167ull, 0x0000000000000000ull, NE_LX_FIRST_M, 7},	/* gabriel */
	{0x64656e6f6b636572ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* reckoned */
	{0, 0, 0, 0},
	{0x0072656863746970ull, 0x0000000000000000ull, NE_LX_PERSON_NOUN, 7},	/* pitcher */
	{0, 0, 0, 0},
	{0x0000696567726573ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* sergei */
	{0x006968736f746173ull, 0x0000000000000000ull, NE_LX_FIRST_M, 7},	/* satoshi */
	{0x6465737365727473ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* stressed */
	{0x6e69616c706d6f63ull, 0x0000000000000074ull, NE_LX_NOMINAL, 9},	/* complaint */
	{0x0000696570696174ull, 0x0000000000000000ull, NE_LX_PLACE, 6},	/* taipei */
	{0x006c656e6e616863ull, 0x0000000000000000ull, NE_LX_ORG, 7},	/* channel */
	{0, 0, 0, 0}, {0, 0, 0, 0},
	{0x006873696e6e6966ull, 0x0000000000000000ull, NE_LX_NAT, 7},	/* finnish */
	{0x0000007265746661ull, 0x0000000000000000ull, NE_LX_NONNAME, 5},	/* after */
	{0x0000737463616572ull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* reacts */
	{0x00737265776f7267ull, 0x0000000000000000ull, NE_LX_NOMINAL, 7},	/* growers */
	{0x00006e6173736168ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* hassan */
	{0x73676e69646c6f68ull, 0x0000000000000000ull, NE_LX_ORG, 8},	/* holdings */
	{0x69646172746e6f63ull, 0x0000000000737463ull, NE_LX_CUE, 11},	/* contradicts */
	{0x00726f7369766461ull, 0x0000000000000000ull, NE_LX_TITLE | NE_LX_NOMINAL, 7},	/* advisor */
	{0x65747361626d616cull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* lambaste */
	{0x64656c6165707061ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* appealed */
	{0x6574616369646e69ull, 0x0000000000000064ull, NE_LX_CUE, 9},	/* indicated */
	{0x726f766976727573ull, 0x0000000000000000ull, NE_LX_NOMINAL, 8},	/* survivor */
	{0x0000646567617262ull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* braged */
	{0x0000007374756f74ull, 0x0000000000000000ull, NE_LX_CUE, 5},	/* touts */
	{0x7075727265746e69ull, 0x0000000000000074ull, NE_LX_CUE, 9},	/* interrupt */
	{0x0000006563617267ull, 0x0000000000000000ull, NE_LX_FIRST_F, 5},	/* grace */
	{0x000000006e616573ull, 0x0000000000000000ull, NE_LX_FIRST_M, 4},	/* sean */
	{0x0000657461647075ull, 0x0000000000000000ull, NE_LX_NONNAME, 6},	/* update */
	{0x006d6f64676e696bull, 0x0000000000000000ull, NE_LX_PLACE, 7},	/* kingdom */
	{0x00006f7070656c61ull, 0x0000000000000000ull, NE_LX_PLACE, 6},	/* aleppo */
	{0x0000656e696c6e6full, 0x0000000000000000ull, NE_LX_NONNAME, 6},	/* online */
	{0x000000000063626eull, 0x0000000000000000ull, NE_LX_KNOWN_ORG, 3},	/* nbc */
	{0x0000000000646174ull, 0x0000000000000000ull, NE_LX_FIRST_M, 3},	/* tad */
	{0x007365636e617266ull, 0x0000000000000000ull, NE_LX_FIRST_F, 7},	/* frances */
	{0x0000000061726174ull, 0x0000000000000000ull, NE_LX_FIRST_F, 4},	/* tara */
	{0, 0, 0, 0},
	{0x0000616e6972616dull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* marina */
	{0x000000006e616f6dull, 0x0000000000000000ull, NE_LX_CUE, 4},	/* moan */
	{0x0064657373657270ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* pressed */
	{0x646574726f706572ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* reported */
	{0x0065726f6c706564ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* deplore */
	{0x0000000000006173ull, 0x0000000000000000ull, NE_LX_ORG, 2},	/* sa */
	{0x00000000006e6573ull, 0x0000000000000000ull, NE_LX_TITLE | NE_LX_ABBREV | NE_LX_ABBREV_TITLE, 3},	/* sen */
	{0x000064697264616dull, 0x0000000000000000ull, NE_LX_PLACE, 6},	/* madrid */
	{0x0000007473616f62ull, 0x0000000000000000ull, NE_LX_CUE, 5},	/* boast */
	{0x00000066666f6567ull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* geoff */
	{0x000000736163756cull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* lucas */
	{0x72656b616d77616cull, 0x0000000000000000ull, NE_LX_TITLE, 8},	/* lawmaker */
	{0x0000000061657261ull, 0x0000000000000000ull, NE_LX_TITLE_MOD, 4},	/* area */
	{0x6179617567757275ull, 0x000000000000006eull, NE_LX_NAT, 9},	/* uruguayan */
	{0, 0, 0, 0}, {0, 0, 0, 0},
	{0x0000000000006f6eull, 0x0000000000000000ull, NE_LX_NONNAME | NE_LX_ABBREV, 2},	/* no */
	{0x74756365736f7270ull, 0x000000000073726full, NE_LX_NOMINAL, 11},	/* prosecutors */
	{0, 0, 0, 0},
	{0x64656465636e6f63ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* conceded */
	{0x006f676972646f72ull, 0x0000000000000000ull, NE_LX_FIRST_M, 7},	/* rodrigo */
	{0x00656c7474616573ull, 0x0000000000000000ull, NE_LX_PLACE, 7},	/* seattle */
	{0x0000006572656874ull, 0x0000000000000000ull, NE_LX_NONNAME, 5},	/* there */
	{0x00006f636e617266ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* franco */
	{0x0079746972616863ull, 0x0000000000000000ull, NE_LX_ORG_NOUN, 7},	/* charity */
	{0x7972617572626566ull, 0x0000000000000000ull, NE_LX_MONTH, 8},	/* february */
	{0x696e617064616564ull, 0x000000000000676eull, NE_LX_CUE, 10},	/* deadpaning */
	{0x0064656c776f7267ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* growled */
	{0x676e696772616863ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* charging */
	{0x0000617365726574ull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* teresa */
	{0x0000676e696b6570ull, 0x0000000000000000ull, NE_LX_PLACE, 6},	/* peking */
	{0x0000007372616f72ull, 0x0000000000000000ull, NE_LX_CUE, 5},	/* roars */
	{0x0000000068746f62ull, 0x0000000000000000ull, NE_LX_NONNAME, 4},	/* both */
	{0x00006465746e6172ull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* ranted */
	{0x006e676965726f66ull, 0x0000000000000000ull, NE_LX_TITLE_MOD, 7},	/* foreign */
	{0x006f676e696d6f64ull, 0x0000000000000000ull, NE_LX_FIRST_M, 7},	/* domingo */
	{0x00006c656863696dull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* michel */
	{0x0000000073726c64ull, 0x0000000000000000ull, NE_LX_NONNAME, 4},	/* dlrs */
	{0x61696e617a6e6174ull, 0x0000000000000000ull, NE_LX_PLACE, 8},	/* tanzania */
	{0x6e69796669726576ull, 0x0000000000000067ull, NE_LX_CUE, 9},	/* verifying */
	{0x000000616c79616cull, 0x0000000000000000ull, NE_LX_FIRST_F, 5},	/* layla */
	{0x00006465626f7270ull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* probed */
	{0x0064657369617270ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* praised */
	{0x0072657275736e69ull, 0x0000000000000000ull, NE_LX_ORG_NOUN, 7},	/* insurer */
	{0x6565726761736964ull, 0x0000000000000073ull, NE_LX_CUE, 9},	/* disagrees */
	{0x000000746172756dull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* murat */
	{0x00006c6568636172ull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* rachel */
	{0x7261757164616568ull, 0x0000000073726574ull, NE_LX_CORP_NOUN, 12},	/* headquarters */
	{0x616d68636e657266ull, 0x000000000000006eull, NE_LX_NAT | NE_LX_PERSON_NOUN, 9},	/* frenchman */
	{0x6569666974736574ull, 0x0000000000000064ull, NE_LX_CUE, 9},	/* testified */
	{0x00676e6970736167ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* gasping */
	{0x0000006563796f6aull, 0x0000000000000000ull, NE_LX_FIRST_F, 5},	/* joyce */
	{0x616c6c6562617369ull, 0x0000000000000000ull, NE_LX_FIRST_F, 8},	/* isabella */
	{0x726f766976727573ull, 0x0000000000000073ull, NE_LX_NOMINAL, 9},	/* survivors */
	{0x7265776f72726f62ull, 0x0000000000000073ull, NE_LX_NOMINAL, 9},	/* borrowers */
	{0x006e656577746562ull, 0x0000000000000000ull, NE_LX_NONNAME, 7},	/* between */
	{0x00000000006f6f7aull, 0x0000000000000000ull, NE_LX_ORG, 3},	/* zoo */
	{0, 0, 0, 0},
	{0x6172687061726170ull, 0x0000000000736573ull, NE_LX_CUE, 11},	/* paraphrases */
	{0x0000007973696164ull, 0x0000000000000000ull, NE_LX_FIRST_F, 5},	/* daisy */
	{0x000000006b6e6162ull, 0x0000000000000000ull, NE_LX_ORG | NE_LX_ORG_NOUN, 4},	/* bank */
	{0x00616e6f7a697261ull, 0x0000000000000000ull, NE_LX_PLACE, 7},	/* arizona */
	{0x69636e756f6e6564ull, 0x000000000000676eull, NE_LX_CUE, 10},	/* denouncing */
	{0x0000656e68706164ull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* daphne */
	{0, 0, 0, 0},
	{0x00000065696c6c65ull, 0x0000000000000000ull, NE_LX_FIRST_F, 5},	/* ellie */
	{0x00000000616c696dull, 0x0000000000000000ull, NE_LX_FIRST_F, 4},	/* mila */
	{0x0000000072756f79ull, 0x0000000000000000ull, NE_LX_NONNAME, 4},	/* your */
	{0x0061726162726162ull, 0x0000000000000000ull, NE_LX_FIRST_F, 7},	/* barbara */
	{0x00000000617a6572ull, 0x0000000000000000ull, NE_LX_FIRST_M, 4},	/* reza */
	{0x739980e274616874ull, 0x0000000000000000ull, NE_LX_NONNAME, 8},	/* that’s */
	{0x00006c656e6e7574ull, 0x0000000000000000ull, NE_LX_PLACE, 6},	/* tunnel */
	{0x000000646572616aull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* jared */
	{0x000000726f62616cull, 0x0000000000000000ull, NE_LX_TITLE_MOD, 5},	/* labor */
	{0x00000000006d696aull, 0x0000000000000000ull, NE_LX_FIRST_M, 3},	/* jim */
	{0x000072756d72756dull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* murmur */
	{0x697461646e756f66ull, 0x0000000000006e6full, NE_LX_ORG | NE_LX_NOMINAL, 10},	/* foundation */
	{0x0065656e696d6f6eull, 0x0000000000000000ull, NE_LX_TITLE | NE_LX_NOMINAL, 7},	/* nominee */
	{0x64657265646e6f70ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* pondered */
	{0x00646e6162737568ull, 0x0000000000000000ull, NE_LX_NOMINAL, 7},	/* husband */
	{0x0061646e616c6f79ull, 0x0000000000000000ull, NE_LX_FIRST_F, 7},	/* yolanda */
	{0x0000006c6c697473ull, 0x0000000000000000ull, NE_LX_NONNAME | NE_LX_SKIPADV, 5},	/* still */
	{0x74696e756d6d6f63ull, 0x0000000000000079ull, NE_LX_ORG, 9},	/* community */
	{0x6f697a697275616dull, 0x0000000000000000ull, NE_LX_FIRST_M, 8},	/* maurizio */
	{0x00006c6165766572ull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* reveal */
	{0x0000000000736461ull, 0x0000000000000000ull, NE_LX_NOMINAL, 3},	/* ads */
	{0x000000006c6c656eull, 0x0000000000000000ull, NE_LX_FIRST_F, 4},	/* nell */
	{0x00736e61656c726full, 0x0000000000000000ull, NE_LX_PLACE, 7},	/* orleans */
	{0x00746e6564757473ull, 0x0000000000000000ull, NE_LX_NOMINAL, 7},	/* student */
	{0x6e69726975716e69ull, 0x0000000000000067ull, NE_LX_CUE, 9},	/* inquiring */
	{0x00676e696e726177ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* warning */
	{0x0000726f74696465ull, 0x0000000000000000ull, NE_LX_TITLE, 6},	/* editor */
	{0x7365636976726573ull, 0x0000000000000000ull, NE_LX_TITLE_MOD | NE_LX_ORG, 8},	/* services */
	{0x000000726f6a616dull, 0x0000000000000000ull, NE_LX_TITLE, 5},	/* major */
	{0x00746e6f6d726576ull, 0x0000000000000000ull, NE_LX_PLACE, 7},	/* vermont */
	{0x6169636972746170ull, 0x0000000000000000ull, NE_LX_FIRST_F, 8},	/* patricia */
	{0x000065696e6e6f72ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* ronnie */
	{0x79656e726f747461ull, 0x6c6172656e65672dull, NE_LX_TITLE, 16},	/* attorney-general */
	{0x0000000079626261ull, 0x0000000000000000ull, NE_LX_FIRST_F, 4},	/* abby */
	{0x746e657571657266ull, 0x000000000000796cull, NE_LX_SKIPADV, 10},	/* frequently */
	{0x697a6168676e6562ull, 0x0000000000000000ull, NE_LX_PLACE, 8},	/* benghazi */
	{0x006968636172616bull, 0x0000000000000000ull, NE_LX_PLACE, 7},	/* karachi */
	{0x00000073776f7661ull, 0x0000000000000000ull, NE_LX_CUE, 5},	/* avows */
	{0x6564756c636e6f63ull, 0x0000000000000064ull, NE_LX_CUE, 9},	/* concluded */
	{0x007374726f706572ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* reports */
	{0x000079656e646973ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* sidney */
	{0x0000726568746f6dull, 0x0000000000000000ull, NE_LX_NOMINAL, 6},	/* mother */
	{0x0000676e696c7572ull, 0x0000000000000000ull, NE_LX_NOMINAL, 6},	/* ruling */
	{0x736573696d6f7270ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* promises */
	{0x0061646e6172696dull, 0x0000000000000000ull, NE_LX_FIRST_F, 7},	/* miranda */
	{0x6574616369646e69ull, 0x0000000000000073ull, NE_LX_CUE, 9},	/* indicates */
	{0x6e69747369726863ull, 0x0000000000000065ull, NE_LX_FIRST_F, 9},	/* christine */
	{0x7274736e6f6d6564ull, 0x00000073726f7461ull, NE_LX_NOMINAL, 13},	/* demonstrators */
	{0x00006d726f666e69ull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* inform */
	{0x00000000006e6164ull, 0x0000000000000000ull, NE_LX_FIRST_M, 3},	/* dan */
	{0x7374736567677573ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* suggests */
	{0x6e69746165706572ull, 0x0000000000000067ull, NE_LX_CUE, 9},	/* repeating */
	{0x000064656e726177ull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* warned */
	{0, 0, 0, 0},
	{0x6169676577726f6eull, 0x000000000000006eull, NE_LX_NAT, 9},	/* norwegian */
	{0x000000006e616f6aull, 0x0000000000000000ull, NE_LX_FIRST_F, 4},	/* joan */
	{0x00006d616972616dull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* mariam */
	{0x0000000068677568ull, 0x0000000000000000ull, NE_LX_FIRST_M, 4},	/* hugh */
	{0x00007365626f6c67ull, 0x0000000000000000ull, NE_LX_ORG, 6},	/* globes */
	{0x0000796c64756f6cull, 0x0000000000000000ull, NE_LX_SKIPADV, 6},	/* loudly */
	{0x69737365666f7270ull, 0x000000000000676eull, NE_LX_CUE, 10},	/* professing */
	{0x6e69746e656c6176ull, 0x0000000000000061ull, NE_LX_FIRST_F, 9},	/* valentina */
	{0x0000000066656863ull, 0x0000000000000000ull, NE_LX_PERSON_NOUN, 4},	/* chef */
	{0x746e616567726573ull, 0x0000000000000000ull, NE_LX_TITLE, 8},	/* sergeant */
	{0x0000737468676972ull, 0x0000000000000000ull, NE_LX_TITLE_MOD, 6},	/* rights */
	{0x007472616d6c6177ull, 0x0000000000000000ull, NE_LX_KNOWN_ORG, 7},	/* walmart */
	{0x0000796c6b656577ull, 0x0000000000000000ull, NE_LX_ORG, 6},	/* weekly */
	{0x0000736b6e616874ull, 0x0000000000000000ull, NE_LX_NONNAME, 6},	/* thanks */
	{0x0000000065636976ull, 0x0000000000000000ull, NE_LX_TITLE | NE_LX_TITLE_MOD, 4},	/* vice */
	{0x0000696578656c61ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* alexei */
	{0x000061646e616775ull, 0x0000000000000000ull, NE_LX_PLACE, 6},	/* uganda */
	{0x6e617267696d6d69ull, 0x0000000000007374ull, NE_LX_NOMINAL, 10},	/* immigrants */
	{0x00676e697a697571ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* quizing */
	{0x0065657473757274ull, 0x0000000000000000ull, NE_LX_TITLE, 7},	/* trustee */
	{0, 0, 0, 0},
	{0x0000000000657574ull, 0x0000000000000000ull, NE_LX_WEEKDAY, 3},	/* tue */
	{0x0000000068676973ull, 0x0000000000000000ull, NE_LX_CUE, 4},	/* sigh */
	{0x0000747369747261ull, 0x0000000000000000ull, NE_LX_PERSON_NOUN, 6},	/* artist */
	{0x000000796c696164ull, 0x0000000000000000ull, NE_LX_ORG, 5},	/* daily */
	{0x0000657269616c63ull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* claire */
	{0x7265626d65766f6eull, 0x0000000000000000ull, NE_LX_MONTH, 8},	/* november */
	{0x00006465776f7263ull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* crowed */
	{0x0000000061686f64ull, 0x0000000000000000ull, NE_LX_PLACE, 4},	/* doha */
	{0x000000000073706dull, 0x0000000000000000ull, NE_LX_ORG | NE_LX_NOMINAL, 3},	/* mps */
	{0, 0, 0, 0},
	{0x6574616369646e69ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* indicate */
	{0x00006c6163736170ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* pascal */
	{0x0000726f68747561ull, 0x0000000000000000ull, NE_LX_TITLE | NE_LX_PERSON_NOUN, 6},	/* author */
	{0x00676e6968676973ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* sighing */
	{0x0000000000707563ull, 0x0000000000000000ull, NE_LX_ORG, 3},	/* cup */
	{0x6465746e656d616cull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* lamented */
	{0x0000646c616e6f72ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* ronald */
	{0x007469757377616cull, 0x0000000000000000ull, NE_LX_NOMINAL, 7},	/* lawsuit */
	{0x000000007369756cull, 0x0000000000000000ull, NE_LX_FIRST_M, 4},	/* luis */
	{0x696e6f6974756163ull, 0x000000000000676eull, NE_LX_CUE, 10},	/* cautioning */
	{0x727473656863726full, 0x0000000000000061ull, NE_LX_ORG, 9},	/* orchestra */
	{0x00000072656b616dull, 0x0000000000000000ull, NE_LX_ORG_NOUN, 5},	/* maker */
	{0x0000646573616574ull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* teased */
	{0x0000776572646e61ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* andrew */
	{0x7365736f706f7270ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* proposes */
	{0x0000000061627563ull, 0x0000000000000000ull, NE_LX_PLACE, 4},	/* cuba */
	{0x006e65747369726bull, 0x0000000000000000ull, NE_LX_FIRST_F, 7},	/* kristen */
	{0x00000000796d7261ull, 0x0000000000000000ull, NE_LX_ORG, 4},	/* army */
	{0x00726f74616e6573ull, 0x0000000000000000ull, NE_LX_TITLE | NE_LX_NOMINAL, 7},	/* senator */
	{0x00000000736f6f63ull, 0x0000000000000000ull, NE_LX_CUE, 4},	/* coos */
	{0x0000007572756875ull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* uhuru */
	{0x00006f766f736f6bull, 0x0000000000000000ull, NE_LX_PLACE, 6},	/* kosovo */
	{0x0072656e69617274ull, 0x0000000000000000ull, NE_LX_PERSON_NOUN, 7},	/* trainer */
	{0, 0, 0, 0},
	{0x0000006465746963ull, 0x0000000000000000ull, NE_LX_CUE, 5},	/* cited */
	{0x00676e696c696177ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* wailing */
	{0x0065746e65636976ull, 0x0000000000000000ull, NE_LX_FIRST_M, 7},	/* vicente */
	{0x000000736b636f6dull, 0x0000000000000000ull, NE_LX_CUE, 5},	/* mocks */
	{0x6e6f69706d616863ull, 0x0000000000000000ull, NE_LX_PERSON_NOUN, 8},	/* champion */
	{0x0000000000617374ull, 0x0000000000000000ull, NE_LX_KNOWN_ORG, 3},	/* tsa */
	{0x000000616e696c61ull, 0x0000000000000000ull, NE_LX_FIRST_F, 5},	/* alina */
	{0x6569747361626573ull, 0x000000000000006eull, NE_LX_FIRST_M, 9},	/* sebastien */
	{0x72657265646e6177ull, 0x0000000000000073ull, NE_LX_ORG, 9},	/* wanderers */
	{0x000000007370656dull, 0x0000000000000000ull, NE_LX_ORG | NE_LX_NOMINAL, 4},	/* meps */
	{0x000000007372616cull, 0x0000000000000000ull, NE_LX_FIRST_M, 4},	/* lars */
	{0x0000000000006f74ull, 0x0000000000000000ull, NE_LX_NONNAME, 2},	/* to */
	{0x0000000070696b73ull, 0x0000000000000000ull, NE_LX_NONNAME, 4},	/* skip */
	{0x0000000000747363ull, 0x0000000000000000ull, NE_LX_NONNAME, 3},	/* cst */
	{0x6d6873696c676e65ull, 0x0000000000006e61ull, NE_LX_NAT | NE_LX_PERSON_NOUN, 10},	/* englishman */
	{0x676e69746e616863ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* chanting */
	{0x0000616e696c6573ull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* selina */
	{0x72656375646f7270ull, 0x0000000000000000ull, NE_LX_ORG_NOUN, 8},	/* producer */
	{0x0000006e75616873ull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* shaun */
	{0x7a69636974697263ull, 0x0000000000676e69ull, NE_LX_CUE, 11},	/* criticizing */
	{0x65737365666f7270ull, 0x0000000000000073ull, NE_LX_CUE, 9},	/* professes */
	{0x0000000065746f6eull, 0x0000000000000000ull, NE_LX_NONNAME | NE_LX_NOMINAL | NE_LX_STATEMENT, 4},	/* note */
	{0x000000736d616562ull, 0x0000000000000000ull, NE_LX_CUE, 5},	/* beams */
	{0x6e616976696c6f62ull, 0x0000000000000000ull, NE_LX_NAT, 8},	/* bolivian */
	{0x000073727373656dull, 0x0000000000000000ull, NE_LX_ABBREV | NE_LX_ABBREV_TITLE, 6},	/* messrs */
	{0x00000000006a7377ull, 0x0000000000000000ull, NE_LX_KNOWN_ORG, 3},	/* wsj */
	{0x6e61696472617567ull, 0x0000000000000000ull, NE_LX_ORG, 8},	/* guardian */
	{0x0000616b696e6e61ull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* annika */
	{0x0000000069616874ull, 0x0000000000000000ull, NE_LX_NAT, 4},	/* thai */
	{0x6e69737568746e65ull, 0x0000000000000067ull, NE_LX_CUE, 9},	/* enthusing */
	{0x0000007a616e6769ull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* ignaz */
	{0x00000000656b6f6aull, 0x0000000000000000ull, NE_LX_CUE, 4},	/* joke */
	{0x0000736c6174656dull, 0x0000000000000000ull, NE_LX_ORG, 6},	/* metals */
	{0x6e65646973657270ull, 0x007463656c652d74ull, NE_LX_TITLE, 15},	/* president-elect */
	{0x00000000756e656dull, 0x0000000000000000ull, NE_LX_NONNAME, 4},	/* menu */
	{0, 0, 0, 0},
	{0x0000007265687361ull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* asher */
	{0x739980e274616877ull, 0x0000000000000000ull, NE_LX_NONNAME, 8},	/* what’s */
	{0x0000676e69646f6eull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* noding */
	{0x6f6472616e6f656cull, 0x0000000000000000ull, NE_LX_FIRST_M, 8},	/* leonardo */
	{0x0000000000006c65ull, 0x0000000000000000ull, NE_LX_PARTICLE, 2},	/* el */
	{0x006c61726562696cull, 0x0000000000000000ull, NE_LX_NAT | NE_LX_PERSON_NOUN, 7},	/* liberal */
	{0x6573656c6170656eull, 0x0000000000000000ull, NE_LX_NAT, 8},	/* nepalese */
	{0x0000646e756d6465ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* edmund */
	{0x0000000073706572ull, 0x0000000000000000ull, NE_LX_ABBREV | NE_LX_ABBREV_TITLE | NE_LX_TITLE, 4},	/* reps */
	{0x7463697274736964ull, 0x0000000000000000ull, NE_LX_TITLE_MOD, 8},	/* district */
	{0x000074276e646964ull, 0x0000000000000000ull, NE_LX_NONNAME | NE_LX_SKIPADV, 6},	/* didn't */
	{0x7461726574696572ull, 0x0000000000006465ull, NE_LX_CUE, 10},	/* reiterated */
	{0x6e6165706f727565ull, 0x0000000000000000ull, NE_LX_NAT, 8},	/* european */
	{0x61636974696c6f70ull, 0x000000000000006cull, NE_LX_TITLE_MOD, 9},	/* political */
	{0x0000000075726570ull, 0x0000000000000000ull, NE_LX_PLACE, 4},	/* peru */
	{0x00000000796c6e6full, 0x0000000000000000ull, NE_LX_NONNAME, 4},	/* only */
	{0x0000000000617073ull, 0x0000000000000000ull, NE_LX_ORG, 3},	/* spa */
	{0x00000064796f6c66ull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* floyd */
	{0x0000796c67756d73ull, 0x0000000000000000ull, NE_LX_SKIPADV, 6},	/* smugly */
	{0x00006174696c6f6cull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* lolita */
	{0x0000616e61697261ull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* ariana */
	{0x0000000000726c64ull, 0x0000000000000000ull, NE_LX_NONNAME, 3},	/* dlr */
	{0, 0, 0, 0},
	{0x0000666c6f647572ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* rudolf */
	{0x000000000079616aull, 0x0000000000000000ull, NE_LX_FIRST_M, 3},	/* jay */
	{0x64657265646e6f77ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* wondered */
	{0x000000006e617972ull, 0x0000000000000000ull, NE_LX_FIRST_M, 4},	/* ryan */
	{0x00796573646e696cull, 0x0000000000000000ull, NE_LX_FIRST_M, 7},	/* lindsey */
	{0x00006e6f73696c61ull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* alison */
	{0x0072656469736e69ull, 0x0000000000000000ull, NE_LX_NOMINAL, 7},	/* insider */
	{0x7475746974736e69ull, 0x0000000000000065ull, NE_LX_ORG | NE_LX_NOMINAL, 9},	/* institute */
	{0x000000006b72616dull, 0x0000000000000000ull, NE_LX_FIRST_M, 4},	/* mark */
	{0x00000000796e616dull, 0x0000000000000000ull, NE_LX_NONNAME, 4},	/* many */
	{0x7275666b6e617266ull, 0x0000000000000074ull, NE_LX_PLACE, 9},	/* frankfurt */
	{0x7469726f68747561ull, 0x0000000000736569ull, NE_LX_NOMINAL, 11},	/* authorities */
	{0x00696b757374756dull, 0x0000000000000000ull, NE_LX_FIRST_M, 7},	/* mutsuki */
	{0, 0, 0, 0},
	{0x7065656b6c616f67ull, 0x0000000000007265ull, NE_LX_PERSON_NOUN, 10},	/* goalkeeper */
	{0x000000006179616dull, 0x0000000000000000ull, NE_LX_FIRST_F, 4},	/* maya */
	{0x6c72657a74697773ull, 0x0000000000646e61ull, NE_LX_PLACE, 11},	/* switzerland */
	{0x0000676e696b6f6aull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* joking */
	{0x00000000006e6579ull, 0x0000000000000000ull, NE_LX_NONNAME, 3},	/* yen */
	{0x0000676e69676562ull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* beging */
	{0, 0, 0, 0},
	{0x0000006863746177ull, 0x0000000000000000ull, NE_LX_NONNAME, 5},	/* watch */
	{0x000000006d616574ull, 0x0000000000000000ull, NE_LX_ORG | NE_LX_NOMINAL | NE_LX_ORG_NOUN, 4},	/* team */
	{0x776c69636e756f63ull, 0x000000006e616d6full, NE_LX_TITLE | NE_LX_HON_F, 12},	/* councilwoman */
	{0x0000006f757a616bull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* kazuo */
	{0x0064657463616572ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* reacted */
	{0x0000007373616c63ull, 0x0000000000000000ull, NE_LX_NONNAME, 5},	/* class */
	{0x2d726f74616e6573ull, 0x0000007463656c65ull, NE_LX_TITLE, 13},	/* senator-elect */
	{0x00007a73616d6f74ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* tomasz */
	{0x00006563696e7565ull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* eunice */
	{0x000000736c6c6579ull, 0x0000000000000000ull, NE_LX_CUE, 5},	/* yells */
	{0x00000000006e6f6aull, 0x0000000000000000ull, NE_LX_FIRST_M, 3},	/* jon */
	{0x00000000617a6167ull, 0x0000000000000000ull, NE_LX_PLACE, 4},	/* gaza */
	{0x000065696c696d65ull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* emilie */
	{0x6873696e6f6d6461ull, 0x0000000000006465ull, NE_LX_CUE, 10},	/* admonished */
	{0x0000000000006f63ull, 0x0000000000000000ull, NE_LX_ORG | NE_LX_ABBREV, 2},	/* co */
	{0x00007473656e7265ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* ernest */
	{0x000000006b697265ull, 0x0000000000000000ull, NE_LX_FIRST_M, 4},	/* erik */
	{0x0000006f6c6f6170ull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* paolo */
	{0x726f6e7265766f67ull, 0x0000000000000000ull, NE_LX_TITLE | NE_LX_NOMINAL, 8},	/* governor */
	{0x0065696464657266ull, 0x0000000000000000ull, NE_LX_FIRST_M, 7},	/* freddie */
	{0x0072656d6d757264ull, 0x0000000000000000ull, NE_LX_PERSON_NOUN, 7},	/* drummer */
	{0x00006b6361726162ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* barack */
	{0x6e697473656c6170ull, 0x0000000000000065ull, NE_LX_PLACE, 9},	/* palestine */
	{0x000065696c6c656eull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* nellie */
	{0x00006e6f646e616cull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* landon */
	{0x000000000078616dull, 0x0000000000000000ull, NE_LX_FIRST_M, 3},	/* max */
	{0x0072656863616574ull, 0x0000000000000000ull, NE_LX_NOMINAL, 7},	/* teacher */
	{0x0000006d75726f66ull, 0x0000000000000000ull, NE_LX_ORG, 5},	/* forum */
	{0x00796e616d726567ull, 0x0000000000000000ull, NE_LX_PLACE, 7},	/* germany */
	{0x000000616964656dull, 0x0000000000000000ull, NE_LX_TITLE_MOD | NE_LX_ORG, 5},	/* media */
	{0x746169636f737361ull, 0x0000000000000065ull, NE_LX_TITLE_MOD, 9},	/* associate */
	{0x617070696c696870ull, 0x0000000000000000ull, NE_LX_FIRST_F, 8},	/* philippa */
	{0x00000000736f7069ull, 0x0000000000000000ull, NE_LX_NONNAME, 4},	/* ipos */
	{0x726f747365766e69ull, 0x0000000000000000ull, NE_LX_PERSON_NOUN, 8},	/* investor */
	{0x000000616d727562ull, 0x0000000000000000ull, NE_LX_PLACE, 5},	/* burma */
	{0x0079656c746e6562ull, 0x0000000000000000ull, NE_LX_FIRST_M, 7},	/* bentley */
	{0x0072657474757473ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* stutter */
	{0x69646e616c656369ull, 0x0000000000000063ull, NE_LX_NAT, 9},	/* icelandic */
	{0x6169747361626573ull, 0x000000000000006eull, NE_LX_FIRST_M, 9},	/* sebastian */
	{0x656c626269726373ull, 0x0000000000000073ull, NE_LX_CUE, 9},	/* scribbles */
	{0x7472657373616572ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* reassert */
	{0x006b63696e6e6179ull, 0x0000000000000000ull, NE_LX_FIRST_M, 7},	/* yannick */
	{0x6e6f69706d616863ull, 0x0000007370696873ull, NE_LX_ORG, 13},	/* championships */
	{0x0000657272656970ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* pierre */
	{0x0000000000656e6full, 0x0000000000000000ull, NE_LX_NONNAME, 3},	/* one */
	{0x000065636e696572ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* reince */
	{0x0079726577657262ull, 0x0000000000000000ull, NE_LX_ORG, 7},	/* brewery */
	{0x72656d6f74737563ull, 0x0000000000000073ull, NE_LX_NOMINAL, 9},	/* customers */
	{0x00000000656c6f63ull, 0x0000000000000000ull, NE_LX_FIRST_M, 4},	/* cole */
	{0x6570706573756967ull, 0x0000000000000000ull, NE_LX_FIRST_M, 8},	/* giuseppe */
	{0x676e69686775616cull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* laughing */
	{0x00736569726f7473ull, 0x0000000000000000ull, NE_LX_NONNAME, 7},	/* stories */
	{0x6e726f66696c6163ull, 0x0000000000006169ull, NE_LX_PLACE, 10},	/* california */
	{0x00000000656e6567ull, 0x0000000000000000ull, NE_LX_FIRST_M, 4},	/* gene */
	{0x006e6162696c6174ull, 0x0000000000000000ull, NE_LX_KNOWN_ORG, 7},	/* taliban */
	{0x000065636966666full, 0x0000000000000000ull, NE_LX_ORG | NE_LX_NOMINAL, 6},	/* office */
	{0x6e697265646e6f77ull, 0x0000000000000067ull, NE_LX_CUE, 9},	/* wondering */
	{0, 0, 0, 0},
	{0x00006c6562617369ull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* isabel */
	{0x000064656d616562ull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* beamed */
	{0x0000006e6167656dull, 0x0000000000000000ull, NE_LX_FIRST_F, 5},	/* megan */
	{0x72646e616a656c61ull, 0x000000000000006full, NE_LX_FIRST_M, 9},	/* alejandro */
	{0x61646561712d6c61ull, 0x0000000000000000ull, NE_LX_KNOWN_ORG, 8},	/* al-qaeda */
	{0x0073706168726570ull, 0x0000000000000000ull, NE_LX_NONNAME, 7},	/* perhaps */
	{0x0000007964757274ull, 0x0000000000000000ull, NE_LX_FIRST_F, 5},	/* trudy */
	{0x6d69616c636f7270ull, 0x0000000000000073ull, NE_LX_CUE, 9},	/* proclaims */
	{0x646572757463656cull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* lectured */
	{0x766974617265706full, 0x0000000000007365ull, NE_LX_NOMINAL, 10},	/* operatives */
	{0x0000006c756f6573ull, 0x0000000000000000ull, NE_LX_PLACE, 5},	/* seoul */
	{0x6565796f6c706d65ull, 0x0000000000000000ull, NE_LX_NOMINAL, 8},	/* employee */
	{0, 0, 0, 0},
	{0x000000726568746full, 0x0000000000000000ull, NE_LX_NONNAME, 5},	/* other */
	{0x6e696d726f666e69ull, 0x0000000000000067ull, NE_LX_CUE, 9},	/* informing */
	{0x72696863696e756aull, 0x000000000000006full, NE_LX_FIRST_M, 9},	/* junichiro */
	{0x000000006e69616dull, 0x0000000000000000ull, NE_LX_NONNAME, 4},	/* main */
	{0x72616c7563726963ull, 0x0000000000000000ull, NE_LX_NOMINAL | NE_LX_STATEMENT, 8},	/* circular */
	{0x0064657275737361ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* assured */
	{0x000000656e6f656cull, 0x0000000000000000ull, NE_LX_PLACE, 5},	/* leone */
	{0x00646574616f6c67ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* gloated */
	{0x657a696e6167726full, 0x0000000000007372ull, NE_LX_NOMINAL, 10},	/* organizers */
	{0x006f676163696863ull, 0x0000000000000000ull, NE_LX_PLACE, 7},	/* chicago */
	{0x6c617a6972756261ull, 0x0000000000000000ull, NE_LX_FIRST_M, 8},	/* aburizal */
	{0x6373696e696d6572ull, 0x0000000000007365ull, NE_LX_CUE, 10},	/* reminisces */
	{0x0000006874726f6eull, 0x0000000000000000ull, NE_LX_TITLE_MOD | NE_LX_PLACE, 5},	/* north */
	{0x736e6f6974756163ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* cautions */
	{0x676e6967656c6c61ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* alleging */
	{0x6169646973627573ull, 0x0000000000007972ull, NE_LX_CORP_OF | NE_LX_CORP_NOUN, 10},	/* subsidiary */
	{0x6e69747570736964ull, 0x0000000000000067ull, NE_LX_CUE, 9},	/* disputing */
	{0x0073726961666661ull, 0x0000000000000000ull, NE_LX_TITLE_MOD, 7},	/* affairs */
	{0x646565667a7a7562ull, 0x0000000000000000ull, NE_LX_KNOWN_ORG, 8},	/* buzzfeed */
	{0x0065636976726573ull, 0x0000000000000000ull, NE_LX_ORG, 7},	/* service */
	{0x6c656874656e6f6eull, 0x0000000000737365ull, NE_LX_NONNAME, 11},	/* nonetheless */
	{0x0000006e6572616bull, 0x0000000000000000ull, NE_LX_FIRST_F, 5},	/* karen */
	{0x6572617774666f73ull, 0x0000000000000000ull, NE_LX_ORG, 8},	/* software */
	{0x00656e696c756170ull, 0x0000000000000000ull, NE_LX_FIRST_F, 7},	/* pauline */
	{0x000000656c696863ull, 0x0000000000000000ull, NE_LX_PLACE, 5},	/* chile */
	{0x0000006e61737573ull, 0x0000000000000000ull, NE_LX_FIRST_F, 5},	/* susan */
	{0x006e61696e736f62ull, 0x0000000000000000ull, NE_LX_NAT, 7},	/* bosnian */
	{0x0000000074736165ull, 0x0000000000000000ull, NE_LX_TITLE_MOD | NE_LX_PLACE, 4},	/* east */
	{0x0000646570697267ull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* griped */
	{0x0000000061636972ull, 0x0000000000000000ull, NE_LX_PLACE, 4},	/* rica */
	{0x000073656e69706full, 0x0000000000000000ull, NE_LX_CUE, 6},	/* opines */
	{0x656372656d6d6f63ull, 0x0000000000000000ull, NE_LX_TITLE_MOD, 8},	/* commerce */
	{0x65756e69746e6f63ull, 0x0000000000000000ull, NE_LX_CUE | NE_LX_NONNAME, 8},	/* continue */
	{0x0072657461656874ull, 0x0000000000000000ull, NE_LX_ORG, 7},	/* theater */
	{0x0064756f6d68616dull, 0x0000000000000000ull, NE_LX_FIRST_M, 7},	/* mahmoud */
	{0x00000069736c7574ull, 0x0000000000000000ull, NE_LX_FIRST_F, 5},	/* tulsi */
	{0x00656c6369747261ull, 0x0000000000000000ull, NE_LX_NOMINAL, 7},	/* article */
	{0x000000646c697567ull, 0x0000000000000000ull, NE_LX_ORG, 5},	/* guild */
	{0x0000000000636262ull, 0x0000000000000000ull, NE_LX_KNOWN_ORG, 3},	/* bbc */
	{0x726f666572656874ull, 0x0000000000000065ull, NE_LX_NONNAME, 9},	/* therefore */
	{0x007372656461656cull, 0x0000000000000000ull, NE_LX_NOMINAL, 7},	/* leaders */
	{0x0000737265766f72ull, 0x0000000000000000ull, NE_LX_ORG, 6},	/* rovers */
	{0x6f63737265646e75ull, 0x00000000676e6972ull, NE_LX_CUE, 12},	/* underscoring */
	{0x726566696e6e656aull, 0x0000000000000000ull, NE_LX_FIRST_F, 8},	/* jennifer */
	{0x0000737269656874ull, 0x0000000000000000ull, NE_LX_PRON_PL, 6},	/* theirs */
	{0x006e61656c696863ull, 0x0000000000000000ull, NE_LX_NAT, 7},	/* chilean */
	{0x0000000000696c61ull, 0x0000000000000000ull, NE_LX_FIRST_M, 3},	/* ali */
	{0x7972616d65736f72ull, 0x0000000000000000ull, NE_LX_FIRST_F, 8},	/* rosemary */
	{0x657463656c666572ull, 0x0000000000000064ull, NE_LX_CUE, 9},	/* reflected */
	{0x0000000000766f6eull, 0x0000000000000000ull, NE_LX_MONTH | NE_LX_ABBREV, 3},	/* nov */
	{0, 0, 0, 0},
	{0x6873696e6f6d6461ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* admonish */
	{0x0000737265797562ull, 0x0000000000000000ull, NE_LX_NOMINAL, 6},	/* buyers */
	{0x7265626d65636564ull, 0x0000000000000000ull, NE_LX_MONTH, 8},	/* december */
	{0x6d6f7773746f6373ull, 0x0000000000006e61ull, NE_LX_NAT | NE_LX_PERSON_NOUN, 10},	/* scotswoman */
	{0x006e616d73746162ull, 0x0000000000000000ull, NE_LX_PERSON_NOUN, 7},	/* batsman */
	{0, 0, 0, 0},
	{0x0000006c65646966ull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* fidel */
	{0x000000616964616eull, 0x0000000000000000ull, NE_LX_FIRST_F, 5},	/* nadia */
	{0x000064656c696172ull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* railed */
	{0x000000796874616bull, 0x0000000000000000ull, NE_LX_FIRST_F, 5},	/* kathy */
	{0x0000000000006f64ull, 0x0000000000000000ull, NE_LX_NONNAME | NE_LX_SKIPADV, 2},	/* do */
	{0x000072656b726f79ull, 0x0000000000000000ull, NE_LX_NAT | NE_LX_PERSON_NOUN, 6},	/* yorker */
	{0x6e6f697463656c65ull, 0x0000000000000000ull, NE_LX_NONNAME, 8},	/* election */
	{0x73746e656d6d6f63ull, 0x0000000000000000ull, NE_LX_STATEMENT, 8},	/* comments */
	{0x0000696863696f6bull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* koichi */
	{0x65696e616874616eull, 0x000000000000006cull, NE_LX_FIRST_M, 9},	/* nathaniel */
	{0x0000656e6e61656aull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* jeanne */
	{0x007265646e756f66ull, 0x0000000000000000ull, NE_LX_TITLE, 7},	/* founder */
	{0x0000646572616f72ull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* roared */
	{0x00006e6572726164ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* darren */
	{0x0061696c6174616eull, 0x0000000000000000ull, NE_LX_FIRST_F, 7},	/* natalia */
	{0x00000065636e6976ull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* vince */
	{0x657070696c696870ull, 0x0000000000000000ull, NE_LX_FIRST_M, 8},	/* philippe */
	{0x007265626f74636full, 0x0000000000000000ull, NE_LX_MONTH, 7},	/* october */
	{0x637365636e617266ull, 0x000000000000006full, NE_LX_FIRST_M, 9},	/* francesco */
	{0x6f7461726f62616cull, 0x0000000073656972ull, NE_LX_ORG, 12},	/* laboratories */
	{0x6e69776f6c6c6562ull, 0x0000000000000067ull, NE_LX_CUE, 9},	/* bellowing */
	{0x73656e696c726961ull, 0x0000000000000000ull, NE_LX_ORG, 8},	/* airlines */
	{0x000073616d6f6874ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* thomas */
	{0x7365726975716e69ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* inquires */
	{0x6c616e6f6974616eull, 0x0000000000000000ull, NE_LX_TITLE_MOD | NE_LX_NAT, 8},	/* national */
	{0x000064656d616c73ull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* slamed */
	{0x7473657061647562ull, 0x0000000000000000ull, NE_LX_PLACE, 8},	/* budapest */
	{0x0064726168636972ull, 0x0000000000000000ull, NE_LX_FIRST_M, 7},	/* richard */
	{0x0000656c626d756dull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* mumble */
	{0x0000006171716172ull, 0x0000000000000000ull, NE_LX_PLACE, 5},	/* raqqa */
	{0x64616f726c696172ull, 0x0000000000000000ull, NE_LX_ORG, 8},	/* railroad */
	{0x0000000073776f76ull, 0x0000000000000000ull, NE_LX_CUE, 4},	/* vows */
	{0x00000072656e696dull, 0x0000000000000000ull, NE_LX_ORG_NOUN, 5},	/* miner */
	{0x0000006e6974616cull, 0x0000000000000000ull, NE_LX_NAT, 5},	/* latin */
	{0x61696e65766f6c73ull, 0x000000000000006eull, NE_LX_NAT, 9},	/* slovenian */
	{0x0000686169736f6aull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* josiah */
	{0x000000006c696177ull, 0x0000000000000000ull, NE_LX_CUE, 4},	/* wail */
	{0x0000000000736270ull, 0x0000000000000000ull, NE_LX_KNOWN_ORG, 3},	/* pbs */
	{0x00000000646e7566ull, 0x0000000000000000ull, NE_LX_ORG, 4},	/* fund */
	{0x0000726f74636f64ull, 0x0000000000000000ull, NE_LX_TITLE | NE_LX_PERSON_NOUN, 6},	/* doctor */
	{0x0000617269646e69ull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* indira */
	{0x65776261626d697aull, 0x0000000000006e61ull, NE_LX_NAT, 10},	/* zimbabwean */
	{0x0000007961646f74ull, 0x0000000000000000ull, NE_LX_ORG | NE_LX_NONNAME, 5},	/* today */
	{0x6867696c68676968ull, 0x00000000676e6974ull, NE_LX_CUE, 12},	/* highlighting */
	{0x006c6167656e6573ull, 0x0000000000000000ull, NE_LX_PLACE, 7},	/* senegal */
	{0x0000000075616562ull, 0x0000000000000000ull, NE_LX_FIRST_M, 4},	/* beau */
	{0x74616c7563657073ull, 0x0000000000007365ull, NE_LX_CUE, 10},	/* speculates */
	{0x0000646479666164ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* dafydd */
	{0x000000006e6f7075ull, 0x0000000000000000ull, NE_LX_NONNAME, 4},	/* upon */
	{0x79646f62656d6f73ull, 0x0000000000000000ull, NE_LX_NONNAME, 8},	/* somebody */
	{0x6574636964657270ull, 0x0000000000000064ull, NE_LX_CUE, 9},	/* predicted */
	{0x6962697263736564ull, 0x000000000000676eull, NE_LX_CUE, 10},	/* describing */
	{0x74616c7563657073ull, 0x0000000000000065ull, NE_LX_CUE, 9},	/* speculate */
	{0x000000006e737361ull, 0x0000000000000000ull, NE_LX_ABBREV, 4},	/* assn */
	{0x6e696c6165707061ull, 0x0000000000000067ull, NE_LX_CUE, 9},	/* appealing */
	{0x0000000069666f6bull, 0x0000000000000000ull, NE_LX_FIRST_M, 4},	/* kofi */
	{0x0000736570697267ull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* gripes */
	{0x0000006465746f6eull, 0x0000000000000000ull, NE_LX_CUE, 5},	/* noted */
	{0x646e61736b656c6full, 0x0000000000000072ull, NE_LX_FIRST_M, 9},	/* oleksandr */
	{0x00006e657275616cull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* lauren */
	{0x007265696d657270ull, 0x0000000000000000ull, NE_LX_TITLE, 7},	/* premier */
	{0x6974636572726f63ull, 0x000000000000676eull, NE_LX_CUE, 10},	/* correcting */
	{0x696c617274737561ull, 0x0000000000000061ull, NE_LX_PLACE, 9},	/* australia */
	{0x0000796c74616c66ull, 0x0000000000000000ull, NE_LX_SKIPADV, 6},	/* flatly */
	{0x000000656f6c6863ull, 0x0000000000000000ull, NE_LX_FIRST_F, 5},	/* chloe */
	{0, 0, 0, 0}, {0, 0, 0, 0},
	{0x00000073616c6973ull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* silas */
	{0x0064656c626d756dull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* mumbled */
	{0x0000726574736973ull, 0x0000000000000000ull, NE_LX_HON_F | NE_LX_NOMINAL, 6},	/* sister */
	{0x7374636964657270ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* predicts */
	{0x0065696c72616863ull, 0x0000000000000000ull, NE_LX_FIRST_M, 7},	/* charlie */
	{0x64656d7269666661ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* affirmed */
	{0x656b616d6d6c6966ull, 0x0000000000000072ull, NE_LX_PERSON_NOUN, 9},	/* filmmaker */
	{0x006e696173737568ull, 0x0000000000000000ull, NE_LX_FIRST_M, 7},	/* hussain */
	{0x00736d7269666661ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* affirms */
	{0x000000006164746cull, 0x0000000000000000ull, NE_LX_ORG, 4},	/* ltda */
	{0x0000736e65657571ull, 0x0000000000000000ull, NE_LX_PLACE, 6},	/* queens */
	{0x7461726f70726f63ull, 0x00000000006e6f69ull, NE_LX_ORG, 11},	/* corporation */
	{0x00726f6e61656c65ull, 0x0000000000000000ull, NE_LX_FIRST_F, 7},	/* eleanor */
	{0x65756e69746e6f63ull, 0x0000000000000073ull, NE_LX_CUE, 9},	/* continues */
	{0x6f746963696c6f73ull, 0x0000000000000072ull, NE_LX_TITLE | NE_LX_TITLE_MOD, 9},	/* solicitor */
	{0x00006e6f7378616aull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* jaxson */
	{0x0064656764656c70ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* pledged */
	{0, 0, 0, 0},
	{0x000000006e616564ull, 0x0000000000000000ull, NE_LX_TITLE | NE_LX_FIRST_M, 4},	/* dean */
	{0x000000696f6e6168ull, 0x0000000000000000ull, NE_LX_PLACE, 5},	/* hanoi */
	{0x00656d6572707573ull, 0x0000000000000000ull, NE_LX_TITLE_MOD, 7},	/* supreme */
	{0x7375616c6f6b696eull, 0x0000000000000000ull, NE_LX_FIRST_M, 8},	/* nikolaus */
	{0x0000636974697263ull, 0x0000000000000000ull, NE_LX_NOMINAL, 6},	/* critic */
	{0x0000007972726567ull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* gerry */
	{0x00676e69746f7571ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* quoting */
	{0x00000000676e696bull, 0x0000000000000000ull, NE_LX_TITLE | NE_LX_HON_M, 4},	/* king */
	{0x676e697265656863ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* cheering */
	{0x00000072696d6173ull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* samir */
	{0x676e69746c757865ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* exulting */
	{0x000079656c73656cull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* lesley */
	{0x0000746964657263ull, 0x0000000000000000ull, NE_LX_NONNAME, 6},	/* credit */
	{0x0000646e616c6f72ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* roland */
	{0x0000000000657261ull, 0x0000000000000000ull, NE_LX_NONNAME | NE_LX_SKIPADV, 3},	/* are */
	{0x007473696c637963ull, 0x0000000000000000ull, NE_LX_PERSON_NOUN, 7},	/* cyclist */
	{0x006b61687a746979ull, 0x0000000000000000ull, NE_LX_FIRST_M, 7},	/* yitzhak */
	{0x0000006572656877ull, 0x0000000000000000ull, NE_LX_NONNAME, 5},	/* where */
	{0x000000656974616bull, 0x0000000000000000ull, NE_LX_FIRST_F, 5},	/* katie */
	{0x0000656c6f63696eull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* nicole */
	{0x000000797272656aull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* jerry */
	{0x000000617265706full, 0x0000000000000000ull, NE_LX_ORG, 5},	/* opera */
	{0x64656e616f6d6562ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* bemoaned */
	{0x0000656d75736572ull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* resume */
	{0x7372656972726163ull, 0x0000000000000000ull, NE_LX_NOMINAL, 8},	/* carriers */
	{0x6e65746165726874ull, 0x0000000000676e69ull, NE_LX_CUE, 11},	/* threatening */
	{0x0061646e6963616aull, 0x0000000000000000ull, NE_LX_FIRST_F, 7},	/* jacinda */
	{0x7461756e69736e69ull, 0x0000000000676e69ull, NE_LX_CUE, 11},	/* insinuating */
	{0x7669746365746564ull, 0x0000000000000065ull, NE_LX_TITLE, 9},	/* detective */
	{0x00007365726f7473ull, 0x0000000000000000ull, NE_LX_ORG, 6},	/* stores */
	{0x0000756165727562ull, 0x0000000000000000ull, NE_LX_ORG, 6},	/* bureau */
	{0x6972707265746e65ull, 0x0000000000736573ull, NE_LX_ORG, 11},	/* enterprises */
	{0x0000000000007369ull, 0x0000000000000000ull, NE_LX_NONNAME | NE_LX_SKIPADV, 2},	/* is */
	{0x0065757169726e65ull, 0x0000000000000000ull, NE_LX_FIRST_M, 7},	/* enrique */
	{0x00000079616a6976ull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* vijay */
	{0x000061746976616bull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* kavita */
	{0x0000000000736263ull, 0x0000000000000000ull, NE_LX_KNOWN_ORG, 3},	/* cbs */
	{0x6c65757a656e6576ull, 0x0000000000000061ull, NE_LX_PLACE, 9},	/* venezuela */
	{0x696e6d65646e6f63ull, 0x000000000000676eull, NE_LX_CUE, 10},	/* condemning */
	{0x0000000000006e6full, 0x0000000000000000ull, NE_LX_NONNAME, 2},	/* on */
	{0x63656a7265746e69ull, 0x0000000000007374ull, NE_LX_CUE, 10},	/* interjects */
	{0x000069757163616aull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* jacqui */
	{0, 0, 0, 0},
	{0x0000000073737572ull, 0x0000000000000000ull, NE_LX_FIRST_M, 4},	/* russ */
	{0x0000000072657661ull, 0x0000000000000000ull, NE_LX_CUE, 4},	/* aver */
	{0x0074656e69626163ull, 0x0000000000000000ull, NE_LX_ORG, 7},	/* cabinet */
	{0x657373656e746977ull, 0x0000000000000073ull, NE_LX_NOMINAL, 9},	/* witnesses */
	{0x0000676e69767269ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* irving */
	{0x006e616369726661ull, 0x0000000000000000ull, NE_LX_NAT, 7},	/* african */
	{0x0000007368676973ull, 0x0000000000000000ull, NE_LX_CUE, 5},	/* sighs */
	{0x6e69686361657270ull, 0x0000000000000067ull, NE_LX_CUE, 9},	/* preaching */
	{0x0000006f6c726163ull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* carlo */
	{0x656e697a6167616dull, 0x0000000000000000ull, NE_LX_ORG | NE_LX_NOMINAL, 8},	/* magazine */
	{0x00746e65746e6f63ull, 0x0000000000000000ull, NE_LX_NONNAME, 7},	/* content */
	{0x000065636e697270ull, 0x0000000000000000ull, NE_LX_TITLE | NE_LX_HON_M, 6},	/* prince */
	{0x6e6972656874616bull, 0x0000000000000065ull, NE_LX_FIRST_F, 9},	/* katherine */
	{0x00000000006c6f63ull, 0x0000000000000000ull, NE_LX_TITLE | NE_LX_ABBREV | NE_LX_ABBREV_TITLE, 3},	/* col */
	{0x00006574616e6573ull, 0x0000000000000000ull, NE_LX_TITLE_MOD | NE_LX_ORG | NE_LX_KNOWN_ORG, 6},	/* senate */
	{0x00646e616c657269ull, 0x0000000000000000ull, NE_LX_PLACE, 7},	/* ireland */
	{0x74616469646e6163ull, 0x0000000000000065ull, NE_LX_TITLE | NE_LX_NOMINAL, 9},	/* candidate */
	{0x73736572676e6f63ull, 0x00000000006e616dull, NE_LX_TITLE | NE_LX_HON_M, 11},	/* congressman */
	{0, 0, 0, 0},
	{0x000000796c706d69ull, 0x0000000000000000ull, NE_LX_CUE, 5},	/* imply */
	{0x0064616574736e69ull, 0x0000000000000000ull, NE_LX_NONNAME, 7},	/* instead */
	{0x006861726f626564ull, 0x0000000000000000ull, NE_LX_FIRST_F, 7},	/* deborah */
	{0x0000616962726573ull, 0x0000000000000000ull, NE_LX_PLACE, 6},	/* serbia */
	{0x676e696d75736572ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* resuming */
	{0x0000006e69617073ull, 0x0000000000000000ull, NE_LX_PLACE, 5},	/* spain */
	{0x74636166756e616dull, 0x0000007372657275ull, NE_LX_NOMINAL, 13},	/* manufacturers */
	{0x00000000656c6f70ull, 0x0000000000000000ull, NE_LX_NAT | NE_LX_PERSON_NOUN, 4},	/* pole */
	{0x00000074696d6461ull, 0x0000000000000000ull, NE_LX_CUE, 5},	/* admit */
	{0x00006867756f6874ull, 0x0000000000000000ull, NE_LX_NONNAME, 6},	/* though */
	{0x6e656d6574617473ull, 0x0000000000007374ull, NE_LX_STATEMENT, 10},	/* statements */
	{0x00006c7972726164ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* darryl */
	{0x00657474656e6e61ull, 0x0000000000000000ull, NE_LX_FIRST_F, 7},	/* annette */
	{0x006f6e6166657473ull, 0x0000000000000000ull, NE_LX_FIRST_M, 7},	/* stefano */
	{0x00006169766c7973ull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* sylvia */
	{0x656b616d67757264ull, 0x0000000000000072ull, NE_LX_ORG_NOUN, 9},	/* drugmaker */
	{0x0064656772616863ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* charged */
	{0x73726569646c6f73ull, 0x0000000000000000ull, NE_LX_NOMINAL, 8},	/* soldiers */
	{0x006e696c6d65726bull, 0x0000000000000000ull, NE_LX_ORG | NE_LX_KNOWN_ORG, 7},	/* kremlin */
	{0x0000776f63736f6dull, 0x0000000000000000ull, NE_LX_PLACE, 6},	/* moscow */
	{0x00000074756f6873ull, 0x0000000000000000ull, NE_LX_CUE, 5},	/* shout */
	{0x000061696c756967ull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* giulia */
	{0x6169636e616e6966ull, 0x000000000000006cull, NE_LX_ORG, 9},	/* financial */
	{0x7075727265746e69ull, 0x0000000000007374ull, NE_LX_CUE, 10},	/* interrupts */
	{0, 0, 0, 0},
	{0x0000000079626f74ull, 0x0000000000000000ull, NE_LX_FIRST_M, 4},	/* toby */
	{0x0000647261776465ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* edward */
	{0x00006e6f646e6f6cull, 0x0000000000000000ull, NE_LX_PLACE, 6},	/* london */
	{0x69747365746f7270ull, 0x000000000000676eull, NE_LX_CUE, 10},	/* protesting */
	{0x000073706f6f7274ull, 0x0000000000000000ull, NE_LX_NOMINAL, 6},	/* troops */
	{0x0000006f6574616dull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* mateo */
	{0x0000646565646e69ull, 0x0000000000000000ull, NE_LX_NONNAME, 6},	/* indeed */
	{0x000000006b6e6168ull, 0x0000000000000000ull, NE_LX_FIRST_M, 4},	/* hank */
	{0x006472616e726562ull, 0x0000000000000000ull, NE_LX_FIRST_M, 7},	/* bernard */
	{0x646567617373656dull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* messaged */
	{0x0072616c75706f70ull, 0x0000000000000000ull, NE_LX_NONNAME, 7},	/* popular */
	{0x646574617272616eull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* narrated */
	{0x65636e6572616c63ull, 0x0000000000000000ull, NE_LX_FIRST_M, 8},	/* clarence */
	{0x00000000006c7063ull, 0x0000000000000000ull, NE_LX_ABBREV | NE_LX_ABBREV_TITLE, 3},	/* cpl */
	{0x006e696174706163ull, 0x0000000000000000ull, NE_LX_TITLE | NE_LX_PERSON_NOUN, 7},	/* captain */
	{0x7473696e696d6461ull, 0x00006e6f69746172ull, NE_LX_ORG | NE_LX_NOMINAL, 14},	/* administration */
	{0x6f63737265646e75ull, 0x0000000000006572ull, NE_LX_CUE, 10},	/* underscore */
	{0x73726570706f6873ull, 0x0000000000000000ull, NE_LX_NOMINAL, 8},	/* shoppers */
	{0x676e6974616f6c67ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* gloating */
	{0x0074696f72746564ull, 0x0000000000000000ull, NE_LX_PLACE, 7},	/* detroit */
	{0x0073656764656c70ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* pledges */
	{0x0000736472617567ull, 0x0000000000000000ull, NE_LX_ORG, 6},	/* guards */
	{0x0000006567616d69ull, 0x0000000000000000ull, NE_LX_NONNAME, 5},	/* image */
	{0x73696f6e696c6c69ull, 0x0000000000000000ull, NE_LX_PLACE, 8},	/* illinois */
	{0x00000000006e6e61ull, 0x0000000000000000ull, NE_LX_FIRST_F, 3},	/* ann */
	{0x00676e696c6c6163ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* calling */
	{0, 0, 0, 0},
	{0x0000006e6f6c6173ull, 0x0000000000000000ull, NE_LX_KNOWN_ORG, 5},	/* salon */
	{0x6573736572646461ull, 0x0000000000000064ull, NE_LX_CUE, 9},	/* addressed */
	{0x00000000006e6169ull, 0x0000000000000000ull, NE_LX_FIRST_M, 3},	/* ian */
	{0x73756f6976657270ull, 0x000000000000796cull, NE_LX_SKIPADV, 10},	/* previously */
	{0x006867756f726874ull, 0x0000000000000000ull, NE_LX_NONNAME, 7},	/* through */
	{0x000000000000746dull, 0x0000000000000000ull, NE_LX_ABBREV, 2},	/* mt */
	{0x0072656b61657073ull, 0x0000000000000000ull, NE_LX_TITLE, 7},	/* speaker */
	{0x00616e697472616dull, 0x0000000000000000ull, NE_LX_FIRST_F, 7},	/* martina */
	{0x000000007374656cull, 0x0000000000000000ull, NE_LX_NONNAME, 4},	/* lets */
	{0x00006e656963756cull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* lucien */
	{0x00676e696f686365ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* echoing */
	{0x0000006863657a63ull, 0x0000000000000000ull, NE_LX_NAT, 5},	/* czech */
	{0x000064656b636f6dull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* mocked */
	{0x00006e6974737564ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* dustin */
	{0x0000000074696d61ull, 0x0000000000000000ull, NE_LX_FIRST_M, 4},	/* amit */
	{0x000000000074646dull, 0x0000000000000000ull, NE_LX_NONNAME, 3},	/* mdt */
	{0x00000000006d6164ull, 0x0000000000000000ull, NE_LX_PLACE, 3},	/* dam */
	{0x00006465776f7661ull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* avowed */
	{0x676e69646e657274ull, 0x0000000000000000ull, NE_LX_NONNAME, 8},	/* trending */
	{0x636e6174736e6f63ull, 0x0000000000000065ull, NE_LX_FIRST_F, 9},	/* constance */
	{0x0000726f696e6573ull, 0x0000000000000000ull, NE_LX_TITLE_MOD, 6},	/* senior */
	{0x74616d6f6c706964ull, 0x0000000000000073ull, NE_LX_NOMINAL, 9},	/* diplomats */
	{0x000000646c756f63ull, 0x0000000000000000ull, NE_LX_NONNAME | NE_LX_SKIPADV, 5},	/* could */
	{0x00616e6169746174ull, 0x0000000000000000ull, NE_LX_FIRST_F, 7},	/* tatiana */
	{0x79617764616f7262ull, 0x0000000000000000ull, NE_LX_PLACE, 8},	/* broadway */
	{0, 0, 0, 0},
	{0x00006e61696d6164ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* damian */
	{0x00000000656b756cull, 0x0000000000000000ull, NE_LX_FIRST_M, 4},	/* luke */
	{0x0000000061726173ull, 0x0000000000000000ull, NE_LX_FIRST_F, 4},	/* sara */
	{0, 0, 0, 0},
	{0x000000656764756aull, 0x0000000000000000ull, NE_LX_TITLE | NE_LX_NOMINAL, 5},	/* judge */
	{0x6d69616c636f7270ull, 0x0000000000006465ull, NE_LX_CUE, 10},	/* proclaimed */
	{0x0000737469736f70ull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* posits */
	{0x0000656469766164ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* davide */
	{0x6e616d6972706572ull, 0x0000000000646564ull, NE_LX_CUE, 11},	/* reprimanded */
	{0x0073657369766461ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* advises */
	{0x0000747265707572ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* rupert */
	{0x6e6f6f72656d6163ull, 0x0000000000000000ull, NE_LX_PLACE, 8},	/* cameroon */
	{0x0000000073736f62ull, 0x0000000000000000ull, NE_LX_TITLE | NE_LX_PERSON_NOUN, 4},	/* boss */
	{0x6e696c657672616dull, 0x0000000000000067ull, NE_LX_CUE, 9},	/* marveling */
	{0x0079656c64617262ull, 0x0000000000000000ull, NE_LX_FIRST_M, 7},	/* bradley */
	{0, 0, 0, 0},
	{0x0000006d7568616eull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* nahum */
	{0x0000000000796162ull, 0x0000000000000000ull, NE_LX_PLACE, 3},	/* bay */
	{0x00746867756f6874ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* thought */
	{0x0000656e6972616dull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* marine */
	{0x000000006c6c6962ull, 0x0000000000000000ull, NE_LX_FIRST_M, 4},	/* bill */
	{0x6e61696e6f747365ull, 0x0000000000000000ull, NE_LX_NAT, 8},	/* estonian */
	{0x0000006361617369ull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* isaac */
	{0x7961647372756874ull, 0x0000000000000000ull, NE_LX_WEEKDAY, 8},	/* thursday */
	{0x0000616b73616c61ull, 0x0000000000000000ull, NE_LX_PLACE, 6},	/* alaska */
	{0x0072656976696c6full, 0x0000000000000000ull, NE_LX_FIRST_M, 7},	/* olivier */
	{0x000000006e657673ull, 0x0000000000000000ull, NE_LX_FIRST_M, 4},	/* sven */
	{0x726567616c6c6976ull, 0x0000000000000073ull, NE_LX_NOMINAL, 9},	/* villagers */
	{0x797469726f6e696dull, 0x0000000000000000ull, NE_LX_TITLE_MOD, 8},	/* minority */
	{0x0000737265646e61ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* anders */
	{0x0000006964696568ull, 0x0000000000000000ull, NE_LX_FIRST_F, 5},	/* heidi */
	{0x6972706f72707061ull, 0x0000736e6f697461ull, NE_LX_TITLE_MOD, 14},	/* appropriations */
	{0x000000656d697270ull, 0x0000000000000000ull, NE_LX_TITLE_MOD, 5},	/* prime */
	{0x000079656b727574ull, 0x0000000000000000ull, NE_LX_PLACE, 6},	/* turkey */
	{0x65746e6172617567ull, 0x0000000000006465ull, NE_LX_CUE, 10},	/* guaranteed */
	{0x7571696e696d6f64ull, 0x0000000000000065ull, NE_LX_FIRST_M, 9},	/* dominique */
	{0x00000079726f7473ull, 0x0000000000000000ull, NE_LX_NONNAME, 5},	/* story */
	{0x007972617262696cull, 0x0000000000000000ull, NE_LX_ORG, 7},	/* library */
	{0x00000000736c696eull, 0x0000000000000000ull, NE_LX_FIRST_M, 4},	/* nils */
	{0x000061646e617772ull, 0x0000000000000000ull, NE_LX_PLACE, 6},	/* rwanda */
	{0x0000006e65646961ull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* aiden */
	{0x0061646c6974616dull, 0x0000000000000000ull, NE_LX_FIRST_F, 7},	/* matilda */
	{0x0079656c6c656873ull, 0x0000000000000000ull, NE_LX_FIRST_F, 7},	/* shelley */
	{0x0000007361786574ull, 0x0000000000000000ull, NE_LX_PLACE, 5},	/* texas */
	{0x006d69616c637865ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* exclaim */
	{0x0000657369756f6cull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* louise */
	{0x000000000073616cull, 0x0000000000000000ull, NE_LX_PLACE, 3},	/* las */
	{0x0000000000636566ull, 0x0000000000000000ull, NE_LX_KNOWN_ORG, 3},	/* fec */
	{0x6164726574736d61ull, 0x000000000000006dull, NE_LX_PLACE, 9},	/* amsterdam */
	{0x69747265706f7270ull, 0x0000000000007365ull, NE_LX_ORG, 10},	/* properties */
	{0x0000686169617369ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* isaiah */
	{0x0000737473616c62ull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* blasts */
	{0, 0, 0, 0},
	{0x61767265736e6f63ull, 0x0000000065766974ull, NE_LX_NAT | NE_LX_PERSON_NOUN, 12},	/* conservative */
	{0x006d7569676c6562ull, 0x0000000000000000ull, NE_LX_PLACE, 7},	/* belgium */
	{0x696c65736e756f63ull, 0x000000000000676eull, NE_LX_CUE, 10},	/* counseling */
	{0x6e697463656a626full, 0x0000000000000067ull, NE_LX_CUE, 9},	/* objecting */
	{0x796c626d65737361ull, 0x0000000000000000ull, NE_LX_ORG, 8},	/* assembly */
	{0x000000626f63616aull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* jacob */
	{0x00006172616b6e61ull, 0x0000000000000000ull, NE_LX_PLACE, 6},	/* ankara */
	{0x00000000656e696eull, 0x0000000000000000ull, NE_LX_NONNAME, 4},	/* nine */
	{0x0000727568747261ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* arthur */
	{0x6972657073696877ull, 0x000000000000676eull, NE_LX_CUE, 10},	/* whispering */
	{0x0000726f74736170ull, 0x0000000000000000ull, NE_LX_TITLE, 6},	/* pastor */
	{0x6e75676573756c6full, 0x0000000000000000ull, NE_LX_FIRST_M, 8},	/* olusegun */
	{0x007365757163616aull, 0x0000000000000000ull, NE_LX_FIRST_M, 7},	/* jacques */
	{0x61746c75736e6f63ull, 0x000000000073746eull, NE_LX_NOMINAL, 11},	/* consultants */
	{0x0000736565726761ull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* agrees */
	{0x00006f6964757473ull, 0x0000000000000000ull, NE_LX_ORG_NOUN, 6},	/* studio */
	{0x00000070756f7267ull, 0x0000000000000000ull, NE_LX_ORG | NE_LX_NOMINAL | NE_LX_ORG_NOUN, 5},	/* group */
	{0x7972757361657274ull, 0x0000000000000000ull, NE_LX_TITLE_MOD, 8},	/* treasury */
	{0x00686179696c6161ull, 0x0000000000000000ull, NE_LX_FIRST_F, 7},	/* aaliyah */
	{0x00736c657672616dull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* marvels */
	{0x00000000776f7661ull, 0x0000000000000000ull, NE_LX_CUE, 4},	/* avow */
	{0x64656c6c61636572ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* recalled */
	{0x7372657073696877ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* whispers */
	{0x000000746e696c63ull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* clint */
	{0x000074696f6e6562ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* benoit */
	{0x0000006568736f6dull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* moshe */
	{0x6e72756f626c656dull, 0x0000000000000065ull, NE_LX_PLACE, 9},	/* melbourne */
	{0x6e69656c6564616dull, 0x0000000000000065ull, NE_LX_FIRST_F, 9},	/* madeleine */
	{0x676e6973756f7267ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* grousing */
	{0x006c65616863696dull, 0x0000000000000000ull, NE_LX_FIRST_M, 7},	/* michael */
	{0x0000006c656e6170ull, 0x0000000000000000ull, NE_LX_NOMINAL, 5},	/* panel */
	{0x000000006f746562ull, 0x0000000000000000ull, NE_LX_FIRST_M, 4},	/* beto */
	{0x706f747369726863ull, 0x0000000000006568ull, NE_LX_FIRST_M, 10},	/* christophe */
	{0x006c696167696261ull, 0x0000000000000000ull, NE_LX_FIRST_F, 7},	/* abigail */
	{0x65756e69746e6f63ull, 0x0000000000000064ull, NE_LX_CUE, 9},	/* continued */
	{0x00000079646e6577ull, 0x0000000000000000ull, NE_LX_FIRST_F, 5},	/* wendy */
	{0x000073657372756eull, 0x0000000000000000ull, NE_LX_NOMINAL, 6},	/* nurses */
	{0x000000616e656c65ull, 0x0000000000000000ull, NE_LX_FIRST_F, 5},	/* elena */
	{0x0073746e656d616cull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* laments */
	{0x616c656972626167ull, 0x0000000000000000ull, NE_LX_FIRST_F, 8},	/* gabriela */
	{0x0000000000636573ull, 0x0000000000000000ull, NE_LX_KNOWN_ORG | NE_LX_ABBREV, 3},	/* sec */
	{0x0000736c77617264ull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* drawls */
	{0x0000007370656577ull, 0x0000000000000000ull, NE_LX_CUE, 5},	/* weeps */
	{0x676e697369617270ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* praising */
	{0x0000656962626564ull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* debbie */
	{0x65636e6569647561ull, 0x0000000000000000ull, NE_LX_NOMINAL, 8},	/* audience */
	{0x00006e6f73697270ull, 0x0000000000000000ull, NE_LX_PLACE, 6},	/* prison */
	{0x007565696874616dull, 0x0000000000000000ull, NE_LX_FIRST_M, 7},	/* mathieu */
	{0x000000006c696172ull, 0x0000000000000000ull, NE_LX_CUE, 4},	/* rail */
	{0x000072656b6c6f76ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* volker */
	{0x00656c6c65747365ull, 0x0000000000000000ull, NE_LX_FIRST_F, 7},	/* estelle */
	{0x006e696573736f68ull, 0x0000000000000000ull, NE_LX_FIRST_M, 7},	/* hossein */
	{0x0000006472696874ull, 0x0000000000000000ull, NE_LX_NONNAME, 5},	/* third */
	{0x0000006567726f6aull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* jorge */
	{0x000000006666656aull, 0x0000000000000000ull, NE_LX_FIRST_M, 4},	/* jeff */
	{0x61696c6f676e6f6dull, 0x000000000000006eull, NE_LX_NAT, 9},	/* mongolian */
	{0x0000000073697269ull, 0x0000000000000000ull, NE_LX_FIRST_F, 4},	/* iris */
	{0x6e697265646e6f70ull, 0x0000000000000067ull, NE_LX_CUE, 9},	/* pondering */
	{0x007374656b72616dull, 0x0000000000000000ull, NE_LX_ORG, 7},	/* markets */
	{0x6c61746970736f68ull, 0x0000000000000000ull, NE_LX_ORG, 8},	/* hospital */
	{0x000000007472756bull, 0x0000000000000000ull, NE_LX_FIRST_M, 4},	/* kurt */
	{0x676e696764656c70ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* pledging */
	{0x74276e646c756f63ull, 0x0000000000000000ull, NE_LX_NONNAME | NE_LX_SKIPADV, 8},	/* couldn't */
	{0x0061696e6f746e61ull, 0x0000000000000000ull, NE_LX_FIRST_F, 7},	/* antonia */
	{0x0000007470796765ull, 0x0000000000000000ull, NE_LX_PLACE, 5},	/* egypt */
	{0x0000676e69746963ull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* citing */
	{0x006f72646e61656cull, 0x0000000000000000ull, NE_LX_FIRST_M, 7},	/* leandro */
	{0x0000736974727563ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* curtis */
	{0x726f7061676e6973ull, 0x00000000006e6165ull, NE_LX_NAT, 11},	/* singaporean */
	{0x646572657474756dull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* muttered */
	{0x0066666972656873ull, 0x0000000000000000ull, NE_LX_TITLE, 7},	/* sheriff */
	{0x0000006e6f6d6172ull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* ramon */
	{0x6e656d6565726761ull, 0x0000000000000074ull, NE_LX_PLACE, 9},	/* agreement */
	{0x0000000076696e75ull, 0x0000000000000000ull, NE_LX_ABBREV, 4},	/* univ */
	{0x000000000062656aull, 0x0000000000000000ull, NE_LX_FIRST_M, 3},	/* jeb */
	{0x00737469646e7570ull, 0x0000000000000000ull, NE_LX_NOMINAL, 7},	/* pundits */
	{0x0000006f72696163ull, 0x0000000000000000ull, NE_LX_PLACE, 5},	/* cairo */
	{0x00006e6f74697262ull, 0x0000000000000000ull, NE_LX_NAT | NE_LX_PERSON_NOUN, 6},	/* briton */
	{0x6e6976726573626full, 0x0000000000000067ull, NE_LX_CUE, 9},	/* observing */
	{0x6572657474757473ull, 0x0000000000000064ull, NE_LX_CUE, 9},	/* stuttered */
	{0x61746c75736e6f63ull, 0x000000000000746eull, NE_LX_NOMINAL, 10},	/* consultant */
	{0x0000006465766172ull, 0x0000000000000000ull, NE_LX_CUE, 5},	/* raved */
	{0x00646e65746e6f63ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* contend */
	{0x0000000000706f74ull, 0x0000000000000000ull, NE_LX_NONNAME, 3},	/* top */
	{0x00007972616c6968ull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* hilary */
	{0x00000064616d6861ull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* ahmad */
	{0x0064726168726567ull, 0x0000000000000000ull, NE_LX_FIRST_M, 7},	/* gerhard */
	{0x0000000000006669ull, 0x0000000000000000ull, NE_LX_NONNAME, 2},	/* if */
	{0x00656e6e61786f72ull, 0x0000000000000000ull, NE_LX_FIRST_F, 7},	/* roxanne */
	{0x7461756e69736e69ull, 0x0000000000000065ull, NE_LX_CUE, 9},	/* insinuate */
	{0x00006f69766c6973ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* silvio */
	{0x0000000065726f6dull, 0x0000000000000000ull, NE_LX_NONNAME, 4},	/* more */
	{0x7261746572636573ull, 0x0000000000000079ull, NE_LX_TITLE, 9},	/* secretary */
	{0x0000746f6772616dull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* margot */
	{0x7961647275746173ull, 0x0000000000000000ull, NE_LX_WEEKDAY, 8},	/* saturday */
	{0x000000000000616cull, 0x0000000000000000ull, NE_LX_PARTICLE, 2},	/* la */
	{0x656e696c6f726163ull, 0x0000000000000000ull, NE_LX_FIRST_F, 8},	/* caroline */
	{0x0000006572616873ull, 0x0000000000000000ull, NE_LX_NONNAME, 5},	/* share */
	{0x00749980e26e6f64ull, 0x0000000000000000ull, NE_LX_NONNAME | NE_LX_SKIPADV, 7},	/* don’t */
	{0x656873696c627570ull, 0x0000000000000072ull, NE_LX_TITLE | NE_LX_ORG_NOUN, 9},	/* publisher */
	{0x00676e6970697267ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* griping */
	{0x00676e696d726574ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* terming */
	{0x65636e756f6e6564ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* denounce */
	{0x00000000656e6572ull, 0x0000000000000000ull, NE_LX_FIRST_M, 4},	/* rene */
	{0x0000000074736f6dull, 0x0000000000000000ull, NE_LX_NONNAME, 4},	/* most */
	{0x00616976696c6f62ull, 0x0000000000000000ull, NE_LX_PLACE, 7},	/* bolivia */
	{0x6f646e616e726566ull, 0x0000000000000000ull, NE_LX_FIRST_M, 8},	/* fernando */
	{0x006e6f6974617473ull, 0x0000000000000000ull, NE_LX_PLACE, 7},	/* station */
	{0x61697261676c7562ull, 0x000000000000006eull, NE_LX_NAT, 9},	/* bulgarian */
	{0x00006172646e6173ull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* sandra */
	{0x676e696b61657262ull, 0x0000000000000000ull, NE_LX_NONNAME, 8},	/* breaking */
	{0x736d6972676c6970ull, 0x0000000000000000ull, NE_LX_NOMINAL, 8},	/* pilgrims */
	{0x0000000000636c6cull, 0x0000000000000000ull, NE_LX_ORG, 3},	/* llc */
	{0x0000646568737567ull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* gushed */
	{0x00617472616b616aull, 0x0000000000000000ull, NE_LX_PLACE, 7},	/* jakarta */
	{0x00747361626d616cull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* lambast */
	{0x0000646567676562ull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* begged */
	{0x7261746572636573ull, 0x0000000000746169ull, NE_LX_ORG, 11},	/* secretariat */
	{0x6169626d6f6c6f63ull, 0x0000000000000000ull, NE_LX_PLACE, 8},	/* colombia */
	{0x00000000736e6168ull, 0x0000000000000000ull, NE_LX_FIRST_M, 4},	/* hans */
	{0x0000746f6e6e6163ull, 0x0000000000000000ull, NE_LX_NONNAME | NE_LX_SKIPADV, 6},	/* cannot */
	{0x00000000006f656cull, 0x0000000000000000ull, NE_LX_FIRST_M, 3},	/* leo */
	{0x7461696c61746572ull, 0x0000000000000065ull, NE_LX_CUE, 9},	/* retaliate */
	{0x7369636974697263ull, 0x0000000000000065ull, NE_LX_CUE, 9},	/* criticise */
	{0x00006e6f6765726full, 0x0000000000000000ull, NE_LX_PLACE, 6},	/* oregon */
	{0x000000006173696cull, 0x0000000000000000ull, NE_LX_FIRST_F, 4},	/* lisa */
	{0x0000000000746176ull, 0x0000000000000000ull, NE_LX_NONNAME, 3},	/* vat */
	{0x746172636f6d6564ull, 0x0000000000006369ull, NE_LX_TITLE_MOD | NE_LX_NAT, 10},	/* democratic */
	{0x726576726573626full, 0x0000000000000073ull, NE_LX_NOMINAL, 9},	/* observers */
	{0x00007265646e6f70ull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* ponder */
	{0x0061646e696c6562ull, 0x0000000000000000ull, NE_LX_FIRST_F, 7},	/* belinda */
	{0x000000000074636full, 0x0000000000000000ull, NE_LX_MONTH | NE_LX_ABBREV, 3},	/* oct */
	{0x0000007964646574ull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* teddy */
	{0x6e61636972656d61ull, 0x0000000000000000ull, NE_LX_NAT, 8},	/* american */
	{0x0000006e6f696e75ull, 0x0000000000000000ull, NE_LX_ORG | NE_LX_NOMINAL | NE_LX_ORG_NOUN, 5},	/* union */
	{0x0000007365766172ull, 0x0000000000000000ull, NE_LX_CUE, 5},	/* raves */
	{0x000061696c656d61ull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* amelia */
	{0x00007374756f6873ull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* shouts */
	{0x000000796c6c6f70ull, 0x0000000000000000ull, NE_LX_FIRST_F, 5},	/* polly */
	{0x0000006573696c65ull, 0x0000000000000000ull, NE_LX_FIRST_F, 5},	/* elise */
	{0x00616c6c696d6163ull, 0x0000000000000000ull, NE_LX_FIRST_F, 7},	/* camilla */
	{0x0000646572657661ull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* avered */
	{0x00000000006e6f73ull, 0x0000000000000000ull, NE_LX_NOMINAL, 3},	/* son */
	{0x0064656665697262ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* briefed */
	{0x73617275646e6f68ull, 0x0000000000000000ull, NE_LX_PLACE, 8},	/* honduras */
	{0x0000007372616579ull, 0x0000000000000000ull, NE_LX_NONNAME, 5},	/* years */
	{0x000000006163756cull, 0x0000000000000000ull, NE_LX_FIRST_M, 4},	/* luca */
	{0x0000007367617262ull, 0x0000000000000000ull, NE_LX_CUE, 5},	/* brags */
	{0x6d6f776873697269ull, 0x0000000000006e61ull, NE_LX_NAT | NE_LX_PERSON_NOUN, 10},	/* irishwoman */
	{0x00656e6f656d6f73ull, 0x0000000000000000ull, NE_LX_NONNAME, 7},	/* someone */
	{0x74756365736f7270ull, 0x000000000000726full, NE_LX_NOMINAL, 10},	/* prosecutor */
	{0x6e69687065736f6aull, 0x0000000000000065ull, NE_LX_FIRST_F, 9},	/* josephine */
	{0x6465646e616d6564ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* demanded */
	{0x6f6e6970696c6966ull, 0x0000000000000000ull, NE_LX_NAT, 8},	/* filipino */
	{0x000000726574616cull, 0x0000000000000000ull, NE_LX_NONNAME | NE_LX_SKIPADV, 5},	/* later */
	{0x657474696d6d6f63ull, 0x0000000000000065ull, NE_LX_ORG | NE_LX_NOMINAL, 9},	/* committee */
	{0x756761656c6c6f63ull, 0x0000000000000065ull, NE_LX_NOMINAL, 9},	/* colleague */
	{0x65747365746f7270ull, 0x0000000000000072ull, NE_LX_NOMINAL, 9},	/* protester */
	{0x00616e6972626173ull, 0x0000000000000000ull, NE_LX_FIRST_F, 7},	/* sabrina */
	{0x00000000006b7361ull, 0x0000000000000000ull, NE_LX_CUE, 3},	/* ask */
	{0x0000000074736577ull, 0x0000000000000000ull, NE_LX_TITLE_MOD | NE_LX_PLACE, 4},	/* west */
	{0x00736567656c6c61ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* alleges */
	{0x737365636e697270ull, 0x0000000000000000ull, NE_LX_TITLE | NE_LX_HON_F, 8},	/* princess */
	{0x7473686b617a616bull, 0x0000000000006e61ull, NE_LX_PLACE, 10},	/* kazakhstan */
	{0x00000000616e6974ull, 0x0000000000000000ull, NE_LX_FIRST_F, 4},	/* tina */
	{0x00000068736c6577ull, 0x0000000000000000ull, NE_LX_NAT, 5},	/* welsh */
	{0x000000007362616cull, 0x0000000000000000ull, NE_LX_ORG, 4},	/* labs */
	{0x000000006172796dull, 0x0000000000000000ull, NE_LX_FIRST_F, 4},	/* myra */
	{0x000000006e656562ull, 0x0000000000000000ull, NE_LX_NONNAME | NE_LX_SKIPADV, 4},	/* been */
	{0x0000647261726567ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* gerard */
	{0x0000006e656d6579ull, 0x0000000000000000ull, NE_LX_PLACE, 5},	/* yemen */
	{0x0000006f72646570ull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* pedro */
	{0x0000000065666977ull, 0x0000000000000000ull, NE_LX_NOMINAL, 4},	/* wife */
	{0x00006172616d6174ull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* tamara */
	{0x00676e696c6c6579ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* yelling */
	{0x000064657265656aull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* jeered */
	{0x000000616e6e6f64ull, 0x0000000000000000ull, NE_LX_FIRST_F, 5},	/* donna */
	{0x6e656d6d6f636572ull, 0x0000000000646564ull, NE_LX_CUE, 11},	/* recommended */
	{0x65706f6c65766564ull, 0x0000000000000072ull, NE_LX_ORG_NOUN, 9},	/* developer */
	{0x0064657475666572ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* refuted */
	{0x0000006f69726f6aull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* jorio */
	{0x006166617473756dull, 0x0000000000000000ull, NE_LX_FIRST_M, 7},	/* mustafa */
	{0x00000061796e6174ull, 0x0000000000000000ull, NE_LX_FIRST_F, 5},	/* tanya */
	{0x0000736574697277ull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* writes */
	{0x006465746e756174ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* taunted */
	{0x6172687061726170ull, 0x00000000676e6973ull, NE_LX_CUE, 12},	/* paraphrasing */
	{0x00006b6170656564ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* deepak */
	{0x0061696e65677565ull, 0x0000000000000000ull, NE_LX_FIRST_F, 7},	/* eugenia */
	{0x00656469666e6f63ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* confide */
	{0x65746167656c6564ull, 0x0000000000000000ull, NE_LX_TITLE, 8},	/* delegate */
	{0x6979666974736574ull, 0x000000000000676eull, NE_LX_CUE, 10},	/* testifying */
	{0x00676e69746e6172ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* ranting */
	{0x00006f6e6974616cull, 0x0000000000000000ull, NE_LX_NAT, 6},	/* latino */
	{0x00736c6165766572ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* reveals */
	{0x00646573756f7267ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* groused */
	{0x007372656b6e6162ull, 0x0000000000000000ull, NE_LX_NOMINAL, 7},	/* bankers */
	{0x000061697674616cull, 0x0000000000000000ull, NE_LX_PLACE, 6},	/* latvia */
	{0x0000000074706163ull, 0x0000000000000000ull, NE_LX_TITLE | NE_LX_ABBREV | NE_LX_ABBREV_TITLE, 4},	/* capt */
	{0x000000796c6c6962ull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* billy */
	{0x000000696a6e656bull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* kenji */
	{0x0000000000006577ull, 0x0000000000000000ull, NE_LX_NONNAME, 2},	/* we */
	{0x7369747265766461ull, 0x000000746e656d65ull, NE_LX_NONNAME, 13},	/* advertisement */
	{0x64656d6d61686f6dull, 0x0000000000000000ull, NE_LX_FIRST_M, 8},	/* mohammed */
	{0x6967657461727473ull, 0x0000000000007473ull, NE_LX_TITLE | NE_LX_NOMINAL, 10},	/* strategist */
	{0x00000072616c6970ull, 0x0000000000000000ull, NE_LX_FIRST_F, 5},	/* pilar */
	{0x0000686372756863ull, 0x0000000000000000ull, NE_LX_ORG, 6},	/* church */
	{0x79657266666f6567ull, 0x0000000000000000ull, NE_LX_FIRST_M, 8},	/* geoffrey */
	{0x000000000000746cull, 0x0000000000000000ull, NE_LX_TITLE | NE_LX_ABBREV | NE_LX_ABBREV_TITLE, 2},	/* lt */
	{0x00696873616b6174ull, 0x0000000000000000ull, NE_LX_FIRST_M, 7},	/* takashi */
	{0x000000616b6e616cull, 0x0000000000000000ull, NE_LX_PLACE, 5},	/* lanka */
	{0x7265746e69727073ull, 0x0000000000000000ull, NE_LX_PERSON_NOUN, 8},	/* sprinter */
	{0x0000000000746d67ull, 0x0000000000000000ull, NE_LX_NONNAME, 3},	/* gmt */
	{0x006f6e616972616dull, 0x0000000000000000ull, NE_LX_FIRST_M, 7},	/* mariano */
	{0, 0, 0, 0},
	{0x000000000077656eull, 0x0000000000000000ull, NE_LX_PLACE | NE_LX_NAT | NE_LX_NONNAME, 3},	/* new */
	{0x00736b6569726873ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* shrieks */
	{0x74736f7066667568ull, 0x0000000000000000ull, NE_LX_KNOWN_ORG, 8},	/* huffpost */
	{0x6c73656863617976ull, 0x0000000000007661ull, NE_LX_FIRST_M, 10},	/* vyacheslav */
	{0x0000006565726761ull, 0x0000000000000000ull, NE_LX_CUE, 5},	/* agree */
	{0x6972657474757473ull, 0x000000000000676eull, NE_LX_CUE, 10},	/* stuttering */
	{0x000000796c706572ull, 0x0000000000000000ull, NE_LX_CUE, 5},	/* reply */
	{0x7075727265746e69ull, 0x00000000676e6974ull, NE_LX_CUE, 12},	/* interrupting */
	{0x0061696e6f747365ull, 0x0000000000000000ull, NE_LX_PLACE, 7},	/* estonia */
	{0x00006465746f7571ull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* quoted */
	{0x00006164616e6163ull, 0x0000000000000000ull, NE_LX_PLACE, 6},	/* canada */
	{0x006c69636e756f63ull, 0x0000000000000000ull, NE_LX_ORG | NE_LX_NOMINAL, 7},	/* council */
	{0x73736572676f7270ull, 0x0000000000657669ull, NE_LX_NAT | NE_LX_PERSON_NOUN, 11},	/* progressive */
	{0x6574636172616863ull, 0x0000676e697a6972ull, NE_LX_CUE, 14},	/* characterizing */
	{0x00737265746f6972ull, 0x0000000000000000ull, NE_LX_NOMINAL, 7},	/* rioters */
	{0, 0, 0, 0},
	{0x7369726174697567ull, 0x0000000000000074ull, NE_LX_PERSON_NOUN, 9},	/* guitarist */
	{0x00000000006e6567ull, 0x0000000000000000ull, NE_LX_TITLE | NE_LX_ABBREV | NE_LX_ABBREV_TITLE, 3},	/* gen */
	{0x0000000000726564ull, 0x0000000000000000ull, NE_LX_PARTICLE, 3},	/* der */
	{0x0000646574756f74ull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* touted */
	{0x00007265746c6177ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* walter */
	{0x0000000000737463ull, 0x0000000000000000ull, NE_LX_NONNAME, 3},	/* cts */
	{0x0000000072616f72ull, 0x0000000000000000ull, NE_LX_CUE, 4},	/* roar */
	{0x000072656c616564ull, 0x0000000000000000ull, NE_LX_NOMINAL, 6},	/* dealer */
	{0x000000676e6f6c61ull, 0x0000000000000000ull, NE_LX_NONNAME, 5},	/* along */
	{0x000000007377656eull, 0x0000000000000000ull, NE_LX_ORG, 4},	/* news */
	{0, 0, 0, 0},
	{0x00006169626d617aull, 0x0000000000000000ull, NE_LX_PLACE, 6},	/* zambia */
	{0x0000657461626564ull, 0x0000000000000000ull, NE_LX_NONNAME, 6},	/* debate */
	{0x0000747265707865ull, 0x0000000000000000ull, NE_LX_NOMINAL, 6},	/* expert */
	{0x6a69616272657a61ull, 0x0000000000006e61ull, NE_LX_PLACE, 10},	/* azerbaijan */
	{0x0064657369766461ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* advised */
	{0x0074726562726568ull, 0x0000000000000000ull, NE_LX_FIRST_M, 7},	/* herbert */
	{0x6c646567656c6c61ull, 0x0000000000000079ull, NE_LX_SKIPADV, 9},	/* allegedly */
	{0x00736d726f666e69ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* informs */
	{0x0000007972657665ull, 0x0000000000000000ull, NE_LX_NONNAME, 5},	/* every */
	{0x65696c616874616eull, 0x0000000000000000ull, NE_LX_FIRST_F, 8},	/* nathalie */
	{0x0000646570696e73ull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* sniped */
	{0x726567616e656574ull, 0x0000000000000000ull, NE_LX_PERSON_NOUN, 8},	/* teenager */
	{0x00007265676e6977ull, 0x0000000000000000ull, NE_LX_PERSON_NOUN, 6},	/* winger */
	{0x6e69726568746163ull, 0x0000000000000065ull, NE_LX_FIRST_F, 9},	/* catherine */
	{0x676e697465657774ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* tweeting */
	{0x0000000070736e69ull, 0x0000000000000000ull, NE_LX_TITLE | NE_LX_ABBREV | NE_LX_ABBREV_TITLE, 4},	/* insp */
	{0x000000006172616cull, 0x0000000000000000ull, NE_LX_FIRST_F, 4},	/* lara */
	{0x0000006e61697361ull, 0x0000000000000000ull, NE_LX_NAT, 5},	/* asian */
	{0x6d6c69636e756f63ull, 0x0000000000006e61ull, NE_LX_TITLE | NE_LX_HON_M, 10},	/* councilman */
	{0x0000006574617473ull, 0x0000000000000000ull, NE_LX_TITLE_MOD, 5},	/* state */
	{0x0072657665776f68ull, 0x0000000000000000ull, NE_LX_NONNAME, 7},	/* however */
	{0x69756e69746e6f63ull, 0x000000000000676eull, NE_LX_CUE, 10},	/* continuing */
	{0x6974736567677573ull, 0x000000000000676eull, NE_LX_CUE, 10},	/* suggesting */
	{0x7265766f656b6174ull, 0x0000000000000000ull, NE_LX_CORP_OF, 8},	/* takeover */
	{0x0073726577657262ull, 0x0000000000000000ull, NE_LX_NOMINAL, 7},	/* brewers */
	{0x00006465746e6968ull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* hinted */
	{0x0000007265656e73ull, 0x0000000000000000ull, NE_LX_CUE, 5},	/* sneer */
	{0x000000007373696dull, 0x0000000000000000ull, NE_LX_TITLE | NE_LX_HON_F | NE_LX_HONORIFIC, 4},	/* miss */
	{0x7373656e69737562ull, 0x0000006e616d6f77ull, NE_LX_TITLE | NE_LX_HON_F | NE_LX_PERSON_NOUN, 13},	/* businesswoman */
	{0x6c6c65636e616863ull, 0x000000000000726full, NE_LX_TITLE, 10},	/* chancellor */
	{0x0000000000632e64ull, 0x0000000000000000ull, NE_LX_PLACE, 3},	/* d.c */
	{0x0000616c656d6170ull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* pamela */
	{0x006d696861726269ull, 0x0000000000000000ull, NE_LX_FIRST_M, 7},	/* ibrahim */
	{0x0000706979796174ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* tayyip */
	{0x0000000000006568ull, 0x0000000000000000ull, NE_LX_NONNAME | NE_LX_PRON_M, 2},	/* he */
	{0, 0, 0, 0},
	{0x00000064656b7361ull, 0x0000000000000000ull, NE_LX_CUE, 5},	/* asked */
	{0x00006e65676f6d69ull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* imogen */
	{0x6365737265646e75ull, 0x0000797261746572ull, NE_LX_TITLE_MOD, 14},	/* undersecretary */
	{0x00006e6d756c6f63ull, 0x0000000000000000ull, NE_LX_NOMINAL, 6},	/* column */
	{0x00676e69776f7263ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* crowing */
	{0x6573656e6170616aull, 0x0000000000000000ull, NE_LX_NAT, 8},	/* japanese */
	{0x6d6d6172676f7270ull, 0x0000000000000065ull, NE_LX_ORG, 9},	/* programme */
	{0x0000726568746172ull, 0x0000000000000000ull, NE_LX_NONNAME, 6},	/* rather */
	{0, 0, 0, 0},
	{0x0000006e696d7261ull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* armin */
	{0x00656e696d736179ull, 0x0000000000000000ull, NE_LX_FIRST_F, 7},	/* yasmine */
	{0x796b6375746e656bull, 0x0000000000000000ull, NE_LX_PLACE, 8},	/* kentucky */
	{0x739980e265726568ull, 0x0000000000000000ull, NE_LX_NONNAME, 8},	/* here’s */
	{0x0000736572616873ull, 0x0000000000000000ull, NE_LX_CORP_OF | NE_LX_CORP_NOUN, 6},	/* shares */
	{0x0000000061726576ull, 0x0000000000000000ull, NE_LX_FIRST_F, 4},	/* vera */
	{0x00007265766f7267ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* grover */
	{0x00006e6168676661ull, 0x0000000000000000ull, NE_LX_NAT, 6},	/* afghan */
	{0x000065656c79616bull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* kaylee */
	{0x0000006f696d7566ull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* fumio */
	{0x000000006c657861ull, 0x0000000000000000ull, NE_LX_FIRST_M, 4},	/* axel */
	{0x0000006573616574ull, 0x0000000000000000ull, NE_LX_CUE, 5},	/* tease */
	{0x0000006465627564ull, 0x0000000000000000ull, NE_LX_CUE, 5},	/* dubed */
	{0x0000646572666c61ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* alfred */
	{0x00000000616d6566ull, 0x0000000000000000ull, NE_LX_KNOWN_ORG, 4},	/* fema */
	{0x656e69616c707865ull, 0x0000000000000064ull, NE_LX_CUE, 9},	/* explained */
	{0x646e6f63696d6573ull, 0x000000726f746375ull, NE_LX_ORG, 13},	/* semiconductor */
	{0x6169626d6f6c6f63ull, 0x000000000000006eull, NE_LX_NAT, 9},	/* colombian */
	{0x00616968746e7963ull, 0x0000000000000000ull, NE_LX_FIRST_F, 7},	/* cynthia */
	{0x0000676e696b7361ull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* asking */
	{0x6574636172616863ull, 0x00000000657a6972ull, NE_LX_CUE, 12},	/* characterize */
	{0x0000726579616c70ull, 0x0000000000000000ull, NE_LX_PERSON_NOUN, 6},	/* player */
	{0x7377656e2d736263ull, 0x0000000000000000ull, NE_LX_KNOWN_ORG, 8},	/* cbs-news */
	{0x69747361626d616cull, 0x000000000000676eull, NE_LX_CUE, 10},	/* lambasting */
	{0x0000000065746570ull, 0x0000000000000000ull, NE_LX_FIRST_M, 4},	/* pete */
	{0x00676e696b726162ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* barking */
	{0, 0, 0, 0},
	{0x000000000000646dull, 0x0000000000000000ull, NE_LX_SUFFIX, 2},	/* md */
	{0x0000006e65766573ull, 0x0000000000000000ull, NE_LX_NONNAME, 5},	/* seven */
	{0x0000656e6e616964ull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* dianne */
	{0x000000006566696cull, 0x0000000000000000ull, NE_LX_ORG, 4},	/* life */
	{0x676e6966666f6373ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* scoffing */
	{0x000000006b63696eull, 0x0000000000000000ull, NE_LX_FIRST_M, 4},	/* nick */
	{0x00000074276e7369ull, 0x0000000000000000ull, NE_LX_NONNAME, 5},	/* isn't */
	{0x0000006172626564ull, 0x0000000000000000ull, NE_LX_FIRST_F, 5},	/* debra */
	{0x00006e6f74736165ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* easton */
	{0x000000006c6c696aull, 0x0000000000000000ull, NE_LX_FIRST_F, 4},	/* jill */
	{0x0000006574697277ull, 0x0000000000000000ull, NE_LX_CUE, 5},	/* write */
	{0x000000007474696dull, 0x0000000000000000ull, NE_LX_FIRST_M, 4},	/* mitt */
	{0x0000006f796b6f74ull, 0x0000000000000000ull, NE_LX_PLACE, 5},	/* tokyo */
	{0x0064616468676162ull, 0x0000000000000000ull, NE_LX_PLACE, 7},	/* baghdad */
	{0x676e697369766461ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* advising */
	{0x0079617567757275ull, 0x0000000000000000ull, NE_LX_PLACE, 7},	/* uruguay */
	{0x746c756369726761ull, 0x0000000000657275ull, NE_LX_TITLE_MOD, 11},	/* agriculture */
	{0x000000007976616eull, 0x0000000000000000ull, NE_LX_ORG, 4},	/* navy */
	{0x0000000000676562ull, 0x0000000000000000ull, NE_LX_CUE, 3},	/* beg */
	{0x00000000006f6877ull, 0x0000000000000000ull, NE_LX_KNOWN_ORG | NE_LX_NONNAME | NE_LX_PRON_REL, 3},	/* who */
	{0x006a657a72646e61ull, 0x0000000000000000ull, NE_LX_FIRST_M, 7},	/* andrzej */
	{0x000000006e676973ull, 0x0000000000000000ull, NE_LX_NONNAME | NE_LX_NOMINAL, 4},	/* sign */
	{0x000000006f677568ull, 0x0000000000000000ull, NE_LX_FIRST_M, 4},	/* hugo */
	{0x6863726165736572ull, 0x0000000000007265ull, NE_LX_NOMINAL, 10},	/* researcher */
	{0x0000000066616c6full, 0x0000000000000000ull, NE_LX_FIRST_M, 4},	/* olaf */
	{0x0064657265656e73ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* sneered */
	{0x6f64726163636972ull, 0x0000000000000000ull, NE_LX_FIRST_M, 8},	/* riccardo */
	{0x006e6f736964616dull, 0x0000000000000000ull, NE_LX_FIRST_F, 7},	/* madison */
	{0x6f6974696c616f63ull, 0x000000000000006eull, NE_LX_ORG | NE_LX_NOMINAL, 9},	/* coalition */
	{0x006873696e617073ull, 0x0000000000000000ull, NE_LX_NAT, 7},	/* spanish */
	{0x00000000006e6f64ull, 0x0000000000000000ull, NE_LX_FIRST_M, 3},	/* don */
	{0x007372656c6c6f68ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* hollers */
	{0x65636e61696c6c61ull, 0x0000000000000000ull, NE_LX_ORG | NE_LX_NOMINAL, 8},	/* alliance */
	{0x0000000069726f6cull, 0x0000000000000000ull, NE_LX_FIRST_F, 4},	/* lori */
	{0x706f736f6c696870ull, 0x0000000000726568ull, NE_LX_PERSON_NOUN, 11},	/* philosopher */
	{0x0000000000727061ull, 0x0000000000000000ull, NE_LX_MONTH | NE_LX_ABBREV, 3},	/* apr */
	{0x000000007669796bull, 0x0000000000000000ull, NE_LX_PLACE, 4},	/* kyiv */
	{0x6e696d7269666661ull, 0x0000000000000067ull, NE_LX_CUE, 9},	/* affirming */
	{0x7369746e65696373ull, 0x0000000000000074ull, NE_LX_PERSON_NOUN, 9},	/* scientist */
	{0x00000069686c6564ull, 0x0000000000000000ull, NE_LX_PLACE, 5},	/* delhi */
	{0x6e6967617373656dull, 0x0000000000000067ull, NE_LX_CUE, 9},	/* messaging */
	{0x000073636e617266ull, 0x0000000000000000ull, NE_LX_NONNAME, 6},	/* francs */
	{0x0000616369726661ull, 0x0000000000000000ull, NE_LX_PLACE, 6},	/* africa */
	{0x0000676e69796173ull, 0x0000000000000000ull, NE_LX_CUE | NE_LX_CUE_SAY, 6},	/* saying */
	{0x0000006168736961ull, 0x0000000000000000ull, NE_LX_FIRST_F, 5},	/* aisha */
	{0x6b69686968736f79ull, 0x000000000000006full, NE_LX_FIRST_M, 9},	/* yoshihiko */
	{0, 0, 0, 0},
	{0x0000000064616f72ull, 0x0000000000000000ull, NE_LX_PLACE, 4},	/* road */
	{0x7265656e69676e65ull, 0x0000000000000073ull, NE_LX_NOMINAL, 9},	/* engineers */
	{0x74676e6966667568ull, 0x0000000000006e6full, NE_LX_KNOWN_ORG, 10},	/* huffington */
	{0x0064726177726f66ull, 0x0000000000000000ull, NE_LX_PERSON_NOUN, 7},	/* forward */
	{0x0000000000636366ull, 0x0000000000000000ull, NE_LX_KNOWN_ORG, 3},	/* fcc */
	{0x00646e616c6e6966ull, 0x0000000000000000ull, NE_LX_PLACE, 7},	/* finland */
	{0x0000006169727973ull, 0x0000000000000000ull, NE_LX_PLACE, 5},	/* syria */
	{0x6974616d69747365ull, 0x000000000000676eull, NE_LX_CUE, 10},	/* estimating */
	{0x726f70736e617274ull, 0x00006e6f69746174ull, NE_LX_TITLE_MOD, 14},	/* transportation */
	{0x0000000000736f64ull, 0x0000000000000000ull, NE_LX_PARTICLE, 3},	/* dos */
	{0x0000656962626f72ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* robbie */
	{0x000000007265766full, 0x0000000000000000ull, NE_LX_NONNAME, 4},	/* over */
	{0x000000006b656577ull, 0x0000000000000000ull, NE_LX_NONNAME, 4},	/* week */
	{0x0000656b696c6e75ull, 0x0000000000000000ull, NE_LX_NONNAME, 6},	/* unlike */
	{0x0000006666617473ull, 0x0000000000000000ull, NE_LX_TITLE_MOD | NE_LX_NOMINAL, 5},	/* staff */
	{0x0073656b75626572ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* rebukes */
	{0x0000006863616f63ull, 0x0000000000000000ull, NE_LX_TITLE | NE_LX_PERSON_NOUN, 5},	/* coach */
	{0x0000732774616874ull, 0x0000000000000000ull, NE_LX_NONNAME, 6},	/* that's */
	{0x0000616c616d616bull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* kamala */
	{0x69736e6f63736977ull, 0x000000000000006eull, NE_LX_PLACE, 9},	/* wisconsin */
	{0x00000000006e6f76ull, 0x0000000000000000ull, NE_LX_PARTICLE, 3},	/* von */
	{0x0000000000656f7aull, 0x0000000000000000ull, NE_LX_FIRST_F, 3},	/* zoe */
	{0x6b63756c646f6f67ull, 0x0000000000000000ull, NE_LX_FIRST_M, 8},	/* goodluck */
	{0x666f736f7263696dull, 0x0000000000000074ull, NE_LX_KNOWN_ORG, 9},	/* microsoft */
	{0x0000006e61726f7aull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* zoran */
	{0x0000006e726f7773ull, 0x0000000000000000ull, NE_LX_CUE, 5},	/* sworn */
	{0x0000646573736968ull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* hissed */
	{0x00006c6c61636572ull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* recall */
	{0x656874726576656eull, 0x000000007373656cull, NE_LX_NONNAME, 12},	/* nevertheless */
	{0x0000000068616f6eull, 0x0000000000000000ull, NE_LX_FIRST_M, 4},	/* noah */
	{0x006f647261636972ull, 0x0000000000000000ull, NE_LX_FIRST_M, 7},	/* ricardo */
	{0x00006e69766c6163ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* calvin */
	{0x69736f6c63736964ull, 0x000000000000676eull, NE_LX_CUE, 10},	/* disclosing */
	{0x0000006173736574ull, 0x0000000000000000ull, NE_LX_FIRST_F, 5},	/* tessa */
	{0x0065737561636562ull, 0x0000000000000000ull, NE_LX_NONNAME, 7},	/* because */
	{0x6e616d7269616863ull, 0x0000000000000000ull, NE_LX_CORP_NOUN | NE_LX_TITLE | NE_LX_HON_M | NE_LX_NOMINAL, 8},	/* chairman */
	{0x0000006863747564ull, 0x0000000000000000ull, NE_LX_NAT, 5},	/* dutch */
	{0x6e69746e656d616cull, 0x0000000000000067ull, NE_LX_CUE, 9},	/* lamenting */
	{0x0000007265676f72ull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* roger */
	{0x00000063626e736dull, 0x0000000000000000ull, NE_LX_KNOWN_ORG, 5},	/* msnbc */
	{0x73696f636e617266ull, 0x0000000000000000ull, NE_LX_FIRST_M, 8},	/* francois */
	{0x00676e6964696863ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* chiding */
	{0x00676e6966666972ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* riffing */
	{0x74617265706f6f63ull, 0x00000000006e6f69ull, NE_LX_PLACE, 11},	/* cooperation */
	{0x0000007974746562ull, 0x0000000000000000ull, NE_LX_FIRST_F, 5},	/* betty */
	{0x0000000072756f66ull, 0x0000000000000000ull, NE_LX_NONNAME, 4},	/* four */
	{0x0000000076697661ull, 0x0000000000000000ull, NE_LX_PLACE, 4},	/* aviv */
	{0x0063696e696d6f64ull, 0x0000000000000000ull, NE_LX_FIRST_M, 7},	/* dominic */
	{0x000000007972616dull, 0x0000000000000000ull, NE_LX_FIRST_F, 4},	/* mary */
	{0x746e656d75636f64ull, 0x0000000000000000ull, NE_LX_NOMINAL, 8},	/* document */
	{0x00006e69766c656dull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* melvin */
	{0x006d6c6f636c616dull, 0x0000000000000000ull, NE_LX_FIRST_M, 7},	/* malcolm */
	{0x0000000073696874ull, 0x0000000000000000ull, NE_LX_NONNAME, 4},	/* this */
	{0x00000000006f7774ull, 0x0000000000000000ull, NE_LX_NONNAME, 3},	/* two */
	{0x00000079636e616eull, 0x0000000000000000ull, NE_LX_FIRST_F, 5},	/* nancy */
	{0x0000737567726566ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* fergus */
	{0x0000006563726f66ull, 0x0000000000000000ull, NE_LX_ORG, 5},	/* force */
	{0x646e656469766964ull, 0x0000000000000000ull, NE_LX_CORP_NOUN, 8},	/* dividend */
	{0x74616d6f6c706964ull, 0x0000000000000000ull, NE_LX_NOMINAL, 8},	/* diplomat */
	{0x0000000000626566ull, 0x0000000000000000ull, NE_LX_MONTH | NE_LX_ABBREV, 3},	/* feb */
	{0x656d747261706564ull, 0x000000000000746eull, NE_LX_ORG | NE_LX_NOMINAL, 10},	/* department */
	{0x726176656c756f62ull, 0x0000000000000064ull, NE_LX_PLACE, 9},	/* boulevard */
	{0x6e617473696b6170ull, 0x0000000000000000ull, NE_LX_PLACE, 8},	/* pakistan */
	{0x000068736977656aull, 0x0000000000000000ull, NE_LX_NAT, 6},	/* jewish */
	{0x00006c656972756dull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* muriel */
	{0x0079666974736574ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* testify */
	{0x00000000797a7a6full, 0x0000000000000000ull, NE_LX_FIRST_M, 4},	/* ozzy */
	{0x6e696c6c61636572ull, 0x0000000000000067ull, NE_LX_CUE, 9},	/* recalling */
	{0x0000006c616d616aull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* jamal */
	{0x0000006e69616c61ull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* alain */
	{0x6e696e6f73616572ull, 0x0000000000000067ull, NE_LX_CUE, 9},	/* reasoning */
	{0x6e61747369737361ull, 0x0000000000000074ull, NE_LX_TITLE | NE_LX_TITLE_MOD, 9},	/* assistant */
	{0x0000000000747370ull, 0x0000000000000000ull, NE_LX_NONNAME, 3},	/* pst */
	{0x0000726568746166ull, 0x0000000000000000ull, NE_LX_HON_M | NE_LX_NOMINAL, 6},	/* father */
	{0x000000686374696dull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* mitch */
	{0x0000646e6f636573ull, 0x0000000000000000ull, NE_LX_TITLE_MOD | NE_LX_NONNAME, 6},	/* second */
	{0x0000657372756f62ull, 0x0000000000000000ull, NE_LX_ORG, 6},	/* bourse */
	{0x00000065736f6874ull, 0x0000000000000000ull, NE_LX_NONNAME, 5},	/* those */
	{0x000061696e736f62ull, 0x0000000000000000ull, NE_LX_PLACE, 6},	/* bosnia */
	{0x00749980e26e6f77ull, 0x0000000000000000ull, NE_LX_NONNAME | NE_LX_SKIPADV, 7},	/* won’t */
	{0x0000000000746170ull, 0x0000000000000000ull, NE_LX_FIRST_M, 3},	/* pat */
	{0x00000072616d616cull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* lamar */
	{0x00646566666f6373ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* scoffed */
	{0x0073696c6c796870ull, 0x0000000000000000ull, NE_LX_FIRST_F, 7},	/* phyllis */
	{0x656d6f6c676e6f63ull, 0x0000000065746172ull, NE_LX_ORG_NOUN, 12},	/* conglomerate */
	{0x676e656c6c616863ull, 0x0000000000676e69ull, NE_LX_CUE, 11},	/* challenging */
	{0x796c676e696b6f6aull, 0x0000000000000000ull, NE_LX_SKIPADV, 8},	/* jokingly */
	{0x746169746f67656eull, 0x000000000073726full, NE_LX_NOMINAL, 11},	/* negotiators */
	{0x7369636974697263ull, 0x0000000000006465ull, NE_LX_CUE, 10},	/* criticised */
	{0x0000006179697270ull, 0x0000000000000000ull, NE_LX_FIRST_F, 5},	/* priya */
	{0x7265646e65666564ull, 0x0000000000000000ull, NE_LX_PERSON_NOUN, 8},	/* defender */
	{0x000064657a697571ull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* quized */
	{0x73746e756f636572ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* recounts */
	{0x766974617265706full, 0x0000000000000065ull, NE_LX_NOMINAL, 9},	/* operative */
	{0x000073726f746f6dull, 0x0000000000000000ull, NE_LX_ORG, 6},	/* motors */
	{0x0000726f7272696dull, 0x0000000000000000ull, NE_LX_ORG, 6},	/* mirror */
	{0x0000646e616c7369ull, 0x0000000000000000ull, NE_LX_PLACE, 6},	/* island */
	{0x00006e6f74736577ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* weston */
	{0x6769747365766e69ull, 0x00000073726f7461ull, NE_LX_NOMINAL, 13},	/* investigators */
	{0x000000006c656167ull, 0x0000000000000000ull, NE_LX_FIRST_M, 4},	/* gael */
	{0x6c6c696373697270ull, 0x0000000000000061ull, NE_LX_FIRST_F, 9},	/* priscilla */
	{0x00006f6967726573ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* sergio */
	{0x0072657474697774ull, 0x0000000000000000ull, NE_LX_KNOWN_ORG, 7},	/* twitter */
	{0x0000006962626172ull, 0x0000000000000000ull, NE_LX_TITLE | NE_LX_HON_M, 5},	/* rabbi */
	{0x6e69746e65677261ull, 0x0000000000000061ull, NE_LX_PLACE, 9},	/* argentina */
	{0x676e696c69616d65ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* emailing */
	{0x0000000000627375ull, 0x0000000000000000ull, NE_LX_NONNAME, 3},	/* usb */
	{0x00000000006c696full, 0x0000000000000000ull, NE_LX_ORG, 3},	/* oil */
	{0x00006c7972656863ull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* cheryl */
	{0x006e796c6972616dull, 0x0000000000000000ull, NE_LX_FIRST_F, 7},	/* marilyn */
	{0x656c626269726373ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* scribble */
	{0x6972756f7373696dull, 0x0000000000000000ull, NE_LX_PLACE, 8},	/* missouri */
	{0x6e616974616f7263ull, 0x0000000000000000ull, NE_LX_NAT, 8},	/* croatian */
	{0x00616e61746e6f6dull, 0x0000000000000000ull, NE_LX_PLACE, 7},	/* montana */
	{0x69746e656d6d6f63ull, 0x000000000000676eull, NE_LX_CUE, 10},	/* commenting */
	{0x00676e696c696172ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* railing */
	{0x00000064656b6f6aull, 0x0000000000000000ull, NE_LX_CUE, 5},	/* joked */
	{0x006465696c706572ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* replied */
	{0x0000000000696c65ull, 0x0000000000000000ull, NE_LX_FIRST_M, 3},	/* eli */
	{0x646572656c6c6f68ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* hollered */
	{0x676e696b75626572ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* rebuking */
	{0x0000737261657773ull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* swears */
	{0x0000646e616c6f70ull, 0x0000000000000000ull, NE_LX_PLACE, 6},	/* poland */
	{0x676e696c776f7267ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* growling */
	{0x0000006472616f62ull, 0x0000000000000000ull, NE_LX_CORP_OF | NE_LX_CORP_NOUN | NE_LX_ORG | NE_LX_NOMINAL | NE_LX_ORG_NOUN, 5},	/* board */
	{0x0000000000706f67ull, 0x0000000000000000ull, NE_LX_KNOWN_ORG | NE_LX_NAT, 3},	/* gop */
	{0x6e697474696d6461ull, 0x0000000000000067ull, NE_LX_CUE, 9},	/* admitting */
	{0x000000617a616c70ull, 0x0000000000000000ull, NE_LX_PLACE, 5},	/* plaza */
	{0x6e6f69706d616863ull, 0x0000000070696873ull, NE_LX_ORG, 12},	/* championship */
	{0x0000006f67656964ull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* diego */
	{0x006e61636978656dull, 0x0000000000000000ull, NE_LX_NAT, 7},	/* mexican */
	{0x006e6f696e69706full, 0x0000000000000000ull, NE_LX_NONNAME, 7},	/* opinion */
	{0x006c6172696d6461ull, 0x0000000000000000ull, NE_LX_TITLE, 7},	/* admiral */
	{0x000000726f746f6dull, 0x0000000000000000ull, NE_LX_ORG, 5},	/* motor */
	{0x7461726574696572ull, 0x0000000000676e69ull, NE_LX_CUE, 11},	/* reiterating */
	{0x0000006e6f76656cull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* levon */
	{0x00000000006c756aull, 0x0000000000000000ull, NE_LX_MONTH | NE_LX_ABBREV, 3},	/* jul */
	{0x0000006e616c7964ull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* dylan */
	{0x000000726163736full, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* oscar */
	{0x000079656c696168ull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* hailey */
	{0x000000006c72616bull, 0x0000000000000000ull, NE_LX_FIRST_M, 4},	/* karl */
	{0x6f63737265646e75ull, 0x0000000000646572ull, NE_LX_CUE, 11},	/* underscored */
	{0x000061656e697567ull, 0x0000000000000000ull, NE_LX_PLACE, 6},	/* guinea */
	{0x0000006e6f6d6165ull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* eamon */
	{0x00726567676f6c62ull, 0x0000000000000000ull, NE_LX_TITLE, 7},	/* blogger */
	{0x0000646574736f70ull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* posted */
	{0x006873696c676e65ull, 0x0000000000000000ull, NE_LX_NAT, 7},	/* english */
	{0x000000006f69686full, 0x0000000000000000ull, NE_LX_PLACE, 4},	/* ohio */
	{0x0072656d6d617473ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* stammer */
	{0x6979666972616c63ull, 0x000000000000676eull, NE_LX_CUE, 10},	/* clarifying */
	{0x00006e6f64726f67ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* gordon */
	{0x006f7a6e65726f6cull, 0x0000000000000000ull, NE_LX_FIRST_M, 7},	/* lorenzo */
	{0x6f676169746e6173ull, 0x0000000000000000ull, NE_LX_FIRST_M, 8},	/* santiago */
	{0x00006e6169726461ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* adrian */
	{0x797469726f6a616dull, 0x0000000000000000ull, NE_LX_TITLE_MOD, 8},	/* majority */
	{0x007a697274616562ull, 0x0000000000000000ull, NE_LX_FIRST_F, 7},	/* beatriz */
	{0x00000000736f7262ull, 0x0000000000000000ull, NE_LX_ORG | NE_LX_ABBREV, 4},	/* bros */
	{0x00726568746f6e61ull, 0x0000000000000000ull, NE_LX_NONNAME, 7},	/* another */
	{0x006e6f73696c6c61ull, 0x0000000000000000ull, NE_LX_FIRST_F, 7},	/* allison */
	{0x726f746964657263ull, 0x0000000000000073ull, NE_LX_NOMINAL, 9},	/* creditors */
	{0x0072656e74726170ull, 0x0000000000000000ull, NE_LX_NOMINAL, 7},	/* partner */
	{0x61746e656d6d6f63ull, 0x0000000000726f74ull, NE_LX_TITLE, 11},	/* commentator */
	{0x000000006372616dull, 0x0000000000000000ull, NE_LX_FIRST_M, 4},	/* marc */
	{0x6e6961746e69616dull, 0x0000000000676e69ull, NE_LX_CUE, 11},	/* maintaining */
	{0x0072656b69727473ull, 0x0000000000000000ull, NE_LX_PERSON_NOUN, 7},	/* striker */
	{0x000061746f676f62ull, 0x0000000000000000ull, NE_LX_PLACE, 6},	/* bogota */
	{0x000000006b726162ull, 0x0000000000000000ull, NE_LX_CUE, 4},	/* bark */
	{0x7265707269616863ull, 0x00000000006e6f73ull, NE_LX_TITLE, 11},	/* chairperson */
	{0x676e697463616572ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* reacting */
	{0x6e72656874756f73ull, 0x0000000000000000ull, NE_LX_NAT, 8},	/* southern */
	{0x636e617275736e69ull, 0x0000000000000065ull, NE_LX_ORG, 9},	/* insurance */
	{0x0000000065646177ull, 0x0000000000000000ull, NE_LX_FIRST_M, 4},	/* wade */
	{0, 0, 0, 0},
	{0x006574656c687461ull, 0x0000000000000000ull, NE_LX_PERSON_NOUN, 7},	/* athlete */
	{0x696863696e696873ull, 0x0000000000000000ull, NE_LX_FIRST_M, 8},	/* shinichi */
	{0x0000616968706f73ull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* sophia */
	{0x64656c6961746564ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* detailed */
	{0x0000666573756f79ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* yousef */
	{0x000000007964616cull, 0x0000000000000000ull, NE_LX_TITLE | NE_LX_TITLE_MOD | NE_LX_HON_F | NE_LX_HONORIFIC, 4},	/* lady */
	{0x0000006c657a6168ull, 0x0000000000000000ull, NE_LX_FIRST_F, 5},	/* hazel */
	{0x00676e696b6e6172ull, 0x0000000000000000ull, NE_LX_TITLE_MOD, 7},	/* ranking */
	{0x0000697274696d64ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* dmitri */
	{0x276e646c756f6873ull, 0x0000000000000074ull, NE_LX_NONNAME | NE_LX_SKIPADV, 9},	/* shouldn't */
	{0x0000726577657262ull, 0x0000000000000000ull, NE_LX_ORG_NOUN, 6},	/* brewer */
	{0x00796c6972676e61ull, 0x0000000000000000ull, NE_LX_SKIPADV, 7},	/* angrily */
	{0x00006e6f746c696dull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* milton */
	{0x0000006e79666c65ull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* elfyn */
	{0x656d6567616e616dull, 0x000000000000746eull, NE_LX_ORG, 10},	/* management */
	{0x00736c6c61636572ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* recalls */
	{0x0000737265656863ull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* cheers */
	{0x000072656e6e6977ull, 0x0000000000000000ull, NE_LX_PERSON_NOUN, 6},	/* winner */
	{0x697263736e617274ull, 0x0000000000007470ull, NE_LX_NOMINAL | NE_LX_STATEMENT, 10},	/* transcript */
	{0x6861696d6572656aull, 0x0000000000000000ull, NE_LX_FIRST_M, 8},	/* jeremiah */
	{0x6c6968776e61656dull, 0x0000000000000065ull, NE_LX_NONNAME, 9},	/* meanwhile */
	{0x00007365696e6564ull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* denies */
	{0x0000000000006a64ull, 0x0000000000000000ull, NE_LX_TITLE | NE_LX_NOMINAL, 2},	/* dj */
	{0x00006e657473696cull, 0x0000000000000000ull, NE_LX_NONNAME, 6},	/* listen */
	{0x00000000006e6176ull, 0x0000000000000000ull, NE_LX_PARTICLE, 3},	/* van */
	{0x646574726f746572ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* retorted */
	{0x00006b61766f6c73ull, 0x0000000000000000ull, NE_LX_NAT, 6},	/* slovak */
	{0x000077656874616dull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* mathew */
	{0, 0, 0, 0},
	{0x000064656e616f6dull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* moaned */
	{0x0000616c696d6163ull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* camila */
	{0x000000616c69656cull, 0x0000000000000000ull, NE_LX_FIRST_F, 5},	/* leila */
	{0x00676e696d6f7977ull, 0x0000000000000000ull, NE_LX_PLACE, 7},	/* wyoming */
	{0x6575677574726f70ull, 0x0000000000006573ull, NE_LX_NAT, 10},	/* portuguese */
	{0x7461696c61746572ull, 0x0000000000676e69ull, NE_LX_CUE, 11},	/* retaliating */
	{0x656372756f736572ull, 0x0000000000000073ull, NE_LX_ORG, 9},	/* resources */
	{0x000000007473756dull, 0x0000000000000000ull, NE_LX_NONNAME | NE_LX_SKIPADV, 4},	/* must */
	{0x6172687061726170ull, 0x0000000000646573ull, NE_LX_CUE, 11},	/* paraphrased */
	{0x726574736c6c6f70ull, 0x0000000000000000ull, NE_LX_TITLE, 8},	/* pollster */
	{0x000000000061736eull, 0x0000000000000000ull, NE_LX_KNOWN_ORG, 3},	/* nsa */
	{0x006e6d65646e6f63ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* condemn */
	{0x0000000079746963ull, 0x0000000000000000ull, NE_LX_TITLE_MOD | NE_LX_PLACE, 4},	/* city */
	{0x000000736573756dull, 0x0000000000000000ull, NE_LX_CUE, 5},	/* muses */
	{0x656e656c6f676573ull, 0x0000000000000000ull, NE_LX_FIRST_F, 8},	/* segolene */
	{0x0000006964756173ull, 0x0000000000000000ull, NE_LX_PLACE | NE_LX_NAT, 5},	/* saudi */
	{0x6574736575716572ull, 0x0000000000000064ull, NE_LX_CUE, 9},	/* requested */
	{0x00000061746c616dull, 0x0000000000000000ull, NE_LX_PLACE, 5},	/* malta */
	{0x0000000000006463ull, 0x0000000000000000ull, NE_LX_NONNAME, 2},	/* cd */
	{0x0000657475666572ull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* refute */
	{0x00000000796c696cull, 0x0000000000000000ull, NE_LX_FIRST_F, 4},	/* lily */
	{0x000000006c6c6177ull, 0x0000000000000000ull, NE_LX_PLACE, 4},	/* wall */
	{0x676e69796c706d69ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* implying */
	{0x00796d6564616361ull, 0x0000000000000000ull, NE_LX_ORG, 7},	/* academy */
	{0x0000616e656c6568ull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* helena */
	{0, 0, 0, 0},
	{0x676e656c6c616863ull, 0x0000000000006465ull, NE_LX_CUE, 10},	/* challenged */
	{0x00006e6166657473ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* stefan */
	{0x6169646f626d6163ull, 0x0000000000000000ull, NE_LX_PLACE, 8},	/* cambodia */
	{0x000061646e616d61ull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* amanda */
	{0x6c616e6f69676572ull, 0x0000000000000000ull, NE_LX_TITLE_MOD, 8},	/* regional */
	{0x0000006f746f6870ull, 0x0000000000000000ull, NE_LX_NONNAME, 5},	/* photo */
	{0x00006d6168736968ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* hisham */
	{0x0000736978656c61ull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* alexis */
	{0x0000006c61636f6cull, 0x0000000000000000ull, NE_LX_TITLE_MOD, 5},	/* local */
	{0x006e61646e616775ull, 0x0000000000000000ull, NE_LX_NAT, 7},	/* ugandan */
	{0x0000726170736163ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* caspar */
	{0x000064656f686365ull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* echoed */
	{0x0064657375636361ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* accused */
	{0x0065726f6c706d69ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* implore */
	{0x006168736174616eull, 0x0000000000000000ull, NE_LX_FIRST_F, 7},	/* natasha */
	{0x000079746e756f63ull, 0x0000000000000000ull, NE_LX_TITLE_MOD | NE_LX_PLACE, 6},	/* county */
	{0x0000697469726d73ull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* smriti */
	{0x00006c656e6f696cull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* lionel */
	{0x63726f666b726f77ull, 0x0000000000000065ull, NE_LX_CORP_NOUN, 9},	/* workforce */
	{0x6d72656c6c697567ull, 0x000000000000006full, NE_LX_FIRST_M, 9},	/* guillermo */
	{0x0000007361696c65ull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* elias */
	{0x68616c6c75646261ull, 0x0000000000000000ull, NE_LX_FIRST_M, 8},	/* abdullah */
	{0x616d747369726863ull, 0x0000000000000073ull, NE_LX_NONNAME, 9},	/* christmas */
	{0x0000000072616d6full, 0x0000000000000000ull, NE_LX_FIRST_M, 4},	/* omar */
	{0, 0, 0, 0},
	{0x0000006c65766170ull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* pavel */
	{0x7372657070696873ull, 0x0000000000000000ull, NE_LX_NOMINAL, 8},	/* shippers */
	{0x69726574616b6579ull, 0x000000000000616eull, NE_LX_FIRST_F, 10},	/* yekaterina */
	{0x0000000065676170ull, 0x0000000000000000ull, NE_LX_NONNAME, 4},	/* page */
	{0x776f72726f6d6f74ull, 0x0000000000000000ull, NE_LX_NONNAME, 8},	/* tomorrow */
	{0x6465747570736964ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* disputed */
	{0x0000006c616d656bull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* kemal */
	{0x0000006c6c61696eull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* niall */
	{0x0061696c69636563ull, 0x0000000000000000ull, NE_LX_FIRST_F, 7},	/* cecilia */
	{0x000000616d6d6567ull, 0x0000000000000000ull, NE_LX_FIRST_F, 5},	/* gemma */
	{0x00006d6974636976ull, 0x0000000000000000ull, NE_LX_NOMINAL, 6},	/* victim */
	{0x00007372656e776full, 0x0000000000000000ull, NE_LX_NOMINAL, 6},	/* owners */
	{0x6e616964656d6f63ull, 0x0000000000000000ull, NE_LX_TITLE | NE_LX_PERSON_NOUN, 8},	/* comedian */
	{0x00006863696e756dull, 0x0000000000000000ull, NE_LX_PLACE, 6},	/* munich */
	{0x72656b616d726163ull, 0x0000000000000073ull, NE_LX_NOMINAL, 9},	/* carmakers */
	{0x00006169766c6973ull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* silvia */
	{0x000000000079616dull, 0x0000000000000000ull, NE_LX_MONTH | NE_LX_NONNAME | NE_LX_SKIPADV, 3},	/* may */
	{0x0000000000636e64ull, 0x0000000000000000ull, NE_LX_KNOWN_ORG, 3},	/* dnc */
	{0x61697379616c616dull, 0x0000000000000000ull, NE_LX_PLACE, 8},	/* malaysia */
	{0x676e69746e756174ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* taunting */
	{0x000000006e617473ull, 0x0000000000000000ull, NE_LX_FIRST_M, 4},	/* stan */
	{0x00000061646e696cull, 0x0000000000000000ull, NE_LX_FIRST_F, 5},	/* linda */
	{0x000000000000726dull, 0x0000000000000000ull, NE_LX_TITLE | NE_LX_HON_M | NE_LX_HONORIFIC | NE_LX_ABBREV | NE_LX_ABBREV_TITLE, 2},	/* mr */
	{0x00000000006f7069ull, 0x0000000000000000ull, NE_LX_NONNAME, 3},	/* ipo */
	{0x656d69616c637865ull, 0x0000000000000064ull, NE_LX_CUE, 9},	/* exclaimed */
	{0x656d6e7265766f67ull, 0x000000000000746eull, NE_LX_ORG | NE_LX_NOMINAL, 10},	/* government */
	{0x000079656e646f72ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* rodney */
	{0x0000657567617270ull, 0x0000000000000000ull, NE_LX_PLACE, 6},	/* prague */
	{0x00000000006c6f73ull, 0x0000000000000000ull, NE_LX_FIRST_M, 3},	/* sol */
	{0x00006d7269666661ull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* affirm */
	{0x006b6f6b676e6162ull, 0x0000000000000000ull, NE_LX_PLACE, 7},	/* bangkok */
	{0x0000676e696e6570ull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* pening */
	{0x000000616c6f6976ull, 0x0000000000000000ull, NE_LX_FIRST_F, 5},	/* viola */
	{0x0000656968706f73ull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* sophie */
	{0x006163697373656aull, 0x0000000000000000ull, NE_LX_FIRST_F, 7},	/* jessica */
	{0x6e6974617272616eull, 0x0000000000000067ull, NE_LX_CUE, 9},	/* narrating */
	{0x7461696c61746572ull, 0x0000000000006465ull, NE_LX_CUE, 10},	/* retaliated */
	{0x00006179696c7579ull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* yuliya */
	{0x0000000062756c63ull, 0x0000000000000000ull, NE_LX_ORG | NE_LX_ORG_NOUN, 4},	/* club */
	{0x676e697473616f62ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* boasting */
	{0x00000000002e7473ull, 0x0000000000000000ull, NE_LX_PLACE, 3},	/* st. */
	{0x00666c6573726568ull, 0x0000000000000000ull, NE_LX_PRON_F, 7},	/* herself */
	{0x0000006b65726564ull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* derek */
	{0x6e65736572706572ull, 0x0000657669746174ull, NE_LX_TITLE | NE_LX_NOMINAL, 14},	/* representative */
	{0x0000007265646e75ull, 0x0000000000000000ull, NE_LX_TITLE_MOD | NE_LX_NONNAME, 5},	/* under */
	{0x0064656e6f746e69ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* intoned */
	{0x00647261756f6465ull, 0x0000000000000000ull, NE_LX_FIRST_M, 7},	/* edouard */
	{0, 0, 0, 0},
	{0x0000000000726f6eull, 0x0000000000000000ull, NE_LX_NONNAME, 3},	/* nor */
	{0x746972616772616dull, 0x0000000000000061ull, NE_LX_FIRST_F, 9},	/* margarita */
	{0x0000006465646f6eull, 0x0000000000000000ull, NE_LX_CUE, 5},	/* noded */
	{0x00000000676e6f6bull, 0x0000000000000000ull, NE_LX_PLACE, 4},	/* kong */
	{0x00006b69726e6568ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* henrik */
	{0x736e6d65646e6f63ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* condemns */
	{0x000068746c616568ull, 0x0000000000000000ull, NE_LX_TITLE_MOD, 6},	/* health */
	{0x007265646e756874ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* thunder */
	{0x0000006e6f787865ull, 0x0000000000000000ull, NE_LX_KNOWN_ORG, 5},	/* exxon */
	{0x0000000000626577ull, 0x0000000000000000ull, NE_LX_NONNAME, 3},	/* web */
	{0x000065696e726562ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* bernie */
	{0x006576726573626full, 0x0000000000000000ull, NE_LX_CUE, 7},	/* observe */
	{0x00656e7562697274ull, 0x0000000000000000ull, NE_LX_ORG, 7},	/* tribune */
	{0x0000736f6c726163ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* carlos */
	{0x0000000000646f6eull, 0x0000000000000000ull, NE_LX_CUE, 3},	/* nod */
	{0x0000006169646e69ull, 0x0000000000000000ull, NE_LX_PLACE, 5},	/* india */
	{0x00006f6c7a73616cull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* laszlo */
	{0x796c6c6175746361ull, 0x0000000000000000ull, NE_LX_SKIPADV, 8},	/* actually */
	{0x00000073656d6974ull, 0x0000000000000000ull, NE_LX_ORG, 5},	/* times */
	{0x656e696172726f6cull, 0x0000000000000000ull, NE_LX_FIRST_F, 8},	/* lorraine */
	{0x000000006861656cull, 0x0000000000000000ull, NE_LX_FIRST_F, 4},	/* leah */
	{0x6972747375646e69ull, 0x0000000000000065ull, NE_LX_ORG, 9},	/* industrie */
	{0x000000006f746e6full, 0x0000000000000000ull, NE_LX_NONNAME, 4},	/* onto */
	{0x0000006e6170616aull, 0x0000000000000000ull, NE_LX_PLACE, 5},	/* japan */
	{0x0000006e6972726full, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* orrin */
	{0x00006563696c6f70ull, 0x0000000000000000ull, NE_LX_ORG | NE_LX_NOMINAL, 6},	/* police */
	{0x0064657474616863ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* chatted */
	{0x0000000070696877ull, 0x0000000000000000ull, NE_LX_TITLE_MOD, 4},	/* whip */
	{0x697070696c696870ull, 0x000000000073656eull, NE_LX_PLACE, 11},	/* philippines */
	{0, 0, 0, 0},
	{0x00000065646f6872ull, 0x0000000000000000ull, NE_LX_PLACE, 5},	/* rhode */
	{0x000000000000666full, 0x0000000000000000ull, NE_LX_TITLE_MOD | NE_LX_NONNAME, 2},	/* of */
	{0x00000000006f6761ull, 0x0000000000000000ull, NE_LX_NONNAME, 3},	/* ago */
	{0x7472657373616572ull, 0x0000000000000073ull, NE_LX_CUE, 9},	/* reasserts */
	{0x646572756d72756dull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* murmured */
	{0x00006569766c7973ull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* sylvie */
	{0x0000696e656d6579ull, 0x0000000000000000ull, NE_LX_NAT, 6},	/* yemeni */
	{0x0000007974746567ull, 0x0000000000000000ull, NE_LX_NONNAME, 5},	/* getty */
	{0x0000000000007461ull, 0x0000000000000000ull, NE_LX_NONNAME, 2},	/* at */
	{0x00616967726f6567ull, 0x0000000000000000ull, NE_LX_PLACE, 7},	/* georgia */
	{0x0000006c75676f6dull, 0x0000000000000000ull, NE_LX_TITLE | NE_LX_PERSON_NOUN, 5},	/* mogul */
	{0x00000000006b2e75ull, 0x0000000000000000ull, NE_LX_PLACE, 3},	/* u.k */
	{0x00006c65696e6164ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* daniel */
	{0x00000000006e6562ull, 0x0000000000000000ull, NE_LX_FIRST_M, 3},	/* ben */
	{0x6e696b6569726873ull, 0x0000000000000067ull, NE_LX_CUE, 9},	/* shrieking */
	{0x6c6163696d656863ull, 0x0000000000000000ull, NE_LX_ORG, 8},	/* chemical */
	{0x00796e6166666974ull, 0x0000000000000000ull, NE_LX_FIRST_F, 7},	/* tiffany */
	{0x000061646176656eull, 0x0000000000000000ull, NE_LX_PLACE, 6},	/* nevada */
	{0x000000746867696dull, 0x0000000000000000ull, NE_LX_NONNAME | NE_LX_SKIPADV, 5},	/* might */
	{0x0000006472617567ull, 0x0000000000000000ull, NE_LX_ORG, 5},	/* guard */
	{0x0000000061736c65ull, 0x0000000000000000ull, NE_LX_FIRST_F, 4},	/* elsa */
	{0x0073646e65697266ull, 0x0000000000000000ull, NE_LX_NOMINAL, 7},	/* friends */
	{0x746169636f737361ull, 0x00000000006e6f69ull, NE_LX_ORG | NE_LX_NOMINAL, 11},	/* association */
	{0, 0, 0, 0},
	{0x000074756d6c6568ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* helmut */
	{0x00006465746e6576ull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* vented */
	{0x6f697a6972626166ull, 0x0000000000000000ull, NE_LX_FIRST_M, 8},	/* fabrizio */
	{0x00000000006f6563ull, 0x0000000000000000ull, NE_LX_TITLE, 3},	/* ceo */
	{0x74676e6968736177ull, 0x0000000000006e6full, NE_LX_PLACE, 10},	/* washington */
	{0x657265746e756f63ull, 0x0000000000000064ull, NE_LX_CUE, 9},	/* countered */
	{0x796c73756f6d6166ull, 0x0000000000000000ull, NE_LX_SKIPADV, 8},	/* famously */
	{0x006e6f6567727573ull, 0x0000000000000000ull, NE_LX_TITLE_MOD, 7},	/* surgeon */
	{0x00749980e26e6163ull, 0x0000000000000000ull, NE_LX_NONNAME | NE_LX_SKIPADV, 7},	/* can’t */
	{0x0061747369726863ull, 0x0000000000000000ull, NE_LX_FIRST_F, 7},	/* christa */
	{0x64657266696e6977ull, 0x0000000000000000ull, NE_LX_FIRST_F, 8},	/* winifred */
	{0x000000006c69656eull, 0x0000000000000000ull, NE_LX_FIRST_M, 4},	/* neil */
	{0x000000006e656874ull, 0x0000000000000000ull, NE_LX_NONNAME | NE_LX_SKIPADV, 4},	/* then */
	{0x00006e6572726177ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* warren */
	{0x646e616c69616874ull, 0x0000000000000000ull, NE_LX_PLACE, 8},	/* thailand */
	{0x0000796177726f6eull, 0x0000000000000000ull, NE_LX_PLACE, 6},	/* norway */
	{0x000000000000796dull, 0x0000000000000000ull, NE_LX_NONNAME, 2},	/* my */
	{0x0000000000746361ull, 0x0000000000000000ull, NE_LX_PLACE, 3},	/* act */
	{0x000000007269656bull, 0x0000000000000000ull, NE_LX_FIRST_M, 4},	/* keir */
	{0x00006d616972696dull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* miriam */
	{0x6e616d6972706572ull, 0x0000000000007364ull, NE_LX_CUE, 10},	/* reprimands */
	{0x0000796567726573ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* sergey */
	{0x0000000000616461ull, 0x0000000000000000ull, NE_LX_FIRST_F, 3},	/* ada */
	{0x657473676e756f79ull, 0x0000000000000072ull, NE_LX_PERSON_NOUN, 9},	/* youngster */
	{0x6e616d73746f6373ull, 0x0000000000000000ull, NE_LX_NAT | NE_LX_PERSON_NOUN, 8},	/* scotsman */
	{0x65706f6c656e6570ull, 0x0000000000000000ull, NE_LX_FIRST_F, 8},	/* penelope */
	{0x0000006863616562ull, 0x0000000000000000ull, NE_LX_PLACE, 5},	/* beach */
	{0x0079646165726c61ull, 0x0000000000000000ull, NE_LX_NONNAME | NE_LX_SKIPADV, 7},	/* already */
	{0x0000000000697063ull, 0x0000000000000000ull, NE_LX_NONNAME, 3},	/* cpi */
	{0x0000007473616c62ull, 0x0000000000000000ull, NE_LX_CUE, 5},	/* blast */
	{0x0000687065736f6aull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* joseph */
	{0x6e656d6d6f636572ull, 0x0000000000007364ull, NE_LX_CUE, 10},	/* recommends */
	{0x72656c6961746572ull, 0x0000000000000073ull, NE_LX_NOMINAL, 9},	/* retailers */
	{0x000072656c6c6f68ull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* holler */
	{0x726169636964756aull, 0x0000000000000079ull, NE_LX_TITLE_MOD, 9},	/* judiciary */
	{0x74746569726e6568ull, 0x0000000000000061ull, NE_LX_FIRST_F, 9},	/* henrietta */
	{0x00007961646e6f6dull, 0x0000000000000000ull, NE_LX_WEEKDAY, 6},	/* monday */
	{0x6e656d6d6f636572ull, 0x0000000000000064ull, NE_LX_CUE, 9},	/* recommend */
	{0x0000006e65647961ull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* ayden */
	{0x6e676961706d6163ull, 0x0000000000737265ull, NE_LX_NOMINAL, 11},	/* campaigners */
	{0x00000073696e6564ull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* denis */
	{0x006574616e67616dull, 0x0000000000000000ull, NE_LX_PERSON_NOUN, 7},	/* magnate */
	{0x00006873696e6164ull, 0x0000000000000000ull, NE_LX_NAT, 6},	/* danish */
	{0x0000007269616863ull, 0x0000000000000000ull, NE_LX_TITLE | NE_LX_NOMINAL, 5},	/* chair */
	{0x7474656c72616373ull, 0x0000000000000000ull, NE_LX_FIRST_F, 8},	/* scarlett */
	{0x006965736b656c61ull, 0x0000000000000000ull, NE_LX_FIRST_M, 7},	/* aleksei */
	{0x00006e6f646e796cull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* lyndon */
	{0x00000073616d6f74ull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* tomas */
	{0x7365746172696d65ull, 0x0000000000000000ull, NE_LX_PLACE, 8},	/* emirates */
	{0x746f73656e6e696dull, 0x0000000000000061ull, NE_LX_PLACE, 9},	/* minnesota */
	{0x0000000064617262ull, 0x0000000000000000ull, NE_LX_FIRST_M, 4},	/* brad */
	{0x00000000656e616aull, 0x0000000000000000ull, NE_LX_FIRST_F, 4},	/* jane */
	{0x00737265626d656dull, 0x0000000000000000ull, NE_LX_NOMINAL, 7},	/* members */
	{0x7261627469657262ull, 0x0000000000000074ull, NE_LX_KNOWN_ORG, 9},	/* breitbart */
	{0x696d757a6f726968ull, 0x0000000000000000ull, NE_LX_FIRST_M, 8},	/* hirozumi */
	{0x006f766174737567ull, 0x0000000000000000ull, NE_LX_FIRST_M, 7},	/* gustavo */
	{0x00006e61696c756aull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* julian */
	{0x0000000073796173ull, 0x0000000000000000ull, NE_LX_CUE | NE_LX_CUE_SAY, 4},	/* says */
	{0x000073756972616dull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* marius */
	{0x7463757274736e69ull, 0x0000000000676e69ull, NE_LX_CUE, 11},	/* instructing */
	{0x00006f636978656dull, 0x0000000000000000ull, NE_LX_PLACE, 6},	/* mexico */
	{0x000000676e6f6d61ull, 0x0000000000000000ull, NE_LX_NONNAME, 5},	/* among */
	{0x6563616d72616870ull, 0x00736c6163697475ull, NE_LX_ORG, 15},	/* pharmaceuticals */
	{0x61696e6967726976ull, 0x0000000000000000ull, NE_LX_PLACE | NE_LX_FIRST_F, 8},	/* virginia */
	{0x0000646570736167ull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* gasped */
	{0x6c6f686572616873ull, 0x0000000000726564ull, NE_LX_CORP_OF | NE_LX_CORP_NOUN, 11},	/* shareholder */
	{0x0000000073657574ull, 0x0000000000000000ull, NE_LX_WEEKDAY, 4},	/* tues */
	{0x000000006b636f6dull, 0x0000000000000000ull, NE_LX_CUE, 4},	/* mock */
	{0x0000616c69656873ull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* sheila */
	{0x0073726f74636f64ull, 0x0000000000000000ull, NE_LX_NOMINAL, 7},	/* doctors */
	{0x637365636e617266ull, 0x0000000000000061ull, NE_LX_FIRST_F, 9},	/* francesca */
	{0x000062616e69617aull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* zainab */
	{0x72646e6173736163ull, 0x0000000000000061ull, NE_LX_FIRST_F, 9},	/* cassandra */
	{0, 0, 0, 0},
	{0x0000006e65657571ull, 0x0000000000000000ull, NE_LX_TITLE | NE_LX_HON_F, 5},	/* queen */
	{0x000064656c696d73ull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* smiled */
	{0x00656465636e6f63ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* concede */
	{0x00797261676e7568ull, 0x0000000000000000ull, NE_LX_PLACE, 7},	/* hungary */
	{0x00000000006e2e75ull, 0x0000000000000000ull, NE_LX_PLACE, 3},	/* u.n */
	{0x0065726975716e65ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* enquire */
	{0x006d61696c6c6977ull, 0x0000000000000000ull, NE_LX_FIRST_M, 7},	/* william */
	{0x006c656e6f6c6f63ull, 0x0000000000000000ull, NE_LX_TITLE, 7},	/* colonel */
	{0x68736974746f6373ull, 0x0000000000000000ull, NE_LX_NAT, 8},	/* scottish */
	{0x000072656e6e7572ull, 0x0000000000000000ull, NE_LX_PERSON_NOUN, 6},	/* runner */
	{0, 0, 0, 0},
	{0x79727473696e696dull, 0x0000000000000000ull, NE_LX_ORG | NE_LX_NOMINAL | NE_LX_ORG_NOUN, 8},	/* ministry */
	{0x7369736168706d65ull, 0x0000000000000065ull, NE_LX_CUE, 9},	/* emphasise */
	{0x00000000776f6873ull, 0x0000000000000000ull, NE_LX_ORG, 4},	/* show */
	{0x0000000000786f66ull, 0x0000000000000000ull, NE_LX_KNOWN_ORG, 3},	/* fox */
	{0x6e696c6262697571ull, 0x0000000000000067ull, NE_LX_CUE, 9},	/* quibbling */
	{0x00746e756f636572ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* recount */
	{0x00000000676e7561ull, 0x0000000000000000ull, NE_LX_FIRST_F, 4},	/* aung */
	{0x00007265666c6f67ull, 0x0000000000000000ull, NE_LX_PERSON_NOUN, 6},	/* golfer */
	{0x0064656e616f7267ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* groaned */
	{0x0000000064756865ull, 0x0000000000000000ull, NE_LX_FIRST_M, 4},	/* ehud */
	{0x00000000646c6f74ull, 0x0000000000000000ull, NE_LX_CUE | NE_LX_CUE_SAY, 4},	/* told */
	{0x00000074276e6f77ull, 0x0000000000000000ull, NE_LX_NONNAME | NE_LX_SKIPADV, 5},	/* won't */
	{0, 0, 0, 0},
	{0x000000626f6b616aull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* jakob */
	{0x00000064652d706full, 0x0000000000000000ull, NE_LX_NOMINAL, 5},	/* op-ed */
	{0x006874656e6e656bull, 0x0000000000000000ull, NE_LX_FIRST_M, 7},	/* kenneth */
	{0x65766974616c6572ull, 0x0000000000000073ull, NE_LX_NOMINAL, 9},	/* relatives */
	{0x006169726562696cull, 0x0000000000000000ull, NE_LX_PLACE, 7},	/* liberia */
	{0x0000000063697265ull, 0x0000000000000000ull, NE_LX_FIRST_M, 4},	/* eric */
	{0x0000000000007962ull, 0x0000000000000000ull, NE_LX_NONNAME, 2},	/* by */
	{0x000000006b636972ull, 0x0000000000000000ull, NE_LX_FIRST_M, 4},	/* rick */
	{0x0061696e616d6f72ull, 0x0000000000000000ull, NE_LX_PLACE, 7},	/* romania */
	{0x6e6972657474756dull, 0x0000000000000067ull, NE_LX_CUE, 9},	/* muttering */
	{0x7972747369676572ull, 0x0000000000000000ull, NE_LX_ORG, 8},	/* registry */
	{0x00656e656c72616dull, 0x0000000000000000ull, NE_LX_FIRST_F, 7},	/* marlene */
	{0x616e616c74657673ull, 0x0000000000000000ull, NE_LX_FIRST_F, 8},	/* svetlana */
	{0x74616c7563657073ull, 0x0000000000006465ull, NE_LX_CUE, 10},	/* speculated */
	{0x7669747563657865ull, 0x0000000000000065ull, NE_LX_TITLE | NE_LX_TITLE_MOD | NE_LX_NOMINAL, 9},	/* executive */
	{0x0000739980e27469ull, 0x0000000000000000ull, NE_LX_NONNAME, 6},	/* it’s */
	{0x000072656e726577ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* werner */
	{0x00007265676e6973ull, 0x0000000000000000ull, NE_LX_TITLE | NE_LX_PERSON_NOUN, 6},	/* singer */
	{0x000000006c6c6977ull, 0x0000000000000000ull, NE_LX_NONNAME | NE_LX_SKIPADV, 4},	/* will */
	{0x00656e696c726961ull, 0x0000000000000000ull, NE_LX_ORG | NE_LX_ORG_NOUN, 7},	/* airline */
	{0x6e616964616e6163ull, 0x0000000000000000ull, NE_LX_NAT, 8},	/* canadian */
	{0x0073657373796c75ull, 0x0000000000000000ull, NE_LX_FIRST_M, 7},	/* ulysses */
	{0x0000736f6e657562ull, 0x0000000000000000ull, NE_LX_PLACE, 6},	/* buenos */
	{0x000000656e69616dull, 0x0000000000000000ull, NE_LX_PLACE, 5},	/* maine */
	{0x6e697473656c6170ull, 0x00000000006e6169ull, NE_LX_NAT, 11},	/* palestinian */
	{0x00747265626c6967ull, 0x0000000000000000ull, NE_LX_FIRST_M, 7},	/* gilbert */
	{0x736369706d796c6full, 0x0000000000000000ull, NE_LX_ORG, 8},	/* olympics */
	{0x000000006c6c6577ull, 0x0000000000000000ull, NE_LX_NONNAME, 4},	/* well */
	{0x000000676e696562ull, 0x0000000000000000ull, NE_LX_SKIPADV, 5},	/* being */
	{0x726f6d69746c6162ull, 0x0000000000000065ull, NE_LX_PLACE, 9},	/* baltimore */
	{0x0000006e61676f6cull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* logan */
	{0x0000746e656d616cull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* lament */
	{0x0000747369736e69ull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* insist */
	{0x6369746168706d65ull, 0x00000000796c6c61ull, NE_LX_SKIPADV, 12},	/* emphatically */
	{0x00006172696d6173ull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* samira */
	{0x0000000064646f74ull, 0x0000000000000000ull, NE_LX_FIRST_M, 4},	/* todd */
	{0x0000007372756874ull, 0x0000000000000000ull, NE_LX_WEEKDAY, 5},	/* thurs */
	{0x6974616369646e69ull, 0x000000000000676eull, NE_LX_CUE, 10},	/* indicating */
	{0x00006e656d726163ull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* carmen */
	{0x000000006564616aull, 0x0000000000000000ull, NE_LX_FIRST_F, 4},	/* jade */
	{0x00676e6968737567ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* gushing */
	{0x00000061696c756aull, 0x0000000000000000ull, NE_LX_FIRST_F, 5},	/* julia */
	{0x0000007364616572ull, 0x0000000000000000ull, NE_LX_CUE, 5},	/* reads */
	{0x6e616d68736c6577ull, 0x0000000000000000ull, NE_LX_NAT | NE_LX_PERSON_NOUN, 8},	/* welshman */
	{0x006567617373656dull, 0x0000000000000000ull, NE_LX_NOMINAL | NE_LX_STATEMENT, 7},	/* message */
	{0x7a69736168706d65ull, 0x0000000000000065ull, NE_LX_CUE, 9},	/* emphasize */
	{0x63696c6275706572ull, 0x0000000000736e61ull, NE_LX_NAT, 11},	/* republicans */
	{0x000000746e657262ull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* brent */
	{0x0000656e6978616dull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* maxine */
	{0x006c65696b657a65ull, 0x0000000000000000ull, NE_LX_FIRST_M, 7},	/* ezekiel */
	{0x00656e6961726b75ull, 0x0000000000000000ull, NE_LX_PLACE, 7},	/* ukraine */
	{0x6f70736572726f63ull, 0x000000746e65646eull, NE_LX_TITLE, 13},	/* correspondent */
	{0x000000006c756170ull, 0x0000000000000000ull, NE_LX_FIRST_M, 4},	/* paul */
	{0x0073276572656874ull, 0x0000000000000000ull, NE_LX_NONNAME, 7},	/* there's */
	{0x0073747265707865ull, 0x0000000000000000ull, NE_LX_NOMINAL, 7},	/* experts */
	{0, 0, 0, 0},
	{0x0000000000617065ull, 0x0000000000000000ull, NE_LX_KNOWN_ORG, 3},	/* epa */
	{0x6562697263736564ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* describe */
	{0x000000000061696dull, 0x0000000000000000ull, NE_LX_FIRST_F, 3},	/* mia */
	{0x00000074656d6861ull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* ahmet */
	{0x0073647261776f74ull, 0x0000000000000000ull, NE_LX_NONNAME, 7},	/* towards */
	{0x0000000000007662ull, 0x0000000000000000ull, NE_LX_ORG, 2},	/* bv */
	{0x7369736168706d65ull, 0x0000000000006465ull, NE_LX_CUE, 10},	/* emphasised */
	{0x0000000065766172ull, 0x0000000000000000ull, NE_LX_CUE, 4},	/* rave */
	{0x656c626269726373ull, 0x0000000000000064ull, NE_LX_CUE, 9},	/* scribbled */
	{0x0000000079656f7aull, 0x0000000000000000ull, NE_LX_FIRST_F, 4},	/* zoey */
	{0x6e696d61796e6962ull, 0x0000000000000000ull, NE_LX_FIRST_M, 8},	/* binyamin */
	{0x0000000064657266ull, 0x0000000000000000ull, NE_LX_FIRST_M, 4},	/* fred */
	{0x006e726574736165ull, 0x0000000000000000ull, NE_LX_NAT, 7},	/* eastern */
	{0x0000000000746564ull, 0x0000000000000000ull, NE_LX_TITLE | NE_LX_ABBREV | NE_LX_ABBREV_TITLE, 3},	/* det */
	{0x0000000079646e61ull, 0x0000000000000000ull, NE_LX_FIRST_M, 4},	/* andy */
	{0x00006e6f74687361ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* ashton */
	{0x0000006e616b6168ull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* hakan */
	{0x726f7461766c6173ull, 0x0000000000000065ull, NE_LX_FIRST_M, 9},	/* salvatore */
	{0x000000656e657269ull, 0x0000000000000000ull, NE_LX_FIRST_F, 5},	/* irene */
	{0x656d616e74656976ull, 0x0000000000006573ull, NE_LX_NAT, 10},	/* vietnamese */
	{0x0000006c6f726163ull, 0x0000000000000000ull, NE_LX_FIRST_F, 5},	/* carol */
	{0x0000006e6f727962ull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* byron */
	{0x00000073656c756aull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* jules */
	{0x696e69616c707865ull, 0x000000000000676eull, NE_LX_CUE, 10},	/* explaining */
	{0x0000006572646e61ull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* andre */
	{0x6e65746165726874ull, 0x0000000000000073ull, NE_LX_CUE, 9},	/* threatens */
	{0x000000000070736dull, 0x0000000000000000ull, NE_LX_TITLE | NE_LX_NOMINAL, 3},	/* msp */
	{0x696c616c6179616aull, 0x0000000061616874ull, NE_LX_FIRST_F, 12},	/* jayalalithaa */
	{0x0065696c6174616eull, 0x0000000000000000ull, NE_LX_FIRST_F, 7},	/* natalie */
	{0x0000000000637465ull, 0x0000000000000000ull, NE_LX_ABBREV, 3},	/* etc */
	{0x657073656b6f7073ull, 0x000000006e6f7372ull, NE_LX_TITLE | NE_LX_NOMINAL, 12},	/* spokesperson */
	{0x0000000000776f76ull, 0x0000000000000000ull, NE_LX_CUE, 3},	/* vow */
	{0x00000072616d6c69ull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* ilmar */
	{0x000000006e617669ull, 0x0000000000000000ull, NE_LX_FIRST_M, 4},	/* ivan */
	{0x63656a7265746e69ull, 0x0000000000646574ull, NE_LX_CUE, 11},	/* interjected */
	{0x0073656c626d756dull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* mumbles */
	{0x0079656e74696877ull, 0x0000000000000000ull, NE_LX_FIRST_F, 7},	/* whitney */
	{0x000000616d726f6eull, 0x0000000000000000ull, NE_LX_FIRST_F, 5},	/* norma */
	{0x7a69636974697263ull, 0x0000000000006465ull, NE_LX_CUE, 10},	/* criticized */
	{0x65636e65726f6c66ull, 0x0000000000000000ull, NE_LX_FIRST_F, 8},	/* florence */
	{0x0065627574756f79ull, 0x0000000000000000ull, NE_LX_KNOWN_ORG, 7},	/* youtube */
	{0x7473696c65766f6eull, 0x0000000000000000ull, NE_LX_PERSON_NOUN, 8},	/* novelist */
	{0x6f72696875736179ull, 0x0000000000000000ull, NE_LX_FIRST_M, 8},	/* yasuhiro */
	{0x000000656c656461ull, 0x0000000000000000ull, NE_LX_FIRST_F, 5},	/* adele */
	{0x00676e6970696e73ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* sniping */
	{0x737961776c696172ull, 0x0000000000000000ull, NE_LX_ORG, 8},	/* railways */
	{0x0064656c69616d65ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* emailed */
	{0x000000616e657261ull, 0x0000000000000000ull, NE_LX_PLACE, 5},	/* arena */
	{0x0073616c6f63696eull, 0x0000000000000000ull, NE_LX_FIRST_M, 7},	/* nicolas */
	{0x000000776f6c6562ull, 0x0000000000000000ull, NE_LX_NONNAME, 5},	/* below */
	{0x0000000000706572ull, 0x0000000000000000ull, NE_LX_TITLE | NE_LX_ABBREV | NE_LX_ABBREV_TITLE, 3},	/* rep */
	{0x0000006e69766564ull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* devin */
	{0x6e6e61796c6c656bull, 0x0000000000000065ull, NE_LX_FIRST_M | NE_LX_FIRST_F, 9},	/* kellyanne */
	{0x00000000006e7573ull, 0x0000000000000000ull, NE_LX_WEEKDAY, 3},	/* sun */
	{0x006e79726874616bull, 0x0000000000000000ull, NE_LX_FIRST_F, 7},	/* kathryn */
	{0x6c616e6964726163ull, 0x0000000000000000ull, NE_LX_TITLE | NE_LX_HON_M, 8},	/* cardinal */
	{0x736d7269666e6f63ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* confirms */
	{0x0000000000657573ull, 0x0000000000000000ull, NE_LX_FIRST_F, 3},	/* sue */
	{0x00739980e274656cull, 0x0000000000000000ull, NE_LX_NONNAME, 7},	/* let’s */
	{0x0000000065766168ull, 0x0000000000000000ull, NE_LX_NONNAME | NE_LX_SKIPADV, 4},	/* have */
	{0x0000616d72616870ull, 0x0000000000000000ull, NE_LX_ORG, 6},	/* pharma */
	{0x69746c75736e6f63ull, 0x000000000000676eull, NE_LX_ORG, 10},	/* consulting */
	{0x000064726f636361ull, 0x0000000000000000ull, NE_LX_PLACE, 6},	/* accord */
	{0x0000696961776168ull, 0x0000000000000000ull, NE_LX_PLACE, 6},	/* hawaii */
	{0x0074697563726963ull, 0x0000000000000000ull, NE_LX_TITLE_MOD, 7},	/* circuit */
	{0x00000000726f6769ull, 0x0000000000000000ull, NE_LX_FIRST_M, 4},	/* igor */
	{0x0000796c72657665ull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* everly */
	{0x73646e65746e6f63ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* contends */
	{0x00000000006e6962ull, 0x0000000000000000ull, NE_LX_PARTICLE, 3},	/* bin */
	{0x72616873636e6162ull, 0x0000000000007365ull, NE_LX_ORG, 10},	/* bancshares */
	{0x0064657473616f62ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* boasted */
	{0x0000006461656c70ull, 0x0000000000000000ull, NE_LX_CUE, 5},	/* plead */
	{0x00736b72616d6572ull, 0x0000000000000000ull, NE_LX_CUE | NE_LX_STATEMENT, 7},	/* remarks */
	{0x00616974616f7263ull, 0x0000000000000000ull, NE_LX_PLACE, 7},	/* croatia */
	{0x0000000073647664ull, 0x0000000000000000ull, NE_LX_NONNAME, 4},	/* dvds */
	{0x000000006d6f7266ull, 0x0000000000000000ull, NE_LX_NONNAME, 4},	/* from */
	{0x0000000065726577ull, 0x0000000000000000ull, NE_LX_NONNAME | NE_LX_SKIPADV, 4},	/* were */
	{0, 0, 0, 0},
	{0x0000006465707974ull, 0x0000000000000000ull, NE_LX_CUE, 5},	/* typed */
	{0x0000000074736f68ull, 0x0000000000000000ull, NE_LX_TITLE, 4},	/* host */
	{0x0000000061647375ull, 0x0000000000000000ull, NE_LX_KNOWN_ORG, 4},	/* usda */
	{0x6c6169636966666full, 0x0000000000000000ull, NE_LX_NOMINAL, 8},	/* official */
	{0x0000006e69616761ull, 0x0000000000000000ull, NE_LX_NONNAME | NE_LX_SKIPADV, 5},	/* again */
	{0x006572616c636564ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* declare */
	{0x000000006c6c616dull, 0x0000000000000000ull, NE_LX_PLACE, 4},	/* mall */
	{0x006c616e72756f6aull, 0x0000000000000000ull, NE_LX_ORG, 7},	/* journal */
	{0x0000000000006e61ull, 0x0000000000000000ull, NE_LX_NONNAME, 2},	/* an */
	{0x00006c657672616dull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* marvel */
	{0x0000616973737572ull, 0x0000000000000000ull, NE_LX_PLACE, 6},	/* russia */
	{0x6572656d6d617473ull, 0x0000000000000064ull, NE_LX_CUE, 9},	/* stammered */
	{0x7372656d6d617473ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* stammers */
	{0x0000616963696c61ull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* alicia */
	{0x0000000000746f6eull, 0x0000000000000000ull, NE_LX_NONNAME, 3},	/* not */
	{0x7373656e69737562ull, 0x00000000006e616dull, NE_LX_TITLE | NE_LX_HON_M | NE_LX_PERSON_NOUN, 11},	/* businessman */
	{0x73696d6f6e6f6365ull, 0x0000000000000074ull, NE_LX_TITLE | NE_LX_PERSON_NOUN, 9},	/* economist */
	{0x726f746365726964ull, 0x0000000000000000ull, NE_LX_TITLE | NE_LX_NOMINAL, 8},	/* director */
	{0x0000007369756f6cull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* louis */
	{0x006e796c6564616dull, 0x0000000000000000ull, NE_LX_FIRST_F, 7},	/* madelyn */
	{0x656e617064616564ull, 0x0000000000000064ull, NE_LX_CUE, 9},	/* deadpaned */
	{0x0000000073736f72ull, 0x0000000000000000ull, NE_LX_FIRST_M, 4},	/* ross */
	{0x0000736573736968ull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* hisses */
	{0x007463656c666572ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* reflect */
	{0x006f6963616e6769ull, 0x0000000000000000ull, NE_LX_FIRST_M, 7},	/* ignacio */
	{0x00616369616d616aull, 0x0000000000000000ull, NE_LX_PLACE, 7},	/* jamaica */
	{0x00000073646f6f66ull, 0x0000000000000000ull, NE_LX_ORG, 5},	/* foods */
	{0x000000796c6c6f68ull, 0x0000000000000000ull, NE_LX_FIRST_F, 5},	/* holly */
	{0x000000006d616562ull, 0x0000000000000000ull, NE_LX_CUE, 4},	/* beam */
	{0x000064656c696177ull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* wailed */
	{0x000000006f746976ull, 0x0000000000000000ull, NE_LX_FIRST_M, 4},	/* vito */
	{0x000000006c696870ull, 0x0000000000000000ull, NE_LX_FIRST_M, 4},	/* phil */
	{0x0000000000637466ull, 0x0000000000000000ull, NE_LX_KNOWN_ORG, 3},	/* ftc */
	{0x0068736964657773ull, 0x0000000000000000ull, NE_LX_NAT, 7},	/* swedish */
	{0x657373756d736172ull, 0x000000000000006eull, NE_LX_KNOWN_ORG, 9},	/* rasmussen */
	{0x0000747364696d61ull, 0x0000000000000000ull, NE_LX_NONNAME, 6},	/* amidst */
	{0x61697261676c7562ull, 0x0000000000000000ull, NE_LX_PLACE, 8},	/* bulgaria */
	{0x000000006c6c6168ull, 0x0000000000000000ull, NE_LX_PLACE, 4},	/* hall */
	{0x00000065636e6568ull, 0x0000000000000000ull, NE_LX_NONNAME, 5},	/* hence */
	{0x007369636e617266ull, 0x0000000000000000ull, NE_LX_FIRST_M, 7},	/* francis */
	{0x00646e6f6d796172ull, 0x0000000000000000ull, NE_LX_FIRST_M, 7},	/* raymond */
	{0x676e697265656e73ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* sneering */
	{0x00656c6c6963756cull, 0x0000000000000000ull, NE_LX_FIRST_F, 7},	/* lucille */
	{0x6e61697369756f6cull, 0x0000000000000061ull, NE_LX_PLACE, 9},	/* louisiana */
	{0x000072656b6e6162ull, 0x0000000000000000ull, NE_LX_PERSON_NOUN, 6},	/* banker */
	{0x7365726f6c706564ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* deplores */
	{0x73616c6f6863696eull, 0x0000000000000000ull, NE_LX_FIRST_M, 8},	/* nicholas */
	{0x00007366666f6373ull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* scoffs */
	{0x00006563696e616aull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* janice */
	{0x0000646575677261ull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* argued */
	{0x6a69616272657a61ull, 0x0000000000696e61ull, NE_LX_NAT, 11},	/* azerbaijani */
	{0x65747361626d616cull, 0x0000000000000064ull, NE_LX_CUE, 9},	/* lambasted */
	{0x636e617275737361ull, 0x0000000000000065ull, NE_LX_ORG, 9},	/* assurance */
	{0x687469646572656dull, 0x0000000000000000ull, NE_LX_FIRST_F, 8},	/* meredith */
	{0x6465746165706572ull, 0x000000000000796cull, NE_LX_SKIPADV, 10},	/* repeatedly */
	{0x6e69646e696d6572ull, 0x0000000000000067ull, NE_LX_CUE, 9},	/* reminding */
	{0x0000616e61736b6full, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* oksana */
	{0x000000796c6c6f6dull, 0x0000000000000000ull, NE_LX_FIRST_F, 5},	/* molly */
	{0x000074656c6f6976ull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* violet */
	{0x0000616e6e656976ull, 0x0000000000000000ull, NE_LX_PLACE, 6},	/* vienna */
	{0x0000006c75686172ull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* rahul */
	{0x007372656b6f7262ull, 0x0000000000000000ull, NE_LX_NOMINAL, 7},	/* brokers */
	{0x0000000064656c70ull, 0x0000000000000000ull, NE_LX_CUE, 4},	/* pled */
	{0x6e6961746e756f6dull, 0x0000000000000000ull, NE_LX_PLACE, 8},	/* mountain */
	{0x697a69726f656874ull, 0x000000000000676eull, NE_LX_CUE, 10},	/* theorizing */
	{0x00006c7972656873ull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* sheryl */
	{0x000000616e696863ull, 0x0000000000000000ull, NE_LX_PLACE, 5},	/* china */
	{0x0000000000726973ull, 0x0000000000000000ull, NE_LX_TITLE | NE_LX_HON_M | NE_LX_HONORIFIC, 3},	/* sir */
	{0x736572616c636564ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* declares */
	{0x65732d7265646e75ull, 0x0079726174657263ull, NE_LX_TITLE, 15},	/* under-secretary */
	{0x0000000079726f63ull, 0x0000000000000000ull, NE_LX_FIRST_M, 4},	/* cory */
	{0x0000000079657274ull, 0x0000000000000000ull, NE_LX_FIRST_M, 4},	/* trey */
	{0x000000746172616dull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* marat */
	{0x0072657073696877ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* whisper */
	{0x0000656b75626572ull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* rebuke */
	{0x006f647261756465ull, 0x0000000000000000ull, NE_LX_FIRST_M, 7},	/* eduardo */
	{0x0000000000746463ull, 0x0000000000000000ull, NE_LX_NONNAME, 3},	/* cdt */
	{0x00000061746e6173ull, 0x0000000000000000ull, NE_LX_PLACE, 5},	/* santa */
	{0x0000616c6f676e61ull, 0x0000000000000000ull, NE_LX_PLACE, 6},	/* angola */
	{0x0000000000657775ull, 0x0000000000000000ull, NE_LX_FIRST_M, 3},	/* uwe */
	{0x0000006563696c61ull, 0x0000000000000000ull, NE_LX_FIRST_F, 5},	/* alice */
	{0x746172636f6d6564ull, 0x0000000000000073ull, NE_LX_NAT, 9},	/* democrats */
	{0x7a69636974697263ull, 0x0000000000000065ull, NE_LX_CUE, 9},	/* criticize */
	{0x000000686372616dull, 0x0000000000000000ull, NE_LX_MONTH, 5},	/* march */
	{0x0065726975716e69ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* inquire */
	{0x000000736f697861ull, 0x0000000000000000ull, NE_LX_KNOWN_ORG, 5},	/* axios */
	{0x0000000065726568ull, 0x0000000000000000ull, NE_LX_NONNAME, 4},	/* here */
	{0x7365696669726576ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* verifies */
	{0x6c65746176697270ull, 0x0000000000000079ull, NE_LX_SKIPADV, 9},	/* privately */
	{0x0073656c65676e61ull, 0x0000000000000000ull, NE_LX_PLACE, 7},	/* angeles */
	{0x7a69736168706d65ull, 0x0000000000676e69ull, NE_LX_CUE, 11},	/* emphasizing */
	{0x756f626d6578756cull, 0x0000000000006772ull, NE_LX_PLACE, 10},	/* luxembourg */
	{0x000000657373656aull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* jesse */
	{0x6c6169636966666full, 0x0000000000000073ull, NE_LX_NOMINAL, 9},	/* officials */
	{0x0000736976617274ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* travis */
	{0x00000000666c6f72ull, 0x0000000000000000ull, NE_LX_FIRST_M, 4},	/* rolf */
	{0x0000000000656369ull, 0x0000000000000000ull, NE_LX_KNOWN_ORG, 3},	/* ice */
	{0x6c6c656972626167ull, 0x0000000000000061ull, NE_LX_FIRST_F, 9},	/* gabriella */
	{0x676e696d69616c63ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* claiming */
	{0x0000000000007564ull, 0x0000000000000000ull, NE_LX_PARTICLE, 2},	/* du */
	{0x0073726564617274ull, 0x0000000000000000ull, NE_LX_NOMINAL, 7},	/* traders */
	{0x000064696c61686bull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* khalid */
	{0x64656c6262697571ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* quibbled */
	{0x00000000006a6172ull, 0x0000000000000000ull, NE_LX_FIRST_M, 3},	/* raj */
	{0x6169726f74696465ull, 0x000000000000006cull, NE_LX_NOMINAL, 9},	/* editorial */
	{0x697265646e756874ull, 0x000000000000676eull, NE_LX_CUE, 10},	/* thundering */
	{0x0065636e616e6966ull, 0x0000000000000000ull, NE_LX_TITLE_MOD, 7},	/* finance */
	{0x75656c6f72746570ull, 0x000000000000006dull, NE_LX_ORG, 9},	/* petroleum */
	{0x006c617469676964ull, 0x0000000000000000ull, NE_LX_TITLE_MOD, 7},	/* digital */
	{0x0000646574617473ull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* stated */
	{0x0000000065766164ull, 0x0000000000000000ull, NE_LX_FIRST_M, 4},	/* dave */
	{0x6e69747365747461ull, 0x0000000000000067ull, NE_LX_CUE, 9},	/* attesting */
	{0x000074726f746572ull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* retort */
	{0x000061696372616dull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* marcia */
	{0x0000797475706564ull, 0x0000000000000000ull, NE_LX_TITLE | NE_LX_TITLE_MOD, 6},	/* deputy */
	{0x0000006e7967656dull, 0x0000000000000000ull, NE_LX_FIRST_F, 5},	/* megyn */
	{0x006e796c65636f6aull, 0x0000000000000000ull, NE_LX_FIRST_F, 7},	/* jocelyn */
	{0x0069746172696d65ull, 0x0000000000000000ull, NE_LX_NAT, 7},	/* emirati */
	{0x6465726975716e69ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* inquired */
	{0x0000007065636572ull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* recep */
	{0x00006567656c6c61ull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* allege */
	{0x0000646570656577ull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* weeped */
	{0x0000000000696969ull, 0x0000000000000000ull, NE_LX_SUFFIX, 3},	/* iii */
	{0x0000006576657473ull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* steve */
	{0x7469726f68747561ull, 0x0000000000000079ull, NE_LX_ORG, 9},	/* authority */
	{0x0000000064616572ull, 0x0000000000000000ull, NE_LX_CUE | NE_LX_NONNAME, 4},	/* read */
	{0x7069636974726170ull, 0x0000000073746e61ull, NE_LX_NOMINAL, 12},	/* participants */
	{0x696c616e72756f6aull, 0x0000000000737473ull, NE_LX_NOMINAL, 11},	/* journalists */
	{0x6e6961746e69616dull, 0x0000000000006465ull, NE_LX_CUE, 10},	/* maintained */
	{0, 0, 0, 0},
	{0x00000000616c6c65ull, 0x0000000000000000ull, NE_LX_FIRST_F, 4},	/* ella */
	{0x00006e65656c6961ull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* aileen */
	{0x0000000000786f76ull, 0x0000000000000000ull, NE_LX_KNOWN_ORG, 3},	/* vox */
	{0x6465686361657270ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* preached */
	{0x6168746e616d6173ull, 0x0000000000000000ull, NE_LX_FIRST_F, 8},	/* samantha */
	{0x0000657474657679ull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* yvette */
	{0x0000006172746570ull, 0x0000000000000000ull, NE_LX_FIRST_F, 5},	/* petra */
	{0x6573696e6167726full, 0x0000000000007372ull, NE_LX_NOMINAL, 10},	/* organisers */
	{0x0000000000747362ull, 0x0000000000000000ull, NE_LX_NONNAME, 3},	/* bst */
	{0x7475746974736e69ull, 0x00000000006e6f69ull, NE_LX_ORG, 11},	/* institution */
	{0x6c6f707265746e69ull, 0x0000000000000000ull, NE_LX_KNOWN_ORG, 8},	/* interpol */
	{0x0000000000636e72ull, 0x0000000000000000ull, NE_LX_KNOWN_ORG, 3},	/* rnc */
	{0x007265696c726165ull, 0x0000000000000000ull, NE_LX_NONNAME, 7},	/* earlier */
	{0x73756373616d6164ull, 0x0000000000000000ull, NE_LX_PLACE, 8},	/* damascus */
	{0, 0, 0, 0},
	{0x686769737265766full, 0x0000000000000074ull, NE_LX_TITLE_MOD, 9},	/* oversight */
	{0x006e6f72656d6163ull, 0x0000000000000000ull, NE_LX_FIRST_M, 7},	/* cameron */
	{0x000000006c756f70ull, 0x0000000000000000ull, NE_LX_FIRST_M, 4},	/* poul */
	{0x6f6461726f6c6f63ull, 0x0000000000000000ull, NE_LX_PLACE, 8},	/* colorado */
	{0x000000007473616cull, 0x0000000000000000ull, NE_LX_NONNAME, 4},	/* last */
	{0x00000065696e6e61ull, 0x0000000000000000ull, NE_LX_FIRST_F, 5},	/* annie */
	{0x0000000000006f73ull, 0x0000000000000000ull, NE_LX_NONNAME, 2},	/* so */
	{0x7461726574696572ull, 0x0000000000000065ull, NE_LX_CUE, 9},	/* reiterate */
	{0x6569666972616c63ull, 0x0000000000000073ull, NE_LX_CUE, 9},	/* clarifies */
	{0x00006e616d726f6eull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* norman */
	{0x0000636972646563ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* cedric */
	{0x676e6967616e616dull, 0x0000000000000000ull, NE_LX_TITLE_MOD, 8},	/* managing */
	{0x0073656372756f73ull, 0x0000000000000000ull, NE_LX_NONNAME | NE_LX_NOMINAL, 7},	/* sources */
	{0x000000616e616964ull, 0x0000000000000000ull, NE_LX_FIRST_F, 5},	/* diana */
	{0x000000006c6c6968ull, 0x0000000000000000ull, NE_LX_PLACE, 4},	/* hill */
	{0x6461737361626d61ull, 0x000000000000726full, NE_LX_TITLE, 10},	/* ambassador */
	{0x6e6f697473657571ull, 0x0000000000676e69ull, NE_LX_CUE, 11},	/* questioning */
	{0x0000007370697571ull, 0x0000000000000000ull, NE_LX_CUE, 5},	/* quips */
	{0x746572616772616dull, 0x0000000000000000ull, NE_LX_FIRST_F, 8},	/* margaret */
	{0x000000616964796cull, 0x0000000000000000ull, NE_LX_FIRST_F, 5},	/* lydia */
	{0x00676e6975677261ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* arguing */
	{0x746e656469736572ull, 0x0000000000000073ull, NE_LX_NOMINAL, 9},	/* residents */
	{0x0000747265737361ull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* assert */
	{0x00000000646e6172ull, 0x0000000000000000ull, NE_LX_FIRST_M, 4},	/* rand */
	{0x7365737568746e65ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* enthuses */
	{0x00656972656c6176ull, 0x0000000000000000ull, NE_LX_FIRST_F, 7},	/* valerie */
	{0x72656d75736e6f63ull, 0x0000000000000073ull, NE_LX_NOMINAL, 9},	/* consumers */
	{0x00676e696d616562ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* beaming */
	{0x6e6973696d727573ull, 0x0000000000000067ull, NE_LX_CUE, 9},	/* surmising */
	{0x0000656372756f73ull, 0x0000000000000000ull, NE_LX_NONNAME | NE_LX_NOMINAL, 6},	/* source */
	{0x00726f6461756365ull, 0x0000000000000000ull, NE_LX_PLACE, 7},	/* ecuador */
	{0x676e697475666572ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* refuting */
	{0x736c6172656e696dull, 0x0000000000000000ull, NE_LX_ORG, 8},	/* minerals */
	{0x736573696d727573ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* surmises */
	{0x006563697473756aull, 0x0000000000000000ull, NE_LX_TITLE | NE_LX_TITLE_MOD | NE_LX_NOMINAL, 7},	/* justice */
	{0x00007361736e616bull, 0x0000000000000000ull, NE_LX_PLACE, 6},	/* kansas */
	{0x0000646c61726567ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* gerald */
	{0x0000000000656f6aull, 0x0000000000000000ull, NE_LX_FIRST_M, 3},	/* joe */
	{0x00006c6561727369ull, 0x0000000000000000ull, NE_LX_PLACE, 6},	/* israel */
	{0x7369746e65696373ull, 0x0000000000007374ull, NE_LX_NOMINAL, 10},	/* scientists */
	{0x61696e617a6e6174ull, 0x000000000000006eull, NE_LX_NAT, 9},	/* tanzanian */
	{0x0000006c6170656eull, 0x0000000000000000ull, NE_LX_PLACE, 5},	/* nepal */
	{0x0000656e65677565ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* eugene */
	{0x0000746967726962ull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* birgit */
	{0x00006e616d726568ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* herman */
	{0x000072656772656dull, 0x0000000000000000ull, NE_LX_CORP_OF, 6},	/* merger */
	{0x0000006465697263ull, 0x0000000000000000ull, NE_LX_CUE, 5},	/* cried */
	{0x0000000000736f63ull, 0x0000000000000000ull, NE_LX_ORG | NE_LX_ABBREV, 3},	/* cos */
	{0x00006c6f6e616d69ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* imanol */
	{0x6d72656874727566ull, 0x000000000065726full, NE_LX_NONNAME, 11},	/* furthermore */
	{0x0000656e696e616aull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* janine */
	{0x006e726574736577ull, 0x0000000000000000ull, NE_LX_NAT, 7},	/* western */
	{0x006968736f726968ull, 0x0000000000000000ull, NE_LX_FIRST_M, 7},	/* hiroshi */
	{0x0065696e616c656dull, 0x0000000000000000ull, NE_LX_FIRST_F, 7},	/* melanie */
	{0x0000006574616c73ull, 0x0000000000000000ull, NE_LX_KNOWN_ORG, 5},	/* slate */
	{0x006e6f7473756f68ull, 0x0000000000000000ull, NE_LX_PLACE, 7},	/* houston */
	{0x656c776f6e6b6361ull, 0x000000676e696764ull, NE_LX_CUE, 13},	/* acknowledging */
	{0x696d7269666e6f63ull, 0x000000000000676eull, NE_LX_CUE, 10},	/* confirming */
	{0x0073747369736e69ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* insists */
	{0x000000006172616bull, 0x0000000000000000ull, NE_LX_FIRST_F, 4},	/* kara */
	{0x00006174696e7573ull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* sunita */
	{0x00000000006d6564ull, 0x0000000000000000ull, NE_LX_NAT | NE_LX_PERSON_NOUN, 3},	/* dem */
	{0x756761656c6c6f63ull, 0x0000000000007365ull, NE_LX_NOMINAL, 10},	/* colleagues */
	{0x656b616d6f747561ull, 0x0000000000007372ull, NE_LX_NOMINAL, 10},	/* automakers */
	{0x006369706d796c6full, 0x0000000000000000ull, NE_LX_NAT, 7},	/* olympic */
	{0x00006e656b6f7073ull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* spoken */
	{0x61747461686e616dull, 0x000000000000006eull, NE_LX_PLACE, 9},	/* manhattan */
	{0x0065736e65666564ull, 0x0000000000000000ull, NE_LX_TITLE_MOD, 7},	/* defense */
	{0x006e61766f6e6f64ull, 0x0000000000000000ull, NE_LX_FIRST_M, 7},	/* donovan */
	{0x6e616d6972706572ull, 0x00000000676e6964ull, NE_LX_CUE, 12},	/* reprimanding */
	{0x00000000006e6564ull, 0x0000000000000000ull, NE_LX_PARTICLE, 3},	/* den */
	{0x79746963696c6566ull, 0x0000000000000000ull, NE_LX_FIRST_F, 8},	/* felicity */
	{0x000073756b72616dull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* markus */
	{0x000068636e657266ull, 0x0000000000000000ull, NE_LX_NAT, 6},	/* french */
	{0x7372656e72756f6dull, 0x0000000000000000ull, NE_LX_NOMINAL, 8},	/* mourners */
	{0x0000000074616877ull, 0x0000000000000000ull, NE_LX_NONNAME, 4},	/* what */
	{0x00000069646e6f63ull, 0x0000000000000000ull, NE_LX_FIRST_F, 5},	/* condi */
	{0x0061736572656874ull, 0x0000000000000000ull, NE_LX_FIRST_F, 7},	/* theresa */
	{0x0000746f696c6c65ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* elliot */
	{0x00796e61706d6f63ull, 0x0000000000000000ull, NE_LX_ORG | NE_LX_NOMINAL | NE_LX_ORG_NOUN, 7},	/* company */
	{0x646574726f687865ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* exhorted */
	{0x000000656e616873ull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* shane */
	{0, 0, 0, 0},
	{0x69737572616c6562ull, 0x0000000000006e61ull, NE_LX_NAT, 10},	/* belarusian */
	{0x0000006569676e61ull, 0x0000000000000000ull, NE_LX_FIRST_F, 5},	/* angie */
	{0x65696e61706d6f63ull, 0x0000000000000073ull, NE_LX_NOMINAL, 9},	/* companies */
	{0x73696e6168676661ull, 0x00000000006e6174ull, NE_LX_PLACE, 11},	/* afghanistan */
	{0x00007469666f7270ull, 0x0000000000000000ull, NE_LX_CORP_NOUN, 6},	/* profit */
	{0x656d61696c726170ull, 0x000000000000746eull, NE_LX_ORG, 10},	/* parliament */
	{0x0000796772656e65ull, 0x0000000000000000ull, NE_LX_TITLE_MOD | NE_LX_ORG, 6},	/* energy */
	{0x7365676c75766964ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* divulges */
	{0x73616364616f7262ull, 0x0000000000726574ull, NE_LX_ORG_NOUN, 11},	/* broadcaster */
	{0x6e696c6165766572ull, 0x0000000000000067ull, NE_LX_CUE, 9},	/* revealing */
	{0x6e69726975716e65ull, 0x0000000000000067ull, NE_LX_CUE, 9},	/* enquiring */
	{0x0000006163697265ull, 0x0000000000000000ull, NE_LX_FIRST_F, 5},	/* erica */
	{0x0074726f70726961ull, 0x0000000000000000ull, NE_LX_PLACE, 7},	/* airport */
	{0x0000000000746563ull, 0x0000000000000000ull, NE_LX_NONNAME, 3},	/* cet */
	{0x697463656c666572ull, 0x000000000000676eull, NE_LX_CUE, 10},	/* reflecting */
	{0x00006c6561666172ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* rafael */
	{0x6574636172616863ull, 0x00000064657a6972ull, NE_LX_CUE, 13},	/* characterized */
	{0x0000006e616c6f6eull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* nolan */
	{0x0000000000746579ull, 0x0000000000000000ull, NE_LX_NONNAME, 3},	/* yet */
	{0x0000000000006b75ull, 0x0000000000000000ull, NE_LX_PLACE, 2},	/* uk */
	{0x697373697373696dull, 0x0000000000697070ull, NE_LX_PLACE, 11},	/* mississippi */
	{0x000072656e6e6162ull, 0x0000000000000000ull, NE_LX_NOMINAL, 6},	/* banner */
	{0x0000737475626572ull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* rebuts */
	{0x676e696665697262ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* briefing */
	{0x0000000000726568ull, 0x0000000000000000ull, NE_LX_NONNAME | NE_LX_PRON_F, 3},	/* her */
	{0x6b6f6f6265636166ull, 0x0000000000000000ull, NE_LX_KNOWN_ORG, 8},	/* facebook */
	{0x6e6972656c6c6f68ull, 0x0000000000000067ull, NE_LX_CUE, 9},	/* hollering */
	{0x0000000074656f70ull, 0x0000000000000000ull, NE_LX_PERSON_NOUN, 4},	/* poet */
	{0x0000000000736579ull, 0x0000000000000000ull, NE_LX_NONNAME, 3},	/* yes */
	{0x0000000000617665ull, 0x0000000000000000ull, NE_LX_FIRST_F, 3},	/* eva */
	{0x00000072656e776full, 0x0000000000000000ull, NE_LX_NOMINAL, 5},	/* owner */
	{0x0064656461656c70ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* pleaded */
	{0x6867756f68746c61ull, 0x0000000000000000ull, NE_LX_NONNAME, 8},	/* although */
	{0x00006b6569726873ull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* shriek */
	{0x0000007474617977ull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* wyatt */
	{0x000073756e67616dull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* magnus */
	{0x73657275746e6576ull, 0x0000000000000000ull, NE_LX_ORG, 8},	/* ventures */
	{0x73736572676e6f63ull, 0x0000000000000000ull, NE_LX_ORG | NE_LX_KNOWN_ORG, 8},	/* congress */
	{0x616e696c6f726163ull, 0x0000000000000000ull, NE_LX_PLACE, 8},	/* carolina */
	{0x706f747369726863ull, 0x0000000000726568ull, NE_LX_FIRST_M, 11},	/* christopher */
	{0x000000656e696877ull, 0x0000000000000000ull, NE_LX_CUE, 5},	/* whine */
	{0x6e6163636f726f6dull, 0x0000000000000000ull, NE_LX_NAT, 8},	/* moroccan */
	{0x000000006b6f6f62ull, 0x0000000000000000ull, NE_LX_NOMINAL, 4},	/* book */
	{0x0073676e69766173ull, 0x0000000000000000ull, NE_LX_ORG, 7},	/* savings */
	{0x00000000006e6e63ull, 0x0000000000000000ull, NE_LX_KNOWN_ORG, 3},	/* cnn */
	{0x006f646e616c6f72ull, 0x0000000000000000ull, NE_LX_FIRST_M, 7},	/* rolando */
	{0x0064657373657567ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* guessed */
	{0x00646e6f6d736564ull, 0x0000000000000000ull, NE_LX_FIRST_M, 7},	/* desmond */
	{0x00000000616e6164ull, 0x0000000000000000ull, NE_LX_FIRST_F, 4},	/* dana */
	{0x7373656e69737562ull, 0x0000000000000000ull, NE_LX_ORG, 8},	/* business */
	{0x7461726f62616c65ull, 0x0000000000006465ull, NE_LX_CUE, 10},	/* elaborated */
	{0x00676e696d616c62ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* blaming */
	{0x0000736972726f6dull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* morris */
	{0x0000656e6e616f6aull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* joanne */
	{0x0000006971617269ull, 0x0000000000000000ull, NE_LX_NAT, 5},	/* iraqi */
	{0x65737365666e6f63ull, 0x0000000000000064ull, NE_LX_CUE, 9},	/* confessed */
	{0x0000000000737469ull, 0x0000000000000000ull, NE_LX_NONNAME | NE_LX_PRON_N, 3},	/* its */
	{0x00000061696e6173ull, 0x0000000000000000ull, NE_LX_FIRST_F, 5},	/* sania */
	{0x00656c6262697571ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* quibble */
	{0x00000000006e656cull, 0x0000000000000000ull, NE_LX_FIRST_M, 3},	/* len */
	{0x0000006c69727061ull, 0x0000000000000000ull, NE_LX_MONTH, 5},	/* april */
	{0x00007465696c756aull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* juliet */
	{0x6569666972616c63ull, 0x0000000000000064ull, NE_LX_CUE, 9},	/* clarified */
	{0x7365656775666572ull, 0x0000000000000000ull, NE_LX_NOMINAL, 8},	/* refugees */
	{0x006e796c6f726163ull, 0x0000000000000000ull, NE_LX_FIRST_F, 7},	/* carolyn */
	{0x0064656972657571ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* queried */
	{0x737463656c666572ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* reflects */
	{0x000000746e616967ull, 0x0000000000000000ull, NE_LX_ORG_NOUN, 5},	/* giant */
	{0x006d6c65686c6977ull, 0x0000000000000000ull, NE_LX_FIRST_M, 7},	/* wilhelm */
	{0x6e696e6f6b636572ull, 0x0000000000000067ull, NE_LX_CUE, 9},	/* reckoning */
	{0x6465646e696d6572ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* reminded */
	{0x000073746e616863ull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* chants */
	{0x00687461656e6562ull, 0x0000000000000000ull, NE_LX_NONNAME, 7},	/* beneath */
	{0x0061796c6174616eull, 0x0000000000000000ull, NE_LX_FIRST_F, 7},	/* natalya */
	{0x006e6e616d726568ull, 0x0000000000000000ull, NE_LX_FIRST_M, 7},	/* hermann */
	{0x726574726f706572ull, 0x0000000000000000ull, NE_LX_TITLE | NE_LX_NOMINAL, 8},	/* reporter */
	{0x000065696c6c6977ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* willie */
	{0x00006e696d736179ull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* yasmin */
	{0x0000007972726574ull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* terry */
	{0x000073616974616dull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* matias */
	{0x006465746c757865ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* exulted */
	{0x000068636972757aull, 0x0000000000000000ull, NE_LX_PLACE, 6},	/* zurich */
	{0x000000006f656874ull, 0x0000000000000000ull, NE_LX_FIRST_M, 4},	/* theo */
	{0x000000616c6c6562ull, 0x0000000000000000ull, NE_LX_FIRST_F, 5},	/* bella */
	{0x0000006c75646261ull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* abdul */
	{0x0000007261676465ull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* edgar */
	{0x6465726f6c706564ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* deplored */
	{0x0078696e656f6870ull, 0x0000000000000000ull, NE_LX_PLACE, 7},	/* phoenix */
	{0x00000061696c6564ull, 0x0000000000000000ull, NE_LX_FIRST_F, 5},	/* delia */
	{0x7473697669746361ull, 0x0000000000000073ull, NE_LX_NOMINAL, 9},	/* activists */
	{0x000074656c6c6162ull, 0x0000000000000000ull, NE_LX_ORG, 6},	/* ballet */
	{0x0000000000007466ull, 0x0000000000000000ull, NE_LX_ABBREV, 2},	/* ft */
	{0x00006e6f73726163ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* carson */
	{0x006e6f7479656c6cull, 0x0000000000000000ull, NE_LX_FIRST_M, 7},	/* lleyton */
	{0x00000065696d616aull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* jamie */
	{0x6569726f74636166ull, 0x0000000000000073ull, NE_LX_CORP_NOUN, 9},	/* factories */
	{0x656c776f6e6b6361ull, 0x0000000064656764ull, NE_LX_CUE, 12},	/* acknowledged */
	{0x746e656469736572ull, 0x0000000000000000ull, NE_LX_NOMINAL, 8},	/* resident */
	{0x0000006665697262ull, 0x0000000000000000ull, NE_LX_CUE, 5},	/* brief */
	{0x73656e6177696174ull, 0x0000000000000065ull, NE_LX_NAT, 9},	/* taiwanese */
	{0x0000000061676c6full, 0x0000000000000000ull, NE_LX_FIRST_F, 4},	/* olga */
	{0x00000073616e6f6aull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* jonas */
	{0x74276e646c756f77ull, 0x0000000000000000ull, NE_LX_NONNAME | NE_LX_SKIPADV, 8},	/* wouldn't */
	{0x00006e6f69626c61ull, 0x0000000000000000ull, NE_LX_ORG, 6},	/* albion */
	{0x000000006c756172ull, 0x0000000000000000ull, NE_LX_FIRST_M, 4},	/* raul */
	{0x0000000061727a65ull, 0x0000000000000000ull, NE_LX_FIRST_M, 4},	/* ezra */
	{0x0000000000756261ull, 0x0000000000000000ull, NE_LX_PARTICLE, 3},	/* abu */
	{0x656c776f6e6b6361ull, 0x0000000073656764ull, NE_LX_CUE, 12},	/* acknowledges */
	{0x000000696d6f616eull, 0x0000000000000000ull, NE_LX_FIRST_F, 5},	/* naomi */
	{0x000000746e756f6dull, 0x0000000000000000ull, NE_LX_PLACE, 5},	/* mount */
	{0x0000000061697361ull, 0x0000000000000000ull, NE_LX_PLACE, 4},	/* asia */
	{0x65626d6574706573ull, 0x0000000000000072ull, NE_LX_MONTH, 9},	/* september */
	{0x6569726f6a72616dull, 0x0000000000000000ull, NE_LX_FIRST_F, 8},	/* marjorie */
	{0x006c6c6573737572ull, 0x0000000000000000ull, NE_LX_FIRST_M, 7},	/* russell */
	{0x65676e6168637865ull, 0x0000000000000000ull, NE_LX_ORG, 8},	/* exchange */
	{0x0000000000766968ull, 0x0000000000000000ull, NE_LX_NONNAME, 3},	/* hiv */
	{0x00006e616874616eull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* nathan */
	{0x00006465696e6564ull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* denied */
	{0x0000736575677261ull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* argues */
	{0x6e69726577736e61ull, 0x0000000000000067ull, NE_LX_CUE, 9},	/* answering */
	{0x000000006d726966ull, 0x0000000000000000ull, NE_LX_ORG_NOUN, 4},	/* firm */
	{0x0000726f74636976ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* victor */
	{0x0000000079647572ull, 0x0000000000000000ull, NE_LX_FIRST_M, 4},	/* rudy */
	{0x6172676174736e69ull, 0x000000000000006dull, NE_LX_KNOWN_ORG, 9},	/* instagram */
	{0x0000676e69746f6eull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* noting */
	{0x656e6e616972616dull, 0x0000000000000000ull, NE_LX_FIRST_F, 8},	/* marianne */
	{0x746e656e6f70706full, 0x0000000000000073ull, NE_LX_NOMINAL, 9},	/* opponents */
	{0x000000006f6e6e6full, 0x0000000000000000ull, NE_LX_FIRST_M, 4},	/* onno */
	{0x000068746964756aull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* judith */
	{0x0070726f636e6162ull, 0x0000000000000000ull, NE_LX_ORG, 7},	/* bancorp */
	{0x00676e6972616f72ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* roaring */
	{0x6e69747265737361ull, 0x0000000000000067ull, NE_LX_CUE, 9},	/* asserting */
	{0x0000686b69656873ull, 0x0000000000000000ull, NE_LX_TITLE | NE_LX_HON_M, 6},	/* sheikh */
	{0x006574617272616eull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* narrate */
	{0x0000676e6973756dull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* musing */
	{0x000000616c736574ull, 0x0000000000000000ull, NE_LX_KNOWN_ORG, 5},	/* tesla */
	{0x0065736f706f7270ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* propose */
	{0x656d7269666e6f63ull, 0x0000000000000064ull, NE_LX_CUE, 9},	/* confirmed */
	{0x00000000736b7361ull, 0x0000000000000000ull, NE_LX_CUE, 4},	/* asks */
	{0x000000006e656877ull, 0x0000000000000000ull, NE_LX_NONNAME, 4},	/* when */
	{0x0000676e69727564ull, 0x0000000000000000ull, NE_LX_NONNAME, 6},	/* during */
	{0x0000000068746562ull, 0x0000000000000000ull, NE_LX_FIRST_F, 4},	/* beth */
	{0x0000000000746370ull, 0x0000000000000000ull, NE_LX_NONNAME, 3},	/* pct */
	{0x000000737265656aull, 0x0000000000000000ull, NE_LX_CUE, 5},	/* jeers */
	{0x0000007472756f63ull, 0x0000000000000000ull, NE_LX_ORG | NE_LX_NOMINAL, 5},	/* court */
	{0x006567656c6c6f63ull, 0x0000000000000000ull, NE_LX_ORG, 7},	/* college */
	{0x64616d6d6168756dull, 0x0000000000000000ull, NE_LX_FIRST_M, 8},	/* muhammad */
	{0x00737469666f7270ull, 0x0000000000000000ull, NE_LX_CORP_NOUN, 7},	/* profits */
	{0x00000000656b696dull, 0x0000000000000000ull, NE_LX_FIRST_M, 4},	/* mike */
	{0x6e65746165726874ull, 0x0000000000006465ull, NE_LX_CUE, 10},	/* threatened */
	{0x0000006e61647573ull, 0x0000000000000000ull, NE_LX_PLACE, 5},	/* sudan */
	{0x0000000061776f69ull, 0x0000000000000000ull, NE_LX_PLACE, 4},	/* iowa */
	{0x00000074616f6c67ull, 0x0000000000000000ull, NE_LX_CUE, 5},	/* gloat */
	{0x007968746f6d6974ull, 0x0000000000000000ull, NE_LX_FIRST_M, 7},	/* timothy */
	{0x72696d6964616c76ull, 0x0000000000000000ull, NE_LX_FIRST_M, 8},	/* vladimir */
	{0x0000000000006371ull, 0x0000000000000000ull, NE_LX_TITLE, 2},	/* qc */
	{0x006d696863616f6aull, 0x0000000000000000ull, NE_LX_FIRST_M, 7},	/* joachim */
	{0x00000000006d7461ull, 0x0000000000000000ull, NE_LX_NONNAME, 3},	/* atm */
	{0x000072657065656bull, 0x0000000000000000ull, NE_LX_PERSON_NOUN, 6},	/* keeper */
	{0x006f63636f726f6dull, 0x0000000000000000ull, NE_LX_PLACE, 7},	/* morocco */
	{0x0000006e6574666full, 0x0000000000000000ull, NE_LX_SKIPADV, 5},	/* often */
	{0x0000006174696e61ull, 0x0000000000000000ull, NE_LX_FIRST_F, 5},	/* anita */
	{0x00000000006d6f74ull, 0x0000000000000000ull, NE_LX_FIRST_M, 3},	/* tom */
	{0x00000000002e746cull, 0x0000000000000000ull, NE_LX_ABBREV, 3},	/* lt. */
	{0x69636e756f6e6e61ull, 0x000000000000676eull, NE_LX_CUE, 10},	/* announcing */
	{0x0000000000766572ull, 0x0000000000000000ull, NE_LX_TITLE | NE_LX_HON_M | NE_LX_HONORIFIC | NE_LX_ABBREV | NE_LX_ABBREV_TITLE, 3},	/* rev */
	{0x0000000000752e65ull, 0x0000000000000000ull, NE_LX_PLACE, 3},	/* e.u */
	{0x006e6169726f6c66ull, 0x0000000000000000ull, NE_LX_FIRST_M, 7},	/* florian */
	{0x6e726f66696c6163ull, 0x00000000006e6169ull, NE_LX_NAT | NE_LX_PERSON_NOUN, 11},	/* californian */
	{0x007974696c697475ull, 0x0000000000000000ull, NE_LX_ORG_NOUN, 7},	/* utility */
	{0x0061697265676c61ull, 0x0000000000000000ull, NE_LX_PLACE, 7},	/* algeria */
	{0x0000006b65657267ull, 0x0000000000000000ull, NE_LX_NAT, 5},	/* greek */
	{0x7369736168706d65ull, 0x0000000000676e69ull, NE_LX_CUE, 11},	/* emphasising */
	{0x0000726569646964ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* didier */
	{0x000000007473756aull, 0x0000000000000000ull, NE_LX_NONNAME | NE_LX_SKIPADV, 4},	/* just */
	{0x00006c656372616dull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* marcel */
	{0x0064656b75626572ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* rebuked */
	{0x72657475706d6f63ull, 0x0000000000000073ull, NE_LX_ORG, 9},	/* computers */
	{0x7961756761726170ull, 0x0000000000006e61ull, NE_LX_NAT, 10},	/* paraguayan */
	{0, 0, 0, 0},
	{0x0000646e616d6564ull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* demand */
	{0, 0, 0, 0},
	{0x0000736c776f7267ull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* growls */
	{0x00006e6f6972616dull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* marion */
	{0x0072656874656877ull, 0x0000000000000000ull, NE_LX_NONNAME, 7},	/* whether */
	{0x006974696177756bull, 0x0000000000000000ull, NE_LX_NAT, 7},	/* kuwaiti */
	{0x00000000656d6164ull, 0x0000000000000000ull, NE_LX_TITLE | NE_LX_HON_F | NE_LX_HONORIFIC, 4},	/* dame */
	{0x0000006465656173ull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* saeed */
	{0x0000007370726f63ull, 0x0000000000000000ull, NE_LX_ORG, 5},	/* corps */
	{0x00616e6e61697261ull, 0x0000000000000000ull, NE_LX_FIRST_F, 7},	/* arianna */
	{0x65646e616d6d6f63ull, 0x0000000000000072ull, NE_LX_TITLE, 9},	/* commander */
	{0x0000000000007669ull, 0x0000000000000000ull, NE_LX_SUFFIX, 2},	/* iv */
	{0x00000000006d6461ull, 0x0000000000000000ull, NE_LX_TITLE | NE_LX_ABBREV | NE_LX_ABBREV_TITLE, 3},	/* adm */
	{0x000000796c6c6173ull, 0x0000000000000000ull, NE_LX_FIRST_F, 5},	/* sally */
	{0x00006e6f7a616d61ull, 0x0000000000000000ull, NE_LX_KNOWN_ORG, 6},	/* amazon */
	{0x65746e6172617567ull, 0x0000000000000065ull, NE_LX_CUE, 9},	/* guarantee */
	{0x006e65747372616bull, 0x0000000000000000ull, NE_LX_FIRST_M, 7},	/* karsten */
	{0x0000007463656c65ull, 0x0000000000000000ull, NE_LX_TITLE_MOD, 5},	/* elect */
	{0x0000006874756f73ull, 0x0000000000000000ull, NE_LX_TITLE_MOD | NE_LX_PLACE, 5},	/* south */
	{0x007372756d72756dull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* murmurs */
	{0x000000656e616964ull, 0x0000000000000000ull, NE_LX_FIRST_F, 5},	/* diane */
	{0x6e69616c706d6f63ull, 0x0000000000006465ull, NE_LX_CUE, 10},	/* complained */
	{0x0000006174657267ull, 0x0000000000000000ull, NE_LX_FIRST_F, 5},	/* greta */
	{0x0000656973737561ull, 0x0000000000000000ull, NE_LX_NAT | NE_LX_PERSON_NOUN, 6},	/* aussie */
	{0x0000726574656970ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* pieter */
	{0x0000007265706170ull, 0x0000000000000000ull, NE_LX_NOMINAL, 5},	/* paper */
	{0x0000007269656874ull, 0x0000000000000000ull, NE_LX_NONNAME | NE_LX_PRON_PL, 5},	/* their */
	{0x7365726f6c706d69ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* implores */
	{0x00006e6169727973ull, 0x0000000000000000ull, NE_LX_NAT, 6},	/* syrian */
	{0x000073746c757865ull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* exults */
	{0x006e61696c6c6967ull, 0x0000000000000000ull, NE_LX_FIRST_F, 7},	/* gillian */
	{0x0000006861726f6eull, 0x0000000000000000ull, NE_LX_FIRST_F, 5},	/* norah */
	{0x6e65646973657270ull, 0x0000000000000074ull, NE_LX_TITLE | NE_LX_NOMINAL, 9},	/* president */
	{0x000000796c726163ull, 0x0000000000000000ull, NE_LX_FIRST_F, 5},	/* carly */
	{0x6c61677574726f70ull, 0x0000000000000000ull, NE_LX_PLACE, 8},	/* portugal */
	{0x0000000000006370ull, 0x0000000000000000ull, NE_LX_NONNAME, 2},	/* pc */
	{0x00006174616d616dull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* mamata */
	{0x0000000078656c61ull, 0x0000000000000000ull, NE_LX_FIRST_M, 4},	/* alex */
	{0x0000006c6567696eull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* nigel */
	{0x00006e61746c6f7aull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* zoltan */
	{0x6e65646973657270ull, 0x000000006c616974ull, NE_LX_TITLE_MOD, 12},	/* presidential */
	{0x0000000074736f70ull, 0x0000000000000000ull, NE_LX_ORG | NE_LX_NOMINAL | NE_LX_STATEMENT, 4},	/* post */
	{0x0000006e696c6f63ull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* colin */
	{0x0000000065706163ull, 0x0000000000000000ull, NE_LX_PLACE, 4},	/* cape */
	{0x0000000079656874ull, 0x0000000000000000ull, NE_LX_NONNAME | NE_LX_PRON_PL, 4},	/* they */
	{0x616e69646e616373ull, 0x000000006e616976ull, NE_LX_NAT, 12},	/* scandinavian */
	{0x6e69646c61726567ull, 0x0000000000000065ull, NE_LX_FIRST_F, 9},	/* geraldine */
	{0x00006169726f6c67ull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* gloria */
	{0, 0, 0, 0},
	{0x64656b72616d6572ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* remarked */
	{0x000074736972616dull, 0x0000000000000000ull, NE_LX_KNOWN_ORG, 6},	/* marist */
	{0x00616c65696e6164ull, 0x0000000000000000ull, NE_LX_FIRST_F, 7},	/* daniela */
	{0x7571696e6f726576ull, 0x0000000000000065ull, NE_LX_FIRST_F, 9},	/* veronique */
	{0x0000007473726f68ull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* horst */
	{0x73696d6f6e6f6365ull, 0x0000000000007374ull, NE_LX_NOMINAL, 10},	/* economists */
	{0x0000000000616469ull, 0x0000000000000000ull, NE_LX_FIRST_F, 3},	/* ida */
	{0x73656469666e6f63ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* confides */
	{0x676e69646e617262ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* branding */
	{0x00000000616d6d65ull, 0x0000000000000000ull, NE_LX_FIRST_F, 4},	/* emma */
	{0x616e6f696c6c6962ull, 0x0000000000657269ull, NE_LX_TITLE | NE_LX_PERSON_NOUN, 11},	/* billionaire */
	{0x6d6f777265646c61ull, 0x0000000000006e61ull, NE_LX_TITLE | NE_LX_HON_F, 10},	/* alderwoman */
	{0x656e6f7972657665ull, 0x0000000000000000ull, NE_LX_NONNAME, 8},	/* everyone */
	{0x0000000000000076ull, 0x0000000000000000ull, NE_LX_SUFFIX, 1},	/* v */
	{0x616c696d6475796cull, 0x0000000000000000ull, NE_LX_FIRST_F, 8},	/* lyudmila */
	{0x00000065656e6572ull, 0x0000000000000000ull, NE_LX_FIRST_F, 5},	/* renee */
	{0x6e69747369736e69ull, 0x0000000000000067ull, NE_LX_CUE, 9},	/* insisting */
	{0x0000776173726177ull, 0x0000000000000000ull, NE_LX_PLACE, 6},	/* warsaw */
	{0x0074656764697262ull, 0x0000000000000000ull, NE_LX_FIRST_F, 7},	/* bridget */
	{0x6569666974736574ull, 0x0000000000000073ull, NE_LX_CUE, 9},	/* testifies */
	{0x0000656e6f796e61ull, 0x0000000000000000ull, NE_LX_NONNAME, 6},	/* anyone */
	{0x000000006d616c73ull, 0x0000000000000000ull, NE_LX_ORG | NE_LX_CUE, 4},	/* slam */
	{0x0000000067656c6full, 0x0000000000000000ull, NE_LX_FIRST_M, 4},	/* oleg */
	{0x0064656972636564ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* decried */
	{0x000068616a696c65ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* elijah */
	{0x0000000000006e75ull, 0x0000000000000000ull, NE_LX_PLACE, 2},	/* un */
	{0x0000656475616c63ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* claude */
	{0x000000616c756170ull, 0x0000000000000000ull, NE_LX_FIRST_F, 5},	/* paula */
	{0x00000000006e6f72ull, 0x0000000000000000ull, NE_LX_FIRST_M, 3},	/* ron */
	{0x00676e69746e6968ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* hinting */
	{0x697469736e617274ull, 0x0000000000006e6full, NE_LX_TITLE_MOD, 10},	/* transition */
	{0x0000676e696c6966ull, 0x0000000000000000ull, NE_LX_NOMINAL, 6},	/* filing */
	{0x0000006c65646261ull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* abdel */
	{0x0000000000636c70ull, 0x0000000000000000ull, NE_LX_ORG, 3},	/* plc */
	{0x6e616369616d616aull, 0x0000000000000000ull, NE_LX_NAT, 8},	/* jamaican */
	{0x00676e696b636f6dull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* mocking */
	{0x00676e69746e6576ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* venting */
	{0x00006e6573686f6dull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* mohsen */
	{0x696e61756874696cull, 0x0000000000006e61ull, NE_LX_NAT, 10},	/* lithuanian */
	{0x00000064656d6861ull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* ahmed */
	{0, 0, 0, 0},
	{0x000000006c726173ull, 0x0000000000000000ull, NE_LX_ORG, 4},	/* sarl */
	{0x00000065736f6877ull, 0x0000000000000000ull, NE_LX_NONNAME, 5},	/* whose */
	{0x0000006c69727963ull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* cyril */
	{0x0000646574696e75ull, 0x0000000000000000ull, NE_LX_ORG, 6},	/* united */
	{0x00646e616c61657aull, 0x0000000000000000ull, NE_LX_PLACE, 7},	/* zealand */
	{0x0000000064766c62ull, 0x0000000000000000ull, NE_LX_ABBREV, 4},	/* blvd */
	{0x00796c64756f7270ull, 0x0000000000000000ull, NE_LX_SKIPADV, 7},	/* proudly */
	{0x0000006172616c63ull, 0x0000000000000000ull, NE_LX_FIRST_F, 5},	/* clara */
	{0x007372657977616cull, 0x0000000000000000ull, NE_LX_NOMINAL, 7},	/* lawyers */
	{0x0000006c69616d65ull, 0x0000000000000000ull, NE_LX_NOMINAL | NE_LX_STATEMENT, 5},	/* email */
	{0x000074656d68656dull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* mehmet */
	{0x0000656c69636563ull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* cecile */
	{0x0000000071617269ull, 0x0000000000000000ull, NE_LX_PLACE, 4},	/* iraq */
	{0x00676e696c6c6574ull, 0x0000000000000000ull, NE_LX_CUE | NE_LX_CUE_SAY, 7},	/* telling */
	{0x0064656c77617264ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* drawled */
	{0x0000686b617a616bull, 0x0000000000000000ull, NE_LX_NAT, 6},	/* kazakh */
	{0x64656e6f73616572ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* reasoned */
	{0x0073747265737361ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* asserts */
	{0x000000617472616dull, 0x0000000000000000ull, NE_LX_FIRST_F, 5},	/* marta */
	{0x63696c6f68746163ull, 0x0000000000000000ull, NE_LX_NAT, 8},	/* catholic */
	{0x6373696e696d6572ull, 0x0000000000000065ull, NE_LX_CUE, 9},	/* reminisce */
	{0x726f62686769656eull, 0x0000000000000073ull, NE_LX_NOMINAL, 9},	/* neighbors */
	{0x726576726573626full, 0x0000000000000000ull, NE_LX_ORG, 8},	/* observer */
	{0x64657275636e6f63ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* concured */
	{0x0000736c72616e73ull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* snarls */
	{0x0000646564696863ull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* chided */
	{0x766c79736e6e6570ull, 0x0000000061696e61ull, NE_LX_PLACE, 12},	/* pennsylvania */
	{0x00006e696c726562ull, 0x0000000000000000ull, NE_LX_PLACE, 6},	/* berlin */
	{0x6e6974726f687865ull, 0x0000000000000067ull, NE_LX_CUE, 9},	/* exhorting */
	{0x00000064656d7261ull, 0x0000000000000000ull, NE_LX_TITLE_MOD, 5},	/* armed */
	{0x006e616973737572ull, 0x0000000000000000ull, NE_LX_NAT, 7},	/* russian */
	{0x616d73656b6f7073ull, 0x000000000000006eull, NE_LX_TITLE | NE_LX_HON_M | NE_LX_NOMINAL, 9},	/* spokesman */
	{0x0000006169666f73ull, 0x0000000000000000ull, NE_LX_FIRST_F, 5},	/* sofia */
	{0x0000000073796872ull, 0x0000000000000000ull, NE_LX_FIRST_M, 4},	/* rhys */
	{0, 0, 0, 0},
	{0x00006567726f6567ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* george */
	{0x616e6f696c6c696dull, 0x0000000000657269ull, NE_LX_PERSON_NOUN, 11},	/* millionaire */
	{0x0000646c6f6e7261ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* arnold */
	{0x00000061746e7570ull, 0x0000000000000000ull, NE_LX_PLACE, 5},	/* punta */
	{0x00000000796e6564ull, 0x0000000000000000ull, NE_LX_CUE, 4},	/* deny */
	{0x656c6c65696e6164ull, 0x0000000000000000ull, NE_LX_FIRST_F, 8},	/* danielle */
	{0x0000737473616f62ull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* boasts */
	{0x000000737273736dull, 0x0000000000000000ull, NE_LX_ABBREV | NE_LX_ABBREV_TITLE, 5},	/* mssrs */
	{0x00737275636e6f63ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* concurs */
	{0x000070756c6c6167ull, 0x0000000000000000ull, NE_LX_KNOWN_ORG, 6},	/* gallup */
	{0x007372656b726f77ull, 0x0000000000000000ull, NE_LX_ORG, 7},	/* workers */
	{0x000000686163696dull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* micah */
	{0x0000687465726167ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* gareth */
	{0x006873616b617270ull, 0x0000000000000000ull, NE_LX_FIRST_M, 7},	/* prakash */
	{0x616c6c6f627a6568ull, 0x0000000000000068ull, NE_LX_KNOWN_ORG, 9},	/* hezbollah */
	{0x00676e6964616572ull, 0x0000000000000000ull, NE_LX_CUE, 7},	/* reading */
	{0x000000006c696d65ull, 0x0000000000000000ull, NE_LX_FIRST_M, 4},	/* emil */
	{0x000000727a69686bull, 0x0000000000000000ull, NE_LX_FIRST_M, 5},	/* khizr */
	{0x6e69726f6c706d69ull, 0x0000000000000067ull, NE_LX_CUE, 9},	/* imploring */
	{0x00000000006f6173ull, 0x0000000000000000ull, NE_LX_PLACE, 3},	/* sao */
	{0x000079656c687361ull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* ashley */
	{0x000065696e6e6f62ull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* bonnie */
	{0x80e2726f74696465ull, 0x0000000000007399ull, NE_LX_NONNAME, 10},	/* editor’s */
	{0x000000007265656aull, 0x0000000000000000ull, NE_LX_CUE, 4},	/* jeer */
	{0x6465747365747461ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* attested */
	{0x0000776f6c6c6562ull, 0x0000000000000000ull, NE_LX_CUE, 6},	/* bellow */
	{0x6e616967726f6567ull, 0x0000000000000000ull, NE_LX_NAT, 8},	/* georgian */
	{0x65746e6172617567ull, 0x0000000000007365ull, NE_LX_CUE, 10},	/* guarantees */
	{0x00000064656f6f63ull, 0x0000000000000000ull, NE_LX_CUE, 5},	/* cooed */
	{0x00000000796c756aull, 0x0000000000000000ull, NE_LX_MONTH, 4},	/* july */
	{0x0000007373697773ull, 0x0000000000000000ull, NE_LX_NAT, 5},	/* swiss */
	{0x6e69726574616b65ull, 0x0000000000000061ull, NE_LX_FIRST_F, 9},	/* ekaterina */
	{0x6465726577736e61ull, 0x0000000000000000ull, NE_LX_CUE, 8},	/* answered */
	{0x6e6169636973756dull, 0x0000000000000073ull, NE_LX_NOMINAL, 9},	/* musicians */
	{0x00006f746f6b616dull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* makoto */
	{0x7472657373616572ull, 0x0000000000006465ull, NE_LX_CUE, 10},	/* reasserted */
	{0x0000000064696173ull, 0x0000000000000000ull, NE_LX_CUE | NE_LX_CUE_SAY, 4},	/* said */
	{0x0000656e6964616eull, 0x0000000000000000ull, NE_LX_FIRST_F, 6},	/* nadine */
	{0, 0, 0, 0},
	{0x00006c65756d6173ull, 0x0000000000000000ull, NE_LX_FIRST_M, 6},	/* samuel */
	{0x6970696e6e697571ull, 0x0000000000006361ull, NE_LX_KNOWN_ORG, 10},	/* quinnipiac */
	{0x6373696e696d6572ull, 0x0000000000006465ull, NE_LX_CUE, 10},	/* reminisced */
	{0x796d79646f6c6f76ull, 0x0000000000000072ull, NE_LX_FIRST_M, 9},	/* volodymyr */
};

/* A bit per shape (abbrev_shape_index) of the words flagged NE_LX_ABBREV or NE_LX_ABBREV_TITLE. */
const uint64_t ne_lex_abbrev_shape[NE_LEX_ABBREV_SHAPES / 64 + 1] = {
	0x0000000000000000ull, 0x0000000000000000ull, 0x0000000000000000ull, 0x0000000000000000ull,
	0x0000000000000000ull, 0x0000000000000000ull, 0x0000000000000000ull, 0x0000000000000000ull,
	0x0000000000000000ull, 0x0000000000000000ull, 0x0000000000000000ull, 0x0000000000000000ull,
	0x0000000000000000ull, 0x0000000000000000ull, 0x0000000000000000ull, 0x0000000000000000ull,
	0x0000000000000000ull, 0x0000000000000000ull, 0x0000000000000000ull, 0x0000000000000000ull,
	0x0000000000000000ull, 0x0000000000000000ull, 0x0000000000000000ull, 0x0040000000000000ull,
	0x0000000000100000ull, 0x0000000000001000ull, 0x0040000000000000ull, 0x0000400000000000ull,
	0x0000000080000380ull, 0x0000000000000000ull, 0x00000a0000000000ull, 0x0800000000000000ull,
	0x0000000000000000ull, 0x0000000000000000ull, 0x0000000184004000ull, 0x0000000100018200ull,
	0x0802000004400600ull, 0x4001000000400000ull, 0x0000000000040000ull, 0x0100000100008080ull,
	0x0020000000000080ull, 0x00a0000004000000ull, 0x0000000000000000ull, 0x0000000000010000ull,
	0x0000000000000000ull, 0x00c0000000000000ull, 0x0200014004010400ull, 0x0000000000000000ull,
	0x0000000000100000ull, 0x0000000000000200ull, 0x0000000000000000ull, 0x0000000000000000ull,
	0x0008000000000400ull, 0x0000000040004000ull, 0x0000000000002000ull, 0x0000000000000000ull,
	0x0000000000000000ull, 0x0000000000000000ull, 0x0000000000000000ull, 0x0000000000000000ull,
	0x0000000000000000ull, 0x0000000000000000ull, 0x0000000000080000ull, 0x0000000000000000ull,
	0x0000000000000000ull, 0x0000000000000000ull, 0x0000000000000000ull, 0x0000000000000000ull,
	0x0000002000000000ull, 0x0000000000000000ull, 0x0000000000000000ull, 0x0000000000000000ull,
	0x0000000000000000ull, 0x0000000040000000ull, 0x0000000000000000ull, 0x0000000000000000ull,
	0x0000000000000000ull, 0x0000000000000000ull, 0x0000000000000000ull, 0x0000000000000000ull,
	0x0000000000000000ull, 0x0000000000000000ull, 0x0000000000000000ull, 0x0000000000000000ull,
	0x0000000000000000ull, 0x0000000000000000ull, 0x0000000000000000ull, 0x0000000000000000ull,
	0x0000000000000000ull, 0x0000000000000000ull, 0x0000000000000000ull, 0x0000000000000000ull,
	0x0000000000000000ull, 0x0000000000000000ull, 0x0000000000000000ull, 0x0000000000000000ull,
	0x0000000000000000ull, 0x0000000000000000ull, 0x0000000000000000ull, 0x0000000000000000ull,
	0x0000000000000000ull, 0x0000000000000000ull, 0x0000000000000000ull, 0x0000000000000000ull,
	0x0000000000000000ull, 0x0000000000000000ull, 0x0000000000000000ull, 0x0000000000000000ull,
	0x0000000000000000ull, 0x0000000000000000ull, 0x0000000000000000ull, 0x0000000000000000ull,
	0x0000000000000000ull, 0x0000000000000000ull, 0x0000000000000000ull, 0x0000000000000000ull,
	0x0000000000000000ull, 0x0000000000000000ull, 0x0000000000000000ull, 0x0000000000000000ull,
	0x0000000000000000ull, 0x0000000000000000ull, 0x0000000000000000ull, 0x0000000000000000ull,
	0x0000000000000000ull, 0x0000000000000000ull, 0x0000000000000000ull, 0x0000000000000000ull,
	0x0000000000000000ull, 0x0000000000000000ull, 0x0000000000000000ull, 0x0000000000000000ull,
	0x0000000000000000ull, 0x0000000000000000ull, 0x0000000000000000ull, 0x0000000000000000ull,
	0x0000000000000000ull, 0x0000000000000000ull, 0x0000000000000000ull, 0x0000000000000000ull,
	0x0000000000000000ull, 0x0000000000000000ull, 0x0000000000000000ull, 0x0000000000000000ull,
	0x0000000000000000ull, 0x0000000000000000ull, 0x0000000000000000ull, 0x0000000000000000ull,
	0x0000000000000000ull, 0x0000000000000000ull, 0x0000000000000000ull, 0x0000000000000000ull,
	0x0000000000000000ull, 0x0000000000000000ull, 0x0000000000000000ull, 0x0000000000000000ull,
	0x0000000000000000ull, 0x0000000000000000ull, 0x0000000000000000ull, 0x0000000000000000ull,
	0x0000000000000000ull, 0x0000000000000000ull, 0x0000000000000000ull, 0x0000000000000000ull,
	0x0000000000000000ull, 0x0000000000000000ull, 0x0000000000000000ull, 0x0000000000000000ull,
	0x0000000000000000ull, 0x0000000000000000ull, 0x0000000000000000ull, 0x0000000000000000ull,
	0x0000000000000000ull, 0x0000000000000000ull, 0x0000000000000000ull, 0x0000000000000000ull,
	0x0000000000000000ull, 0x0000000000000000ull, 0x0000000000000000ull, 0x0000000000000000ull,
	0x0000000000000000ull, 0x0000000000000000ull, 0x0000000000000000ull, 0x0000000000000000ull,
	0x0000000000000000ull, 0x0000000000000000ull, 0x0000000000000000ull, 0x0000000000000000ull,
	0x0000000000000000ull, 0x0000000000000000ull, 0x0000000000000000ull, 0x0000000000000000ull,
	0x0000000000000000ull, 0x0000000000000000ull,
};

#define NLEX ((int32_t) (sizeof(lex_words) / sizeof(lex_words[0])))

/* Cue phrases of two or more words, lower case, sorted (cue_phrase_from indexes them by first letter). */
static const char *const cue_phrases[] = {
	"according to",
	"added that",
	"asked whether",
	"chimed in",
	"fired back",
	"followed up",
	"gone on to say",
	"goes on to say",
	"going on to say",
	"hit back",
	"lashed out",
	"making the case",
	"pointed out",
	"points out",
	"pointing out",
	"put it",
	"puts it",
	"shot back",
	"spoke out",
	"summed up",
	"went on",
	"went on to say",
	"wrote in",
};

#define NPHRASE ((int) (sizeof(cue_phrases) / sizeof(cue_phrases[0])))

/*
 * The index of the first cue phrase whose first letter is 'a' + i or later,
 * for i 0..26: the phrases of a letter are [from[i], from[i + 1]), found with
 * no search (a phrase added to cue_phrases moves the entries after its letter;
 * test_cue_phrases_found looks every phrase up).
 */
static const uint8_t cue_phrase_from[27] = {
	0, 3, 3, 4, 4, 4, 6, 9, 10, 10, 10, 10, 11,	/* a .. m */
	12, 12, 12, 17, 17, 17, 20, 20, 20, 20, 23, 23, 23,	/* n .. z */
	NPHRASE
};

/* Cue phrase i, or NULL past the last (their first letters are NE_CUE_PHRASE_LETTERS in lexicon.h). */
const char *
ne_lex_cue_phrase_at(int i)
{
	return i >= 0 && i < NPHRASE ? cue_phrases[i] : NULL;
}

/* Compares s[0..len) lower-cased (ASCII) with the NUL-terminated key w. */
static int
cmp_lower(const char *s, int32_t len, const char *w)
{
	int32_t		i;

	for (i = 0; i < len; i++)
	{
		unsigned char c = (unsigned char) s[i];
		unsigned char k = (unsigned char) w[i];

		if (c >= 'A' && c <= 'Z')
			c = (unsigned char) (c + 32);
		if (k == '\0')
			return 1;
		if (c != k)
			return c < k ? -1 : 1;
	}
	return w[len] == '\0' ? 0 : -1;
}

/* ASCII lower case of every byte value (other bytes unchanged). */
const unsigned char ne_lex_lower[256] = {
	0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x0e, 0x0f,
	0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17, 0x18, 0x19, 0x1a, 0x1b, 0x1c, 0x1d, 0x1e, 0x1f,
	0x20, 0x21, 0x22, 0x23, 0x24, 0x25, 0x26, 0x27, 0x28, 0x29, 0x2a, 0x2b, 0x2c, 0x2d, 0x2e, 0x2f,
	0x30, 0x31, 0x32, 0x33, 0x34, 0x35, 0x36, 0x37, 0x38, 0x39, 0x3a, 0x3b, 0x3c, 0x3d, 0x3e, 0x3f,
	0x40, 0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0x69, 0x6a, 0x6b, 0x6c, 0x6d, 0x6e, 0x6f,
	0x70, 0x71, 0x72, 0x73, 0x74, 0x75, 0x76, 0x77, 0x78, 0x79, 0x7a, 0x5b, 0x5c, 0x5d, 0x5e, 0x5f,
	0x60, 0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0x69, 0x6a, 0x6b, 0x6c, 0x6d, 0x6e, 0x6f,
	0x70, 0x71, 0x72, 0x73, 0x74, 0x75, 0x76, 0x77, 0x78, 0x79, 0x7a, 0x7b, 0x7c, 0x7d, 0x7e, 0x7f,
	0x80, 0x81, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89, 0x8a, 0x8b, 0x8c, 0x8d, 0x8e, 0x8f,
	0x90, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0x98, 0x99, 0x9a, 0x9b, 0x9c, 0x9d, 0x9e, 0x9f,
	0xa0, 0xa1, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7, 0xa8, 0xa9, 0xaa, 0xab, 0xac, 0xad, 0xae, 0xaf,
	0xb0, 0xb1, 0xb2, 0xb3, 0xb4, 0xb5, 0xb6, 0xb7, 0xb8, 0xb9, 0xba, 0xbb, 0xbc, 0xbd, 0xbe, 0xbf,
	0xc0, 0xc1, 0xc2, 0xc3, 0xc4, 0xc5, 0xc6, 0xc7, 0xc8, 0xc9, 0xca, 0xcb, 0xcc, 0xcd, 0xce, 0xcf,
	0xd0, 0xd1, 0xd2, 0xd3, 0xd4, 0xd5, 0xd6, 0xd7, 0xd8, 0xd9, 0xda, 0xdb, 0xdc, 0xdd, 0xde, 0xdf,
	0xe0, 0xe1, 0xe2, 0xe3, 0xe4, 0xe5, 0xe6, 0xe7, 0xe8, 0xe9, 0xea, 0xeb, 0xec, 0xed, 0xee, 0xef,
	0xf0, 0xf1, 0xf2, 0xf3, 0xf4, 0xf5, 0xf6, 0xf7, 0xf8, 0xf9, 0xfa, 0xfb, 0xfc, 0xfd, 0xfe, 0xff,
};

/* ASCII lower case of byte c. */
static inline unsigned char
fold_ascii(unsigned char c)
{
	return ne_lex_lower[c];
}

/*
 * Generated by gen_lexicon.py with the tables: the flags of the key k0, k1 of
 * len bytes (already folded), read from its one slot without a branch.
 */
static inline uint32_t
lex_probe(uint64_t k0, uint64_t k1, int32_t len)
{
	uint64_t	h = ((((uint64_t) len ^ k0) * LEX_MUL) ^ k1) * LEX_MUL;
	uint32_t	d = lex_disp[h >> LEX_BUCKET_SHIFT];
	const lex_key *e = &lex_keys[((uint32_t) (h >> 20) + d * ((uint32_t) (h >> 32) | 1u)) & (LEX_SLOTS - 1)];
	uint32_t	hit = (uint32_t) (e->k0 == k0) & (uint32_t) (e->k1 == k1) & (uint32_t) (e->len == (uint32_t) len);

	return e->flags & (0u - hit);
}

/*
 * The ASCII letter of each Latin-1 letter U+00C0..U+00FF (the byte after
 * 0xC3 in UTF-8, less 0x80), or 0 for the ones that fold to none or to two
 * letters (Æ, ß, Þ, ×, ÷): "José" is looked up as "jose", "Zürich" as "zurich".
 */
static const char latin1_fold[64] = "aaaaaa\0ceeeeiiiidnooooo\0ouuuuy\0\0aaaaaa\0ceeeeiiiidnooooo\0ouuuuy\0y";

/* Flags of a word with Latin-1 accented letters, looked up without its accents; 0 when it has other bytes. */
static uint32_t __attribute__((noinline))
lex_flags_unaccented(const char *s, int32_t len)
{
	char		buf[16];
	int32_t		n = 0;

	for (int32_t i = 0; i < len; i++)
	{
		unsigned char c = (unsigned char) s[i];

		if (c < 0x80)
			buf[n++] = (char) c;
		else if (c == 0xC3 && i + 1 < len && (unsigned char) s[i + 1] >= 0x80 && (unsigned char) s[i + 1] <= 0xBF &&
				 latin1_fold[(unsigned char) s[i + 1] - 0x80] != 0)
			buf[n++] = latin1_fold[(unsigned char) s[++i] - 0x80];
		else
			return 0;
	}
	return ne_lex_flags(buf, n);
}

/*
 * Flags of s[0..len), ASCII case ignored; reads no byte outside s[0..len)
 * (the key is read as whole 8-byte words only where the word has 8 bytes).
 * A word with Latin-1 accents not in the table is looked up without them
 * (the test and-ed, not a branch on whether the word was found: that is a
 * coin toss for the branch predictor, a byte of 0x80 and up is rare).
 */
uint32_t
ne_lex_flags(const char *s, int32_t len)
{
	uint64_t	k0,
				k1 = 0;

	if ((uint32_t) (len - 1) >= 16u)
		return 0;				/* len outside 1..16: no word is longer */
	if (len >= 8)
	{
		k0 = ne_load_le(s, 8);
		if (len > 8)
			k1 = ne_load_le(s + len - 8, 8) >> (8 * (16 - len));	/* the load ends at the word's end */
	}
	else
		k0 = ne_load_upto8(s, len);
	{
		uint32_t	f = lex_probe(ne_fold_ascii8(k0), ne_fold_ascii8(k1), len);

		if (__builtin_expect(((f == 0) & (((k0 | k1) & 0x8080808080808080ull) != 0)) != 0, 0))
			return lex_flags_unaccented(s, len);	/* a tail call: no frame for the common case */
		return f;
	}
}

#ifdef __SSE2__
/* Sixteen bytes of ones, then sixteen zeros: from byte 16 - len on, the mask of a word of len bytes. */
static const uint8_t word_mask[32] = {
	0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF
};
#endif

/*
 * Flags of s[0..len) where every byte of [lo, hi) may be read: both words of
 * the key come from 8-byte loads masked or shifted to the word, whatever its
 * length, so that the look-up has no branch on the word (the words of a text
 * are of every length in no order a predictor learns); with SSE2 one 16-byte
 * load serves both.  Near either end of [lo, hi) it is ne_lex_flags.
 */
uint32_t
ne_lex_flags_in(const char *s, int32_t len, const char *lo, const char *hi)
{
	uint64_t	k0,
				k1;

	if ((uint32_t) (len - 1) >= 16u)
		return 0;
#ifdef __SSE2__
	if (hi - s >= 16)
	{
		/*
		 * one 16-byte load: the bytes past the word zeroed (len bytes of ones from
		 * word_mask) and A-Z folded in both words at once (adding 0x80 - 'A' makes
		 * A-Z the 26 lowest signed bytes, -128 to -103)
		 */
		__m128i		v = _mm_loadu_si128((const __m128i *) s);
		__m128i		upper;
		uint64_t	key[2];

		v = _mm_and_si128(v, _mm_loadu_si128((const __m128i *) (word_mask + 16 - len)));
		upper = _mm_cmpgt_epi8(_mm_set1_epi8(-128 + 26), _mm_add_epi8(v, _mm_set1_epi8(0x80 - 'A')));
		v = _mm_or_si128(v, _mm_and_si128(upper, _mm_set1_epi8(0x20)));
		_mm_storeu_si128((__m128i *) key, v);	/* little endian, as ne_load_le reads */
		{
			uint32_t	f = lex_probe(key[0], key[1], len);

			if (__builtin_expect(((f == 0) & (_mm_movemask_epi8(v) != 0)) != 0, 0))
				return lex_flags_unaccented(s, len);	/* (bytes of 0x80 and up: José; a tail call) */
			return f;
		}
	}
#endif
	if (hi - s < 8 || s - lo < 8 - len)
		return ne_lex_flags(s, len);
	k0 = ne_load_le(s, 8) & (len >= 8 ? ~(uint64_t) 0 : ((uint64_t) 1 << (8 * len)) - 1);
	k1 = (ne_load_le(s + len - 8, 8) >> ((128 - 8 * len) & 63)) & (0 - (uint64_t) (len > 8));
	{
		uint32_t	f = lex_probe(ne_fold_ascii8(k0), ne_fold_ascii8(k1), len);

		if (__builtin_expect(((f == 0) & (((k0 | k1) & 0x8080808080808080ull) != 0)) != 0, 0))
			return lex_flags_unaccented(s, len);	/* a tail call: no frame for the common case */
		return f;
	}
}

/* Binary search of the sorted table (the reference the hash is tested against). */
uint32_t
ne_lex_flags_bsearch(const char *s, int32_t len)
{
	int32_t		lo = 0,
				hi = NLEX - 1;

	if (len <= 0 || len > 40)
		return 0;
	while (lo <= hi)
	{
		int32_t		mid = (lo + hi) / 2;
		int			c = cmp_lower(s, len, lex_words[mid].word);

		if (c == 0)
			return lex_words[mid].flags;
		if (c < 0)
			hi = mid - 1;
		else
			lo = mid + 1;
	}
	return 0;
}

/* Number of words in the table. */
int32_t
ne_lex_size(void)
{
	return NLEX;
}

/* Entry i of the table. */
const ne_lex_entry *
ne_lex_entry_at(int32_t i)
{
	return (i >= 0 && i < NLEX) ? &lex_words[i] : NULL;
}

/* Does the phrase p (space separated) equal words[0..k) exactly (ASCII case ignored)?  Returns k or 0. */
static int
phrase_match(const char *p, const char *const *words, const int32_t *lens, int n)
{
	int			k = 0;

	while (*p)
	{
		int32_t		i;

		if (k >= n)
			return 0;
		/* the word against the phrase in place: same bytes, then the phrase word ends */
		for (i = 0; i < lens[k]; i++)
			if (p[i] == '\0' || p[i] == ' ' || fold_ascii((unsigned char) words[k][i]) != (unsigned char) p[i])
				return 0;
		if (p[i] != '\0' && p[i] != ' ')
			return 0;
		k++;
		p += i;
		if (*p == ' ')
			p++;
	}
	return k;
}

/* Longest cue phrase at words[0..n); the table is small, so a scan is bounded. */
int
ne_lex_cue_phrase(const char *const *words, const int32_t *lens, int n)
{
	int			best = 0;
	unsigned	first;

	if (n < 2)
		return 0;
	if (!ne_lex_may_open_cue_phrase(words[0][0]))
		return 0;				/* most words open no phrase: one test */
	first = ((unsigned char) words[0][0] | 32u) - 'a';	/* 0..25: the test above passed a letter only */
	for (int i = cue_phrase_from[first]; i < cue_phrase_from[first + 1]; i++)
	{
		int			k;

		if (lens[0] >= 2 && fold_ascii((unsigned char) words[0][1]) != (unsigned char) cue_phrases[i][1])
			continue;			/* the second letters differ ("said", "shot back") */
		k = phrase_match(cue_phrases[i], words, lens, n);
		if (k > best)
			best = k;
	}
	return best;
}

/*
 * Last words of the names of public bodies, parties, media and events: an
 * organisation so named is not what "the company" or "the firm" refers to.
 * Lower case, sorted (strcmp).
 */
static const char *const public_body_words[] = {
	"agency", "army", "assembly", "association", "authority", "awards", "bureau", "commission", "committee",
	"congress", "council", "court", "cup", "department", "federation", "fund", "government", "house",
	"institute", "journal", "league", "ministry", "nations", "office", "organisation", "organization",
	"parliament", "party", "police", "senate", "service", "tribunal", "union", "university",
};

/* Is s[0..len) (ASCII case ignored) the last word of a public body's name (Commission, Ministry, Party)? */
bool
ne_lex_public_body(const char *s, int32_t len)
{
	int32_t		lo = 0,
				hi = (int32_t) (sizeof(public_body_words) / sizeof(public_body_words[0])) - 1;

	if (len <= 0 || len > 40)
		return false;
	while (lo <= hi)
	{
		int32_t		mid = (lo + hi) / 2;
		int			c = cmp_lower(s, len, public_body_words[mid]);

		if (c == 0)
			return true;
		if (c < 0)
			hi = mid - 1;
		else
			lo = mid + 1;
	}
	return false;
}
