package id.go.bekasikota.koperasi.registry.domain.ods;

import id.go.bekasikota.koperasi.contracts.registry.ActivityStatus;
import id.go.bekasikota.koperasi.contracts.registry.RatGrade;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One data row of an ODS file, read against its header. An empty cell is "no value" (and differs
 * from a register value when its column is compared); a value that cannot be read makes the row
 * bad, with every reason named by the file's own column name.
 *
 * @param line the line of the file the row starts on (the header is line 1)
 */
public record OdsRow(int line, String cooperativeNumber, String name, String legalEntityNumber, LocalDate legalEntityDate,
                     String kecamatanCode, ActivityStatus status, RatGrade grade, Integer lastRatYear, List<String> errors) {

    public static final int MAX_NAME = 300;
    public static final int MAX_LEGAL_ENTITY_NUMBER = 200;

    public OdsRow {
        errors = List.copyOf(errors);
    }

    public boolean bad() {
        return !errors.isEmpty();
    }

    /** The reasons, as one line of text. */
    public String error() {
        return String.join("; ", errors);
    }

    public static OdsRow read(int line, List<String> cells, OdsHeader header) {
        List<String> errors = new ArrayList<>();
        if (cells.size() != header.size()) {
            // Which cell belongs to which column is unknown (an unquoted comma shifts the rest): none is kept, lest a
            // phone or a person's NIK of the ministry's export be stored and shown under another column's name.
            errors.add("has " + cells.size() + (cells.size() == 1 ? " cell" : " cells") + ", the header names " + header.size());
            return new OdsRow(line, null, null, null, null, null, null, null, null, errors);
        }
        Cells row = new Cells(cells, header, errors);
        String rawNumber = row.text(OdsColumn.COOPERATIVE_NUMBER);
        String number = row.read(OdsColumn.COOPERATIVE_NUMBER, OdsValues::cooperativeNumber, "must be 6 to 20 digits", true);
        String name = row.text(OdsColumn.NAME);
        if (name == null && cells.size() == header.size()) {
            errors.add(header.nameOf(OdsColumn.NAME) + ": is required");
        } else if (name != null && name.length() > MAX_NAME) {
            errors.add(header.nameOf(OdsColumn.NAME) + ": is longer than " + MAX_NAME + " characters");
        }
        String legalEntityNumber = row.text(OdsColumn.LEGAL_ENTITY_NUMBER);
        if (legalEntityNumber != null && legalEntityNumber.length() > MAX_LEGAL_ENTITY_NUMBER) {
            errors.add(header.nameOf(OdsColumn.LEGAL_ENTITY_NUMBER) + ": is longer than " + MAX_LEGAL_ENTITY_NUMBER + " characters");
        }
        LocalDate legalEntityDate = row.read(OdsColumn.LEGAL_ENTITY_DATE, OdsValues::date,
                "must be a date as YYYY-MM-DD or DD/MM/YYYY", false);
        String kecamatan = row.read(OdsColumn.KECAMATAN, OdsValues::kecamatanCode,
                "is not a kecamatan of Kota Bekasi (a name such as Bekasi Timur, or a code 327501-327512)", false);
        ActivityStatus status = row.read(OdsColumn.STATUS, OdsValues::status,
                "must be Aktif, Tidak Aktif or Bubar", false);
        RatGrade grade = row.read(OdsColumn.GRADE, OdsValues::grade, "must be A, B, C1, C2, D or Baru", false);
        Integer year = row.read(OdsColumn.LAST_RAT_YEAR, OdsValues::year, "must be a year such as 2024", false);
        return new OdsRow(line, number == null ? rawNumber : number, name, legalEntityNumber, legalEntityDate, kecamatan,
                status, grade, year, errors);
    }

    /** The cells of a row by column; collects the reasons a value cannot be read. */
    private record Cells(List<String> cells, OdsHeader header, List<String> errors) {

        /** The stripped cell of a column, null when the file lacks the column or the cell is empty. */
        String text(OdsColumn column) {
            Optional<Integer> position = header.position(column);
            if (position.isEmpty() || position.get() >= cells.size() || cells.get(position.get()) == null) {
                return null;
            }
            String value = cells.get(position.get()).strip();
            return value.isEmpty() ? null : value;
        }

        <T> T read(OdsColumn column, Function<String, Optional<T>> reader, String rule, boolean required) {
            String text = text(column);
            if (text == null) {
                if (required && cells.size() == header.size()) {
                    errors.add(header.nameOf(column) + ": is required");
                }
                return null;
            }
            Optional<T> value = reader.apply(text);
            if (value.isEmpty()) {
                errors.add(header.nameOf(column) + ": '" + text + "' " + rule);
            }
            return value.orElse(null);
        }
    }
}
