package id.go.bekasikota.koperasi.registry.mapping;

import id.go.bekasikota.koperasi.registry.domain.ClusterActivity;
import id.go.bekasikota.koperasi.registry.domain.ClusterActivityTotals;
import id.go.bekasikota.koperasi.registry.domain.ClusterActivityTotals.Granularity;
import id.go.bekasikota.koperasi.registry.rest.dto.ClusterActivityRequest;
import id.go.bekasikota.koperasi.registry.rest.dto.ClusterActivitySummaryView;
import id.go.bekasikota.koperasi.registry.rest.dto.ClusterActivityTotalsView;
import id.go.bekasikota.koperasi.registry.rest.dto.ClusterActivityView;
import id.go.bekasikota.koperasi.registry.service.ClusterActivityService.ClusterTotals;
import id.go.bekasikota.koperasi.registry.service.ClusterActivityService.Summary;

import java.time.LocalDate;
import java.util.List;

/** Cluster activity between the API and the domain. */
public final class ClusterActivityMapper {

    private ClusterActivityMapper() {
    }

    public static ClusterActivity.Figures figures(ClusterActivityRequest request) {
        return new ClusterActivity.Figures(
                request.purchases().stream().map(p -> new ClusterActivity.Purchase(p.item().strip(), p.quantity(), p.unit().strip(), p.value())).toList(),
                request.production().stream().map(p -> new ClusterActivity.Production(p.product().strip(), p.quantity(), p.unit().strip(), p.value())).toList(),
                request.sales().stream().map(s -> new ClusterActivity.Sale(s.channel(), s.value(), s.markets().stream().map(String::strip).toList())).toList(),
                request.jobs(), request.note() == null || request.note().isBlank() ? null : request.note().strip());
    }

    /**
     * @param showRecordedBy the office and the host cooperative see the account that recorded it, and the note: free text
     *                       that may name the people behind the businesses (a supplier, an owner and a phone number), never
     *                       published (DESIGN 7)
     */
    public static ClusterActivityView view(ClusterActivity a, boolean showRecordedBy) {
        return new ClusterActivityView(a.id, a.clusterId, a.period, a.periodType.name(), a.periodStart, a.periodEnd, a.revision, a.current,
                a.purchases.stream().map(p -> new ClusterActivityRequest.Purchase(p.item(), p.quantity(), p.unit(), p.value())).toList(),
                a.production.stream().map(p -> new ClusterActivityRequest.Production(p.product(), p.quantity(), p.unit(), p.value())).toList(),
                a.sales.stream().map(s -> new ClusterActivityRequest.Sale(s.channel(), s.value(), s.markets())).toList(),
                a.jobs, a.purchasesValue, a.productionValue, a.salesValue, showRecordedBy ? a.note : null, a.recordedAt, a.recordedAs,
                showRecordedBy ? a.recordedBy : null);
    }

    public static ClusterActivityTotalsView totals(ClusterTotals totals, Granularity by, LocalDate from, LocalDate to) {
        var c = totals.cluster();
        return new ClusterActivityTotalsView(c.id, c.name, c.productCategory.name(), c.kecamatanCode, c.hostCooperativeId, by.name(),
                from, to, figures(totals.total()), buckets(totals.trend()));
    }

    public static ClusterActivitySummaryView summary(Summary summary, Granularity by, LocalDate from, LocalDate to) {
        return new ClusterActivitySummaryView(by.name(), from, to, summary.clusters(), figures(summary.total()), buckets(summary.trend()),
                summary.byCategory().stream().map(c -> new ClusterActivitySummaryView.Category(c.category().name(), c.clusters(),
                        figures(c.total()), buckets(c.trend()))).toList(),
                summary.byCluster().items().stream().map(c -> totals(c, by, from, to)).toList(), summary.byCluster().page());
    }

    public static ClusterActivityTotalsView.Totals figures(ClusterActivityTotals.Totals t) {
        return new ClusterActivityTotalsView.Totals(t.clusters(), t.periods(), t.purchasesValue(), t.productionValue(), t.salesValue(), t.jobs());
    }

    private static List<ClusterActivityTotalsView.Bucket> buckets(List<ClusterActivityTotals.Bucket> trend) {
        return trend.stream().map(b -> new ClusterActivityTotalsView.Bucket(b.label(), b.start(), b.end(), figures(b.totals()))).toList();
    }
}
