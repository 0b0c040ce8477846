package org.accredit.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.accredit.security.Roles;
import org.accredit.support.ConsoleSession;
import org.junit.jupiter.api.Test;

/**
 * The authorization matrix of the console: every page and form post of {@code org.accredit.console}
 * (found in the compiled classes, so a new one cannot ship without a row here) against every kind of
 * caller. Anonymous: sent to the sign-in page. A role the row does not list: 403. A role it lists:
 * neither (the page runs; with an unknown id that is a 404 page, an empty form a 400 page, and so on).
 * Posts carry a valid CSRF token, so what answers is the role check, not the CSRF check.
 */
@QuarkusTest
class ConsoleAuthorizationMatrixTest {

    /** Anyone, signed in or not (the sign-in page). */
    static final String PUBLIC = "public";
    /** Any signed-in account. */
    static final String SIGNED_IN = "signed-in";
    static final Set<String> STAFF = Set.of(Roles.REVIEWER, Roles.APPROVER, Roles.ADMIN);
    static final Set<String> SECRETARIAT = Set.of(Roles.REVIEWER, Roles.APPROVER);

    /** The demo account that acts for each role. */
    static final Map<String, String> ACCOUNT = Map.of(Roles.REVIEWER, "reviewer", Roles.APPROVER, "approver",
            Roles.ADMIN, "admin", Roles.MEMBER_STATE, "ms-fr");

