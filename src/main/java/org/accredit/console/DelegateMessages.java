package org.accredit.console;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Wording of the Member State delegates' list pages ({@code {delegate:...}}); other languages in messages/delegate_*.properties. */
@MessageBundle(value = "delegate", locale = "en")
public interface DelegateMessages {

    @Message("Lists for my State")
    String title();

    @Message("Non-objection lists circulated to Member States, newest first. Your State: {state}.")
    String intro(String state);

    @Message("Title")
    String colTitle();

    @Message("Status")
    String colStatus();

    @Message("Deadline (New York)")
    String colDeadline();

    @Message("No list has been circulated yet.")
    String none();

    @Message("Open for objections")
    String statusOpen();

    @Message("Closed")
    String statusClosed();

    @Message("Decided")
    String statusDecided();

    @Message("Back to the lists")
    String backToLists();

    @Message("Deadline, New York time:")
    String deadlineNy();

    @Message("Deadline, your time zone ({zone}):")
    String deadlineLocal(String zone);

    @Message("Your time zone")
    String timeZone();

    @Message("Show")
    String showZone();

    @Message("Unknown time zone.")
    String invalidZone();

    @Message("Organizations on the list")
    String organizations();

    @Message("Type")
    String type();

    @Message("Country")
    String country();

    @Message("Website")
    String website();

    @Message("Expertise")
    String expertise();

    @Message("Basis of the objection (confidential to the secretariat)")
    String basis();

    @Message("At most {max} characters.")
    String basisHint(int max);

    @Message("Object")
    String object();

    @Message("Object to {name}")
    String objectTo(String name);

    @Message("Your State objects to this organization.")
    String objected();

    @Message("Your State's objections")
    String ownObjections();

    @Message("Your State has not objected.")
    String noOwnObjections();

    @Message("Organization")
    String colOrganization();

    @Message("Basis")
    String colBasis();

    @Message("Lodged")
    String colLodged();

    @Message("Withdrawn")
    String colWithdrawn();

    @Message("Action")
    String colAction();

    @Message("Withdraw the objection")
    String withdraw();

    @Message("Declare that my State has no objection")
    String noObjection();

    @Message("Your State may still object until the deadline after declaring it.")
    String noObjectionHint();

    @Message("Your State declared that it has no objection.")
    String declared();

    @Message("The objection window is closed: no more objections, withdrawals or declarations.")
    String closed();

    @Message("Your objection is lodged.")
    String noticeLodged();

    @Message("Your objection is withdrawn.")
    String noticeWithdrawn();

    @Message("Your declaration is recorded.")
    String noticeDeclared();
}
