package id.go.bekasikota.koperasi.platform.http;

import id.go.bekasikota.koperasi.platform.i18n.Text;
import id.go.bekasikota.koperasi.platform.problem.ProblemException;
import id.go.bekasikota.koperasi.platform.problem.ProblemType;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import java.util.List;
import java.util.function.Function;

/**
 * The representation a caller asked for, where an operation offers several (JSON and CSV, CSV and XLSX): the
 * {@code format} query parameter when given (400 naming it when unknown: {@link Params#enumValue}), else the caller's
 * {@code Accept}, as a generated client or a browser sends it. Of the acceptable media types, in the caller's order of
 * preference (JAX-RS sorts them by {@code q}), the first that a format's media type satisfies chooses it; a wildcard
 * ({@code *}{@code /*}, or none sent) chooses the operation's default. An {@code Accept} that no format satisfies is
 * a 406 {@code not-acceptable} (the operation's {@code @Produces} refuses most before the method: this also refuses
 * a type it lists for its problems only, {@code application/json} beside CSV and XLSX). Answers chosen so carry
 * {@code Vary: Accept}.
 */
public final class Formats {

    /** {@code text/csv}, the open-data files' media type (sent with {@code charset=UTF-8}). */
    public static final MediaType CSV = new MediaType("text", "csv");

    private Formats() {
    }

    public static <F extends Enum<F>> F choose(String format, Class<F> type, F fallback, HttpHeaders headers,
                                               Function<F, MediaType> mediaType) {
        F asked = Params.enumValue("format", format, type);
        if (asked != null) {
            return asked;
        }
        List<MediaType> acceptable = headers == null ? List.of() : headers.getAcceptableMediaTypes();
        if (acceptable.isEmpty()) {
            return fallback;
        }
        for (MediaType wanted : acceptable) {
            if (wanted.isCompatible(mediaType.apply(fallback))) {
                return fallback;
            }
            for (F candidate : type.getEnumConstants()) {
                if (wanted.isCompatible(mediaType.apply(candidate))) {
                    return candidate;
                }
            }
        }
        throw new ProblemException(ProblemType.NOT_ACCEPTABLE, Text.of("problem.framework.406"));
    }
}
