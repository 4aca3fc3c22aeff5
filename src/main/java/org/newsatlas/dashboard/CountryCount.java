package org.newsatlas.dashboard;

/** Mentions of the places in one country under a filter; "" is places in no country (oceans). */
public record CountryCount(String countryCode, int mentions, int articles) {
}
