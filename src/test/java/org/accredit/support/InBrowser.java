package org.accredit.support;

import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * What every browser test shares: one headless chromium per test class (see {@link Browser}: skipped
 * locally when chromium, chromedriver or axe-core is missing, failing under CI=true), and the address of
 * a page on the test server.
 */
public abstract class InBrowser {

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
}
