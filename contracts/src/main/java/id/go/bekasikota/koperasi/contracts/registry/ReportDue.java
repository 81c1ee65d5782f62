package id.go.bekasikota.koperasi.contracts.registry;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A reminder: the cooperative is ACTIVE today and becomes INACTIVE on {@code switchOn} (the 1 July
 * on which the latest due year moves) unless it files the RAT report for {@code reportYear}, its
 * members' meeting held from {@code meetingFrom} and on or before {@code switchOn}. Published
 * {@code leadDays} before the switch (once per cooperative, switch date and lead time), for
 * notifications to remind the cooperative. No personal data.
 *
 * @param daysLeft days from {@code remindedOn} to {@code switchOn} (the lead time, or fewer when a day was caught up)
 */
public record ReportDue(
        UUID cooperativeId,
        String cooperativeNumber,
        String name,
        String kecamatanCode,
        LocalDate switchOn,
        int reportYear,
        LocalDate meetingFrom,
        int leadDays,
        LocalDate remindedOn,
        int daysLeft) {
}
