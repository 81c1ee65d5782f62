package id.go.bekasikota.koperasi.registry.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.bekasikota.koperasi.platform.json.JsonConfig;
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
        this.reader = JsonConfig.forStoredData(objectMapper);
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

    /** The position of the feed's last change: 0 before the first. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long head() {
        return ((Number) entityManager.createNativeQuery("select position from cooperative_change_head where id = 1")
                .getSingleResult()).longValue();
    }

    /** One step of the compaction: how many changes it passed, and how many earlier changes they dropped. */
    public record Compaction(int passed, int dropped) {
        public static final Compaction NOTHING = new Compaction(0, 0);
    }

    /**
     * Takes the compaction one step along the feed: the next changes after its cursor (at most
     * {@code limit}, in commit order, up to the first one not older than {@code before}) each drop
     * the earlier changes of their cooperative, and the cursor moves past them. The latest change of
     * every cooperative stays, whatever its age: only a change older than the retention drops anything,
     * and only what it supersedes.
     *
     * <p>Reads the feed from the cursor through the primary key and the superseded changes through
     * {@code cooperative_change_by_cooperative}: a step costs what it passes, never the size of the feed.
     * A step finds the cursor locked by another replica's step and does nothing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Compaction compactStep(Instant before, int limit) {
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            ChangeCursor cursor;
            try (PreparedStatement lock = connection.prepareStatement(
                    "select position, ordinal from cooperative_change_compaction where id = 1 for update skip locked");
                 ResultSet row = lock.executeQuery()) {
                if (!row.next()) {
                    return Compaction.NOTHING;
                }
                cursor = new ChangeCursor(row.getLong(1), row.getInt(2));
            }
            List<UUID> cooperatives = new ArrayList<>(limit);
            List<Long> positions = new ArrayList<>(limit);
            ChangeCursor last = cursor;
            try (PreparedStatement next = connection.prepareStatement("""
                    select position, ordinal, cooperative_id, changed_at from cooperative_change
                    where (position, ordinal) > (?, ?) order by position, ordinal limit ?""")) {
                next.setLong(1, cursor.position());
                next.setInt(2, cursor.ordinal());
                next.setInt(3, limit);
                Timestamp until = Timestamp.from(before);
                try (ResultSet rows = next.executeQuery()) {
                    while (rows.next() && rows.getTimestamp(4).before(until)) {
                        last = new ChangeCursor(rows.getLong(1), rows.getInt(2));
                        positions.add(last.position());
                        cooperatives.add(rows.getObject(3, UUID.class));
                    }
                }
            }
            if (cooperatives.isEmpty()) {
                return Compaction.NOTHING;
            }
            int dropped;
            try (PreparedStatement drop = connection.prepareStatement("""
                    delete from cooperative_change c
                    using (select cooperative_id, max(position) as position
                           from unnest(?, ?) as passed(cooperative_id, position) group by cooperative_id) s
                    where c.cooperative_id = s.cooperative_id and c.position < s.position""")) {
                drop.setArray(1, connection.createArrayOf("uuid", cooperatives.toArray()));
                drop.setArray(2, connection.createArrayOf("bigint", positions.toArray()));
                dropped = drop.executeUpdate();
            }
            try (PreparedStatement advance = connection.prepareStatement(
                    "update cooperative_change_compaction set position = ?, ordinal = ? where id = 1")) {
                advance.setLong(1, last.position());
                advance.setInt(2, last.ordinal());
                advance.executeUpdate();
            }
            return new Compaction(cooperatives.size(), dropped);
        });
    }

    /** A window of the register in the order of ids: how many it holds, its last id, and those the feed holds no change of. */
    public record Window(int size, UUID last, List<UUID> unrecorded) {
    }

    /**
     * The next {@code size} cooperatives in the order of their ids, and which of them have no change
     * in the feed (written around the service, or before the feed existed): one walk of the primary
     * key and one probe of {@code cooperative_change_by_cooperative} per cooperative.
     *
     * @param after only ids after this one; null from the first
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Window window(UUID after, int size) {
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement("""
                    select c.id, exists (select 1 from cooperative_change x where x.cooperative_id = c.id)
                    from cooperative c""" + (after == null ? "" : " where c.id > ?") + " order by c.id limit ?")) {
                int parameter = 1;
                if (after != null) {
                    select.setObject(parameter++, after);
                }
                select.setInt(parameter, size);
                int count = 0;
                UUID last = null;
                List<UUID> unrecorded = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        count++;
                        last = rows.getObject(1, UUID.class);
                        if (!rows.getBoolean(2)) {
                            unrecorded.add(last);
                        }
                    }
                }
                return new Window(count, last, unrecorded);
            }
        });
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
