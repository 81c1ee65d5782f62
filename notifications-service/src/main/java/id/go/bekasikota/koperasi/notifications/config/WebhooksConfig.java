package id.go.bekasikota.koperasi.notifications.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How webhooks are delivered ({@code koperasi.webhooks.*}); every value can come from the environment. */
@ConfigMapping(prefix = "koperasi.webhooks")
public interface WebhooksConfig {

    Egress egress();

    Delivery delivery();

    Retry retry();

    Circuit circuit();

    Secrets secrets();

    /** Where webhooks may go. Production: https only, public addresses only. */
    interface Egress {
        /** Plain http URLs (tests, local development). */
        @WithDefault("false")
        boolean allowHttp();

        /** Loopback receivers (tests, local development). */
        @WithDefault("false")
        boolean allowLoopback();

        /** Private, link-local and other internal ranges (a closed network only). */
        @WithDefault("false")
        boolean allowPrivate();
    }

    interface Delivery {
        @WithDefault("2s")
        Duration connectTimeout();

        /** The whole answer must arrive within this; slower is a failed attempt. */
        @WithDefault("10s")
        Duration requestTimeout();

        /** Characters of an answer's body kept in the delivery log. */
        @WithDefault("500")
        int responseExcerpt();

        /** Deliveries claimed at once by one dispatcher round. */
        @WithDefault("32")
        int batch();

        /**
         * At most this many deliveries of one subscription in one round (at least 1), so that one subscriber's slow or
         * backed-up endpoint never takes a whole batch; it also bounds the requests in flight to one endpoint from one
         * instance.
         */
        @WithDefault("8")
        int perSubscription();

        /** How long the dispatcher waits when nothing is due (new events wake it at once). */
        @WithDefault("1s")
        Duration idlePoll();

        /** A claimed delivery is the claimer's this long; after a crash, others take it over then. */
        @WithDefault("60s")
        Duration lease();
    }

    /** The back-off of {@code RetrySchedule}. */
    interface Retry {
        @WithDefault("5s")
        Duration first();

        @WithDefault("4")
        double factor();

        /** The longest wait between two attempts, also of a wait a receiver asks for with Retry-After. */
        @WithDefault("12h")
        Duration max();

        /** A fraction: each wait moves by up to this much either way. */
        @WithDefault("0.2")
        double jitter();

        /** From an event's arrival (or its redelivery) until the delivery is dead. At least 3 days in production. */
        @WithDefault("72h")
        Duration budget();
    }

    /** The per-endpoint circuit. */
    interface Circuit {
        @WithDefault("5")
        int failures();

        @WithDefault("60s")
        Duration openFor();
    }

    interface Secrets {
        /** How long the previous secret still signs after a rotation, unless the request says otherwise. */
        @WithDefault("24h")
        Duration overlap();

        @WithDefault("168h")
        Duration maxOverlap();
    }
}
