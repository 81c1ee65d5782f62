package id.go.bekasikota.koperasi.financing.rest.dto;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ArrearsEvaluationViewTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 5, 4);

    @Test
    void aFewDefaultedLoansAreAllListed() {
        List<UUID> three = List.of(new UUID(0, 1), new UUID(0, 2), new UUID(0, 3));
        ArrearsEvaluationView view = ArrearsEvaluationView.of(AS_OF, 90, 40, three);
        assertThat(view.defaultedCount()).isEqualTo(3);
        assertThat(view.defaulted()).containsExactly(new UUID(0, 1), new UUID(0, 2), new UUID(0, 3));
        assertThat(view.evaluated()).isEqualTo(40);
    }

    @Test
    void beyondAHundredTheFirstHundredAreListedAndAllCounted() {
        List<UUID> many = new ArrayList<>();
        for (int i = 1; i <= 150; i++) {
            many.add(new UUID(0, i));
        }
        ArrearsEvaluationView view = ArrearsEvaluationView.of(AS_OF, 90, 400, many);
        assertThat(view.defaultedCount()).isEqualTo(150);
        assertThat(view.defaulted()).hasSize(100);
        assertThat(view.defaulted().get(0)).isEqualTo(new UUID(0, 1));
        assertThat(view.defaulted().get(99)).isEqualTo(new UUID(0, 100));

        List<UUID> hundred = many.subList(0, 100);
        assertThat(ArrearsEvaluationView.of(AS_OF, 90, 100, hundred).defaulted()).hasSize(100);
        assertThat(ArrearsEvaluationView.of(AS_OF, 90, 100, hundred).defaultedCount()).isEqualTo(100);
    }
}
