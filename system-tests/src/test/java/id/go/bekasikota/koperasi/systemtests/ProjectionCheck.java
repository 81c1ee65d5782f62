package id.go.bekasikota.koperasi.systemtests;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The check after a fault, on what was witnessed rather than on the consumers' bookkeeping: the
 * client's record of what it was told (each acknowledged registration with the name it sent, each
 * acknowledged report), the registry's committed rows, the events as read from Kafka by a witness
 * consumer, and each projection's rows. A consumer that skips an event, marks it processed without
 * applying it, applies a stale one or applies one twice (a report listed twice, a version past the
 * last event) leaves a projection row that differs from what the witnesses say, and the check names
 * it; inbox rows are not evidence of anything here.
 */
final class ProjectionCheck {

    /** What the client was told: the registration acknowledged (201) with the name it sent, and its acknowledged reports. */
    record Acknowledged(UUID id, String name, Set<Integer> reportYears) {
    }

    /** A cooperative as the registry committed it: its version and the years of its reports. */
    record Committed(UUID id, String name, long version, Set<Integer> reportYears) {
    }

    /** An event of {@code registry.cooperative.v1} as the witness consumer read it from Kafka. */
    record Witnessed(String eventId, UUID cooperativeId, long version, String name, List<Integer> reportYears) {
    }

    /** A row of a consumer's projection. */
    record ProjectionRow(UUID id, String name, long version, List<Integer> reportYears, String lastEventId) {
    }

    /** The figures of one reconciliation, all counted from the inputs. */
    record Figures(int acknowledged, int committed, int inFlight, int lost, int events, int redelivered,
                   Map<String, Integer> projected) {
    }

    private ProjectionCheck() {
    }

