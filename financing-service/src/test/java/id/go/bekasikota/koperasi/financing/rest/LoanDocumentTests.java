package id.go.bekasikota.koperasi.financing.rest;

import id.go.bekasikota.koperasi.testsupport.AdjustableClock;
import id.go.bekasikota.koperasi.testsupport.FinancingProgramMother;
import id.go.bekasikota.koperasi.testsupport.LoanApplicationMother;
import id.go.bekasikota.koperasi.testsupport.Http2Client;
import id.go.bekasikota.koperasi.testsupport.RawClient;
import id.go.bekasikota.koperasi.testsupport.RealServersResource;
import id.go.bekasikota.koperasi.testsupport.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.go.bekasikota.koperasi.financing.support.RegisteredCooperatives.eligible;
import static id.go.bekasikota.koperasi.testsupport.LoanApplicationMother.as;
import static id.go.bekasikota.koperasi.testsupport.LoanApplicationMother.draft;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** Proposal documents: the format from the bytes, a size limit, SHA-256, downloads only for those allowed. */
@QuarkusTest
@WithTestResource(value = RealServersResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "financing"))
class LoanDocumentTests {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @Inject
    AdjustableClock clock;

    UUID cooperative;
    String application;

    @BeforeEach
    void aDraft() {
        cooperative = eligible(clock);
        String program = FinancingProgramMother.register(FinancingProgramMother.kurKecil(FinancingProgramMother.partner(),
                LocalDate.now(clock).minusYears(1), "PROPOSAL"));
        application = draft(cooperative, program, 20_000_000, 12);
    }

    RequestSpecification upload(String token, String contentType, byte[] content) {
        return given().header("Authorization", Tokens.bearer(token)).contentType(contentType).body(content);
    }

