package id.go.bekasikota.koperasi.registry.rest.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A cooperative as the API shows it. Anonymous callers get the public view: the contact fields
 * ({@code phone}, {@code email}) are left out.
 */
@Schema(name = "Cooperative")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CooperativeView(
        UUID id,
        @Schema(example = "3275010010001") String cooperativeNumber,
        @Schema(example = "Koperasi Lima Garuda") String name,
        String legalEntityNumber,
        LocalDate legalEntityDate,
        @Schema(example = "SIMPAN_PINJAM") String jenis,
        @Schema(example = "PRIMER") String bentuk,
        @Schema(example = "COMMUNITY") String kelompok,
        String kbliCode,
        String kbliEdition,
        String savingsLoanScope,
        String address,
        @Schema(example = "327501") String kecamatanCode,
        @Schema(example = "Bekasi Timur") String kecamatanName,
        String kelurahan,
        LocalDate foundedOn,
        @Schema(description = "Officers, auditors and the cooperative itself only") String phone,
        @Schema(description = "Officers, auditors and the cooperative itself only") String email,
        LocalDate dissolvedOn,
        @Schema(example = "ACTIVE") String status,
        @Schema(example = "A") String grade,
        Instant createdAt,
        Instant updatedAt,
        long version) {
}
