package id.go.bekasikota.koperasi.registry.domain.ods;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * One finding of a reconciliation report. Register values are those of the reconciliation date.
 *
 * @param item               the item's number in the report (from 1, in the report's order)
 * @param line               the ODS file's line (null for a cooperative only in the register)
 * @param cooperativeNumber  the register's number (null for a row only in the ODS, or an unnumbered cooperative)
 * @param similarity         of the names, 0 to 1, for a proposed match
 * @param message            why a row is bad
 */
public record OdsReportItem(UUID reconciliationId, int item, OdsFindingKind kind, Integer line, UUID cooperativeId,
                            String cooperativeNumber, String name, String odsCooperativeNumber, String odsName,
                            OdsMatch matchedBy, OdsField field, String registerValue, String odsValue, BigDecimal similarity,
                            String message, String confirmedBy, Instant confirmedAt) {

    /**
     * An officer may confirm a proposed name match, or the ODS's NIK Koperasi of a row matched by
     * its legal entity number: either way the register takes the ODS's number.
     */
    public boolean confirmable() {
        return kind == OdsFindingKind.PROPOSED_MATCH || (kind == OdsFindingKind.DIFFERENCE && field == OdsField.COOPERATIVE_NUMBER);
    }

    public boolean confirmed() {
        return confirmedAt != null;
    }
}
