package org.accredit.console;

import org.accredit.support.InBrowser;

/**
 * What every browser test of the console adds to {@link InBrowser}: signing in and out through the
 * sign-in page as a person does, and waiting for an element. Screenshots go to {@code target/screenshots/}.
 */
public abstract class ConsoleInBrowser extends InBrowser {

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
