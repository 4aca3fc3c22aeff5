package org.newsatlas.base.ui;

import java.util.Locale;

/** A language code as people read it: "German (de)"; "und" is "Undetermined". */
public final class LanguageNames {

    private LanguageNames() {
    }

    public static String of(String code) {
        if (code == null || code.isBlank()) {
            return "Not detected yet";
        }
        if (code.equals("und")) {
            return "Undetermined";
        }
        String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
        return name.isBlank() || name.equals(code) ? code : name + " (" + code + ")";
    }
}
