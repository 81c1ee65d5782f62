package id.go.bekasikota.koperasi.platform.http;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UnreadBodiesTest {

    @Test
    void anAnswerClosesTheConnectionWhenItsConnectionHeaderNamesClose() {
        assertThat(UnreadBodies.closes("close")).isTrue();
        assertThat(UnreadBodies.closes("Close")).as("options are case-insensitive (RFC 9110 §7.6.1)").isTrue();
        assertThat(UnreadBodies.closes("keep-alive, close")).isTrue();
        assertThat(UnreadBodies.closes(" close ,Upgrade")).isTrue();
    }

    @Test
    void otherwiseTheConnectionStaysForTheNextRequest() {
        assertThat(UnreadBodies.closes(null)).isFalse();
        assertThat(UnreadBodies.closes("")).isFalse();
        assertThat(UnreadBodies.closes("keep-alive")).isFalse();
        assertThat(UnreadBodies.closes("closed")).isFalse();
        assertThat(UnreadBodies.closes("x-close, upgrade")).isFalse();
    }
}
