package id.go.bekasikota.koperasi.financing.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentFormatTest {

    @Test
    void aFileIsRecognisedFromItsFirstBytes() {
        assertThat(DocumentFormat.detect("%PDF-1.7".getBytes())).contains(DocumentFormat.PDF);
        assertThat(DocumentFormat.detect(new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0})).contains(DocumentFormat.JPEG);
        assertThat(DocumentFormat.detect(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0})).contains(DocumentFormat.PNG);
        assertThat(DocumentFormat.detect("%PD".getBytes())).isEmpty();
        assertThat(DocumentFormat.detect(null)).isEmpty();
    }

    @Test
    void aDownloadIsNamedAsUploadedOrByItsTypeWithTheExtensionOfWhatItIs() {
        assertThat(DocumentFormat.downloadName("Proposal Maju.pdf", "PROPOSAL", "application/pdf")).isEqualTo("Proposal Maju.pdf");
        assertThat(DocumentFormat.downloadName(null, "PROPOSAL", "application/pdf")).isEqualTo("proposal.pdf");
        assertThat(DocumentFormat.downloadName(null, "SITE_PHOTO", "image/jpeg")).isEqualTo("site_photo.jpg");
        assertThat(DocumentFormat.downloadName(null, "SITE_PHOTO", "image/png")).isEqualTo("site_photo.png");
        assertThat(DocumentFormat.downloadName(null, "OTHER", "application/zip")).isEqualTo("other");
    }
}
