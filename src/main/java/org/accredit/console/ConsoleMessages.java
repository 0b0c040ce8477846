package org.accredit.console;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The console's shared wording (layout, sign-in, errors, paging), in English; the other UN languages
 * are in {@code messages/console_<lang>.properties}. Each area of the console has its own bundle
 * (queue, lists, delegate, sessions, admin). Templates call these as {@code {console:signIn}}.
 */
@MessageBundle(value = ConsoleMessages.NAMESPACE, locale = "en")
public interface ConsoleMessages {

    String NAMESPACE = "console";

    @Message("Accredit console")
    String siteName();

    @Message("Skip to main content")
    String skipLink();

    @Message("Language")
    String languageLabel();

    @Message("Console sections")
    String sectionsNav();

    @Message("Signed in as {name}")
    String signedInAs(String name);

    @Message("Sign out")
    String signOut();

    @Message("Sign in")
    String signIn();

    @Message("User name")
    String userName();

    @Message("Password")
    String password();

    @Message("The user name or the password is wrong.")
    String signInFailed();

    @Message("You are signed out.")
    String signedOut();

    @Message("Home")
    String home();

    @Message("Applications")
    String navApplications();

    @Message("Non-objection lists")
    String navLists();

    @Message("Sessions")
    String navSessions();

    @Message("Lists for my State")
    String navDelegate();

    @Message("Administration")
    String navAdmin();

    @Message("What you can do")
    String homeIntro();

    @Message("United Nations Office on Drugs and Crime (UNODC), secretariat of the Ad Hoc Committee")
    String footer();

    @Message("Required")
    String required();

    @Message("Error:")
    String errorPrefix();

    @Message("There is a problem: {count} field(s) below need your attention.")
    String errorSummary(int count);

    @Message("Next page")
    String nextPage();

    @Message("First page")
    String firstPage();

    @Message("Pages")
    String pagerLabel();

    @Message("Something went wrong")
    String errorTitle();

    @Message("Page not found")
    String notFoundTitle();

    @Message("There is nothing here, or it is not for your account to see.")
    String notFound();

    @Message("Not allowed")
    String forbiddenTitle();

    @Message("Your role does not allow this.")
    String forbidden();

    @Message("This form has expired or was not sent from the console. Go back, reload the page and send it again.")
    String csrfRefused();

    @Message("This cannot be done now")
    String conflictTitle();

    @Message("The service is busy or cannot reach its database. Try again in a few seconds.")
    String unavailable();

    @Message("Back to the console home")
    String backHome();

    @Message("Done.")
    String done();
}
