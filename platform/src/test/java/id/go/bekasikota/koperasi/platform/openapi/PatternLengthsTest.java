package id.go.bekasikota.koperasi.platform.openapi;

import org.junit.jupiter.api.Test;

import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;

/** The longest match of the patterns the suite's requests use, counted by hand. */
class PatternLengthsTest {

    @Test
    void boundedPatternsGiveTheirLongestMatch() {
        assertThat(PatternLengths.longest("\\d{6,20}")).hasValue(20);
        assertThat(PatternLengths.longest("3275(0[1-9]|1[0-2])")).hasValue(6);    // 327512
        assertThat(PatternLengths.longest("2020|2025")).hasValue(4);
        assertThat(PatternLengths.longest("\\+?[0-9 ()-]{6,20}")).hasValue(21);  // "+" and 20 more
        assertThat(PatternLengths.longest("[0-9]{4}-(0[1-9]|1[0-2]|Q[1-4])")).hasValue(7); // 2026-Q1, 2026-12
        assertThat(PatternLengths.longest("^[A-Z][A-Z0-9_]{1,39}$")).hasValue(40);
        assertThat(PatternLengths.longest("(?:ab|c)?x{2}")).hasValue(4);
        assertThat(PatternLengths.longest("[\\]a-z]\\p{L}\\Qab\\E")).hasValue(4);
    }

    @Test
    void unboundedOrUnreadablePatternsGiveNothing() {
        assertThat(PatternLengths.longest("\\S")).hasValue(1);
        assertThat(PatternLengths.longest(".*\\S.*")).isEqualTo(OptionalInt.empty());
        assertThat(PatternLengths.longest("[a-z]+")).isEqualTo(OptionalInt.empty());
        assertThat(PatternLengths.longest("a{2,}")).isEqualTo(OptionalInt.empty());
        assertThat(PatternLengths.longest("(a)\\1")).isEqualTo(OptionalInt.empty());
        assertThat(PatternLengths.longest("(a")).isEqualTo(OptionalInt.empty());
        assertThat(PatternLengths.longest("(?i)abc")).isEqualTo(OptionalInt.empty());
    }
}
