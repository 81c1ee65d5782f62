package id.go.bekasikota.koperasi.registry.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** The changes feed ({@code GET /api/v1/cooperative-changes}). */
@ConfigMapping(prefix = "koperasi.changes")
public interface ChangesFeedConfig {

    /**
     * How long every change stays readable. Older changes are dropped once a later change of the
     * same cooperative, itself older than the retention, supersedes them; the latest change of every
     * cooperative is kept for ever.
     */
    @WithDefault("30d")
    Duration retention();

    /** Changes per page when the caller names no {@code limit}. */
    @WithDefault("100")
    int defaultLimit();

    /** The largest {@code limit}. */
    @WithDefault("1000")
    int maxLimit();

    /** The {@code Retry-After} hint (seconds) on a page that reached the end of the feed. */
    @WithDefault("5")
    int pollAfterSeconds();

    /**
     * How often the feed is checked for cooperatives it does not hold yet (rows loaded around the
     * service, or registered before the feed existed) and compacted; a scheduler period or {@code off}.
     */
    @WithDefault("1m")
    String maintenance();
}
