package id.go.bekasikota.koperasi.financing.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The office's financing rules and the service's limits ({@code koperasi.financing.*}). */
@ConfigMapping(prefix = "koperasi.financing")
public interface FinancingConfig {

    /** A loan is DEFAULTED when its days past due exceed this (DESIGN.md 3.1). */
    @WithDefault("90")
    int defaultAfterDaysPastDue();

    Documents documents();

    Idempotency idempotency();

    interface Documents {

        /** Largest document accepted (PDF, JPEG or PNG). */
        @WithDefault("5M")
        MemorySize maxSize();
    }

    interface Idempotency {

        /** How long a partner's Idempotency-Key and its first answer are kept. */
        @WithDefault("30")
        int retentionDays();
    }
}
