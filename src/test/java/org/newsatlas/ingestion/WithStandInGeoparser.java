package org.newsatlas.ingestion;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole app with the {@link StandInGeoparser} on an in-memory database of its own; the test
 * classes carrying this share one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:newsatlas-stand-in;DB_CLOSE_DELAY=-1")
@Import(StandInGeoparser.InPlaceOfTheRealOne.class)
@interface WithStandInGeoparser {
}
