package org.accredit.frontdoor;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The wording of the pages, in English; the other UN languages are in
 * {@code src/main/resources/messages/page_<lang>.properties} (same keys as the method names).
 * Templates call these as {@code {page:applyTitle}}; enum values are looked up by name with
 * {@code {page:message('status_' + s)}}. Plain text: templates escape them like any value.
 */
@MessageBundle(value = PageMessages.NAMESPACE, locale = "en")
public interface PageMessages {

    String NAMESPACE = "page";

    // ---- layout -------------------------------------------------------------------------------
    @Message("Accredit: accreditation of stakeholders to the Ad Hoc Committee on cybercrime")
    String siteName();

    @Message("Skip to main content")
    String skipLink();

    @Message("Language")
    String languageLabel();

    @Message("United Nations Office on Drugs and Crime (UNODC), secretariat of the Ad Hoc Committee")
    String footer();

    @Message("Required")
    String required();

    @Message("There is a problem: {count} field(s) below need your attention.")
    String errorSummary(int count);

    @Message("Error:")
    String errorPrefix();

    // ---- application form ------------------------------------------------------------------------
    @Message("Apply for accreditation")
    String applyTitle();

    @Message("Organizations apply here to take part in the work of the Ad Hoc Committee under General Assembly "
            + "resolution 75/282. Fields marked as required must be filled in.")
    String applyIntro();

    @Message("Your organization")
    String orgSection();

    @Message("Contact person")
    String contactSection();

    @Message("Name of the organization")
    String orgName();

    @Message("Acronym")
    String orgAcronym();

    @Message("Type of organization")
    String orgType();

    @Message("Choose a type")
    String chooseType();

    @Message("Country of the headquarters")
    String orgCountry();

    @Message("Two-letter ISO code, for example FR or KE")
    String orgCountryHint();

    @Message("Website")
    String orgWebsite();

    @Message("Email address of the organization")
    String orgEmail();

    @Message("Relevant expertise in countering cybercrime")
    String orgExpertise();

    @Message("Consultative status with ECOSOC")
    String ecosocCategory();

    @Message("Non-governmental organizations only. Leave as none if your organization has no such status.")
    String ecosocHint();

    @Message("None")
    String ecosocNone();

    @Message("Full name")
    String contactName();

    @Message("Title or function")
    String contactTitle();

    @Message("Email address")
    String contactEmail();

    @Message("Telephone")
    String contactPhone();

    @Message("Language of correspondence")
    String language();

    @Message("Submit the application")
    String submit();

    @Message("Intergovernmental organization")
    String type_INTERGOVERNMENTAL_ORGANIZATION();

    @Message("United Nations entity")
    String type_UN_ENTITY();

    @Message("Non-governmental organization")
    String type_NGO();

    @Message("Civil society organization")
    String type_CIVIL_SOCIETY_ORGANIZATION();

    @Message("Academic institution")
    String type_ACADEMIC_INSTITUTION();

    @Message("Private sector")
    String type_PRIVATE_SECTOR();

    @Message("General consultative status")
    String ecosoc_GENERAL();

    @Message("Special consultative status")
    String ecosoc_SPECIAL();

    @Message("Roster")
    String ecosoc_ROSTER();

    // ---- after submission ----------------------------------------------------------------------
    @Message("Application received")
    String appliedTitle();

    @Message("The secretariat has received the application of {organization}. Its reference is:")
    String appliedReceived(String organization);

    @Message("Your tracking secret")
    String appliedSecretTitle();

    @Message("This secret is the only key to your application: with it you can follow its status, answer the "
            + "secretariat and withdraw it. Copy it now and keep it safe: it is shown on this page once and "
            + "sent once by email. The secretariat will never ask you for it.")
    String appliedSecretWarning();

    @Message("What happens next")
    String appliedNextTitle();

    @Message("The secretariat reviews the application and may ask you questions by email. Follow its progress on "
            + "the status page with your tracking secret.")
    String appliedNext();

    @Message("Go to the status page")
    String appliedStatusLink();

    // ---- status page ----------------------------------------------------------------------------
    @Message("Your application")
    String statusTitle();

    @Message("Enter the tracking secret you received when you applied to see the status of your application.")
    String statusIntro();

    @Message("Tracking secret")
    String secretLabel();

    @Message("Show the status")
    String showStatus();

    @Message("No application has this tracking secret. Check that you copied it in full.")
    String secretUnknown();

    @Message("Reference")
    String referenceLabel();

    @Message("Organization")
    String organizationLabel();

    @Message("Status")
    String statusLabel();

    @Message("Submitted on")
    String submittedLabel();

    @Message("History")
    String historyTitle();

    @Message("Date")
    String dateLabel();

    @Message("Note")
    String noteLabel();

    @Message("The secretariat asks")
    String questionTitle();

    @Message("Your answer")
    String answerLabel();

    @Message("Send the answer")
    String sendAnswer();

    @Message("Thank you: your answer was sent to the secretariat.")
    String answerDone();

    @Message("Withdraw the application")
    String withdrawTitle();

    @Message("Withdrawing is final: the secretariat will stop considering the application.")
    String withdrawWarning();

    @Message("Reason (optional)")
    String withdrawReason();

    @Message("Withdraw")
    String withdrawButton();

    @Message("The application was withdrawn.")
    String withdrawDone();

    @Message("This step is not possible in the current status of the application.")
    String notPossible();

    @Message("Received")
    String status_SUBMITTED();

    @Message("Under review by the secretariat")
    String status_IN_REVIEW();

    @Message("Information requested from you")
    String status_INFORMATION_REQUESTED();

    @Message("Under consideration by Member States")
    String status_UNDER_CONSIDERATION_BY_MEMBER_STATES();

    @Message("Awaiting the Committee's decision")
    String status_AWAITING_COMMITTEE_DECISION();

    @Message("Accredited")
    String status_APPROVED();

    @Message("Not approved by the Committee")
    String status_NOT_APPROVED();

    @Message("Rejected by the secretariat")
    String status_REJECTED();

    @Message("Withdrawn by you")
    String status_WITHDRAWN();

    @Message("Accreditation suspended")
    String status_SUSPENDED();

    @Message("Accreditation withdrawn")
    String status_ACCREDITATION_WITHDRAWN();
}
