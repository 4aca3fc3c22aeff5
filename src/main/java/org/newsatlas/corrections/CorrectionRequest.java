package org.newsatlas.corrections;

/**
 * A correction asked for: exactly one of a GeoNames id, "not a place" or "confirm", with a scope.
 *
 * @param source with {@link Scope#EVERYWHERE}: only articles from this source (null: all)
 * @param applyToStored with {@link Scope#EVERYWHERE}: change the stored articles too, not only later ones
 */
public record CorrectionRequest(Long geonameId, boolean notAPlace, boolean confirm, Scope scope, String source,
                                boolean applyToStored) {

    public CorrectionRequest {
        int asked = (geonameId != null ? 1 : 0) + (notAPlace ? 1 : 0) + (confirm ? 1 : 0);
        if (asked != 1) {
            throw new CorrectionRefused("Give exactly one of geonameid, notAPlace: true or confirm: true.");
        }
        if (source != null && scope != Scope.EVERYWHERE) {
            throw new CorrectionRefused("A source can only be given with the scope everywhere.");
        }
        source = source == null || source.isBlank() ? null : source.strip();
    }

    String action() {
        return geonameId != null ? "place" : notAPlace ? "not_a_place" : "confirm";
    }
}