    /** "METHOD path" -> who may use it. Keep the areas together. */
    static final Map<String, Set<String>> RULES = new TreeMap<>(Map.ofEntries(
            // ---- home, sign-in, sign-out (console.rest.ConsoleHomePage)
            Map.entry("GET /console", Set.of(SIGNED_IN)),
            Map.entry("GET /console/login", Set.of(PUBLIC)),
            Map.entry("POST /console/logout", Set.of(SIGNED_IN))
            // ---- production sign-in: the page the identity provider sends the browser back to after signing out
            , Map.entry("GET /console/signed-out", Set.of(PUBLIC))
            // ---- applications: queue, application page, bulk actions
            , Map.entry("GET /console/applications", STAFF)
            , Map.entry("POST /console/applications/bulk", SECRETARIAT)
            , Map.entry("GET /console/applications/{id}", STAFF)
            , Map.entry("GET /console/applications/{id}/attachments/{attachmentId}", STAFF)
            , Map.entry("POST /console/applications/{id}/review", Set.of(Roles.REVIEWER))
            , Map.entry("POST /console/applications/{id}/information-request", Set.of(Roles.REVIEWER))
            , Map.entry("POST /console/applications/{id}/recommendation", Set.of(Roles.REVIEWER))
            , Map.entry("POST /console/applications/{id}/rejection", SECRETARIAT)
            , Map.entry("POST /console/applications/{id}/approval", Set.of(Roles.APPROVER))
            , Map.entry("POST /console/applications/{id}/assignment", SECRETARIAT)
            , Map.entry("POST /console/applications/{id}/ecosoc-match", SECRETARIAT)
            // ---- non-objection lists (staff)
            , Map.entry("GET /console/lists", STAFF)
            , Map.entry("POST /console/lists", Set.of(Roles.APPROVER))
            , Map.entry("GET /console/lists/{id}", STAFF)
            , Map.entry("POST /console/lists/{id}/applications", Set.of(Roles.APPROVER))
            , Map.entry("POST /console/lists/{id}/applications/{applicationId}/removal", Set.of(Roles.APPROVER))
            , Map.entry("GET /console/lists/{id}/preview", Set.of(Roles.APPROVER))
            , Map.entry("GET /console/lists/{id}/circulation", Set.of(Roles.APPROVER))
            , Map.entry("POST /console/lists/{id}/circulation", Set.of(Roles.APPROVER))
            , Map.entry("POST /console/lists/{id}/circulation/confirmation", Set.of(Roles.APPROVER))
            , Map.entry("POST /console/lists/{id}/early-closure", Set.of(Roles.APPROVER))
            , Map.entry("POST /console/lists/{id}/decision/review", Set.of(Roles.APPROVER))
            , Map.entry("POST /console/lists/{id}/decision", Set.of(Roles.APPROVER))
            , Map.entry("POST /console/lists/{id}/decision/confirmation", Set.of(Roles.APPROVER))
            // ---- Member State delegates
            , Map.entry("GET /console/delegate/lists", Set.of(Roles.MEMBER_STATE))
            , Map.entry("GET /console/delegate/lists/{id}", Set.of(Roles.MEMBER_STATE))
            , Map.entry("POST /console/delegate/lists/{id}/objections", Set.of(Roles.MEMBER_STATE))
            , Map.entry("POST /console/delegate/lists/{id}/objections/{objectionId}/withdrawal", Set.of(Roles.MEMBER_STATE))
            , Map.entry("POST /console/delegate/lists/{id}/no-objection", Set.of(Roles.MEMBER_STATE))
            // ---- sessions: registrations, late requests, statements, speakers, figures
            , Map.entry("GET /console/sessions", SECRETARIAT)
            , Map.entry("GET /console/sessions/{id}", SECRETARIAT)
            , Map.entry("GET /console/sessions/{id}/registrations", SECRETARIAT)
            , Map.entry("POST /console/sessions/{id}/registrations/{representativeId}/confirmation", SECRETARIAT)
            , Map.entry("POST /console/sessions/{id}/registrations/{representativeId}/refusal", SECRETARIAT)
            , Map.entry("GET /console/sessions/{id}/letters/{letterId}", SECRETARIAT)
            , Map.entry("GET /console/sessions/{id}/registrations/export.csv", STAFF)
            , Map.entry("GET /console/sessions/{id}/registrations/export.xlsx", STAFF)
            , Map.entry("GET /console/sessions/{id}/statements", STAFF)
            , Map.entry("GET /console/sessions/{id}/statements/{statementId}", STAFF)
            , Map.entry("GET /console/sessions/{id}/statements/{statementId}/document", STAFF)
            , Map.entry("POST /console/sessions/{id}/statements/{statementId}/publication", SECRETARIAT)
            , Map.entry("POST /console/sessions/{id}/statements/{statementId}/declination", SECRETARIAT)
            , Map.entry("GET /console/sessions/{id}/speakers", SECRETARIAT)
            , Map.entry("POST /console/sessions/{id}/speakers/{itemId}/order", SECRETARIAT)
            , Map.entry("POST /console/sessions/{id}/speakers/{itemId}/publication", SECRETARIAT)
            , Map.entry("GET /console/sessions/{id}/figures", STAFF)
            // ---- administration
            , Map.entry("GET /console/admin", Set.of(Roles.ADMIN))
            , Map.entry("GET /console/admin/calls", Set.of(Roles.ADMIN))
            , Map.entry("POST /console/admin/calls", Set.of(Roles.ADMIN))
            , Map.entry("GET /console/admin/calls/{id}", Set.of(Roles.ADMIN))
            , Map.entry("POST /console/admin/calls/{id}", Set.of(Roles.ADMIN))
            , Map.entry("GET /console/admin/roster", Set.of(Roles.ADMIN))
            , Map.entry("POST /console/admin/roster/imports", Set.of(Roles.ADMIN))
            , Map.entry("GET /console/admin/roster/imports/{id}", STAFF)
            , Map.entry("GET /console/admin/holidays", Set.of(Roles.ADMIN))
            , Map.entry("POST /console/admin/holidays", Set.of(Roles.ADMIN))
            , Map.entry("POST /console/admin/holidays/{date}/delete", Set.of(Roles.ADMIN))
            , Map.entry("GET /console/admin/focal-points", Set.of(Roles.ADMIN))
            , Map.entry("POST /console/admin/focal-points", Set.of(Roles.ADMIN))
            , Map.entry("GET /console/admin/sessions", Set.of(Roles.ADMIN))
            , Map.entry("POST /console/admin/sessions", Set.of(Roles.ADMIN))
            , Map.entry("GET /console/admin/sessions/{id}", Set.of(Roles.ADMIN))
            , Map.entry("POST /console/admin/sessions/{id}", Set.of(Roles.ADMIN))
            , Map.entry("POST /console/admin/sessions/{id}/agenda-items", Set.of(Roles.ADMIN))
            , Map.entry("GET /console/admin/sessions/{id}/agenda-items/{itemId}", Set.of(Roles.ADMIN))
            , Map.entry("POST /console/admin/sessions/{id}/agenda-items/{itemId}", Set.of(Roles.ADMIN))
            , Map.entry("POST /console/admin/sessions/{id}/agenda-items/{itemId}/delete", Set.of(Roles.ADMIN))
            , Map.entry("GET /console/admin/emails", Set.of(Roles.ADMIN))
            , Map.entry("GET /console/admin/emails/{id}", Set.of(Roles.ADMIN))
            , Map.entry("POST /console/admin/emails/{id}/resend", Set.of(Roles.ADMIN))
    ));

