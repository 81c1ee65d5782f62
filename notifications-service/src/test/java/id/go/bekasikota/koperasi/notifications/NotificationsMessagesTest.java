package id.go.bekasikota.koperasi.notifications;

import id.go.bekasikota.koperasi.platform.i18n.MessageBundles;
import id.go.bekasikota.koperasi.platform.i18n.Messages;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The notifications' messages (and the platform's they read) are in both languages, naming the same values. */
class NotificationsMessagesTest {

    private static final ClassLoader LOADER = NotificationsMessagesTest.class.getClassLoader();

    @Test
    void everyProblemMessageIsTranslated() {
        assertThat(MessageBundles.gaps(LOADER, Messages.BUNDLE, true)).isEmpty();
    }

    @Test
    void everyValidationMessageIsTranslated() {
        assertThat(MessageBundles.gaps(LOADER, "ContributorValidationMessages", false)).isEmpty();
    }
}
