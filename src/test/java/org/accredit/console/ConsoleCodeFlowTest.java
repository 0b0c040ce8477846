package org.accredit.console;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.net.URL;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.accredit.support.ConsoleCodeFlowProfile;
import org.accredit.support.OidcTokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The console signed in as in production: the identity provider's authorization-code flow (stand-in provider
 * {@link OidcTokens}), walked redirect by redirect with the cookies a browser would keep, while the API keeps
 * answering bearer tokens and never redirects.
 */
@QuarkusTest
@TestProfile(ConsoleCodeFlowProfile.class)
class ConsoleCodeFlowTest {

    static final Pattern TOKEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    @ConfigProperty(name = OidcTokens.PRIVATE_KEY)
    String signingKey;

    @ConfigProperty(name = "quarkus.oidc.auth-server-url")
    String issuer;

    @TestHTTPResource("/")
    URL root;

    /** A browser's cookie jar: what the responses set, minus what they clear. */
    final class Browser {
        final Map<String, String> cookies = new LinkedHashMap<>();
        Response last;

        Response get(String url) {
            // the addresses come from Location headers, already encoded
            return keep(given().urlEncodingEnabled(false).redirects().follow(false).cookies(cookies).get(url));
        }

        Response post(String url, Map<String, String> form) {
            return keep(given().redirects().follow(false).cookies(cookies).contentType(ContentType.URLENC)
                    .formParams(form).post(url));
        }

        Response keep(Response r) {
            for (String header : r.getHeaders().getValues("Set-Cookie")) {
                String pair = header.split(";", 2)[0];
                String name = pair.substring(0, pair.indexOf('='));
                String value = pair.substring(pair.indexOf('=') + 1);
                boolean cleared = value.isEmpty() || header.toLowerCase().contains("max-age=0")
                        || header.contains("1970");
                if (cleared) {
                    cookies.remove(name);
                } else {
                    cookies.put(name, value);
                }
            }
            last = r;
            return r;
        }

        /** Signs in through the provider, from {@code start} on, and returns the response to the last redirect back. */
        Response signIn(String start) {
            Response toProvider = get(start);
            assertEquals(302, toProvider.statusCode(), "anonymous is sent to the provider");
            String authorize = toProvider.getHeader("Location");
            assertTrue(authorize.startsWith(issuer + "/protocol/openid-connect/auth?"), authorize);
            Map<String, String> q = query(authorize);
            assertNotNull(q.get("state"), "the flow carries a state: " + authorize);
            assertEquals("code", q.get("response_type"));
            assertEquals(OidcTokens.AUDIENCE, q.get("client_id"));
            assertTrue(q.get("redirect_uri").endsWith("/console"), "the redirect URI to register: " + q.get("redirect_uri"));
            Response back = get(authorize);
            assertEquals(302, back.statusCode());
            String callback = back.getHeader("Location");
            assertTrue(callback.contains("code=") && callback.contains("state="), callback);
            Response session = get(callback);
            assertEquals(302, session.statusCode(), "the code is exchanged and the parameters removed: " + session.asString());
            return session;
        }
    }

    String base() {
        return root.toString().replaceAll("/$", "");
    }

    static Map<String, String> query(String url) {
        Map<String, String> values = new LinkedHashMap<>();
        String query = url.contains("?") ? url.substring(url.indexOf('?') + 1) : "";
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                values.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return values;
    }

    static String sessionCookieHeader(Response r) {
        return r.getHeaders().getValues("Set-Cookie").stream().filter(h -> h.startsWith("q_session")).findFirst().orElse(null);
    }

    @Test
    void signingInThroughTheProviderOpensTheConsoleWithItsRoles() {
        OidcTokens.nextUser("r.santos", "reviewer");
        Browser browser = new Browser();
        Response session = browser.signIn("/console");

        String cookie = sessionCookieHeader(session);
        assertNotNull(cookie, "a session cookie: " + session.getHeaders());
        String lower = cookie.toLowerCase();
        assertTrue(lower.contains("httponly"), cookie);
        assertTrue(lower.contains("path=/console"), cookie);
        assertTrue(lower.contains("secure"), cookie);
        assertTrue(lower.contains("samesite=lax"), cookie);
        assertTrue(session.getHeader("Location").endsWith("/console"), session.getHeader("Location"));

        browser.get(base() + "/console").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("id=\"signed-in-as\"")).body(containsString("r.santos"))
                .body(containsString("href=\"/console/applications\"")).body(not(containsString("href=\"/console/admin\"")));
        // roles from the access token: a reviewer is refused an admin's page
        browser.get(base() + "/console/test-role-probe").then().statusCode(403);
        // the sign-in form of the demo accounts is not offered in production
        Response login = browser.get(base() + "/console/login");
        assertEquals(303, login.statusCode());

