package org.accredit.console;

import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URL;
import org.accredit.support.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * What every browser test of the console shares: one headless chromium per test class (see
 * {@link Browser}), signing in and out through the sign-in page as a person does, and the address of a
 * console page on the test server. Screenshots go to {@code target/screenshots/}.
 */
public abstract class ConsoleInBrowser {

    @TestHTTPResource("/")
    URL root;

    protected static Browser browser;

    @BeforeAll
    static void openBrowser() {
        browser = Browser.open();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    /** The absolute address of {@code path} (with its query) on the test server. */
    protected String url(String path) {
        return root.toString().replaceAll("/$", "") + path;
    }

    /** Signs out whoever is signed in, then signs {@code user} in (demo account: password = user name) and lands on the home page. */
    protected void signIn(String user) {
        browser.driver().manage().deleteAllCookies();
        browser.go(url("/console/login"));
        browser.type("#j_username", user).type("#j_password", user).submit("#sign-in");
        waitFor("#signed-in-as");
    }

    /** Waits (up to 30 s) until an element matching {@code css} is on the page, and returns it. */
    protected static org.openqa.selenium.WebElement waitFor(String css) {
        return new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(30))
                .until(d -> d.findElements(org.openqa.selenium.By.cssSelector(css)).stream().findFirst().orElse(null));
    }
}
