package org.accredit.console;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The wording of the console's applications area (queue, application page, bulk actions), in English;
 * the other UN languages are in {@code messages/queue_<lang>.properties}. Templates call these as
 * {@code {queue:queueTitle}}.
 */
@MessageBundle(value = QueueMessages.NAMESPACE, locale = "en")
public interface QueueMessages {

    String NAMESPACE = "queue";

    @Message("Applications")
    String queueTitle();

    @Message("Applications by status")
    String countsHeading();

    /** The summary's total: a number, "1000+" when a status was counted up to accredit.queue-count-cap only. */
    @Message("{count} in all")
    String countsTotal(String count);

    @Message("Filter and sort")
    String filtersHeading();

    @Message("Status")
    String filterStatus();

    @Message("Path")
    String filterPath();

    @Message("Call for applications")
    String filterCall();

    @Message("Organization name contains")
    String filterText();

    @Message("Country (two-letter code)")
    String filterCountry();

    @Message("For example FR, DE or BR.")
    String filterCountryHint();

    @Message("Only applications assigned to me")
    String filterMine();

    @Message("Order")
    String filterSort();

    @Message("Submitted first, first")
    String sortOldest();

    @Message("Submitted last, first")
    String sortNewest();

    @Message("Organization name")
    String sortName();

    @Message("Any")
    String any();

    @Message("Apply filters")
    String applyFilters();

    @Message("Clear filters")
    String clearFilters();

    @Message("Applications ({rows} on this page)")
    String tableCaption(int rows);

    @Message("Select")
    String colSelect();

    @Message("Application")
    String colApplication();

    @Message("Path")
    String colPath();

    @Message("Status")
    String colStatus();

    @Message("Country")
    String colCountry();

    @Message("Submitted (New York time)")
    String colSubmitted();

    @Message("Assigned to")
    String colAssigned();

    @Message("Select {reference}")
    String selectRow(String reference);

    @Message("No application matches these filters.")
    String empty();

    @Message("Act on the selected applications")
    String bulkHeading();

    @Message("Action")
    String bulkAction();

    @Message("Reason (required to reject; sent to each applicant)")
    String bulkReason();

    @Message("Apply to the selected applications")
    String bulkSubmit();

    @Message("Result of the bulk action")
    String bulkResultTitle();

    @Message("Done")
    String bulkDone();

    @Message("Refused: {reason}")
    String bulkRefused(String reason);

    @Message("Back to the queue")
    String bulkBack();

    @Message("Select at least one application.")
    String bulkNoneSelected();

    @Message("Select at most {max} applications at a time.")
    String bulkTooMany(int max);

    @Message("Choose an action.")
    String bulkUnknownAction();

    @Message("A reason is required to reject.")
    String reasonRequired();

    @Message("At most {max} characters.")
    String reasonTooLong(int max);

    @Message("Take into review")
    String actionReview();

    @Message("Recommend")
    String actionRecommend();

    @Message("Reject")
    String actionReject();

    @Message("Para 7 (intergovernmental)")
    String pathPara7();

    @Message("Para 8 (ECOSOC status)")
    String pathPara8();

    @Message("Para 9 (other organizations)")
    String pathPara9();

    @Message("Submitted")
    String statusSubmitted();

    @Message("In review")
    String statusInReview();

    @Message("Information requested")
    String statusInformationRequested();

    @Message("Recommended")
    String statusRecommended();

    @Message("In circulation")
    String statusInCirculation();

    @Message("No objection")
    String statusNoObjection();

    @Message("Objected")
    String statusObjected();

    @Message("Approved")
    String statusApproved();

    @Message("Rejected")
    String statusRejected();

    @Message("Not approved")
    String statusNotApproved();

    @Message("Withdrawn")
    String statusWithdrawn();

    @Message("Suspended")
    String statusSuspended();

    @Message("Accreditation withdrawn")
    String statusAccreditationWithdrawn();

    @Message("Summary")
    String summaryHeading();

    @Message("Reference")
    String reference();

    @Message("Submitted")
    String submittedAt();

    @Message("Assigned to")
    String assignedTo();

    @Message("Nobody")
    String nobody();

    @Message("Recommended by")
    String recommendedBy();

    @Message("Decided by")
    String decidedBy();

    @Message("Reason given")
    String decisionReason();

    @Message("What the organization stated")
    String organizationHeading();

    @Message("Name")
    String orgName();

    @Message("Acronym")
    String orgAcronym();

    @Message("Type")
    String orgType();

    @Message("Website")
    String orgWebsite();

    @Message("Email")
    String orgEmail();

    @Message("Expertise")
    String orgExpertise();

    @Message("ECOSOC status claimed")
    String ecosocClaimed();

    @Message("Contact person")
    String contactHeading();

    @Message("Name")
    String contactName();

    @Message("Title")
    String contactTitle();

    @Message("Telephone")
    String contactPhone();

    @Message("Language of correspondence")
    String language();

    @Message("Attached documents")
    String attachmentsHeading();

    @Message("Download {kind} (PDF, {pages} pages)")
    String attachmentLink(String kind, int pages);

    @Message("No documents attached.")
    String noAttachments();

    @Message("ECOSOC roster")
    String ecosocHeading();

    @Message("Matched roster entry")
    String matchedEntry();

    @Message("Confirmed by")
    String confirmedBy();

    @Message("Not confirmed yet")
    String notConfirmed();

    @Message("Roster entries this organization may be, best first")
    String candidatesCaption();

    @Message("Roster entry")
    String colEntry();

    @Message("Score")
    String colScore();

    @Message("Confirm")
    String colConfirm();

    @Message("Confirm this entry")
    String confirmCandidate();

    @Message("No roster entry resembles this organization.")
    String noCandidates();

    @Message("Questions to the applicant")
    String threadHeading();

    @Message("Asked by {name} on {date}")
    String askedBy(String name, String date);

    @Message("Answer ({date})")
    String answered(String date);

    @Message("Not answered yet.")
    String notAnswered();

    @Message("No questions asked.")
    String noQuestions();

    @Message("Actions")
    String actionsHeading();

    @Message("Nothing for your role to do on this application now.")
    String noActions();

    @Message("Take into review")
    String startReview();

    @Message("Question to the applicant (emailed)")
    String question();

    @Message("Ask the applicant")
    String requestInformation();

    @Message("Internal note (staff only, optional)")
    String note();

    @Message("Recommend")
    String recommend();

    @Message("Reason (sent to the applicant)")
    String reason();

    @Message("Reject")
    String reject();

    @Message("Approve")
    String approve();

    @Message("Reviewer (user name)")
    String assignee();

    @Message("Assign")
    String assign();

    @Message("You recommended this; another approver decides.")
    String fourEyes();

    @Message("History")
    String historyHeading();

    @Message("When (New York time)")
    String colWhen();

    @Message("What")
    String colWhat();

    @Message("Who")
    String colWho();

    @Message("Details")
    String colDetails();

    @Message("The application is now in review.")
    String noticeReview();

    @Message("The question was sent to the applicant.")
    String noticeInformationRequest();

    @Message("The application is recommended.")
    String noticeRecommendation();

    @Message("The application is rejected; the applicant is told why.")
    String noticeRejection();

    @Message("The application is approved.")
    String noticeApproval();

    @Message("The application is assigned.")
    String noticeAssignment();

    @Message("The roster entry is confirmed.")
    String noticeEcosocMatch();
}
