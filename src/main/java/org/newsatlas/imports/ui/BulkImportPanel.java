package org.newsatlas.imports.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.server.streams.UploadMetadata;
import com.vaadin.flow.shared.Registration;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newsatlas.base.ui.Navigation;
import org.newsatlas.imports.ImportEngine;
import org.newsatlas.imports.ImportHistory;
import org.newsatlas.imports.ImportInput;
import org.newsatlas.imports.ImportJob;
import org.newsatlas.imports.UploadFolder;

/**
 * Files are saved to a folder of their own as they arrive; "Import" starts one background job for
 * all of them (the same engine as {@code POST /api/imports}), whose progress then shows here. Files
 * never imported are deleted when the dialog closes.
 */
class BulkImportPanel extends VerticalLayout {

    /** The kinds the import reads; the same as the REST import and the command line. */
    static final String[] KINDS = {".txt", ".html", ".htm", ".pdf", ".jsonl", ".xml", ".rss", ".atom", ".zip"};
    /** Largest file taken here, as for a REST upload (spring.servlet.multipart.max-file-size). */
    static final int MAX_FILE_BYTES = 1 << 30;

    private final ImportEngine engine;
    private final ImportHistory history;
    private final UploadFolder uploads;
    private final ImportTicker ticker;
    private final Upload upload;
    private final Paragraph files = new Paragraph();
    private final Button start = new Button("Import files");
    private final List<ImportInput> arrived = new ArrayList<>();
    private final Button follow = new Button("Open the imports page");
    private Path folder;
    private int nextNumber;
    private JobProgress progress;
    private Registration watching;

    BulkImportPanel(ImportEngine engine, ImportHistory history, UploadFolder uploads, ImportTicker ticker) {
        this.engine = engine;
        this.history = history;
        this.uploads = uploads;
        this.ticker = ticker;
        setPadding(false);
        addClassName("bulk-import");
        upload = new Upload(UploadHandler.toFile((metadata, file) -> saved(metadata, file), this::target));
        upload.setAcceptedFileTypes(KINDS);
        upload.setMaxFileSize(MAX_FILE_BYTES);
        upload.setDropLabel(new Span("or drop many files or a zip here (.txt .html .pdf .jsonl, feed files)"));
        upload.setUploadButton(new Button("Import files or a zip…"));
        upload.addClassName("bulk-upload");
        upload.addFileRemovedListener(removed -> removed(removed.getFileName()));
        files.addClassName("bulk-files");
        start.addClassName("bulk-start");
        start.setEnabled(false);
        start.addClickListener(click -> startImport());
        H3 heading = new H3("Many articles at once");
        heading.addClassName("bulk-heading");
        follow.addClassName("bulk-follow");
        follow.setVisible(false);
        follow.addClickListener(click -> {
            Dialog dialog = findAncestor(Dialog.class);
            if (dialog != null) {
                dialog.close();
            }
            Navigation.openImports();
        });
        add(heading, upload, files, start, follow);
    }

    private synchronized File target(UploadMetadata metadata) throws IOException {
        if (folder == null) {
            folder = uploads.create();
        }
        String name = UploadFolder.plainName(metadata.fileName(), "upload-" + (nextNumber + 1));
        // a sub-folder per file: two files of the same name both arrive
        Path target = folder.resolve(Integer.toString(nextNumber++)).resolve(name).normalize();
        if (!target.startsWith(folder)) {
            throw new IOException("refused file name");
        }
        Files.createDirectories(target.getParent());
        return target.toFile();
    }

    private void saved(UploadMetadata metadata, File file) {
        synchronized (this) {
            arrived.add(new ImportInput(file.toPath(), UploadFolder.plainName(metadata.fileName(), file.getName())));
        }
        getUI().ifPresent(ui -> ui.access(this::showFiles));
    }

    private void removed(String fileName) {
        synchronized (this) {
            arrived.removeIf(input -> input.name().equals(UploadFolder.plainName(fileName, "")));
        }
        showFiles();
    }

    private synchronized void showFiles() {
        files.setText(arrived.isEmpty() ? "" : "%d file%s ready to import.".formatted(arrived.size(),
                arrived.size() == 1 ? "" : "s"));
        start.setText(arrived.size() <= 1 ? "Import file" : "Import %d files".formatted(arrived.size()));
        start.setEnabled(!arrived.isEmpty());
    }

    private void startImport() {
        List<ImportInput> inputs;
        Path started;
        synchronized (this) {
            if (arrived.isEmpty()) {
                return;
            }
            inputs = List.copyOf(arrived);
            started = folder;
            arrived.clear();
            folder = null;
            nextNumber = 0;
        }
        ImportJob job = engine.start(inputs, null, () -> uploads.delete(started));
        upload.clearFileList();
        showFiles();
        if (progress != null) {
            remove(progress);
        }
        progress = new JobProgress(job.progress());
        addComponentAtIndex(indexOf(start) + 1, progress);
        follow.setVisible(true);
        // the start button is disabled now: keyboard focus goes on to where the import can be followed
        follow.focus();
    }

    void refresh() {
        if (progress != null && !progress.finished()) {
            history.find(progress.jobId()).ifPresent(progress::show);
        }
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        watching = ticker.watch(attach.getUI(), this::refresh);
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (watching != null) {
            watching.remove();
        }
        Path unused;
        synchronized (this) {
            unused = folder;
            folder = null;
            arrived.clear();
        }
        if (unused != null) {
            uploads.delete(unused);
        }
    }

    Upload upload() {
        return upload;
    }

    Button startButton() {
        return start;
    }

    JobProgress progress() {
        return progress;
    }
}
