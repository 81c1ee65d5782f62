package id.go.bekasikota.koperasi.awards.domain;

/** A field at fault, as its JSON path in the request (e.g. {@code scoringSheet[1].weight}), and what is wrong with it. */
public record Violation(String field, String message) {
}
