package org.accredit.application;

import java.time.Instant;
import java.util.UUID;
import org.accredit.organization.OrganizationType;

/**
 * An accredited organization's public columns as the public list's exports read them, with its place
 * in the list's order (normalized name, then application id: the key of the next batch). A read-only
 * projection, never a managed entity: an export reads a hundred thousand.
 */
public record PublicListRow(String name, OrganizationType type, String country, ParticipationPath path, UUID callId,
        String decisionReference, Instant decidedAt, String sortName, UUID id) {
}
