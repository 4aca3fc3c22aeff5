package org.newsatlas.imports;

import java.nio.file.Path;

/** A file or folder to import, and the name its items are reported under (an upload's own file name). */
public record ImportInput(Path path, String name) {

    public static ImportInput of(Path path) {
        return new ImportInput(path, path.toString());
    }
}
