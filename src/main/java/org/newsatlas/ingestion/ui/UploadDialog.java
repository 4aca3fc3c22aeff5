package org.newsatlas.ingestion.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.newsatlas.base.ui.AddDialogSection;
import org.newsatlas.ingestion.ArticleSubmission;
import org.newsatlas.ingestion.IngestionProperties;
import org.newsatlas.ingestion.IngestionResult;
import org.newsatlas.ingestion.IngestionService;
import org.newsatlas.ingestion.UploadRejected;

/**
 * Adds an article: pasted text, or a .txt or .html file. Nothing is stored until "Add to map"
 * succeeds; a rejected article leaves the dialog open with the reason.
 */
public class UploadDialog extends Dialog {

    private final IngestionService ingestion;
    private final Consumer<IngestionResult> onStored;
    private final TextField title = new TextField("Title (optional)");
    private final DatePicker published = new DatePicker("Published (optional)");
    private final TextArea text = new TextArea("Article text");
    private final Paragraph fileInfo = new Paragraph();
    private final Paragraph waiting = new Paragraph();
    private final Button add = new Button("Add to map");
    private PendingFile file;

    private record PendingFile(String name, String contentType, byte[] content) {
    }

    public UploadDialog(IngestionService ingestion, IngestionProperties limits, Consumer<IngestionResult> onStored) {
        this(ingestion, limits, onStored, List.of(), () -> { });
    }

    /** With the parts other features add (a feed to fetch now); {@code onAdded} follows articles they store. */
    public UploadDialog(IngestionService ingestion, IngestionProperties limits, Consumer<IngestionResult> onStored,
                        List<AddDialogSection> sections, Runnable onAdded) {
        this.ingestion = ingestion;
        this.onStored = onStored;
        setHeaderTitle("Add a news article");
        setWidth("min(720px, 95vw)");
        text.setPlaceholder("Paste the article here; with no title, its first line is the title.");
        text.setWidthFull();
        text.setHeight("260px");
        title.setWidthFull();
        fileInfo.addClassName("upload-file-info");

        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) ->
                fileArrived(new PendingFile(metadata.fileName(), metadata.contentType(), bytes))));
        upload.setAcceptedFileTypes(".txt", ".html", ".htm", "text/plain", "text/html");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, limits.maxFileBytes()));
        upload.setDropLabel(new com.vaadin.flow.component.html.Span("or drop a .txt or .html file here"));
        upload.addFileRejectedListener(rejected -> error(rejected.getErrorMessage()));
        upload.addFileRemovedListener(removed -> fileArrived(null));

        waiting.setVisible(false);
        VerticalLayout form = new VerticalLayout(title, published, text, upload, fileInfo, waiting);
        form.setPadding(false);
        sections.forEach(section -> form.add(section.create(onAdded)));
        add(form);

        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(click -> submit());
        getFooter().add(new Button("Cancel", click -> close()), add);
    }

    private void fileArrived(PendingFile arrived) {
        file = arrived;
        text.setEnabled(arrived == null);
        fileInfo.setText(arrived == null ? "" : "%s (%,d bytes) will be added instead of pasted text."
                .formatted(arrived.name(), arrived.content().length));
    }

    void submit() {
        Instant date = published.getValue() == null ? null : published.getValue().atStartOfDay(ZoneOffset.UTC).toInstant();
        String chosenTitle = title.getValue();
        String pasted = text.getValue();
        PendingFile chosenFile = file;
        Supplier<IngestionResult> adding = () -> chosenFile == null
                ? ingestion.ingest(new ArticleSubmission(chosenTitle, pasted, date, null))
                : ingestion.ingestFile(chosenFile.name(), chosenFile.contentType(), chosenFile.content(), chosenTitle, date);
        if (ingestion.placeFinderReady()) {
            finish(adding);
            return;
        }
        // Just after start-up: the article waits for the geoparser off the UI thread, so that the
        // page can say why nothing happens yet; push brings the outcome.
        UI ui = UI.getCurrent();
        waiting.setText("Getting the place finder ready…");
        waiting.setVisible(true);
        add.setEnabled(false);
        Thread waiter = new Thread(() -> {
            String failure = placeFinderFailure();
            ui.access(() -> {
                add.setEnabled(true);
                waiting.setVisible(false);
                if (failure == null) {
                    finish(adding);
                } else {
                    error(failure);
                }
            });
        }, "add-article");
        waiter.setDaemon(true);
        waiter.start();
    }

    /** Waits for the geoparser; null once it is ready, else why it never will be. */
    private String placeFinderFailure() {
        try {
            ingestion.awaitPlaceFinder();
            return null;
        } catch (RuntimeException e) {
            return e.getMessage();
        }
    }

    private void finish(Supplier<IngestionResult> adding) {
        try {
            IngestionResult result = adding.get();
            close();
            onStored.accept(result);
        } catch (UploadRejected rejected) {
            error(rejected.getMessage());
        }
    }

    private static void error(String message) {
        Notification notification = Notification.show(message, 6000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    TextArea text() {
        return text;
    }

    Button addButton() {
        return add;
    }
}
