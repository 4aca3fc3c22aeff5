package org.newsatlas.extraction;

import static org.newsatlas.extraction.NeighbourWeights.BESIDE_ANOTHER_NAME;
import static org.newsatlas.extraction.NeighbourWeights.DISEASE_WORD_AFTER;
import static org.newsatlas.extraction.NeighbourWeights.GIVEN_NAME_BEFORE_SURNAME;
import static org.newsatlas.extraction.NeighbourWeights.LOCATIVE_BEFORE;
import static org.newsatlas.extraction.NeighbourWeights.MODEL_YEAR;
import static org.newsatlas.extraction.NeighbourWeights.NEWSPAPER_TITLE;
import static org.newsatlas.extraction.NeighbourWeights.ORGANISATION_WORD_AFTER;
import static org.newsatlas.extraction.NeighbourWeights.PARTY_AND_HOME;
import static org.newsatlas.extraction.NeighbourWeights.PERSON_NAME_CONTEXT;
import static org.newsatlas.extraction.NeighbourWeights.PLACE_KIND_AFTER;
import static org.newsatlas.extraction.NeighbourWeights.SPEAKER;
import static org.newsatlas.extraction.NeighbourWeights.STREET_WORD_AFTER;
import static org.newsatlas.extraction.NeighbourWeights.SURNAME_ELSEWHERE;
import static org.newsatlas.extraction.NeighbourWeights.SURNAME_ELSEWHERE_NAMED_BY_FINDER;

import java.util.Locale;
import java.util.Set;

/**
 * Evidence in the words around the span: "in" before it, "Road" or "virus" after it, a title or a
 * given name that makes it a person. Each rule returns its weight when it fires, else 0.
 */
final class NeighbourEvidence {

    /** What joins two names in a list: "Etoumbi and Mbomo districts". */
    private static final Set<String> COORDINATORS = Set.of("and", "or", ",", "&");

    private final RecognitionSettings settings;
    private final PersonContext persons;

    NeighbourEvidence(RecognitionSettings settings, PersonContext persons) {
        this.settings = settings;
        this.persons = persons;
    }

    static double locativeBefore(SpanInSentence span) {
        return span.previousIs(ContextWords.LOCATIVE) && !isOrganisationOf(span) ? LOCATIVE_BEFORE : 0;
    }

    /**
     * "Chamber of Commerce", "Department of Labor", "Library of Congress": "of" after a capitalised
     * organisation word joins the organisation's name, so it says nothing about a place. Not a
     * word that is also a kind of place.
     */
    private static boolean isOrganisationOf(SpanInSentence span) {
        int from = span.candidate().fromToken();
        if (from < 2 || !"of".equals(span.sentence().token(from - 1).text())) {
            return false;
        }
        AnalyzedSentence.Token organisation = span.sentence().token(from - 2);
        // "City of Oxford", "District of Columbia" name the place itself
        return organisation.isCapitalized() && ContextWords.ORGANISATION.contains(organisation.text())
                && !ContextWords.PLACE_KIND.contains(organisation.text());
    }

    /** "Alexandria, La." or "Libya, Tunisia and Egypt": names in a row support each other. */
    static double besideAnotherName(SpanInSentence span) {
        AnalyzedSentence sentence = span.sentence();
        int after = span.candidate().toToken();
        int before = span.candidate().fromToken() - 1;
        boolean nameAfter = commaAndCapitalAt(sentence, after);
        boolean nameBefore = before >= 1 && ",".equals(sentence.token(before).text())
                && sentence.token(before - 1).isCapitalized();
        return nameAfter || nameBefore ? BESIDE_ANOTHER_NAME : 0;
    }

