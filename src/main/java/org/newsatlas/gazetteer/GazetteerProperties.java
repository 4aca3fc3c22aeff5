package org.newsatlas.gazetteer;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which GeoNames files make up the gazetteer ({@code newsatlas.gazetteer.*}).
 *
 * @param includeBundled load the files shipped in the jar under {@code gazetteer/} (default true)
 * @param extraFiles     GeoNames dumps to load as well (allCountries.txt, LY.txt, cities500.txt;
 *                       plain or gzip), or instead of the bundled ones when includeBundled=false
 * @param demonymsFile   a {@code demonym<TAB>geonameid} file replacing the bundled demonyms.tsv
 */
@ConfigurationProperties("newsatlas.gazetteer")
public record GazetteerProperties(
        @DefaultValue("true") boolean includeBundled,
        List<String> extraFiles,
        String demonymsFile) {

    public GazetteerProperties {
        extraFiles = extraFiles == null ? List.of() : List.copyOf(extraFiles);
        demonymsFile = demonymsFile == null || demonymsFile.isBlank() ? null : demonymsFile;
    }

    /** Bundled files only: what the app uses with no configuration. */
    public static GazetteerProperties defaults() {
        return new GazetteerProperties(true, List.of(), null);
    }
}
