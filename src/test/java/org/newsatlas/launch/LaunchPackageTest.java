package org.newsatlas.launch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/** The launcher sits at the jar's root, outside Spring Boot's class path: it can load nothing but the JDK's own classes. */
class LaunchPackageTest {

    private static final ArchRule JAVA_BASE_ONLY = classes().should().onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "org.newsatlas.launch..");

    @Test
    void the_launcher_depends_on_nothing_but_java_base() {
        JAVA_BASE_ONLY.check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.newsatlas.launch"));
    }

    @Test
    void the_rule_finds_a_dependency_on_a_library_where_there_is_one() {
        assertThat(JAVA_BASE_ONLY.evaluate(new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.newsatlas.cli")).hasViolation()).isTrue();
    }
}
