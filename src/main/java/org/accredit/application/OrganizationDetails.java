package org.accredit.application;

import org.accredit.organization.OrganizationType;

/** What an applicant states about its organization (already validated). */
public record OrganizationDetails(String name, String acronym, OrganizationType type, String country,
        String website, String email, String expertise) {
}
