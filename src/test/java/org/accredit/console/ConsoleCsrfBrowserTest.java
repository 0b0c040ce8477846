package org.accredit.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Cross-site request forgery in a real browser: a signed-in approver opens a page of another origin that posts
 * a form to the console at once (sign out), without a token or with a made-up one. The approver stays signed in,
 * whether the page is on another site (127.0.0.1: the SameSite session cookie stays home, the post arrives
 * anonymous) or on the same site at another port (localhost: the session cookie travels, and the 403 page of the
 * CSRF check answers).
 */
@QuarkusTest
class ConsoleCsrfBrowserTest extends ConsoleInBrowser {

    private HttpServer attacker;

    @BeforeEach
    void startAttacker() throws IOException {
        attacker = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        attacker.createContext("/", exchange -> {
            String query = exchange.getRequestURI().getQuery();
            String field = query != null && query.contains("forged")
                    ? "<input type=\"hidden\" name=\"csrf-token\" value=\"made-up-token-0123456789\">" : "";
            String page = """
                    <!DOCTYPE html><html lang="en"><head><meta charset="UTF-8"><title>Win a prize</title></head>
                    <body onload="document.forms[0].submit()">
                    <form method="post" action="%s">%s<button type="submit">Claim</button></form>
                    </body></html>
                    """.formatted(url("/console/logout"), field);
            byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=UTF-8");
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        attacker.start();
    }

    @AfterEach
    void stopAttacker() {
        attacker.stop(0);
    }

    /**
     * Opens the attacker's page at {@code host} (its own port), which posts to the console as soon as it loads, and
     * returns where the browser ended: the console's 403 page ("error-message") or its sign-in page.
     */
    private String openAttackerPage(String host, boolean forgedToken) {
        String page = "http://" + host + ":" + attacker.getAddress().getPort() + "/prize" + (forgedToken ? "?forged" : "");
        assertTrue(!URI.create(page).getAuthority().equals(URI.create(url("/")).getAuthority()), "another origin: " + page);
        browser.go(page);
        waitFor("#error-message, #j_username");
        return browser.driver().getCurrentUrl();
    }

    private void assertStillSignedIn(String user) {
        browser.go(url("/console"));
        assertTrue(waitFor("#signed-in-as").getText().contains(user), "still signed in as " + user);
    }

    @Test
    void aFormPostedFromAnotherSiteIsRefusedAndTheApproverStaysSignedIn() {
        assertTrue(url("/").startsWith("http://localhost:"), "the app is served on localhost: " + url("/"));
        signIn("approver");
        // another site: the session cookie (SameSite=Strict) stays home, so the post arrives anonymous and is sent
        // to the sign-in page without running; the CSRF check would refuse it anyway
        for (boolean forged : new boolean[] {false, true}) {
            String landed = openAttackerPage("127.0.0.1", forged);
            assertTrue(landed.startsWith(url("/console/login")) || browser.findAll("#error-message").size() == 1, landed);
            assertStillSignedIn("approver");
        }
    }

    @Test
    void aFormPostedFromAnotherOriginOfTheSameSiteIsRefusedWithThe403Page() {
        signIn("approver");
        // same site, another origin (port): the session cookie travels, only the missing or made-up token stops it
        String landed = openAttackerPage("localhost", false);
        assertTrue(landed.startsWith(url("/console/logout")), landed);
        assertEquals(1, browser.findAll("#error-message").size());
        browser.screenshot("console-csrf-refused");
        browser.assertAccessible("console-csrf-refused");
        assertStillSignedIn("approver");

        landed = openAttackerPage("localhost", true);
        assertTrue(landed.startsWith(url("/console/logout")), landed);
        assertEquals(1, browser.findAll("#error-message").size());
        assertStillSignedIn("approver");
        // the console's own form still signs out
        browser.submit("#sign-out");
        waitFor("#signed-out");
    }

    /** The page the provider sends the browser back to after signing out: Arabic, phone width, the keyboard. */
    @Test
    void theSignedOutPageReadsInArabicFitsAPhoneAndLeadsBackWithTheKeyboard() {
        browser.driver().manage().deleteAllCookies();
        browser.go(url("/console/signed-out?lang=ar"));
        waitFor("#signed-out");
        assertEquals("rtl", browser.find("html").getAttribute("dir"));
        browser.assertAccessible("signin-signed-out-ar");
        browser.go(url("/console/signed-out?lang=en"));
        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(640, 900));
        try {
            Object fits = ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                    .executeScript("return document.documentElement.scrollWidth <= window.innerWidth + 1;");
            assertEquals(Boolean.TRUE, fits);
            browser.screenshot("signin-signed-out-phone");
        } finally {
            browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
        }
        browser.assertAccessible("signin-signed-out");
        // keyboard only: focus the "Sign in" link and follow it: the sign-in page (the provider, in production)
        org.openqa.selenium.WebElement link = browser.find("#sign-in-again");
        new org.openqa.selenium.interactions.Actions(browser.driver()).sendKeys(org.openqa.selenium.Keys.TAB).perform();
        link.sendKeys(org.openqa.selenium.Keys.ENTER);
        waitFor("#j_username");
        assertTrue(browser.driver().getCurrentUrl().endsWith("/console/login"), browser.driver().getCurrentUrl());
    }
}
