package org.accredit.application.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.accredit.application.ApplicantStatus;
import org.accredit.application.Application;
import org.accredit.application.ApplicationStatus;
import org.accredit.application.InformationRequest;
import org.accredit.application.ParticipationPath;
import org.accredit.ecosoc.EcosocCategory;
import org.accredit.ecosoc.EcosocEntry;
import org.accredit.ecosoc.EcosocMatcher;
import org.accredit.ecosoc.EcosocStatus;
import org.accredit.application.HistoryLine;
import org.accredit.application.EventType;
import org.accredit.organization.Language;
import org.accredit.organization.OrganizationType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the API shows of applications, apart from the entities. */
public final class ApplicationViews {

    private ApplicationViews() {
    }

    @Schema(name = "ApplicationSummary")
    public record Summary(UUID id, String reference, ParticipationPath path, ApplicationStatus status,
            String organizationName, OrganizationType organizationType, String country, UUID callId,
            Instant submittedAt, Instant updatedAt,
            @Schema(description = "The reviewer the application is assigned to, if any") String assignedTo) {

        public static Summary of(Application a) {
            return new Summary(a.id(), a.reference(), a.path(), a.status(), a.orgName(), a.orgType(), a.country(),
                    a.callId(), a.submittedAt(), a.updatedAt(), a.assignedTo());
        }
    }

    @Schema(name = "OrganizationView")
    public record OrganizationView(String name, String acronym, OrganizationType type, String country,
            String website, String email, String expertise) {
    }

    @Schema(name = "ContactView")
    public record ContactView(String name, String title, String email, String phone) {
    }

    @Schema(name = "EcosocVerification", description = "Para 8: the claim, the roster entry matched and its confirmation, "
            + "and the roster entries the applicant may be, best first")
    public record EcosocVerification(EcosocCategory claimedCategory, RosterEntry matchedEntry,
            @Schema(description = "The staff member who confirmed the match, or \"system\" when it was confirmed "
                    + "automatically (the only entry with the same normalized name in the same country)") String confirmedBy,
            Instant confirmedAt, List<EcosocCandidate> candidates) {
    }

    @Schema(name = "EcosocCandidate", description = "A roster entry the applicant may be. score: the trigram similarity of "
            + "the normalized names (1 for the same name), or 0.9 for the same acronym if that is more, times 0.8 when the "
            + "entry is in another country")
    public record EcosocCandidate(RosterEntry entry, @Schema(minimum = "0", maximum = "1") double score,
            @Schema(description = "pg_trgm similarity of the normalized names", minimum = "0", maximum = "1") double nameSimilarity,
            boolean sameName, boolean sameAcronym, boolean sameCountry) {

        public static EcosocCandidate of(EcosocMatcher.Candidate c) {
            return new EcosocCandidate(RosterEntry.of(c.entry()), c.score(), c.nameSimilarity(), c.sameName(),
                    c.sameAcronym(), c.sameCountry());
        }
    }

    @Schema(name = "EcosocCandidates", description = "The roster entries an application may be, best first (at most 10)")
    public record EcosocCandidates(List<EcosocCandidate> items) {

        public static EcosocCandidates of(List<EcosocMatcher.Candidate> candidates) {
            return new EcosocCandidates(candidates.stream().map(EcosocCandidate::of).toList());
        }
    }

    @Schema(name = "RosterEntry")
    public record RosterEntry(UUID id, String name, String country, EcosocCategory category, Integer yearGranted,
            EcosocStatus status) {

        public static RosterEntry of(EcosocEntry e) {
            return e == null ? null
                    : new RosterEntry(e.id(), e.name(), e.country(), e.category(), e.yearGranted(), e.status());
        }
    }

    @Schema(name = "StaffEvent", description = "A history line as staff see it")
    public record StaffEvent(Long id, Instant at, String type, String actor, String actorRole, String fromStatus,
            String toStatus, String fromPath, String toPath, String reason, String note, boolean applicantVisible) {

        public static StaffEvent of(HistoryLine e) {
            return new StaffEvent(e.id(), e.occurredAt(), e.type(), e.actor(), e.actorRole(), e.fromStatus(),
                    e.toStatus(), e.fromPath(), e.toPath(), e.publicReason(), e.internalNote(), e.applicantVisible());
        }
    }

    @Schema(name = "ApplicantEvent", description = "A history line as the applicant sees it: no staff names, no notes, "
            + "statuses in the applicant vocabulary (a step that does not change the applicant's status is not shown)")
    public record ApplicantEvent(Instant at, String type, ApplicantStatus fromStatus, ApplicantStatus toStatus,
            String fromPath, String toPath, String reason) {

        public static ApplicantEvent of(HistoryLine e) {
            return new ApplicantEvent(e.occurredAt(), e.type(), ApplicantStatus.ofName(e.fromStatus()),
                    ApplicantStatus.ofName(e.toStatus()), e.fromPath(), e.toPath(), e.publicReason());
        }

        /**
         * The applicant's history: the lines it may see, in its vocabulary, without the transitions it
         * cannot tell apart (a recommendation; the close of the objection window shows as one move to
         * AWAITING_COMMITTEE_DECISION whatever its result).
         */
        public static List<ApplicantEvent> history(List<HistoryLine> events) {
            return events.stream().filter(HistoryLine::applicantVisible).map(ApplicantEvent::of)
                    .filter(e -> !EventType.STATUS_CHANGED.name().equals(e.type()) || e.fromStatus() != e.toStatus())
                    .toList();
        }
    }

