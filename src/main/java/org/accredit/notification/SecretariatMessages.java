package org.accredit.notification;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Wording of the emails to the secretariat about what an applicant did (namespace
 * {@code secretariat:}); the other languages are in messages/secretariat_LANG.properties. Subjects
 * hold only the service's reference, never text an applicant typed.
 */
@MessageBundle(value = "secretariat", locale = "en")
public interface SecretariatMessages {

    @Message("{reference}: the applicant answered an information request")
    String answerSubject(String reference);

    @Message("{organization} ({reference}) answered the secretariat's information request. The application is back in review.")
    String answerIntro(String organization, String reference);

    @Message("Question:")
    String questionLabel();

    @Message("Answer:")
    String answerLabel();

    @Message("{reference}: application withdrawn by the applicant")
    String withdrawalSubject(String reference);

    @Message("{organization} ({reference}) withdrew its application. It was in status {status}.")
    String withdrawalIntro(String organization, String reference, String status);

    @Message("Reason given:")
    String reasonLabel();

    @Message("No reason was given.")
    String noReason();

    @Message("The application in the staff API:")
    String staffLink();

    @Message("This message was sent automatically by Accredit, the accreditation service of the secretariat.")
    String automatic();
}
