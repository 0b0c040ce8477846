package org.accredit.session;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Wording of the emails about a session (namespace {@code session:} in the templates): its dates
 * changed. The other languages are in messages/session_LANG.properties. Dates arrive formatted in
 * the recipient's language and the session's time zone.
 */
@MessageBundle(value = "session", locale = "en")
public interface SessionMessages {

    @Message("{code}: the dates of the session have changed")
    String rescheduledSubject(String code);

    @Message("The dates of the {title} ({code}) of the Ad Hoc Committee have changed.")
    String rescheduledIntro(String title, String code);

    @Message("Before: from {opens} to {closes}.")
    String rescheduledBefore(String opens, String closes);

    @Message("Now: from {opens} to {closes}.")
    String rescheduledNow(String opens, String closes);

    @Message("The registrations of the representatives of {organization} stay as they are. Representatives who can no "
            + "longer attend can be withdrawn or replaced until the session opens.")
    String rescheduledContact(String organization);

    @Message("You remain registered as a representative of {organization}. If you can no longer attend, please tell "
            + "the organization, which can withdraw or replace you until the session opens.")
    String rescheduledRepresentative(String organization);
}
