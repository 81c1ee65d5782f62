package id.go.bekasikota.koperasi.platform.http;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Expected values written by hand from RFC 6266 and RFC 8187 (UTF-8 bytes of each character looked up). */
class ContentDispositionTest {

    @Test
    void anAsciiNameIsQuotedAsItIs() {
        assertThat(ContentDisposition.attachment("koperasi-kota-bekasi.csv")).isEqualTo("attachment; filename=\"koperasi-kota-bekasi.csv\"");
        assertThat(ContentDisposition.attachment("proposal 2026 (final).pdf")).isEqualTo("attachment; filename=\"proposal 2026 (final).pdf\"");
    }

    @Test
    void aNameBeyondAsciiAlsoGoesInUtf8() {
        // U+2013 EN DASH is E2 80 93 in UTF-8; a space is %20 (not an attr-char).
        assertThat(ContentDisposition.attachment("Proposal – Sejahtera.pdf")).isEqualTo(
                "attachment; filename=\"Proposal _ Sejahtera.pdf\"; filename*=UTF-8''Proposal%20%E2%80%93%20Sejahtera.pdf");
        // U+00D1 is C3 91; U+1F4C4 (one code point, two chars) is F0 9F 93 84 and one _ in the ASCII name.
        assertThat(ContentDisposition.attachment("Ñ\uD83D\uDCC4.pdf")).isEqualTo(
                "attachment; filename=\"__.pdf\"; filename*=UTF-8''%C3%91%F0%9F%93%84.pdf");
    }

    @Test
    void quotesAndBackslashesCannotEndTheQuotedName() {
        assertThat(ContentDisposition.attachment("laporan \"RAT\" a\\b.pdf")).isEqualTo(
                "attachment; filename=\"laporan RAT ab.pdf\"; filename*=UTF-8''laporan%20%22RAT%22%20a%5Cb.pdf");
    }

    @Test
    void attrCharsStayAsTheyAreInTheEncodedName() {
        assertThat(ContentDisposition.attachment("a!#$&+-.^_`|~é")).isEqualTo(
                "attachment; filename=\"a!#$&+-.^_`|~_\"; filename*=UTF-8''a!#$&+-.^_`|~%C3%A9");
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} names {1}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', quoteCharacter = '^', value = {
            "attachment; filename=\"proposal.pdf\"|proposal.pdf",
            "attachment; filename=proposal.pdf|proposal.pdf",
            "ATTACHMENT ;  FILENAME = \"a;b=c.pdf\" ; size=10|a;b=c.pdf",
            "attachment; filename=\"laporan \\\"RAT\\\".pdf\"|laporan \"RAT\".pdf",
            // filename* wins, wherever it stands; U+2013 is E2 80 93, U+00E9 is C3 A9 (E9 in ISO-8859-1)
            "attachment; filename*=UTF-8''Proposal%20%E2%80%93%20Sejahtera.pdf; filename=\"Proposal _ Sejahtera.pdf\"|Proposal \u2013 Sejahtera.pdf",
            "attachment; filename=\"x.pdf\"; filename*=utf-8'id'caf%C3%A9.pdf|caf\u00e9.pdf",
            "attachment; filename*=ISO-8859-1''caf%E9.pdf|caf\u00e9.pdf",
            "form-data; name=\"file\"; filename=\"ktp.png\"|ktp.png"})
    void anUploadsNameIsReadBack(String header, String name) {
        assertThat(ContentDisposition.filename(header)).contains(name);
    }

    @Test
    void aHeaderWithoutANameNamesNone() {
        assertThat(ContentDisposition.filename(null)).isEmpty();
        assertThat(ContentDisposition.filename(" ")).isEmpty();
        assertThat(ContentDisposition.filename("attachment")).isEmpty();
        assertThat(ContentDisposition.filename("inline; size=3")).isEmpty();
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {
            "; filename=a.pdf", "attach ment; filename=a.pdf", "attachment; filename", "attachment; filename=\"a.pdf",
            "attachment; filename=\"a.pdf\" b", "attachment; file name=a.pdf",
            "attachment; filename*=UTF-16''a.pdf", "attachment; filename*=UTF-8'a.pdf", "attachment; filename*=UTF-8''a%2.pdf",
            "attachment; filename*=UTF-8''a b.pdf", "attachment; filename*=UTF-8''%C3.pdf"})
    void aHeaderThatCannotBeReadIsRefused(String header) {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ContentDisposition.filename(header))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
