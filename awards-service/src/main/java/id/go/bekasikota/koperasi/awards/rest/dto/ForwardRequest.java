package id.go.bekasikota.koperasi.awards.rest.dto;

import id.go.bekasikota.koperasi.platform.text.FreeText;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Forwards a winner to the next round (CITY to PROVINCE, PROVINCE to NATIONAL). */
@Schema(name = "ForwardRequest")
public record ForwardRequest(
        @Size(max = 2000) @Schema(example = "Surat Dinas 518/123/Disdagkop, sent to the province's cooperative office") @FreeText String note) {
}
