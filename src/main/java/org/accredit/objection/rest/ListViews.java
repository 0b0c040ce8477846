package org.accredit.objection.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import org.accredit.application.Application;
import org.accredit.application.ApplicationStatus;
import org.accredit.common.paging.Page;
import org.accredit.objection.ListDetails;
import org.accredit.objection.ListEntries;
import org.accredit.objection.ListStatus;
import org.accredit.objection.MemberStateListDetails;
import org.accredit.objection.NonObjectionList;
import org.accredit.objection.Objection;
import org.accredit.objection.ObjectionDisclosure;
import org.accredit.organization.OrganizationType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the API shows of non-objection lists, apart from the entities. */
public final class ListViews {

    private ListViews() {
    }

    static String local(Instant instant, ZoneId zone) {
        return instant == null ? null : ZonedDateTime.ofInstant(instant, zone).toOffsetDateTime().toString();
    }

    @Schema(name = "NonObjectionListSummary")
    public record Summary(UUID id, UUID callId, String title, ListStatus status, Instant createdAt, Instant circulatedAt,
            Instant deadline, String deadlineLocal) {

        public static Summary of(NonObjectionList l, ZoneId zone) {
            return new Summary(l.id(), l.callId(), l.title(), l.status(), l.createdAt(), l.circulatedAt(), l.deadline(),
                    local(l.deadline(), zone));
        }
    }

    @Schema(name = "NonObjectionListEntry")
    public record ListEntry(UUID applicationId, String reference, String organizationName, OrganizationType organizationType,
            String country, ApplicationStatus status,
            @Schema(description = "Standing objections (their States are in the objections view, per policy)") long standingObjections) {
    }

    @Schema(name = "NonObjectionList", description = "A non-objection list as the secretariat sees it")
    public record Detail(UUID id, UUID callId, String title, ListStatus status, Instant createdAt, String createdBy,
            Instant circulatedAt, String circulatedBy, Instant deadline, String deadlineLocal, String timeZone,
            Instant closedAt, String closedBy, String decisionReference, LocalDate decidedOn, String decidedBy,
            @Schema(description = "Member States with a focal point that answered: a standing objection on the list or "
                    + "a \"no objection\" declaration") int memberStatesAnswered,
            int memberStatesWithFocalPoint,
            @Schema(description = "A deadline shorter than the configured window: the reason, who proposed it and who "
                    + "confirmed it (pending while the list is a draft)") ShortDeadline shortDeadline,
            @Schema(description = "A Committee decision approving despite an objection, waiting for a second approver")
            PendingDecision pendingDecision,
            @Schema(description = "The FIRST page of the list's applications in name order (normalized organization "
                    + "name, then id), of the default page size; read the rest with GET "
                    + "/api/v1/non-objection-lists/{id}/entries?cursor=entriesNextCursor") List<ListEntry> entries,
            @Schema(description = "How many applications the whole list holds") long entryCount,
            @Schema(description = "The cursor of the second page of entries (pass it to GET "
                    + "/api/v1/non-objection-lists/{id}/entries); absent when entries holds them all")
            String entriesNextCursor) {

        public static Detail of(ListDetails d, ZoneId zone) {
            NonObjectionList l = d.list();
            ShortDeadline shortDeadline = l.deadlineProposedBy() == null ? null
                    : new ShortDeadline(l.proposedDeadline(), local(l.proposedDeadline(), zone), l.shortDeadlineReason(),
                            l.deadlineProposedBy(), l.deadlineProposedAt(), l.deadlineConfirmedBy(), l.hasPendingShortDeadline());
            PendingDecision pending = !l.hasPendingDecision() ? null
                    : new PendingDecision(l.proposedDecisionReference(), l.proposedDecidedOn(), l.decisionProposedBy(),
                            l.decisionProposedAt(), d.approvedDespiteObjection().stream()
                                    .map(x -> new DespiteObjection(x.applicationId(), x.reason())).toList());
            return new Detail(l.id(), l.callId(), l.title(), l.status(), l.createdAt(), l.createdBy(), l.circulatedAt(),
                    l.circulatedBy(), l.deadline(), local(l.deadline(), zone), zone.getId(), l.closedAt(), l.closedBy(),
                    l.decisionReference(), l.decidedOn(), l.decidedBy(), d.memberStatesAnswered(),
                    d.memberStatesWithFocalPoint(), shortDeadline, pending, entries(d.entries()).items(),
                    d.entries().total(), d.entries().nextCursor());
        }

        public static Page<ListEntry> entries(ListEntries e) {
            return e.page(a -> new ListEntry(a.id(), a.reference(), a.orgName(), a.orgType(), a.country(), a.status(),
                    e.standingObjections().getOrDefault(a.id(), 0L)));
        }
    }

