package org.accredit.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.accredit.support.IdentityProviderDownProfile;
import org.accredit.support.OidcTokens;
import org.junit.jupiter.api.Test;

/** When the identity provider cannot be reached, staff get 503 (not 500 or 401); applicants are not affected. */
@QuarkusTest
@TestProfile(IdentityProviderDownProfile.class)
class IdentityProviderDownTest {

    @Test
    void aBearerTokenThatCannotBeCheckedAnswers503WithoutInternals() {
        String token = OidcTokens.token("http://127.0.0.1:9/realms/accredit", "r.santos", OidcTokens.realmRoles("reviewer"),
                300, OidcTokens.foreignKey());
        given().auth().oauth2(token).get("/api/v1/applications").then()
                .statusCode(503)
                .contentType("application/problem+json")
                .body("status", equalTo(503))
                .body(not(containsString("Exception")))
                .body(not(containsString("127.0.0.1")));
    }

    @Test
    void withoutATokenTheAnswerIsStill401() {
        given().get("/api/v1/applications").then().statusCode(401);
    }

    @Test
    void organizationsCanStillApply() {
        given().contentType(ContentType.JSON)
                .body("""
                        {"organization":{"name":"Applies While The IdP Is Down","type":"INTERGOVERNMENTAL_ORGANIZATION","country":"CH"},
                         "contact":{"name":"A. Person","email":"a.person@example.org"},"language":"en"}
                        """)
                .post("/api/v1/applications").then().statusCode(201);
    }
}
