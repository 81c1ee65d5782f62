package id.go.bekasikota.koperasi.registry.repository;

import id.go.bekasikota.koperasi.registry.domain.CooperativeWrite;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * Appends the lines of the cooperatives' history ({@code cooperative_history}) in one JDBC batch: one line per
 * cooperative written, an import's thousands of rows included, with the version the write left (flush first).
 */
@ApplicationScoped
public class CooperativeHistory {

    private static final String INSERT = """
            insert into cooperative_history (cooperative_id, cooperative_version, action, changed_fields, actor, actor_role, import_id, occurred_at)
            values (?, ?, ?, ?, ?, ?, ?, ?)""";

    private final EntityManager entityManager;

    public CooperativeHistory(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Call once the writes are flushed: each line takes the cooperative's version as written. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void append(List<CooperativeWrite> writes, Instant at) {
        if (writes.isEmpty()) {
            return;
        }
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (CooperativeWrite write : writes) {
                    insert.setObject(1, write.cooperative().id);
                    insert.setLong(2, write.cooperative().version);
                    insert.setString(3, write.action().name());
                    insert.setArray(4, connection.createArrayOf("text", write.changedFields().toArray()));
                    insert.setString(5, write.actor().subject());
                    insert.setString(6, write.actor().role().label());
                    insert.setObject(7, write.importId());
                    insert.setTimestamp(8, Timestamp.from(at));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }
}
