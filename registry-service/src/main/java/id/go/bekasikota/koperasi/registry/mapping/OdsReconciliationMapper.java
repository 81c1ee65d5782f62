package id.go.bekasikota.koperasi.registry.mapping;

import id.go.bekasikota.koperasi.registry.domain.ods.OdsReconciliation;
import id.go.bekasikota.koperasi.registry.domain.ods.OdsReportItem;
import id.go.bekasikota.koperasi.registry.rest.dto.OdsReconciliationView;
import id.go.bekasikota.koperasi.registry.rest.dto.OdsReportItemView;

/** Reconciliations and their report items as the API shows them. */
public final class OdsReconciliationMapper {

    private OdsReconciliationMapper() {
    }

    public static OdsReconciliationView view(OdsReconciliation r) {
        String separator = switch (r.separator) {
            case ";" -> "semicolon";
            case "\t" -> "tab";
            default -> "comma";
        };
        return new OdsReconciliationView(r.id, r.asOf, r.fileName, separator, r.compared().stream().map(Enum::name).toList(),
                r.uploadedBy, r.startedAt, r.finishedAt, r.totalRows, r.badRows, r.matchedByNumber, r.matchedByLegalEntity,
                r.proposedMatches, r.onlyInOds, r.onlyInRegister, r.matchedWithDifferences, r.differences);
    }

    public static OdsReportItemView view(OdsReportItem i) {
        return new OdsReportItemView(i.item(), i.kind().name(), i.line(), i.cooperativeId(), i.cooperativeNumber(), i.name(),
                i.odsCooperativeNumber(), i.odsName(), i.matchedBy() == null ? null : i.matchedBy().name(),
                i.field() == null ? null : i.field().name(), i.registerValue(), i.odsValue(), i.similarity(), i.message(),
                i.confirmable() && !i.confirmed(), i.confirmedBy(), i.confirmedAt());
    }
}
