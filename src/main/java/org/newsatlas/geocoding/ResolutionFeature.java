package org.newsatlas.geocoding;

/**
 * What a candidate place's score is made of: each value is the amount of one kind of evidence a
 * candidate has (1 or 0 for a kind or a rule that fired, a number for population, co-location and
 * country focus). The hand-set score is the sum of each amount times its weight in
 * {@link ResolutionWeights}; a learned {@link RankingModel} weighs the same features.
 */
public enum ResolutionFeature {
    COUNTRY(ResolutionWeights.COUNTRY_KIND),
    DEPENDENCY(ResolutionWeights.DEPENDENCY_KIND),
    FIRST_ORDER_DIVISION(ResolutionWeights.FIRST_ORDER_DIVISION_KIND),
    SECOND_ORDER_DIVISION(ResolutionWeights.SECOND_ORDER_DIVISION_KIND),
    ZONE(ResolutionWeights.ZONE_KIND),
    OTHER_ADMINISTRATIVE(ResolutionWeights.OTHER_ADMINISTRATIVE_KIND),
    CONTINENT(ResolutionWeights.CONTINENT_KIND),
    REGION(ResolutionWeights.REGION_KIND),
    OTHER_AREA(ResolutionWeights.OTHER_AREA_KIND),
    CAPITAL(ResolutionWeights.CAPITAL_KIND),
    FIRST_ORDER_SEAT(ResolutionWeights.FIRST_ORDER_SEAT_KIND),
    SECOND_ORDER_SEAT(ResolutionWeights.SECOND_ORDER_SEAT_KIND),
    SEAT_OF_GOVERNMENT(ResolutionWeights.SEAT_OF_GOVERNMENT_KIND),
    SECTION_OF_PLACE(ResolutionWeights.SECTION_OF_PLACE_KIND),
    PLAIN_TOWN(ResolutionWeights.PLAIN_TOWN_KIND),
    WATER_OR_TERRAIN(ResolutionWeights.WATER_OR_TERRAIN_KIND),
    SPOT(ResolutionWeights.SPOT_KIND),
    UNKNOWN_KIND(ResolutionWeights.UNKNOWN_KIND),
    /** log10(population + 1). */
    POPULATION(ResolutionWeights.POPULATION),
    PRIMARY_NAME(ResolutionWeights.PRIMARY_NAME_BONUS),
    COUNTRY_QUALIFIER(ResolutionWeights.COUNTRY_QUALIFIER),
    FIRST_ORDER_DIVISION_QUALIFIER(ResolutionWeights.FIRST_ORDER_DIVISION_QUALIFIER),
    SECOND_ORDER_DIVISION_QUALIFIER(ResolutionWeights.SECOND_ORDER_DIVISION_QUALIFIER),
    /** Co-location support, 0..{@link ResolutionWeights#MAX_CO_LOCATION_SUPPORT}. */
    CO_LOCATION(ResolutionWeights.CO_LOCATION_WEIGHT),
    /** Share of the other names' weight in the candidate's country, 0..1. */
    COUNTRY_FOCUS(ResolutionWeights.COUNTRY_FOCUS),
    SHARED_DIVISION(ResolutionWeights.SHARED_DIVISION),
    NEAR(ResolutionWeights.NEAR_BONUS),
    REGIONAL(ResolutionWeights.REGIONAL_BONUS),
    DISTANT(ResolutionWeights.DISTANT_BONUS),
    /** Share of the other names' weight in the candidate's state, when the state itself is named, 0..1. */
    NAMED_DIVISION(ResolutionWeights.NAMED_DIVISION),
    /** The candidate lies in a county another name of the document spells out in full. */
    NAMED_COUNTY(ResolutionWeights.NAMED_COUNTY),
    /** The candidate is a state or province listed beside another of its country. */
    LISTED_DIVISION(ResolutionWeights.LISTED_DIVISION),
    /** The candidate is of the kind the words beside the name say ("the state of Washington"). */
    KIND_WORD(ResolutionWeights.KIND_WORD);

    private final double handSetWeight;

    ResolutionFeature(double handSetWeight) {
        this.handSetWeight = handSetWeight;
    }

    public double handSetWeight() {
        return handSetWeight;
    }
}
