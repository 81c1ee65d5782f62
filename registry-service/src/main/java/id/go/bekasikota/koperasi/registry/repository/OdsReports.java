package id.go.bekasikota.koperasi.registry.repository;

import id.go.bekasikota.koperasi.platform.paging.Page;
import id.go.bekasikota.koperasi.platform.paging.PageRequest;
import id.go.bekasikota.koperasi.registry.domain.ods.OdsField;
import id.go.bekasikota.koperasi.registry.domain.ods.OdsFindingKind;
import id.go.bekasikota.koperasi.registry.domain.ods.OdsMatch;
import id.go.bekasikota.koperasi.registry.domain.ods.OdsReportItem;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/** The items of reconciliation reports: a page of them, all of them streamed, one of them, a confirmation. */
@ApplicationScoped
public class OdsReports {

    private static final String COLUMNS = """
            reconciliation_id, item, kind, line, cooperative_id, cooperative_number, name, ods_cooperative_number, ods_name,
            matched_by, field, register_value, ods_value, similarity, message, confirmed_by, confirmed_at""";
    private static final int FETCH_SIZE = 1_000;

    private final EntityManager entityManager;
    private final AgroalDataSource dataSource;

    public OdsReports(EntityManager entityManager, AgroalDataSource dataSource) {
        this.entityManager = entityManager;
        this.dataSource = dataSource;
    }

    /** A page of a report's items in report order, of one kind or all. */
    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public Page<OdsReportItem> page(UUID reconciliationId, OdsFindingKind kind, PageRequest paging) {
        String where = " where reconciliation_id = :id" + (kind == null ? "" : " and kind = :kind");
        var count = entityManager.createNativeQuery("select count(*) from ods_report_item" + where).setParameter("id", reconciliationId);
        var select = entityManager.createNativeQuery("select " + COLUMNS + " from ods_report_item" + where
                        + " order by item limit :limit offset :offset")
                .setParameter("id", reconciliationId).setParameter("limit", paging.size()).setParameter("offset", paging.offset());
        if (kind != null) {
            count.setParameter("kind", kind.name());
            select.setParameter("kind", kind.name());
        }
        long total = ((Number) count.getSingleResult()).longValue();
        List<Object[]> rows = select.getResultList();
        return Page.of(rows.stream().map(OdsReports::item).toList(), paging, total);
    }

    /** One item, its row locked until the transaction ends. */
    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public Optional<OdsReportItem> lock(UUID reconciliationId, int item) {
        List<Object[]> rows = entityManager.createNativeQuery("select " + COLUMNS
                        + " from ods_report_item where reconciliation_id = :id and item = :item for update")
                .setParameter("id", reconciliationId).setParameter("item", item).getResultList();
        return rows.stream().findFirst().map(OdsReports::item);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void confirmed(UUID reconciliationId, int item, String by, Instant at) {
        entityManager.createNativeQuery("""
                        update ods_report_item set confirmed_by = :by, confirmed_at = :at
                        where reconciliation_id = :id and item = :item""")
                .setParameter("by", by).setParameter("at", at).setParameter("id", reconciliationId).setParameter("item", item)
                .executeUpdate();
    }

    /** Every item of a report in order, from a database cursor: memory stays flat however long the report. */
    public void forEach(UUID reconciliationId, Consumer<OdsReportItem> each) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            try (PreparedStatement statement = connection.prepareStatement(
                    "select " + COLUMNS + " from ods_report_item where reconciliation_id = ? order by item")) {
                statement.setFetchSize(FETCH_SIZE);
                statement.setObject(1, reconciliationId);
                try (ResultSet rows = statement.executeQuery()) {
                    Object[] values = new Object[17];
                    while (rows.next()) {
                        for (int i = 0; i < values.length; i++) {
                            values[i] = rows.getObject(i + 1);
                        }
                        each.accept(item(values));
                    }
                }
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the report failed: " + e.getMessage(), e);
        }
    }

    private static OdsReportItem item(Object[] r) {
        return new OdsReportItem((UUID) r[0], ((Number) r[1]).intValue(), OdsFindingKind.valueOf((String) r[2]),
                r[3] == null ? null : ((Number) r[3]).intValue(), (UUID) r[4], (String) r[5], (String) r[6], (String) r[7],
                (String) r[8], r[9] == null ? null : OdsMatch.valueOf((String) r[9]), r[10] == null ? null : OdsField.valueOf((String) r[10]),
                (String) r[11], (String) r[12], (BigDecimal) r[13], (String) r[14], (String) r[15], instant(r[16]));
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