    @Test
    void aDocumentIsKeptWithItsHashAndReadBackByThoseAllowed() throws Exception {
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(LoanApplicationMother.PDF));
        String location = upload(Tokens.cooperative(cooperative), "application/pdf", LoanApplicationMother.PDF)
                .queryParam("type", "PROPOSAL").queryParam("filename", "proposal.pdf")
                .when().post("/api/v1/loan-applications/" + application + "/documents")
                .then().statusCode(201).body("mediaType", equalTo("application/pdf")).body("sha256", equalTo(sha))
                .body("sizeBytes", equalTo(LoanApplicationMother.PDF.length)).extract().header("Location");
        // Declared as a generic stream: recognised from the bytes.
        String photo = upload(Tokens.officer(), "application/octet-stream", PNG).queryParam("type", "SITE_PHOTO")
                .when().post("/api/v1/loan-applications/" + application + "/documents")
                .then().statusCode(201).body("mediaType", equalTo("image/png")).extract().header("Location");
        // A photo comes back as what it is, and an unchanged document read again with its ETag is a 304 without bytes.
        String photoSha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PNG));
        assertThat(given().header("Authorization", Tokens.bearer(Tokens.officer())).when().get(photo)
                .then().statusCode(200).contentType("image/png").header("ETag", "\"" + photoSha + "\"")
                // Uploaded without a file name: saved under its type, with the extension of what it is.
                .header("Content-Disposition", "attachment; filename=\"site_photo.png\"").extract().asByteArray())
                .isEqualTo(PNG);
        given().header("Authorization", Tokens.bearer(Tokens.officer())).header("If-None-Match", "\"" + photoSha + "\"")
                .when().get(photo).then().statusCode(304).header("ETag", "\"" + photoSha + "\"");

        byte[] downloaded;
        try (id.go.bekasikota.koperasi.testsupport.LogCapture log =
                     id.go.bekasikota.koperasi.testsupport.LogCapture.of("koperasi.personal-data-reads")) {
            downloaded = given().header("Authorization", Tokens.bearer(Tokens.auditor()))
                    .when().get(location).then().statusCode(200).contentType("application/pdf")
                    .header("ETag", "\"" + sha + "\"").header("Content-Disposition", "attachment; filename=\"proposal.pdf\"")
                    .extract().asByteArray();
            // Who read which document is logged (a KTP scan is personal data), never its name or bytes.
            String documentId = location.substring(location.indexOf("/documents/") + "/documents/".length(), location.lastIndexOf("/content"));
            assertThat(log.records()).hasSize(1);
            assertThat(((org.jboss.logmanager.ExtLogRecord) log.records().get(0)).getFormattedMessage())
                    .isEqualTo("auditor@dev (auditor) read loan document PROPOSAL of application " + application + " " + documentId);
        }
        assertThat(downloaded).isEqualTo(LoanApplicationMother.PDF);
        // The answer's type is the document's own: an Accept that does not take it is a 406 naming it.
        for (String accept : new String[] {"application/json", "image/*", "image/png, text/csv;q=0.5"}) {
            given().header("Authorization", Tokens.bearer(Tokens.auditor())).accept(accept).when().get(location)
                    .then().statusCode(406).contentType("application/problem+json")
                    .body("type", equalTo("https://koperasi.bekasikota.go.id/problems/not-acceptable"))
                    .body("detail", equalTo("The document is application/pdf, as uploaded, and Accept does not take it; ask for application/pdf (or */*)"));
        }
        for (String accept : new String[] {"application/pdf", "image/*, application/pdf;q=0.5", "application/*"}) {
            given().header("Authorization", Tokens.bearer(Tokens.auditor())).accept(accept).when().get(location)
                    .then().statusCode(200).contentType("application/pdf");
        }
        as(Tokens.cooperative(cooperative)).when().get("/api/v1/loan-applications/" + application + "/documents")
                .then().statusCode(200).body("", hasSize(2)).body("documentType", equalTo(java.util.List.of("PROPOSAL", "SITE_PHOTO")))
                .body("uploadedBy", equalTo(java.util.List.of("koperasi@" + cooperative, "officer@dev")));
        // A document removed leaves its line in the history, as each upload does: who, when, which type, size and hash (no
        // file name: often a person's). The application's own version does not move: its view carries no documents.
        String before = as(Tokens.cooperative(cooperative)).when().get("/api/v1/loan-applications/" + application).then().statusCode(200)
                .extract().header("ETag");
        String extra = upload(Tokens.officer(), "application/pdf", LoanApplicationMother.PDF).queryParam("type", "ANNEX")
                .queryParam("filename", "lampiran.pdf").when().post("/api/v1/loan-applications/" + application + "/documents")
                .then().statusCode(201).extract().header("Location");
        given().header("Authorization", Tokens.bearer(Tokens.cooperative(cooperative))).when()
                .delete(extra.substring(0, extra.length() - "/content".length())).then().statusCode(204);
        as(Tokens.cooperative(cooperative)).when().get("/api/v1/loan-applications/" + application).then().statusCode(200)
                .header("ETag", equalTo(before));
        as(Tokens.auditor()).when().get("/api/v1/loan-applications/" + application + "/history").then().statusCode(200)
                .body("items.action", equalTo(java.util.List.of("CREATE", "ATTACH_DOCUMENT", "ATTACH_DOCUMENT", "ATTACH_DOCUMENT",
                        "REMOVE_DOCUMENT")))
                .body("items.fromState", org.hamcrest.Matchers.contains(org.hamcrest.Matchers.nullValue(), equalTo("DRAFT"),
                        equalTo("DRAFT"), equalTo("DRAFT"), equalTo("DRAFT")))
                .body("items.toState", equalTo(java.util.List.of("DRAFT", "DRAFT", "DRAFT", "DRAFT", "DRAFT")))
                .body("items[1].actorRole", equalTo("cooperative"))
                .body("items[1].reason", equalTo("PROPOSAL (application/pdf, " + LoanApplicationMother.PDF.length
                        + " bytes, SHA-256 " + sha + ")"))
                .body("items[2].reason", equalTo("SITE_PHOTO (image/png, " + PNG.length + " bytes, SHA-256 " + photoSha + ")"))
                .body("items[4].actorRole", equalTo("cooperative"))
                .body("items[4].reason", org.hamcrest.Matchers.startsWith("ANNEX (application/pdf, "
                        + LoanApplicationMother.PDF.length + " bytes, SHA-256 " + sha + "), uploaded by officer@dev at "));
        // Another cooperative, an unrelated partner, anonymous: nothing.
        given().header("Authorization", Tokens.bearer(Tokens.cooperative(UUID.randomUUID()))).when().get(location).then().statusCode(404);
        given().header("Authorization", Tokens.bearer(Tokens.partner("bank-x"))).when().get(location).then().statusCode(404);
        given().when().get(location).then().statusCode(401);
        // Once submitted, the documents are fixed.
        as(Tokens.cooperative(cooperative)).when().post("/api/v1/loan-applications/" + application + "/submit").then().statusCode(200);
        upload(Tokens.cooperative(cooperative), "application/pdf", LoanApplicationMother.PDF).queryParam("type", "PROPOSAL")
                .when().post("/api/v1/loan-applications/" + application + "/documents")
                .then().statusCode(409).body("currentState", equalTo("SUBMITTED"));
    }

    @Test
    void aNameBeyondAsciiComesBackInTheDownloadAsTyped() {
        String location = upload(Tokens.cooperative(cooperative), "application/pdf", LoanApplicationMother.PDF)
                .queryParam("type", "PROPOSAL").queryParam("filename", "Proposal – Koperasi \"Maju\".pdf")
                .when().post("/api/v1/loan-applications/" + application + "/documents")
                .then().statusCode(201).body("filename", equalTo("Proposal – Koperasi \"Maju\".pdf")).extract().header("Location");
        // RFC 6266 and 8187 by hand: the en dash is E2 80 93 in UTF-8, a space %20, a quotation mark %22; the quoted
        // ASCII name has _ for the dash and leaves the quotation marks out.
        given().header("Authorization", Tokens.bearer(Tokens.officer())).when().get(location).then().statusCode(200)
                .header("Content-Disposition", "attachment; filename=\"Proposal _ Koperasi Maju.pdf\"; "
                        + "filename*=UTF-8''Proposal%20%E2%80%93%20Koperasi%20%22Maju%22.pdf");
    }

    @Test
    void aNameMayComeInTheContentDispositionHeaderOutOfTheUrl() {
        String path = "/api/v1/loan-applications/" + application + "/documents";
        // RFC 8187 by hand: "KTP Budi Santoso – 2026.pdf", a space %20, the en dash E2 80 93.
        upload(Tokens.cooperative(cooperative), "application/pdf", LoanApplicationMother.PDF).queryParam("type", "KTP_PENGURUS")
                .header("Content-Disposition", "attachment; filename=\"KTP Budi Santoso _ 2026.pdf\"; "
                        + "filename*=UTF-8''KTP%20Budi%20Santoso%20%E2%80%93%202026.pdf")
                .when().post(path).then().statusCode(201).body("filename", equalTo("KTP Budi Santoso \u2013 2026.pdf"));
        upload(Tokens.cooperative(cooperative), "application/pdf", LoanApplicationMother.PDF).queryParam("type", "PROPOSAL")
                .header("Content-Disposition", "form-data; name=\"file\"; filename=\"proposal.pdf\"")
                .when().post(path).then().statusCode(201).body("filename", equalTo("proposal.pdf"));
        // The same name in both is taken; two names, or a header that cannot be read, are refused and keep nothing.
        upload(Tokens.cooperative(cooperative), "application/pdf", LoanApplicationMother.PDF).queryParam("type", "ANNEX")
                .queryParam("filename", "lampiran.pdf").header("Content-Disposition", "attachment; filename=lampiran.pdf")
                .when().post(path).then().statusCode(201).body("filename", equalTo("lampiran.pdf"));
        upload(Tokens.cooperative(cooperative), "application/pdf", LoanApplicationMother.PDF).queryParam("type", "ANNEX")
                .queryParam("filename", "lampiran.pdf").header("Content-Disposition", "attachment; filename=lain.pdf")
                .when().post(path).then().statusCode(400).body("errors.field", equalTo(java.util.List.of("filename")));
        upload(Tokens.cooperative(cooperative), "application/pdf", LoanApplicationMother.PDF).queryParam("type", "ANNEX")
                .header("Content-Disposition", "attachment; filename*=UTF-8''%E2%80.pdf")
                .when().post(path).then().statusCode(400).body("errors.field", equalTo(java.util.List.of("Content-Disposition")));
        // A name with a slash is refused whichever way it comes.
        upload(Tokens.cooperative(cooperative), "application/pdf", LoanApplicationMother.PDF).queryParam("type", "ANNEX")
                .header("Content-Disposition", "attachment; filename=\"../etc/passwd.pdf\"")
                .when().post(path).then().statusCode(400).body("errors.field", equalTo(java.util.List.of("filename")));
        as(Tokens.auditor()).when().get(path).then().statusCode(200).body("filename",
                equalTo(java.util.List.of("KTP Budi Santoso \u2013 2026.pdf", "proposal.pdf", "lampiran.pdf")));
    }

    @Test
    void anApplicationCarriesFiftyDocumentsAtMost() {
        String path = "/api/v1/loan-applications/" + application + "/documents";
        String owner = Tokens.cooperative(cooperative);
        String first = null;
        for (int i = 1; i <= 50; i++) {
            String id = upload(owner, "application/pdf", LoanApplicationMother.PDF).queryParam("type", "ANNEX_" + i)
                    .when().post(path).then().statusCode(201).extract().path("id");
            first = first == null ? id : first;
        }
        upload(owner, "application/pdf", LoanApplicationMother.PDF).queryParam("type", "ANNEX_51")
                .when().post(path).then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://koperasi.bekasikota.go.id/problems/rule-violation"))
                .body("detail", equalTo("The application has its 50 documents already: remove one before attaching another"))
                .body("reasons", equalTo(java.util.List.of(
                        "The application has 50 documents; at most 50 are accepted: remove one before attaching another.")));
        given().header("Authorization", Tokens.bearer(owner)).header("Accept-Language", "id").body(LoanApplicationMother.PDF)
                .contentType("application/pdf").queryParam("type", "ANNEX_51").when().post(path).then().statusCode(422)
                .body("detail", equalTo("Permohonan ini sudah memiliki 50 dokumen: hapus salah satu sebelum melampirkan dokumen lain"));
        as(Tokens.officer()).when().get(path).then().statusCode(200).body("", hasSize(50))
                .body("[0].documentType", equalTo("ANNEX_1")).body("[49].documentType", equalTo("ANNEX_50"));

        // One removed, one more fits; then it is full again.
        as(owner).when().delete(path + "/" + first).then().statusCode(204);
        upload(Tokens.officer(), "application/pdf", LoanApplicationMother.PDF).queryParam("type", "ANNEX_51")
                .when().post(path).then().statusCode(201);
        upload(Tokens.officer(), "application/pdf", LoanApplicationMother.PDF).queryParam("type", "ANNEX_52")
                .when().post(path).then().statusCode(422);
        as(Tokens.auditor()).when().get(path).then().statusCode(200).body("", hasSize(50)).body("[49].documentType", equalTo("ANNEX_51"));
    }

    @Test
    void wrongFormatsWrongTypesAndOversizeFilesAreRefusedAndNothingIsKept() {
        String path = "/api/v1/loan-applications/" + application + "/documents";
        String owner = Tokens.cooperative(cooperative);
        // Text dressed as a PDF.
        upload(owner, "application/pdf", "just some text".getBytes()).queryParam("type", "PROPOSAL")
                .when().post(path).then().statusCode(415).contentType("application/problem+json");
        // A PDF declared as a PNG.
        upload(owner, "image/png", LoanApplicationMother.PDF).queryParam("type", "PROPOSAL")
                .when().post(path).then().statusCode(415);
        // A content type the endpoint does not take at all.
        upload(owner, "text/plain", LoanApplicationMother.PDF).queryParam("type", "PROPOSAL")
                .when().post(path).then().statusCode(415).contentType("application/problem+json");
        // One byte over 5 MB.
        byte[] big = Arrays.copyOf(LoanApplicationMother.PDF, 5 * 1024 * 1024 + 1);
        upload(owner, "application/pdf", big).queryParam("type", "PROPOSAL")
                .when().post(path).then().statusCode(413).contentType("application/problem+json");
        // Empty, no type, a bad type code, a path in the file name.
        upload(owner, "application/pdf", new byte[0]).queryParam("type", "PROPOSAL")
                .when().post(path).then().statusCode(400).body("errors[0].field", equalTo("body"));
        upload(owner, "application/pdf", LoanApplicationMother.PDF)
                .when().post(path).then().statusCode(400).body("errors[0].field", equalTo("type"));
        upload(owner, "application/pdf", LoanApplicationMother.PDF).queryParam("type", "proposal")
                .when().post(path).then().statusCode(400).body("errors[0].field", equalTo("type"));
        upload(owner, "application/pdf", LoanApplicationMother.PDF).queryParam("type", "PROPOSAL").queryParam("filename", "../../etc/passwd")
                .when().post(path).then().statusCode(400).body("errors[0].field", equalTo("filename"));
        // A name that reads as another on screen (U+202E: "proposal\u202Efdp.exe" shows as "proposalexe.pdf"), or hides a character.
        for (String name : List.of("proposal\u202Efdp.exe", "proposal\u200B.pdf")) {
            upload(owner, "application/pdf", LoanApplicationMother.PDF).queryParam("type", "PROPOSAL").queryParam("filename", name)
                    .when().post(path).then().statusCode(400).body("errors[0].field", equalTo("filename"));
        }
        // Another cooperative cannot attach to it.
        upload(Tokens.cooperative(UUID.randomUUID()), "application/pdf", LoanApplicationMother.PDF).queryParam("type", "PROPOSAL")
                .when().post(path).then().statusCode(404);
        as(owner).when().get(path).then().statusCode(200).body("", hasSize(0));
    }

    @Test
    void fourUploadsAreTakenAtOnceTheFifthIsToldToRetryAndNothingIsLost() {
        String ownerToken = Tokens.cooperative(cooperative);
        // More than the framework buffers before it hands the body over as a stream (quarkus.rest.input-buffer-size,
        // 10 KiB): the operation has begun, and holds its place, while the rest of the body is still to come.
        byte[] document = Arrays.copyOf(LoanApplicationMother.PDF, 20 * 1024);
        int sentFirst = 16 * 1024;
        List<RawClient> held = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            held.add(RawClient.connect(RestAssured.port)
                    .send("POST /api/v1/loan-applications/" + application + "/documents?type=ANNEX_" + i + " HTTP/1.1\r\nHost: localhost\r\n"
                            + "Authorization: " + Tokens.bearer(ownerToken) + "\r\nContent-Type: application/pdf\r\n"
                            + "Content-Length: " + document.length + "\r\n\r\n")
                    .send(Arrays.copyOfRange(document, 0, sentFirst)));
        }
        // A probe to an application that does not exist: 404 once read while there is room, 503 while the four hold it.
        String probe = "/api/v1/loan-applications/" + UUID.randomUUID() + "/documents";
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> upload(ownerToken, "application/pdf", LoanApplicationMother.PDF)
                .queryParam("type", "PROPOSAL").when().post(probe).then().extract().statusCode() == 503);
        upload(ownerToken, "application/pdf", LoanApplicationMother.PDF).queryParam("type", "PROPOSAL")
                .when().post(probe).then().statusCode(503).contentType("application/problem+json")
                .header("Retry-After", "5").body("type", equalTo("https://koperasi.bekasikota.go.id/problems/unavailable"));

        List<StringBuilder> answers = new ArrayList<>();
        for (RawClient upload : held) {
            upload.send(Arrays.copyOfRange(document, sentFirst, document.length));
            answers.add(new StringBuilder());
        }
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
            for (int i = 0; i < held.size(); i++) {
                answers.get(i).append(held.get(i).received());
            }
            return answers.stream().allMatch(answer -> answer.indexOf("\r\n\r\n") > 0);
        });
        answers.forEach(answer -> assertThat(answer.toString()).startsWith("HTTP/1.1 201"));
        held.forEach(RawClient::close);
        as(Tokens.auditor()).when().get("/api/v1/loan-applications/" + application + "/documents")
                .then().statusCode(200).body("", hasSize(4)).body("sizeBytes", equalTo(java.util.Collections.nCopies(4, 20 * 1024)));
        upload(ownerToken, "application/pdf", LoanApplicationMother.PDF).queryParam("type", "PROPOSAL")
                .when().post(probe).then().statusCode(404);
    }

    @Test
    void theRestOfARefusedUploadIsReadAndLetGoAndThenTheConnectionCloses() {
        // Announced over 5 MiB: refused before a byte is read, while the client is still sending.
        int announced = 6 * 1024 * 1024;
        byte[] document = Arrays.copyOf(LoanApplicationMother.PDF, announced);
        int sentFirst = 64 * 1024;
        try (RawClient upload = RawClient.connect(RestAssured.port)) {
            upload.send(uploadHead(Tokens.cooperative(cooperative), "PROPOSAL", "Content-Length: " + announced))
                    .send(Arrays.copyOfRange(document, 0, sentFirst));
            StringBuilder answer = new StringBuilder();
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> answer.append(upload.received()).indexOf("\r\n\r\n") > 0);
            assertThat(answer.toString()).startsWith("HTTP/1.1 413").containsIgnoringCase("\r\nconnection: close\r\n");
            // The rest of the body is still read (a reset now could cost the client the answer it has not read yet) ...
            assertThat(upload.closedByServer()).isFalse();
            upload.send(Arrays.copyOfRange(document, sentFirst, announced));
            // ... and once it is over, the server closes the connection, as its answer said (RFC 9112 §9.6).
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(upload::closedByServer);
        }
        as(Tokens.auditor()).when().get("/api/v1/loan-applications/" + application + "/documents").then().statusCode(200).body("", hasSize(0));
    }

    @Test
    void aRefusedUploadThatGoesOnPastTheHttpLimitIsCutOff() {
        // Sent without its length: read to one byte over 5 MiB and refused; what comes after is dropped, up to the HTTP
        // layer's limit of 12 MiB (quarkus.http.limits.max-body-size), and past it the connection is closed.
        int httpLimit = 12 * 1024 * 1024;
        byte[] chunk = chunk(Arrays.copyOf(LoanApplicationMother.PDF, 64 * 1024));
        try (RawClient upload = RawClient.connect(RestAssured.port)) {
            upload.send(uploadHead(Tokens.cooperative(cooperative), "PROPOSAL", "Transfer-Encoding: chunked"));
            long sent = 0;
            StringBuilder answer = new StringBuilder();
            boolean cutOff = false;
            // Twice the HTTP limit at most; the server closes the connection after the first 12 MiB.
            while (!cutOff && sent < 2L * httpLimit) {
                try {
                    upload.send(chunk);
                    sent += 64 * 1024;
                } catch (java.io.UncheckedIOException closed) {
                    cutOff = true;
                }
                if (answer.indexOf("\r\n\r\n") < 0) {
                    answer.append(upload.pollTimeout(Duration.ofMillis(1)).received());
                }
            }
            answer.append(upload.pollTimeout(Duration.ofMillis(200)).received());
            assertThat(answer.toString()).startsWith("HTTP/1.1 413");
            assertThat(cutOff || upload.closedByServer()).as("closed after %d bytes", sent).isTrue();
            assertThat(sent).as("the body sent before the connection was closed").isGreaterThan(httpLimit - 64 * 1024);
        }
        as(Tokens.auditor()).when().get("/api/v1/loan-applications/" + application + "/documents").then().statusCode(200).body("", hasSize(0));
    }

    @Test
    void anHttp2CallerReadsTheRefusalAndItsConnectionServesTheNextRequest() {
        // HTTP/2 forbids a Connection header (RFC 9113 §8.2.2): with one, the 413 reached the caller as a broken stream.
        String owner = Tokens.cooperative(cooperative);
        try (Http2Client client = new Http2Client(RestAssured.port)) {
            Http2Client.Answer refused = client.postPart("/api/v1/loan-applications/" + application + "/documents?type=PROPOSAL",
                    Map.of("Authorization", Tokens.bearer(owner), "Content-Type", "application/pdf"), 6L * 1024 * 1024,
                    Arrays.copyOf(LoanApplicationMother.PDF, 64 * 1024));
            assertThat(refused.version()).isEqualTo(io.vertx.core.http.HttpVersion.HTTP_2);
            assertThat(refused.status()).isEqualTo(413);
            assertThat(refused.headers().contains("Connection")).isFalse();
            assertThat(refused.body()).contains("\"type\":\"https://koperasi.bekasikota.go.id/problems/payload-too-large\"");
            // Only the refused request's stream was reset: the same connection carries the next one.
            Http2Client.Answer list = client.get("/api/v1/loan-applications/" + application + "/documents", Map.of("Authorization", Tokens.bearer(owner)));
            assertThat(list.status()).isEqualTo(200);
            assertThat(list.body()).isEqualTo("[]");
            assertThat(list.connection()).isSameAs(refused.connection());
        }
    }

    @Test
    void anApplicationsDocumentsTakeFiftyMebibytesAtMost() {
        String path = "/api/v1/loan-applications/" + application + "/documents";
        String owner = Tokens.cooperative(cooperative);
        // 50 MiB by default: 50 x 1,048,576 = 52,428,800 bytes. Nine documents of 5 MiB (5,242,880 bytes each, 47,185,920 in
        // all) and a tenth 100 bytes short of 5 MiB (5,242,780) take 52,428,700 bytes and leave 100.
        byte[] fiveMebibytes = Arrays.copyOf(LoanApplicationMother.PDF, 5 * 1024 * 1024);
        String first = null;
        for (int i = 1; i <= 9; i++) {
            String id = upload(owner, "application/pdf", fiveMebibytes).queryParam("type", "ANNEX_" + i)
                    .when().post(path).then().statusCode(201).extract().path("id");
            first = first == null ? id : first;
        }
        upload(owner, "application/pdf", Arrays.copyOf(LoanApplicationMother.PDF, 5_242_780)).queryParam("type", "ANNEX_10")
                .when().post(path).then().statusCode(201);

        // 101 bytes more would make 52,428,801: refused, naming the quota and what is stored.
        upload(owner, "application/pdf", Arrays.copyOf(LoanApplicationMother.PDF, 101)).queryParam("type", "ANNEX_11")
                .when().post(path).then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://koperasi.bekasikota.go.id/problems/rule-violation"))
                .body("detail", equalTo("The documents of an application may take 52428800 bytes in all, and 52428700 bytes are "
                        + "stored already: remove one before attaching another"))
                .body("reasons", equalTo(List.of("The application's documents take 52428700 bytes; this one of 101 bytes would bring "
                        + "them to 52428801, beyond the 52428800 bytes allowed per application: remove one before attaching another.")));
        given().header("Authorization", Tokens.bearer(owner)).header("Accept-Language", "id").contentType("application/pdf")
                .body(Arrays.copyOf(LoanApplicationMother.PDF, 101)).queryParam("type", "ANNEX_11").when().post(path)
                .then().statusCode(422).body("detail", equalTo("Seluruh dokumen satu permohonan paling besar 52428800 bita, dan "
                        + "52428700 bita sudah tersimpan: hapus salah satu sebelum melampirkan dokumen lain"));
        // 100 bytes fit exactly: the application holds its whole quota.
        upload(owner, "application/pdf", Arrays.copyOf(LoanApplicationMother.PDF, 100)).queryParam("type", "ANNEX_11")
                .when().post(path).then().statusCode(201);

        // Full, a document is refused before its body is read, whether its length is announced or it comes in chunks:
        // the answer arrives while most of the body is still to be sent.
        for (String framing : List.of("Content-Length: " + fiveMebibytes.length, "Transfer-Encoding: chunked")) {
            try (RawClient upload = RawClient.connect(RestAssured.port)) {
                upload.send(uploadHead(owner, "ANNEX_12", framing));
                upload.send(framing.startsWith("Content-Length") ? Arrays.copyOfRange(fiveMebibytes, 0, 64 * 1024)
                        : chunk(Arrays.copyOf(LoanApplicationMother.PDF, 64 * 1024)));
                StringBuilder answer = new StringBuilder();
                Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> answer.append(upload.received()).indexOf("\r\n\r\n") > 0);
                assertThat(answer.toString()).as(framing).startsWith("HTTP/1.1 422").containsIgnoringCase("\r\nconnection: close\r\n");
            }
        }

        // One of 5 MiB removed, another of 5 MiB fits again; the eleven documents take the quota exactly:
        // 8 x 5,242,880 + 5,242,780 + 100 + 5,242,880 = 52,428,800.
        as(owner).when().delete(path + "/" + first).then().statusCode(204);
        upload(Tokens.officer(), "application/pdf", fiveMebibytes).queryParam("type", "ANNEX_12").when().post(path).then().statusCode(201);
        List<Long> sizes = as(Tokens.auditor()).when().get(path).then().statusCode(200).body("", hasSize(11))
                .extract().jsonPath().getList("sizeBytes", Long.class);
        assertThat(sizes.stream().mapToLong(Long::longValue).sum()).isEqualTo(52_428_800L);
    }

    @Test
    void anUploadTheCallerMayNotMakeIsRefusedBeforeItsBodyIsRead() {
        // 5 MiB announced, 64 KiB sent: each refusal comes while the rest of the body is still to be sent.
        int announced = 5 * 1024 * 1024;
        byte[] document = Arrays.copyOf(LoanApplicationMother.PDF, announced);
        // Another cooperative's account: the application is not found for it (404).
        assertThat(refusedBeforeTheBody(Tokens.cooperative(UUID.randomUUID()), "PROPOSAL", document)).startsWith("HTTP/1.1 404");
        // A type that is no code: 400.
        assertThat(refusedBeforeTheBody(Tokens.cooperative(cooperative), "proposal", document)).startsWith("HTTP/1.1 400");
        // Submitted, the application takes no more documents (409), even from its own cooperative.
        LoanApplicationMother.attachPdf(cooperative, application, "PROPOSAL");
        LoanApplicationMother.submit(cooperative, application);
        assertThat(refusedBeforeTheBody(Tokens.cooperative(cooperative), "PROPOSAL", document)).startsWith("HTTP/1.1 409")
                .contains("\"currentState\":\"SUBMITTED\"");
        as(Tokens.auditor()).when().get("/api/v1/loan-applications/" + application + "/documents").then().statusCode(200)
                .body("documentType", equalTo(List.of("PROPOSAL")));
    }

    /**
     * Sends the head of an upload of {@code document} and its first 64 KiB, and returns the answer, which must come
     * before the rest is sent, saying {@code Connection: close}; then sends the rest, after which the server closes.
     */
    private String refusedBeforeTheBody(String token, String type, byte[] document) {
        int sentFirst = 64 * 1024;
        try (RawClient upload = RawClient.connect(RestAssured.port)) {
            upload.send(uploadHead(token, type, "Content-Length: " + document.length)).send(Arrays.copyOfRange(document, 0, sentFirst));
            StringBuilder answer = new StringBuilder();
            // The head, and the problem's JSON after it.
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
                int headEnd = answer.append(upload.received()).indexOf("\r\n\r\n");
                return headEnd > 0 && answer.indexOf("}", headEnd) > 0;
            });
            assertThat(answer.toString()).containsIgnoringCase("\r\nconnection: close\r\n");
            upload.send(Arrays.copyOfRange(document, sentFirst, document.length));
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
                answer.append(upload.received());
                return upload.closedByServer();
            });
            return answer.toString();
        }
    }

    private String uploadHead(String token, String type, String framing) {
        return "POST /api/v1/loan-applications/" + application + "/documents?type=" + type + " HTTP/1.1\r\nHost: localhost\r\n"
                + "Authorization: " + Tokens.bearer(token) + "\r\nContent-Type: application/pdf\r\n" + framing + "\r\n\r\n";
    }

    /** One chunk of a chunked body (RFC 9112 §7.1): its length in hexadecimal, the bytes, CRLF. */
    private static byte[] chunk(byte[] bytes) {
        byte[] head = (Integer.toHexString(bytes.length) + "\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] framed = Arrays.copyOf(head, head.length + bytes.length + 2);
        System.arraycopy(bytes, 0, framed, head.length, bytes.length);
        framed[framed.length - 2] = '\r';
        framed[framed.length - 1] = '\n';
        return framed;
    }
}
