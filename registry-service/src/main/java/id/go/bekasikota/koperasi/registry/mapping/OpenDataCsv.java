package id.go.bekasikota.koperasi.registry.mapping;

import id.go.bekasikota.koperasi.platform.text.CsvCells;
import org.apache.commons.csv.CSVFormat;

/**
 * How the open-data CSV files of the economic indicators and the cluster activity are written:
 * RFC 4180 with a header row, UTF-8, CRLF line ends; text cells neutralised against CSV (formula)
 * injection by {@link CsvCells#safe(String)}. Numbers are written by the service from integers and
 * decimals and are never prefixed (a loss of {@code -5} stays a number).
 */
public final class OpenDataCsv {

    public static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").build();

    /** The media type of the files, with their charset. */
    public static final String MEDIA_TYPE = "text/csv; charset=UTF-8";

    private OpenDataCsv() {
    }
}
