package org.newsatlas.evaluation;

import java.util.Arrays;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which toponyms are scored, as geoeval's options decide: by default the GeoWebNews annotations
 * that are not toponyms are dropped from gold and predictions; {@code --all-types} keeps all;
 * {@code --types=A,B} keeps only those gold types (predictions as by default).
 */
public record TypeFilter(Predicate<Toponym> gold, Predicate<Toponym> predictions) {

    static final Set<String> NON_TOPONYM_TYPES = Set.of("Non_Toponym", "Literal_Expression", "Non_Lit_Expression");

    public static TypeFilter defaults() {
        // Set.of rejects contains(null), and most toponyms have a null type
        Predicate<Toponym> toponyms = t -> t.type() == null || !NON_TOPONYM_TYPES.contains(t.type());
        return new TypeFilter(toponyms, toponyms);
    }

    public static TypeFilter allTypes() {
        return new TypeFilter(t -> true, t -> true);
    }

    /** Keeps only these gold types; predictions stay filtered as before (geoeval's --types=). */
    public TypeFilter onlyGoldTypes(String commaSeparated) {
        Set<String> wanted = Set.copyOf(Arrays.asList(commaSeparated.split(",", -1)));
        return new TypeFilter(t -> t.type() != null && wanted.contains(t.type()), predictions);
    }

    /**
     * This filter changed by a command-line option, or null if it is not a type option. Options
     * apply in order, as geoeval's loop over them does.
     */
    public TypeFilter with(String option) {
        if (option.equals("--all-types")) {
            return allTypes();
        }
        if (option.startsWith("--types=")) {
            return onlyGoldTypes(option.substring("--types=".length()));
        }
        return null;
    }
}
