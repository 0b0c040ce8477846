package org.accredit.application;

import static org.accredit.support.Api.applicant;
import static org.accredit.support.Api.as;
import static org.accredit.support.Api.post;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.accredit.notification.OutboxDispatcher;
import org.accredit.support.Api;
import org.accredit.support.Api.Submitted;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The secretariat's review over the API, each path from submission to the email it sends. */
@QuarkusTest
class ApplicationFlowTest {

    @Inject
    OutboxDispatcher dispatcher;

    @Inject
    MockMailbox mailbox;

    @BeforeEach
    void flushOutbox() {
        dispatcher.dispatchDue();
        mailbox.clear();
    }

    private List<Mail> mailTo(String address) {
        dispatcher.dispatchDue();
        List<Mail> mails = mailbox.getMailsSentTo(address);
        return mails == null ? List.of() : mails;
    }

    @Test
    void para7FromSubmissionToApproval() {
        String email = Api.uniqueEmail();
        ExtractableResponse<Response> receipt = Api.submit(Api.body(Api.unique("Regional Police Organization"),
                "INTERGOVERNMENTAL_ORGANIZATION", "AT", null, email, "es"));
        String id = receipt.path("id");
        String secret = receipt.path("trackingSecret");
        assertTrue(receipt.header("Location").endsWith("/api/v1/applications/" + id));
        assertEquals("PARA_7", receipt.path("path"));
        assertEquals(43, secret.length());

        post("reviewer", "/api/v1/applications/" + id + "/review", null, 200);
        as("reviewer").body(Map.of("note", "IGO confirmed from its treaty")).post("/api/v1/applications/" + id + "/recommendation")
                .then().statusCode(200).body("status", equalTo("RECOMMENDED")).body("recommendedBy", equalTo("reviewer"));
        as("approver").post("/api/v1/applications/" + id + "/approval").then().statusCode(200)
                .body("status", equalTo("APPROVED")).body("decidedBy", equalTo("approver"))
                .body("history.toStatus", hasItems("IN_REVIEW", "RECOMMENDED", "APPROVED"))
                .body("history.actor", hasItems("applicant", "reviewer", "approver"))
                .body("history.note", hasItem("IGO confirmed from its treaty"));

        applicant(secret).get("/api/v1/tracking").then().statusCode(200)
                .body("status", equalTo("APPROVED"))
                // the applicant vocabulary: the recommendation is the secretariat's internal step (issue 8)
                .body("history.toStatus", equalTo(List.of("SUBMITTED", "IN_REVIEW", "APPROVED")))
                .body(not(containsString("IGO confirmed")))
                .body(not(containsString("approver")))
                .body(not(containsString("reviewer")));

        List<Mail> mails = mailTo(email);
        assertEquals(2, mails.size(), "acknowledgement and approval");
        assertTrue(mails.get(0).getText().contains(secret), "the acknowledgement carries the tracking secret");
        assertTrue(mails.get(0).getText().contains(receipt.path("reference")));
    }

    @Test
    void para9StopsAtRecommendedAndCannotBeApprovedByTheSecretariat() {
        Api.ensureOpenCall();
        Submitted s = Api.submit("ACADEMIC_INSTITUTION", null, "en");
        as("reviewer").get("/api/v1/applications/" + s.id()).then().statusCode(200)
                .body("path", equalTo("PARA_9")).body("callId", notNullValue());
        post("reviewer", "/api/v1/applications/" + s.id() + "/review", null, 200);
        post("reviewer", "/api/v1/applications/" + s.id() + "/recommendation", null, 200);
        as("approver").post("/api/v1/applications/" + s.id() + "/approval").then().statusCode(409)
                .contentType("application/problem+json");
        as("reviewer").get("/api/v1/applications/" + s.id()).then().body("status", equalTo("RECOMMENDED"));
    }

