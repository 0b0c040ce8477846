package org.accredit.application;

import java.util.UUID;
import org.accredit.organization.Language;
import org.accredit.organization.OrganizationType;

/**
 * An organization as the features that follow accreditation see it (sessions, registrations,
 * submissions, speakers): its approved application's id, public details, contact and language.
 * Read through {@link Applications#accreditedBy} (the tracking secret of the approved application)
 * or {@link Applications#organization}.
 */
public record AccreditedOrganization(UUID applicationId, String reference, ParticipationPath path, ApplicationStatus status,
        String name, String acronym, OrganizationType type, String country, String contactName, String contactEmail,
        Language language) {

    static AccreditedOrganization of(Application a) {
        return new AccreditedOrganization(a.id(), a.reference(), a.path(), a.status(), a.orgName(), a.orgAcronym(), a.orgType(),
                a.country(), a.contactName(), a.contactEmail(), a.language());
    }

    /** Whether the organization may take part now (approved, not suspended nor withdrawn). */
    public boolean inGoodStanding() {
        return status == ApplicationStatus.APPROVED;
    }
}
