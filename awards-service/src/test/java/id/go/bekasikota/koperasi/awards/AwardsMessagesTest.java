package id.go.bekasikota.koperasi.awards;

import id.go.bekasikota.koperasi.awards.domain.NominationAction;
import id.go.bekasikota.koperasi.awards.domain.ProgramAction;
import id.go.bekasikota.koperasi.platform.i18n.Languages;
import id.go.bekasikota.koperasi.platform.i18n.MessageBundles;
import id.go.bekasikota.koperasi.platform.i18n.Messages;
import id.go.bekasikota.koperasi.platform.i18n.Text;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The awards' messages (and the platform's they read) are in both languages, naming the same values. */
class AwardsMessagesTest {

    private static final ClassLoader LOADER = AwardsMessagesTest.class.getClassLoader();

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
        List<Text> actions = new ArrayList<>();
        Arrays.stream(ProgramAction.values()).forEach(action -> actions.add(action.text()));
        Arrays.stream(NominationAction.values()).forEach(action -> actions.add(action.text()));
        actions.forEach(action -> assertThat(action.in(Languages.INDONESIAN)).isNotBlank().isNotEqualTo(action.in(Languages.ENGLISH)));
        assertThat(NominationAction.RECORD_OUTCOME.text().in(Languages.ENGLISH)).isEqualTo("record outcome");
        assertThat(NominationAction.RECORD_OUTCOME.text().in(Languages.INDONESIAN)).isEqualTo("mencatat hasil");
    }
}
