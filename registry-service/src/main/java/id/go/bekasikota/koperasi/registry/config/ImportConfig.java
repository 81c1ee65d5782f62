package id.go.bekasikota.koperasi.registry.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Min;

/** The bulk import: how large a stored report may grow. */
@ConfigMapping(prefix = "koperasi.import")
public interface ImportConfig {

    /** Rejected rows listed in a report at most; the others are counted (per field at fault), not listed. */
    @WithDefault("1000")
    @Min(1)
    int reportRows();
}