    @Test
    void informationRequestAndAnswer() {
        Submitted s = Api.submit("UN_ENTITY", null, "fr");
        post("reviewer", "/api/v1/applications/" + s.id() + "/review", null, 200);
        as("reviewer").body(Map.of("question", "Please send your mandate.", "note", "internal: check the mandate"))
                .post("/api/v1/applications/" + s.id() + "/information-request").then().statusCode(200)
                .body("status", equalTo("INFORMATION_REQUESTED"));

        applicant(s.secret()).get("/api/v1/tracking").then().statusCode(200)
                .body("informationRequest", equalTo("Please send your mandate."))
                .body(not(containsString("internal: check the mandate")));
        Mail request = mailTo(s.contactEmail()).get(1);
        assertTrue(request.getText().contains("Please send your mandate."));

        applicant(s.secret()).body(Map.of("answer", "Our mandate is attached at https://example.org/mandate"))
                .post("/api/v1/tracking/information-response").then().statusCode(200)
                .body("status", equalTo("IN_REVIEW"));
        as("reviewer").get("/api/v1/applications/" + s.id()).then()
                .body("informationResponse", containsString("mandate is attached"))
                .body("history[-1].actorRole", equalTo("applicant"));
        applicant(s.secret()).body(Map.of("answer", "again")).post("/api/v1/tracking/information-response")
                .then().statusCode(409).body("currentStatus", equalTo("IN_REVIEW"));
    }

    @Test
    void applicantWithdraws() {
        Submitted s = Api.submit("UN_ENTITY", null, "ru");
        applicant(s.secret()).body(Map.of("reason", "We will apply next year")).post("/api/v1/tracking/withdrawal")
                .then().statusCode(200).body("status", equalTo("WITHDRAWN"));
        applicant(s.secret()).body(Map.of()).post("/api/v1/tracking/withdrawal").then().statusCode(409)
                .contentType("application/problem+json").body("currentStatus", equalTo("WITHDRAWN"));
        post("reviewer", "/api/v1/applications/" + s.id() + "/review", null, 409);
        assertEquals(2, mailTo(s.contactEmail()).size(), "acknowledgement and withdrawal");
    }

    @Test
    void rejectionWithReason() {
        Submitted s = Api.submit("UN_ENTITY", null, "en");
        as("reviewer").body(Map.of("reason", "The entity is not part of the UN system.", "note", "internal only"))
                .post("/api/v1/applications/" + s.id() + "/rejection").then().statusCode(200)
                .body("status", equalTo("REJECTED")).body("decisionReason", equalTo("The entity is not part of the UN system."));
        applicant(s.secret()).get("/api/v1/tracking").then()
                .body("history[-1].reason", equalTo("The entity is not part of the UN system."))
                .body(not(containsString("internal only")));
        Mail rejection = mailTo(s.contactEmail()).get(1);
        assertTrue(rejection.getText().contains("The entity is not part of the UN system."));
        as("reviewer").body(Map.of()).post("/api/v1/applications/" + s.id() + "/rejection").then().statusCode(400)
                .body("errors.field", hasItem("reason"));
    }

    @Test
    void fourEyesRefusesTheRecommenderAsApprover() {
        Submitted s = Api.submit("INTERGOVERNMENTAL_ORGANIZATION", null, "en");
        post("chief", "/api/v1/applications/" + s.id() + "/review", null, 200);
        post("chief", "/api/v1/applications/" + s.id() + "/recommendation", null, 200);
        as("chief").post("/api/v1/applications/" + s.id() + "/approval").then().statusCode(403)
                .contentType("application/problem+json").body("detail", containsString("Four eyes"));
        as("chief").body(Map.of("reason", "no")).post("/api/v1/applications/" + s.id() + "/rejection").then().statusCode(403);
        as("reviewer").body(Map.of("reason", "no")).post("/api/v1/applications/" + s.id() + "/rejection").then()
                .statusCode(403).body("detail", containsString("approver"));
        post("approver", "/api/v1/applications/" + s.id() + "/approval", null, 200);
    }

