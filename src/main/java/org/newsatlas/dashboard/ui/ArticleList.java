package org.newsatlas.dashboard.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.Objects;
import org.newsatlas.base.ui.LanguageNames;
import java.util.function.Consumer;
import org.newsatlas.dashboard.ArticleRow;
import org.newsatlas.dashboard.DashboardFilter;
import org.newsatlas.dashboard.DashboardService;

/**
 * The articles under the filter, newest first, fetched a page at a time as a person scrolls; a
 * click or Enter on a row opens the article.
 */
class ArticleList extends Grid<ArticleRow> {

    private final DashboardService dashboard;
    private DashboardFilter filter;

    ArticleList(DashboardService dashboard, Consumer<ArticleRow> onOpen) {
        this.dashboard = dashboard;
        addClassName("article-list");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        setSelectionMode(SelectionMode.NONE);
        addColumn(ArticleRow::title).setHeader("Title").setFlexGrow(4).setTooltipGenerator(ArticleRow::title);
        addColumn(row -> row.day().toString()).setHeader("Date").setFlexGrow(0).setWidth("7.5em")
                .setTooltipGenerator(row -> row.publishedAt() == null ? "Date added (no published date)" : "Published");
        addColumn(row -> Objects.requireNonNullElse(row.source(), "")).setHeader("Source").setFlexGrow(2);
        addColumn(row -> Objects.requireNonNullElse(row.language(), "")).setHeader("Lang.").setFlexGrow(0)
                .setWidth("4.5em").setTooltipGenerator(row -> LanguageNames.of(row.language()));
        addColumn(ArticleRow::placeCount).setHeader("Places").setFlexGrow(0).setWidth("5em")
                .setTextAlign(ColumnTextAlign.END);
        getColumns().forEach(column -> column.setResizable(true));
        setPageSize(50);
        setEmptyStateText("No articles match these filters.");
        RowActivation.on(this, onOpen);
    }

    /** Lists the articles of a filter; the total comes from the filter's totals, which are counted anyway. */
    void show(DashboardFilter shown, long total) {
        if (shown.equals(filter)) {
            return;
        }
        this.filter = shown;
        // never ask for more than there is: a grid that wants "everything" asks for Integer.MAX_VALUE
        setItems(query -> dashboard.articles(shown, query.getOffset(),
                        (int) Math.min(query.getLimit(), Math.max(0, total - query.getOffset()))).items().stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, total));
    }

    /** Re-reads the list (an article was added). */
    void reload(long total) {
        DashboardFilter shown = filter;
        filter = null;
        show(shown, total);
    }
}
