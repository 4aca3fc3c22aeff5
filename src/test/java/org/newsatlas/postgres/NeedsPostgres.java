package org.newsatlas.postgres;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * A test that needs the PostgreSQL server of {@value PostgresServer#URL}: skipped, saying why,
 * when that variable is not set ({@code .ci/run} sets it).
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@EnabledIfEnvironmentVariable(named = PostgresServer.URL, matches = ".+",
        disabledReason = PostgresServer.URL + " is not set: no PostgreSQL server to run on (.ci/run starts one)")
public @interface NeedsPostgres {
}
