package org.accredit.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** Signing in with the keyboard, the home page per role, Arabic right to left, signing out; axe-core on each page. */
@QuarkusTest
class ConsoleHomeBrowserTest extends ConsoleInBrowser {

    @Test
    void aReviewerSignsInWithTheKeyboardSeesTheirSectionsAndSignsOut() {
        browser.driver().manage().deleteAllCookies();
        browser.go(url("/console/applications"));
        assertTrue(browser.driver().getCurrentUrl().endsWith("/console/login"), browser.driver().getCurrentUrl());
        browser.assertAccessible("console-login");
        // keyboard only: the skip link first, then the fields, then the button
        WebElement name = browser.find("#j_username");
        name.sendKeys("reviewer", Keys.TAB, "reviewer", Keys.ENTER);
        waitFor("#signed-in-as");
        browser.go(url("/console"));
        assertEquals(0, browser.findAll("a[href='/console/admin']").size());
        assertTrue(browser.findAll("a[href='/console/applications']").size() > 0);
        browser.assertAccessible("console-home-reviewer");

        browser.go(url("/console?lang=ar"));
        assertEquals("rtl", browser.find("html").getAttribute("dir"));
        browser.assertAccessible("console-home-ar");
        // the language is remembered for the next page
        browser.go(url("/console"));
        assertEquals("ar", browser.find("html").getAttribute("lang"));
        browser.go(url("/console?lang=en"));

        browser.submit("#sign-out");
        waitFor("#signed-out");
        browser.go(url("/console"));
        assertTrue(browser.driver().getCurrentUrl().endsWith("/console/login"));
    }

    @Test
    void wrongPasswordIsShownOnThePage() {
        browser.driver().manage().deleteAllCookies();
        browser.go(url("/console/login"));
        browser.type("#j_username", "admin").type("#j_password", "wrong").submit("#sign-in");
        assertTrue(browser.find("#sign-in-error").isDisplayed());
        browser.assertAccessible("console-login-error");
        signIn("admin");
        assertTrue(browser.findAll("a[href='/console/admin']").size() > 0);
        assertEquals(1, browser.driver().findElements(By.id("sign-out")).size());
    }
}
