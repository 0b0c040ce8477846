package org.accredit.application;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Wording of the emails about the standing of an accreditation (namespace {@code standing:} in the
 * templates): suspended, reinstated, withdrawn. The other languages are in
 * messages/standing_LANG.properties; the shared greeting, reason label and footer come from
 * {@code email:}. No applicant text in a subject: only the reference the service generated.
 */
@MessageBundle(value = "standing", locale = "en")
public interface StandingMessages {

    @Message("{reference}: accreditation suspended")
    String suspendedSubject(String reference);

    @Message("The secretariat has suspended the accreditation of {organization} ({reference}). While it is suspended, "
            + "the organization cannot register representatives for the sessions of the Ad Hoc Committee nor take part in them.")
    String suspendedIntro(String organization, String reference);

    @Message("{reference}: accreditation reinstated")
    String reinstatedSubject(String reference);

    @Message("The secretariat has reinstated the accreditation of {organization} ({reference}). The organization may "
            + "again take part in the sessions of the Ad Hoc Committee.")
    String reinstatedIntro(String organization, String reference);

    @Message("{reference}: accreditation withdrawn")
    String withdrawnSubject(String reference);

    @Message("The secretariat has withdrawn the accreditation of {organization} ({reference}). The organization can no "
            + "longer take part in the sessions of the Ad Hoc Committee. It may submit a new application.")
    String withdrawnIntro(String organization, String reference);

    @Message("If you have any questions, please write to the secretariat quoting your reference.")
    String closing();
}
