package id.go.bekasikota.koperasi.awards.domain;

/**
 * The actual value of a computed indicator, in its kind's unit, with how it was obtained.
 *
 * @param actual null when the data needed is missing (the indicator then scores 0)
 */
public record Measurement(Fraction actual, String explanation) {

    public boolean available() {
        return actual != null;
    }
}
