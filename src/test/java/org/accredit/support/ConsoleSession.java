package org.accredit.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser's session of the console for REST Assured tests: signed in through the form sign-in
 * ({@code /j_security_check}, the demo accounts: password = user name), holding the session cookie
 * and the CSRF cookie and token a console page handed out. {@link #anonymous()} has neither.
 */
public final class ConsoleSession {

    static final Pattern TOKEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    private final Map<String, String> cookies = new LinkedHashMap<>();
    private String token;

    private ConsoleSession() {
    }

    public static ConsoleSession anonymous() {
        return new ConsoleSession();
    }

    /** Signs {@code user} in (password = user name) and reads a CSRF token from the console's home page. */
    public static ConsoleSession signIn(String user) {
        ConsoleSession s = new ConsoleSession();
        Response login = given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("j_username", user).formParam("j_password", user)
                .post("/j_security_check");
        String credential = login.getCookie("quarkus-credential");
        if (credential == null) {
            throw new IllegalStateException("Sign-in of " + user + " failed: " + login.statusCode());
        }
        s.cookies.put("quarkus-credential", credential);
        s.refreshToken("/console");
        return s;
    }

    /** GETs {@code path} and keeps the CSRF cookie and token it hands out. */
    public Response refreshToken(String path) {
        Response r = get(path);
        String cookie = r.getCookie("console-csrf");
        if (cookie != null) {
            cookies.put("console-csrf", cookie);
        }
        Matcher m = TOKEN.matcher(r.asString());
        if (m.find()) {
            token = m.group(1).replace("&#x2F;", "/").replace("&#61;", "=");
        }
        return r;
    }

    public RequestSpecification request() {
        return given().redirects().follow(false).cookies(cookies);
    }

    public Response get(String path) {
        return request().get(path);
    }

    /** A form post with the session's CSRF token (urlencoded); {@code fields} as name, value, name, value... */
    public Response post(String path, String... fields) {
        RequestSpecification r = request().contentType(ContentType.URLENC).formParam("csrf-token", token == null ? "" : token);
        for (int i = 0; i + 1 < fields.length; i += 2) {
            r.formParam(fields[i], fields[i + 1]);
        }
        return r.post(path);
    }

    /** A form post without any CSRF token: what a cross-site form can send. */
    public Response postWithoutToken(String path, String... fields) {
        RequestSpecification r = request().contentType(ContentType.URLENC);
        for (int i = 0; i + 1 < fields.length; i += 2) {
            r.formParam(fields[i], fields[i + 1]);
        }
        return r.post(path);
    }

    public String token() {
        return token;
    }
}
