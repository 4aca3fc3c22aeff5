package org.newsatlas.dashboard.ui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.shared.Registration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The {@code <news-timeline>} web component: bars of articles over time, on which a
 * person drags (or steps by keyboard) to choose a date range. It only asks; the view sets the filter
 * and sends the range back with the bars.
 */
@Tag("news-timeline")
@JsModule("./components/news-timeline.ts")
class Timeline extends Component implements HasSize, HasStyle {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TimelineData data;

    void setData(TimelineData data) {
        this.data = data;
        try {
            getElement().setProperty("data", JSON.writeValueAsString(data));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("timeline data is plain records", e);
        }
    }

    TimelineData getData() {
        return data;
    }

    Registration addRangeSelectListener(ComponentEventListener<RangeSelectEvent> listener) {
        return addListener(RangeSelectEvent.class, listener);
    }

    Registration addRangeClearListener(ComponentEventListener<RangeClearEvent> listener) {
        return addListener(RangeClearEvent.class, listener);
    }

    /** A person chose the days from {@code from} to {@code to}, both inclusive. */
    @DomEvent("range-select")
    public static class RangeSelectEvent extends ComponentEvent<Timeline> {

        private final LocalDate from;
        private final LocalDate to;

        public RangeSelectEvent(Timeline source, boolean fromClient, @EventData("event.detail.from") String from,
                         @EventData("event.detail.to") String to) {
            super(source, fromClient);
            LocalDate first = date(from);
            LocalDate last = date(to);
            boolean backwards = first != null && last != null && last.isBefore(first);
            this.from = backwards ? last : first;
            this.to = backwards ? first : last;
        }

        LocalDate from() {
            return from;
        }

        LocalDate to() {
            return to;
        }

        private static LocalDate date(String value) {
            try {
                return value == null ? null : LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                return null;
            }
        }
    }

    /** A person asked to drop the date range (Escape on the timeline). */
    @DomEvent("range-clear")
    public static class RangeClearEvent extends ComponentEvent<Timeline> {

        public RangeClearEvent(Timeline source, boolean fromClient) {
            super(source, fromClient);
        }
    }
}
