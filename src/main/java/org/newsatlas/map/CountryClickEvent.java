package org.newsatlas.map;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;

/** A click on a shaded country. */
@DomEvent("country-click")
public class CountryClickEvent extends ComponentEvent<PlaceMap> {

    private final String countryCode;

    public CountryClickEvent(PlaceMap source, boolean fromClient,
                             @EventData("event.detail.countryCode") String countryCode) {
        super(source, fromClient);
        this.countryCode = countryCode;
    }

    public String getCountryCode() {
        return countryCode;
    }
}
