package id.go.bekasikota.koperasi.platform.http;

import id.go.bekasikota.koperasi.platform.i18n.Text;
import id.go.bekasikota.koperasi.platform.problem.ProblemException;
import id.go.bekasikota.koperasi.platform.problem.ProblemType;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Ids in paths and queries: one resource has one spelling of its id (either case), as every document writes it. */
class ParamsTest {

    // The subject as a message key; any key of the bundle serves here.
    private static final Text COOPERATIVE = Text.of("problem.title.not-found");
    private static final UUID ID = new UUID(0x0d81842a75d74a39L, 0x80ee01fd5b1486b6L);

    @Test
    void aCanonicalUuidInEitherCaseNamesItsResource() {
        assertThat(ID.toString()).isEqualTo("0d81842a-75d7-4a39-80ee-01fd5b1486b6");
        assertThat(Params.id(COOPERATIVE, "0d81842a-75d7-4a39-80ee-01fd5b1486b6")).isEqualTo(ID);
        assertThat(Params.id(COOPERATIVE, "0D81842A-75D7-4A39-80EE-01FD5B1486B6")).isEqualTo(ID);
        assertThat(Params.uuid("cooperativeId", " 0d81842a-75d7-4a39-80ee-01fd5b1486b6 ")).isEqualTo(ID);
        assertThat(Params.uuid("cooperativeId", "")).isNull();
    }

    /** Java's parser takes each of these for the id above; none is its spelling. */
    @Test
    void otherSpellingsNameNothing() {
        for (String other : new String[]{"d81842a-75d7-4a39-80ee-1fd5b1486b6", "+d81842a-75d7-4a39-80ee-01fd5b1486b6",
                "0d81842a-75d7-4a39-80ee-01fd5b1486b6-", "0d81842a75d74a3980ee01fd5b1486b6", "{0d81842a-75d7-4a39-80ee-01fd5b1486b6}",
                "0d81842a-75d7-4a39-80ee-01fd5b1486b", "00d81842a-75d7-4a39-80ee-01fd5b1486b6", "0x81842a-75d7-4a39-80ee-01fd5b1486b6"}) {
            assertThatThrownBy(() -> Params.id(COOPERATIVE, other)).as(other).isInstanceOfSatisfying(ProblemException.class,
                    problem -> assertThat(problem.type()).isEqualTo(ProblemType.NOT_FOUND));
            assertThatThrownBy(() -> Params.uuid("cooperativeId", other)).as(other).isInstanceOfSatisfying(ProblemException.class,
                    problem -> assertThat(problem.errors()).singleElement().satisfies(error -> assertThat(error.field()).isEqualTo("cooperativeId")));
        }
        assertThatThrownBy(() -> Params.id(COOPERATIVE, null)).isInstanceOf(ProblemException.class);
    }
}
