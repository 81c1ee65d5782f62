package id.go.bekasikota.koperasi.registry.domain.ods;

import id.go.bekasikota.koperasi.platform.problem.Problem;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
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
     * The longest ODS value and reason shown: a bad row's cells (and the reasons quoting them) are whatever the
     * file holds, so they are cut to these; a row that is read has shorter values (20 digits, names of 300).
     */
    public static final int VALUE_LENGTH = 1000;
    public static final int MESSAGE_LENGTH = 2000;

    public OdsReportItem {
        odsCooperativeNumber = Problem.clip(odsCooperativeNumber, VALUE_LENGTH);
        odsName = Problem.clip(odsName, VALUE_LENGTH);
        registerValue = Problem.clip(registerValue, VALUE_LENGTH);
        odsValue = Problem.clip(odsValue, VALUE_LENGTH);
        message = Problem.clip(message, MESSAGE_LENGTH);
    }

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

    /**
     * Whether the cooperative's number is still the one this report compared ({@code current}, null for
     * none): the officer confirmed the pairing of the register as it was on the reconciliation's date, so a
     * number corrected since (by an update, an import, another confirmation) is not overwritten with the
     * ODS's unseen; the officer reconciles again.
     */
    public boolean comparedNumber(String current) {
        return Objects.equals(cooperativeNumber, current);
    }
}
