package id.go.bekasikota.koperasi.registry.rest.dto;

import id.go.bekasikota.koperasi.platform.text.CodeText;
import id.go.bekasikota.koperasi.registry.domain.PhoneNumber;
import id.go.bekasikota.koperasi.platform.text.NameText;
import jakarta.annotation.Nullable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A board member (pengurus) or supervisor (pengawas). Personal data: office and the cooperative itself only. */
@Schema(name = "OfficeHolder")
public record OfficeHolderData(
        @NotBlank @Size(max = 200) @NameText @Schema(example = "Hj. Siti Rahmawati") String name,
        @NotBlank @Size(max = 100) @NameText @Schema(example = "Ketua") String position,
        @CodeText @Nullable @Pattern(regexp = "\\d{16}", message = "{registry.nik.pattern}")
        @Schema(description = "Personal NIK (Nomor Induk Kependudukan), 16 digits", example = "3275010000000001") String personalNik,
        @Nullable @Pattern(regexp = PhoneNumber.PATTERN, message = "{registry.phone.pattern}") @Size(max = PhoneNumber.MAX_LENGTH)
        @Schema(example = "+62 812 1234 5678") String phone) {
}
