package org.accredit.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.accredit.support.Api;
import org.junit.jupiter.api.Test;

/**
 * CORS opened to one origin and the pages embeddable by one site: the listed origin reads answers and
 * gets its preflight answered; another origin gets no CORS header and a 403 to its preflight; nothing
 * ever allows credentials. The CSP names the embedding site in frame-ancestors, and no X-Frame-Options.
 */
@QuarkusTest
@TestProfile(CorsTest.OneOrigin.class)
class CorsTest {

    static final String WEBSITE = "https://www.unodc.org";
    static final String EMBEDDER = "https://embed.example.org";
    static final String OTHER = "https://evil.example.com";

    public static class OneOrigin implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("accredit.cors.origins", WEBSITE + "/", "accredit.cors.max-age", "PT10M",
                    "accredit.embedding.origins", EMBEDDER);
        }
    }

    @Test
    void theListedOriginMayReadTheAnswer() {
        Api.anonymous().header("Origin", WEBSITE).get("/api/v1/calls").then().statusCode(200)
                .header("Access-Control-Allow-Origin", WEBSITE)
                .header("Access-Control-Expose-Headers", containsString("Location"))
                .header("Access-Control-Allow-Credentials", nullValue())
                .header("Vary", containsString("Origin"));
        // a problem answer too, so that the page can show it
        Api.anonymous().header("Origin", WEBSITE).get("/api/v1/tracking").then().statusCode(404)
                .header("Access-Control-Allow-Origin", WEBSITE);
    }

    @Test
    void anotherOriginGetsNoCorsHeader() {
        Api.anonymous().header("Origin", OTHER).get("/api/v1/calls").then().statusCode(200)
                .header("Access-Control-Allow-Origin", nullValue())
                .header("Vary", containsString("Origin"));
        Api.anonymous().header("Origin", "null").get("/api/v1/calls").then().statusCode(200)
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void thePreflightOfTheListedOriginIsAnswered() {
        given().noFilters().header("Origin", WEBSITE)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type, idempotency-key, accept-language")
                .options("/api/v1/applications").then().statusCode(204)
                .header("Access-Control-Allow-Origin", WEBSITE)
                .header("Access-Control-Allow-Methods", "GET, HEAD, POST")
                .header("Access-Control-Allow-Headers", "Content-Type, Idempotency-Key, X-Tracking-Secret, Accept-Language")
                .header("Access-Control-Max-Age", "600")
                .header("Access-Control-Allow-Credentials", nullValue());
        given().noFilters().header("Origin", WEBSITE)
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "X-Tracking-Secret")
                .options("/api/v1/tracking").then().statusCode(204)
                .header("Access-Control-Allow-Origin", WEBSITE);
    }

    @Test
    void aPreflightFromAnotherOriginIsRefused() {
        given().noFilters().header("Origin", OTHER)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type")
                .options("/api/v1/applications").then().statusCode(403)
                .contentType("application/problem+json")
                .header("Access-Control-Allow-Origin", nullValue())
                .header("Access-Control-Allow-Methods", nullValue());
    }

    @Test
    void aPreflightForAnotherMethodOrHeaderIsRefused() {
        given().noFilters().header("Origin", WEBSITE)
                .header("Access-Control-Request-Method", "DELETE")
                .options("/api/v1/sessions/x/agenda-items/y").then().statusCode(403)
                .header("Access-Control-Allow-Origin", nullValue());
        given().noFilters().header("Origin", WEBSITE)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type, authorization")
                .options("/api/v1/applications").then().statusCode(403)
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void theConfiguredSiteMayEmbedThePages() {
        Api.anonymous().get("/api/v1/calls").then().statusCode(200)
                .header("Content-Security-Policy", equalTo("default-src 'self'; script-src 'self'; style-src 'self'; "
                        + "img-src 'self' data:; form-action 'self' " + WEBSITE + " " + EMBEDDER
                        + "; base-uri 'none'; object-src 'none'; frame-ancestors " + EMBEDDER))
                .header("X-Frame-Options", nullValue())
                .header("X-Content-Type-Options", "nosniff");
    }
}
