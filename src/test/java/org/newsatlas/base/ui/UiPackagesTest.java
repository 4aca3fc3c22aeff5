package org.newsatlas.base.ui;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.Slice;
import com.vaadin.flow.router.Route;
import org.junit.jupiter.api.Test;

/**
 * The UI packages: views reach one another by route, the shell knows no view, and the map
 * component is shared; so no UI package ever needs another in return. Each rule is also run on
 * the tangled miniature in {@code tangle}, which it must reject.
 */
class UiPackagesTest {

    private static final String APP = "org.newsatlas";
    private static final String TANGLE = "org.newsatlas.base.ui.tangle";

    private static final JavaClasses APP_CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(APP);
    private static final JavaClasses TANGLED_CLASSES = new ClassFileImporter().importPackages(TANGLE);

    private static final DescribedPredicate<JavaClass> ROUTED_VIEWS = annotatedWith(Route.class).forSubtype();

    /** Every {@code ui} package and the map component, each a slice. */
    private static ArchRule uiPackagesAndTheMapFormNoCycle(String root) {
        return slices().matching(root + ".(**)")
                .that(DescribedPredicate.describe("are UI packages or the map component",
                        (Slice slice) -> slice.getNamePart(1).endsWith(".ui") || slice.getNamePart(1).equals("map")))
                .should().beFreeOfCycles();
    }

    /** A feature's UI uses another feature's UI only through the shell in base.ui. */
    private static ArchRule featureUisUseNoOtherFeatureUi(String root) {
        String shell = root + ".base.ui..";
        return slices().matching(root + ".(*).ui..")
                .should().notDependOnEachOther()
                .ignoreDependency(resideInAPackage(shell), alwaysTrue())
                .ignoreDependency(alwaysTrue(), resideInAPackage(shell));
    }

    private static ArchRule theShellKnowsNoView(String root, DescribedPredicate<JavaClass> views) {
        return noClasses().that().resideInAPackage(root + ".base.ui..")
                .should().dependOnClassesThat(views);
    }

    @Test
    void no_ui_package_nor_the_map_component_is_part_of_a_cycle() {
        uiPackagesAndTheMapFormNoCycle(APP).check(APP_CLASSES);
    }

    @Test
    void a_cycle_between_two_view_packages_is_caught() {
        assertThatThrownBy(() -> uiPackagesAndTheMapFormNoCycle(TANGLE).check(TANGLED_CLASSES))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("OneView").hasMessageContaining("TwoPanel");
    }

    @Test
    void a_feature_ui_uses_no_other_feature_ui() {
        featureUisUseNoOtherFeatureUi(APP).check(APP_CLASSES);
    }

    @Test
    void a_feature_ui_using_another_is_caught() {
        assertThatThrownBy(() -> featureUisUseNoOtherFeatureUi(TANGLE).check(TANGLED_CLASSES))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("OneView").hasMessageContaining("TwoPanel");
    }

    @Test
    void the_shell_imports_no_view() {
        theShellKnowsNoView(APP, ROUTED_VIEWS).check(APP_CLASSES);
    }

    @Test
    void the_views_the_shell_must_not_import_are_recognised_by_their_route() {
        assertThat(APP_CLASSES.that(ROUTED_VIEWS)).extracting(JavaClass::getSimpleName)
                .contains("DashboardView", "PlacePageView", "ArticleReaderView");
    }

    @Test
    void a_shell_that_imports_a_view_is_caught() {
        assertThatThrownBy(() -> theShellKnowsNoView(TANGLE, simpleNameEndingWith("View")).check(TANGLED_CLASSES))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Shell").hasMessageContaining("OneView");
    }
}
