package org.newsatlas.extraction;

import java.util.Locale;
import java.util.Set;

/**
 * Closed word classes that tell a place name from a person's or an organisation's: general
 * English, not taken from any corpus.
 */
final class ContextWords {

    private ContextWords() {
    }

    /** Words before a name that make it a person: "President Saied", "Mr. Esper". */
    private static final Set<String> PERSON_TITLES = Set.of(
            "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "president", "vice", "sen", "senator",
            "rep", "representative", "gov", "governor", "mayor", "judge", "justice", "secretary",
            "minister", "officer", "sgt", "sergeant", "lt", "lieutenant", "capt", "captain", "gen",
            "general", "col", "colonel", "maj", "major", "cpl", "corporal", "pvt", "private", "det",
            "detective", "deputy", "sheriff", "chief", "coach", "rev", "reverend", "father", "sister",
            "brother", "pastor", "bishop", "pope", "prince", "princess", "king", "queen", "lord",
            "lady", "sir", "dame", "st", "chancellor", "premier", "commissioner", "attorney",
            "trooper", "ambassador", "spokesman", "spokeswoman", "spokesperson", "commander",
            "superintendent", "principal", "dean", "councilman", "councilwoman", "councillor",
            "alderman", "supervisor", "director", "manager", "chairman", "chairwoman", "ceo",
            "jr", "sr", "aunt", "uncle", "grandma", "grandpa", "mother", "son", "daughter",
            "wife", "husband", "actor", "actress", "singer", "player", "quarterback", "pitcher",
            "defendant", "victim", "suspect");

    /** Words after a name that make the whole a street, building or organisation. */
    private static final Set<String> STREET_WORDS = Set.of(
            "street", "st", "road", "rd", "avenue", "ave", "boulevard", "blvd", "drive", "dr", "lane",
            "ln", "way", "place", "pl", "court", "ct", "circle", "highway", "hwy", "parkway", "pkwy",
            "terrace", "trail", "pike", "alley", "plaza", "square", "expressway", "freeway", "turnpike");

    private static final Set<String> ORGANISATION_WORDS = Set.of(
            "university", "college", "school", "academy", "institute", "hospital", "clinic",
            "police", "department", "dept", "company", "co", "corp", "corporation", "inc", "ltd",
            "llc", "group", "times", "post", "herald", "journal", "news", "tribune", "gazette",
            "chronicle", "daily", "press", "magazine", "radio", "tv", "television", "center",
            "centre", "bank", "club", "council", "party", "church", "cathedral", "mosque", "temple",
            "museum", "library", "airlines", "airways", "association", "society", "foundation",
            "union", "league", "team", "fc", "united", "city", "giants", "cemetery", "mall", "hotel",
            "restaurant", "stadium", "arena", "board", "commission", "authority", "agency", "bureau",
            "office", "court", "senate", "assembly", "congress", "parliament", "government", "army",
            "navy", "guard", "force", "forces", "fire", "district", "jail", "prison", "zoo", "park",
            "festival", "fair", "conference", "summit", "accord", "agreement", "treaty", "declaration",
            "convention", "symphony", "orchestra", "theatre", "theater", "studios", "records",
            "international", "industries", "motors", "airport", "station", "port", "harbour",
            "harbor", "bridge", "dam", "tunnel", "chamber", "federation", "organization",
            "organisation", "ministry", "committee", "trust", "fund", "exchange", "market",
            "ballet", "opera", "open", "marathon", "cup", "games");

    private static final Set<String> LOCATIVE_WORDS = Set.of(
            "in", "at", "near", "from", "to", "into", "across", "around", "throughout", "outside",
            "inside", "within", "toward", "towards", "through", "via", "between", "of", "visit",
            "visited", "visiting", "entered", "leave", "left", "reached", "north", "south", "east",
            "west", "northeast", "northwest", "southeast", "southwest", "downtown", "central",
            "rural", "suburban", "nearby", "neighboring", "neighbouring", "border", "capital");

    private static final Set<String> TIME_WORDS = Set.of(
            "january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "christmas", "easter", "halloween", "thanksgiving", "passover",
            "hanukkah", "chanukah", "ramadan", "eid", "diwali", "lent", "advent", "pentecost", "epiphany",
            "purim", "sukkot", "kwanzaa");

    /** Words after a name that make it a pathogen or a disease: "West Nile virus", "Lassa fever". */
    private static final Set<String> DISEASE_WORDS = Set.of(
            "virus", "viruses", "fever", "flu", "influenza", "disease", "diseases", "syndrome",
            "encephalitis", "strain", "strains", "bacteria", "bacterium", "vaccine", "vaccines",
            "virus's", "hemorrhagic", "haemorrhagic", "variant", "pox");

    /** Words that may stand before a place name without making it a person's surname. */
    private static final Set<String> PLACE_DESCRIPTORS = Set.of(
            "north", "south", "east", "west", "northern", "southern", "eastern", "western",
            "central", "upper", "lower", "greater", "downtown", "metro", "metropolitan", "rural",
            "coastal", "northeast", "northwest", "southeast", "southwest", "northeastern",
            "northwestern", "southeastern", "southwestern", "mid", "inner", "outer", "old", "new");

    static String key(String token) {
        StringBuilder key = new StringBuilder(token.length());
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c != '.') {
                key.append(c);
            }
        }
        return key.toString().toLowerCase(Locale.ROOT);
    }

    static boolean isPersonTitle(String token) {
        return PERSON_TITLES.contains(key(token));
    }

    static boolean isStreetWord(String token) {
        return STREET_WORDS.contains(key(token));
    }

    static boolean isOrganisationWord(String token) {
        return ORGANISATION_WORDS.contains(key(token));
    }

    static boolean isLocative(String token) {
        return LOCATIVE_WORDS.contains(key(token));
    }

    static boolean isTimeWord(String token) {
        return TIME_WORDS.contains(key(token));
    }

    static boolean isDiseaseWord(String token) {
        return DISEASE_WORDS.contains(key(token));
    }

    static boolean isPlaceDescriptor(String token) {
        return PLACE_DESCRIPTORS.contains(key(token));
    }
}
