package org.newsatlas;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.QueryParameters;

/**
 * Compares addresses by path and parameters: Vaadin writes query parameters in its own order,
 * so two addresses that say the same may list them differently.
 */
public final class UrlAssert {

    private UrlAssert() {
    }

    public static void assertSameAddress(String actual, String expected) {
        assertThat(path(actual)).as("path of %s", actual).isEqualTo(path(expected));
        assertThat(query(actual).getParameters()).as("parameters of %s", actual)
                .isEqualTo(query(expected).getParameters());
    }

    private static String path(String address) {
        int question = address.indexOf('?');
        return question < 0 ? address : address.substring(0, question);
    }

    private static QueryParameters query(String address) {
        int question = address.indexOf('?');
        return question < 0 ? QueryParameters.empty() : QueryParameters.fromString(address.substring(question + 1));
    }
}
