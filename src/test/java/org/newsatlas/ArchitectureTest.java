package org.newsatlas;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.newsatlas");

    @Test
    void views_and_controllers_never_touch_repositories_or_jdbc() {
        noClasses().that().resideInAnyPackage("..ui..", "..api..")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .orShould().dependOnClassesThat().resideInAnyPackage("org.springframework.jdbc..")
                .check(CLASSES);
    }

    @Test
    void services_and_repositories_know_nothing_of_the_ui() {
        // the map package is the Java side of a web component, shared by the views
        noClasses().that().resideOutsideOfPackages("..ui..", "org.newsatlas.map..")
                .should().dependOnClassesThat().resideInAnyPackage("com.vaadin..")
                .check(CLASSES);
    }
}
