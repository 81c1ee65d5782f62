package id.go.bekasikota.koperasi.registry.rest.dto;

import id.go.bekasikota.koperasi.registry.domain.PhoneNumber;
import id.go.bekasikota.koperasi.contracts.registry.Jenis;
import id.go.bekasikota.koperasi.platform.text.CodeText;
import id.go.bekasikota.koperasi.platform.text.FreeText;
import id.go.bekasikota.koperasi.platform.text.NameText;
import id.go.bekasikota.koperasi.registry.domain.Bentuk;
import id.go.bekasikota.koperasi.registry.domain.Kelompok;
import id.go.bekasikota.koperasi.registry.domain.SavingsLoanScope;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/**
 * The registered data of a cooperative, as an officer enters it (create, full update, and the
 * document a merge patch is applied to).
 */
@Schema(name = "CooperativeRequest")
public record CooperativeRequest(
        @CodeText @Pattern(regexp = "\\d{6,20}", message = "{registry.cooperative-number.pattern}")
        @Schema(description = "Nomor Induk Koperasi (NIK koperasi) from the ministry's data system", example = "3275010010001")
        String cooperativeNumber,
        @NotBlank @Size(max = 200) @NameText
        @Schema(example = "Koperasi Lima Garuda")
        String name,
        @Size(max = 100) @CodeText
        @Schema(description = "Nomor badan hukum, old regional or AHU format", example = "AHU-0007557.AH.01.26.Tahun 2020")
        String legalEntityNumber,
        @PastOrPresent
        @Schema(example = "2020-03-16")
        LocalDate legalEntityDate,
        @NotNull @Schema(example = "SIMPAN_PINJAM") Jenis jenis,
        @NotNull @Schema(example = "PRIMER") Bentuk bentuk,
        @NotNull @Schema(example = "COMMUNITY") Kelompok kelompok,
        @CodeText @Pattern(regexp = "\\d{5}", message = "{registry.kbli-code.pattern}")
        @Schema(example = "64141") String kbliCode,
        @CodeText @Pattern(regexp = "2020|2025", message = "{registry.kbli-edition.pattern}")
        @Schema(example = "2020") String kbliEdition,
        @Schema(description = "For SIMPAN_PINJAM only") SavingsLoanScope savingsLoanScope,
        @Size(max = 300) @FreeText @Schema(example = "Jl. Ir. H. Juanda No. 100") String address,
        @CodeText @NotNull @Pattern(regexp = "3275(0[1-9]|1[0-2])", message = "{registry.kecamatan-code.pattern}")
        @Schema(example = "327501") String kecamatanCode,
        @Size(max = 100) @NameText @Schema(example = "Margahayu") String kelurahan,
        @NotNull @PastOrPresent @Schema(example = "1998-07-12") LocalDate foundedOn,
        @Pattern(regexp = PhoneNumber.PATTERN, message = "{registry.phone.pattern}") @Size(max = PhoneNumber.MAX_LENGTH)
        @Schema(example = "+62 21 8801234") String phone,
        @Email @Size(max = 200) @CodeText @Schema(example = "sekretariat@limagaruda.coop") String email,
        @Size(max = 50) @Schema(description = "Pengurus (personal data). Absent: none when registering; unchanged in a full "
                + "update (the lists and the public view do not carry it); `[]` removes every one")
        List<@Valid @NotNull OfficeHolderData> board,
        @Size(max = 50) @Schema(description = "Pengawas (personal data). Absent: none when registering; unchanged in a full "
                + "update; `[]` removes every one")
        List<@Valid @NotNull OfficeHolderData> supervisors,
        @Size(max = 2000) @Schema(description = "Branch offices. Absent: none when registering; unchanged in a full update; "
                + "`[]` removes every one")
        List<@Valid @NotNull BranchData> branches) {
}
