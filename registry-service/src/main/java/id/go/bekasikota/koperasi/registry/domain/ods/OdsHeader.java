package id.go.bekasikota.koperasi.registry.domain.ods;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The header row of an ODS file: which cell holds which column. Columns the reconciliation does
 * not read (the export has many) are ignored and listed; the NIK Koperasi and the name are
 * required; a column named twice is an error.
 */
public final class OdsHeader {

    private final List<String> cells;
    private final Map<OdsColumn, Integer> positions;
    private final List<String> ignored;
    private final List<String> errors;

    private OdsHeader(List<String> cells, Map<OdsColumn, Integer> positions, List<String> ignored, List<String> errors) {
        this.cells = List.copyOf(cells);
        this.positions = Collections.unmodifiableMap(positions);
        this.ignored = List.copyOf(ignored);
        this.errors = List.copyOf(errors);
    }

    /** Reads the header cells (a byte-order mark and surrounding spaces are not part of a name). */
    public static OdsHeader of(List<String> cells) {
        Map<OdsColumn, Integer> positions = new EnumMap<>(OdsColumn.class);
        List<String> ignored = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i) == null ? "" : cells.get(i).replace("\uFEFF", "").strip();
            Optional<OdsColumn> column = OdsColumn.forHeader(cell);
            if (column.isEmpty()) {
                if (!cell.isEmpty()) {
                    ignored.add(cell);
                }
                continue;
            }
            Integer first = positions.putIfAbsent(column.get(), i);
            if (first != null) {
                errors.add("'" + cell + "' names the same column as '" + cells.get(first).strip() + "'");
            }
        }
        for (OdsColumn column : OdsColumn.values()) {
            if (column.required() && !positions.containsKey(column)) {
                errors.add("a column '" + column.displayName() + "' is required (also named: "
                        + String.join(", ", column.names()) + ")");
            }
        }
        return new OdsHeader(cells, positions, ignored, errors);
    }

    public boolean valid() {
        return errors.isEmpty();
    }

    public List<String> errors() {
        return errors;
    }

    /** Header cells that name no column the reconciliation reads. */
    public List<String> ignored() {
        return ignored;
    }

    public int size() {
        return cells.size();
    }

    public boolean has(OdsColumn column) {
        return positions.containsKey(column);
    }

    /** The position of a column's cell in a row, if the file has the column. */
    public Optional<Integer> position(OdsColumn column) {
        return Optional.ofNullable(positions.get(column));
    }

    /** The name the file itself gives the column (for messages about a row). */
    public String nameOf(OdsColumn column) {
        Integer position = positions.get(column);
        return position == null ? column.displayName() : cells.get(position).replace("\uFEFF", "").strip();
    }

    /** The fields compared: those whose column is in the file, and the cooperative number (always). */
    public Set<OdsField> comparedFields() {
        Set<OdsField> fields = EnumSet.of(OdsField.COOPERATIVE_NUMBER);
        positions.keySet().forEach(column -> column.compared().ifPresent(fields::add));
        return fields;
    }
}
