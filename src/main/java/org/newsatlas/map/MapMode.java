package org.newsatlas.map;

/** What the map draws: a marker per place, or each country shaded by the mentions of its places. */
public enum MapMode {
    MARKERS, COUNTRIES
}
