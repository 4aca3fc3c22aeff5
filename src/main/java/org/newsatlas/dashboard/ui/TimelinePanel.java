package org.newsatlas.dashboard.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.select.SelectVariant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.newsatlas.dashboard.BucketSize;
import org.newsatlas.dashboard.TimeBucket;

/**
 * The timeline with its heading and its bar width (per day, week, month, or chosen by the span).
 * A range a person drags or steps to is handed on as dates; null dates clear the date filter.
 */
class TimelinePanel extends Div {

    private static final String AUTO = "auto";
    private static final Map<String, String> WIDTHS = Map.of(AUTO, "Bars: automatic", "day", "Bars: per day",
            "week", "Bars: per week", "month", "Bars: per month");

    private final Timeline timeline = new Timeline();
    private final Select<String> width = new Select<>();
    private final boolean showMentions;

    TimelinePanel(String heading, boolean showMentions, BiConsumer<LocalDate, LocalDate> onRange,
                  Consumer<BucketSize> onWidth) {
        this.showMentions = showMentions;
        addClassName("timeline-panel");
        Span title = new Span(heading);
        title.addClassName("timeline-title");
        width.setItems(List.of(AUTO, "day", "week", "month"));
        width.setItemLabelGenerator(WIDTHS::get);
        width.setAriaLabel("Width of the timeline's bars");
        width.addThemeVariants(SelectVariant.LUMO_SMALL);
        width.setValue(AUTO);
        width.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                onWidth.accept(BucketSize.fromKey(change.getValue()).orElse(null));
            }
        });
        Div header = new Div(title, width);
        header.addClassName("timeline-header");
        timeline.addClassName("timeline");
        timeline.addRangeSelectListener(select -> onRange.accept(select.from(), select.to()));
        timeline.addRangeClearListener(clear -> onRange.accept(null, null));
        add(header, timeline);
    }

    /**
     * Draws day counts in bars of the chosen width (null: the width that suits their span) and
     * shows the date filter in force.
     */
    void show(List<TimeBucket> days, BucketSize chosen, LocalDate from, LocalDate to) {
        BucketSize size = chosen == null ? TimelineData.fitting(days) : chosen;
        width.setValue(chosen == null ? AUTO : chosen.key());
        timeline.setData(TimelineData.of(days, size, showMentions, from, to));
    }

    Timeline timeline() {
        return timeline;
    }
}
