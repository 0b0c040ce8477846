package org.accredit.speaker;

import org.accredit.application.AccreditedOrganization;
import org.accredit.organization.RegionalGroup;
import org.accredit.registration.Representative;

/**
 * One request on an item's list: the organization, its regional group, the speaker (personal data:
 * staff only), its place now and in the suggested order (both 1-based).
 */
public record SpeakerLine(SpeakerRequest request, AccreditedOrganization organization, RegionalGroup group,
        Representative speaker, int position, int suggestedPosition) {
}
