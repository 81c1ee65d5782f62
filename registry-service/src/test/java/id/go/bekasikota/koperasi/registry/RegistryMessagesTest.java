package id.go.bekasikota.koperasi.registry;

import id.go.bekasikota.koperasi.platform.i18n.Languages;
import id.go.bekasikota.koperasi.platform.i18n.MessageBundles;
import id.go.bekasikota.koperasi.platform.i18n.Messages;
import id.go.bekasikota.koperasi.registry.domain.Subjects;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The registry's messages (and the platform's it reads) are in both languages, naming the same values. */
class RegistryMessagesTest {

    private static final ClassLoader LOADER = RegistryMessagesTest.class.getClassLoader();

    @Test
    void everyProblemMessageIsTranslated() {
        assertThat(MessageBundles.gaps(LOADER, Messages.BUNDLE, true)).isEmpty();
    }

    @Test
    void everyValidationMessageIsTranslated() {
        assertThat(MessageBundles.gaps(LOADER, "ContributorValidationMessages", false)).isEmpty();
    }

    @Test
    void theRegistrysKeysAndThePlatformsAreReadTogether() {
        assertThat(Subjects.COOPERATIVE.in(Languages.INDONESIAN)).isEqualTo("Koperasi");
        assertThat(Messages.format(Languages.INDONESIAN, "problem.title.not-found")).isEqualTo("Tidak ditemukan");
    }
}
