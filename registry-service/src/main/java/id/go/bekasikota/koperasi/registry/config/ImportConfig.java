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
     * Seconds an import's transaction may take (the gateway waits 120 s for an import; the default transaction
     * timeout is 60 s). Read by the import's {@code @TransactionConfiguration(timeoutFromConfigProperty)}.
     */
    @WithDefault("120")
    int transactionTimeout();
}
