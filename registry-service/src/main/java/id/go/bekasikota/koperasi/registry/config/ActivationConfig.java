package id.go.bekasikota.koperasi.registry.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.math.BigDecimal;
import java.time.Duration;

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

    /**
     * How long the register notes which cooperatives each write touched: a worklist kept for longer
     * without a request is ranked again in full rather than brought up to date.
     */
    @WithDefault("15m")
    Duration writeNotesKept();

    /** How often notes older than that are dropped (a Quarkus scheduler period, or {@code off}); read by the scheduler. */
    @WithDefault("1m")
    String writeNotesPruning();
}
