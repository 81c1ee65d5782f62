package id.go.bekasikota.koperasi.gateway.proxy;

import io.netty.channel.ConnectTimeoutException;
import io.vertx.core.http.ConnectionPoolTooBusyException;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.StreamResetException;
import io.vertx.core.impl.NoStackTraceTimeoutException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ConnectException;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;

class RetryRuleTest {

    @Test
    void onlyReadsAreMadeAgain() {
        assertThat(RetryRule.isRead(HttpMethod.GET)).isTrue();
        assertThat(RetryRule.isRead(HttpMethod.HEAD)).isTrue();
        for (HttpMethod write : new HttpMethod[]{HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE}) {
            assertThat(RetryRule.isRead(write)).as(write.name()).isFalse();
        }
    }

    @Test
    void aConnectionThatFailedBeforeTheAnswerIsTriedAgain() {
        assertThat(RetryRule.isRetryable(new ConnectException("Connection refused"))).isTrue();
        assertThat(RetryRule.isRetryable(new ConnectTimeoutException("connection timed out"))).as("a connect timeout is a refused connection").isTrue();
        assertThat(RetryRule.isRetryable(new HttpClosedException("Connection was closed"))).isTrue();
        // A pooled keep-alive connection the service closed as the request went out on it (HTTP/1.1: reset code 0).
        assertThat(RetryRule.isRetryable(new StreamResetException(0))).isTrue();
        assertThat(RetryRule.isRetryable(new IOException("Connection reset by peer"))).isTrue();
    }

    @Test
    void aSlowServiceAndAFullGatewayAreNotTriedAgain() {
        assertThat(RetryRule.isRetryable(new TimeoutException("The timeout period of 10000ms has been exceeded"))).isFalse();
        assertThat(RetryRule.isRetryable(new NoStackTraceTimeoutException("idle timeout"))).isFalse();
        assertThat(RetryRule.isRetryable(new ConnectionPoolTooBusyException("Connection pool reached max wait queue size of 64"))).isFalse();
    }
}
