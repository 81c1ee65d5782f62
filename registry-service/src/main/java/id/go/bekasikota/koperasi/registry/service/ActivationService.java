package id.go.bekasikota.koperasi.registry.service;

import id.go.bekasikota.koperasi.contracts.registry.RatGrade;
import id.go.bekasikota.koperasi.contracts.registry.StandingRules;
import id.go.bekasikota.koperasi.registry.config.ActivationConfig;
import id.go.bekasikota.koperasi.registry.domain.ActivationMath;
import id.go.bekasikota.koperasi.contracts.registry.Jenis;
import id.go.bekasikota.koperasi.registry.domain.Kecamatan;
import id.go.bekasikota.koperasi.registry.domain.IndonesianNames;
import id.go.bekasikota.koperasi.registry.domain.Kelompok;
import id.go.bekasikota.koperasi.registry.repository.StandingSql;
import id.go.bekasikota.koperasi.registry.domain.ActivationDashboard;
import id.go.bekasikota.koperasi.registry.domain.ActivationDashboard.Figures;
import id.go.bekasikota.koperasi.registry.domain.ActivationDashboard.Group;
import id.go.bekasikota.koperasi.registry.domain.ActivationDashboard.TrendPoint;
import id.go.bekasikota.koperasi.registry.domain.DissolutionCandidate;
import id.go.bekasikota.koperasi.platform.paging.Page;
import id.go.bekasikota.koperasi.platform.paging.PageRequest;
import id.go.bekasikota.koperasi.registry.mapping.CooperativeMapper;
import id.go.bekasikota.koperasi.registry.repository.ActivationTallies;
import id.go.bekasikota.koperasi.registry.repository.RegisterRevision;
import jakarta.persistence.Query;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The activation dashboard and the list of dissolution candidates, computed in SQL: the dates kept
 * by {@link ActivationTallies} (today, the trend's year-ends) from their tallies, any other date over
 * the whole register by the rules ({@link StandingSql}), so that it stays exact and fast at 100,000
 * cooperatives.
 */
@ApplicationScoped
public class ActivationService {

    private static final String[] GRADES = Arrays.stream(RatGrade.values()).map(Enum::name).toArray(String[]::new);

    /** Dashboards kept (per date and trend start): the last {@value} read; the least recently read goes first. */
    static final int CACHED_DASHBOARDS = 256;

    private final EntityManager entityManager;
    private final ActivationConfig config;
    private final RegisterRevision revision;
    private final ActivationTallies tallies;
    /**
     * The least recently read goes when a new one comes (it was emptied whole when full, so that a caller asking for
     * 256 dates of its own threw the office's out with them).
     */
    private final Map<DashboardKey, Cached> dashboards = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<DashboardKey, Cached> eldest) {
            return size() > CACHED_DASHBOARDS;
        }
    });
    private final RegisterEvaluations evaluations;

    public ActivationService(EntityManager entityManager, ActivationConfig config, RegisterRevision revision, ActivationTallies tallies,
                             RegisterEvaluations evaluations) {
        this.entityManager = entityManager;
        this.tallies = tallies;
        this.evaluations = evaluations;
        this.config = config;
        this.revision = revision;
    }

    private record DashboardKey(LocalDate asOf, int trendFrom) {
    }

    /** A dashboard computed after the register reached {@code revision}: at least that new. */
    private record Cached(long revision, ActivationDashboard view) {
    }

    /**
     * The dashboard, from the cache while the register's revision has not moved since it was
     * computed. Each write moves the revision in its own transaction, so a cached dashboard is
     * never older than what a reader could see; each instance keeps its own. A transaction that
     * has written rows itself neither reads nor fills the cache.
     */
    @Transactional
    public ActivationDashboard dashboard(LocalDate asOf, int trendFrom) {
        return dashboard(asOf, trendFrom, false);
    }

    /**
     * The dashboard for a caller without a token ({@code forThePublic}) or with one: a date not kept is counted in a
     * turn of the caller's own kind ({@link RegisterEvaluations}).
     */
    @Transactional
    public ActivationDashboard dashboard(LocalDate asOf, int trendFrom, boolean forThePublic) {
        java.util.OptionalLong seen = revision.seenByAReader();
        if (seen.isEmpty()) {
            return computeInTurn(asOf, trendFrom, forThePublic);
        }
        long current = seen.getAsLong();
        DashboardKey key = new DashboardKey(asOf, trendFrom);
        Cached cached = dashboards.get(key);
        if (cached != null && cached.revision() == current) {
            return cached.view();
        }
        ActivationDashboard view = computeInTurn(asOf, trendFrom, forThePublic);
        dashboards.merge(key, new Cached(current, view), (old, fresh) -> old.revision() > fresh.revision() ? old : fresh);
        return view;
    }

    /** The dashboard, counted over the whole register in a turn of {@link RegisterEvaluations} when a date is not kept. */
    private ActivationDashboard computeInTurn(LocalDate asOf, int trendFrom, boolean forThePublic) {
        Set<LocalDate> kept = tallies.keptDates();
        if (points(asOf, trendFrom).stream().allMatch(kept::contains)) {
            return compute(asOf, trendFrom);
        }
        return forThePublic ? evaluations.evaluateForThePublic(() -> compute(asOf, trendFrom))
                : evaluations.evaluate(() -> compute(asOf, trendFrom));
    }

    /** The dashboard's dates: {@code asOf}, then 31 December of each year from {@code trendFrom} to the year before. */
    private static List<LocalDate> points(LocalDate asOf, int trendFrom) {
        List<LocalDate> points = new ArrayList<>();
        points.add(asOf);
        for (int year = trendFrom; year < asOf.getYear(); year++) {
            points.add(LocalDate.of(year, 12, 31));
        }
        return points;
    }

    /**
     * @param asOf      the date of the figures and breakdowns
     * @param trendFrom the first year of the trend; each trend point is as of 31 December of its
     *                  year, the year of {@code asOf} as of {@code asOf} itself
     */
    private ActivationDashboard compute(LocalDate asOf, int trendFrom) {
        List<LocalDate> points = points(asOf, trendFrom);
        List<Integer> years = new ArrayList<>();
        for (int year = trendFrom; year < asOf.getYear(); year++) {
            years.add(year);
        }
        List<Object[]> rows = figureRows(points);
        while (rows == null) {
            // A kept date was dropped (the day moved on) between reading the kept dates and the figures.
            rows = figureRows(points);
        }

        Map<Integer, Figures> totals = new HashMap<>();
        Map<String, Figures> kecamatan = new HashMap<>();
        Map<String, Figures> jenis = new HashMap<>();
        Map<String, Figures> kelompok = new HashMap<>();
        for (Object[] row : rows) {
            int point = points.indexOf(localDate(row[0]));
            Figures figures = figures(row);
            boolean byKecamatan = ((Number) row[1]).intValue() == 0;
            boolean byJenis = ((Number) row[2]).intValue() == 0;
            boolean byKelompok = ((Number) row[3]).intValue() == 0;
            if (!byKecamatan && !byJenis && !byKelompok) {
                totals.put(point, figures);
            } else if (point == 0 && byKecamatan) {
                kecamatan.put((String) row[4], figures);
            } else if (point == 0 && byJenis) {
                jenis.put((String) row[5], figures);
            } else if (point == 0 && byKelompok) {
                kelompok.put((String) row[6], figures);
            }
        }

        List<Group> byKecamatan = Arrays.stream(Kecamatan.values())
                .map(k -> new Group(k.code(), k.displayName(), kecamatan.getOrDefault(k.code(), empty()))).toList();
        List<Group> byJenis = Arrays.stream(Jenis.values())
                .map(j -> new Group(j.name(), IndonesianNames.of(j), jenis.getOrDefault(j.name(), empty()))).toList();
        List<Group> byKelompok = Arrays.stream(Kelompok.values())
                .map(k -> new Group(k.name(), IndonesianNames.of(k), kelompok.getOrDefault(k.name(), empty()))).toList();
        List<TrendPoint> trend = new ArrayList<>();
        for (int i = 0; i < years.size(); i++) {
            LocalDate date = points.get(i + 1);
            trend.add(new TrendPoint(years.get(i), date, StandingRules.latestDueYear(date), totals.getOrDefault(i + 1, empty())));
        }
        trend.add(new TrendPoint(asOf.getYear(), asOf, StandingRules.latestDueYear(asOf), totals.getOrDefault(0, empty())));
        return new ActivationDashboard(asOf, StandingRules.latestDueYear(asOf), config.target(),
                totals.getOrDefault(0, empty()), byKecamatan, byJenis, byKelompok, trend);
    }

    /**
     * The figures of each date by group: kept dates summed from their tallies, the others counted
     * by the rules, in one statement. Null if a kept date was dropped before the statement ran.
     */
    @SuppressWarnings("unchecked")
    private List<Object[]> figureRows(List<LocalDate> points) {
        Set<LocalDate> kept = tallies.keptDates();
        List<LocalDate> tallied = points.stream().filter(kept::contains).toList();
        List<LocalDate> evaluated = points.stream().filter(p -> !kept.contains(p)).toList();
        List<String> cells = new ArrayList<>();
        if (!evaluated.isEmpty()) {
            cells.add("""
                    select as_of, kecamatan_code, jenis, kelompok, status, grade, status = 'INACTIVE' and under_reactivation as reactivating,
                           1 as cooperatives
                    from standing""");
        }
        if (!tallied.isEmpty()) {
            cells.add("""
                    select as_of, kecamatan_code, jenis, kelompok, status, grade, under_reactivation as reactivating, cooperatives
                    from activation_tally where as_of in (:tallied)""");
        }
        Query query = entityManager.createNativeQuery((evaluated.isEmpty() ? "" : StandingSql.with(evaluated)) + """
                select as_of, grouping(kecamatan_code), grouping(jenis), grouping(kelompok),
                       kecamatan_code, jenis, kelompok,
                       sum(cooperatives) filter (where status <> 'DISSOLVED') as registered,
                       sum(cooperatives) filter (where status = 'ACTIVE') as active,
                       sum(cooperatives) filter (where status = 'INACTIVE') as inactive,
                       sum(cooperatives) filter (where status = 'DISSOLVED') as dissolved,
                       sum(cooperatives) filter (where status = 'INACTIVE' and reactivating) as reactivating,
                       sum(cooperatives) filter (where status <> 'DISSOLVED' and grade = 'NEW') as g_new,
                       sum(cooperatives) filter (where status <> 'DISSOLVED' and grade = 'A') as g_a,
                       sum(cooperatives) filter (where status <> 'DISSOLVED' and grade = 'B') as g_b,
                       sum(cooperatives) filter (where status <> 'DISSOLVED' and grade = 'C1') as g_c1,
                       sum(cooperatives) filter (where status <> 'DISSOLVED' and grade = 'C2') as g_c2,
                       sum(cooperatives) filter (where status <> 'DISSOLVED' and grade = 'D') as g_d,
                       (select count(*) from activation_tally_date where as_of in (:tallied)) as still_kept
                from (%s) cell
                group by grouping sets ((as_of), (as_of, kecamatan_code), (as_of, jenis), (as_of, kelompok))"""
                .formatted(String.join(" union all ", cells)));
        query.setParameter("tallied", tallied.isEmpty() ? List.of(LocalDate.EPOCH) : tallied);
        List<Object[]> rows = query.getResultList();
        boolean consistent = rows.isEmpty() || ((Number) rows.get(0)[18]).longValue() == tallied.size();
        return consistent ? rows : null;
    }

    /** Not new, not dissolved, grade D as of the date: by name, then id. */
    @Transactional
    @SuppressWarnings("unchecked")
    public Page<DissolutionCandidate> dissolutionCandidates(LocalDate asOf, PageRequest paging) {
        String candidates = " from standing s join cooperative c on c.id = s.id where s.status <> 'DISSOLVED' and s.grade = 'D'";
        List<Object[]> rows = entityManager.createNativeQuery(StandingSql.with(asOf) + """
                        select c.id, c.cooperative_number, c.name, c.kecamatan_code, c.jenis, c.founded_on, s.under_reactivation,
                               (select max(r.financial_year) from annual_report r
                                where r.cooperative_id = c.id and r.current and r.meeting_date <= s.as_of)
                        """ + candidates + " order by c.search_name, c.name, c.id limit :limit offset :offset")
                .setParameter("limit", paging.size())
                .setParameter("offset", paging.offset())
                .getResultList();
        long total = ((Number) entityManager.createNativeQuery(StandingSql.with(asOf) + " select count(*)" + candidates)
                .getSingleResult()).longValue();
        List<DissolutionCandidate> items = rows.stream().map(r -> new DissolutionCandidate(
                (UUID) r[0], (String) r[1], (String) r[2], (String) r[3], CooperativeMapper.kecamatanName((String) r[3]),
                (String) r[4], localDate(r[5]), r[7] == null ? null : ((Number) r[7]).intValue(), (Boolean) r[6])).toList();
        return Page.of(items, paging, total);
    }

    private Figures figures(Object[] row) {
        long registered = count(row[7]);
        long active = count(row[8]);
        Map<String, Long> grades = new LinkedHashMap<>();
        for (int i = 0; i < GRADES.length; i++) {
            grades.put(GRADES[i], count(row[12 + i]));
        }
        return new Figures(registered, active, count(row[9]), grades.get("NEW"), count(row[10]),
                grades.get("D"), count(row[11]), ActivationMath.ratio(config.target(), active, registered),
                ActivationMath.gap(config.target(), active, registered), grades);
    }

    /** A sum over no cell is null. */
    private static long count(Object sum) {
        return sum == null ? 0 : ((Number) sum).longValue();
    }

    private Figures empty() {
        Map<String, Long> grades = new LinkedHashMap<>();
        for (String grade : GRADES) {
            grades.put(grade, 0L);
        }
        return new Figures(0, 0, 0, 0, 0, 0, 0, ActivationMath.ratio(config.target(), 0, 0), 0, grades);
    }

    private static LocalDate localDate(Object value) {
        if (value instanceof LocalDate date) {
            return date;
        }
        return value == null ? null : ((Date) value).toLocalDate();
    }
}
