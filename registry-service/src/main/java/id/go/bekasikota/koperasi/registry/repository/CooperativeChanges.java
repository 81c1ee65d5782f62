package id.go.bekasikota.koperasi.registry.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.bekasikota.koperasi.registry.domain.ChangeCursor;
import id.go.bekasikota.koperasi.registry.domain.RegisterChange;
import id.go.bekasikota.koperasi.registry.domain.RegisterEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The changes feed's table ({@code cooperative_change}, V7): appended by every write of the
 * register, read in commit order, compacted after the retention.
 */
@ApplicationScoped
public class CooperativeChanges {

    private static final String INSERT = """
            insert into cooperative_change (position, ordinal, cooperative_id, cooperative_version, changed_at, entry)
            values (?, ?, ?, ?, clock_timestamp(), ?::jsonb)""";

    /** "FEEDHEAD" in ASCII: the lock every appending transaction holds until its commit. */
    static final long HEAD_LOCK = 5063529515620581700L;

    private final EntityManager entityManager;
    private final ObjectMapper writer;
    private final ObjectMapper reader;

    public CooperativeChanges(EntityManager entityManager, ObjectMapper objectMapper) {
        this.entityManager = entityManager;
        this.writer = objectMapper;
        // Entries written by an older version of the service may lack or carry a field.
        this.reader = objectMapper.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /**
     * Appends the cooperatives' entries under one new position. Takes the feed's head lock, kept
     * until the commit: call it as the write's last statement, so that positions follow commit order.
     *
     * <p>The head lock is an advisory lock ({@link #HEAD_LOCK}) taken before the head row is updated:
     * its waiters queue in PostgreSQL's lock manager and are woken one at a time. Waiting on the row
     * itself, every waiter woke at each commit and all but one went back to wait on the winner (at
     * 200 registrations a second PostgreSQL spent 4.1 ms of CPU per registration then, 3.5 ms with this lock).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void append(List<RegisterEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        List<String> json = entries.stream().map(this::json).toList();
        entityManager.createNativeQuery("select 1 from pg_advisory_xact_lock(:key)").setParameter("key", HEAD_LOCK).getSingleResult();
        long position = ((Number) entityManager.createNativeQuery(
                        "update cooperative_change_head set position = position + 1 where id = 1 returning position")
                .getSingleResult()).longValue();
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (int i = 0; i < entries.size(); i++) {
                    insert.setLong(1, position);
                    insert.setInt(2, i);
                    insert.setObject(3, entries.get(i).id());
                    insert.setLong(4, entries.get(i).version());
                    insert.setString(5, json.get(i));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    /** What a feed entry shows of a cooperative besides the entity: its times as stored, and whether a reactivation case is open. */
    public record Stored(Instant createdAt, Instant updatedAt, boolean underReactivation) {
    }

    /**
     * The creation and update times of the cooperatives as stored (to the microsecond: what a later
     * read of the cooperative shows, whatever precision the written entity held) and whether each
     * has an open reactivation case, by id, in one statement. Reads the rows as this transaction
     * left them: flush first.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public java.util.Map<UUID, Stored> stored(List<UUID> ids) {
        java.util.Map<UUID, Stored> stored = new java.util.HashMap<>();
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement("""
                    select c.id, c.created_at, c.updated_at,
                           exists (select 1 from reactivation_case rc where rc.cooperative_id = c.id and rc.status = 'OPEN')
                    from cooperative c where c.id = any (?)""")) {
                select.setArray(1, connection.createArrayOf("uuid", ids.toArray()));
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        stored.put(rows.getObject(1, UUID.class), new Stored(rows.getTimestamp(2).toInstant(),
                                rows.getTimestamp(3).toInstant(), rows.getBoolean(4)));
                    }
                }
            }
        });
        return stored;
    }

    /** The changes after the cursor in commit order, at most {@code limit}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<RegisterChange> after(ChangeCursor cursor, int limit) {
        List<RegisterChange> changes = new ArrayList<>(limit);
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement("""
                    select position, ordinal, changed_at, entry::text from cooperative_change
                    where (position, ordinal) > (?, ?) order by position, ordinal limit ?""")) {
                select.setLong(1, cursor.position());
                select.setInt(2, cursor.ordinal());
                select.setInt(3, limit);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        changes.add(new RegisterChange(new ChangeCursor(rows.getLong(1), rows.getInt(2)),
                                rows.getTimestamp(3).toInstant(), entry(rows.getString(4))));
                    }
                }
            }
        });
        return changes;
    }

    /**
     * Drops the changes older than {@code before} that a later change of the same cooperative
     * supersedes. The latest change of every cooperative stays, whatever its age.
     *
     * @return how many were dropped
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int compact(Instant before) {
        return entityManager.createNativeQuery("""
                        delete from cooperative_change c where c.changed_at < :before
                        and exists (select 1 from cooperative_change n where n.cooperative_id = c.cooperative_id and n.position > c.position)""")
                .setParameter("before", Timestamp.from(before)).executeUpdate();
    }

    /**
     * Cooperatives that have no change in the feed (written around the service, or before the feed existed),
     * in the order of their ids.
     *
     * @param after only ids after this one; null for all
     */
    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public List<UUID> unrecorded(UUID after, int limit) {
        var query = entityManager.createNativeQuery("""
                        select c.id from cooperative c
                        where not exists (select 1 from cooperative_change x where x.cooperative_id = c.id)
                        """ + (after == null ? "" : "and c.id > :after\n") + "order by c.id limit :limit", UUID.class)
                .setParameter("limit", limit);
        if (after != null) {
            query.setParameter("after", after);
        }
        return query.getResultList();
    }

    private String json(RegisterEntry entry) {
        try {
            return writer.writeValueAsString(entry);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private RegisterEntry entry(String json) {
        try {
            return reader.readValue(json, RegisterEntry.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
