package org.accredit.application;

import static org.accredit.support.Api.anonymous;
import static org.accredit.support.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.accredit.common.RuleViolationException;
import org.accredit.notification.EmailKind;
import org.accredit.notification.EmailRenderer;
import org.accredit.notification.RenderedEmail;
import org.accredit.organization.Language;
import org.accredit.support.Api;
import org.junit.jupiter.api.Test;

/**
 * The secretariat suspends, reinstates and withdraws an accreditation: each step with a reason, in
 * the history, emailed to the organization in its language; the organization sees it, leaves the
 * public list and cannot act as accredited; a withdrawn accreditation lets it apply again.
 */
@QuarkusTest
class AccreditationStandingTest {

    @Inject
    AgroalDataSource dataSource;
    @Inject
    Applications applications;
    @Inject
    EmailRenderer renderer;

    record Approved(String id, String secret, String name, String email) {
    }

    static Approved approved(String language) {
        String name = Api.unique("Standing IGO");
        String email = Api.uniqueEmail();
        var r = Api.submit(Api.body(name, "INTERGOVERNMENTAL_ORGANIZATION", "KE", null, email, language));
        String id = r.path("id");
        as("reviewer").post("/api/v1/applications/" + id + "/review").then().statusCode(200);
        as("reviewer").body("{}").post("/api/v1/applications/" + id + "/recommendation").then().statusCode(200);
        as("approver").body("{}").post("/api/v1/applications/" + id + "/approval").then().statusCode(200);
        return new Approved(id, r.path("trackingSecret"), name, email);
    }

    record Outboxed(String kind, String recipient, String language, String data) {
    }

