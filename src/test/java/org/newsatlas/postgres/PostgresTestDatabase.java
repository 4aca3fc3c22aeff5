package org.newsatlas.postgres;

import java.util.Map;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a test context's datasource at a new PostgreSQL database and drops that database when the
 * context closes. The datasource is made to depend on the database's bean, so that Spring closes
 * the pool (and everything that uses it) before the database goes.
 */
public final class PostgresTestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final String BEAN = "newsatlasPostgresTestDatabase";
    private static final String DATA_SOURCE = "dataSource";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        PostgresServer server = PostgresServer.fromEnvironment();
        String database = server.createDatabase();
        // first: before the H2 URL that the test's own annotation puts among the inlined test properties
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("newsatlas-test-postgres", Map.of(
                "spring.datasource.url", server.urlOf(database),
                "spring.datasource.username", server.user(),
                "spring.datasource.password", server.password())));
        context.addBeanFactoryPostProcessor(beans -> register(beans, new Dropper(server, database)));
    }

    private static void register(ConfigurableListableBeanFactory beans, Dropper dropper) {
        if (!(beans instanceof BeanDefinitionRegistry registry)) {
            throw new IllegalStateException("cannot register the test database's bean in " + beans.getClass());
        }
        registry.registerBeanDefinition(BEAN, new RootBeanDefinition(Dropper.class, () -> dropper));
        BeanDefinition dataSource = registry.getBeanDefinition(DATA_SOURCE);
        dataSource.setDependsOn(BEAN);
    }

    /** Drops the database when the context closes. */
    record Dropper(PostgresServer server, String database) implements DisposableBean {

        @Override
        public void destroy() {
            server.dropDatabase(database);
        }
    }
}
