package org.newsatlas.corrections.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.newsatlas.geoparser.TestGeoparserConfiguration;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The app with the dictionary geoparser on a database of its own: rules made here apply to every
 * article stored later, and must not reach the other tests' articles.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:newsatlas-corrections;DB_CLOSE_DELAY=-1")
@Import(TestGeoparserConfiguration.class)
@AutoConfigureMockMvc
@interface CorrectionsTest {
}
