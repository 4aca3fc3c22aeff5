package org.newsatlas.base;

import java.util.List;

/**
 * The Spring auto-configurations of Vaadin, which need a servlet context: a process that runs the
 * app without its user interface (the import command, a REST-only test app) leaves them out.
 */
public final class VaadinLeftOut {

    public static final List<String> AUTO_CONFIGURATIONS = List.of(
            "com.vaadin.flow.spring.SpringBootAutoConfiguration",
            "com.vaadin.flow.spring.SpringSecurityAutoConfiguration",
            "com.vaadin.flow.spring.VaadinScopesConfig");

    private VaadinLeftOut() {
    }

    /** The Spring Boot argument that leaves them out. */
    public static String excludeArgument() {
        return "--spring.autoconfigure.exclude=" + String.join(",", AUTO_CONFIGURATIONS);
    }
}
