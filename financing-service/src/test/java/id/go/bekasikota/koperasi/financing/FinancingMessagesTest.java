package id.go.bekasikota.koperasi.financing;

import id.go.bekasikota.koperasi.financing.domain.LoanAction;
import id.go.bekasikota.koperasi.platform.i18n.Languages;
import id.go.bekasikota.koperasi.platform.i18n.MessageBundles;
import id.go.bekasikota.koperasi.platform.i18n.Messages;
import id.go.bekasikota.koperasi.platform.i18n.Text;
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
        // The words name their object: the sentences they go into do not name it again.
        assertThat(Text.of("financing.forbidden.action", Text.verbatim("petugas kantor dinas"), LoanAction.VERIFY.text()).in(Languages.INDONESIAN))
                .isEqualTo("Hanya petugas kantor dinas yang dapat memverifikasi permohonan");
        assertThat(Text.of("financing.field.reason-required", LoanAction.RETURN.text()).in(Languages.INDONESIAN))
                .isEqualTo("wajib diisi untuk mengembalikan permohonan kepada koperasi");
        assertThat(Text.of("problem.illegal-transition.detail", LoanAction.DISBURSE.text(), "DRAFT").in(Languages.INDONESIAN))
                .isEqualTo("Tidak dapat mencairkan pinjaman pada status DRAFT");
    }
}
