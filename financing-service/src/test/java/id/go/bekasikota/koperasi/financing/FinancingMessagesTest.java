package id.go.bekasikota.koperasi.financing;

import id.go.bekasikota.koperasi.financing.domain.LoanAction;
import id.go.bekasikota.koperasi.platform.i18n.Languages;
import id.go.bekasikota.koperasi.platform.i18n.MessageBundles;
import id.go.bekasikota.koperasi.platform.i18n.Messages;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** Financing's messages (and the platform's it reads) are in both languages, naming the same values. */
class FinancingMessagesTest {

    private static final ClassLoader LOADER = FinancingMessagesTest.class.getClassLoader();

    @Test
    void everyProblemMessageIsTranslated() {
        assertThat(MessageBundles.gaps(LOADER, Messages.BUNDLE, true)).isEmpty();
    }

    @Test
    void everyValidationMessageIsTranslated() {
        assertThat(MessageBundles.gaps(LOADER, "ContributorValidationMessages", false)).isEmpty();
    }

    /** The actions' keys are made from their names: each one has its words. */
    @Test
    void everyActionHasItsWordsInBothLanguages() {
        Arrays.stream(LoanAction.values()).forEach(action -> {
            assertThat(action.text().in(Languages.ENGLISH)).isEqualTo(action.label());
            assertThat(action.text().in(Languages.INDONESIAN)).isNotBlank().isNotEqualTo(action.label());
        });
        assertThat(LoanAction.VERIFY.text().in(Languages.INDONESIAN)).isEqualTo("memverifikasi permohonan");
    }
}