    @Test
    void approverRejectsARecommendation() {
        Submitted s = Api.submit("INTERGOVERNMENTAL_ORGANIZATION", null, "zh");
        post("reviewer", "/api/v1/applications/" + s.id() + "/review", null, 200);
        post("reviewer", "/api/v1/applications/" + s.id() + "/recommendation", null, 200);
        as("approver2").body(Map.of("reason", "Not an intergovernmental organization."))
                .post("/api/v1/applications/" + s.id() + "/rejection").then().statusCode(200)
                .body("status", equalTo("REJECTED")).body("decidedBy", equalTo("approver2"));
    }

    @Test
    void unconfirmedEcosocClaimMovesToPara9WithAnEmail() {
        Api.ensureOpenCall();
        Submitted s = Api.submit("NGO", "ROSTER", "ar");
        as("reviewer").get("/api/v1/applications/" + s.id()).then()
                .body("path", equalTo("PARA_8")).body("ecosoc.claimedCategory", equalTo("ROSTER"))
                .body("ecosoc.matchedEntry", nullValue())
                .body("history.type", hasItem("ECOSOC_MATCH_PROPOSED"));
        post("reviewer", "/api/v1/applications/" + s.id() + "/review", null, 200);
        as("reviewer").body(Map.of("path", "PARA_9", "reason", "The ECOSOC roster does not list your organization."))
                .post("/api/v1/applications/" + s.id() + "/path-change").then().statusCode(200)
                .body("path", equalTo("PARA_9")).body("callId", notNullValue())
                .body("history[-1].type", equalTo("PATH_CHANGED"))
                .body("history[-1].fromPath", equalTo("PARA_8")).body("history[-1].toPath", equalTo("PARA_9"));
        List<Mail> mails = mailTo(s.contactEmail());
        assertEquals(2, mails.size(), "acknowledgement and path change");
        assertTrue(mails.get(1).getText().contains("The ECOSOC roster does not list your organization."));
        applicant(s.secret()).get("/api/v1/tracking").then().body("path", equalTo("PARA_9"))
                .body("history.type", not(hasItem("ECOSOC_MATCH_PROPOSED")));
    }

