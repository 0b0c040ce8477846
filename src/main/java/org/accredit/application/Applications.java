package org.accredit.application;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.accredit.common.AccreditConfig;
import org.accredit.common.NotFoundException;
import org.accredit.common.RowWriter;
import org.accredit.common.RuleViolationException;
import org.accredit.common.paging.Keyset;
import org.accredit.common.paging.Page;
import org.accredit.common.paging.PageRequest;
import org.accredit.common.paging.Paging;
import org.accredit.organization.Language;
import org.accredit.organization.OrganizationNames;
import org.accredit.organization.OrganizationType;
import org.hibernate.Session;

/**
 * The one door to the rows of {@link Application}: loading, locking (one application, or several in
 * id order so that two transactions never wait on each other), the staff queue and the public list
 * (cursor-paged with {@link Paging}), the submission insert with its reference number, and the
 * duplicate check. Other features call it, never {@code Application.find} or a query on Application.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Applications {

    /** The partial unique index that refuses a second open application of one organization in one call. */
    static final String DUPLICATE_INDEX = "application_open_per_org_and_call";

    /** HQL condition: the application is still open (enum literals, see {@link #refuseDuplicateOf}). */
    private static final String STILL_OPEN = Arrays.stream(ApplicationStatus.values())
            .filter(s -> !s.isOpen())
            .map(s -> ApplicationStatus.class.getName() + "." + s.name())
            .collect(Collectors.joining(", ", "status not in (", ")"));

    /** The queue's order: submission time, then id (index application_queue_idx). */
    static final Keyset<Application> QUEUE_ORDER = Keyset.<Application>of("applications")
            .by("submittedAt", Instant.class, Application::submittedAt).by("id", UUID.class, Application::id).ascending();

    /** The queue newest first (the same index, read backwards). */
    static final Keyset<Application> QUEUE_NEWEST = Keyset.<Application>of("applications-newest")
            .by("submittedAt", Instant.class, Application::submittedAt).by("id", UUID.class, Application::id).descending();

    /** The queue by organization name (normalized), then id. */
    static final Keyset<Application> QUEUE_BY_NAME = Keyset.<Application>of("applications-by-name")
            .by("orgNameNormalized", String.class, Application::orgNameNormalized)
            .by("id", UUID.class, Application::id).ascending();

    /** The public list's order: normalized name, then id (index application_accredited_idx). */
    static final Keyset<Application> ACCREDITED_ORDER = Keyset.<Application>of("accredited-organizations")
            .by("orgNameNormalized", String.class, Application::orgNameNormalized)
            .by("id", UUID.class, Application::id).ascending();

    private final EntityManager em;
    private final Paging paging;
    private final AccreditConfig config;

    public Applications(EntityManager em, Paging paging, AccreditConfig config) {
        this.em = em;
        this.paging = paging;
        this.config = config;
    }

    // ---- one application -------------------------------------------------------------------

    public Optional<Application> find(UUID id) {
        return Optional.ofNullable(em.find(Application.class, id));
    }

    /** The application, or 404. */
    public Application get(UUID id) {
        return find(id).orElseThrow(() -> new NotFoundException("Application"));
    }

    /** The application locked for update (workflow steps serialize on it), if it exists. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Application> findLocked(UUID id) {
        return Optional.ofNullable(em.find(Application.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** The open applications on {@code path}, oldest first (what a roster import may change). */
    public List<Application> openOnPath(ParticipationPath path) {
        List<ApplicationStatus> open = Arrays.stream(ApplicationStatus.values()).filter(ApplicationStatus::isOpen).toList();
        return Application.list("path = ?1 and status in ?2 order by submittedAt, id", path, open);
    }

    /**
     * Applications of {@code callId} on {@code path} in {@code status}, in name order, at most {@code max}
     * (what a non-objection list may take: the objection package leaves out those already on a list).
     */
    public List<Application> ofCallInStatus(UUID callId, ParticipationPath path, ApplicationStatus status, int max) {
        return Application.find("callId = ?1 and path = ?2 and status = ?3 order by orgNameNormalized, id", callId, path,
                status).page(0, max).list();
    }

    /** The application locked for update, or 404. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Application lock(UUID id) {
        return findLocked(id).orElseThrow(() -> new NotFoundException("Application"));
    }

    /** The application that {@code secret} tracks, or 404. */
    public Application tracked(String secret) {
        return tracked(secret, LockModeType.NONE);
    }

    /** The application that {@code secret} tracks, locked for update, or 404. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Application lockTracked(String secret) {
        return tracked(secret, LockModeType.PESSIMISTIC_WRITE);
    }

    private Application tracked(String secret, LockModeType lock) {
        if (!TrackingSecrets.looksValid(secret)) {
            throw new NotFoundException("Application");
        }
        var query = Application.<Application>find("trackingSecretHash", (Object) TrackingSecrets.hash(secret));
        if (lock != LockModeType.NONE) {
            query = query.withLock(lock);
        }
        return query.firstResultOptional().orElseThrow(() -> new NotFoundException("Application"));
    }

    /**
     * The application with this reference (case and surrounding spaces ignored), locked for update, if
     * it exists (the lost-secret page).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Application> lockByReference(String reference) {
        if (reference == null || reference.isBlank()) {
            return Optional.empty();
        }
        // as typed, or in upper case (references are made upper case unless accredit.reference-prefix is not)
        String typed = reference.strip();
        return Application.<Application>find("reference in ?1", List.of(typed, typed.toUpperCase(java.util.Locale.ROOT)))
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** The contact email of the application that {@code secret} tracks, if any (read only). */
    public Optional<String> contactEmailOf(String secret) {
        if (!TrackingSecrets.looksValid(secret)) {
            return Optional.empty();
        }
        return em.createQuery("select a.contactEmail from Application a where a.trackingSecretHash = :hash", String.class)
                .setParameter("hash", TrackingSecrets.hash(secret))
                .getResultStream().findFirst();
    }

    // ---- accredited organizations (sessions, registrations, submissions, speakers) ---------

    /**
     * The organization whose approved application {@code secret} tracks: 404 for an unknown secret,
     * 403 when the application is not (or no longer) approved.
     */
    public AccreditedOrganization accreditedBy(String secret) {
        return requireGoodStanding(tracked(secret));
    }

    /**
     * As {@link #accreditedBy}, with the application row locked until the transaction ends: what an
     * organization registers (seats of a quota) is decided one request at a time per organization.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public AccreditedOrganization lockAccreditedBy(String secret) {
        return requireGoodStanding(lockTracked(secret));
    }

    /** The organization of an application, whatever its status, or 404. */
    public AccreditedOrganization organization(UUID applicationId) {
        return AccreditedOrganization.of(get(applicationId));
    }

    private static AccreditedOrganization requireGoodStanding(Application a) {
        AccreditedOrganization org = AccreditedOrganization.of(a);
        if (!org.inGoodStanding()) {
            throw RuleViolationException.forbidden(switch (a.status()) {
                case SUSPENDED -> "The secretariat has suspended this organization's accreditation: it cannot take part "
                        + "until the accreditation is reinstated.";
                case ACCREDITATION_WITHDRAWN -> "The secretariat has withdrawn this organization's accreditation: it "
                        + "cannot take part.";
                default -> "Only an accredited organization (an approved application) may do this; this application is "
                        + a.applicantStatus().name() + ".";
            });
        }
        return org;
    }

    // ---- several applications --------------------------------------------------------------

    /**
     * The applications {@code ids} counted by participation path and country: one GROUP BY, the ids
     * bound as one PostgreSQL array (the statement is the same for any number of ids, so it is
     * prepared once; an IN list would be a new statement for every count).
     */
    public List<PathCountryCount> countByPathAndCountry(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = em.createNativeQuery("select path, country, count(*) from application where id = any(:ids)"
                        + " group by path, country order by path, country", Object[].class)
                .setParameter("ids", ids.toArray(new UUID[0])).getResultList();
        return rows.stream().map(r -> new PathCountryCount(ParticipationPath.valueOf((String) r[0]), (String) r[1],
                ((Number) r[2]).longValue())).toList();
    }

    /**
     * The organizations of the applications {@code ids}, by application id (unknown ids are left out; ids
     * as one array). Only the columns of {@link AccreditedOrganization}, never entities: an export looks
     * up a batch at a time, and managed entities would stay in the persistence context.
     */
    public Map<UUID, AccreditedOrganization> organizations(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Object[]> found = em.createNativeQuery("select id, reference, path, status, org_name, org_acronym, org_type,"
                        + " country, contact_name, contact_email, language from application where id = any(:ids)", Object[].class)
                .setParameter("ids", ids.toArray(new UUID[0])).getResultList();
        Map<UUID, AccreditedOrganization> result = new HashMap<>();
        for (Object[] r : found) {
            result.put((UUID) r[0], new AccreditedOrganization((UUID) r[0], (String) r[1], ParticipationPath.valueOf((String) r[2]),
                    ApplicationStatus.valueOf((String) r[3]), (String) r[4], (String) r[5], OrganizationType.valueOf((String) r[6]),
                    (String) r[7], (String) r[8], (String) r[9], Language.valueOf((String) r[10])));
        }
        return result;
    }

    /**
     * The applications locked for update in id order: every caller that locks several applications
     * does it in this one order, so no two transactions deadlock.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Application> lockInIdOrder(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select a from Application a where a.id in :ids order by a.id", Application.class)
                .setParameter("ids", ids)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    /** The applications by normalized organization name, then id (read only). */
    public List<Application> inNameOrder(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select a from Application a where a.id in :ids order by a.orgNameNormalized, a.id",
                Application.class).setParameter("ids", ids).getResultList();
    }

    /** The staff queue, in a stable order ({@link QueueFilter#sort}, then id), one page after the cursor. */
    public Page<Application> queue(QueueFilter filter, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        String where = queueWhere(filter, params);
        Keyset<Application> order = switch (filter.sort()) {
            case OLDEST -> QUEUE_ORDER;
            case NEWEST -> QUEUE_NEWEST;
            case NAME -> QUEUE_BY_NAME;
        };
        return paging.page(Application.class, order, where, params, page);
    }

    /**
     * How many applications match {@code filter} (whatever its status), by status, in status order (statuses
     * with none left out). Without filters, or with a path only: each status counted up to {@code cap}, one
     * short index-only range per status (application_status_idx, application_status_path_idx): an exact
     * count would read every application on every page of the console's queue (0.3 s at a million, 0.2 s
     * for a path). With other filters: exact, one GROUP BY over the matching rows, which the filters'
     * indexes reach (their cost grows with the matches: a call of 50,000 applications takes about 60 ms).
     */
    public List<StatusCount> countByStatus(QueueFilter filter, int cap) {
        QueueFilter any = filter.anyStatus();
        Map<String, Object> params = new HashMap<>();
        String where = queueWhere(any, params);
        Map<ApplicationStatus, StatusCount> counts = new java.util.EnumMap<>(ApplicationStatus.class);
        if (where.isEmpty() || params.keySet().equals(java.util.Set.of("path"))) {
            var query = em.createNativeQuery(any.path() == null ? CAPPED_COUNTS : CAPPED_COUNTS_ON_PATH, Object[].class)
                    .setParameter("cap", cap + 1);
            if (any.path() != null) {
                query.setParameter("path", any.path().name());
            }
            List<Object[]> rows = query.getResultList();
            for (Object[] row : rows) {
                long n = ((Number) row[1]).longValue();
                if (n > 0) {
                    ApplicationStatus status = ApplicationStatus.valueOf((String) row[0]);
                    counts.put(status, new StatusCount(status, Math.min(n, cap), n > cap));
                }
            }
        } else {
            var query = em.createQuery("select status, count(*) from Application where " + where + " group by status",
                    Object[].class);
            params.forEach(query::setParameter);
            for (Object[] row : query.getResultList()) {
                ApplicationStatus status = (ApplicationStatus) row[0];
                counts.put(status, new StatusCount(status, ((Number) row[1]).longValue(), false));
            }
        }
        return List.copyOf(counts.values());
    }

    /** Per status (the enum's names, constants of the code), its applications counted up to :cap. */
    private static final String CAPPED_COUNTS = cappedCounts("");

    /** The same, of one path (:path). */
    private static final String CAPPED_COUNTS_ON_PATH = cappedCounts(" and a.path = :path");

    private static String cappedCounts(String condition) {
        return Arrays.stream(ApplicationStatus.values())
                .map(s -> "('" + s.name() + "')")
                .collect(Collectors.joining(", ", "select s.status, (select count(*) from (select 1 from application a "
                        + "where a.status = s.status" + condition + " limit :cap) c) from (values ", ") as s(status)"));
    }

    private static String queueWhere(QueueFilter filter, Map<String, Object> params) {
        List<String> where = new ArrayList<>();
        if (filter.status() != null) {
            where.add("status = :status");
            params.put("status", filter.status());
        }
        if (filter.path() != null) {
            where.add("path = :path");
            params.put("path", filter.path());
        }
        if (filter.callId() != null) {
            where.add("callId = :callId");
            params.put("callId", filter.callId());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            where.add("orgNameNormalized like :text");
            params.put("text", "%" + OrganizationNames.normalize(filter.text()) + "%");
        }
        if (filter.country() != null && !filter.country().isBlank()) {
            where.add("country = :country");
            params.put("country", filter.country().strip().toUpperCase(java.util.Locale.ROOT));
        }
        if (filter.assignee() != null && !filter.assignee().isBlank()) {
            where.add("assignedTo = :assignee");
            params.put("assignee", filter.assignee().strip());
        }
        return String.join(" and ", where);
    }

    /** Accredited (APPROVED) applications, optionally of one path and one call, one page after the cursor. */
    public Page<Application> accredited(ParticipationPath path, UUID callId, PageRequest page) {
        return paging.page(Application.class, ACCREDITED_ORDER, accreditedWhere(path, callId),
                accreditedParams(path, callId).map(), page);
    }

    /**
     * At most {@code limit} accredited applications that match, in the public list's order, after
     * {@code after} (null: from the first), public columns only (the CSV export reads the list in such
     * batches). The key is compared as one row value, so that PostgreSQL reads a range of
     * application_accredited_idx (or of the path's or the call's index, V30) and stops after
     * {@code limit} rows, however deep the batch.
     */
    public List<PublicListRow> accreditedAfter(ParticipationPath path, UUID callId, PublicListRow after, int limit) {
        String where = accreditedWhere(path, callId);
        Map<String, Object> params = new HashMap<>(accreditedParams(path, callId).map());
        if (after != null) {
            where += " and (orgNameNormalized, id) > (:afterName, :afterId)";
            params.put("afterName", after.sortName());
            params.put("afterId", after.id());
        }
        var query = em.createQuery("select new org.accredit.application.PublicListRow(orgName, orgType, country, path,"
                + " callId, decisionReference, decidedAt, orgNameNormalized, id) from Application where " + where
                + " order by orgNameNormalized, id", PublicListRow.class);
        params.forEach(query::setParameter);
        return query.setMaxResults(limit).getResultList();
    }

    private static String accreditedWhere(ParticipationPath path, UUID callId) {
        List<String> where = new ArrayList<>();
        where.add("status = :status");
        if (path != null) {
            where.add("path = :path");
        }
        if (callId != null) {
            where.add("callId = :callId");
        }
        return String.join(" and ", where);
    }

    private static Parameters accreditedParams(ParticipationPath path, UUID callId) {
        Parameters p = Parameters.with("status", ApplicationStatus.APPROVED);
        if (path != null) {
            p.and("path", path);
        }
        if (callId != null) {
            p.and("callId", callId);
        }
        return p;
    }

    // ---- submission and duplicates ---------------------------------------------------------

    /**
     * Refuses (409) to let {@code app} join {@code callId} while another open application of the same
     * organization is in it. The closed statuses are literals in the query text: Hibernate does not
     * cache the translation of a query with a multi-valued parameter.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void refuseDuplicateOf(Application app, UUID callId) {
        long open = em.createQuery("select count(*) from Application where orgNameNormalized = :name and country = :country"
                        + " and callId = :callId and id <> :excludedId and " + STILL_OPEN, Long.class)
                .setParameter("name", app.orgNameNormalized())
                .setParameter("country", app.country())
                .setParameter("callId", callId)
                .setParameter("excludedId", app.id())
                .getSingleResult();
        if (open > 0) {
            throw duplicate();
        }
    }

    static RuleViolationException duplicate() {
        return new RuleViolationException(409, "Duplicate application",
                "An application for this organization is already under consideration in this call.");
    }

    /** The columns a submission sets; the others (review and decision) start empty. */
    private static final String INSERT_SUBMITTED = "insert into application (id, reference, path, status, call_id, "
            + "org_name, org_name_normalized, org_acronym, org_type, country, website, email, expertise, "
            + "ecosoc_category_claimed, contact_name, contact_title, contact_email, contact_phone, language, "
            + "tracking_secret_hash, ecosoc_entry_id, ecosoc_confirmed_by, ecosoc_confirmed_at, submitted_at, updated_at, "
            + "version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /**
     * A new application's row, as a plain insert (sent with its history and acknowledgement in one
     * round trip: nothing in the submitting transaction changes it again).
     */
    static RowWriter.Insert submittedRow(Application a) {
        return new RowWriter.Insert(INSERT_SUBMITTED, row -> row.uuid(a.id()).text(a.reference()).name(a.path()).name(a.status())
                .uuid(a.callId()).text(a.orgName()).text(a.orgNameNormalized()).text(a.orgAcronym()).name(a.orgType())
                .text(a.country()).text(a.website()).text(a.email()).text(a.expertise()).name(a.ecosocCategoryClaimed())
                .text(a.contactName()).text(a.contactTitle()).text(a.contactEmail()).text(a.contactPhone())
                .name(a.language()).bytes(a.trackingSecretHash()).uuid(a.ecosocEntryId()).text(a.ecosocConfirmedBy())
                .instant(a.ecosocConfirmedAt()).instant(a.submittedAt())
                .instant(a.updatedAt()).integer(a.version()));
    }

    /**
     * The next human-readable reference, e.g. AHC-2026-00042 (at least five digits). The sequence
     * is read with plain JDBC on the transaction's connection and the text built by hand: a
     * Hibernate native query and String.format were 15% of the allocations of a submission (JFR).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public String nextReference(Instant now) {
        long n = em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement next = connection.prepareStatement("select nextval('application_reference_seq')");
                    ResultSet rs = next.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
        String digits = Long.toString(n);
        return config.referencePrefix() + "-" + ZonedDateTime.ofInstant(now, config.zone()).getYear() + "-"
                + "00000".substring(Math.min(5, digits.length())) + digits;
    }

    /** An application's history, oldest first. */
    public List<HistoryLine> history(UUID applicationId) {
        return HistoryLine.list("applicationId = ?1 order by id", applicationId);
    }
}
