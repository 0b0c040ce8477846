package org.accredit.objection;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Wording of the non-objection emails (namespace {@code objection:} in the templates); the other
 * languages are in messages/objection_LANG.properties. Emails never say who objected or why.
 */
@MessageBundle(value = "objection", locale = "en")
public interface ObjectionMessages {

    @Message("Non-objection list for your review: {title} (deadline {deadline})")
    String circulatedSubject(String title, String deadline);

    @Message("Dear focal point,")
    String circulatedGreeting();

    @Message("The secretariat of the Ad Hoc Committee circulates the non-objection list \"{title}\" (resolution 75/282, paragraph 9). The organizations below asked to take part in the Committee's sessions as observers.")
    String circulatedIntro(String title);

    @Message("Objections may be lodged until {deadline}. An organization to which no Member State objects by then goes to the Committee for approval.")
    String circulatedDeadline(String deadline);

    @Message("To read the list, object or declare that your State has no objection, sign in to the accreditation service. Objections and their basis are confidential.")
    String circulatedHowTo();

    @Message("Objection window closed: {title}")
    String closedSubject(String title);

    @Message("The objection window of the list \"{title}\" (deadline {deadline}) closed at {closedAt}.")
    String closedIntro(String title, String deadline, String closedAt);

    @Message("It was closed early: every Member State with a focal point had answered.")
    String closedEarly();

    @Message("Applications whose window closed: {total}. Without objection: {count}. With a standing objection: {objected}.")
    String closedCounts(int total, int count, int objected);

    @Message("The list, with the outcome for each application, in the console:")
    String closedLink();

    @Message("The list now awaits the Committee's decision.")
    String closedNext();

    @Message("Your organization is approved: {reference}")
    String approvalSubject(String reference);

    @Message("Dear {name},")
    String dear(String name);

    @Message("The Ad Hoc Committee approved the participation of {organization} (application {reference}) as an observer, by decision {document} of {date}.")
    String approvalBody(String organization, String reference, String document, String date);

    @Message("What follows: before each session, register your representatives with the secretariat within the registration window (deadline 6 p.m. New York time), by an official letter on letterhead signed by the head of your organization giving each person's name, title, employer, email and mode of participation (in person or online).")
    String approvalNext();

    @Message("Outcome of your application: {reference}")
    String notApprovedSubject(String reference);

    @Message("The Ad Hoc Committee did not approve the participation of {organization} (application {reference}), by decision {document} of {date}.")
    String notApprovedBody(String organization, String reference, String document, String date);

    @Message("You may apply again when a new call for applications opens.")
    String notApprovedNext();

    @Message("The secretariat of the Ad Hoc Committee on cybercrime (UNODC)")
    String signature();
}
