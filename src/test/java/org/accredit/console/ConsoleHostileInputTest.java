package org.accredit.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import org.accredit.support.ConsoleSession;
import org.junit.jupiter.api.Test;

/**
 * Every console route (found as the authorization matrix finds them), called by a role its row
 * allows with hostile values: path parameters that are not ids, query parameters that are too long,
 * of the wrong kind or carry markup, form posts with the same. The answer is always a page (HTML),
 * never a 5xx, and markup sent is never reflected unescaped.
 */
@QuarkusTest
class ConsoleHostileInputTest {

    static final String MARKUP = "<script>alert(1)</script>";
    static final List<String> BAD_IDS = List.of("not-an-id", "..%2F..%2Fetc", "1'%20or%20'1'='1", "x".repeat(300), "%E2%80%AE");
    static final Map<String, String> BAD_QUERY = new LinkedHashMap<>();

    static {
        for (String name : List.of("lang", "status", "path", "call", "q", "text", "country", "mine", "sort", "cursor", "limit",
                "tz", "session", "state", "error", "page", "filter", "done")) {
            BAD_QUERY.put(name, MARKUP + "x".repeat(2100));
        }
    }

    @Test
    void hostileValuesAnswerAPageNeverAnErrorOrAnEcho() {
        Map<String, ConsoleSession> sessions = new LinkedHashMap<>();
        List<String> wrong = new ArrayList<>();
        int calls = 0;
        for (Map.Entry<String, Set<String>> rule : ConsoleAuthorizationMatrixTest.RULES.entrySet()) {
            String[] route = rule.getKey().split(" ", 2);
            if (route[1].equals("/console/logout")) {
                continue;
            }
            String role = rule.getValue().stream().filter(ConsoleAuthorizationMatrixTest.ACCOUNT::containsKey).findFirst()
                    .orElse(rule.getValue().contains(ConsoleAuthorizationMatrixTest.PUBLIC) ? null : "admin");
            ConsoleSession s = role == null ? ConsoleSession.anonymous()
                    : sessions.computeIfAbsent(role, r -> ConsoleSession.signIn(ConsoleAuthorizationMatrixTest.ACCOUNT.getOrDefault(r, "admin")));
            List<String> paths = new ArrayList<>();
            if (ConsoleAuthorizationMatrixTest.PARAM.matcher(route[1]).find()) {
                for (String bad : BAD_IDS) {
                    paths.add(ConsoleAuthorizationMatrixTest.PARAM.matcher(route[1]).replaceAll(Matcher.quoteReplacement(bad)));
                }
            } else {
                paths.add(route[1]);
            }
            for (String path : paths) {
                Response r;
                if (route[0].equals("GET")) {
                    r = s.request().urlEncodingEnabled(false).queryParams(encoded()).get(path);
                } else {
                    List<String> fields = new ArrayList<>();
                    BAD_QUERY.forEach((k, v) -> {
                        fields.add(k);
                        fields.add(v);
                    });
                    for (String f : List.of("id", "reason", "note", "basis", "title", "name", "applicationId", "entryId", "action",
                            "assignee", "date", "decision", "csv")) {
                        fields.add(f);
                        fields.add(MARKUP + "\u0000" + "y".repeat(70000));
                    }
                    r = s.request().urlEncodingEnabled(false).contentType("application/x-www-form-urlencoded")
                            .body(form(s.token(), fields)).post(path);
                }
                calls++;
                String body = r.asString();
                String type = r.getContentType() == null ? "" : r.getContentType();
                if (r.statusCode() >= 500) {
                    wrong.add(rule.getKey() + " " + abbreviate(path) + ": " + r.statusCode());
                } else if (body.contains(MARKUP)) {
                    wrong.add(rule.getKey() + " " + abbreviate(path) + ": markup reflected");
                } else if (r.statusCode() != 302 && r.statusCode() != 303 && !body.isEmpty() && !type.startsWith("text/html")
                        && !type.startsWith("application/pdf") && !type.startsWith("text/csv")
                        && !type.contains("spreadsheetml")) {
                    wrong.add(rule.getKey() + " " + abbreviate(path) + ": not a page (" + r.statusCode() + " " + type + " " + abbreviate(body) + ")");
                }
            }
        }
        assertTrue(calls >= ConsoleAuthorizationMatrixTest.RULES.size() - 1, "every route was called");
        assertEquals(List.of(), wrong);
    }

    private static Map<String, String> encoded() {
        Map<String, String> q = new LinkedHashMap<>();
        BAD_QUERY.forEach((k, v) -> q.put(k, java.net.URLEncoder.encode(v.substring(0, 300), java.nio.charset.StandardCharsets.UTF_8)));
        return q;
    }

    private static String form(String token, List<String> fields) {
        StringBuilder b = new StringBuilder("csrf-token=").append(token == null ? "" : java.net.URLEncoder.encode(token,
                java.nio.charset.StandardCharsets.UTF_8));
        for (int i = 0; i + 1 < fields.size(); i += 2) {
            b.append('&').append(fields.get(i)).append('=')
                    .append(java.net.URLEncoder.encode(fields.get(i + 1), java.nio.charset.StandardCharsets.UTF_8));
        }
        return b.toString();
    }

    private static String abbreviate(String s) {
        return s.length() > 80 ? s.substring(0, 80) + "..." : s;
    }
}
