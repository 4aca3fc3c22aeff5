package org.newsatlas.imports.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * A folder and its sub-folders, in name order. Symbolic links are not followed out of the folder:
 * a link to a file inside it is read, a link to anything outside it, or to a folder, is refused.
 */
final class FolderReader {

    private final ImportReader reader;

    FolderReader(ImportReader reader) {
        this.reader = reader;
    }

    void read(Path folder, String displayName, Consumer<ReadItem> sink) {
        Path root;
        try {
            root = folder.toRealPath();
        } catch (IOException e) {
            sink.accept(new ReadItem.Rejected(displayName, "could not be read: " + e.getMessage()));
            return;
        }
        walk(root, root, displayName, sink);
    }

    private void walk(Path root, Path folder, String displayName, Consumer<ReadItem> sink) {
        List<Path> children;
        try (Stream<Path> listing = Files.list(folder)) {
            children = listing.sorted().toList();
        } catch (IOException e) {
            sink.accept(new ReadItem.Rejected(name(root, folder, displayName), "could not be read: " + e.getMessage()));
            return;
        }
        for (Path child : children) {
            String item = name(root, child, displayName);
            if (Files.isSymbolicLink(child)) {
                followInside(root, child, item, sink);
            } else if (Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
                walk(root, child, displayName, sink);
            } else if (Files.isRegularFile(child, LinkOption.NOFOLLOW_LINKS)) {
                reader.readFile(child, item, sink);
            }
        }
    }

    private void followInside(Path root, Path link, String item, Consumer<ReadItem> sink) {
        try {
            Path target = link.toRealPath();
            if (!target.startsWith(root)) {
                sink.accept(new ReadItem.Rejected(item, "a symbolic link to outside the folder: not followed"));
            } else if (!Files.isRegularFile(target)) {
                sink.accept(new ReadItem.Rejected(item, "a symbolic link to a folder: not followed"));
            } else {
                reader.readFile(target, item, sink);
            }
        } catch (IOException broken) {
            sink.accept(new ReadItem.Rejected(item, "a symbolic link to nothing"));
        }
    }

    private static String name(Path root, Path path, String displayName) {
        String relative = root.relativize(path).toString().replace('\\', '/');
        return relative.isEmpty() ? displayName : displayName + "/" + relative;
    }
}
