package org.newsatlas.imports.ui;

import com.vaadin.flow.component.Component;
import org.newsatlas.base.ui.AddDialogSection;
import org.newsatlas.imports.ImportEngine;
import org.newsatlas.imports.ImportHistory;
import org.newsatlas.imports.UploadFolder;
import org.springframework.core.annotation.Order;

/** "Many files or a zip" in the add dialog: one background import for all the files dropped there. */
@org.springframework.stereotype.Component
@Order(0)
class BulkImportSection implements AddDialogSection {

    private final ImportEngine engine;
    private final ImportHistory history;
    private final UploadFolder uploads;
    private final ImportTicker ticker;

    BulkImportSection(ImportEngine engine, ImportHistory history, UploadFolder uploads, ImportTicker ticker) {
        this.engine = engine;
        this.history = history;
        this.uploads = uploads;
        this.ticker = ticker;
    }

    @Override
    public Component create(Runnable onAdded) {
        return new BulkImportPanel(engine, history, uploads, ticker);
    }
}
