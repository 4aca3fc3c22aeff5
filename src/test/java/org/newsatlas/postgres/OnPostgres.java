package org.newsatlas.postgres;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.ContextConfiguration;

/**
 * Runs a Spring test class on PostgreSQL instead of the in-memory H2 database its own annotation
 * names: put it on a subclass, {@code @OnPostgres class UploadOnPostgresIT extends UploadIT {}},
 * and every test of the class runs again on a new database of its own on the server in
 * {@value PostgresServer#URL} (created with the context, dropped when the context closes; test
 * classes whose contexts Spring shares share it, as they share the H2 database). Without that
 * variable the class is skipped, saying why; {@code .ci/run} sets it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@NeedsPostgres
@ContextConfiguration(initializers = PostgresTestDatabase.class)
public @interface OnPostgres {
}
