package org.accredit.registration;

import static org.accredit.support.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.accredit.support.Accredited;
import org.accredit.support.Api;
import org.accredit.support.Pdfs;
import org.accredit.support.SessionRows;
import org.junit.jupiter.api.Test;

/** The bad input and edge cases of registrations: each answers a clear problem and writes nothing half-way. */
@QuarkusTest
class RegistrationEdgeCasesTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Clock clock;

    static Response uploadRaw(String secret, String session, String contentType, byte[] body) {
        return RestAssured.given().header("X-Tracking-Secret", secret).contentType(contentType).body(body)
                .post("/api/v1/sessions/" + session + "/letters");
    }

    static String upload(String secret, String session) {
        return uploadRaw(secret, session, "application/pdf", Pdfs.blank(1)).then().statusCode(201).extract().path("id");
    }

    static Response register(String secret, String session, String letter, String email, String mode) {
        return Api.applicant(secret).body(RegistrationSmtpFlowTest.person(letter, "Person " + email, email, mode))
                .post("/api/v1/sessions/" + session + "/representatives");
    }

    String openSession(Integer inPerson, Integer online) {
        return SessionRows.insert(dataSource, SessionRows.Spec.openNewYork(clock.instant(), inPerson, online));
    }

    // ---- quotas under races ----------------------------------------------------------------------

    @Test
    void twentyConcurrentRegistrationsForTheLastSeatExactlyOneSucceeds() throws Exception {
        Accredited.Organization org = Accredited.para7("en");
        String session = openSession(1, null);
        String letter = upload(org.secret(), session);
        List<Integer> statuses = atOnce(20, i -> () -> register(org.secret(), session, letter, Api.uniqueEmail(), "IN_PERSON")
                .statusCode());
        assertEquals(1, Collections.frequency(statuses, 201), statuses.toString());
        assertEquals(19, Collections.frequency(statuses, 409), statuses.toString());
        assertEquals(1, count("select count(*) from representative where session_id = ?::uuid", session));
    }

    @Test
    void aReplacementKeepsTheQuotaAndAWithdrawalFreesTheSeat() {
        Accredited.Organization org = Accredited.para7("fr");
        String session = openSession(1, 2);
        String letter = upload(org.secret(), session);
        String base = "/api/v1/sessions/" + session + "/representatives/";
        String a = register(org.secret(), session, letter, Api.uniqueEmail(), "IN_PERSON").then().statusCode(201)
                .extract().path("id");
        String b = Api.applicant(org.secret()).body(RegistrationSmtpFlowTest.person(letter, "Successor", Api.uniqueEmail(), "IN_PERSON"))
                .post(base + a + "/replacement").then().statusCode(201).body("replacesId", equalTo(a))
                .body("status", equalTo("REQUESTED")).extract().path("id");
        Api.applicant(org.secret()).get(base + a).then().statusCode(200).body("status", equalTo("REPLACED"));
        register(org.secret(), session, letter, Api.uniqueEmail(), "IN_PERSON").then().statusCode(409);
        // replacing the replaced one again is refused, and nothing is registered
        Api.applicant(org.secret()).body(RegistrationSmtpFlowTest.person(letter, "Third", Api.uniqueEmail(), "ONLINE"))
                .post(base + a + "/replacement").then().statusCode(409);
        Api.applicant(org.secret()).post(base + b + "/withdrawal").then().statusCode(200).body("status", equalTo("WITHDRAWN"));
        register(org.secret(), session, letter, Api.uniqueEmail(), "IN_PERSON").then().statusCode(201);
        Api.applicant(org.secret()).get(base.substring(0, base.length() - 1)).then().statusCode(200)
                .body("items.status", equalTo(List.of("REPLACED", "WITHDRAWN", "REQUESTED")));
        // another organization sees none of them and cannot touch them
        Accredited.Organization other = Accredited.para7("en");
        Api.applicant(other.secret()).get(base.substring(0, base.length() - 1)).then().statusCode(200)
                .body("items.size()", equalTo(0));
        Api.applicant(other.secret()).post(base + b + "/withdrawal").then().statusCode(404);
    }

    @Test
    void theSamePersonTwiceForASessionIsAConflict() {
        Accredited.Organization org = Accredited.para7("en");
        String session = openSession(null, null);
        String letter = upload(org.secret(), session);
        String email = "twice-" + UUID.randomUUID() + "@example.org";
        register(org.secret(), session, letter, email, "IN_PERSON").then().statusCode(201);
        register(org.secret(), session, letter, email.toUpperCase(java.util.Locale.ROOT), "ONLINE").then().statusCode(409)
                .body("title", equalTo("Already registered"));
        // another organization naming the same person for the same session too
        Accredited.Organization other = Accredited.para7("en");
        register(other.secret(), session, upload(other.secret(), session), email, "ONLINE").then().statusCode(409);
        assertEquals(1, count("select count(*) from representative where session_id = ?::uuid", session));
    }

    // ---- windows, late requests, standing ---------------------------------------------------------

    @Test
    void outsideTheWindowIsAConflict() {
        Accredited.Organization org = Accredited.para7("en");
        String early = SessionRows.insert(dataSource, SessionRows.Spec.notYetOpen(clock.instant()));
        String letter = upload(org.secret(), early);
        register(org.secret(), early, letter, Api.uniqueEmail(), "ONLINE").then().statusCode(409)
                .body("detail", containsString("opens at"));
        String opened = SessionRows.insert(dataSource, SessionRows.Spec.opened(clock.instant()));
        uploadRaw(org.secret(), opened, "application/pdf", Pdfs.blank(1)).then().statusCode(409);
        register(org.secret(), opened, letter, Api.uniqueEmail(), "ONLINE").then().statusCode(409)
                .body("detail", containsString("has opened"));
        assertEquals(0, count("select count(*) from representative where session_id in (?::uuid, ?::uuid)", early, opened));
    }

    @Test
    void aLateRequestNeedsStaffAcceptanceWithAReason() {
        Accredited.Organization org = Accredited.para7("es");
        String session = SessionRows.insert(dataSource, SessionRows.Spec.pastCutOffVienna(clock.instant(), 2, 2));
        String letter = upload(org.secret(), session);
        String id = register(org.secret(), session, letter, Api.uniqueEmail(), "IN_PERSON").then().statusCode(201)
                .body("status", equalTo("LATE_REQUEST")).body("late", equalTo(true))
                .body("timeZone", equalTo("Europe/Vienna")).body("registeredAtLocal", containsString("+01:00"))
                .extract().path("id");
        as("reviewer").get("/api/v1/sessions/" + session + "/registrations?late=true&status=LATE_REQUEST").then()
                .statusCode(200).body("items.id", equalTo(List.of(id)));
        as("reviewer").get("/api/v1/sessions/" + session + "/registrations?late=false").then()
                .statusCode(200).body("items.size()", equalTo(0));
        as("reviewer").post("/api/v1/representatives/" + id + "/confirmation").then().statusCode(422);
        as("reviewer").body(Map.of("reason", " ")).post("/api/v1/representatives/" + id + "/confirmation").then().statusCode(422);
        assertEquals(0, count("select count(*) from outbox_email where application_id = ?::uuid and kind like 'REGISTRATION%'",
                org.applicationId()));
        as("reviewer").body(Map.of("reason", "Official letter received by fax before the deadline"))
                .post("/api/v1/representatives/" + id + "/confirmation").then().statusCode(200)
                .body("status", equalTo("CONFIRMED")).body("late", equalTo(true))
                .body("decisionReason", equalTo("Official letter received by fax before the deadline"));
        assertEquals(1, count("select count(*) from outbox_email where application_id = ?::uuid and kind = 'REGISTRATION_CONFIRMED'",
                org.applicationId()));
    }

    @Test
    void anOrganizationNotApprovedOrNoLongerInGoodStandingCannotRegister() throws SQLException {
        String session = openSession(null, null);
        Api.Submitted pending = Api.submit("INTERGOVERNMENTAL_ORGANIZATION", null, "en");
        uploadRaw(pending.secret(), session, "application/pdf", Pdfs.blank(1)).then().statusCode(403)
                .contentType("application/problem+json");
        register(pending.secret(), session, UUID.randomUUID().toString(), Api.uniqueEmail(), "ONLINE").then().statusCode(403);

        Accredited.Organization org = Accredited.para7("en");
        String letter = upload(org.secret(), session);
        register(org.secret(), session, letter, Api.uniqueEmail(), "ONLINE").then().statusCode(201);
        String registered = register(org.secret(), session, letter, Api.uniqueEmail(), "IN_PERSON").then().statusCode(201)
                .extract().path("id");
        // the secretariat suspends its accreditation (e.g. its ECOSOC status lapsed)
        Api.as("approver").body(Map.of("reason", "Its ECOSOC status lapsed."))
                .post("/api/v1/applications/" + org.applicationId() + "/accreditation-suspension").then().statusCode(200);
        register(org.secret(), session, letter, Api.uniqueEmail(), "ONLINE").then().statusCode(403)
                .body("detail", containsString("suspended"));
        Api.applicant(org.secret()).get("/api/v1/sessions/" + session + "/representatives").then().statusCode(403);
        // nor can the secretariat confirm what it registered before; reinstated, it can
        Api.as("reviewer").body("{}").post("/api/v1/representatives/" + registered + "/confirmation").then().statusCode(409)
                .body("detail", containsString("SUSPENDED"));
        Api.as("approver").body(Map.of("reason", "Its ECOSOC status is active again."))
                .post("/api/v1/applications/" + org.applicationId() + "/accreditation-reinstatement").then().statusCode(200);
        Api.as("reviewer").body("{}").post("/api/v1/representatives/" + registered + "/confirmation").then().statusCode(200)
                .body("status", equalTo("CONFIRMED"));
        // withdrawn, it can register no one
        Api.as("approver").body(Map.of("reason", "Its ECOSOC status was withdrawn."))
                .post("/api/v1/applications/" + org.applicationId() + "/accreditation-withdrawal").then().statusCode(200);
        register(org.secret(), session, letter, Api.uniqueEmail(), "ONLINE").then().statusCode(403)
                .body("detail", containsString("withdrawn"));
        register("no-such-secret-" + UUID.randomUUID(), session, letter, Api.uniqueEmail(), "ONLINE").then().statusCode(404);
        assertEquals(2, count("select count(*) from representative where session_id = ?::uuid", session));
    }

    // ---- letters ---------------------------------------------------------------------------------

    @Test
    void onlyAnUnencryptedPdfWithinTheLimitsIsALetter() {
        Accredited.Organization org = Accredited.para7("en");
        String session = openSession(null, null);
        long before = count("select count(*) from registration_letter where session_id = ?::uuid", session);
        uploadRaw(org.secret(), session, "application/pdf", "Dear secretariat, here are our people.".getBytes(StandardCharsets.UTF_8))
                .then().statusCode(422).contentType("application/problem+json").body("detail", containsString("%PDF-"));
        uploadRaw(org.secret(), session, "application/pdf", "%PDF-1.7\nthis is not a PDF at all\n%%EOF".getBytes(StandardCharsets.UTF_8))
                .then().statusCode(422).body("detail", containsString("could not be read"));
        uploadRaw(org.secret(), session, "application/pdf", Pdfs.encrypted()).then().statusCode(422)
                .body("detail", containsString("encrypted"));
        uploadRaw(org.secret(), session, "application/pdf", new byte[0]).then().statusCode(422)
                .body("detail", containsString("empty"));
        uploadRaw(org.secret(), session, "application/pdf", Pdfs.blank(21)).then().statusCode(422)
                .body("detail", containsString("pages"));
        byte[] oversized = Arrays.copyOf(Pdfs.blank(1), 2 * 1024 * 1024 + 1);
        uploadRaw(org.secret(), session, "application/pdf", oversized).then().statusCode(413)
                .contentType("application/problem+json");
        uploadRaw(org.secret(), session, "text/plain", Pdfs.blank(1)).then().statusCode(415)
                .contentType("application/problem+json");
        uploadRaw(org.secret(), session, "application/json", "{}".getBytes(StandardCharsets.UTF_8)).then().statusCode(415)
                .contentType("application/problem+json");
        assertEquals(before, count("select count(*) from registration_letter where session_id = ?::uuid", session));
    }

    @Test
    void aLetterForAnotherSessionOrOfAnotherOrganizationIsRefused() {
        Accredited.Organization org = Accredited.para7("en");
        String session = openSession(null, null);
        String otherSession = openSession(null, null);
        String otherSessionLetter = upload(org.secret(), otherSession);
        register(org.secret(), session, otherSessionLetter, Api.uniqueEmail(), "ONLINE").then().statusCode(422)
                .body("title", equalTo("Letter for another session"));
        Accredited.Organization other = Accredited.para7("en");
        String othersLetter = upload(other.secret(), session);
        register(org.secret(), session, othersLetter, Api.uniqueEmail(), "ONLINE").then().statusCode(422)
                .body("title", equalTo("Unknown letter"));
        register(org.secret(), session, UUID.randomUUID().toString(), Api.uniqueEmail(), "ONLINE").then().statusCode(422);
        assertEquals(0, count("select count(*) from representative where session_id = ?::uuid", session));
    }

    @Test
    void staffDownloadALetterAsAnAttachmentWithAGeneratedName() {
        Accredited.Organization org = Accredited.para7("en");
        String session = openSession(null, null);
        byte[] pdf = Pdfs.blank(2);
        String id = uploadRaw(org.secret(), session, "application/pdf", pdf).then().statusCode(201)
                .body("pages", equalTo(2)).body("sizeBytes", equalTo(pdf.length)).extract().path("id");
        byte[] downloaded = as("approver").get("/api/v1/sessions/" + session + "/letters/" + id).then().statusCode(200)
                .contentType("application/pdf")
                .header("Content-Disposition", equalTo("attachment; filename=\"letter-" + id + ".pdf\""))
                .extract().asByteArray();
        assertArrayEquals(pdf, downloaded);
        as("reviewer").get("/api/v1/sessions/" + openSession(null, null) + "/letters/" + id).then().statusCode(404);
        Api.applicant(org.secret()).get("/api/v1/sessions/" + session + "/letters/" + id).then().statusCode(401);
        Api.anonymous().get("/api/v1/sessions/" + session + "/registrations").then().statusCode(401)
                .body("detail", startsWith("Sign in"));
    }

    // ---- two staff at once -----------------------------------------------------------------------

    @Test
    void twoStaffDecidingTheSameRegistrationAtOnceOneWinsTheOtherGetsAConflict() throws Exception {
        Accredited.Organization org = Accredited.para7("ru");
        String session = openSession(null, null);
        String letter = upload(org.secret(), session);
        for (int round = 0; round < 3; round++) {
            String id = register(org.secret(), session, letter, Api.uniqueEmail(), "ONLINE").then().statusCode(201)
                    .extract().path("id");
            List<Integer> statuses = atOnce(2, i -> () -> i == 0
                    ? as("reviewer").post("/api/v1/representatives/" + id + "/confirmation").statusCode()
                    : as("approver").body(Map.of("reason", "Not on the letter")).post("/api/v1/representatives/" + id + "/refusal")
                            .statusCode());
            assertEquals(List.of(200, 409), statuses.stream().sorted().toList(), statuses.toString());
            boolean confirmed = statuses.get(0) == 200;
            String status = as("reviewer").get("/api/v1/sessions/" + session + "/registrations").then().statusCode(200)
                    .extract().jsonPath().getString("items.find { it.id == '" + id + "' }.status");
            assertEquals(confirmed ? "CONFIRMED" : "REFUSED", status);
        }
        long confirmations = count("select count(*) from representative where session_id = ?::uuid and status = 'CONFIRMED'", session);
        long refusals = count("select count(*) from representative where session_id = ?::uuid and status = 'REFUSED'", session);
        assertEquals(3, confirmations + refusals);
        // each confirmation wrote two emails, each refusal one: nothing of the losing decision
        assertEquals(confirmations * 2 + refusals, count("select count(*) from outbox_email where application_id = ?::uuid "
                + "and kind in ('REGISTRATION_CONFIRMED', 'REPRESENTATIVE_CONFIRMED', 'REGISTRATION_REFUSED')", org.applicationId()));
    }

    // ---- helpers ---------------------------------------------------------------------------------

    interface Task {
        Supplier<Integer> of(int i);
    }

    static List<Integer> atOnce(int n, Task task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CyclicBarrier barrier = new CyclicBarrier(n);
            List<Future<Integer>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Supplier<Integer> call = task.of(i);
                futures.add(pool.submit(() -> {
                    barrier.await();
                    return call.get();
                }));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : futures) {
                statuses.add(f.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    long count(String sql, String... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setString(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