    /** A value for each path parameter (default: an unknown UUID, so pages answer 404 after the role check). */
    static final Map<String, String> SAMPLES = Map.of("date", "2030-12-25");

    static final Pattern PARAM = Pattern.compile("\\{([^}/]+)}");

    /** Every GET and POST of the console's resources, as "METHOD path". */
    static Set<String> routes() {
        Set<String> routes = new TreeSet<>();
        for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.accredit.console")) {
            if (!c.isAnnotatedWith(Path.class)) {
                continue;
            }
            String base = c.getAnnotationOfType(Path.class).value();
            for (JavaMethod m : c.getMethods()) {
                String method = m.isAnnotatedWith(GET.class) ? "GET" : m.isAnnotatedWith(POST.class) ? "POST" : null;
                if (method == null) {
                    continue;
                }
                String sub = m.isAnnotatedWith(Path.class) ? m.getAnnotationOfType(Path.class).value() : "";
                String path = (base + "/" + sub).replaceAll("/+", "/").replaceAll("(.)/$", "$1");
                routes.add(method + " " + path);
            }
        }
        return routes;
    }

    @Test
    void everyConsoleRouteHasARowAndEveryRowARoute() {
        Set<String> found = routes();
        assertTrue(found.contains("GET /console"), "the scan finds the console's resources: " + found);
        Set<String> missing = new TreeSet<>(found);
        missing.removeAll(RULES.keySet());
        Set<String> stale = new TreeSet<>(RULES.keySet());
        stale.removeAll(found);
        assertEquals(Set.of(), missing, "console routes without a row in RULES");
        assertEquals(Set.of(), stale, "rows of RULES without a console route");
    }

    @Test
    void everyCallerGetsWhatItsRowSays() {
        Map<String, ConsoleSession> sessions = new LinkedHashMap<>();
        sessions.put("anonymous", ConsoleSession.anonymous());
        ACCOUNT.forEach((role, account) -> sessions.put(role, ConsoleSession.signIn(account)));
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Set<String>> rule : RULES.entrySet()) {
            String[] route = rule.getKey().split(" ", 2);
            String path = fill(route[1]);
            for (Map.Entry<String, ConsoleSession> caller : sessions.entrySet()) {
                if (route[1].equals("/console/logout")) {
                    continue; // signing out ends the session the other rows use; ConsoleSignInTest covers it
                }
                ConsoleSession s = caller.getValue();
                Response r = route[0].equals("GET") ? s.get(path) : s.post(path);
                String who = caller.getKey();
                boolean anonymous = who.equals("anonymous");
                boolean allowed = rule.getValue().contains(PUBLIC) || !anonymous && (rule.getValue().contains(SIGNED_IN)
                        || rule.getValue().contains(who));
                int status = r.statusCode();
                String location = r.getHeader("Location") == null ? "" : r.getHeader("Location");
                boolean toSignIn = status == 302 && location.endsWith("/console/login");
                String outcome;
                if (allowed) {
                    outcome = status == 403 || toSignIn || status >= 500 ? "refused or failed" : null;
                } else if (anonymous) {
                    outcome = toSignIn ? null : "not sent to sign in";
                } else {
                    outcome = status == 403 ? null : "not refused";
                }
                if (outcome != null) {
                    wrong.add(rule.getKey() + " as " + who + ": " + outcome + " (" + status + " " + location + ")");
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    static String fill(String path) {
        Matcher m = PARAM.matcher(path);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(b, SAMPLES.getOrDefault(m.group(1), UUID.randomUUID().toString()));
        }
        m.appendTail(b);
        return b.toString();
    }
}
