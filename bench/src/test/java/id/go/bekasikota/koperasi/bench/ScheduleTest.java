package id.go.bekasikota.koperasi.bench;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScheduleTest {

    @Test
    void sendsRateTimesDurationRequestsAtEvenIntervals() {
        Schedule schedule = new Schedule(200, Duration.ofSeconds(30));
        assertThat(schedule.count()).isEqualTo(6_000);
        assertThat(schedule.offsetNanos(0)).isZero();
        assertThat(schedule.offsetNanos(1)).isEqualTo(5_000_000);
        assertThat(schedule.offsetNanos(5_999)).isEqualTo(29_995_000_000L);
    }

    @Test
    void slowRatesStillSendOneRequestAndKeepFractionalIntervals() {
        assertThat(new Schedule(0.5, Duration.ofSeconds(1)).count()).isEqualTo(1);
        Schedule third = new Schedule(3, Duration.ofSeconds(1));
        assertThat(third.offsetNanos(1)).isEqualTo(333_333_333);
        assertThat(third.offsetNanos(2)).isEqualTo(666_666_667);
    }

    @Test
    void refusesAZeroRateOrDuration() {
        assertThatThrownBy(() -> new Schedule(0, Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Schedule(1, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
