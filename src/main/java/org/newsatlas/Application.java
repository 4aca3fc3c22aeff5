package org.newsatlas;

import org.newsatlas.cli.CommandLine;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

@SpringBootApplication
public class Application {

    public static void main(String[] args) throws Exception {
        if (CommandLine.isCommand(args)) {
            System.exit(CommandLine.run(args, Application::start));
        }
        start(args);
    }

    static ConfigurableApplicationContext start(String... args) {
        return SpringApplication.run(Application.class, args);
    }
}