    /**
     * "the Cacuaco district", "Barrow and Jackson counties": a lower-case kind of place after the
     * name, or after the name it is coordinated with. Not for a demonym ("the Indian state of").
     */
    static double placeKindAfter(SpanInSentence span) {
        if (span.candidate().demonym()) {
            return 0;
        }
        AnalyzedSentence sentence = span.sentence();
        int after = span.candidate().toToken();
        if (isLowerCasePlaceKind(sentence, after)) {
            return PLACE_KIND_AFTER;
        }
        boolean coordinated = after + 2 < sentence.size() && COORDINATORS.contains(sentence.token(after).text())
                && TokenShapes.isCapitalisedWord(sentence.token(after + 1).text());
        return coordinated && isLowerCasePlaceKind(sentence, after + 2) ? PLACE_KIND_AFTER : 0;
    }

    private static boolean isLowerCasePlaceKind(AnalyzedSentence sentence, int index) {
        if (index >= sentence.size()) {
            return false;
        }
        String text = sentence.token(index).text();
        return Character.isLowerCase(text.codePointAt(0)) && ContextWords.PLACE_KIND.contains(text);
    }

    /**
     * "Wagner said", "Robertson told": one name that is no major place before a verb of saying is
     * its speaker. Not after a locative word ("a man from Laconia said"), and not a country or a
     * capital city, which speak for their governments ("Russia said").
     */
    static double speaker(SpanInSentence span) {
        SpanCandidate candidate = span.candidate();
        if (!span.isSingleWord() || candidate.demonym() || CandidatePlaces.isMajorPlace(candidate)
                || span.previousIs(ContextWords.LOCATIVE)) {
            return 0;
        }
        AnalyzedSentence.Token next = span.next();
        return next != null && !next.isCapitalized() && ContextWords.SPEECH.contains(next.text()) ? SPEAKER : 0;
    }

    static double diseaseWordAfter(SpanInSentence span) {
        return span.nextIs(ContextWords.DISEASE) || isVirusCompound(span.next()) ? DISEASE_WORD_AFTER : 0;
    }

    /**
     * A model year before the name, here or before the same name elsewhere in the document ("a 1995
     * Honda Accord ... the Honda's driver"), unless a qualifier follows its comma ({@link ModelYears}).
     */
    static double modelYear(SpanInSentence span, Set<String> products) {
        if (ModelYears.followsModelYear(span.sentence(), span.candidate())) {
            return MODEL_YEAR;
        }
        return namedSoElsewhere(span, products) ? MODEL_YEAR : 0;
    }

    /**
     * A disease word after the span, or after the same name elsewhere in the document: "West Nile
     * virus" makes "West Nile cases" the disease's too. Not a name with a qualifier after its comma:
     * the "Ebola Reston virus" was found in "Reston, Virginia".
     */
    static double diseaseName(SpanInSentence span, Set<String> pathogens) {
        if (diseaseWordAfter(span) != 0) {
            return DISEASE_WORD_AFTER;
        }
        return namedSoElsewhere(span, pathogens) ? DISEASE_WORD_AFTER : 0;
    }

    /** The document names the span so elsewhere, and no qualifier after a comma says otherwise here. */
    private static boolean namedSoElsewhere(SpanInSentence span, Set<String> keys) {
        return keys.contains(span.candidate().key()) && !qualifiedAfterComma(span);
    }

    /** "Reston, Virginia": a comma and a capitalised word after the name, which may be its qualifier. */
    private static boolean qualifiedAfterComma(SpanInSentence span) {
        return commaAndCapitalAt(span.sentence(), span.candidate().toToken());
    }

    /** A comma at {@code comma} and a capitalised word after it. */
    private static boolean commaAndCapitalAt(AnalyzedSentence sentence, int comma) {
        return comma + 1 < sentence.size() && ",".equals(sentence.token(comma).text())
                && sentence.token(comma + 1).isCapitalized();
    }

    /** "Reston ebolavirus", "a hantavirus": a virus's name is written as one word as often as two. */
    private static boolean isVirusCompound(AnalyzedSentence.Token next) {
        return next != null && !next.isCapitalized() && next.text().toLowerCase(Locale.ROOT).endsWith("virus");
    }

