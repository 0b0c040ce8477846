package org.accredit.notification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * A real submission whose organization or contact name carries a line break (the way to forge a
 * mail header) is refused before anything is queued; subjects are also made single-line when the
 * email is rendered (see {@link HeaderTextTest}).
 */
@QuarkusTest
class SubmissionLineBreakTest {

    @Test
    void organizationNameWithCrLfIsRefusedAndNothingIsQueued() {
        String recipient = "crlf-" + System.nanoTime() + "@example.org";
        for (String name : new String[] {"Evil Org\\r\\nBcc: victim@example.org", "Evil Org\\nX-Injected: 1",
                "Evil Org\\u2028Bcc: victim@example.org"}) {
            given().contentType("application/json")
                    .body("""
                            {"organization":{"name":"%s","type":"INTERGOVERNMENTAL_ORGANIZATION","country":"FR"},
                             "contact":{"name":"Eve\\r\\nBcc: victim@example.org","email":"%s"},"language":"en"}
                            """.formatted(name, recipient))
                    .post("/api/v1/applications")
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", hasItem("organization.name"))
                    .body("errors.field", hasItem("contact.name"));
        }
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> OutboxEmail.count("recipient", recipient)));
    }
}
