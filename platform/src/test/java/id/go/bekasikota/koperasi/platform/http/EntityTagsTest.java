package id.go.bekasikota.koperasi.platform.http;

import id.go.bekasikota.koperasi.platform.problem.ProblemException;
import id.go.bekasikota.koperasi.platform.problem.ProblemType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EntityTagsTest {

    @Test
    void weakComparisonIgnoresTheWeakPrefixOnEitherSide() {
        assertThat(EntityTags.matchesWeakly("\"3\"", "\"3\"")).isTrue();
        assertThat(EntityTags.matchesWeakly("W/\"3\"", "\"3\"")).isTrue();
        assertThat(EntityTags.matchesWeakly("\"3\"", "W/\"3\"")).isTrue();
        assertThat(EntityTags.matchesWeakly("W/\"3\"", "W/\"3\"")).isTrue();
        assertThat(EntityTags.matchesWeakly("\"4\"", "\"3\"")).isFalse();
        assertThat(EntityTags.matchesWeakly("\"33\"", "\"3\"")).isFalse();
    }

    @Test
    void aListMatchesWhenAnyOfItsTagsDoesAndAStarMatchesEverything() {
        assertThat(EntityTags.matchesWeakly("\"1\", \"2\",W/\"3\"", "\"3\"")).isTrue();
        assertThat(EntityTags.matchesWeakly("\"1\" , \"2\"", "\"3\"")).isFalse();
        assertThat(EntityTags.matchesWeakly("*", "\"3\"")).isTrue();
        assertThat(EntityTags.matchesWeakly(" * ", "\"abc\"")).isTrue();
    }

    @Test
    void aCommaInsideTheQuotesBelongsToTheTag() {
        assertThat(EntityTags.matchesWeakly("\"a,b\"", "\"a,b\"")).isTrue();
        assertThat(EntityTags.matchesWeakly("\"a,b\"", "\"a\"")).isFalse();
        assertThat(EntityTags.tags("\"a,b\", W/\"c\"")).containsExactly("\"a,b\"", "\"c\"");
    }

    @Test
    void whatIsNotAnEntityTagMatchesNothing() {
        assertThat(EntityTags.matchesWeakly("3", "\"3\"")).isFalse();
        assertThat(EntityTags.matchesWeakly("\"3", "\"3\"")).isFalse();
        assertThat(EntityTags.matchesWeakly("", "\"3\"")).isFalse();
        assertThat(EntityTags.matchesWeakly(null, "\"3\"")).isFalse();
        assertThat(EntityTags.matchesWeakly("\"3\"", null)).isFalse();
        assertThat(EntityTags.tags("\"1\", x, \"2\"")).containsExactly("\"1\"");
    }

    @Test
    void ifMatchStillAcceptsWeakTagsAndStarAndRefusesOthers() {
        EntityTags.requireMatch("W/\"5\"", 5);
        EntityTags.requireMatch("*", 5);
        EntityTags.requireMatch("\"4\", \"5\"", 5);
        assertThatThrownBy(() -> EntityTags.requireMatch("\"4\"", 5))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.STALE_VERSION));
        assertThatThrownBy(() -> EntityTags.requireMatch(" ", 5))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.PRECONDITION_REQUIRED));
    }
}
