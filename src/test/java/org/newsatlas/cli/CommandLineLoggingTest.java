package org.newsatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator.ExecutionStatus;
import ch.qos.logback.core.ConsoleAppender;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;

class CommandLineLoggingTest {

    private final String before = System.getProperty(CommandLineLogging.SWITCH);

    @AfterEach
    void restore() {
        if (before == null) {
            System.clearProperty(CommandLineLogging.SWITCH);
        } else {
            System.setProperty(CommandLineLogging.SWITCH, before);
        }
    }

    @Test
    void a_command_logs_info_and_up_to_stderr_in_the_pattern_of_logback_cli_xml() throws IOException {
        System.setProperty(CommandLineLogging.SWITCH, "true");
        LoggerContext context = new LoggerContext();

        assertThat(new CommandLineLogging().configure(context)).isEqualTo(ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);

        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        assertThat(root.getLevel()).isEqualTo(Level.INFO);
        ConsoleAppender<?> appender = (ConsoleAppender<?>) root.getAppender("STDERR");
        assertThat(appender.getTarget()).isEqualTo("System.err");
        assertThat(appender.isStarted()).isTrue();
        assertThat(((PatternLayoutEncoder) appender.getEncoder()).getPattern()).isEqualTo(CommandLineLogging.PATTERN);
        try (InputStream xml = getClass().getResourceAsStream("/" + CommandLineLogging.CONFIGURATION_FILE)) {
            String file = new String(xml.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(file).contains("<pattern>" + CommandLineLogging.PATTERN + "</pattern>", "<target>System.err</target>",
                    "<root level=\"INFO\">");
        }
    }

    @Test
    void the_web_app_gets_logbacks_usual_configuration() {
        System.clearProperty(CommandLineLogging.SWITCH);
        LoggerContext context = new LoggerContext();

        assertThat(new CommandLineLogging().configure(context)).isEqualTo(ExecutionStatus.INVOKE_NEXT_IF_ANY);
        assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("STDERR")).isNull();
    }
}
