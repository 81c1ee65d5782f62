package id.go.bekasikota.koperasi.registry.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The bulk import: how large a stored report may grow, and how long its transaction may take. */
@ConfigMapping(prefix = "koperasi.import")
public interface ImportConfig {

    /**
     * Rejected rows listed in a report at most; the others are counted (per field at fault), not listed; 0 lists
     * none (and so does a negative number). Not a Bean Validation constraint: one constrained configuration makes
     * Quarkus build a validator for every configuration mapping at start-up, a fifth of the registry's start-up work
     * in a profile (JFR, issue 20).
     */
    @WithDefault("1000")
    int reportRows();

    /**
     * Seconds an import's transaction may take: what is left of the gateway's 120 s for an import after the wait for a
     * turn (up to 30 s) and the body, so that an import the gateway gave up on is rolled back rather than written after
     * a 504 (the default transaction timeout, 60 s, rolled back updates of 30,000 rows on a busy machine). Read by the
     * import's {@code @TransactionConfiguration(timeoutFromConfigProperty)}.
     */
    @WithDefault("85")
    int transactionTimeout();
}
