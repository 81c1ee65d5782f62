package id.go.bekasikota.koperasi.registry.config;

import id.go.bekasikota.koperasi.registry.domain.SizeClassThresholds;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The economic indicators: the smallest cell the public sees figures of, and the size classes of
 * PP 7/2021 article 35 (bounds inclusive, whole rupiah).
 */
@ConfigMapping(prefix = "koperasi.economy")
public interface EconomyConfig {

    /** Cells of fewer cooperatives (but not none) show the public their count only. */
    @WithDefault("3")
    int minimumCellSize();

    SizeClasses sizeClass();

    interface SizeClasses {

        /** The figure that classifies by default: TURNOVER (article 35(5)) or ASSETS (article 35(3)). */
        @WithDefault("TURNOVER")
        SizeClassThresholds.Basis basis();

        /** Annual sales (hasil penjualan tahunan), article 35(5). */
        Bounds turnover();

        /** Business capital (modal usaha), article 35(3), applied to total assets. */
        Bounds assets();
    }

    interface Bounds {
        long microMax();

        long smallMax();

        long mediumMax();
    }

    default SizeClassThresholds thresholds(SizeClassThresholds.Basis basis) {
        Bounds bounds = basis == SizeClassThresholds.Basis.TURNOVER ? sizeClass().turnover() : sizeClass().assets();
        return new SizeClassThresholds(basis, bounds.microMax(), bounds.smallMax(), bounds.mediumMax());
    }
}
