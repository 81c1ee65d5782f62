package id.go.bekasikota.koperasi.registry.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;

import java.math.BigDecimal;
import java.time.Duration;

/** The RPJMD activation target (at least 65% of registered cooperatives active) and how the figures are kept. */
@ConfigMapping(prefix = "koperasi.activation")
public interface ActivationConfig {

    /**
     * A fraction of the registered cooperatives, above 0 and at most 1 ({@code 0.65}, not {@code 65}):
     * another value stops the service at start, since a percentage here would make every gap a
     * hundred times too large while the ratios still looked right.
     */
    @WithDefault("0.65")
    @DecimalMin(value = "0", inclusive = false)
    @DecimalMax("1")
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
