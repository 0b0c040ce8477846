package org.accredit.notification;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The wording of the applicant emails of issue 2, in English; the other UN languages are in
 * {@code src/main/resources/messages/email_<lang>.properties} (same keys as the method names).
 * Templates call these as {@code {email:ackSubject(app.reference, app.organization)}}; the
 * language is the locale {@link EmailRenderer} sets on the template instance. Texts are plain
 * text: the HTML templates escape them like any other value.
 *
 * <p>Another feature adds its own bundle the same way (its own interface, namespace and
 * {@code messages/<namespace>_<lang>.properties}) and may reuse the shared keys here (greeting,
 * signature, footer, path names) and the layouts {@code emails/layout.html|txt}.
 */
@MessageBundle(value = EmailMessages.NAMESPACE, locale = "en")
public interface EmailMessages {

    String NAMESPACE = "email";

    // ---- shared by every email ----------------------------------------------------------------

    @Message("Dear {name},")
    String greeting(String name);

    @Message("The secretariat of the Ad Hoc Committee")
    String signatureTeam();

    @Message("United Nations Office on Drugs and Crime (UNODC)")
    String signatureOffice();

    @Message("This message was sent by Accredit, the accreditation service of the secretariat of the Ad Hoc Committee "
            + "to Elaborate a Comprehensive International Convention on Countering the Use of Information and "
            + "Communications Technologies for Criminal Purposes. Please quote the reference {reference} in any "
            + "correspondence.")
    String footer(String reference);

    @Message("Participation path:")
    String pathLabel();

    @Message("Reason:")
    String reasonLabel();

    /** A participation path (PARA_7, PARA_8, PARA_9) in words. */
    @Message("{#if path == 'PARA_7'}paragraph 7 of General Assembly resolution 75/282 (intergovernmental organizations "
            + "and United Nations entities){#else if path == 'PARA_8'}paragraph 8 of General Assembly resolution 75/282 "
            + "(non-governmental organizations in consultative status with the Economic and Social Council){#else}"
            + "paragraph 9 of General Assembly resolution 75/282 (other relevant non-governmental organizations, civil "
            + "society organizations, academic institutions and the private sector){/if}")
    String pathName(String path);

    // ---- ACKNOWLEDGEMENT ------------------------------------------------------------------------

    @Message("{reference}: application received - {organization}")
    String ackSubject(String reference, String organization);

    @Message("The secretariat has received the application of {organization}. Its reference is {reference}.")
    String ackReceived(String organization, String reference);

    @Message("Your tracking secret:")
    String ackSecretIntro();

    @Message("This secret is the only key to your application: anyone who holds it can read its status, answer the "
            + "secretariat and withdraw it. Keep it safe and do not share it. The secretariat will never ask you for it, "
            + "and this message is the only copy we send.")
    String ackSecretWarning();

    @Message("To follow your application, send the secret in the X-Tracking-Secret header of a GET request to "
            + "/api/v1/tracking, for example:")
    String ackSecretUse();

    @Message("The same header lets you answer an information request (POST /api/v1/tracking/information-response) "
            + "and withdraw the application (POST /api/v1/tracking/withdrawal).")
    String ackSecretOtherUses();

    @Message("The secretariat will now review the application and will write to you at this address.")
    String ackNext();

    // ---- INFORMATION_REQUEST ----------------------------------------------------------------------

    @Message("{reference}: information requested")
    String infoSubject(String reference);

    @Message("While reviewing the application of {organization} ({reference}), the secretariat needs the following "
            + "information:")
    String infoIntro(String organization, String reference);

    @Message("Please answer with your tracking secret, in the X-Tracking-Secret header of a POST request to "
            + "/api/v1/tracking/information-response whose JSON body holds your answer in the field \"answer\", "
            + "for example:")
    String infoHowToAnswer();

    @Message("The review of the application resumes once the secretariat receives your answer.")
    String infoOnHold();

    // ---- APPROVAL ---------------------------------------------------------------------------------

    @Message("{reference}: application approved")
    String approvalSubject(String reference);

    @Message("We are pleased to inform you that {organization} ({reference}) has been approved to take part as an "
            + "observer in the work of the Ad Hoc Committee.")
    String approvalIntro(String organization, String reference);

    @Message("What happens next")
    String approvalNextHeading();

    @Message("Before each session, the secretariat will invite your organization to register, within a registration "
            + "window, the representatives who will attend that session.")
    String approvalNextSessions();

    @Message("Representatives are registered by an official letter on your organization's letterhead, signed by its "
            + "head, giving for each person the name, title, employer, own email address and mode of participation "
            + "(in person or online). Later additions are also made by official letter to the secretariat.")
    String approvalNextLetter();

    @Message("As an observer, your organization may attend the open formal sessions, make oral statements at the end "
            + "of the discussion of an agenda item when time allows, and send written submissions of up to 2,000 "
            + "words, which are posted on the Committee's website. Seats may be limited, and the secretariat cannot "
            + "cover travel costs.")
    String approvalNextParticipation();

    // ---- REJECTION --------------------------------------------------------------------------------

    @Message("{reference}: decision on your application")
    String rejectionSubject(String reference);

    @Message("The secretariat has considered the application of {organization} ({reference}) and regrets to inform "
            + "you that it cannot be accepted.")
    String rejectionIntro(String organization, String reference);

    @Message("If you have any question about this decision, please write to the secretariat, quoting your reference.")
    String rejectionClosing();

    // ---- WITHDRAWAL -------------------------------------------------------------------------------

    @Message("{reference}: application withdrawn")
    String withdrawalSubject(String reference);

    @Message("As requested, the application of {organization} ({reference}) has been withdrawn. It will not be "
            + "considered further.")
    String withdrawalIntro(String organization, String reference);

    @Message("If you did not ask for this withdrawal, please contact the secretariat at once, quoting your reference.")
    String withdrawalNotYou();

    // ---- PATH_CHANGE ------------------------------------------------------------------------------

    @Message("{reference}: your application now follows another participation path")
    String pathChangeSubject(String reference);

    @Message("The secretariat has moved the application of {organization} ({reference}) to another participation "
            + "path.")
    String pathChangeIntro(String organization, String reference);

    @Message("Previous path:")
    String pathChangeFrom();

    @Message("New path:")
    String pathChangeTo();

    @Message("Under this path the application follows the non-objection procedure: if the secretariat recommends it, "
            + "it is placed on a list circulated to Member States, and the Committee takes the final decision.")
    String pathChangeNonObjection();

    @Message("You do not need to submit a new application; the secretariat will write to you about the next steps.")
    String pathChangeNext();
}
