package org.newsatlas.map;

/** One country of the shading mode: ISO 3166-1 alpha-2 code, its name, and its mentions. */
public record CountryShade(String countryCode, String name, int mentions) {
}
