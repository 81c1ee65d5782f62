package id.go.bekasikota.koperasi.registry.mapping;

import id.go.bekasikota.koperasi.contracts.registry.Jenis;
import id.go.bekasikota.koperasi.registry.domain.CellSuppression;
import id.go.bekasikota.koperasi.registry.domain.EconomicIndicators;
import id.go.bekasikota.koperasi.registry.domain.EconomicIndicators.Breakdown;
import id.go.bekasikota.koperasi.registry.domain.EconomicMeasure;
import id.go.bekasikota.koperasi.registry.domain.GrowthRatio;
import id.go.bekasikota.koperasi.registry.domain.IndonesianNames;
import id.go.bekasikota.koperasi.registry.domain.Kecamatan;
import id.go.bekasikota.koperasi.registry.domain.Kelompok;
import id.go.bekasikota.koperasi.registry.domain.SizeClass;
import id.go.bekasikota.koperasi.registry.repository.EconomicFigures.YearSums;
import id.go.bekasikota.koperasi.registry.rest.dto.EconomicIndicatorsView;
import id.go.bekasikota.koperasi.registry.rest.dto.EconomicIndicatorsView.Cell;
import id.go.bekasikota.koperasi.registry.rest.dto.EconomicIndicatorsView.Figure;
import id.go.bekasikota.koperasi.registry.rest.dto.EconomicIndicatorsView.Figures;
import id.go.bekasikota.koperasi.registry.rest.dto.EconomicIndicatorsView.Group;
import id.go.bekasikota.koperasi.registry.rest.dto.EconomicIndicatorsView.Growth;
import id.go.bekasikota.koperasi.registry.rest.dto.EconomicIndicatorsView.Growths;
import id.go.bekasikota.koperasi.registry.rest.dto.EconomicIndicatorsView.TrendPoint;
import id.go.bekasikota.koperasi.registry.service.EconomicIndicatorService.EconomicPicture;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The economic picture as the API shows it: in full to the office (officers and auditors), to
 * everyone else with the cells {@link CellSuppression} hides left without figures.
 */
public final class EconomicIndicatorsMapper {

    private EconomicIndicatorsMapper() {
    }

    /**
     * @param full    the office's view: nothing suppressed, the growth's sums shown
     * @param minimum the smallest cell the public sees figures of
     */
    public static EconomicIndicatorsView toView(EconomicPicture picture, int trendFrom, boolean full, int minimum) {
        var indicators = picture.indicators();
        EconomicIndicators.Cell total = indicators.total();
        boolean totalHidden = !full && CellSuppression.primary(total.cooperatives(), minimum);
        Cell totalView = new Cell(total.cooperatives(), totalHidden ? CellSuppression.Reason.PRIMARY.name() : null,
                totalHidden ? null : figures(total.figures(), f -> new Figure(f.total(), f.median())));
        var thresholds = picture.thresholds();
        var classes = Arrays.stream(SizeClass.values())
                .map(c -> new EconomicIndicatorsView.SizeClassBound(c.name(), thresholds.upperBound(c))).toList();
        var years = indicators.reportYears().entrySet().stream()
                .map(e -> new EconomicIndicatorsView.ReportYear(e.getKey(), e.getValue())).toList();
        return new EconomicIndicatorsView(picture.asOf(), picture.latestDueYear(), picture.latestDueYear() - 2,
                full ? "FULL" : "PUBLIC", minimum,
                new EconomicIndicatorsView.SizeClasses(thresholds.basis().name(), classes), years, totalView,
                groups(indicators, Breakdown.KECAMATAN, full, minimum), groups(indicators, Breakdown.JENIS, full, minimum),
                groups(indicators, Breakdown.KELOMPOK, full, minimum), groups(indicators, Breakdown.SIZE_CLASS, full, minimum),
                trend(picture, trendFrom, full, minimum));
    }

    private static List<Group> groups(EconomicIndicators.Result indicators, Breakdown breakdown, boolean full, int minimum) {
        LinkedHashMap<String, EconomicIndicators.Cell> cells = indicators.breakdowns().get(breakdown);
        LinkedHashMap<String, Long> counts = new LinkedHashMap<>();
        cells.forEach((key, cell) -> counts.put(key, cell.cooperatives()));
        Map<String, CellSuppression.Reason> hidden = full ? Map.of() : CellSuppression.ofBreakdown(counts, minimum);
        List<Group> groups = new ArrayList<>();
        cells.forEach((key, cell) -> {
            CellSuppression.Reason reason = hidden.get(key);
            groups.add(new Group(key, name(breakdown, key), cell.cooperatives(), reason == null ? null : reason.name(),
                    reason == null ? figures(cell.figures(), f -> new Figure(f.total(), f.median())) : null));
        });
        return groups;
    }

