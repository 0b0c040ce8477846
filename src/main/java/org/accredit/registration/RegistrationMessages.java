package org.accredit.registration;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Wording of the registration emails (namespace {@code registration:} in the templates); the other
 * languages are in messages/registration_LANG.properties. Subjects hold only the service's
 * reference and the session's code (set by the secretariat), never text an organization typed.
 */
@MessageBundle(value = "registration", locale = "en")
public interface RegistrationMessages {

    @Message("{reference}: registration confirmed for session {session}")
    String confirmedSubject(String reference, String session);

    @Message("The secretariat has confirmed the registration of the following representative of {organization} "
            + "({reference}) for the session \"{session}\":")
    String confirmedIntro(String organization, String reference, String session);

    @Message("The representative receives a confirmation at their own email address.")
    String confirmedCopy();

    @Message("{reference}: registration not confirmed for session {session}")
    String refusedSubject(String reference, String session);

    @Message("The secretariat could not confirm the registration of the following representative of {organization} "
            + "({reference}) for the session \"{session}\".")
    String refusedIntro(String organization, String reference, String session);

    @Message("If you have any question about this decision, please write to the secretariat, quoting your reference.")
    String refusedClosing();

    @Message("{reference}: your registration for session {session} is confirmed")
    String representativeSubject(String reference, String session);

    @Message("The secretariat has confirmed your registration as a representative of {organization} ({reference}) "
            + "for the session \"{session}\".")
    String representativeIntro(String organization, String reference, String session);

    @Message("If you can no longer take part, please ask your organization to withdraw or replace your registration "
            + "before the session opens.")
    String representativeClosing();

    @Message("The session opens on {opens} and closes on {closes}.")
    String sessionDates(String opens, String closes);

    @Message("Name:")
    String nameLabel();

    @Message("Title:")
    String titleLabel();

    @Message("Employer:")
    String employerLabel();

    @Message("Mode of participation:")
    String modeLabel();

    @Message("{#if mode == 'IN_PERSON'}in person{#else}online{/if}")
    String modeName(String mode);
}
