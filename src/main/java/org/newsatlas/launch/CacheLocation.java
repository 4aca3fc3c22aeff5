package org.newsatlas.launch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where the class cache of a jar lives: the one definition, used by the cache that fills the
 * directory and by the {@link Launcher} that starts from it.
 */
public final class CacheLocation {

    private CacheLocation() {
    }

    /** {@code $XDG_CACHE_HOME/newsatlas}, else {@code ~/.cache/newsatlas}. */
    public static Optional<Path> root(Map<String, String> env, String userHome) {
        String xdg = env.get("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Optional.of(Path.of(xdg, "newsatlas"));
        }
        return userHome == null ? Optional.empty() : Optional.of(Path.of(userHome, ".cache", "newsatlas"));
    }

    /**
     * Size, modification time and a hash of the path: a rebuilt or moved jar gets a directory of
     * its own. Not a cryptographic digest: setting up the JDK's security providers for one cost
     * the parent JVM 90 ms, and two jars would need the same size and time to collide.
     */
    public static String key(Path realJar) throws IOException {
        // a builder, not +: the launcher's first string concatenation would bootstrap invokedynamic (tens of ms)
        return new StringBuilder().append(Long.toString(Files.size(realJar), 36)).append('-')
                .append(Long.toString(Files.getLastModifiedTime(realJar).toMillis(), 36)).append('-')
                .append(Integer.toHexString(realJar.toString().hashCode())).toString();
    }
}
