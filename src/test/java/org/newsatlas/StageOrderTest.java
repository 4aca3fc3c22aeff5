package org.newsatlas;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The geoparser's stages depend only downwards: gazetteer <- extraction <- geocoding <- geoparser
 * <- (ingestion, evaluation, cli), and these packages form no dependency cycle among themselves.
 */
class StageOrderTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.newsatlas");

    /** Lowest first; each stage may use the ones before it. */
    static final List<String> STAGES = List.of("gazetteer", "extraction", "geocoding", "geoparser");

    /** Helpers below every stage, which any package may use and which use nothing of the project. */
    static final List<String> SHARED_BELOW_ALL = List.of("files");

    @ParameterizedTest(name = "{0} uses no later stage and none of the packages built on the stages")
    @FieldSource("STAGES")
    void a_stage_depends_only_on_the_stages_below_it(String stage) {
        stageRule(stage).check(CLASSES);
    }

    @Test
    void the_rule_catches_a_stage_that_reaches_above_its_allowance() {
        // the geoparser uses extraction and geocoding, so held to the gazetteer's allowance it fails
        ArchRule geoparserAsIfItWereTheLowestStage = classes().that().resideInAPackage("org.newsatlas.geoparser..")
                .should().onlyDependOnClassesThat(allowedFor(0));

        assertThat(geoparserAsIfItWereTheLowestStage.evaluate(CLASSES).hasViolation()).isTrue();
    }

    @ParameterizedTest(name = "{0} uses nothing of the project")
    @FieldSource("SHARED_BELOW_ALL")
    void a_helper_below_every_stage_depends_on_nothing_of_the_project(String shared) {
        sharedRule(shared).check(CLASSES);
    }

    @Test
    void the_rule_for_helpers_below_every_stage_catches_one_that_uses_the_project() {
        // extraction uses the gazetteer; the launcher uses nothing but the JDK
        assertThat(sharedRule("extraction").evaluate(CLASSES).hasViolation()).isTrue();
        assertThat(sharedRule("launch").evaluate(CLASSES).hasViolation()).isFalse();
    }

    @Test
    void only_the_application_entry_point_uses_the_command_line() {
        noClasses().that().resideOutsideOfPackages("org.newsatlas.cli..")
                .and().haveNameNotMatching(Pattern.quote(Application.class.getName()) + "(\\$.*)?")
                .should().dependOnClassesThat().resideInAPackage("org.newsatlas.cli..")
                .check(CLASSES);
    }

    @Test
    void only_the_command_line_uses_the_evaluation() {
        noClasses().that().resideOutsideOfPackages("org.newsatlas.evaluation..", "org.newsatlas.cli..")
                .should().dependOnClassesThat().resideInAPackage("org.newsatlas.evaluation..")
                .check(CLASSES);
    }

    @Test
    void the_stages_the_evaluation_and_the_command_line_form_no_cycle() {
        JavaClasses geoparsing = CLASSES.that(JavaClass.Predicates.resideInAnyPackage(
                Stream.concat(STAGES.stream(), Stream.of("evaluation", "cli"))
                        .map(name -> "org.newsatlas." + name + "..").toArray(String[]::new)));

        slices().matching("org.newsatlas.(*)..").should().beFreeOfCycles().check(geoparsing);
    }

    private static ArchRule stageRule(String stage) {
        return classes().that().resideInAPackage("org.newsatlas." + stage + "..")
                .should().onlyDependOnClassesThat(allowedFor(STAGES.indexOf(stage)));
    }

    private static ArchRule sharedRule(String shared) {
        return classes().that().resideInAPackage("org.newsatlas." + shared + "..")
                .should().onlyDependOnClassesThat(withinPackage(shared).or(outsideTheProject()));
    }

    /** Outside the project, a helper below every stage, or in this stage or one below it. */
    private static DescribedPredicate<JavaClass> allowedFor(int stageIndex) {
        String[] allowed = Stream.concat(STAGES.subList(0, stageIndex + 1).stream(), SHARED_BELOW_ALL.stream())
                .map(name -> "org.newsatlas." + name + "..")
                .toArray(String[]::new);
        return outsideTheProject().or(JavaClass.Predicates.resideInAnyPackage(allowed));
    }

    private static DescribedPredicate<JavaClass> withinPackage(String name) {
        return JavaClass.Predicates.resideInAPackage("org.newsatlas." + name + "..");
    }

    private static DescribedPredicate<JavaClass> outsideTheProject() {
        return JavaClass.Predicates.resideOutsideOfPackage("org.newsatlas..");
    }
}
