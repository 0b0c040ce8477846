package org.accredit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.accredit.common.NotFoundException;
import org.accredit.ecosoc.EcosocEntry;
import org.accredit.ecosoc.EcosocMatcher;
import org.accredit.security.Actor;

/**
 * An application's ECOSOC roster entry (para 8): the look-up at submission or on a move to para 8,
 * the candidates staff weigh, and a staff member's confirmation. Owns the transactions.
 */
@ApplicationScoped
@Transactional
public class RosterMatchService {

    /** Roster candidates shown for one application. */
    static final int MAX_CANDIDATES = 10;

    private final Applications applications;
    private final EcosocMatcher matcher;
    private final Journal journal;
    private final Clock clock;

    public RosterMatchService(Applications applications, EcosocMatcher matcher, Journal journal, Clock clock) {
        this.applications = applications;
        this.matcher = matcher;
        this.journal = journal;
        this.clock = clock;
    }

    /** What the roster look-up of a para 8 application found, for its history (staff only). */
    public record Lookup(EventType event, String note) {
    }

    /**
     * Para 8: confirms the roster entry the application certainly is (see {@link EcosocMatcher}), or
     * names the best candidates for a reviewer.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Lookup lookUp(Application app, Instant now) {
        Optional<EcosocEntry> certain = matcher.unambiguousMatch(app.orgName(), app.orgAcronym(), app.country());
        if (certain.isPresent()) {
            EcosocEntry e = certain.get();
            app.confirmEcosocMatch(e.id(), Actor.SYSTEM.name(), now);
            return new Lookup(EventType.ECOSOC_MATCH_CONFIRMED, "Roster entry confirmed automatically (the only "
                    + "entry with the same normalized name in the same country): " + describe(e));
        }
        List<EcosocMatcher.Candidate> candidates = matcher.candidates(app.orgName(), app.orgAcronym(), app.country(), 3);
        if (candidates.isEmpty()) {
            return new Lookup(EventType.ECOSOC_MATCH_PROPOSED, "No roster entry resembles the name; a reviewer "
                    + "searches the roster or moves the application to para 9.");
        }
        return new Lookup(EventType.ECOSOC_MATCH_PROPOSED, "No unambiguous roster match; candidates for a "
                + "reviewer to confirm: " + candidates.stream().map(c -> describe(c.entry()) + " score " + c.score())
                        .collect(Collectors.joining("; ")));
    }

    /** The roster entries the application may be, best first (for any path: staff may move it to para 8). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<EcosocMatcher.Candidate> candidates(UUID id) {
        return candidates(applications.get(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<EcosocMatcher.Candidate> candidates(Application app) {
        return matcher.candidates(app.orgName(), app.orgAcronym(), app.country(), MAX_CANDIDATES);
    }

    /** The confirmed (or automatically matched) roster entry of the application, if any. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<EcosocEntry> match(Application app) {
        return app.ecosocEntryId() == null ? Optional.empty() : EcosocEntry.findByIdOptional(app.ecosocEntryId());
    }

    /** A staff member confirms which roster entry the application is. */
    public Application confirm(UUID id, @NotNull @Valid StaffRequests.EcosocMatchConfirmation request, Actor staff) {
        Application app = applications.lock(id);
        EcosocEntry entry = EcosocEntry.<EcosocEntry>findByIdOptional(request.entryId())
                .orElseThrow(() -> new NotFoundException("Roster entry"));
        app.confirmEcosocMatch(entry.id(), staff.name(), clock.instant());
        journal.note(app, EventType.ECOSOC_MATCH_CONFIRMED, staff, null,
                joinNote("Confirmed as roster entry " + describe(entry), request.note()), false);
        return app;
    }

    private static String describe(EcosocEntry e) {
        return e.name() + " (" + e.country() + ", " + e.category() + ", " + e.status() + ")";
    }

    private static String joinNote(String fact, String note) {
        String n = ApplicationService.blankToNull(note);
        return n == null ? fact : fact + ". " + n;
    }
}
