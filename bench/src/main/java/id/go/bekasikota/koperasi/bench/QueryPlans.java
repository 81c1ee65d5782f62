package id.go.bekasikota.koperasi.bench;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the registry's slow reads spend their time in PostgreSQL: {@code EXPLAIN (ANALYZE,
 * BUFFERS)} of the dashboard, the status search and the name search against the loaded database.
 * The standing common table expression is the registry's own ({@code StandingSql}, loaded from
 * the built registry-service classes); the statements around it follow {@code ActivationService}
 * and {@code CooperativeSearch}.
 */
public final class QueryPlans {

    private static final Pattern EXECUTION = Pattern.compile("Execution Time: ([0-9.]+) ms");

    private final RegisterLoader database;
    private final Path registryClasses;

    public QueryPlans(RegisterLoader database, Path root) {
        this.database = database;
        this.registryClasses = root.resolve("registry-service/target/classes");
    }

    /** Statement name -> plan text; execution times in {@link #executionMillis(String)}. */
    public Map<String, String> explain(LocalDate today) {
        Map<String, String> plans = new LinkedHashMap<>();
        String dashboard = standingWith(dashboardPoints(today)) + """
                select point, grouping(kecamatan_code), grouping(jenis), grouping(kelompok), kecamatan_code, jenis, kelompok,
                       count(*) filter (where status <> 'DISSOLVED') as registered,
                       count(*) filter (where status = 'ACTIVE') as active,
                       count(*) filter (where status = 'INACTIVE') as inactive,
                       count(*) filter (where status = 'DISSOLVED') as dissolved,
                       count(*) filter (where status = 'INACTIVE' and under_reactivation) as reactivating,
                       count(*) filter (where status <> 'DISSOLVED' and grade = 'A') as g_a
                from standing
                group by grouping sets ((point), (point, kecamatan_code), (point, jenis), (point, kelompok))""";
        String statusFrom = standingWith(List.of(today)) + " select %s from cooperative c join standing s on s.id = c.id"
                + " where c.kecamatan_code = '327501' and s.status = 'INACTIVE'";
        List<String> kept = dashboardPoints(today).stream().map(d -> "date '" + d + "'").toList();
        String tallied = """
                select as_of, grouping(kecamatan_code), grouping(jenis), grouping(kelompok), kecamatan_code, jenis, kelompok,
                       sum(cooperatives) filter (where status <> 'DISSOLVED') as registered,
                       sum(cooperatives) filter (where status = 'ACTIVE') as active,
                       sum(cooperatives) filter (where status = 'INACTIVE' and under_reactivation) as reactivating,
                       sum(cooperatives) filter (where status <> 'DISSOLVED' and grade = 'A') as g_a
                from activation_tally where as_of in (%s)
                group by grouping sets ((as_of), (as_of, kecamatan_code), (as_of, jenis), (as_of, kelompok))"""
                .formatted(String.join(", ", kept));
        plans.put("dashboard from the kept tallies (today, 4 year-ends)", plan(tallied));
        plans.put("dashboard by the rules, dates not kept (5 points, 4 grouping sets)", plan(dashboard));
        plans.put("status search by the rules, before the day's evaluation: page",
                plan(statusFrom.formatted("c.id") + " order by c.latest_assets asc nulls last, c.id limit 20 offset 20"));
        plans.put("status search by the rules, before the day's evaluation: count", plan(statusFrom.formatted("count(*)")));
        String publishedFrom = " from cooperative c where c.kecamatan_code = '327501' and c.last_status = 'INACTIVE'"
                + " and c.founded_on <= date '" + today + "'";
        plans.put("status search, the day's standing published: page", plan("select c.id" + publishedFrom
                + " order by c.latest_assets asc nulls last, c.id limit 20 offset 20"));
        plans.put("status search, the day's standing published: count", plan("select count(*)" + publishedFrom));
        // Three words (one of them in a third of the register), a word late in the alphabet whose
        // matches sit at the end of the sort index; the registry's search by words: page and total in one pass.
        String term = "warga bekasi utara";
        plans.put("name search of three words: page and total", plan("select c.id, count(*) over () from (select c.id, c.search_name, c.name,"
                + " c.founded_on, c.latest_assets from cooperative c where registry_name_grams(c.search_name)"
                + " @> registry_pattern_grams(registry_fold('" + term + "')) offset 0) c"
                + " where c.search_name like '%' || registry_fold('" + term + "') || '%' escape '\\'"
                + " order by c.search_name asc, c.name asc, c.id limit 20 offset 0"));
        plans.put("name search of one word (trigrams): count", plan("select count(*) from cooperative c"
                + " where c.search_name like '%' || registry_fold('mamin') || '%' escape '\\'"));
        return plans;
    }

    public static double executionMillis(String plan) {
        Matcher matcher = EXECUTION.matcher(plan);
        return matcher.find() ? Double.parseDouble(matcher.group(1)) : Double.NaN;
    }

    public static String report(Map<String, String> plans) {
        StringBuilder out = new StringBuilder();
        plans.forEach((name, plan) -> out.append("== ").append(name).append('\n').append(plan).append('\n'));
        return out.toString();
    }

    public void write(Map<String, String> plans, Path file) throws java.io.IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, report(plans));
    }

    private static List<LocalDate> dashboardPoints(LocalDate asOf) {
        List<LocalDate> points = new ArrayList<>();
        points.add(asOf);
        for (int year = asOf.getYear() - 4; year < asOf.getYear(); year++) {
            points.add(LocalDate.of(year, 12, 31));
        }
        return points;
    }

    private String standingWith(List<LocalDate> points) {
        try (URLClassLoader loader = new URLClassLoader(new URL[]{registryClasses.toUri().toURL()}, QueryPlans.class.getClassLoader())) {
            Method with = loader.loadClass("id.go.bekasikota.koperasi.registry.repository.StandingSql").getMethod("with", List.class);
            return (String) with.invoke(null, points);
        } catch (ReflectiveOperationException | java.io.IOException e) {
            throw new IllegalStateException("StandingSql not found in " + registryClasses + ": build registry-service", e);
        }
    }

    private String plan(String sql) {
        try (Connection connection = database.connect("registry");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("explain (analyze, buffers) " + sql)) {
            StringBuilder plan = new StringBuilder();
            while (rows.next()) {
                plan.append(rows.getString(1)).append('\n');
            }
            return plan.toString();
        } catch (SQLException e) {
            return "EXPLAIN failed: " + e.getMessage() + "\n";
        }
    }
}
