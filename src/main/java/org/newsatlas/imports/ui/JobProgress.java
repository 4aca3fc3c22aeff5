package org.newsatlas.imports.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.newsatlas.imports.ImportJob;
import org.newsatlas.imports.ImportProgress;
import org.newsatlas.imports.Rejection;

/**
 * One import: what it reads, a progress bar, its counts, and the items it rejected with their reasons.
 * File names and reasons come from uploaded files, so they are set as text, never as markup.
 */
class JobProgress extends Div {

    /** Rejected items shown on the page; the API lists them all. */
    static final int SHOWN_REJECTIONS = 500;
    private static final DateTimeFormatter STARTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final String id;
    private final H3 title = new H3();
    private final ProgressBar bar = new ProgressBar();
    private final Paragraph state = new Paragraph();
    private final Paragraph counts = new Paragraph();
    private final UnorderedList rejected = new UnorderedList();
    private final Paragraph more = new Paragraph();
    private int shownRejections;
    private boolean finished;

    JobProgress(ImportProgress progress) {
        this.id = progress.id();
        addClassName("import-job");
        title.addClassName("import-job-title");
        state.addClassName("import-job-state");
        counts.addClassName("import-job-counts");
        bar.addClassName("import-job-bar");
        rejected.addClassName("import-job-rejected");
        rejected.getElement().setAttribute("aria-label", "Rejected items");
        more.addClassName("import-job-more");
        add(title, state, bar, counts, rejected, more);
        show(progress);
    }

    String jobId() {
        return id;
    }

    boolean finished() {
        return finished;
    }

    void show(ImportProgress progress) {
        finished = progress.finished();
        title.setText(progress.description() != null ? progress.description() : "Import");
        getElement().setAttribute("data-state", progress.state().name().toLowerCase(java.util.Locale.ROOT));
        state.setText(stateText(progress) + (progress.started() == null ? "" : " · started " + STARTED.format(progress.started())));
        bar.setIndeterminate(progress.total() == 0 && !finished);
        bar.setMin(0);
        bar.setMax(Math.max(1, progress.total()));
        bar.setValue(finished && progress.total() == 0 ? 1 : Math.min(progress.done(), Math.max(1, progress.total())));
        bar.getElement().setAttribute("aria-label", "Import progress: " + title.getText());
        bar.getElement().setAttribute("aria-valuetext", "%,d of %,d items".formatted(progress.done(), progress.total()));
        counts.setText("%,d of %,d items · %,d added · %,d duplicates · %,d rejected".formatted(progress.done(),
                progress.total(), progress.added(), progress.duplicates(), rejectedCount(progress)));
        showRejections(progress.rejected());
    }

    private static int rejectedCount(ImportProgress progress) {
        return progress.done() - progress.added() - progress.duplicates();
    }

    private static String stateText(ImportProgress progress) {
        return switch (progress.state()) {
            case RUNNING -> "Running";
            case DONE -> "Done";
            case FAILED -> "Failed: " + progress.failure();
        };
    }

    /** Rejections only grow, so only the new ones are added to the list. */
    private void showRejections(List<Rejection> all) {
        for (int i = shownRejections; i < Math.min(all.size(), SHOWN_REJECTIONS); i++) {
            Span item = new Span(all.get(i).item());
            item.addClassName("import-rejected-item");
            Span reason = new Span(all.get(i).reason());
            reason.addClassName("import-rejected-reason");
            rejected.add(new ListItem(item, new Span(": "), reason));
        }
        shownRejections = Math.max(shownRejections, Math.min(all.size(), SHOWN_REJECTIONS));
        rejected.setVisible(shownRejections > 0);
        more.setVisible(all.size() > SHOWN_REJECTIONS);
        more.setText("… and %,d more rejected items (GET /api/imports/%s lists them all)."
                .formatted(all.size() - SHOWN_REJECTIONS, id));
    }

    ImportJob.State shownState() {
        return ImportJob.State.valueOf(getElement().getAttribute("data-state").toUpperCase(java.util.Locale.ROOT));
    }
}
