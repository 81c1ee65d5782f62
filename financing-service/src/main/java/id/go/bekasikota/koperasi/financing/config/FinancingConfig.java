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

    Applications applications();

    Documents documents();

    ArrearsEvaluation arrearsEvaluation();

    /** What one cooperative may open ({@code DraftLimit}). */
    interface Applications {

        /** How many applications one cooperative may hold in DRAFT or RETURNED at once; another is refused (422). */
        @WithDefault("20")
        int maxInPreparation();
    }

    interface Documents {

        /** Largest document accepted (PDF, JPEG or PNG). */
        @WithDefault("5M")
        MemorySize maxSize();

        /** The most the documents of one application may take together ({@code DocumentQuota}): 50 MiB, 52,428,800 bytes. */
        @WithDefault("50M")
        MemorySize maxTotalSize();
    }

    /** The daily arrears evaluation, read by {@code LoanServicingService}'s schedules ({@code off} stops one). */
    interface ArrearsEvaluation {

        /** When it runs, office time (Quartz cron). */
        @WithDefault("0 30 0 * * ?")
        String cron();

        /** How often a day not evaluated yet (the service down at its hour) is looked for and made up. */
        @WithDefault("10m")
        String catchUp();

        /** How long after the start the first look is. */
        @WithDefault("30s")
        String catchUpDelay();
    }
}
