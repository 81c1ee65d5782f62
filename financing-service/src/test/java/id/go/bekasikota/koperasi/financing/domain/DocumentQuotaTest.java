package id.go.bekasikota.koperasi.financing.domain;

import id.go.bekasikota.koperasi.platform.i18n.Languages;
import id.go.bekasikota.koperasi.platform.problem.ProblemException;
import id.go.bekasikota.koperasi.platform.problem.ProblemType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The bytes one application's documents may take together. The default quota is 50 MiB: 50 x 1,048,576 = 52,428,800
 * bytes, ten documents of 5 MiB (5 x 1,048,576 = 5,242,880 bytes) exactly.
 */
class DocumentQuotaTest {

    static final DocumentQuota FIFTY_MIB = new DocumentQuota(52_428_800L);

    @Test
    void documentsUpToTheQuotaExactlyAreTaken() {
        assertThatCode(() -> FIFTY_MIB.requireRoomFor(5_242_880L, 0)).doesNotThrowAnyException();
        // Nine of 5 MiB (47,185,920 bytes) and a tenth: 52,428,800, the quota itself.
        assertThatCode(() -> FIFTY_MIB.requireRoomFor(5_242_880L, 47_185_920L)).doesNotThrowAnyException();
        assertThatCode(() -> FIFTY_MIB.requireRoomFor(100, 52_428_700L)).doesNotThrowAnyException();
    }

    @Test
    void aDocumentThatWouldPassTheQuotaIsARuleViolationNamingTheQuotaAndWhatIsStored() {
        // 52,428,700 + 101 = 52,428,801: one byte too many.
        ProblemException refused = catchThrowableOfType(ProblemException.class, () -> FIFTY_MIB.requireRoomFor(101, 52_428_700L));
        assertThat(refused).isNotNull();
        assertThat(refused.type()).isEqualTo(ProblemType.RULE_VIOLATION);
        assertThat(refused.toProblem(null).extensions().get("reasons")).isEqualTo(List.of("The application's documents take 52428700 bytes; "
                + "this one of 101 bytes would bring them to 52428801, beyond the 52428800 bytes allowed per application: "
                + "remove one before attaching another."));
        assertThat(refused.detail().in(Languages.ENGLISH)).isEqualTo("The documents of an application may take 52428800 bytes "
                + "in all, and 52428700 bytes are stored already: remove one before attaching another");
        assertThat(refused.detail().in(Languages.INDONESIAN)).isEqualTo("Seluruh dokumen satu permohonan paling besar 52428800 bita, "
                + "dan 52428700 bita sudah tersimpan: hapus salah satu sebelum melampirkan dokumen lain");
        // A document of 5 MiB beside 47,185,921 bytes: 52,428,801.
        assertThat(catchThrowableOfType(ProblemException.class, () -> FIFTY_MIB.requireRoomFor(5_242_880L, 47_185_921L)))
                .isNotNull();
        // Larger than the quota on its own, nothing stored.
        ProblemException alone = catchThrowableOfType(ProblemException.class, () -> FIFTY_MIB.requireRoomFor(52_428_801L, 0));
        assertThat(alone).isNotNull();
        assertThat(alone.toProblem(null).extensions().get("reasons")).isEqualTo(List.of("The application's documents take 0 bytes; this one of "
                + "52428801 bytes would bring them to 52428801, beyond the 52428800 bytes allowed per application: remove one "
                + "before attaching another."));
    }

    @Test
    void beforeItsSizeIsKnownADocumentNeedsSomeRoomLeft() {
        assertThatCode(() -> FIFTY_MIB.requireRoomBeside(0)).doesNotThrowAnyException();
        assertThatCode(() -> FIFTY_MIB.requireRoomBeside(52_428_799L)).as("one byte left").doesNotThrowAnyException();
        ProblemException full = catchThrowableOfType(ProblemException.class, () -> FIFTY_MIB.requireRoomBeside(52_428_800L));
        assertThat(full).isNotNull();
        assertThat(full.type()).isEqualTo(ProblemType.RULE_VIOLATION);
        assertThat(full.toProblem(null).extensions().get("reasons")).isEqualTo(List.of("The application's documents take 52428800 bytes of the "
                + "52428800 bytes allowed per application; nothing more fits: remove one before attaching another."));
        assertThat(full.detail().in(Languages.ENGLISH)).isEqualTo("The documents of an application may take 52428800 bytes "
                + "in all, and 52428800 bytes are stored already: remove one before attaching another");
        // Beyond it (the quota lowered since the documents were attached).
        assertThat(catchThrowableOfType(ProblemException.class, () -> FIFTY_MIB.requireRoomBeside(60_000_000L))).isNotNull();
    }

    @Test
    void theQuotaIsTheOneConfigured() {
        DocumentQuota small = new DocumentQuota(1_000);
        assertThatCode(() -> small.requireRoomFor(400, 600)).doesNotThrowAnyException();
        ProblemException refused = catchThrowableOfType(ProblemException.class, () -> small.requireRoomFor(401, 600));
        assertThat(refused).isNotNull();
        assertThat(refused.detail().in(Languages.ENGLISH)).isEqualTo("The documents of an application may take 1000 bytes "
                + "in all, and 600 bytes are stored already: remove one before attaching another");
    }

    @Test
    void aQuotaBelowOneByteIsAMistakeOfConfiguration() {
        assertThatThrownBy(() -> new DocumentQuota(0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new DocumentQuota(1).maxBytesPerApplication()).isEqualTo(1);
    }
}
