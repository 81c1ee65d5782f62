package id.go.bekasikota.koperasi.registry.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.math.BigDecimal;

/** The RPJMD activation target: at least 65% of registered cooperatives active. */
@ConfigMapping(prefix = "koperasi.activation")
public interface ActivationConfig {

    @WithDefault("0.65")
    BigDecimal target();
}
