package id.go.bekasikota.koperasi.registry.rest.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.go.bekasikota.koperasi.platform.security.Actor;
import jakarta.annotation.Nullable;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A filed RAT report; {@code revision} above 1 is a correction, {@code current} the one that counts. */
@Schema(name = "AnnualReport")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AnnualReportView(
        UUID id,
        UUID cooperativeId,
        int financialYear,
        int revision,
        boolean current,
        LocalDate meetingDate,
        int membersMale,
        int membersFemale,
        int employees,
        long ownCapital,
        long externalCapital,
        long assets,
        long turnover,
        long surplus,
        Instant filedAt,
        @Nullable @Schema(maxLength = Actor.SUBJECT_LENGTH, description = "The account that filed it; officers, auditors and the cooperative itself only") String filedBy) {
}
