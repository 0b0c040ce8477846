package org.accredit.console;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.accredit.support.ConsoleSession;
import org.junit.jupiter.api.Test;

/** Signing in and out of the console with the demo accounts, and the CSRF check of its forms. */
@QuarkusTest
class ConsoleSignInTest {

    @Test
    void anonymousIsSentToSignInAndTheApiStillAnswers401() {
        given().redirects().follow(false).get("/console").then().statusCode(302)
                .header("Location", endsWith("/console/login"));
        given().get("/console/login").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("j_security_check"));
        // the API keeps its own challenge: HTTP Basic with problem+json, never a redirect to a sign-in page
        given().redirects().follow(false).get("/api/v1/applications").then().statusCode(401)
                .header("WWW-Authenticate", containsString("basic"));
    }

    @Test
    void wrongPasswordShowsTheErrorAndGoodOneSignsIn() {
        Response bad = given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("j_username", "reviewer").formParam("j_password", "nope").post("/j_security_check");
        assertEquals(302, bad.statusCode());
        assertEquals(null, bad.getCookie("quarkus-credential"));
        given().get(bad.getHeader("Location")).then().statusCode(401).body(containsString("sign-in-error"));

        ConsoleSession reviewer = ConsoleSession.signIn("reviewer");
        reviewer.get("/console").then().statusCode(200).body(containsString("reviewer"))
                .body(containsString("href=\"/console/applications\"")).body(not(containsString("href=\"/console/admin\"")));
        assertNotNull(reviewer.token());
        // the console's session cookie does not sign an API call in: the API takes HTTP Basic only
        reviewer.get("/api/v1/applications").then().statusCode(401).header("WWW-Authenticate", containsString("basic"));
    }

    @Test
    void sessionCookieIsHttpOnlyAndCsrfCookieIsScopedToTheConsole() {
        Response login = given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("j_username", "admin").formParam("j_password", "admin").post("/j_security_check");
        assertEquals(true, login.getDetailedCookie("quarkus-credential").isHttpOnly());
        assertEquals("/console", login.getDetailedCookie("quarkus-credential").getPath());
        ConsoleSession admin = ConsoleSession.signIn("admin");
        Response home = admin.get("/console");
        assertEquals("/console", home.getDetailedCookie("console-csrf").getPath());
    }

    @Test
    void crossSitePostIsRefusedAndTheTokenedOneSignsOut() {
        ConsoleSession approver = ConsoleSession.signIn("approver");
        // a form another site posts: the session cookie may travel, the token cannot
        approver.postWithoutToken("/console/logout").then().statusCode(403)
                .contentType(containsString("text/html")).body(containsString("error-message"));
        approver.postWithoutToken("/console/logout", "csrf-token", "forged").then().statusCode(403);
        Response out = approver.post("/console/logout");
        assertEquals(303, out.statusCode());
        assertEquals(true, out.getHeader("Location").endsWith("/console/login?signed-out=1"));
    }
}
