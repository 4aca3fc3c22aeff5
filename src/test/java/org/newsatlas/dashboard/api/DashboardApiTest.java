package org.newsatlas.dashboard.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.newsatlas.geoparser.TestGeoparserConfiguration;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.autoconfigure.web.servlet.MockMvcPrint;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The app with a database of its own that holds only {@link ApiFixture}: no sample
 * article, and a fixed clock, so that the article without a date counts at a known day. Test
 * classes with this annotation share one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:h2:mem:newsatlas-dashboard-api;DB_CLOSE_DELAY=-1",
    "newsatlas.ingestion.sample-article=false"})
@Import({TestGeoparserConfiguration.class, DashboardApiTest.FixedClock.class})
// no printing of results: the printer reads response headers while an export streams on another
// thread and sets them, a race that once failed an export test (NullPointerException in the printer)
@AutoConfigureMockMvc(print = MockMvcPrint.NONE)
@interface DashboardApiTest {

    /** When the fixture is ingested: the day an article without a published date counts at. */
    Instant NOW = Instant.parse("2021-05-05T12:00:00Z");

    @TestConfiguration(proxyBeanMethods = false)
    class FixedClock {

        @Bean
        Clock clock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }
}