    private static List<TrendPoint> trend(EconomicPicture picture, int trendFrom, boolean full, int minimum) {
        List<TrendPoint> points = new ArrayList<>();
        for (int year = trendFrom; year <= picture.latestDueYear(); year++) {
            YearSums sums = picture.year(year);
            YearSums before = picture.year(year - 1);
            boolean hidden = !full && CellSuppression.primary(sums.reported(), minimum);
            boolean growthShown = full || CellSuppression.growthPublishable(sums.comparable(), sums.reported(), before.reported(), minimum);
            Growths growth = growthShown ? figures(measureMap(m -> {
                GrowthRatio ratio = new GrowthRatio(sums.comparableThisYear().get(m), sums.comparableYearBefore().get(m));
                return full ? new Growth(ratio.numerator(), ratio.denominator(), ratio.ratio()) : new Growth(null, null, ratio.ratio());
            }), Growths::new) : null;
            points.add(new TrendPoint(year, sums.reported(), hidden ? CellSuppression.Reason.PRIMARY.name() : null,
                    hidden ? null : figures(sums.totals(), total -> new Figure(total, null)), sums.comparable(), growth));
        }
        return points;
    }

    private static <T> Map<EconomicMeasure, T> measureMap(Function<EconomicMeasure, T> value) {
        Map<EconomicMeasure, T> values = new java.util.EnumMap<>(EconomicMeasure.class);
        for (EconomicMeasure measure : EconomicMeasure.values()) {
            values.put(measure, value.apply(measure));
        }
        return values;
    }

    private static <S> Figures figures(Map<EconomicMeasure, S> values, Function<S, Figure> figure) {
        return figures(measureMap(m -> figure.apply(values.get(m))), Figures::new);
    }

    /** Nine values in the order of {@link EconomicMeasure}, into a record of nine components. */
    private static <T, R> R figures(Map<EconomicMeasure, T> values, NineFields<T, R> make) {
        return make.of(values.get(EconomicMeasure.MEMBERS_MALE), values.get(EconomicMeasure.MEMBERS_FEMALE),
                values.get(EconomicMeasure.MEMBERS), values.get(EconomicMeasure.EMPLOYEES), values.get(EconomicMeasure.OWN_CAPITAL),
                values.get(EconomicMeasure.EXTERNAL_CAPITAL), values.get(EconomicMeasure.ASSETS),
                values.get(EconomicMeasure.TURNOVER), values.get(EconomicMeasure.SURPLUS));
    }

    @FunctionalInterface
    private interface NineFields<T, R> {
        R of(T membersMale, T membersFemale, T members, T employees, T ownCapital, T externalCapital, T assets, T turnover, T surplus);
    }

    /** What a person reads for a group: the kecamatan's name, the Indonesian name of a jenis, kelompok or size class. */
    private static String name(Breakdown breakdown, String key) {
        return switch (breakdown) {
            case KECAMATAN -> Kecamatan.byCode(key).map(Kecamatan::displayName).orElse(key);
            case JENIS -> IndonesianNames.read(Jenis.class, key).map(IndonesianNames::of).orElse(key);
            case KELOMPOK -> IndonesianNames.read(Kelompok.class, key).map(IndonesianNames::of).orElse(key);
            case SIZE_CLASS -> IndonesianNames.read(SizeClass.class, key).map(IndonesianNames::of).orElse(key);
        };
    }

    /** The figure of a measure in a view's figures, for writers that go measure by measure (CSV). */
    public static Figure figure(Figures figures, EconomicMeasure measure) {
        return switch (measure) {
            case MEMBERS_MALE -> figures.membersMale();
            case MEMBERS_FEMALE -> figures.membersFemale();
            case MEMBERS -> figures.members();
            case EMPLOYEES -> figures.employees();
            case OWN_CAPITAL -> figures.ownCapital();
            case EXTERNAL_CAPITAL -> figures.externalCapital();
            case ASSETS -> figures.assets();
            case TURNOVER -> figures.turnover();
            case SURPLUS -> figures.surplus();
        };
    }
}
