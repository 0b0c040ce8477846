package org.accredit.publiclist.rest;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.accredit.application.Application;
import org.accredit.application.ParticipationPath;
import org.accredit.application.PublicListRow;
import org.accredit.organization.OrganizationType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An accredited organization as anyone may read it: nothing confidential (no contacts, notes or objections). */
@Schema(name = "AccreditedOrganization")
public record PublicOrganization(String name, OrganizationType type, String country, ParticipationPath path, UUID callId,
        @Schema(description = "The Committee's decision (para 9), or \"secretariat registration\" (para 7 and 8)",
                example = "A/AC.291/6, annex I, decision I") String decisionReference,
        @Schema(description = "The day of the decision, in the Committee's time zone") LocalDate decisionDate) {

    static final String SECRETARIAT_REGISTRATION = "secretariat registration";

    static PublicOrganization of(Application a, ZoneId zone) {
        return new PublicOrganization(a.orgName(), a.orgType(), a.country(), a.path(), a.callId(),
                a.decisionReference() != null ? a.decisionReference() : SECRETARIAT_REGISTRATION,
                a.decidedAt() == null ? null : a.decidedAt().atZone(zone).toLocalDate());
    }

    static PublicOrganization of(PublicListRow r, ZoneId zone) {
        return new PublicOrganization(r.name(), r.type(), r.country(), r.path(), r.callId(),
                r.decisionReference() != null ? r.decisionReference() : SECRETARIAT_REGISTRATION,
                r.decidedAt() == null ? null : r.decidedAt().atZone(zone).toLocalDate());
    }
}
