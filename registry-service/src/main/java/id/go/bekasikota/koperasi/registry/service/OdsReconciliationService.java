package id.go.bekasikota.koperasi.registry.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.bekasikota.koperasi.platform.http.EntityTags;
import id.go.bekasikota.koperasi.platform.i18n.Text;
import id.go.bekasikota.koperasi.platform.paging.Page;
import id.go.bekasikota.koperasi.platform.paging.PageRequest;
import id.go.bekasikota.koperasi.platform.problem.ProblemException;
import id.go.bekasikota.koperasi.platform.security.Actor;
import id.go.bekasikota.koperasi.platform.time.Today;
import id.go.bekasikota.koperasi.registry.domain.Cooperative;
import id.go.bekasikota.koperasi.registry.domain.Subjects;
import id.go.bekasikota.koperasi.registry.domain.ods.OdsField;
import id.go.bekasikota.koperasi.registry.domain.ods.OdsFindingKind;
import id.go.bekasikota.koperasi.registry.domain.ods.OdsHeader;
import id.go.bekasikota.koperasi.registry.domain.ods.OdsReconciliation;
import id.go.bekasikota.koperasi.registry.domain.ods.OdsReportItem;
import id.go.bekasikota.koperasi.registry.mapping.OdsFile;
import id.go.bekasikota.koperasi.registry.repository.OdsReports;
import id.go.bekasikota.koperasi.registry.repository.OdsStaging;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Reconciles the register with the ministry's ODS export, and lets an officer confirm what it
 * proposes. A reconciliation is one database transaction: the file is streamed into a staging
 * table, matched and reported set by set, and either the whole report is written or nothing.
 */
@ApplicationScoped
public class OdsReconciliationService {

    /** The most rows one file may hold. */
    public static final int MAX_ROWS = 200_000;
    private static final Logger LOG = Logger.getLogger(OdsReconciliationService.class);

    private final AgroalDataSource dataSource;
    private final Today today;
    private final OdsReports reports;
    private final CooperativeService cooperatives;
    private final ObjectMapper objectMapper;
    private final double nameSimilarity;

    public OdsReconciliationService(AgroalDataSource dataSource, Today today, OdsReports reports, CooperativeService cooperatives,
                                    ObjectMapper objectMapper,
                                    @ConfigProperty(name = "koperasi.ods.name-similarity", defaultValue = "0.5") double nameSimilarity) {
        this.dataSource = dataSource;
        this.today = today;
        this.reports = reports;
        this.cooperatives = cooperatives;
        this.objectMapper = objectMapper;
        this.nameSimilarity = nameSimilarity;
    }

