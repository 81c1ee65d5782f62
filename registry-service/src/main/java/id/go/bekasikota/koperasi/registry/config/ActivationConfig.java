package id.go.bekasikota.koperasi.registry.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.math.BigDecimal;

/** The RPJMD activation target (at least 65% of registered cooperatives active) and how the figures are kept. */
@ConfigMapping(prefix = "koperasi.activation")
public interface ActivationConfig {

    @WithDefault("0.65")
    BigDecimal target();

    /**
     * How often the kept dates of the activation figures are checked and built when missing
     * (a Quarkus scheduler period such as {@code 10m}, or {@code off}); read by the scheduler.
     */
    @WithDefault("10m")
    String tallyCheck();
}
