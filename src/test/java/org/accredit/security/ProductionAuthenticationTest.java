package org.accredit.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.accredit.support.OidcTokens;
import org.accredit.support.ProductionAuthProfile;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The production way in: bearer tokens of the identity provider, roles from the configured claim
 * (realm_access/roles), the staff member named by the token, and no demo account.
 */
@QuarkusTest
@TestProfile(ProductionAuthProfile.class)
class ProductionAuthenticationTest {

    @ConfigProperty(name = OidcTokens.PRIVATE_KEY)
    String signingKey;

    /** The stand-in provider's address, which is also the issuer its tokens carry. */
    @ConfigProperty(name = "quarkus.oidc.auth-server-url")
    String issuer;

    private RequestSpecification as(String user, String... roles) {
        return given().auth().oauth2(OidcTokens.token(issuer, user, OidcTokens.realmRoles(roles), 300, signingKey));
    }

    private String submit(String name) {
        return given().contentType(ContentType.JSON)
                .body("""
                        {"organization":{"name":"%s","type":"INTERGOVERNMENTAL_ORGANIZATION","country":"AT"},
                         "contact":{"name":"A. Person","email":"a.person@example.org"},"language":"en"}
                        """.formatted(name))
                .post("/api/v1/applications")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void aReviewersTokenIsAcceptedAndTheHistoryNamesTheTokensUser() {
        String id = submit("OIDC Review Organization");
        as("r.santos", "reviewer").contentType(ContentType.JSON).post("/api/v1/applications/" + id + "/review").then().statusCode(200);
        as("r.santos", "reviewer").get("/api/v1/applications/" + id).then().statusCode(200)
                .body("status", equalTo("IN_REVIEW"))
                .body("history.find { it.toStatus == 'IN_REVIEW' }.actor", equalTo("r.santos"))
                .body("history.find { it.toStatus == 'IN_REVIEW' }.actorRole", equalTo("reviewer"));
    }

    @Test
    void eachRoleOpensOnlyItsOwnEndpoints() {
        as("a.admin", "admin").get("/api/v1/admin/holidays?year=2026").then().statusCode(200);
        as("r.santos", "reviewer").get("/api/v1/admin/holidays?year=2026").then().statusCode(403);
        as("a.admin", "admin").get("/api/v1/applications").then().statusCode(200);
    }

    @Test
    void rolesOutsideTheConfiguredClaimCountForNothing() {
        String groupsOnly = OidcTokens.token(issuer, "g.user", "\"groups\":[\"reviewer\",\"admin\"]", 300, signingKey);
        given().auth().oauth2(groupsOnly).get("/api/v1/applications").then().statusCode(403);
        as("no.role").get("/api/v1/applications").then().statusCode(403);
    }

    @Test
    void withoutAValidTokenTheAnswerIs401() {
        given().get("/api/v1/applications").then().statusCode(401);
        given().auth().oauth2("not-a-token").get("/api/v1/applications").then().statusCode(401);
        given().auth().oauth2(OidcTokens.token(issuer, "r.santos", OidcTokens.realmRoles("reviewer"), -600, signingKey))
                .get("/api/v1/applications").then().statusCode(401);
        given().auth().oauth2(OidcTokens.token(issuer, "r.santos", OidcTokens.realmRoles("reviewer"), 300,
                        OidcTokens.foreignKey()))
                .get("/api/v1/applications").then().statusCode(401);
        String otherIssuer = OidcTokens.token("https://elsewhere.example.org/realms/accredit", "r.santos",
                OidcTokens.realmRoles("reviewer"), 300, signingKey);
        given().auth().oauth2(otherIssuer).get("/api/v1/applications").then().statusCode(401);
    }

    @Test
    void theDemoStaffAccountsDoNotExist() {
        for (String user : List.of("reviewer", "approver", "admin", "chief")) {
            given().auth().preemptive().basic(user, user).get("/api/v1/applications").then().statusCode(401);
        }
    }

    @Test
    void aTokenForAnotherAudienceOrWithoutOneIsRefused() {
        String forOtherClient = OidcTokens.token(issuer, "r.santos", "r.santos-subject", "another-client",
                OidcTokens.realmRoles("reviewer"), 300, signingKey);
        given().auth().oauth2(forOtherClient).get("/api/v1/applications").then().statusCode(401);
        String withoutAudience = OidcTokens.token(issuer, "r.santos", "r.santos-subject", null,
                OidcTokens.realmRoles("reviewer"), 300, signingKey);
        given().auth().oauth2(withoutAudience).get("/api/v1/applications").then().statusCode(401);
        String forThisService = OidcTokens.token(issuer, "r.santos", "r.santos-subject", OidcTokens.AUDIENCE,
                OidcTokens.realmRoles("reviewer"), 300, signingKey);
        given().auth().oauth2(forThisService).get("/api/v1/applications").then().statusCode(200);
    }

    private RequestSpecification memberState(String user, String subject) {
        return given().auth().oauth2(OidcTokens.token(issuer, user, subject, OidcTokens.AUDIENCE,
                OidcTokens.realmRoles("member-state"), 300, signingKey));
    }

    /** Registers a French focal point bound to {@code subject}, shown as {@code username}. */
    private void registerFocalPoint(String subject, String username) {
        as("a.admin", "admin").contentType(ContentType.JSON)
                .body(Map.of("subject", subject, "username", username, "stateCode", "FR",
                        "focalPointEmail", "focal.fr@example.org", "language", "fr"))
                .post("/api/v1/admin/member-state-users")
                .then().statusCode(201)
                .body("subject", equalTo(subject)).body("username", equalTo(username));
    }

    @Test
    void aMemberStateFocalPointIsFoundByTheTokensSubject() {
        String subject = UUID.randomUUID().toString();
        String login = "ms-fr-" + subject.substring(0, 8);
        registerFocalPoint(subject, login);
        memberState(login, subject).get("/api/v1/member-state/lists").then().statusCode(200);
        as("ms-unknown", "member-state").get("/api/v1/member-state/lists").then().statusCode(403)
                .contentType("application/problem+json");
        as("r.santos", "reviewer").get("/api/v1/member-state/lists").then().statusCode(403);
    }

    @Test
    void aTokenWithTheFocalPointsLoginNameButAnotherSubjectIsNotTheFocalPoint() {
        String subject = UUID.randomUUID().toString();
        String login = "ms-fr-" + subject.substring(0, 8);
        registerFocalPoint(subject, login);
        // another account of the provider that took (or was renamed to) the same login name
        memberState(login, UUID.randomUUID().toString()).get("/api/v1/member-state/lists").then().statusCode(403)
                .contentType("application/problem+json");
        // nor is a token whose subject is the login name
        memberState(login, login).get("/api/v1/member-state/lists").then().statusCode(403);
    }

    @Test
    void theFocalPointsSubjectStillWorksAfterItsLoginNameChanged() {
        String subject = UUID.randomUUID().toString();
        String login = "ms-fr-" + subject.substring(0, 8);
        registerFocalPoint(subject, login);
        memberState("renamed." + login, subject).get("/api/v1/member-state/lists").then().statusCode(200);
    }
}
