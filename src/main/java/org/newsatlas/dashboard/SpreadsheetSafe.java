package org.newsatlas.dashboard;

/**
 * Article text is untrusted, and a spreadsheet runs a cell that starts with "=", "+", "-" or "@"
 * as a formula. Such a cell gets a leading apostrophe (OWASP's advice for CSV injection), which
 * spreadsheets show as plain text.
 */
final class SpreadsheetSafe {

    private SpreadsheetSafe() {
    }

    static String text(String value) {
        if (value == null || value.isEmpty()) {
            return value == null ? "" : value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }
}
