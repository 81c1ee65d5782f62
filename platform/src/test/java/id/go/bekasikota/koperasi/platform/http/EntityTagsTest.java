package id.go.bekasikota.koperasi.platform.http;

import id.go.bekasikota.koperasi.platform.problem.ProblemException;
import id.go.bekasikota.koperasi.platform.problem.ProblemType;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

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
    void ifMatchComparesStronglyTheVersionPartAndAcceptsAStar() {
        EntityTags.requireMatch("*", 5);
        EntityTags.requireMatch("\"5\"", 5);
        EntityTags.requireMatch("\"4\", \"5\"", 5);
        EntityTags.requireMatch("\"5.kq2W-0xA\"", 5);
        EntityTags.requireMatch("W/\"5\", \"5.AAAAAAAA\"", 5);
        for (String stale : new String[]{"\"4\"", "W/\"5\"", "W/\"5.kq2W-0xA\"", "\"5-public\"", "\"5-public.kq2W-0xA\"",
                "\"55\"", "\"4.5\""}) {
            assertThatThrownBy(() -> EntityTags.requireMatch(stale, 5)).as(stale)
                    .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.STALE_VERSION));
        }
        // Not a list of tags at all: a 400 naming If-Match, not a 412 saying 5 does not match "5".
        for (String unreadable : new String[]{"5", "\"5", "\"5\", x", "W/5"}) {
            assertThatThrownBy(() -> EntityTags.requireMatch(unreadable, 5)).as(unreadable)
                    .isInstanceOfSatisfying(ProblemException.class, e -> {
                        assertThat(e.type()).isEqualTo(ProblemType.VALIDATION);
                        assertThat(e.invalidFields()).extracting(f -> f.field()).containsExactly("If-Match");
                    });
        }
        assertThatThrownBy(() -> EntityTags.requireMatch(" ", 5))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.PRECONDITION_REQUIRED));
    }

    @Test
    void aRefusalNamesTheCurrentVersionNotATagTheWireNeverCarried() {
        // The wire's tags are representation tags ("1.7HOL4Mgs"): a detail saying the current ETag is "1" named none of them.
        assertThatThrownBy(() -> EntityTags.requireMatch("\"9.zzz\"", 1))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.detail().in(java.util.Locale.ENGLISH)).isEqualTo(
                        "If-Match \"9.zzz\" is not the current version, 1; read it again (the ETag of any read of it, or \"1\", matches)"));
        assertThatThrownBy(() -> EntityTags.requireMatch(null, 12))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.detail().in(java.util.Locale.ENGLISH)).isEqualTo(
                        "Send If-Match with the ETag you read; the current version is 12 (the ETag of any read of it, or \"12\", matches)"));
        EntityTags.requireMatch("\"12\"", 12); // what the detail offers matches
    }

    @Test
    void aRepresentationTagIsTheVersionTagWithTheFirstSixBytesOfTheBodysSha256() {
        // SHA-256("abc") = ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad (FIPS 180-2, appendix B.1);
        // its first six bytes ba 78 16 bf 8f 01 in base64url: 101110 100111 100000 010110 101111 111000 111100 000001.
        assertThat(EntityTags.ofRepresentation("\"3\"", "abc".getBytes(StandardCharsets.US_ASCII))).isEqualTo("\"3.ungWv48B\"");
        assertThat(EntityTags.ofRepresentation("\"3-public\"", "abc".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("\"3-public.ungWv48B\"");
        assertThat(EntityTags.isVersionTag("\"3\"")).isTrue();
        assertThat(EntityTags.isVersionTag("\"3-public\"")).isTrue();
        assertThat(EntityTags.isVersionTag("\"3.ungWv48B\"")).isFalse();
        assertThat(EntityTags.isVersionTag("\"ba7816bf\"")).isFalse();
        assertThat(EntityTags.isVersionTag(null)).isFalse();
    }
    /** RFC 9110 13.2.2, step 3: a false If-None-Match on a write is a 412; a true one, or none, lets it through. */
    @Test
    void aWriteWhoseIfNoneMatchNamesTheCurrentVersionOrAnyIsRefused() {
        for (String current : new String[]{"*", "\"5\"", "\"5.kq2W-0xA\"", "W/\"5.kq2W-0xA\"", "\"4\", \"5.x\""}) {
            assertThatThrownBy(() -> EntityTags.requireNoneMatch(current, 5)).as(current)
                    .isInstanceOfSatisfying(ProblemException.class, e -> {
                        assertThat(e.type()).isEqualTo(ProblemType.STALE_VERSION);
                        assertThat(e.detail().in(java.util.Locale.ENGLISH)).startsWith("If-None-Match " + current + " names the current version, 5");
                    });
        }
        for (String other : new String[]{"\"4\"", "\"4.kq2W-0xA\"", "\"5-public.kq2W-0xA\"", "\"55\"", "W/\"6\""}) {
            EntityTags.requireNoneMatch(other, 5);
        }
        EntityTags.requireNoneMatch(null, 5);
        EntityTags.requireNoneMatch(" ", 5);
    }
}
