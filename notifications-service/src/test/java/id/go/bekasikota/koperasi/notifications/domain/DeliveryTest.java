package id.go.bekasikota.koperasi.notifications.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class DeliveryTest {

    private static final RetrySchedule PRODUCTION = new RetrySchedule(Duration.ofSeconds(5), 4, Duration.ofHours(12), 0.2, Duration.ofHours(72));
    private static final Instant START = Instant.parse("2026-12-01T00:00:00Z");

    @Test
    void aRedeliveryStartsTheRetryScheduleAgain() {
        Delivery delivery = Delivery.of(UUID.randomUUID(), UUID.randomUUID().toString(), "id.go.bekasikota.financing.loan-application.settled.v1",
                "key", "{}", START, START.plus(Duration.ofHours(72)));
        // 14 failed attempts: the last one finds no retry in the budget, the delivery is dead.
        for (int i = 0; i < 13; i++) {
            delivery.failed(START, 503, 10, "answered 503", null, Optional.of(START));
        }
        delivery.failed(START, 503, 10, "answered 503", null, Optional.empty());
        assertThat(delivery.state).isEqualTo(DeliveryState.DEAD);
        assertThat(delivery.attemptsInBudget()).isEqualTo(14);

        Instant later = START.plus(Duration.ofDays(4));
        delivery.redeliver(later, later.plus(Duration.ofHours(72)));
        assertThat(delivery.attemptsInBudget()).isZero();
        // Its first attempt fails: the wait the dispatcher takes is the schedule's first step, 5 s (draw 0.5: no jitter);
        // counted over all 15 attempts it would be the longest, 12 h.
        Optional<Instant> retry = delivery.retryAfterFailure(PRODUCTION, later, 0.5, null);
        assertThat(retry).contains(later.plusSeconds(5));
        delivery.failed(later, 503, 10, "answered 503", null, retry);
        assertThat(delivery.attempts).as("the log counts them all").isEqualTo(15);
        assertThat(delivery.attemptsInBudget()).isEqualTo(1);
    }
}
