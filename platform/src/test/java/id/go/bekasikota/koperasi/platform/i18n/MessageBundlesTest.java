package id.go.bekasikota.koperasi.platform.i18n;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every bundle of the platform is translated: each key of the default (English) file has its
 * Indonesian translation naming the same values, and no key is translated that the default lacks.
 * The services run the same check on their class path ({@code RegistryMessagesTest}, ...).
 */
class MessageBundlesTest {

    private static final ClassLoader LOADER = MessageBundlesTest.class.getClassLoader();

    @Test
    void theProblemMessagesAreInBothLanguages() {
        assertThat(MessageBundles.gaps(LOADER, Messages.BUNDLE, true)).isEmpty();
    }

    @Test
    void theValidationMessagesAreInBothLanguages() {
        assertThat(MessageBundles.gaps(LOADER, "ContributorValidationMessages", false)).isEmpty();
    }

    @Test
    void theBundlesAreFoundAtAll() {
        assertThat(Messages.bundle(Languages.ENGLISH).keySet()).contains("problem.title.validation", "problem.not-found.detail");
        assertThat(Messages.bundle("ContributorValidationMessages", Languages.INDONESIAN).keySet())
                .contains("jakarta.validation.constraints.NotNull.message", "koperasi.paging.page");
    }

    /** The check itself: a bundle made incomplete on purpose (test resources) fails it, with each gap named. */
    @Test
    void aKeyMissingInOneLanguageOrNamingOtherValuesIsAGap() {
        List<String> gaps = MessageBundles.gaps(LOADER, "i18n-check/incomplete", true);
        assertThat(gaps).hasSize(3);
        assertThat(gaps).anySatisfy(gap -> assertThat(gap).endsWith("check.english-only has no Indonesian translation"));
        assertThat(gaps).anySatisfy(gap -> assertThat(gap).endsWith("check.indonesian-only is translated but not in the default (English) bundle"));
        assertThat(gaps).anySatisfy(gap -> assertThat(gap).endsWith("check.arguments names [{0}, {1}] in English but [{0}] in Indonesian"));
    }

    @Test
    void aBundleWithoutItsIndonesianFileIsAGap() {
        assertThat(MessageBundles.gaps(LOADER, "i18n-check/untranslated", true))
                .singleElement().satisfies(gap -> assertThat(gap).endsWith("no i18n-check/untranslated_id.properties beside it"));
    }

    /** MessageFormat would take the rest of "the cooperative's own" as quoted text and drop its arguments. */
    @Test
    void aLoneApostropheIsAGap() {
        assertThat(MessageBundles.gaps(LOADER, "i18n-check/apostrophe", true))
                .singleElement().satisfies(gap -> assertThat(gap).endsWith("check.apostrophe has a lone apostrophe; write '' for one"));
    }
}
