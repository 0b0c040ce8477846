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
    /** Inserts and updates of one import go to the database in batches of this size. */
    private static final int BATCH_SIZE = 500;
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
     */
    public ImportReport importRoster(@NotNull byte[] file, @NotNull ImportMode mode, String fileName, String admin,
            boolean dryRun, boolean force) {
        long started = System.nanoTime();
        Instant now = clock.instant();
        List<RosterCsv.Row> rows = RosterCsv.parse(file, config.maxRows(),
                ZonedDateTime.ofInstant(now, accredit.zone()).getYear());

        // One import at a time: a second one waits for the first to commit, then sees its entries.
        em.createNativeQuery("lock table ecosoc_import in exclusive mode").executeUpdate();
        em.unwrap(Session.class).setJdbcBatchSize(BATCH_SIZE);
        EcosocImport imported = new EcosocImport(admin, fileName, mode, now);
        em.persist(imported);

        Map<RosterCsv.NaturalKey, EcosocEntry> absent = new HashMap<>();
        int activeBefore = 0;
        for (EcosocEntry e : EcosocEntry.<EcosocEntry>listAll()) {
            absent.put(new RosterCsv.NaturalKey(e.nameNormalized(), e.country()), e);
            if (e.status() == EcosocStatus.ACTIVE) {
                activeBefore++;
            }
        }
        ImportReport.Builder report = new ImportReport.Builder(dryRun);
        Map<UUID, EcosocStatus[]> statusChanges = new HashMap<>();
        for (RosterCsv.Row row : rows) {
            EcosocEntry entry = absent.remove(row.key());
            if (entry == null) {
                EcosocEntry added = new EcosocEntry(row.name(), row.country(), row.category(), row.yearGranted(),
                        row.status(), imported.id(), now);
                em.persist(added);
                report.added(added);
            } else {
                EcosocStatus before = entry.status();
                if (entry.restate(row.name(), row.category(), row.yearGranted(), row.status(), imported.id(), now)) {
                    report.changed(entry, before);
                    if (before != entry.status()) {
                        statusChanges.put(entry.id(), new EcosocStatus[] {before, entry.status()});
                    }
                }
            }
        }
        int retiredActive = 0;
        if (mode == ImportMode.FULL) {
            for (EcosocEntry entry : absent.values()) {
                EcosocStatus before = entry.status();
                if (before != EcosocStatus.WITHDRAWN && entry.retire(imported.id(), now)) {
                    report.retired(entry, before);
                    statusChanges.put(entry.id(), new EcosocStatus[] {before, EcosocStatus.WITHDRAWN});
                    if (before == EcosocStatus.ACTIVE) {
                        retiredActive++;
                    }
                }
            }
        }
        double share = activeBefore == 0 ? 0 : (double) retiredActive / activeBefore;
        boolean tooMany = share > config.maxRetireShare();
        report.retireShare(retiredActive, activeBefore, share, config.maxRetireShare(), tooMany && !force);
        imported.record(rows.size(), report.addedCount(), report.changedCount(), report.retiredCount());
        if (dryRun) {
            // the database's own checks run too; then nothing stays
            em.flush();
            QuarkusTransaction.setRollbackOnly();
            LOG.infof("ECOSOC roster dry run by %s (%s): %d rows read, %d would be added, %d changed, %d retired",
                    admin, mode, rows.size(), report.addedCount(), report.changedCount(), report.retiredCount());
            return report.build(imported);
        }
        if (tooMany && !force) {
            throw new RuleViolationException(409, "Too many entries would be retired", String.format(Locale.ROOT,
                    "This full import would retire %d of the %d active roster entries (%.1f%%), more than the %.1f%% "
                            + "allowed (accredit.ecosoc.max-retire-share). Check that the file is the whole list; "
                            + "import it with mode=partial, or with force=true if the retirements are real. "
                            + "Nothing was imported.",
                    retiredActive, activeBefore, share * 100, config.maxRetireShare() * 100));
        }
        em.flush();
        imports.fire(new RosterImported(imported, statusChanges));
        LOG.infof("ECOSOC roster import %s by %s (%s%s): %d rows read, %d added, %d updated, %d retired in %d ms",
                imported.id(), admin, mode, force ? ", forced" : "", rows.size(), report.addedCount(),
                report.changedCount(), report.retiredCount(), (System.nanoTime() - started) / 1_000_000);
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
