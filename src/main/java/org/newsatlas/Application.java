package org.newsatlas;

import org.newsatlas.cli.CommandLine;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class Application {

    public static void main(String[] args) throws Exception {
        if (CommandLine.isCommand(args)) {
            System.exit(CommandLine.run(args));
        }
        SpringApplication.run(Application.class, args);
    }
}
