package id.go.bekasikota.koperasi.financing.service;

import id.go.bekasikota.koperasi.financing.domain.Subjects;
import id.go.bekasikota.koperasi.platform.http.BodyBytes;
import id.go.bekasikota.koperasi.platform.i18n.Text;
import id.go.bekasikota.koperasi.platform.text.TrustedText;
import id.go.bekasikota.koperasi.platform.time.Today;
import id.go.bekasikota.koperasi.financing.config.FinancingConfig;
import id.go.bekasikota.koperasi.platform.security.Actor;
import id.go.bekasikota.koperasi.financing.domain.DocumentFormat;
import id.go.bekasikota.koperasi.financing.domain.DocumentLimit;
import id.go.bekasikota.koperasi.financing.domain.DocumentQuota;
import id.go.bekasikota.koperasi.financing.domain.LoanApplication;
import id.go.bekasikota.koperasi.financing.domain.LoanDocument;
import id.go.bekasikota.koperasi.financing.domain.LoanDocumentContent;
import id.go.bekasikota.koperasi.platform.problem.ProblemException;
import id.go.bekasikota.koperasi.platform.problem.ProblemType;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The proposal documents of a loan application (PDF, JPEG or PNG), kept in PostgreSQL with their
 * SHA-256. The format is recognised from the bytes; a declared type that says otherwise is
 * refused. Documents change only while the cooperative holds the application (DRAFT, RETURNED).
 * An application carries at most {@value DocumentLimit#MAX_PER_APPLICATION} documents
 * ({@link DocumentLimit}) of at most {@code koperasi.financing.documents.max-size} each, and
 * {@code koperasi.financing.documents.max-total-size} in all ({@link DocumentQuota}).
 *
 * <p>An upload is taken in three steps: {@link #admit} refuses what can be refused before the body
 * is read (its announced length, the caller's right to attach to the application, the names, the
 * limits), {@link #read} reads the body outside any transaction, and {@link #attach} checks it all
 * again under the application's lock, with the bytes, and keeps it.
 */
@ApplicationScoped
public class LoanDocumentService {

    private static final Pattern TYPE = Pattern.compile("[A-Z][A-Z0-9_]{1,49}");
    private static final Pattern FILENAME = Pattern.compile("[^/\\\\\\p{Cntrl}]{1,200}");
    /** Declared types that say nothing about the content. */
    private static final Set<String> UNSPECIFIC = Set.of("application/octet-stream");

    private final LoanApplicationService applications;
    private final FinancingConfig config;
    private final Today today;

    public LoanDocumentService(LoanApplicationService applications, FinancingConfig config, Today today) {
        this.applications = applications;
        this.config = config;
        this.today = today;
    }

    /** What was uploaded: its bytes, what the uploader called it and the Content-Type it declared. */
    public record Upload(String documentType, String filename, String declaredMediaType, byte[] content) {
    }

    /**
     * An uploaded document's bytes, read before any transaction begins and never more than the limit
     * ({@code koperasi.financing.documents.max-size}): one announced or found larger is a 413.
     */
    public byte[] read(InputStream body, String contentLength) {
        return BodyBytes.read(body, contentLength, maxSize(), this::tooLarge);
    }

    private long maxSize() {
        return config.documents().maxSize().asLongValue();
    }

    private DocumentQuota quota() {
        return new DocumentQuota(config.documents().maxTotalSize().asLongValue());
    }

    /**
     * What can be refused before a byte of the body is read, so that a caller who may not attach to the application,
     * or whose document would not be taken, does not have its body read into memory first: a body announced larger
     * than the limit (413, before the application is looked up), an application the caller may not see (404), not
     * the applicant's (403) or no longer DRAFT or RETURNED (409), a bad type or file name (400), an application with
     * its {@value DocumentLimit#MAX_PER_APPLICATION} documents or whose quota the announced length would pass (422;
     * sent without a length, one with no room left at all). Nothing is locked or written: {@link #attach} checks it
     * all again under the application's lock.
     *
     * @param contentLength the request's {@code Content-Length}, or null when the body is sent in chunks
     */
    @Transactional
    public void admit(UUID applicationId, String documentType, String filename, String contentLength, Actor actor) {
        long announced = announced(contentLength);
        if (announced > maxSize()) {
            throw tooLarge();
        }
        applications.find(applicationId, actor).requireDocumentChange(actor, Text.of("financing.action.attach-document"));
        requireNames(documentType, filename);
        DocumentLimit.requireRoomBeside(LoanDocument.count("applicationId", applicationId));
        if (announced > 0) {
            quota().requireRoomFor(announced, storedBytes(applicationId));
        } else {
            quota().requireRoomBeside(storedBytes(applicationId));
        }
    }

    private ProblemException tooLarge() {
        return new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, Text.of("financing.document.too-large", maxSize()));
    }

    /**
     * Keeps the document, under the application's lock (the limits are counted while no other upload to it can
     * commit): everything {@link #admit} checked, then the bytes (empty 400, too large 413, not a PDF, JPEG or PNG or
     * not what was declared 415) and the limits with the document's real size (422).
     */
    @Transactional
    public LoanDocument attach(UUID applicationId, Upload upload, Actor actor) {
        LoanApplication application = applications.lockVisible(applicationId, actor);
        application.requireDocumentChange(actor, Text.of("financing.action.attach-document"));
        requireNames(upload.documentType(), upload.filename());
        byte[] content = upload.content() == null ? new byte[0] : upload.content();
        if (content.length == 0) {
            throw ProblemException.invalid("body", Text.of("financing.field.empty-body"));
        }
        if (content.length > maxSize()) {
            throw tooLarge();
        }
        DocumentFormat format = DocumentFormat.detect(content).orElseThrow(() -> new ProblemException(
                ProblemType.UNSUPPORTED_MEDIA_TYPE, Text.of("financing.document.not-a-document")));
        String declared = upload.declaredMediaType() == null ? null : upload.declaredMediaType().split(";")[0].strip();
        if (declared != null && !UNSPECIFIC.contains(declared) && !declared.equalsIgnoreCase(format.mediaType())) {
            throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                    Text.of("financing.document.declared-otherwise", declared, format.mediaType()));
        }
        DocumentLimit.requireRoomBeside(LoanDocument.count("applicationId", applicationId));
        quota().requireRoomFor(content.length, storedBytes(applicationId));
        LoanDocument document = new LoanDocument();
        document.id = UUID.randomUUID();
        document.applicationId = applicationId;
        document.documentType = upload.documentType();
        document.filename = upload.filename();
        document.mediaType = format.mediaType();
        document.sizeBytes = content.length;
        document.sha256 = sha256(content);
        document.uploadedBy = actor.subject();
        document.uploadedAt = today.now();
        document.persist();
        LoanDocumentContent bytes = new LoanDocumentContent();
        bytes.documentId = document.id;
        bytes.content = content;
        bytes.persist();
        application.documentAttached(document, actor, document.uploadedAt);
        return document;
    }

    @Transactional
    public List<LoanDocument> list(UUID applicationId, Actor actor) {
        applications.find(applicationId, actor);
        return LoanDocument.list("applicationId", Sort.by("uploadedAt").and("id"), applicationId);
    }

    /** The document and its bytes, for those who may see the application. */
    @Transactional
    public Download download(UUID applicationId, UUID documentId, Actor actor) {
        applications.find(applicationId, actor);
        LoanDocument document = LoanDocument.<LoanDocument>findByIdOptional(documentId)
                .filter(d -> d.applicationId.equals(applicationId))
                .orElseThrow(() -> ProblemException.notFound(Subjects.DOCUMENT, documentId));
        LoanDocumentContent content = LoanDocumentContent.findById(documentId);
        return new Download(document, content.content);
    }

    /** A document with its bytes. */
    public record Download(LoanDocument document, byte[] content) {
    }

    @Transactional
    public void remove(UUID applicationId, UUID documentId, Actor actor) {
        LoanApplication application = applications.lockVisible(applicationId, actor);
        application.requireDocumentChange(actor, Text.of("financing.action.remove-document"));
        LoanDocument document = LoanDocument.<LoanDocument>findByIdOptional(documentId)
                .filter(d -> d.applicationId.equals(applicationId))
                .orElseThrow(() -> ProblemException.notFound(Subjects.DOCUMENT, documentId));
        LoanDocumentContent.deleteById(documentId);
        document.delete();
        application.documentRemoved(document, actor, today.now());
    }

    private static void requireNames(String documentType, String filename) {
        if (documentType == null || !TYPE.matcher(documentType).matches()) {
            throw ProblemException.invalid("type", Text.of("financing.field.document-type"));
        }
        // A name is shown to the bank and saved on its disk: no path, and nothing that would make it read as another
        // (U+202E turns "proposal\u202Efdp.exe" into "proposalexe.pdf" on screen) or hide in it.
        if (filename != null && (!FILENAME.matcher(filename).matches()
                || TrustedText.flaw(TrustedText.Kind.CODE, filename).isPresent())) {
            throw ProblemException.invalid("filename", Text.of("financing.field.filename"));
        }
    }

    /** The bytes the application's documents take together. */
    private static long storedBytes(UUID applicationId) {
        return LoanDocument.getEntityManager()
                .createQuery("select coalesce(sum(d.sizeBytes), 0L) from LoanDocument d where d.applicationId = :application", Long.class)
                .setParameter("application", applicationId).getSingleResult();
    }

    /** The announced length of a body; -1 when none (sent in chunks) or unreadable (the HTTP layer refuses such a length itself). */
    static long announced(String contentLength) {
        if (contentLength == null || contentLength.isBlank()) {
            return -1;
        }
        try {
            return Long.parseLong(contentLength.strip());
        } catch (NumberFormatException unreadable) {
            return -1;
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
