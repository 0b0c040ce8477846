package org.accredit.statement;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Wording of the written-submission emails (namespace {@code statement:} in the templates
 * emails/statement_*.{subject,txt,html}); the other languages are in
 * messages/statement_LANG.properties. Subjects hold only what the service makes (the application's
 * reference, the session's code), never the organization's title or text.
 */
@MessageBundle(value = "statement", locale = "en")
public interface StatementMessages {

    @Message("Title:")
    String titleLabel();

    @Message("{reference}: written submission published ({session})")
    String publishedSubject(String reference, String session);

    @Message("The written submission of {organization} for the session {session} has been published. Anyone can read "
            + "it on the session's public page.")
    String publishedIntro(String organization, String session);

    @Message("Its public address:")
    String publishedWhere();

    @Message("{reference}: written submission not published ({session})")
    String declinedSubject(String reference, String session);

    @Message("The secretariat has considered the written submission of {organization} for the session {session} and "
            + "regrets that it cannot publish it.")
    String declinedIntro(String organization, String session);

    @Message("You may send a revised written submission while the session accepts them.")
    String declinedClosing();
}
