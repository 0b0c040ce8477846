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

    // ---- the thank-you page after a form post to the API (accredit.forms.thank-you-url) -----------
    @Message("Thank you")
    String thanksTitle();

    @Message("The secretariat has received what you sent.")
    String thanksReceived();

    @Message("The reference of the application is:")
    String thanksReference();

    @Message("The tracking secret is on its way by email to the contact address given in the form. Keep it safe: "
            + "it is the only key to the application.")
    String thanksSecretByEmail();

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

    // ---- navigation, errors and the public pages ----------------------------------------------
    @Message("Pages of Accredit")
    String pagesNav();

    @Message("Apply")
    String navApply();

    @Message("Your application")
    String navStatus();

    @Message("Accredited organizations")
    String navOrganizations();

    @Message("Calendar")
    String navCalendar();

    @Message("Written submissions")
    String navStatements();

    @Message("This page cannot be shown")
    String errorTitle();

    @Message("There is nothing at this address, or it is not public.")
    String notFound();

    @Message("The address of this page is not valid (for example a damaged link to a next page).")
    String badRequest();

    @Message("Accredited organizations")
    String orgsTitle();

    @Message("Organizations accredited to the Ad Hoc Committee, by path of General Assembly resolution 75/282.")
    String orgsIntro();

    @Message("Name")
    String colName();

    @Message("Type")
    String colType();

    @Message("Country")
    String colCountry();

    @Message("Path")
    String colPath();

    @Message("Decision")
    String colDecision();

    @Message("Date of the decision")
    String colDecisionDate();

    @Message("Registration by the secretariat")
    String secretariatRegistration();

    @Message("Paragraph 7")
    String path_PARA_7();

    @Message("Paragraph 8")
    String path_PARA_8();

    @Message("Paragraph 9")
    String path_PARA_9();

    @Message("Next page")
    String nextPage();

    @Message("First page")
    String firstPage();

    @Message("Nothing to show yet.")
    String noneYet();

    @Message("Calendar of sessions")
    String calendarTitle();

    @Message("Sessions of the Ad Hoc Committee. Dates and times are those of the place of each session, with its time zone.")
    String calendarIntro();

    @Message("Session")
    String colSession();

    @Message("Kind")
    String colKind();

    @Message("Venue")
    String colVenue();

    @Message("Opens")
    String colOpens();

    @Message("Closes")
    String colCloses();

    @Message("Written submissions")
    String colStatements();

    @Message("Written submissions for {code}")
    String seeStatements(String code);

    @Message("Organizational session")
    String kind_ORGANIZATIONAL();

    @Message("Substantive session")
    String kind_SUBSTANTIVE();

    @Message("Concluding session")
    String kind_CONCLUDING();

    @Message("Reconvened session")
    String kind_RECONVENED();

    @Message("Intersessional consultation")
    String kind_INTERSESSIONAL_CONSULTATION();

    @Message("New York")
    String venue_NEW_YORK();

    @Message("Vienna")
    String venue_VIENNA();

    @Message("Online")
    String venue_ONLINE();

    @Message("Published written submissions")
    String statementsTitle();

    @Message("Written submissions of accredited organizations that the secretariat has published, session by session.")
    String statementsIntro();

    @Message("Published written submissions, {code}")
    String statementsOf(String code);

    @Message("Choose a session:")
    String chooseSession();

    @Message("Title")
    String colTitle();

    @Message("Organization")
    String colOrganization();

    @Message("Language")
    String colLanguage();

    @Message("Words")
    String colWords();

    @Message("Published")
    String colPublished();

    @Message("Read {title}")
    String readStatement(String title);

    @Message("PDF document")
    String documentLink();

    @Message("All written submissions of this session")
    String backToSession();

    @Message("Too many attempts from your connection or for this email address. Please try again later.")
    String tooMany();

    @Message("Submit a written statement")
    String orgStatementsTitle();

    @Message("Accredited organizations submit here a written statement for a session, with the tracking secret of their approved application.")
    String orgStatementsIntro();

    @Message("Session")
    String sessionLabel();

    @Message("Choose a session")
    String chooseSessionOption();

    @Message("Title of the statement")
    String statementTitle();

    @Message("Text of the statement")
    String statementText();

    @Message("At most 2,000 words. The secretariat publishes it or tells you why not.")
    String statementTextHint();

    @Message("Submit the statement")
    String submitStatement();

    @Message("Your written statement “{title}” was received. The secretariat will publish it or tell you why not.")
    String statementReceived(String title);

    // ---- lost-secret page -----------------------------------------------------------------------
    @Message("Lost tracking secret")
    String lostSecretTitle();

    @Message("Enter the reference of your application and the contact email given in it. A new tracking secret "
            + "will be sent to that address only, and the old one will stop working.")
    String lostSecretIntro();

    @Message("Reference of the application")
    String lostSecretReference();

    @Message("As in the acknowledgement email, for example AHC-2026-00042")
    String lostSecretReferenceHint();

    @Message("Contact email given in the application")
    String lostSecretEmail();

    @Message("Send me a new secret")
    String lostSecretButton();

    @Message("If this reference and email match an application, a new tracking secret is on its way to that "
            + "address. The old one no longer works.")
    String lostSecretSent();

    @Message("Lost your tracking secret?")
    String lostSecretLink();

    // ---- application form: hidden fields and attachments ------------------------------------------
    @Message("This form was already sent with other values. Open the form again (a new, empty form) to send another application.")
    String formReused();

    @Message("This form is still being sent. Wait a moment, then send it again to see its result.")
    String formInFlight();

    @Message("Documents (para 9 applicants only)")
    String attachmentsSection();

    @Message("Statutes (PDF)")
    String statutes();

    @Message("Registration certificate (PDF)")
    String registrationCertificate();

    @Message("Optional. A PDF of at most {megabytes} MB and {pages} pages. If the form comes back with an error, choose the file again.")
    String attachmentHint(long megabytes, int pages);

    @Message("Leave this field empty (it stops automated posts)")
    String honeypotLabel();

    @Message("must be a readable PDF of at most {pages} pages, without a password")
    String fileNotPdf(int pages);

    @Message("must be at most {megabytes} MB")
    String fileTooLarge(long megabytes);
    // ---- representatives page ------------------------------------------------------------------
    @Message("Register representatives")
    String repsTitle();

    @Message("Accredited organizations register here the persons who will represent them at a session, with the official letter that lists them, using the tracking secret of their approved application.")
    String repsIntro();

    @Message("Show my representatives")
    String showRepresentatives();

    @Message("Your representatives for {session}")
    String repsForSession(String session);

    @Message("No representative is registered for this session yet.")
    String repsNone();

    @Message("Attendance")
    String colMode();

    @Message("Status")
    String colRepStatus();

    @Message("Register a representative")
    String repsAddHeading();

    @Message("Full name")
    String repName();

    @Message("Title or function")
    String repTitle();

    @Message("Employer")
    String repEmployer();

    @Message("Email address of the person")
    String repEmail();

    @Message("Attendance")
    String repMode();

    @Message("In person")
    String mode_IN_PERSON();

    @Message("Online")
    String mode_ONLINE();

    @Message("Gender")
    String repGender();

    @Message("Optional, used only for the participation figures.")
    String repGenderHint();

    @Message("Not given")
    String genderNotSaid();

    @Message("Female")
    String gender_FEMALE();

    @Message("Male")
    String gender_MALE();

    @Message("Other")
    String gender_OTHER();

    @Message("Prefers not to say")
    String gender_UNDISCLOSED();

    @Message("Nationality")
    String repNationality();

    @Message("Optional: the two-letter country code, for example KE.")
    String repNationalityHint();

    @Message("Official letter (PDF)")
    String repLetter();

    @Message("The letter of your organization that names this person, as a PDF file.")
    String repLetterHint();

    @Message("Please choose the letter (PDF) again: a browser does not keep a chosen file when the page is shown again.")
    String repLetterAgain();

    @Message("Choose the letter as a PDF file.")
    String repLetterMissing();

    @Message("This file is not an acceptable PDF.")
    String repLetterRefused();

    @Message("Register this representative")
    String registerRepresentative();

    @Message("{name} is registered; the secretariat will confirm the registration or tell you why not.")
    String repRegistered(String name);

    @Message("This person (this email address) is already registered for this session.")
    String repAlreadyRegistered();

    @Message("Your organization already holds all its seats for this attendance mode.")
    String repQuotaReached();

    @Message("This registration is not possible now (for example, registration for this session is not open).")
    String repNotPossible();

    @Message("Requested")
    String repStatus_REQUESTED();

    @Message("Late request")
    String repStatus_LATE_REQUEST();

    @Message("Confirmed")
    String repStatus_CONFIRMED();

    @Message("Refused")
    String repStatus_REFUSED();

    @Message("Withdrawn")
    String repStatus_WITHDRAWN();

    @Message("Replaced")
    String repStatus_REPLACED();

    @Message("Choose another session")
    String otherSession();

    @Message("Details")
    String serviceDetail();

    @Message("Withdraw")
    String repWithdraw();

    @Message("{name} is withdrawn from the session.")
    String repWithdrawn(String name);

    @Message("Action")
    String colAction();
}
