package id.go.bekasikota.koperasi.registry.repository;

import id.go.bekasikota.koperasi.platform.paging.Page;
import id.go.bekasikota.koperasi.platform.paging.PageRequest;
import id.go.bekasikota.koperasi.contracts.registry.ActivityStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Searches the register in SQL: one page of ids in a stable order (ties broken by id) and the
 * total. Names match on {@code search_name} (lower case, accents removed): a query of several
 * words through the index of the words' prefixes and suffixes ({@code registry_name_grams}), a
 * part of one word through the trigram index.
 */
@ApplicationScoped
public class CooperativeSearch {

    /** Most name matches sorted after matching; more are read in the sort index's order. */
    static final int SORTED_AFTER_MATCHING = 10_000;

    private final EntityManager entityManager;
    private final RegisterRevision revision;

    public CooperativeSearch(EntityManager entityManager, RegisterRevision revision) {
        this.entityManager = entityManager;
        this.revision = revision;
    }

    @SuppressWarnings("unchecked")
    public Page<UUID> search(CooperativeSearchQuery q, LocalDate today, PageRequest paging) {
        StringBuilder where = new StringBuilder(" where true");
        Map<String, Object> params = new LinkedHashMap<>();
        boolean byWords = q.name() != null && narrowsByWords(q.name());
        if (byWords) {
            // Only the words' index here: the LIKE below is applied to what it finds (planned with
            // it, the trigram index would be intersected too, and cost what the words save).
            where.append(" and registry_name_grams(c.search_name) @> registry_pattern_grams(registry_fold(:words))");
            params.put("words", q.name());
        } else if (q.name() != null) {
            where.append(" and c.search_name like '%' || registry_fold(:name) || '%' escape '\\'");
            params.put("name", escapeLike(q.name()));
        }
        if (q.cooperativeNumber() != null) {
            where.append(" and c.cooperative_number = :number");
            params.put("number", q.cooperativeNumber());
        }
        if (q.kecamatanCode() != null) {
            where.append(" and c.kecamatan_code = :kecamatan");
            params.put("kecamatan", q.kecamatanCode());
        }
        if (q.jenis() != null) {
            where.append(" and c.jenis = :jenis");
            params.put("jenis", q.jenis().name());
        }
        if (q.kelompok() != null) {
            where.append(" and c.kelompok = :kelompok");
            params.put("kelompok", q.kelompok().name());
        }
        if (q.kbliCode() != null) {
            where.append(" and c.kbli_code = :kbli");
            params.put("kbli", q.kbliCode());
        }
        if (q.assetsMin() != null) {
            where.append(" and c.latest_assets >= :assetsMin");
            params.put("assetsMin", q.assetsMin());
        }
        if (q.assetsMax() != null) {
            where.append(" and c.latest_assets <= :assetsMax");
            params.put("assetsMax", q.assetsMax());
        }
        // As of a date for which every published standing was evaluated, the published columns are
        // the standing (indexed). A dissolved cooperative's published grade is the one it had when
        // dissolved, so a grade question that may include dissolved ones takes the rules' way.
        boolean published = q.needsStanding()
                && (q.grade() == null || (q.status() != null && q.status() != ActivityStatus.DISSOLVED))
                && revision.standingsEvaluatedOn().filter(today::equals).isPresent();
        String standing = published ? "c.last_" : "s.";
        if (q.status() != null) {
            where.append(" and ").append(standing).append("status = :status");
            params.put("status", q.status().name());
        }
        if (q.grade() != null) {
            where.append(" and ").append(standing).append("grade = :grade");
            params.put("grade", q.grade().name());
        }
        if (published) {
            // The rules count only cooperatives founded by the date.
            where.append(" and c.founded_on <= :today");
            params.put("today", today);
        }
        String rules = q.needsStanding() && !published ? StandingSql.with(today) : "";
        String source = rules.isEmpty() ? " from cooperative c" : " from cooperative c join standing s on s.id = c.id";
        String direction = q.descending() ? " desc" : " asc";
        String order = switch (q.sort()) {
            case NAME -> " order by c.search_name" + direction + ", c.name" + direction + ", c.id";
            case FOUNDED_ON -> " order by c.founded_on" + direction + ", c.id";
            case ASSETS -> " order by c.latest_assets" + direction + " nulls last, c.id";
        };
        if (byWords) {
            return searchByWords(rules, source + where, params, order, paging, escapeLike(q.name()));
        }
        Query count = entityManager.createNativeQuery(rules + " select count(*)" + source + where);
        params.forEach(count::setParameter);
        long total = ((Number) count.getSingleResult()).longValue();
        if (total <= paging.offset()) {
            return Page.of(List.of(), paging, total);
        }
        // Names cluster in the sort order (every "Koperasi Warga ..." sorts late), which the
        // planner cannot know: walking the sort index until a page of matches turns up may read
        // the whole register. A few thousand matches are taken first (trigram index) and sorted.
        String sql = q.name() != null && total <= SORTED_AFTER_MATCHING
                ? rules + " select c.id from (select c.id, c.search_name, c.name, c.founded_on, c.latest_assets" + source + where
                        + " offset 0) c" + order
                : rules + " select c.id" + source + where + order;
        Query page = entityManager.createNativeQuery(sql + " limit :limit offset :offset");
        params.forEach(page::setParameter);
        page.setParameter("limit", paging.size()).setParameter("offset", paging.offset());
        List<UUID> ids = page.getResultList();
        return Page.of(ids, paging, total);
    }

    /**
     * Whether a name query has words that narrow it through the words' index (two words or more,
     * the first or last one at least 3 letters long or one in between).
     */
    private boolean narrowsByWords(String name) {
        if (name.indexOf(' ') < 0) {
            return false;
        }
        Query required = entityManager.createNativeQuery("select cardinality(registry_pattern_grams(registry_fold(:words)))");
        return ((Number) required.setParameter("words", name).getSingleResult()).intValue() > 0;
    }

    /**
     * The words' index finds the candidates, the LIKE keeps the matches, and one pass over them
     * gives both the page (sorted after matching) and the total.
     */
    @SuppressWarnings("unchecked")
    private Page<UUID> searchByWords(String rules, String candidates, Map<String, Object> params, String order,
                                     PageRequest paging, String escapedName) {
        String matches = " from (select c.id, c.search_name, c.name, c.founded_on, c.latest_assets" + candidates
                + " offset 0) c where c.search_name like '%' || registry_fold(:name) || '%' escape '\\'";
        Query page = entityManager.createNativeQuery(rules + " select c.id, count(*) over ()" + matches + order
                + " limit :limit offset :offset");
        params.forEach(page::setParameter);
        page.setParameter("name", escapedName).setParameter("limit", paging.size()).setParameter("offset", paging.offset());
        List<Object[]> rows = page.getResultList();
        if (rows.isEmpty() && paging.offset() == 0) {
            return Page.of(List.of(), paging, 0);
        }
        if (rows.isEmpty()) {
            // Past the last page: the total from a count of its own.
            Query count = entityManager.createNativeQuery(rules + " select count(*)" + matches);
            params.forEach(count::setParameter);
            count.setParameter("name", escapedName);
            return Page.of(List.of(), paging, ((Number) count.getSingleResult()).longValue());
        }
        long total = ((Number) rows.get(0)[1]).longValue();
        return Page.of(rows.stream().map(row -> (UUID) row[0]).toList(), paging, total);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
