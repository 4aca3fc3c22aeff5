package org.newsatlas.map;

import java.util.List;

/**
 * The country shading as the browser gets it: the classes as {@code [from, to]} and each country
 * as {@code [code, name, mentions, class]}. Mirrored by {@code ShadingTable} in
 * {@code frontend/components/map/state.ts}.
 */
record ShadingTable(List<List<Integer>> classes, List<List<Object>> countries) {

    static ShadingTable of(List<CountryShade> all) {
        // a country without a code cannot be matched to an outline
        List<CountryShade> shades = all.stream().filter(shade -> shade.countryCode() != null).toList();
        List<ShadeClasses.ShadeClass> classes = ShadeClasses.of(shades.stream().map(CountryShade::mentions).toList());
        return new ShadingTable(
                classes.stream().map(c -> List.of(c.from(), c.to())).toList(),
                shades.stream().map(shade -> List.<Object>of(shade.countryCode(), shade.name() == null ? "" : shade.name(),
                        shade.mentions(), ShadeClasses.classOf(classes, shade.mentions()))).toList());
    }
}
