package org.newsatlas;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.newsatlas.cli.Command;
import org.newsatlas.cli.Commands;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class Application {

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && !args[0].startsWith("-")) {
            System.setProperty("logback.configurationFile", "logback-cli.xml");
            Optional<Command> command = Commands.find(args[0]);
            if (command.isEmpty()) {
                System.err.print("unknown command: " + args[0] + "\n" + Commands.usage());
                System.exit(2);
            }
            List<String> rest = Arrays.asList(args).subList(1, args.length);
            System.exit(command.get().run(rest, System.out, System.err));
        }
        SpringApplication.run(Application.class, args);
    }
}
