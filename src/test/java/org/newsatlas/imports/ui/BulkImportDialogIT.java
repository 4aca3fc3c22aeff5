package org.newsatlas.imports.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.newsatlas.imports.ImportFixtures.entries;
import static org.newsatlas.imports.ImportFixtures.utf8;
import static org.newsatlas.imports.ImportFixtures.zip;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsatlas.KaribuSupport;
import org.newsatlas.NewsAtlasTest;
import org.newsatlas.dashboard.ui.DashboardView;
import org.newsatlas.imports.ImportJob;
import org.newsatlas.map.MapMarker;
import org.newsatlas.map.PlaceMap;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@NewsAtlasTest
class BulkImportDialogIT extends KaribuSupport {

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void openMap() {
        UI.getCurrent().navigate(DashboardView.class);
    }

    private int stored(String marker) {
        return jdbc.sql("SELECT COUNT(*) FROM article WHERE body LIKE ?").param("%" + marker + "%")
                .query(Integer.class).single();
    }

    /** Lets the background threads' UI.access calls run, as a browser's Push round trips would. */
    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            MockVaadin.clientRoundtrip();
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("timed out waiting until " + what);
    }

    private static BulkImportPanel openPanel() {
        _click(_get(Button.class, spec -> spec.withText("Add article")));
        return _get(BulkImportPanel.class);
    }

    private static int mentionsOnMarker(String name) {
        return _get(PlaceMap.class).getMarkers().stream().filter(marker -> marker.name().equals(name))
                .mapToInt(MapMarker::mentionCount).findFirst().orElse(0);
    }

    @Test
    void several_files_dropped_in_the_dialog_start_one_job_that_the_imports_page_follows_to_the_end() throws Exception {
        int libya = mentionsOnMarker("Libya");
        BulkImportPanel panel = openPanel();
        assertThat(panel.startButton().isEnabled()).as("nothing to import yet").isFalse();

        _upload(panel.upload(), "one.txt", "text/plain", utf8("Dialog one\nDialogMarkerOne happened in Libya."));
        _upload(panel.upload(), "two.html", "text/html",
                utf8("<html><head><title>Dialog two</title></head><body><p>DialogMarkerTwo in Libya.</p></body></html>"));
        _upload(panel.upload(), "three.zip", "application/zip", zip(entries(
                "a.txt", "Dialog three\nDialogMarkerThree reached Libya.",
                "b.txt", "Dialog four\nDialogMarkerFour reached Libya.",
                "empty.txt", "")));
        MockVaadin.clientRoundtrip();
        assertThat(panel.startButton().getText()).isEqualTo("Import 3 files");

        _click(panel.startButton());

        JobProgress inDialog = panel.progress();
        assertThat(inDialog).as("the dialog shows the job it started").isNotNull();
        await("the dialog's progress bar reaches the end", () -> inDialog.finished());
        assertThat(_get(inDialog, ProgressBar.class).getValue()).isEqualTo(_get(inDialog, ProgressBar.class).getMax());
        for (String marker : new String[] {"DialogMarkerOne", "DialogMarkerTwo", "DialogMarkerThree", "DialogMarkerFour"}) {
            assertThat(stored(marker)).as(marker).isEqualTo(1);
        }
        await("the open map takes in the imported articles", () -> mentionsOnMarker("Libya") == libya + 4);

        _click(_get(Button.class, spec -> spec.withText("Open the imports page")));

        ImportsView page = _get(ImportsView.class);
        JobProgress listed = page.jobs().stream().filter(job -> job.jobId().equals(inDialog.jobId())).findFirst()
                .orElseThrow(() -> new AssertionError("the imports page lists the job"));
        assertThat(listed.shownState()).isEqualTo(ImportJob.State.DONE);
        assertThat(_get(listed, com.vaadin.flow.component.html.Paragraph.class,
                spec -> spec.withClasses("import-job-counts")).getText())
                .isEqualTo("5 of 5 items · 4 added · 0 duplicates · 1 rejected");
        assertThat(_find(listed, ListItem.class)).singleElement()
                .satisfies(item -> assertThat(item.getElement().getTextRecursively()).isEqualTo("three.zip!/empty.txt: The file is empty."));
    }

    @Test
    void the_same_files_again_are_duplicates_and_the_page_says_so() throws Exception {
        BulkImportPanel panel = openPanel();
        _upload(panel.upload(), "again.txt", "text/plain", utf8("Again\nDialogMarkerAgain was in Libya."));
        MockVaadin.clientRoundtrip();
        _click(panel.startButton());
        await("the first import ends", () -> panel.progress().finished());

        _upload(panel.upload(), "again.txt", "text/plain", utf8("Again\nDialogMarkerAgain was in Libya."));
        MockVaadin.clientRoundtrip();
        assertThat(panel.startButton().getText()).isEqualTo("Import file");
        _click(panel.startButton());
        await("the second import ends", () -> panel.progress().finished());

        assertThat(stored("DialogMarkerAgain")).isEqualTo(1);
        assertThat(_get(panel.progress(), com.vaadin.flow.component.html.Paragraph.class,
                spec -> spec.withClasses("import-job-counts")).getText())
                .isEqualTo("1 of 1 items · 0 added · 1 duplicates · 0 rejected");
    }
}
