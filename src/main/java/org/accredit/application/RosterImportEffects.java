package org.accredit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import org.accredit.ecosoc.EcosocEntry;
import org.accredit.ecosoc.EcosocImport;
import org.accredit.ecosoc.EcosocMatcher;
import org.accredit.ecosoc.EcosocStatus;
import org.accredit.ecosoc.RosterImported;
import org.accredit.security.Actor;

/**
 * What a roster import does to open para 8 applications, in the import's transaction, each on the
 * application's history (staff only): an application whose matched entry changed status is told so
 * (approval needs it ACTIVE), and one without a confirmed match is confirmed automatically when the
 * roster now holds exactly its entry (see {@link EcosocMatcher#unambiguousMatch}).
 */
@ApplicationScoped
public class RosterImportEffects {

    private final EntityManager em;
    private final Applications applications;
    private final EcosocMatcher matcher;
    private final Journal journal;

    public RosterImportEffects(EntityManager em, Applications applications, EcosocMatcher matcher, Journal journal) {
        this.em = em;
        this.applications = applications;
        this.matcher = matcher;
        this.journal = journal;
    }

    void onImport(@Observes RosterImported event) {
        EcosocImport imported = event.imported();
        Actor admin = new Actor(imported.importedBy(), "admin");
        String which = "Roster import " + imported.id() + " (" + imported.mode() + ")";
        for (Application listed : applications.openOnPath(ParticipationPath.PARA_8)) {
            if (listed.ecosocEntryId() != null && event.statusChanges().containsKey(listed.ecosocEntryId())) {
                EcosocStatus[] change = event.statusChanges().get(listed.ecosocEntryId());
                EcosocEntry entry = em.find(EcosocEntry.class, listed.ecosocEntryId());
                journal.note(listed, EventType.ECOSOC_ROSTER_CHANGED, admin, null, which + ": the matched roster entry "
                        + entry.name() + " (" + entry.country() + ") is now " + change[1] + ", was " + change[0]
                        + (change[1] == EcosocStatus.ACTIVE ? "." : "; approval is refused while it is not ACTIVE."), false);
            } else if (listed.ecosocConfirmedAt() == null && listed.status() != ApplicationStatus.RECOMMENDED) {
                Optional<EcosocEntry> certain = matcher.unambiguousMatch(listed.orgName(), listed.orgAcronym(),
                        listed.country());
                if (certain.isPresent()) {
                    Application app = applications.lock(listed.id());
                    EcosocEntry e = certain.get();
                    app.confirmEcosocMatch(e.id(), Actor.SYSTEM.name(), imported.importedAt());
                    journal.note(app, EventType.ECOSOC_MATCH_CONFIRMED, Actor.SYSTEM, null, which + " listed the "
                            + "organization: roster entry confirmed automatically (the only entry with the same normalized "
                            + "name in the same country): " + e.name() + " (" + e.country() + ", " + e.category() + ", "
                            + e.status() + ")", false);
                }
            }
        }
    }
}
