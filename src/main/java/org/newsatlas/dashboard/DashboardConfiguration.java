package org.newsatlas.dashboard;

import java.io.IOException;
import java.nio.file.Path;
import org.newsatlas.search.TextQueries;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DashboardProperties.class)
class DashboardConfiguration {

    /** Closed by {@link DashboardIndexer#stop}, after its last write. */
    @Bean(destroyMethod = "")
    DashboardIndex dashboardIndex(DashboardProperties properties, @Value("${newsatlas.data-dir:./data}") String dataDir)
            throws IOException {
        String folder = properties.indexDir();
        if (DashboardProperties.IN_MEMORY.equals(folder)) {
            return DashboardIndex.inMemory(new TextQueries());
        }
        Path path = folder == null || folder.isBlank() ? Path.of(dataDir, "dashboard-index") : Path.of(folder);
        return DashboardIndex.open(path, new TextQueries());
    }
}