    @Schema(name = "StaffInformationRequest", description = "One question of the secretariat and the applicant's answer")
    public record StaffInformationRequest(UUID id, Instant askedAt, String askedBy, String question, Instant answeredAt,
            String answer) {

        public static StaffInformationRequest of(InformationRequest r) {
            return new StaffInformationRequest(r.id(), r.askedAt(), r.askedBy(), r.question(), r.answeredAt(), r.answer());
        }
    }

    @Schema(name = "ApplicantInformationRequest", description = "One question of the secretariat and your answer")
    public record ApplicantInformationRequest(Instant askedAt, String question, Instant answeredAt, String answer) {

        public static ApplicantInformationRequest of(InformationRequest r) {
            return new ApplicantInformationRequest(r.askedAt(), r.question(), r.answeredAt(), r.answer());
        }
    }

    @Schema(name = "ApplicationDetail", description = "An application as the secretariat sees it")
    public record Detail(UUID id, String reference, ParticipationPath path, ApplicationStatus status, UUID callId,
            OrganizationView organization, ContactView contact, Language language, EcosocVerification ecosoc,
            @Schema(description = "The latest question of the secretariat (see informationRequests for all)") String informationRequest,
            @Schema(description = "The answer to the latest question") String informationResponse,
            @Schema(description = "Every question and answer, oldest first") List<StaffInformationRequest> informationRequests,
            String recommendedBy, Instant recommendedAt,
            String decidedBy, Instant decidedAt, String decisionReference, String decisionReason,
            Instant submittedAt, Instant updatedAt,
            @Schema(description = "The reviewer the application is assigned to, if any") String assignedTo,
            @Schema(description = "When it was assigned") Instant assignedAt,
            @Schema(description = "The statuses the workflow allows next on this application's path") List<ApplicationStatus> nextStatuses,
            List<StaffEvent> history) {

        /** {@code candidates}: the roster look-up, made only when {@code ecosoc} is shown (para 8 or a claim). */
        public static Detail of(Application a, EcosocEntry match, Supplier<List<EcosocMatcher.Candidate>> candidates,
                List<InformationRequest> thread, List<HistoryLine> history) {
            InformationRequest latest = thread.isEmpty() ? null : thread.get(thread.size() - 1);
            EcosocVerification ecosoc = showsEcosoc(a)
                    ? new EcosocVerification(a.ecosocCategoryClaimed(), RosterEntry.of(match), a.ecosocConfirmedBy(),
                            a.ecosocConfirmedAt(), candidates.get().stream().map(EcosocCandidate::of).toList())
                    : null;
            return new Detail(a.id(), a.reference(), a.path(), a.status(), a.callId(),
                    new OrganizationView(a.orgName(), a.orgAcronym(), a.orgType(), a.country(), a.website(), a.email(),
                            a.expertise()),
                    new ContactView(a.contactName(), a.contactTitle(), a.contactEmail(), a.contactPhone()),
                    a.language(), ecosoc, latest == null ? null : latest.question(), latest == null ? null : latest.answer(),
                    thread.stream().map(StaffInformationRequest::of).toList(), a.recommendedBy(),
                    a.recommendedAt(), a.decidedBy(), a.decidedAt(), a.decisionReference(), a.decisionReason(),
                    a.submittedAt(), a.updatedAt(), a.assignedTo(), a.assignedAt(), List.copyOf(a.nextStatuses()),
                    history.stream().map(StaffEvent::of).toList());
        }
    }

    static boolean showsEcosoc(Application a) {
        return a.path() == ParticipationPath.PARA_8 || a.ecosocCategoryClaimed() != null;
    }

    @Schema(name = "TrackedApplication", description = "An application as its applicant sees it with the tracking secret, "
            + "in the applicant vocabulary (see ApplicantStatus): never the result of the Member States' objection window")
    public record Tracked(String reference, ParticipationPath path, ApplicantStatus status, String organizationName,
            Instant submittedAt,
            @Schema(description = "When the applicant's status (or path) last changed") Instant updatedAt,
            @Schema(description = "The open question, while the status is INFORMATION_REQUESTED") String informationRequest,
            @Schema(description = "Every question of the secretariat and your answers, oldest first")
            List<ApplicantInformationRequest> informationRequests,
            List<ApplicantEvent> history) {

        public static Tracked of(Application a, List<InformationRequest> thread, List<HistoryLine> events) {
            List<ApplicantEvent> history = ApplicantEvent.history(events);
            String open = a.status() != ApplicationStatus.INFORMATION_REQUESTED ? null
                    : thread.stream().filter(r -> !r.isAnswered()).map(InformationRequest::question).reduce((x, y) -> y)
                            .orElse(null);
            // a new tracking secret is shown in the history but is no change of the application
            Instant updated = history.stream().filter(e -> !EventType.TRACKING_SECRET_REISSUED.name().equals(e.type()))
                    .map(ApplicantEvent::at).reduce((x, y) -> y).orElse(a.submittedAt());
            return new Tracked(a.reference(), a.path(), a.applicantStatus(), a.orgName(), a.submittedAt(), updated, open,
                    thread.stream().map(ApplicantInformationRequest::of).toList(), history);
        }
    }

    @Schema(name = "SecretReissueAccepted", description = "The answer to a lost-secret request, the same whether or not "
            + "the reference and email matched")
    public record SecretReissueAccepted(String detail) {

        public static final SecretReissueAccepted INSTANCE = new SecretReissueAccepted("If this reference and email address "
                + "belong to an application, a new tracking secret has been sent to that address and the previous one no "
                + "longer works.");
    }
}