    /** Every difference between the witnesses and the projections; empty when the fault left nothing behind. */
    static List<String> findings(Collection<Acknowledged> acknowledged, Collection<Committed> committed,
                                 Collection<Witnessed> events, Map<String, Collection<ProjectionRow>> projections) {
        List<String> findings = new ArrayList<>();
        Map<UUID, Committed> committedById = new HashMap<>();
        committed.forEach(c -> committedById.put(c.id(), c));

        for (Acknowledged ack : acknowledged) {
            Committed row = committedById.get(ack.id());
            if (row == null) {
                findings.add("registry: acknowledged " + ack.id() + " is not committed (lost)");
                continue;
            }
            if (!row.name().equals(ack.name())) {
                findings.add("registry: " + ack.id() + " committed as '" + row.name() + "', acknowledged as '" + ack.name() + "'");
            }
            if (!row.reportYears().containsAll(ack.reportYears())) {
                findings.add("registry: " + ack.id() + " lacks acknowledged reports " + difference(ack.reportYears(), row.reportYears()));
            }
        }

        // The event each projection must have applied last: the first one on the topic (in the order of
        // the cooperative's partition) carrying the highest version; one change publishes several events
        // of the same version, and a projection applies only the first. Every version from the first
        // published up to the committed one must be on the topic.
        Map<UUID, Witnessed> last = new HashMap<>();
        Map<UUID, TreeSet<Long>> versions = new HashMap<>();
        Map<String, Witnessed> byId = new HashMap<>();
        for (Witnessed event : events) {
            Witnessed earlier = byId.putIfAbsent(event.eventId(), event);
            if (earlier != null && earlier.version() != event.version()) {
                findings.add("kafka: event " + event.eventId() + " published with versions " + earlier.version() + " and " + event.version());
            }
            versions.computeIfAbsent(event.cooperativeId(), id -> new TreeSet<>()).add(event.version());
            last.merge(event.cooperativeId(), event, (a, b) -> a.version() >= b.version() ? a : b);
        }
        for (Committed row : committed) {
            TreeSet<Long> published = versions.getOrDefault(row.id(), new TreeSet<>());
            long first = published.isEmpty() ? row.version() : published.first();
            for (long v = first; v <= row.version(); v++) {
                if (!published.contains(v)) {
                    findings.add("kafka: " + row.id() + " version " + v + " of " + row.version() + " never published");
                }
            }
            if (published.stream().anyMatch(v -> v > row.version())) {
                findings.add("kafka: " + row.id() + " published a version past the committed " + row.version());
            }
        }
        for (UUID id : versions.keySet()) {
            if (!committedById.containsKey(id)) {
                findings.add("kafka: events of " + id + ", which the registry did not commit");
            }
        }

        for (Map.Entry<String, Collection<ProjectionRow>> projection : projections.entrySet()) {
            String consumer = projection.getKey();
            Map<UUID, ProjectionRow> rows = new HashMap<>();
            for (ProjectionRow row : projection.getValue()) {
                if (rows.put(row.id(), row) != null) {
                    findings.add(consumer + ": " + row.id() + " projected twice");
                }
            }
            for (Committed expected : committed) {
                ProjectionRow row = rows.get(expected.id());
                if (row == null) {
                    findings.add(consumer + ": " + expected.id() + " missing (an event skipped or marked without being applied)");
                    continue;
                }
                Witnessed lastEvent = last.get(expected.id());
                if (row.version() != expected.version()) {
                    findings.add(consumer + ": " + expected.id() + " at version " + row.version() + ", the registry's is "
                            + expected.version() + (row.version() > expected.version() ? " (an event applied twice)" : " (an event not applied)"));
                }
                if (!row.name().equals(expected.name())) {
                    findings.add(consumer + ": " + expected.id() + " named '" + row.name() + "', the registry's is '" + expected.name() + "'");
                }
                List<Integer> years = new ArrayList<>(row.reportYears());
                if (new HashSet<>(years).size() != years.size()) {
                    findings.add(consumer + ": " + expected.id() + " lists a report twice " + years + " (an event applied twice)");
                }
                if (!new HashSet<>(years).equals(expected.reportYears())) {
                    findings.add(consumer + ": " + expected.id() + " reports " + new TreeSet<>(years) + ", the registry's are "
                            + new TreeSet<>(expected.reportYears()));
                }
                if (lastEvent != null && !lastEvent.eventId().equals(row.lastEventId())) {
                    findings.add(consumer + ": " + expected.id() + " last applied " + row.lastEventId()
                            + ", the last event on the topic is " + lastEvent.eventId());
                }
            }
            for (UUID id : rows.keySet()) {
                if (!committedById.containsKey(id)) {
                    findings.add(consumer + ": " + id + " projected without a committed cause");
                }
            }
        }
        findings.sort(Comparator.naturalOrder());
        return findings;
    }

    static Figures figures(Collection<Acknowledged> acknowledged, Collection<Committed> committed,
                           Collection<Witnessed> events, Map<String, Collection<ProjectionRow>> projections) {
        Set<UUID> acknowledgedIds = new HashSet<>();
        acknowledged.forEach(a -> acknowledgedIds.add(a.id()));
        Set<UUID> committedIds = new HashSet<>();
        committed.forEach(c -> committedIds.add(c.id()));
        Set<UUID> lost = new HashSet<>(acknowledgedIds);
        lost.removeAll(committedIds);
        Set<UUID> inFlight = new HashSet<>(committedIds);
        inFlight.removeAll(acknowledgedIds);
        Set<String> distinct = new HashSet<>();
        events.forEach(e -> distinct.add(e.eventId()));
        Map<String, Integer> projected = new HashMap<>();
        projections.forEach((consumer, rows) -> projected.put(consumer, rows.size()));
        return new Figures(acknowledgedIds.size(), committedIds.size(), inFlight.size(), lost.size(), distinct.size(),
                events.size() - distinct.size(), projected);
    }

    private static Set<Integer> difference(Set<Integer> a, Set<Integer> b) {
        Set<Integer> result = new TreeSet<>(a);
        result.removeAll(b);
        return result;
    }
}
