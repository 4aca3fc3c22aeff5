package org.newsatlas;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.newsatlas.geoparser.TestGeoparserConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole app on an in-memory database with the dictionary geoparser. Tests using it share one
 * context (and database), which already holds the sample article: add texts of your own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:newsatlas-test;DB_CLOSE_DELAY=-1")
@Import(TestGeoparserConfiguration.class)
public @interface NewsAtlasTest {
}