        OidcTokens.nextUser("a.admin", "admin");
        Browser admin = new Browser();
        admin.signIn("/console");
        admin.get(base() + "/console/test-role-probe").then().statusCode(200).body(containsString("admin only"));
    }

    @Test
    void theAddressAskedForIsRestoredAfterSigningIn() {
        OidcTokens.nextUser("a.admin", "admin");
        Browser browser = new Browser();
        Response session = browser.signIn(base() + "/console/test-role-probe?x=1");
        assertTrue(session.getHeader("Location").endsWith("/console/test-role-probe?x=1"), session.getHeader("Location"));
        browser.get(session.getHeader("Location")).then().statusCode(200);
    }

    @Test
    void theApiTakesBearerTokensAndNeverRedirects() {
        String token = OidcTokens.token(issuer, "r.santos", OidcTokens.realmRoles("reviewer"), 300, signingKey);
        given().auth().oauth2(token).get("/api/v1/applications").then().statusCode(200);
        Response anonymous = given().redirects().follow(false).get("/api/v1/applications");
        assertEquals(401, anonymous.statusCode());
        assertTrue(anonymous.getHeader("WWW-Authenticate").startsWith("Bearer"), anonymous.getHeader("WWW-Authenticate"));
        assertNull(anonymous.getHeader("Location"));

        // a console session is no way into the API
        OidcTokens.nextUser("r.santos", "reviewer");
        Browser browser = new Browser();
        browser.signIn("/console");
        Response withCookie = given().redirects().follow(false).cookies(browser.cookies).get("/api/v1/applications");
        assertEquals(401, withCookie.statusCode());
        assertNull(withCookie.getHeader("Location"));
    }

    @Test
    void signingOutEndsTheSessionAndTheProvidersToo() {
        OidcTokens.nextUser("approver.one", "approver");
        Browser browser = new Browser();
        browser.signIn("/console");
        Response home = browser.get(base() + "/console");
        Matcher m = TOKEN.matcher(home.asString());
        assertTrue(m.find(), home.asString());
        String token = m.group(1).replace("&#x2F;", "/").replace("&#61;", "=");

        // without the form's token: refused, still signed in
        browser.post(base() + "/console/logout", Map.of()).then().statusCode(403);
        home = browser.get(base() + "/console");
        home.then().statusCode(200).body(containsString("approver.one"));
        m = TOKEN.matcher(home.asString());
        assertTrue(m.find(), home.asString());
        token = m.group(1).replace("&#x2F;", "/").replace("&#61;", "=");

        Response out = browser.post(base() + "/console/logout", Map.of("csrf-token", token));
        assertEquals(303, out.statusCode(), out.asString());
        String cleared = sessionCookieHeader(out);
        assertNotNull(cleared, "the session cookie is cleared: " + out.getHeaders());
        assertFalse(browser.cookies.keySet().stream().anyMatch(n -> n.startsWith("q_session")), browser.cookies.toString());
        String endSession = out.getHeader("Location");
        assertTrue(endSession.startsWith(issuer + "/protocol/openid-connect/logout?"), endSession);
        Map<String, String> q = query(endSession);
        assertNotNull(q.get("id_token_hint"));
        assertTrue(q.get("post_logout_redirect_uri").endsWith("/console/signed-out"), q.get("post_logout_redirect_uri"));

        Response back = browser.get(endSession);
        assertEquals(302, back.statusCode());
        assertEquals(q.get("id_token_hint"), OidcTokens.lastEndSession().get("id_token_hint"));
        browser.get(back.getHeader("Location")).then().statusCode(200).body(containsString("id=\"signed-out\""))
                .body(not(containsString("id=\"signed-in-as\"")));
        Response again = browser.get(base() + "/console");
        assertEquals(302, again.statusCode(), "signed out: the provider is asked again");
        assertTrue(again.getHeader("Location").startsWith(issuer), again.getHeader("Location"));
    }
}
