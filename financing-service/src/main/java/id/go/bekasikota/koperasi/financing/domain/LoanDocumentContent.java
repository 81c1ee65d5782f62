package id.go.bekasikota.koperasi.financing.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** The bytes of a {@link LoanDocument} (PostgreSQL bytea). */
@Entity
@Table(name = "loan_document_content")
public class LoanDocumentContent extends PanacheEntityBase {

    @Id
    @Column(name = "document_id")
    public UUID documentId;
    public byte[] content;
}
