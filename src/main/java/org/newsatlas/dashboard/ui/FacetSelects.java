package org.newsatlas.dashboard.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsatlas.base.ui.LanguageNames;
import org.newsatlas.dashboard.CountryRow;
import org.newsatlas.dashboard.DashboardService;
import org.newsatlas.gazetteer.PlaceKind;

/**
 * The four lists of the filter bar (country, kind of place, source, language), each option with the
 * articles it would keep. Options with no articles are left out unless chosen, so that a chosen
 * option never disappears from its list.
 */
final class FacetSelects {

    final MultiSelectComboBox<String> countries = select("Country", "Any country");
    final MultiSelectComboBox<PlaceKind> kinds = select("Kind of place", "Any kind");
    final MultiSelectComboBox<String> sources = select("Source", "Any source");
    final MultiSelectComboBox<String> languages = select("Language", "Any language");

    private final Map<String, String> countryLabels = new HashMap<>();
    private final Map<PlaceKind, String> kindLabels = new HashMap<>();
    private final Map<String, String> sourceLabels = new HashMap<>();
    private final Map<String, String> languageLabels = new HashMap<>();

    FacetSelects() {
        countries.setItemLabelGenerator(code -> countryLabels.getOrDefault(code, code));
        kinds.setItemLabelGenerator(kind -> kindLabels.getOrDefault(kind, PlaceWords.kinds(kind)));
        sources.setItemLabelGenerator(source -> sourceLabels.getOrDefault(source, source));
        countries.addClassName("country-filter");
        kinds.addClassName("kind-filter");
        sources.addClassName("source-filter");
        languages.setItemLabelGenerator(code -> languageLabels.getOrDefault(code, LanguageNames.of(code)));
        languages.addClassName("language-filter");
    }

    private static <T> MultiSelectComboBox<T> select(String label, String placeholder) {
        MultiSelectComboBox<T> select = new MultiSelectComboBox<>(label);
        select.setPlaceholder(placeholder);
        select.setClearButtonVisible(true);
        select.setAutoExpand(MultiSelectComboBox.AutoExpandMode.NONE);
        select.setSelectedItemsOnTop(true);
        return select;
    }

    /** Shows the counted options and the chosen values; the caller ignores the change events this makes. */
    void show(FacetOptions options, Set<String> chosenCountries, Set<PlaceKind> chosenKinds, Set<String> chosenSources,
              Set<String> chosenLanguages, DashboardService dashboard) {
        countryLabels.clear();
        List<String> countryItems = new ArrayList<>();
        for (CountryRow row : options.countries()) {
            countryLabels.put(row.countryCode(), labelled(row.name(), row.articles()));
            countryItems.add(row.countryCode());
        }
        for (String code : chosenCountries) {
            if (!countryLabels.containsKey(code)) {
                countryLabels.put(code, labelled(dashboard.countryName(code), 0));
                countryItems.add(code);
            }
        }
        fill(countries, countryItems, chosenCountries);

        kindLabels.clear();
        options.kinds().forEach((kind, count) -> kindLabels.put(kind, labelled(PlaceWords.kinds(kind), count)));
        fill(kinds, List.of(PlaceKind.values()), chosenKinds);

        sourceLabels.clear();
        List<String> sourceItems = new ArrayList<>(options.sources().entrySet().stream()
                .filter(entry -> entry.getValue() > 0 || chosenSources.contains(entry.getKey()))
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(entry -> {
                    sourceLabels.put(entry.getKey(), labelled(entry.getKey(), entry.getValue()));
                    return entry.getKey();
                })
                .toList());
        chosenSources.stream().filter(source -> !sourceLabels.containsKey(source)).sorted().forEach(source -> {
            sourceLabels.put(source, labelled(source, 0));
            sourceItems.add(source);
        });
        fill(sources, sourceItems, chosenSources);

        languageLabels.clear();
        List<String> languageItems = new ArrayList<>();
        options.languages().entrySet().stream()
                .filter(entry -> entry.getValue() > 0 || chosenLanguages.contains(entry.getKey()))
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(entry -> {
                    languageLabels.put(entry.getKey(), labelled(LanguageNames.of(entry.getKey()), entry.getValue()));
                    languageItems.add(entry.getKey());
                });
        chosenLanguages.stream().filter(code -> !languageLabels.containsKey(code)).sorted().forEach(code -> {
            languageLabels.put(code, labelled(LanguageNames.of(code), 0));
            languageItems.add(code);
        });
        fill(languages, languageItems, chosenLanguages);
    }

    private static <T> void fill(MultiSelectComboBox<T> select, List<T> items, Set<T> chosen) {
        select.setItems(items);
        select.setValue(new LinkedHashSet<>(chosen));
    }

    private static String labelled(String name, long articles) {
        return "%s (%,d)".formatted(name, articles);
    }
}
