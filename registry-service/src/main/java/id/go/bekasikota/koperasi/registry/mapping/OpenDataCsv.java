package id.go.bekasikota.koperasi.registry.mapping;

import org.apache.commons.csv.CSVFormat;

/**
 * How the open-data CSV files of the economic indicators and the cluster activity are written:
 * RFC 4180 with a header row, UTF-8, CRLF line ends; text cells neutralised against CSV (formula)
 * injection as OWASP advises: a cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, a
 * tab or a carriage return gets a leading {@code '} so that a spreadsheet shows it as text instead
 * of evaluating it. Numbers are written by the service from integers and decimals and are never
 * prefixed (a loss of {@code -5} stays a number).
 */
public final class OpenDataCsv {

    public static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").build();

    /** The media type of the files, with their charset. */
    public static final String MEDIA_TYPE = "text/csv; charset=UTF-8";

    private OpenDataCsv() {
    }

    /** A text cell as it may be written: null stays empty, a formula-leading cell is quoted as text. */
    public static String text(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return formula ? "'" + value : value;
    }
}
