package id.go.bekasikota.koperasi.platform.problem;

import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * What the JSON parser's own failures say about the field at fault, for the two it finds below any
 * deserializer: a member named twice in one object ({@code STRICT_DUPLICATE_DETECTION}, platform
 * {@code JsonConfig}), and a value beyond the parser's limits (a number of more than 1,000 digits,
 * nesting deeper than its bound, a text or the whole body longer than {@code JsonConfig} allows). Jackson has no exception type of its own for a duplicate: it is
 * a {@link StreamReadException} whose message begins {@value #DUPLICATE}, which
 * {@code JsonReadFailuresTest} checks against the Jackson the suite runs.
 */
final class JsonReadFailures {

    static final String DUPLICATE = "Duplicate field '";
    static final String DOCUMENT_LENGTH = "Document length (";

    private JsonReadFailures() {
    }

    /** The field named twice ({@code board[1].name}), when that is the failure. */
    static Optional<String> duplicateField(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof StreamReadException read && read.getOriginalMessage() != null
                    && read.getOriginalMessage().startsWith(DUPLICATE) && read.getProcessor() != null) {
                return Optional.of(path(read.getProcessor().getParsingContext()));
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the body is longer than a JSON body may be ({@code JsonConfig.MAX_DOCUMENT_BYTES}): a
     * {@link StreamConstraintsException} whose message begins {@value #DOCUMENT_LENGTH}.
     */
    static boolean documentTooLong(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof StreamConstraintsException limit && limit.getOriginalMessage() != null
                    && limit.getOriginalMessage().startsWith(DOCUMENT_LENGTH)) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    /** Whether the body went beyond the parser's limits. */
    static boolean beyondLimits(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof StreamConstraintsException) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    /** Where the parser was, in the problems' notation: {@code board[1].name}; {@code body} at the top. */
    static String path(JsonStreamContext context) {
        Deque<JsonStreamContext> outermostFirst = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            outermostFirst.push(c);
        }
        StringBuilder path = new StringBuilder();
        for (JsonStreamContext c : outermostFirst) {
            if (c.inArray()) {
                path.append('[').append(Math.max(c.getCurrentIndex(), 0)).append(']');
            } else if (c.getCurrentName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(c.getCurrentName());
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }
}
