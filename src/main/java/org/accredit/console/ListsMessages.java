package org.accredit.console;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Wording of the secretariat's non-objection list pages ({@code {lists:...}}); other languages in messages/lists_*.properties. */
@MessageBundle(value = "lists", locale = "en")
public interface ListsMessages {

    @Message("Non-objection lists")
    String title();

    @Message("Lists of para 9 applications circulated to Member States for objections, newest first.")
    String intro();

    @Message("Title")
    String colTitle();

    @Message("Status")
    String colStatus();

    @Message("Applications")
    String colApplications();

    @Message("Deadline (New York)")
    String colDeadline();

    @Message("Created")
    String colCreated();

    @Message("There is no list yet.")
    String none();

    @Message("New list")
    String newList();

    @Message("Call for applications")
    String call();

    @Message("Title of the list")
    String listTitle();

    @Message("Create the list")
    String create();

    @Message("Choose a call for applications.")
    String invalidCall();

    @Message("Draft")
    String statusDraft();

    @Message("In circulation")
    String statusCirculated();

    @Message("Closed")
    String statusClosed();

    @Message("Decided")
    String statusDecided();

    @Message("Back to the lists")
    String backToLists();

    @Message("Back to the list")
    String backToList();

    @Message("Applications on the list")
    String applications();

    @Message("No application is on the list.")
    String noApplications();

    @Message("Reference")
    String colReference();

    @Message("Organization")
    String colOrganization();

    @Message("Type")
    String colType();

    @Message("Country")
    String colCountry();

    @Message("Standing objections")
    String colObjections();

    @Message("Action")
    String colAction();

    @Message("Remove")
    String remove();

    @Message("Recommended para 9 applications that can be added")
    String candidates();

    @Message("No recommended para 9 application of this call is waiting for a list.")
    String noCandidates();

    @Message("Add the selected applications to the list")
    String addToList();

    @Message("Select at least one application.")
    String selectOne();

    @Message("Preview what Member States will receive")
    String preview();

    @Message("Preview: {title}")
    String previewTitle(String title);

    @Message("Member States will see organization-level facts only, never contact persons.")
    String previewIntro();

    @Message("Website")
    String colWebsite();

    @Message("Expertise")
    String colExpertise();

    @Message("Circulation")
    String circulation();

    @Message("Deadline (New York time, optional)")
    String deadline();

    @Message("Empty: {days} working days after today at {time} New York time. A shorter deadline needs a reason and another approver's confirmation.")
    String deadlineHint(int days, String time);

    @Message("Reason for a shorter deadline")
    String reason();

    @Message("Circulate the list")
    String circulate();

    @Message("Enter a date and time, for example 2026-12-01T18:00.")
    String invalidDeadline();

    @Message("Circulate the list: check and confirm")
    String reviewCirculation();

    @Message("Deadline: {days} working days after today, at {time} New York time.")
    String reviewDefaultDeadline(int days, String time);

    @Message("Deadline: {deadline} (New York).")
    String reviewDeadline(String deadline);

    @Message("{applications} application(s); {states} Member State(s) with a focal point will receive the list by email.")
    String reviewRecipients(int applications, int states);

    @Message("Confirm and circulate")
    String confirmCirculation();

    @Message("A shorter deadline ({deadline}) was proposed by {by}. Reason: {reason}. Another approver must confirm it.")
    String pendingShortDeadline(String deadline, String by, String reason);

    @Message("Deadline (New York)")
    String deadlineNy();

    @Message("Circulated")
    String circulatedAt();

    @Message("Member States' answers")
    String progress();

    @Message("{answered} of {total} Member States with a focal point have answered.")
    String answered(int answered, int total);

    @Message("Member State")
    String colState();

    @Message("Answer")
    String colAnswer();

    @Message("Objection")
    String answerObjection();

    @Message("No objection")
    String answerNoObjection();

    @Message("No answer yet")
    String answerNone();

    @Message("Objections")
    String objections();

    @Message("No objection has been lodged.")
    String noObjections();

    @Message("Basis")
    String colBasis();

    @Message("Lodged")
    String colLodged();

    @Message("Withdrawn")
    String withdrawn();

    @Message("Standing")
    String standing();

    @Message("Close the objection window now")
    String closeEarly();

    @Message("Possible once every Member State with a focal point has answered.")
    String closeEarlyHint();

    @Message("The Committee's decision")
    String decision();

    @Message("Document reference")
    String documentReference();

    @Message("Date of the decision")
    String decidedOn();

    @Message("Enter a date, for example 2026-12-01.")
    String invalidDate();

    @Message("This field is required.")
    String required();

    @Message("Approve despite the objection: {name}")
    String despite(String name);

    @Message("Reason for approving {name} despite the objection")
    String despiteReason(String name);

    @Message("Record the decision")
    String recordDecision();

    @Message("Record the Committee's decision: check and confirm")
    String reviewDecision();

    @Message("Decision {reference} of {date}.")
    String reviewDecisionText(String reference, String date);

    @Message("Objected applications approved anyway")
    String reviewDespite();

    @Message("Objected applications are not approved.")
    String reviewNoDespite();

    @Message("Confirm and record the decision")
    String confirmDecision();

    @Message("A decision ({reference} of {date}) approving objected applications was proposed by {by}. Another approver must confirm it.")
    String pendingDecision(String reference, String date, String by);

    @Message("Decided: {reference} of {date}.")
    String decided(String reference, String date);

    @Message("The list was created.")
    String noticeCreated();

    @Message("The applications were added.")
    String noticeAdded();

    @Message("The application was removed.")
    String noticeRemoved();

    @Message("The list was circulated.")
    String noticeCirculated();

    @Message("A shorter deadline was proposed; another approver must confirm it.")
    String noticeProposed();

    @Message("The objection window is closed.")
    String noticeClosed();

    @Message("The Committee's decision is recorded.")
    String noticeDecided();

    @Message("The decision is proposed; another approver must confirm it.")
    String noticeDecisionProposed();
}
