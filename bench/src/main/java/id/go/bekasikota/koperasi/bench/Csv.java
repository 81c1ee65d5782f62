package id.go.bekasikota.koperasi.bench;

/**
 * Rows for PostgreSQL's {@code COPY ... (format csv)}: text quoted (an empty text stays an empty
 * text), numbers, dates, booleans and ids as they print, null as nothing.
 */
final class Csv {

    /** A value to be quoted. */
    record Text(String value) {
    }

    private Csv() {
    }

    static void row(StringBuilder out, Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            Object value = values[i];
            if (value instanceof Text text) {
                out.append('"').append(text.value().replace("\"", "\"\"")).append('"');
            } else if (value != null) {
                out.append(value);
            }
        }
        out.append('\n');
    }
}
