package org.newsatlas;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.newsatlas");

    /** The features that store data, without their views, which navigate between features. */
    private static final JavaClasses STORING_FEATURES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("/ui/"))
            .importPackages("org.newsatlas.ingestion", "org.newsatlas.articles", "org.newsatlas.places");

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

    @Test
    void a_repository_is_visible_only_inside_the_feature_that_owns_its_table() {
        classes().that().haveSimpleNameEndingWith("Repository")
                .should().notBePublic()
                .check(CLASSES);
    }

    @Test
    void ingestion_articles_and_places_depend_on_one_another_without_a_cycle() {
        packagesFreeOfCycles("org.newsatlas").check(STORING_FEATURES);
    }

    @Test
    void no_two_features_or_stages_depend_on_each_other_views_included() {
        packagesFreeOfCycles("org.newsatlas").check(CLASSES);
    }

    @Test
    void no_two_packages_depend_on_each_other_at_any_depth() {
        slices().matching("org.newsatlas.(**)").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void the_cycle_rule_finds_a_cycle_where_there_is_one() {
        JavaClasses cyclic = new ClassFileImporter().importPackages("org.newsatlas.architecture.cycle");

        assertThat(packagesFreeOfCycles("org.newsatlas.architecture.cycle").evaluate(cyclic).hasViolation()).isTrue();
    }

    private static ArchRule packagesFreeOfCycles(String parent) {
        return slices().matching(parent + ".(*)..").should().beFreeOfCycles();
    }
}
