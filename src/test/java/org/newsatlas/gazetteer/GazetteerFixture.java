package org.newsatlas.gazetteer;

import java.util.List;

/** The handmade GeoNames sample under src/test/resources/gazetteer-fixture, laid out like the bundle. */
public final class GazetteerFixture {

    static final String DIRECTORY = "gazetteer-fixture/";
    static final String EXTRA_LY = "classpath:gazetteer-fixture/extra/LY.txt";

    private GazetteerFixture() {
    }

    public static InMemoryGazetteer bundledOnly() {
        return load(new GazetteerProperties(true, List.of(), null));
    }

    static InMemoryGazetteer withExtraLibya() {
        return load(new GazetteerProperties(true, List.of(EXTRA_LY), null));
    }

    static InMemoryGazetteer load(GazetteerProperties properties) {
        return new GazetteerLoader(properties, DIRECTORY).load();
    }
}
