package org.newsatlas.extraction;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Closed word classes that tell a place name from a person's or an organisation's: general English,
 * not taken from any corpus. A word is looked up by its {@link #key}: lower case, without dots, so
 * "Mr." and "MR" are one word.
 *
 * <p>A few words belong to more than one class, on purpose; they are the {@link Shared} sets, so
 * that no other word lands in two classes unnoticed. Which reading applies follows from where the
 * word stands: a title is read before a name, a street word after one.
 */
enum ContextWords {

    /** Before a name, a person: "President Saied", "Mr. Esper", "Dr. Jones". Alone, no place. */
    PERSON_TITLE(List.of(Shared.ST, Shared.DR),
            "mr", "mrs", "ms", "miss", "prof", "professor", "president", "vice", "sen", "senator",
            "rep", "representative", "gov", "governor", "mayor", "judge", "justice", "secretary",
            "minister", "officer", "sgt", "sergeant", "lt", "lieutenant", "capt", "captain", "gen",
            "general", "col", "colonel", "maj", "major", "cpl", "corporal", "pvt", "private", "det",
            "detective", "deputy", "sheriff", "chief", "coach", "rev", "reverend", "father", "sister",
            "brother", "pastor", "bishop", "pope", "prince", "princess", "king", "queen", "lord",
            "lady", "sir", "dame", "chancellor", "premier", "commissioner", "attorney",
            "trooper", "ambassador", "spokesman", "spokeswoman", "spokesperson", "commander",
            "superintendent", "principal", "dean", "councilman", "councilwoman", "councillor",
            "alderman", "supervisor", "director", "manager", "chairman", "chairwoman", "ceo",
            "jr", "sr", "aunt", "uncle", "grandma", "grandpa", "mother", "son", "daughter",
            "wife", "husband", "actor", "actress", "singer", "player", "quarterback", "pitcher",
            "defendant", "victim", "suspect", "agent"),

    /** After a name, a street: "Dublin Road", "Main St.", "Hill Dr.". */
    STREET(List.of(Shared.ST, Shared.DR, Shared.COURT),
            "street", "road", "rd", "avenue", "ave", "boulevard", "blvd", "drive", "lane",
            "ln", "way", "place", "pl", "ct", "circle", "highway", "hwy", "parkway", "pkwy",
            "terrace", "trail", "pike", "alley", "plaza", "square", "expressway", "freeway", "turnpike"),

    /** After a name, an organisation, a building or an event: "Mansfield Police", "African Union". */
    ORGANISATION(List.of(Shared.COURT, Shared.CITY_AND_DISTRICT, Shared.POLICE, Shared.MASTHEAD),
            "university", "college", "school", "academy", "institute", "hospital", "clinic",
            "department", "dept", "company", "co", "corp", "corporation", "inc", "ltd",
            "llc", "group", "press", "magazine", "radio", "tv", "television", "center",
            "centre", "bank", "club", "council", "party", "church", "cathedral", "mosque", "temple",
            "museum", "library", "airlines", "airways", "association", "society", "foundation",
            "union", "league", "team", "fc", "united", "giants", "cemetery", "mall", "hotel",
            "restaurant", "stadium", "arena", "board", "commission", "authority", "agency", "bureau",
            "office", "senate", "assembly", "congress", "parliament", "government", "army",
            "navy", "guard", "force", "forces", "fire", "jail", "prison", "zoo", "park",
            "festival", "fair", "conference", "summit", "accord", "agreement", "treaty", "declaration",
            "convention", "symphony", "orchestra", "theatre", "theater", "studios", "records",
            "international", "industries", "motors", "airport", "station", "port", "harbour",
            "harbor", "bridge", "dam", "tunnel", "chamber", "federation", "organization",
            "organisation", "ministry", "committee", "trust", "fund", "exchange", "market",
            "ballet", "opera", "open", "marathon", "cup", "games"),

    /** Capitalised after a name, a newspaper: "The Moscow Times", "China Daily". */
    NEWSPAPER(List.of(Shared.MASTHEAD)),

    /** Before a name, a place: "in Tunis", "visited Sirte", "north Denver". */
    LOCATIVE(List.of(Shared.COMPASS_AND_AREA),
            "in", "at", "near", "from", "to", "into", "across", "around", "throughout", "outside",
            "inside", "within", "toward", "towards", "through", "via", "between", "of", "visit",
            "visited", "visiting", "entered", "leave", "left", "reached", "suburban", "nearby",
            "neighboring", "neighbouring", "border", "capital"),

    /**
     * In lower case after a name, the kind of place it names: "the Cacuaco district", "Barrow and
     * Jackson counties", "Zamfara state". Only common English nouns for places and divisions.
     */
    PLACE_KIND(List.of(Shared.CITY_AND_DISTRICT),
            "cities", "districts", "town", "towns", "village", "villages", "county", "counties",
            "province", "provinces", "region", "regions", "state", "states", "township", "townships",
            "municipality", "municipalities", "prefecture", "prefectures", "governorate", "borough",
            "boroughs", "suburb", "suburbs", "parish", "parishes", "commune", "communes", "oblast",
            "island", "islands", "neighborhood", "neighbourhood", "area", "areas"),

    /** In lower case after a name, a verb of saying: "Wagner said". Towns do not speak; people and capitals do. */
    SPEECH(List.of(),
            "said", "says", "told", "added", "explained", "noted", "stated", "asked", "wrote",
            "testified", "recalled", "replied", "argued", "acknowledged", "admitted"),

    /**
     * In lower case after a name, the government a person leads: "the Obama administration", "the
     * Bush presidency". A place's government is its council, its authorities or its officials.
     */
    LEADER_OFFICE(List.of(), "administration", "presidency"),

    /**
     * In lower case after a name, the people of a place: "a Longview woman", "Albany police",
     * "Calgary residents". The name then stands for the place even where the tagger reads it as an
     * adjective.
     */
    RESIDENTS(List.of(Shared.POLICE),
            "man", "woman", "men", "women", "resident", "residents", "native", "natives", "official",
            "officials", "authorities", "teen", "teens", "teenager", "boy", "girl", "couple", "voters",
            "students", "firefighters", "leaders"),

    /** Alone, a date and no place: "May", "Passover". */
    TIME(List.of(),
            "january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "christmas", "easter", "halloween", "thanksgiving", "passover",
            "hanukkah", "chanukah", "ramadan", "eid", "diwali", "lent", "advent", "pentecost", "epiphany",
            "purim", "sukkot", "kwanzaa"),

    /** After a name, a pathogen or a disease: "West Nile virus", "Lassa fever". */
    DISEASE(List.of(),
            "virus", "viruses", "fever", "flu", "influenza", "disease", "diseases", "syndrome",
            "encephalitis", "strain", "strains", "bacteria", "bacterium", "vaccine", "vaccines",
            "virus's", "hemorrhagic", "haemorrhagic", "variant", "pox"),

    /** May stand before a place name without making it a surname: "Greater Manchester". Alone, no place. */
    PLACE_DESCRIPTOR(List.of(Shared.COMPASS_AND_AREA),
            "northern", "southern", "eastern", "western", "upper", "lower", "greater", "metro",
            "metropolitan", "coastal", "northeastern", "northwestern", "southeastern", "southwestern",
            "mid", "inner", "outer", "old", "new"),

    /** Alone, no place: "St." and "San" only ever open a name ("St. Louis", "San Diego"). */
    SAINT(List.of(Shared.ST), "saint", "ste", "san");

    private final Set<String> words;

    ContextWords(List<Set<String>> shared, String... own) {
        Set<String> all = new HashSet<>(Set.of(own));
        shared.forEach(all::addAll);
        this.words = Set.copyOf(all);
    }

    boolean contains(String token) {
        return words.contains(key(token));
    }

    Set<String> words() {
        return words;
    }

    static String key(String token) {
        if (token.indexOf('.') < 0) {
            // most tokens have no dot: no copy to make (the rules look words up many times per candidate)
            return token.toLowerCase(Locale.ROOT);
        }
        StringBuilder key = new StringBuilder(token.length());
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c != '.') {
                key.append(c);
            }
        }
        return key.toString().toLowerCase(Locale.ROOT);
    }

    /** The words that belong to two classes, and why each may. */
    static final class Shared {

        /** "St.": Saint before a name ("St. Paul said"), Street after one ("Main St."); alone, no place. */
        static final Set<String> ST = Set.of("st");

        /** "Dr.": Doctor before a name ("Dr. Jones"), Drive after one ("Hill Dr."). */
        static final Set<String> DR = Set.of("dr");

        /**
         * Capitalised after a name, an organisation or a part of its name ("Dublin City Council",
         * "School District"); in lower case, the kind of place the name names ("the Cacuaco district").
         */
        static final Set<String> CITY_AND_DISTRICT = Set.of("city", "district");

        /** Capitalised after a name, the force ("Mansfield Police"); in lower case, the town's police. */
        static final Set<String> POLICE = Set.of("police");

        /** A newspaper's title is an organisation's name; it cites a source, not a scene. */
        static final Set<String> MASTHEAD = Set.of(
                "times", "post", "herald", "journal", "news", "tribune", "gazette", "chronicle", "daily");

        /** A court of law ("Supreme Court") and a street ("Dublin Court"): either way not the town. */
        static final Set<String> COURT = Set.of("court");

        /**
         * Before a name, evidence of a place ("north of Tunis", "downtown Denver"); and a word that
         * describes a place, so no given name before a surname. Both readings speak for a place.
         */
        static final Set<String> COMPASS_AND_AREA = Set.of(
                "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                "downtown", "central", "rural");

        private Shared() {
        }
    }
}
