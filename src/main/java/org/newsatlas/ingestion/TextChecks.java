package org.newsatlas.ingestion;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Component;

/**
 * Decides whether bytes or text are an article we can take: not empty, not binary, not too big.
 * Checks run before anything is stored.
 */
@Component
public class TextChecks {

    /** Share of control characters above which a text is taken for binary data. */
    private static final double MAX_CONTROL_SHARE = 0.05;

    private final IngestionProperties limits;

    public TextChecks(IngestionProperties limits) {
        this.limits = limits;
    }

    /** Strict UTF-8 decoding of an upload; rejects empty, oversized and binary content. */
    public String decode(byte[] content) {
        if (content == null || content.length == 0) {
            throw new UploadRejected("The file is empty.");
        }
        if (content.length > limits.maxFileBytes()) {
            throw new UploadRejected("The file is too large: at most %s are accepted."
                    .formatted(megabytes(limits.maxFileBytes())));
        }
        for (byte b : content) {
            if (b == 0) {
                throw new UploadRejected("This looks like a binary file, not text. Please upload a .txt or .html file.");
            }
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new UploadRejected("The file is not UTF-8 text. Please save it as UTF-8 and try again.");
        }
    }

    /** The article text, line endings normalised, after checking it is worth storing. */
    public String checkText(String text) {
        if (text == null || text.isBlank()) {
            throw new UploadRejected("The article has no text.");
        }
        String normalised = text.replace("\r\n", "\n").replace('\r', '\n').strip();
        if (normalised.length() > limits.maxTextChars()) {
            throw new UploadRejected("The article is too long: at most %,d characters are accepted."
                    .formatted(limits.maxTextChars()));
        }
        if (normalised.indexOf('\0') >= 0 || controlShare(normalised) > MAX_CONTROL_SHARE) {
            throw new UploadRejected("This looks like binary data, not text.");
        }
        return normalised;
    }

    private static double controlShare(String text) {
        long control = text.chars()
                .filter(c -> Character.isISOControl(c) && c != '\n' && c != '\t')
                .count();
        return (double) control / text.length();
    }

    private static String megabytes(long bytes) {
        return "%.0f MB".formatted(bytes / (1024.0 * 1024.0));
    }
}
