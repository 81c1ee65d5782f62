package id.go.bekasikota.koperasi.financing.rest.dto;

import id.go.bekasikota.koperasi.platform.text.FreeText;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The optional body of an action: why. Required for return, reject and decline. */
@Schema(name = "ActionRequest")
public record ActionRequest(
        @Size(max = 2000) @Schema(example = "Laporan keuangan 2025 belum ditandatangani pengawas") @FreeText String reason) {
}
