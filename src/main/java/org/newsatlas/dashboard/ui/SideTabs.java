package org.newsatlas.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;

/** The tabs beside the map (below it on a phone): the place, the places table, the article list. */
class SideTabs extends Div {

    private final Tabs tabs = new Tabs();
    private final Map<DashboardTab, Tab> tabOf = new EnumMap<>(DashboardTab.class);
    private final Map<DashboardTab, Component> contentOf = new EnumMap<>(DashboardTab.class);
    private final Map<DashboardTab, Span> labelOf = new EnumMap<>(DashboardTab.class);

    SideTabs(Map<DashboardTab, Component> contents, Consumer<DashboardTab> onChoose) {
        addClassName("side-tabs");
        Div pages = new Div();
        pages.addClassName("side-tab-pages");
        for (DashboardTab tab : DashboardTab.values()) {
            Span label = new Span(tab.label());
            labelOf.put(tab, label);
            Tab header = new Tab(label);
            header.addClassName("tab-" + tab.key());
            tabOf.put(tab, header);
            tabs.add(header);
            Component content = contents.get(tab);
            contentOf.put(tab, content);
            pages.add(content);
        }
        tabs.addSelectedChangeListener(change -> {
            if (change.isFromClient()) {
                tabOf.entrySet().stream().filter(e -> e.getValue() == change.getSelectedTab()).findFirst()
                        .ifPresent(e -> onChoose.accept(e.getKey()));
            }
        });
        add(tabs, pages);
    }

    void show(DashboardTab shown) {
        tabs.setSelectedTab(tabOf.get(shown));
        contentOf.forEach((tab, content) -> content.setVisible(tab == shown));
    }

    /** Puts a count after a tab's name ("Articles (34)"). */
    void count(DashboardTab tab, long count) {
        labelOf.get(tab).setText(tab.label() + " (" + "%,d".formatted(count) + ")");
    }

    DashboardTab shown() {
        return contentOf.entrySet().stream().filter(e -> e.getValue().isVisible()).map(Map.Entry::getKey)
                .findFirst().orElse(DashboardTab.PLACES);
    }
}
