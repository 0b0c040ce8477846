package org.accredit.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.accredit.support.Api;
import org.junit.jupiter.api.Test;

/**
 * The default configuration: security headers on every kind of response (an API 200, a problem 404,
 * a path nothing serves, a static file), no site may frame the pages, and CORS is off (no CORS header,
 * even to a preflight).
 */
@QuarkusTest
class BrowserPolicyTest {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "form-action 'self'; base-uri 'none'; object-src 'none'; frame-ancestors 'none'";

    static ValidatableResponse securityHeaders(ValidatableResponse r) {
        return r.header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "same-origin")
                .header("Content-Security-Policy", containsString("script-src 'self';"))
                .header("Content-Security-Policy", containsString("object-src 'none'"));
    }

    @Test
    void anApiAnswerCarriesTheSecurityHeaders() {
        securityHeaders(Api.anonymous().get("/api/v1/calls").then().statusCode(200))
                .header("Content-Security-Policy", equalTo(CSP))
                .header("X-Frame-Options", "DENY");
    }

    @Test
    void aProblemAnswerCarriesThemToo() {
        securityHeaders(Api.anonymous().get("/api/v1/tracking").then().statusCode(404)
                .contentType("application/problem+json"))
                .header("X-Frame-Options", "DENY");
    }

    @Test
    void aPathNothingServesAndAStaticFileCarryThem() {
        // not API exchanges: outside the OpenAPI document, so without its check
        securityHeaders(given().noFilters().get("/no-such-page").then().statusCode(404));
        securityHeaders(given().noFilters().get("/browser-policy-probe.txt").then().statusCode(200)
                .body(containsString("static file")))
                .header("Content-Security-Policy", equalTo(CSP))
                .header("X-Frame-Options", "DENY");
    }

    @Test
    void corsIsOffByDefault() {
        Api.anonymous().header("Origin", "https://www.unodc.org").get("/api/v1/calls").then().statusCode(200)
                .header("Access-Control-Allow-Origin", nullValue())
                .header("Vary", nullValue());
        given().noFilters().header("Origin", "https://www.unodc.org")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type")
                .options("/api/v1/applications").then()
                .header("Access-Control-Allow-Origin", nullValue())
                .header("Access-Control-Allow-Methods", nullValue())
                .header("Access-Control-Allow-Headers", nullValue());
    }
}
