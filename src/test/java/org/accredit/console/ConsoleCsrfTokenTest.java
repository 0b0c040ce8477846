package org.accredit.console;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.accredit.support.ConsoleSession;
import org.junit.jupiter.api.Test;

/** The CSRF token of a console form counts only with the cookie of the session that received it. */
@QuarkusTest
class ConsoleCsrfTokenTest {

    @Test
    void aTokenFromAnotherSessionIsRefused() {
        ConsoleSession victim = ConsoleSession.signIn("approver");
        ConsoleSession attacker = ConsoleSession.signIn("reviewer");
        assertNotNull(attacker.token());
        assertNotEquals(victim.token(), attacker.token());
        // the victim's cookies (session and CSRF) with the attacker's own valid token
        victim.request().contentType(ContentType.URLENC).formParam("csrf-token", attacker.token())
                .post("/console/logout").then().statusCode(403).body(containsString("error-message"));
        // still signed in, and the victim's own token still works
        victim.get("/console").then().statusCode(200).body(containsString("approver"));
        victim.refreshToken("/console");
        victim.post("/console/logout").then().statusCode(303);
    }

    @Test
    void aTamperedTokenIsRefused() {
        ConsoleSession s = ConsoleSession.signIn("approver");
        String token = s.token();
        String tampered = token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA");
        s.request().contentType(ContentType.URLENC).formParam("csrf-token", tampered)
                .post("/console/logout").then().statusCode(403);
        s.post("/console/logout").then().statusCode(303);
    }
}
