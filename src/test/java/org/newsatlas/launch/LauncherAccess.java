package org.newsatlas.launch;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** For the cache's tests in another package: the launcher's view of a cache they filled. */
public final class LauncherAccess {

    private LauncherAccess() {
    }

    public static Optional<List<String>> batchChild(List<String> args, Map<String, String> env, String jar, String jvm)
            throws IOException {
        return Launcher.batchChild(args, env, null, jar, Optional.of("/usr/bin/java"), null, jvm);
    }
}
