package org.newsatlas.imports.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsatlas.base.ui.MainLayout;
import org.newsatlas.base.ui.Navigation;
import org.newsatlas.imports.ImportHistory;
import org.newsatlas.imports.ImportProgress;

/**
 * The running and recent imports, newest first, each with its progress bar and rejected items;
 * running ones move on their own (Push), so a person can leave and come back to an import.
 */
@PermitAll
@Route(value = Navigation.IMPORTS, layout = MainLayout.class)
@PageTitle("Imports · NewsAtlas")
public class ImportsView extends Div {

    private final ImportHistory history;
    private final ImportTicker ticker;
    private final Div jobs = new Div();
    private final Paragraph empty = new Paragraph(
            "No imports yet. Add many files or a zip with “Add article”; their import shows here.");
    private final Map<String, JobProgress> shown = new HashMap<>();
    private Registration watching;

    ImportsView(ImportHistory history, ImportTicker ticker) {
        this.history = history;
        this.ticker = ticker;
        addClassName("imports-view");
        jobs.addClassName("import-jobs");
        empty.addClassName("imports-empty");
        add(new H2("Imports"), empty, jobs);
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        watching = ticker.watch(attach.getUI(), () -> show(history.liveCounts()));
        refresh();
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (watching != null) {
            watching.remove();
        }
    }

    /** Every recent job, the stored ones too. */
    void refresh() {
        show(history.recentCounts());
    }

    /** New jobs go on top; a job shown as finished is not asked again. */
    private void show(List<ImportProgress> recent) {
        for (int i = recent.size() - 1; i >= 0; i--) {
            ImportProgress counts = recent.get(i);
            JobProgress job = shown.get(counts.id());
            if (job == null) {
                job = new JobProgress(full(counts));
                shown.put(counts.id(), job);
                jobs.addComponentAsFirst(job);
            } else if (!job.finished()) {
                job.show(full(counts));
            }
        }
        empty.setVisible(shown.isEmpty());
    }

    private ImportProgress full(ImportProgress counts) {
        return history.find(counts.id()).orElse(counts);
    }

    List<JobProgress> jobs() {
        return jobs.getChildren().map(JobProgress.class::cast).toList();
    }
}
