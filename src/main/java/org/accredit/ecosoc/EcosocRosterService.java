package org.accredit.ecosoc;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.accredit.common.AccreditConfig;
import org.accredit.common.NotFoundException;
import org.accredit.common.RuleViolationException;
import org.accredit.organization.Countries;
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

    public EcosocRosterService(EntityManager em, Clock clock, AccreditConfig accredit, EcosocConfig config,
            Event<RosterImported> imports) {
        this.imports = imports;
        this.em = em;
        this.clock = clock;
        this.accredit = accredit;
        this.config = config;
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
     * Roster entries in a stable order (normalized name, then country), one page after the cursor.
     * The text matches names that hold each of its words (case, accents and punctuation do not count).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public EntryPage search(EntryFilter filter) {
        int limit = Math.max(1, Math.min(filter.limit(), accredit.maxPageSize()));
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        String text = OrganizationNames.normalize(filter.text());
        if (text != null && !text.isEmpty()) {
            String[] words = text.split(" ");
            for (int i = 0; i < Math.min(words.length, MAX_SEARCH_WORDS); i++) {
                where.add("nameNormalized like :w" + i);
                params.and("w" + i, "%" + words[i] + "%");
            }
        }
        if (filter.country() != null) {
            where.add("country = :country");
            params.and("country", filter.country());
        }
        if (filter.status() != null) {
            where.add("status = :status");
            params.and("status", filter.status());
        }
        if (filter.cursor() != null) {
            Cursor c = Cursor.decode(filter.cursor());
            where.add("(nameNormalized > :cName or (nameNormalized = :cName and country > :cCountry))");
            params.and("cName", c.nameNormalized()).and("cCountry", c.country());
        }
        String query = (where.isEmpty() ? "" : String.join(" and ", where)) + " order by nameNormalized, country";
        PanacheQuery<EcosocEntry> q = EcosocEntry.find(query, params);
        List<EcosocEntry> rows = new ArrayList<>(q.range(0, limit).list());
        String next = null;
        if (rows.size() > limit) {
            rows.remove(limit);
            EcosocEntry last = rows.get(limit - 1);
            next = new Cursor(last.nameNormalized(), last.country()).encode();
        }
        return new EntryPage(rows, next);
    }

    /** One page of roster entries. */
    public record EntryPage(List<EcosocEntry> items, String nextCursor) {
    }

    /** The natural key of the last entry of a page (a normalized name holds no ':'). */
    record Cursor(String nameNormalized, String country) {

        String encode() {
            String raw = country + ":" + nameNormalized;
            return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
        }

        static Cursor decode(String s) {
            String raw;
            try {
                raw = new String(Base64.getUrlDecoder().decode(s), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                raw = "";
            }
            if (raw.length() < 4 || raw.charAt(2) != ':' || !Countries.isIsoAlpha2(raw.substring(0, 2))) {
                throw new RuleViolationException(400, "Invalid request", "The cursor is not one this service gave out.");
            }
            return new Cursor(raw.substring(3), raw.substring(0, 2));
        }
    }
}
