package org.newsatlas.dashboard.ui;

import com.vaadin.flow.component.datepicker.DatePicker;

/** Date pickers that read and write dates as the URL and the API do: 2024-03-31. */
final class DateFields {

    private DateFields() {
    }

    static DatePicker picker(String label) {
        DatePicker picker = new DatePicker(label);
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setDateFormats("yyyy-MM-dd", "d.M.yyyy", "M/d/yyyy");
        i18n.setFirstDayOfWeek(1);
        picker.setI18n(i18n);
        picker.setPlaceholder("YYYY-MM-DD");
        picker.setClearButtonVisible(true);
        picker.setWeekNumbersVisible(false);
        return picker;
    }
}
