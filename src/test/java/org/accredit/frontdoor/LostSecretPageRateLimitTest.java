package org.accredit.frontdoor;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import org.accredit.organization.Language;
import org.accredit.ratelimit.RateLimitProfile;
import org.accredit.support.Api;
import org.accredit.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The lost-secret page counts against the same rate limit as {@code POST /api/v1/tracking/secret-reissue}
 * (per client address, unknown pairs included): past it, an HTML page in the page's language with
 * {@code Retry-After}, not the API's problem+json. In an hour of its own (TestClock), apart from RateLimitTest's.
 */
@QuarkusTest
@TestProfile(RateLimitProfile.class)
class LostSecretPageRateLimitTest {

    @Inject
    TestClock clock;

    @BeforeEach
    void ownWindow() {
        clock.travelTo(Instant.parse("2045-06-01T00:01:00Z").plusSeconds(3600L * (System.nanoTime() % 997)));
    }

    @AfterEach
    void back() {
        clock.reset();
    }

    @Test
    void pastTheLimitTheLostSecretPageAnswers429InHtmlWithRetryAfter() {
        int accepted = 0;
        Response refused = null;
        for (int i = 0; i < 10 && refused == null; i++) {
            Response r = given().queryParam("lang", "fr").formParam("reference", "AHC-2045-9999" + i)
                    .formParam("email", Api.uniqueEmail()).post("/lost-secret");
            if (r.statusCode() == 429) {
                refused = r;
            } else {
                assertEquals(200, r.statusCode(), r.asString());
                accepted++;
            }
        }
        assertTrue(refused != null, "no 429 after " + accepted + " requests");
        assertTrue(accepted >= 1, "some requests pass before the limit");
        assertTrue(refused.contentType().startsWith("text/html"), refused.contentType());
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 3600, "Retry-After " + retryAfter);
        String html = refused.asString();
        assertTrue(html.contains("lang=\"fr\""), html);
        assertTrue(html.contains(Pages.messages(Language.fr).tooMany()), html);
        assertTrue(html.contains("id=\"f-reference\""), "the form is offered again");
    }
}