    @Schema(name = "ShortDeadline", description = "Safeguard: a deadline shorter than the configured objection window")
    public record ShortDeadline(Instant deadline, String deadlineLocal, String reason, String proposedBy, Instant proposedAt,
            @Schema(description = "The second approver, who circulated the list with it") String confirmedBy,
            @Schema(description = "Still waiting for a second approver (POST .../circulation/confirmation)") boolean pending) {
    }

    @Schema(name = "PendingDecision", description = "Safeguard: a Committee decision that approves objected applications, "
            + "recorded once a second approver confirms it (POST .../decision/confirmation)")
    public record PendingDecision(String documentReference, LocalDate decidedOn, String proposedBy, Instant proposedAt,
            List<DespiteObjection> approvedDespiteObjection) {
    }

    @Schema(name = "ProposedApprovalDespiteObjection")
    public record DespiteObjection(UUID applicationId, String reason) {
    }

    @Schema(name = "OrganizationOnList", description = "Organization-level facts only: never contact persons or their data")
    public record OrganizationOnList(UUID applicationId, String name, OrganizationType type, String country, String website,
            String expertise) {

        public static OrganizationOnList of(Application a) {
            return new OrganizationOnList(a.id(), a.orgName(), a.orgType(), a.country(), a.website(), a.expertise());
        }
    }

    @Schema(name = "OwnObjection", description = "An objection of the caller's own State")
    public record OwnObjection(UUID id, UUID applicationId, String basis, Objection.State state, Instant lodgedAt,
            Instant withdrawnAt) {

        public static OwnObjection of(Objection o) {
            return new OwnObjection(o.id(), o.applicationId(), o.basis(), o.state(), o.lodgedAt(), o.withdrawnAt());
        }
    }

    @Schema(name = "MemberStateList", description = "A circulated list as a Member State sees it")
    public record MemberStateList(UUID id, String title, ListStatus status, Instant circulatedAt, Instant deadline,
            String deadlineLocal, String timeZone, boolean openForObjections,
            @Schema(description = "Your State's own objections; never another State's") List<OwnObjection> ownObjections,
            boolean noObjectionDeclared,
            @Schema(description = "The FIRST page of the list's organizations in name order (normalized organization "
                    + "name, then id), of the default page size; read the rest with GET "
                    + "/api/v1/member-state/lists/{id}/organizations?cursor=organizationsNextCursor")
            List<OrganizationOnList> organizations,
            @Schema(description = "How many organizations (applications) the whole list holds") long organizationCount,
            @Schema(description = "The cursor of the second page of organizations (pass it to GET "
                    + "/api/v1/member-state/lists/{id}/organizations); absent when organizations holds them all")
            String organizationsNextCursor) {

        public static MemberStateList of(MemberStateListDetails d, ZoneId zone) {
            NonObjectionList l = d.list();
            return new MemberStateList(l.id(), l.title(), l.status(), l.circulatedAt(), l.deadline(),
                    local(l.deadline(), zone), zone.getId(), d.openForObjections(),
                    d.ownObjections().stream().map(OwnObjection::of).toList(), d.noObjectionDeclared(),
                    d.organizations().page(OrganizationOnList::of).items(), d.organizations().total(),
                    d.organizations().nextCursor());
        }
    }

    @Schema(name = "StaffObjection", description = "An objection as staff see it; the State only for roles the policy allows")
    public record StaffObjection(UUID id, UUID applicationId, String stateCode, String lodgedBy, String basis,
            Objection.State state, Instant lodgedAt, Instant withdrawnAt) {

        public static StaffObjection of(Objection o, boolean showState) {
            return new StaffObjection(o.id(), o.applicationId(), showState ? o.stateCode() : null,
                    showState ? o.lodgedBy() : null, o.basis(), o.state(), o.lodgedAt(), o.withdrawnAt());
        }
    }

    @Schema(name = "BasisDisclosure", description = "A request for the general basis of the objections, and its answer")
    public record Disclosure(UUID id, UUID applicationId, String stateCode, ObjectionDisclosure.State state,
            Instant requestedAt, String generalBasis, Instant disclosedAt) {

        public static Disclosure of(ObjectionDisclosure d) {
            return new Disclosure(d.id(), d.applicationId(), d.stateCode(), d.state(), d.requestedAt(), d.generalBasis(),
                    d.disclosedAt());
        }
    }
}