    /**
     * "The Moscow Times", "Lansing State Journal", "the Atlanta Journal-Constitution": a masthead
     * word among the few capitalised words after the name. Counted whatever the setting for places
     * inside organisations: a paper's seat is where it is printed, not where its story is.
     */
    static double newspaperTitle(SpanInSentence span) {
        AnalyzedSentence sentence = span.sentence();
        int end = Math.min(sentence.size(), span.candidate().toToken() + TokenLengths.MASTHEAD_REACH);
        for (int t = span.candidate().toToken(); t < end; t++) {
            String text = sentence.token(t).text();
            if (!TokenShapes.isCapitalisedWord(text)) {
                return 0;
            }
            if (ContextWords.NEWSPAPER.contains(text)) {
                return NEWSPAPER_TITLE;
            }
        }
        return 0;
    }

    /** "Tom Harkin (D-Iowa)", "Carrie Webster, D-Kanawha,": the party initial stands for "from". */
    static double partyAndHome(SpanInSentence span) {
        return TokenShapes.isPartyAndHome(span.sentence(), span.candidate()) ? PARTY_AND_HOME : 0;
    }

    /**
     * "Dublin Road": a street named after the place, not the place. Not a state or a country before
     * a street word that a title goes on ("the Florida Highway Patrol", "the Kansas Turnpike
     * Authority"): that names the state's agency, and the state with it.
     */
    static double streetWordAfter(SpanInSentence span) {
        if (!span.capitalisedNextIs(ContextWords.STREET)) {
            return 0;
        }
        return CandidatePlaces.isMajorPlace(span.candidate()) && agencyAfterStreetWord(span) ? 0 : STREET_WORD_AFTER;
    }

    /** A capitalised word after the street word that is no street word itself: "Highway Patrol". */
    private static boolean agencyAfterStreetWord(SpanInSentence span) {
        int after = span.candidate().toToken() + 1;
        if (after >= span.sentence().size()) {
            return false;
        }
        AnalyzedSentence.Token word = span.sentence().token(after);
        return word.isCapitalized() && !ContextWords.STREET.contains(word.text());
    }

    /** Counted only when places inside organisation names are not to be reported. */
    double organisationWordAfter(SpanInSentence span) {
        return span.capitalisedNextIs(ContextWords.ORGANISATION) && !settings.includeInsideOrganisations()
                ? ORGANISATION_WORD_AFTER : 0;
    }

    double personNameContext(SpanInSentence span) {
        boolean person = persons.isSurname(span.sentence(), span.candidate())
                || persons.isGivenNameBeforeSurname(span.sentence(), span.candidate())
                || PersonContext.leadsAnOffice(span.sentence(), span.candidate());
        return person ? PERSON_NAME_CONTEXT : 0;
    }

    /** "Carolina Tohá": a known given name before a surname weighs more than an unknown word would. */
    double givenNameBeforeSurname(SpanInSentence span) {
        return persons.isKnownGivenNameBeforeSurname(span.sentence(), span.candidate()) ? GIVEN_NAME_BEFORE_SURNAME : 0;
    }

    /**
     * Where the name finder marked the span, the document still outweighs it unless the name is a
     * major place ("Georgia" stays a country beside a "Georgia Smith").
     *
     * @param surnames keys of the names that stand as a surname somewhere in the document
     */
    static double surnameElsewhere(SpanInSentence span, Set<String> surnames) {
        SpanCandidate candidate = span.candidate();
        if (!surnames.contains(candidate.key())) {
            return 0;
        }
        if (!candidate.namedByFinder()) {
            return SURNAME_ELSEWHERE;
        }
        return CandidatePlaces.isMajorPlace(candidate) ? 0 : SURNAME_ELSEWHERE_NAMED_BY_FINDER;
    }
}
