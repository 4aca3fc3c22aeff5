package org.newsatlas.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;
import org.slf4j.Logger;

/**
 * Logging for the commands, set up in code: what {@code logback-cli.xml} says (INFO and up to
 * stderr, so that '-' as the output keeps stdout clean), without reading it. Logback's XML
 * configurator parses the file, builds a model and processes it through some 400 classes: about
 * 0.6 s of a batch child's start at load 10, on the thread that loads the gazetteer. Found by
 * logback as a service, it acts only when {@link CommandLine} set {@link #SWITCH}, and otherwise
 * hands over to logback's usual configuration (the web app's). A property of our own, not
 * logback's {@code logback.configurationFile}: Spring Boot warns about that one, on stdout, in
 * every command that starts the app (those pass {@link #SPRING_ARGUMENT} instead).
 */
public final class CommandLineLogging extends ContextAwareBase implements Configurator {

    static final String SWITCH = "newsatlas.command-line-logging";
    static final String CONFIGURATION_FILE = "logback-cli.xml";
    /** The same configuration for a command that starts the app, whose logging Spring Boot sets up again. */
    static final String SPRING_ARGUMENT = "--logging.config=classpath:" + CONFIGURATION_FILE;
    static final String PATTERN = "%d{HH:mm:ss.SSS} %-5level %logger{0} - %msg%n";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (!Boolean.getBoolean(SWITCH)) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();
        ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
        stderr.setContext(context);
        stderr.setName("STDERR");
        stderr.setTarget("System.err");
        stderr.setEncoder(encoder);
        stderr.start();
        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(stderr);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