    @Test
    void duplicatesAreRefusedWithoutRevealingTheOther() {
        String name = Api.unique("Centre for Cyber Policy");
        Api.submit(Api.body(name, "UN_ENTITY", "KE", null, Api.uniqueEmail(), "en"));
        String variant = name.toUpperCase().replace("CENTRE", "Céntre,");
        Api.anonymous().body(Api.body(variant, "UN_ENTITY", "KE", null, Api.uniqueEmail(), "en"))
                .post("/api/v1/applications").then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("already under consideration"))
                .body(not(containsString("Dana Contact")))
                .body(not(containsString("AHC-")));
        Api.submit(Api.body(name, "UN_ENTITY", "TZ", null, Api.uniqueEmail(), "en"));
    }

    @Test
    void aPathChangeIntoACallWhereTheOrganizationAlreadyAppliedIsADuplicate() {
        Api.ensureOpenCall();
        String name = Api.unique("Digital Rights Watch");
        Api.submit(Api.body(name, "NGO", "IN", null, Api.uniqueEmail(), "en"));
        String para8 = Api.submit(Api.body(name, "NGO", "IN", "SPECIAL", Api.uniqueEmail(), "en")).path("id");
        post("reviewer", "/api/v1/applications/" + para8 + "/review", null, 200);
        as("reviewer").body(Map.of("path", "PARA_9", "reason", "Not on the ECOSOC roster."))
                .post("/api/v1/applications/" + para8 + "/path-change").then().statusCode(409)
                .body("title", equalTo("Duplicate application"));
        as("reviewer").get("/api/v1/applications/" + para8).then().body("path", equalTo("PARA_8"));
    }

    @Test
    void aWithdrawnApplicationDoesNotBlockANewOne() {
        String name = Api.unique("Institute for Digital Rights");
        String secret = Api.submit(Api.body(name, "UN_ENTITY", "BR", null, Api.uniqueEmail(), "es"))
                .path("trackingSecret");
        applicant(secret).post("/api/v1/tracking/withdrawal").then().statusCode(200);
        Api.submit(Api.body(name, "UN_ENTITY", "BR", null, Api.uniqueEmail(), "es"));
    }

    @Test
    void unknownIdsAndSecretsAnswer404() {
        as("reviewer").get("/api/v1/applications/" + java.util.UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
        as("reviewer").post("/api/v1/applications/" + java.util.UUID.randomUUID() + "/review").then().statusCode(404);
        // issue 8: a malformed id is a bad parameter (400 naming it), not a missing application
        as("reviewer").get("/api/v1/applications/not-a-uuid").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("id"));
        applicant("A".repeat(43)).get("/api/v1/tracking").then().statusCode(404).contentType("application/problem+json");
        applicant("short").get("/api/v1/tracking").then().statusCode(404);
        Api.anonymous().get("/api/v1/tracking").then().statusCode(404);
    }

    @Test
    void queueFiltersAndPagesInAStableOrder() {
        String prefix = Api.unique("Queue Test");
        for (int i = 0; i < 5; i++) {
            Api.submit(Api.body(prefix + " member " + i, "UN_ENTITY", "GH", null, Api.uniqueEmail(), "en"));
        }
        List<String> seen = new java.util.ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var spec = as("reviewer").queryParam("q", prefix.toLowerCase()).queryParam("limit", 2)
                    .queryParam("status", "SUBMITTED").queryParam("path", "PARA_7");
            if (cursor != null) {
                spec = spec.queryParam("cursor", cursor);
            }
            ExtractableResponse<Response> page = spec.get("/api/v1/applications").then().statusCode(200)
                    .body("items.status", everyItem(equalTo("SUBMITTED"))).extract();
            seen.addAll(page.path("items.organizationName"));
            cursor = page.path("nextCursor");
            pages++;
        } while (cursor != null && pages < 10);
        assertEquals(3, pages);
        assertEquals(List.of(prefix + " member 0", prefix + " member 1", prefix + " member 2", prefix + " member 3",
                prefix + " member 4"), seen);
        as("reviewer").queryParam("q", prefix).queryParam("path", "PARA_9").get("/api/v1/applications").then()
                .body("items", org.hamcrest.Matchers.empty());
        as("reviewer").queryParam("cursor", "garbage").get("/api/v1/applications").then().statusCode(400);
        as("reviewer").queryParam("limit", 1000).get("/api/v1/applications").then().statusCode(400)
                .body("errors.field", hasItem("limit"));
        // issue 8: an unknown enum value answers 400 naming the parameter (it was 404)
        as("reviewer").queryParam("status", "NOPE").get("/api/v1/applications").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("status"));
    }

    @Test
    void illegalTransitionAnswers409WithTheCurrentStatus() {
        Submitted s = Api.submit("UN_ENTITY", null, "en");
        as("reviewer").post("/api/v1/applications/" + s.id() + "/recommendation").then().statusCode(409)
                .contentType("application/problem+json").body("currentStatus", equalTo("SUBMITTED"))
                .body("title", equalTo("Illegal transition"));
    }

    @Test
    void locationHeaderPointsToTheStaffView() {
        Submitted s = Api.submit("UN_ENTITY", null, "en");
        as("reviewer").get("/api/v1/applications/" + s.id()).then().statusCode(200)
                .body("reference", equalTo(s.reference())).body("contact.email", equalTo(s.contactEmail()))
                .body("nextStatuses", hasItems("IN_REVIEW", "REJECTED", "WITHDRAWN"))
                .body("history[0].type", equalTo("SUBMITTED"));
        Api.anonymous().get("/api/v1/calls").then().statusCode(200).contentType(containsString("json"));
    }
}
