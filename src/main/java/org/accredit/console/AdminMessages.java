package org.accredit.console;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The wording of the console's administration pages (calls, ECOSOC roster import, UN holidays, Member
 * State focal points, sessions, failed emails), in English; the other UN languages are in
 * {@code messages/admin_<lang>.properties}. Templates call these as {@code {admin:calls}}.
 */
@MessageBundle(value = AdminMessages.NAMESPACE, locale = "en")
public interface AdminMessages {

    String NAMESPACE = "admin";

    @Message("Administration")
    String adminTitle();

    @Message("Choose what to manage.")
    String adminIntro();

    @Message("Calls for applications")
    String calls();

    @Message("ECOSOC roster import")
    String roster();

    @Message("UN holidays")
    String holidays();

    @Message("Member State focal points")
    String focalPoints();

    @Message("Sessions")
    String sessions();

    @Message("Emails")
    String emails();

    @Message("Enter a date and time.")
    String badDateTime();

    @Message("Enter a date.")
    String badDate();

    @Message("Enter a whole number.")
    String badNumber();

    @Message("Choose one of the options.")
    String badChoice();

    @Message("Nothing here yet.")
    String noneYet();

    @Message("Yes")
    String yes();

    @Message("No")
    String no();

    @Message("Edit")
    String edit();

    @Message("Delete")
    String delete();

    @Message("Delete this for good?")
    String confirmDelete();

    @Message("Save changes")
    String saveChanges();

    @Message("Details")
    String details();

    @Message("Date and time in {zone}")
    String timesIn(String zone);

    @Message("Title")
    String title();

    @Message("Opens")
    String opensAt();

    @Message("Closes")
    String closesAt();

    @Message("Open now")
    String openNow();

    @Message("Open a new call")
    String newCall();

    @Message("Open the call")
    String createCall();

    @Message("Edit the call")
    String editCall();

    @Message("Paste the ECOSOC consultative-status list as CSV (a header line naming the columns name, category, year, country and status).")
    String rosterIntro();

    @Message("The list as CSV")
    String csvFile();

    @Message("Mode")
    String mode();

    @Message("Full: entries absent from the file are retired")
    String modeFull();

    @Message("Partial: entries absent from the file are left as they are")
    String modePartial();

    @Message("Dry run: show what would change and write nothing")
    String dryRun();

    @Message("Allow a full import to retire more than the usual share of active entries")
    String force();

    @Message("Send the file")
    String upload();

    @Message("Paste the CSV.")
    String noFile();

    @Message("Dry run: nothing was written")
    String dryRunResult();

    @Message("Run the import for real")
    String runForReal();

    @Message("Roster import")
    String importTitle();

    @Message("The file was refused: nothing was imported")
    String refused();

    @Message("This full import would retire {retired} of {active} active entries, more than allowed. Tick the box that allows it to import anyway.")
    String needsForce(int retired, int active);

    @Message("Rows read")
    String rowsRead();

    @Message("Added")
    String added();

    @Message("Changed")
    String changed();

    @Message("Retired")
    String retired();

    @Message("Imported at")
    String importedAt();

    @Message("Imported by")
    String importedBy();

    @Message("File")
    String fileName();

    @Message("Name")
    String name();

    @Message("Country")
    String country();

    @Message("Status before")
    String statusBefore();

    @Message("Status")
    String status();

    @Message("Entries added")
    String addedEntries();

    @Message("Entries changed")
    String changedEntries();

    @Message("Entries retired")
    String retiredEntries();

    @Message("Holidays added here are not working days of objection windows circulated afterwards.")
    String holidaysIntro();

    @Message("Date")
    String date();

    @Message("Add a holiday")
    String newHoliday();

    @Message("Add the holiday")
    String addHoliday();

    @Message("Added by")
    String createdBy();

    @Message("Login name")
    String username();

    @Message("Subject at the identity provider")
    String subject();

    @Message("Defaults to the login name.")
    String subjectHint();

    @Message("State (ISO code, e.g. FR)")
    String state();

    @Message("Focal point email")
    String focalPointEmail();

    @Message("Language")
    String language();

    @Message("Register a focal point")
    String newFocalPoint();

    @Message("Register the focal point")
    String addFocalPoint();

    @Message("Code")
    String code();

    @Message("Kind")
    String kind();

    @Message("Venue")
    String venue();

    @Message("Time zone")
    String timeZone();

    @Message("For example America/New_York, Europe/Vienna or, online, any region zone. The times below are in this zone.")
    String timeZoneHint();

    @Message("Registration opens")
    String registrationOpensAt();

    @Message("Registration closes")
    String registrationClosesAt();

    @Message("Para 9 registration closes (optional)")
    String para9ClosesAt();

    @Message("Seats in the room per organization (empty: no limit)")
    String inPersonSeats();

    @Message("Online seats per organization (empty: no limit)")
    String onlineSeats();

    @Message("Schedule a session")
    String newSession();

    @Message("Schedule the session")
    String createSession();

    @Message("Change the session")
    String editSession();

    @Message("Agenda")
    String agenda();

    @Message("Number")
    String number();

    @Message("Add an agenda item")
    String newItem();

    @Message("Add the item")
    String addItem();

    @Message("Edit the agenda item")
    String editItem();

    @Message("Back to the session")
    String backToSession();

    @Message("Show")
    String filter();

    @Message("Recipient")
    String recipient();

    @Message("Template")
    String template();

    @Message("Attempts")
    String attempts();

    @Message("Last error")
    String lastError();

    @Message("Created")
    String createdAt();

    @Message("Last attempt")
    String lastAttemptAt();

    @Message("Email subject")
    String emailSubject();

    @Message("Resend")
    String resend();

    @Message("Resent as")
    String resentAs();

    @Message("The email was queued again as a new email.")
    String resentNotice();

    @Message("Email")
    String email();

    @Message("Or paste the CSV here")
    String pasteCsv();

    @Message("The file is too large to be carried to the next step: choose it again, untick the dry run and import it.")
    String chooseFileAgain();
}
