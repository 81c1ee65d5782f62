package id.go.bekasikota.koperasi.registry.domain;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Where an inactive cooperative stands in the worklist's order ({@link Worklist#ORDER}): the facts
 * it is ranked by, and nothing else.
 *
 * @param underReactivation a reactivation case is open on the date
 * @param lastContactOn     the office's latest contact by the date (null: none)
 * @param latestReportYear  the latest financial year it reported (null: never)
 * @param cooperativeNumber its cooperative number (null: none)
 */
public record WorklistPlace(UUID id, boolean underReactivation, LocalDate lastContactOn, Integer latestReportYear,
                            String cooperativeNumber) {

    /** Added to a contact's epoch day so that every contact packs as a positive 32-bit number (null packs as 0). */
    private static final long CONTACT_OFFSET = 1L << 31;

    /**
     * Its place in a {@link CooperativeRanking}: the worklist's first three keys packed in one long
     * (an open case, then the latest contact, then the latest report year; a greater value ranks first).
     *
     * @throws IllegalArgumentException if the contact date or the report year does not pack
     */
    public CooperativeRanking.Place place() {
        long contact = 0;
        if (lastContactOn != null) {
            contact = lastContactOn.toEpochDay() + CONTACT_OFFSET;
            if (contact <= 0 || contact >= 1L << 32) {
                throw new IllegalArgumentException("contact date out of range: " + lastContactOn);
            }
        }
        long year = 0;
        if (latestReportYear != null) {
            if (latestReportYear <= 0 || latestReportYear >= 1 << 16) {
                throw new IllegalArgumentException("report year out of range: " + latestReportYear);
            }
            year = latestReportYear;
        }
        return new CooperativeRanking.Place(id, (underReactivation ? 1L << 48 : 0L) | contact << 16 | year, cooperativeNumber);
    }
}
