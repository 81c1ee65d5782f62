package id.go.bekasikota.koperasi.financing.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * A document attached to a loan application (proposal, RAT minutes, financial statements...):
 * its metadata. The bytes are in {@link LoanDocumentContent}, read only when asked for.
 */
@Entity
@Table(name = "loan_document")
public class LoanDocument extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "application_id")
    public UUID applicationId;
    /** A code such as PROPOSAL or RAT_MINUTES, as a program's required documents name them. */
    @Column(name = "document_type")
    public String documentType;
    public String filename;
    /** Detected from the content: application/pdf, image/jpeg or image/png. */
    @Column(name = "media_type")
    public String mediaType;
    @Column(name = "size_bytes")
    public long sizeBytes;
    /** Hex SHA-256 of the content. */
    public String sha256;
    @Column(name = "uploaded_by")
    public String uploadedBy;
    @Column(name = "uploaded_at")
    public Instant uploadedAt;
}
