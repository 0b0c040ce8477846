package org.accredit.ecosoc;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.accredit.common.AccreditConfig;
import org.accredit.common.RuleViolationException;
import org.accredit.common.NotFoundException;
import org.accredit.common.paging.Keyset;
import org.accredit.common.paging.Page;
import org.accredit.common.paging.PageRequest;
import org.accredit.common.paging.Paging;
import org.accredit.organization.OrganizationNames;
import org.hibernate.Session;
import org.jboss.logging.Logger;

/**
 * The ECOSOC consultative-status roster: imports of the published list, and finding the entry a
 * para 8 applicant is. Para 8 applications are matched against it at submission and checked again
 * at decision time (see ApplicationService).
 */
@ApplicationScoped
@Transactional
public class EcosocRosterService {

    private static final Logger LOG = Logger.getLogger(EcosocRosterService.class);
    /** A search matches names holding each of its first words, in any order. */
    private static final int MAX_SEARCH_WORDS = 10;

    private final EntityManager em;
    private final Clock clock;
    private final AccreditConfig accredit;
    private final EcosocConfig config;
    private final Event<RosterImported> imports;
    private final Paging paging;

    /** Roster entries by natural key (the unique constraint ecosoc_entry_natural_key serves it). */
    static final Keyset<EcosocEntry> ENTRY_ORDER = Keyset.<EcosocEntry>of("ecosoc-entries")
            .by("nameNormalized", String.class, EcosocEntry::nameNormalized)
            .by("country", String.class, EcosocEntry::country).ascending();

    public EcosocRosterService(EntityManager em, Clock clock, AccreditConfig accredit, EcosocConfig config,
            Event<RosterImported> imports, Paging paging) {
        this.imports = imports;
        this.em = em;
        this.clock = clock;
        this.accredit = accredit;
        this.config = config;
        this.paging = paging;
    }

    /**
     * Imports the list, all or nothing. Each row is added, or restates the entry with the same
     * normalized name and country (category, year and status may change); in {@link ImportMode#FULL}
     * the entries the file leaves out are retired (WITHDRAWN). A full import that would retire more
     * than {@link EcosocConfig#maxRetireShare()} of the active entries is refused (409) unless
     * {@code force}. A {@code dryRun} does the same work, reports it and writes nothing (the
     * transaction is rolled back). Applications whose matched entry changes status are told through
     * {@link RosterImported}.
     * <p>
     * The file is read as it goes into a temporary table ({@link StagedRows}) and compared with the roster in
     * a few set-based statements: the heap holds one batch of rows and the report's first lines, whatever the
     * size of the file (the iCSO list has about 6,500 NGOs; 100,000 rows import in a 96 MB heap).
     */
    public ImportReport importRoster(@NotNull byte[] file, @NotNull ImportMode mode, String fileName, String admin,
            boolean dryRun, boolean force) {
        long started = System.nanoTime();
        Instant now = clock.instant();
        int currentYear = ZonedDateTime.ofInstant(now, accredit.zone()).getYear();
        Session session = em.unwrap(Session.class);
        int rows = session.doReturningWork(c -> RosterCsv.read(file, config.maxRows(), currentYear, new StagedRows(c)));

        // One import at a time: a second one waits for the first to commit, then sees its entries.
        em.createNativeQuery("lock table ecosoc_import in exclusive mode").executeUpdate();
        EcosocImport imported = new EcosocImport(admin, fileName, mode, now);
        em.persist(imported);
        em.flush(); // the entries refer to it
        RosterMerge merge = session.doReturningWork(c -> RosterMerge.compare(c, mode));
        ImportReport.Builder report = merge.report(dryRun, config.maxRetireShare(), force);
        imported.record(rows, merge.added(), merge.changed(), merge.retired());
        if (!dryRun && merge.needsForce(config.maxRetireShare(), force)) {
            throw new RuleViolationException(409, "Too many entries would be retired", String.format(Locale.ROOT,
                    "This full import would retire %d of the %d active roster entries (%.1f%%), more than the %.1f%% "
                            + "allowed (accredit.ecosoc.max-retire-share). Check that the file is the whole list; "
                            + "import it with mode=partial, or with force=true if the retirements are real. "
                            + "Nothing was imported.",
                    merge.activeRetired(), merge.activeBefore(), merge.share() * 100, config.maxRetireShare() * 100));
        }
        // a dry run writes too, so the database's own checks run; then nothing stays
        session.doWork(c -> merge.apply(c, imported.id(), now));
        if (dryRun) {
            em.flush();
            QuarkusTransaction.setRollbackOnly();
            LOG.infof("ECOSOC roster dry run by %s (%s): %d rows read, %d would be added, %d changed, %d retired",
                    admin, mode, rows, merge.added(), merge.changed(), merge.retired());
            return report.build(imported);
        }
        em.flush();
        imports.fire(new RosterImported(imported, merge.statusChanges()));
        LOG.infof("ECOSOC roster import %s by %s (%s%s): %d rows read, %d added, %d updated, %d retired in %d ms",
                imported.id(), admin, mode, force ? ", forced" : "", rows, merge.added(),
                merge.changed(), merge.retired(), (System.nanoTime() - started) / 1_000_000);
        return report.build(imported);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public EcosocImport getImport(UUID id) {
        return EcosocImport.<EcosocImport>findByIdOptional(id).orElseThrow(() -> new NotFoundException("Roster import"));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public EcosocEntry getEntry(UUID id) {
        return EcosocEntry.<EcosocEntry>findByIdOptional(id).orElseThrow(() -> new NotFoundException("Roster entry"));
    }

    /**
     * Roster entries in a stable order (normalized name, then country: the natural key), one page after the cursor.
     * The text matches names that hold each of its words (case, accents and punctuation do not count).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<EcosocEntry> search(EntryFilter filter, PageRequest page) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        String text = OrganizationNames.normalize(filter.text());
        if (text != null && !text.isEmpty()) {
            String[] words = text.split(" ");
            for (int i = 0; i < Math.min(words.length, MAX_SEARCH_WORDS); i++) {
                where.add("nameNormalized like :w" + i);
                params.put("w" + i, "%" + words[i] + "%");
            }
        }
        if (filter.country() != null) {
            where.add("country = :country");
            params.put("country", filter.country());
        }
        if (filter.status() != null) {
            where.add("status = :status");
            params.put("status", filter.status());
        }
        return paging.page(EcosocEntry.class, ENTRY_ORDER, String.join(" and ", where), params, page);
    }
}
