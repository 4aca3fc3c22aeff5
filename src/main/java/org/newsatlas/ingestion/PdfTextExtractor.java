package org.newsatlas.ingestion;

import java.io.IOException;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The text layer of a PDF, through PDFBox. Only text is taken: PDFBox runs no JavaScript and
 * fills no forms. Encrypted files and files with more pages than allowed are refused before any
 * text is read; a PDF without a text layer (a scan) has nothing to read.
 */
@Component
@Order(1)
class PdfTextExtractor implements ArticleTextExtractor {

    private final IngestionProperties limits;

    PdfTextExtractor(IngestionProperties limits) {
        this.limits = limits;
    }

    @Override
    public boolean accepts(String fileName, String contentType) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".pdf") || (contentType != null && contentType.startsWith("application/pdf"));
    }

    @Override
    public ExtractedText extract(byte[] content) {
        if (content == null || content.length == 0) {
            throw new UploadRejected("The file is empty.");
        }
        if (content.length > limits.maxFileBytes()) {
            throw new UploadRejected("The file is too large: at most %.0f MB are accepted."
                    .formatted(limits.maxFileBytes() / (1024.0 * 1024.0)));
        }
        // a scratch file, not the heap, holds what the PDF's streams unpack to
        try (PDDocument document = Loader.loadPDF(content, "", null, null, IOUtils.createTempFileOnlyStreamCache())) {
            if (document.isEncrypted()) {
                throw new UploadRejected("This PDF is encrypted; only unencrypted PDFs are read.");
            }
            int pages = document.getNumberOfPages();
            if (pages > limits.maxPdfPages()) {
                throw new UploadRejected("This PDF has %,d pages; at most %,d are read.".formatted(pages,
                        limits.maxPdfPages()));
            }
            String text = new PDFTextStripper().getText(document);
            if (text.isBlank()) {
                throw new UploadRejected("This PDF has no text layer (a scan?), so there is no text to read.");
            }
            String title = document.getDocumentInformation().getTitle();
            return new ExtractedText(title == null || title.isBlank() ? null : title.strip(), text);
        } catch (InvalidPasswordException encrypted) {
            throw new UploadRejected("This PDF is encrypted; only unencrypted PDFs are read.");
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof UploadRejected rejected) {
                throw rejected;
            }
            throw new UploadRejected("This is not a readable PDF (damaged, truncated or not a PDF at all).");
        }
    }
}