    /** Reads an ODS export and writes its reconciliation with the register as of today. */
    public OdsReconciliation reconcile(InputStream body, String fileName, String actor) {
        Instant started = today.now();
        LocalDate asOf = today.date();
        UUID id = UUID.randomUUID();
        long[] millis = new long[3];
        long clock = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                OdsStaging staging = new OdsStaging(connection);
                staging.create();
                OdsHeader header;
                char separator;
                try (OdsFile file = OdsFile.open(body, MAX_ROWS); OdsStaging.Copy copy = staging.copy()) {
                    header = file.header();
                    separator = file.separator();
                    file.rows(copy::add);
                    copy.finish();
                }
                millis[0] = (System.nanoTime() - clock) / 1_000_000;
                staging.match(nameSimilarity);
                millis[1] = (System.nanoTime() - clock) / 1_000_000 - millis[0];
                Set<OdsField> compared = header.comparedFields();
                insert(connection, id, asOf, fileName, separator, compared, actor, started);
                staging.report(id, asOf, compared);
                millis[2] = (System.nanoTime() - clock) / 1_000_000 - millis[0] - millis[1];
                counted(connection, id, staging.rowCounts(), staging.itemCounts(id));
                connection.commit();
            } catch (RuntimeException | SQLException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The reconciliation failed: " + e.getMessage(), e);
        }
        OdsReconciliation done = QuarkusTransaction.requiringNew().call(() -> OdsReconciliation.<OdsReconciliation>findById(id));
        LOG.infof("ODS reconciliation %s by %s: %d rows (%d bad), %d matched by NIK Koperasi, %d by legal entity number, "
                        + "%d proposed by name, %d only in ODS, %d only in the register, %d differences; read and copied in %d ms, "
                        + "matched in %d ms, reported in %d ms",
                id, actor, done.totalRows, done.badRows, done.matchedByNumber, done.matchedByLegalEntity, done.proposedMatches,
                done.onlyInOds, done.onlyInRegister, done.differences, millis[0], millis[1], millis[2]);
        return done;
    }

    @Transactional
    public Optional<OdsReconciliation> find(UUID id) {
        return OdsReconciliation.findByIdOptional(id);
    }

    @Transactional
    public Page<OdsReconciliation> list(PageRequest paging) {
        var query = OdsReconciliation.<OdsReconciliation>findAll(Sort.descending("startedAt").and("id"));
        return Page.of(query.page(paging.page() - 1, paging.size()).list(), paging, query.count());
    }

    /** A page of a report's items, of one kind or all; 404 for an unknown reconciliation. */
    @Transactional
    public Page<OdsReportItem> items(UUID id, OdsFindingKind kind, PageRequest paging) {
        require(id);
        return reports.page(id, kind, paging);
    }

    /** Every item of a report, in order, streamed (for the CSV and XLSX downloads). */
    public void forEachItem(UUID id, Consumer<OdsReportItem> each) {
        reports.forEach(id, each);
    }

    /**
     * Confirms a proposed match, or the ODS's NIK Koperasi of a row matched by its legal entity
     * number: the cooperative takes the ODS's number as any update does (If-Match aside: the
     * officer confirms the pairing, not a version), which publishes {@code cooperative.updated}.
     * The next reconciliation then matches the row by its number. Only while the cooperative's number
     * is the one the report compared ({@link OdsReportItem#comparedNumber}): a number corrected since
     * the reconciliation is a 409, not overwritten unseen.
     */
    @Transactional
    public OdsReportItem confirm(UUID id, int itemNumber, Actor actor) {
        require(id);
        OdsReportItem item = reports.lock(id, itemNumber)
                .orElseThrow(() -> ProblemException.notFound(Subjects.RECONCILIATION_ITEM,
                        Text.of("registry.not-found.item-of-reconciliation", itemNumber, id)));
        if (!item.confirmable()) {
            throw ProblemException.conflict(item.field() == null
                    ? Text.of("registry.ods.not-confirmable", itemNumber, item.kind())
                    : Text.of("registry.ods.not-confirmable-field", itemNumber, item.kind(), item.field()));
        }
        if (item.confirmed()) {
            throw ProblemException.conflict(Text.of("registry.ods.confirmed-already", itemNumber, item.confirmedBy(), item.confirmedAt()));
        }
        Cooperative cooperative = cooperatives.lock(item.cooperativeId());
        if (!item.comparedNumber(cooperative.cooperativeNumber)) {
            throw ProblemException.conflict(Text.of("registry.ods.number-changed", itemNumber,
                    cooperative.cooperativeNumber == null ? "-" : cooperative.cooperativeNumber,
                    item.cooperativeNumber() == null ? "-" : item.cooperativeNumber()));
        }
        try {
            cooperatives.patch(cooperative.id, EntityTags.of(cooperative.version),
                    objectMapper.writeValueAsString(Map.of("cooperativeNumber", item.odsCooperativeNumber())), actor);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        Instant now = today.now();
        reports.confirmed(id, itemNumber, actor.subject(), now);
        LOG.infof("ODS reconciliation %s item %d confirmed by %s: cooperative %s takes NIK Koperasi %s",
                id, itemNumber, actor.subject(), item.cooperativeId(), item.odsCooperativeNumber());
        return reports.lock(id, itemNumber).orElseThrow();
    }

    private static OdsReconciliation require(UUID id) {
        return OdsReconciliation.<OdsReconciliation>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound(Subjects.RECONCILIATION, id));
    }

    private static void insert(Connection connection, UUID id, LocalDate asOf, String fileName, char separator,
                               Set<OdsField> compared, String actor, Instant started) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                insert into ods_reconciliation (id, as_of, file_name, separator, compared_fields, uploaded_by, started_at,
                    finished_at, total_rows, bad_rows, matched_by_number, matched_by_legal_entity, proposed_matches,
                    only_in_ods, only_in_register, matched_with_differences, differences)
                values (?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, 0, 0, 0, 0, 0, 0)""")) {
            statement.setObject(1, id);
            statement.setObject(2, asOf);
            statement.setString(3, fileName);
            statement.setString(4, String.valueOf(separator));
            statement.setString(5, OdsReconciliation.fields(compared));
            statement.setString(6, actor);
            statement.setTimestamp(7, Timestamp.from(started));
            statement.setTimestamp(8, Timestamp.from(started));
            statement.executeUpdate();
        }
    }

    private void counted(Connection connection, UUID id, Map<String, Integer> rows, Map<String, Integer> items) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                update ods_reconciliation set finished_at = ?, total_rows = ?, bad_rows = ?, matched_by_number = ?,
                    matched_by_legal_entity = ?, proposed_matches = ?, only_in_ods = ?, only_in_register = ?,
                    matched_with_differences = ?, differences = ?
                where id = ?""")) {
            statement.setTimestamp(1, Timestamp.from(today.now()));
            statement.setInt(2, rows.get("total"));
            statement.setInt(3, rows.get("bad"));
            statement.setInt(4, rows.get("NUMBER"));
            statement.setInt(5, rows.get("LEGAL_ENTITY_NUMBER"));
            statement.setInt(6, items.getOrDefault(OdsFindingKind.PROPOSED_MATCH.name(), 0));
            statement.setInt(7, items.getOrDefault(OdsFindingKind.ONLY_IN_ODS.name(), 0));
            statement.setInt(8, items.getOrDefault(OdsFindingKind.ONLY_IN_REGISTER.name(), 0));
            statement.setInt(9, items.getOrDefault("DIFFERENCE_LINES", 0));
            statement.setInt(10, items.getOrDefault(OdsFindingKind.DIFFERENCE.name(), 0));
            statement.setObject(11, id);
            statement.executeUpdate();
        }
    }
}
