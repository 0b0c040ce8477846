package org.accredit.console;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The wording of the console's session pages (sessions, registrations and late requests, written
 * submissions, speakers, figures), in English; the other UN languages are in
 * {@code messages/sessions_<lang>.properties}. Templates call these as {@code {sessions:...}}.
 */
@MessageBundle(value = SessionsMessages.NAMESPACE, locale = "en")
public interface SessionsMessages {

    String NAMESPACE = "sessions";

    @Message("The Committee's sessions")
    String sessionsCaption();

    @Message("No sessions are scheduled.")
    String noSessions();

    @Message("Code")
    String colCode();

    @Message("Title")
    String colTitle();

    @Message("Venue")
    String colVenue();

    @Message("Opens (session's time)")
    String colOpens();

    @Message("Closes (session's time)")
    String colCloses();

    @Message("Registration closes (New York time)")
    String colRegistrationCloses();

    @Message("Pages of this session")
    String tabsLabel();

    @Message("Overview")
    String tabOverview();

    @Message("Registrations")
    String tabRegistrations();

    @Message("Written submissions")
    String tabStatements();

    @Message("Speakers")
    String tabSpeakers();

    @Message("Figures")
    String tabFigures();

    @Message("Time zone")
    String timeZone();

    @Message("Registration opens (New York time)")
    String registrationOpens();

    @Message("In-person seats per organization")
    String seatsInPerson();

    @Message("Online seats per organization")
    String seatsOnline();

    @Message("No limit")
    String noLimit();

    @Message("Agenda")
    String agenda();

    @Message("The session has no agenda items.")
    String noAgenda();

    @Message("Late requests")
    String lateRequests();

    @Message("These representatives were registered after the cut-off. Accepting a late request needs a reason.")
    String lateIntro();

    @Message("No late request is waiting.")
    String noLateRequests();

    @Message("Representatives registered")
    String registrationsCaption();

    @Message("Status")
    String filterStatus();

    @Message("All")
    String allStatuses();

    @Message("Filter")
    String filter();

    @Message("Exports")
    String exports();

    @Message("Export the registrations (CSV)")
    String exportCsv();

    @Message("Export the registrations (XLSX)")
    String exportXlsx();

    @Message("Organization")
    String colOrganization();

    @Message("Representative")
    String colRepresentative();

    @Message("Mode")
    String colMode();

    @Message("Status")
    String colStatus();

    @Message("Registered (New York time)")
    String colRegistered();

    @Message("Official letter")
    String colLetter();

    @Message("Decision")
    String colDecision();

    @Message("Letter of {name} (PDF)")
    String letterLink(String name);

    @Message("No registrations.")
    String noRegistrations();

    @Message("late request")
    String lateBadge();

    @Message("Confirm {name}")
    String confirm(String name);

    @Message("Accept late request of {name}")
    String accept(String name);

    @Message("Refuse {name}")
    String refuse(String name);

    @Message("Reason for accepting")
    String reasonAccept();

    @Message("Reason for refusing")
    String reasonRefuse();

    @Message("A late request is accepted only with a reason.")
    String lateReasonRequired();

    @Message("Decision on {name}")
    String decisionFor(String name);

    @Message("Requested")
    String statusREQUESTED();

    @Message("Late request")
    String statusLATE_REQUEST();

    @Message("Confirmed")
    String statusCONFIRMED();

    @Message("Refused")
    String statusREFUSED();

    @Message("Withdrawn")
    String statusWITHDRAWN();

    @Message("Replaced")
    String statusREPLACED();

    @Message("In person")
    String modeIN_PERSON();

    @Message("Online")
    String modeONLINE();

    @Message("The registration is confirmed.")
    String noticeConfirmed();

    @Message("The registration is refused.")
    String noticeRefused();

    @Message("The statement is published.")
    String noticePublished();

    @Message("The statement is declined.")
    String noticeDeclined();

    @Message("The order of speakers is saved.")
    String noticeReordered();

    @Message("The list of speakers is published.")
    String noticeListPublished();

    @Message("Written submissions of the session")
    String statementsCaption();

    @Message("No written submissions.")
    String noStatements();

    @Message("Language")
    String colLanguage();

    @Message("Submitted (New York time)")
    String colSubmitted();

    @Message("Words")
    String colWords();

    @Message("Submitted")
    String statementSUBMITTED();

    @Message("Published")
    String statementPUBLISHED();

    @Message("Declined")
    String statementDECLINED();

    @Message("Withdrawn")
    String statementWITHDRAWN();

    @Message("Read {title}")
    String read(String title);

    @Message("Text")
    String statementText();

    @Message("The PDF as sent")
    String pdfLink();

    @Message("Publish")
    String publish();

    @Message("Decline")
    String decline();

    @Message("Reason for declining (the organization reads it)")
    String declineReason();

    @Message("Back to the written submissions")
    String backToStatements();

    @Message("Requests to speak on each agenda item, in their current order. The suggested place balances the regional groups and gender.")
    String speakersIntro();

    @Message("Item {number}: {title}")
    String itemHeading(int number, String title);

    @Message("Draft: the order may still change.")
    String listDraft();

    @Message("Published: the order is frozen.")
    String listPublished();

    @Message("Nobody is on this list.")
    String noSpeakers();

    @Message("List of speakers of item {number}")
    String speakersCaption(int number);

    @Message("Place")
    String colPlace();

    @Message("Suggested place")
    String colSuggested();

    @Message("Regional group")
    String colGroup();

    @Message("Speaker")
    String colSpeaker();

    @Message("Topic")
    String colTopic();

    @Message("Move {name} up")
    String moveUp(String name);

    @Message("Publish the list of item {number}")
    String publishList(int number);

    @Message("Confirmed representatives and their organizations. {count} registration(s) still await a decision.")
    String figuresIntro(long count);

    @Message("Organizations by regional group")
    String chartOrgsByGroup();

    @Message("Organizations by participation path")
    String chartOrgsByPath();

    @Message("Representatives by gender")
    String chartRepsByGender();

    @Message("Representatives by attendance mode")
    String chartRepsByMode();

    @Message("Category")
    String colCategory();

    @Message("Number")
    String colCount();

    @Message("Total")
    String total();

    @Message("African States")
    String groupAFRICAN();

    @Message("Asia-Pacific States")
    String groupASIA_PACIFIC();

    @Message("Eastern European States")
    String groupEASTERN_EUROPEAN();

    @Message("Latin American and Caribbean States")
    String groupLATIN_AMERICAN_AND_CARIBBEAN();

    @Message("Western European and other States")
    String groupWESTERN_EUROPEAN_AND_OTHERS();

    @Message("Other")
    String groupOTHER();

    @Message("Paragraph 7 (intergovernmental)")
    String pathPARA_7();

    @Message("Paragraph 8 (ECOSOC status)")
    String pathPARA_8();

    @Message("Paragraph 9 (other organizations)")
    String pathPARA_9();

    @Message("Female")
    String genderFEMALE();

    @Message("Male")
    String genderMALE();

    @Message("Other")
    String genderOTHER();

    @Message("Prefers not to say")
    String genderUNDISCLOSED();

    @Message("Not given")
    String genderNOT_GIVEN();
}
