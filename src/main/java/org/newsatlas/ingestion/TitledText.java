package org.newsatlas.ingestion;

/** A text whose first line is its title, as in the bundled sample and text/plain posts. */
record TitledText(String title, String text) {

    private static final int MAX_FIRST_LINE_TITLE = 200;

    /**
     * The first line becomes the title when it is short and more text follows; otherwise the
     * title is the beginning of the text and the text stays whole.
     */
    static TitledText split(String text) {
        int newline = text.indexOf('\n');
        if (newline > 0 && newline <= MAX_FIRST_LINE_TITLE) {
            String rest = text.substring(newline + 1).strip();
            if (!rest.isEmpty()) {
                return new TitledText(text.substring(0, newline).strip(), rest);
            }
        }
        String start = text.lines().findFirst().orElse(text).strip();
        return new TitledText(start.length() <= 80 ? start : start.substring(0, 79) + "…", text);
    }
}
