package org.newsatlas.imports.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.newsatlas.imports.ImportEngine;
import org.newsatlas.imports.ImportInput;
import org.newsatlas.imports.ImportHistory;
import org.newsatlas.imports.ImportJob;
import org.newsatlas.imports.ImportProgress;
import org.newsatlas.imports.Rejection;
import org.newsatlas.imports.UploadFolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * {@code POST /api/imports} starts an import of uploaded files (multipart, any part names) or of a
 * JSON Lines body, and answers 202 with its id at once; {@code GET /api/imports/{id}} tells where
 * it stands. Uploads are copied to a folder of their own, read from there, and deleted after.
 */
@RestController
@RequestMapping("/api/imports")
class ImportController {

    private static final String NDJSON = "application/x-ndjson";

    private final ImportEngine imports;
    private final ImportHistory history;
    private final UploadFolder uploads;

    ImportController(ImportEngine imports, ImportHistory history, UploadFolder uploads) {
        this.imports = imports;
        this.history = history;
        this.uploads = uploads;
    }

    record Started(String id) {
    }

    record Status(String state, int total, int done, int added, int duplicates, List<Rejection> rejected) {
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Started> files(MultipartHttpServletRequest request,
                                  @RequestParam(name = "source", required = false) String source) {
        List<MultipartFile> files = request.getMultiFileMap().values().stream().flatMap(List::stream)
                .filter(file -> !file.isEmpty() || file.getOriginalFilename() != null)
                .toList();
        if (files.isEmpty()) {
            throw new ImportRefused("Send one or more files (.txt, .html, .pdf, .jsonl, .xml, .rss, .atom or .zip).");
        }
        Path folder = uploads.create();
        List<ImportInput> inputs = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            MultipartFile file = files.get(i);
            String name = UploadFolder.plainName(file.getOriginalFilename(), "upload-" + (i + 1));
            try (InputStream in = file.getInputStream()) {
                inputs.add(new ImportInput(uploads.save(folder, i, name, in), name));
            } catch (IOException e) {
                uploads.delete(folder);
                throw new UncheckedIOException(e);
            }
        }
        return started(imports.start(inputs, source, () -> uploads.delete(folder)));
    }

    @PostMapping(consumes = NDJSON)
    ResponseEntity<Started> jsonLines(InputStream body, @RequestParam(name = "source", required = false) String source)
            throws IOException {
        Path folder = uploads.create();
        Path file = uploads.save(folder, 0, "body.jsonl", body);
        if (Files.size(file) == 0) {
            uploads.delete(folder);
            throw new ImportRefused("The body is empty: send one JSON article per line.");
        }
        return started(imports.start(List.of(new ImportInput(file, "body.jsonl")), source, () -> uploads.delete(folder)));
    }

    @GetMapping("/{id}")
    ResponseEntity<?> status(@PathVariable String id) {
        return history.find(id)
                .<ResponseEntity<?>>map(progress -> ResponseEntity.ok(status(progress)))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
                        .body(Map.of("error", "There is no import with this id.")));
    }

    private static Status status(ImportProgress progress) {
        return new Status(progress.state().name().toLowerCase(java.util.Locale.ROOT), progress.total(), progress.done(),
                progress.added(), progress.duplicates(), progress.rejected());
    }

    private static ResponseEntity<Started> started(ImportJob job) {
        return ResponseEntity.accepted().header("Location", "/api/imports/" + job.id()).body(new Started(job.id()));
    }

    @ExceptionHandler(ImportRefused.class)
    ResponseEntity<Map<String, String>> refused(ImportRefused refused) {
        return ResponseEntity.badRequest().body(Map.of("error", refused.getMessage()));
    }

    static final class ImportRefused extends RuntimeException {
        ImportRefused(String message) {
            super(message);
        }
    }
}
