package org.newsatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.newsatlas.launch.Launcher;

class AppStartCacheTest {

    @Test
    void only_the_jar_the_launcher_was_loaded_from_is_cached_for_the_app() throws URISyntaxException {
        Path launcherHome = Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());

        assertThat(AppStartCache.launcherIn(launcherHome)).isTrue();
        assertThat(AppStartCache.launcherIn(Path.of("target/surefire/surefirebooter.jar"))).isFalse();
    }
}
