package org.newsatlas.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Country names as GeoNames publishes them ("Türkiye"), by ISO 3166-1 alpha-2 code, read from the
 * bundled country file alone: cheap enough for any feature that only needs to name countries.
 */
public final class CountryNames {

    static final String BUNDLED = "/gazetteer/countries.txt";

    private final Map<String, String> names;

    private CountryNames(Map<String, String> names) {
        this.names = Map.copyOf(names);
    }

    /** The bundled names, read once for everyone who names countries. */
    public static CountryNames bundled() {
        return Bundled.NAMES;
    }

    /** Holder: the file is read on first use, once. */
    private static final class Bundled {
        static final CountryNames NAMES = readBundled();
    }

    private static CountryNames readBundled() {
        try (InputStream in = CountryNames.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                return new CountryNames(Map.of());
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + BUNDLED, e);
        }
    }

    static CountryNames read(InputStream in) throws IOException {
        Map<String, String> names = new HashMap<>();
        Map<String, Integer> ranks = new HashMap<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = reader.readLine()) != null) {
            String[] columns = line.split("\t", -1);
            if (columns.length < 9 || !FeatureCodes.isCountry(columns[6], columns[7]) || columns[8].length() != 2) {
                continue;
            }
            String code = columns[8].toUpperCase(Locale.ROOT);
            int rank = rank(columns[7]);
            if (rank < ranks.getOrDefault(code, Integer.MAX_VALUE)) {
                ranks.put(code, rank);
                names.put(code, columns[1]);
            }
        }
        return new CountryNames(names);
    }

    /** An independent country names its code before a dependency or a historical state does. */
    private static int rank(String featureCode) {
        return switch (featureCode) {
            case FeatureCodes.INDEPENDENT_COUNTRY -> 0;
            case "PCL" -> 1;
            case "PCLH" -> 9;
            default -> 5;
        };
    }

    /** Every country GeoNames names, by alpha-2 code. */
    public Map<String, String> all() {
        return names;
    }

    /** GeoNames' name of the country, else Java's English name, else the code itself; "" for none. */
    public String name(String countryCode) {
        if (countryCode == null || countryCode.isBlank()) {
            return "";
        }
        String code = countryCode.strip().toUpperCase(Locale.ROOT);
        String name = names.get(code);
        if (name != null) {
            return name;
        }
        @SuppressWarnings("deprecation") // Locale.of needs Java 19; we build for 17
        String display = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
        return display.isBlank() ? code : display;
    }
}
