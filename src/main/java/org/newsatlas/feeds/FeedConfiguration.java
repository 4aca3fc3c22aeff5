package org.newsatlas.feeds;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

@Configuration(proxyBeanMethods = false)
class FeedConfiguration {

    static final Duration DEFAULT_INTERVAL = Duration.ofMinutes(15);

    /**
     * Bound by hand: {@code newsatlas.feeds} is both the list and the parent of {@code .interval}, which
     * a properties record cannot express.
     */
    @Bean
    FeedSettings feedSettings(Environment environment) {
        Binder binder = Binder.get(environment);
        List<String> urls = binder.bind("newsatlas.feeds", Bindable.listOf(String.class)).orElse(List.of());
        Duration interval = binder.bind("newsatlas.feeds.interval", Duration.class).orElse(DEFAULT_INTERVAL);
        return new FeedSettings(urls, interval);
    }
}
