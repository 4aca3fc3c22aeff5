package org.newsatlas;

import org.newsatlas.cli.CommandLine;
import org.newsatlas.cli.WebApp;
import org.newsatlas.launch.ParentWatch;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

@SpringBootApplication
public class Application {

    public static void main(String[] args) throws Exception {
        ParentWatch.startIfChild();
        if (CommandLine.isCommand(args)) {
            System.exit(CommandLine.run(args, new WebAppHere()));
        }
        SpringApplication.run(Application.class, args);
    }

    /**
     * Not a method of Application: the jar's launcher looks up {@code main} by reflection, which
     * loads the types in every method signature of this class, and Spring's context interfaces
     * come from a nested jar that takes a second or more to open on a busy machine, before a
     * command even starts (most commands never start the app).
     */
    private static final class WebAppHere implements WebApp {

        @Override
        public ConfigurableApplicationContext start(String... args) {
            return SpringApplication.run(Application.class, args);
        }
    }
}