    List<Outboxed> outbox(String applicationId) throws Exception {
        List<Outboxed> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "select kind, recipient, language, template_data from outbox_email where application_id = ? order by created_at, id")) {
            s.setObject(1, UUID.fromString(applicationId));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Outboxed(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                }
            }
        }
        return rows;
    }

    /** The door, in a transaction of its own (a fresh persistence context each time, as a request has). */
    AccreditedOrganization accreditedBy(String secret) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> applications.accreditedBy(secret));
    }

    /** Every name on the public list, every page. */
    static List<String> publicList() {
        List<String> names = new ArrayList<>();
        String cursor = null;
        do {
            var request = anonymous().queryParam("limit", 100);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.get("/api/v1/public/accredited-organizations").then().statusCode(200).extract().jsonPath();
            names.addAll(page.getList("items.name"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        return names;
    }

    private static String step(String id, String step, String reason) {
        return as("approver").body(Map.of("reason", reason, "note", "internal " + step))
                .post("/api/v1/applications/" + id + "/" + step).then().statusCode(200).extract().path("status");
    }

    @Test
    void suspendedThenReinstatedThenWithdrawnEachEmailedWithItsReason() throws Exception {
        Approved org = approved("ar");
        assertEquals("SUSPENDED", step(org.id(), "accreditation-suspension", "ECOSOC status suspended on 1 December."));

        // the organization sees it, in its words, with the reason; not the staff note
        Api.applicant(org.secret()).get("/api/v1/tracking").then().statusCode(200)
                .body("status", equalTo("SUSPENDED"))
                .body("history.reason", hasItem("ECOSOC status suspended on 1 December."))
                .body(not(containsString("internal accreditation-suspension")));
        // staff see the line with its note, and the moves now allowed
        as("reviewer").get("/api/v1/applications/" + org.id()).then().statusCode(200)
                .body("nextStatuses", equalTo(List.of("APPROVED", "ACCREDITATION_WITHDRAWN")));
        // off the public list
        assertFalse(publicList().contains(org.name()));
        // it cannot act as accredited, and is told why
        RuleViolationException refused = assertThrows(RuleViolationException.class, () -> accreditedBy(org.secret()));
        assertEquals(403, refused.httpStatus());
        assertTrue(refused.getMessage().contains("suspended"), refused.getMessage());

        // a second suspension is an illegal step
        as("approver").body(Map.of("reason", "again")).post("/api/v1/applications/" + org.id() + "/accreditation-suspension")
                .then().statusCode(409).contentType("application/problem+json").body("currentStatus", equalTo("SUSPENDED"));

        assertEquals("APPROVED", step(org.id(), "accreditation-reinstatement", "ECOSOC status restored."));
        assertEquals(org.id(), accreditedBy(org.secret()).applicationId().toString());
        assertTrue(publicList().contains(org.name()), "back on the public list once reinstated");

        assertEquals("ACCREDITATION_WITHDRAWN", step(org.id(), "accreditation-withdrawal", "ECOSOC status withdrawn."));
        Api.applicant(org.secret()).get("/api/v1/tracking").then().statusCode(200)
                .body("status", equalTo("ACCREDITATION_WITHDRAWN"));
        RuleViolationException withdrawn = assertThrows(RuleViolationException.class, () -> accreditedBy(org.secret()));
        assertTrue(withdrawn.getMessage().contains("withdrawn"), withdrawn.getMessage());
        as("approver").body(Map.of("reason", "back")).post("/api/v1/applications/" + org.id() + "/accreditation-reinstatement")
                .then().statusCode(409).body("currentStatus", equalTo("ACCREDITATION_WITHDRAWN"));
        // the applicant cannot withdraw an accreditation through its own door either
        Api.applicant(org.secret()).body(Map.of("reason", "x")).post("/api/v1/tracking/withdrawal").then().statusCode(409);

        List<Outboxed> mails = outbox(org.id());
        List<String> kinds = mails.stream().map(Outboxed::kind).toList();
        assertEquals(List.of("ACKNOWLEDGEMENT", "APPROVAL", "ACCREDITATION_SUSPENDED", "ACCREDITATION_REINSTATED",
                "ACCREDITATION_WITHDRAWN"), kinds);
        ObjectMapper json = new ObjectMapper();
        for (Outboxed m : mails.subList(2, 5)) {
            assertEquals(org.email(), m.recipient());
            assertEquals("ar", m.language());
            Map<String, Object> data = json.readValue(m.data(), new TypeReference<Map<String, Object>>() { });
            RenderedEmail email = renderer.render(EmailKind.valueOf(m.kind()), Language.ar, data);
            assertTrue(email.html().contains("dir=\"rtl\""), "Arabic reads right to left");
            assertTrue(email.text().contains(org.name()), email.text());
            assertTrue(email.text().contains("ECOSOC status"), "the reason is in the email: " + email.text());
            assertFalse(email.text().contains("internal"), "never the staff note");
            assertFalse(email.subject().contains(org.name()), "no applicant text in a subject");
        }
        RenderedEmail suspended = renderer.render(EmailKind.ACCREDITATION_SUSPENDED, Language.ar,
                json.readValue(mails.get(2).data(), new TypeReference<Map<String, Object>>() { }));
        assertTrue(suspended.subject().contains("تعليق الاعتماد"), suspended.subject());
    }

    @Test
    void onlyAnAccreditationHasAStandingAndEveryStepNeedsAReason() {
        Api.Submitted fresh = Api.submit("INTERGOVERNMENTAL_ORGANIZATION", null, "en");
        for (String step : List.of("accreditation-suspension", "accreditation-reinstatement", "accreditation-withdrawal")) {
            as("approver").body(Map.of("reason", "r")).post("/api/v1/applications/" + fresh.id() + "/" + step).then()
                    .statusCode(409).body("currentStatus", equalTo("SUBMITTED"));
        }
        Approved org = approved("en");
        as("approver").body(Map.of("reason", "  ")).post("/api/v1/applications/" + org.id() + "/accreditation-suspension")
                .then().statusCode(400).body("errors.field", hasItem(containsString("reason")));
        as("approver").body("{}").post("/api/v1/applications/" + org.id() + "/accreditation-withdrawal")
                .then().statusCode(400);
        as("approver").body(Map.of("reason", "x".repeat(4001))).post("/api/v1/applications/" + org.id()
                + "/accreditation-withdrawal").then().statusCode(400);
        as("approver").body(Map.of("reason", "r")).post("/api/v1/applications/" + UUID.randomUUID()
                + "/accreditation-withdrawal").then().statusCode(404);
        Api.applicant(org.secret()).get("/api/v1/tracking").then().body("status", equalTo("APPROVED"));
    }

    @Test
    void theDuplicateIndexAndIsOpenAgreeOnEveryStatus() throws Exception {
        String predicate;
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("select pg_get_expr(i.indpred, "
                + "i.indrelid) from pg_index i join pg_class x on x.oid = i.indexrelid where x.relname = "
                + "'application_open_per_org_and_call'"); ResultSet rs = s.executeQuery()) {
            assertTrue(rs.next());
            predicate = rs.getString(1);
        }
        for (ApplicationStatus status : ApplicationStatus.values()) {
            boolean excluded = predicate.contains("'" + status.name() + "'");
            assertEquals(!status.isOpen(), excluded, status + " in " + predicate);
        }
    }

    @Test
    void aSuspendedOrganizationCannotApplyAgainAWithdrawnOneCan() {
        Approved org = approved("fr");
        Map<String, Object> again = Api.body(org.name(), "INTERGOVERNMENTAL_ORGANIZATION", "KE", null, Api.uniqueEmail(), "fr");
        step(org.id(), "accreditation-suspension", "Lapsed.");
        anonymous().body(again).post("/api/v1/applications").then().statusCode(409);
        step(org.id(), "accreditation-withdrawal", "Withdrawn.");
        anonymous().body(again).post("/api/v1/applications").then().statusCode(201);
    }
}
