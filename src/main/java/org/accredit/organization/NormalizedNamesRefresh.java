package org.accredit.organization;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Brings the stored normalized names (the roster's {@code name_normalized} and {@code acronym}, the
 * applications' {@code org_name_normalized}) in line with {@link OrganizationNames} at start, so rows
 * written by an older normalization (before migration V13) compare like new ones. It runs only when
 * the database records an older {@link OrganizationNames#VERSION} than the code's (table
 * {@code name_normalization}), so a start reads no rows once the stored forms are current; one
 * replica does the work, the others wait on the row lock and then find the version current.
 * Idempotent: only rows whose stored form differs are written. A row whose new form would collide with another
 * (two roster entries, or two open applications in one call, that now normalize alike) keeps its old
 * form, with a warning in the log, for the secretariat to merge.
 */
@ApplicationScoped
public class NormalizedNamesRefresh {

    private static final Logger LOG = Logger.getLogger(NormalizedNamesRefresh.class);

    private final EntityManager em;

    public NormalizedNamesRefresh(EntityManager em) {
        this.em = em;
    }

    void onStart(@Observes StartupEvent event) {
        Result r = refreshIfOutdated();
        if (r.entries() + r.applications() + r.kept() > 0) {
            LOG.infof("Normalized names recomputed: %d roster entries, %d applications; %d kept their old form (collision)",
                    r.entries(), r.applications(), r.kept());
        }
    }

    /** What a refresh rewrote, and how many rows kept their old form because the new one was taken. */
    public record Result(int entries, int applications, int kept) {
    }

    /** Refreshes when the stored forms were computed by an older normalization, and records the version. */
    @Transactional
    public Result refreshIfOutdated() {
        Number stored = (Number) em.createNativeQuery("select version from name_normalization for update")
                .getSingleResult();
        if (stored.intValue() >= OrganizationNames.VERSION) {
            return new Result(0, 0, 0);
        }
        Result r = refresh();
        em.createNativeQuery("update name_normalization set version = ?1")
                .setParameter(1, OrganizationNames.VERSION).executeUpdate();
        return r;
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public Result refresh() {
        // the roster import takes the same lock: neither sees the other half done
        em.createNativeQuery("lock table ecosoc_import in exclusive mode").executeUpdate();
        int entries = 0;
        int applications = 0;
        int kept = 0;
        List<Object[]> rows = em.createNativeQuery(
                "select cast(id as varchar), name, name_normalized, country, acronym from ecosoc_entry").getResultList();
        Set<String> taken = new HashSet<>();
        for (Object[] r : rows) {
            taken.add(r[2] + "|" + r[3]);
        }
        for (Object[] r : rows) {
            String name = (String) r[1];
            String oldKey = r[2] + "|" + r[3];
            String normalized = OrganizationNames.normalize(name);
            String acronym = OrganizationNames.acronymInName(name);
            boolean renamed = !normalized.isEmpty() && !normalized.equals(r[2]);
            if (renamed && taken.contains(normalized + "|" + r[3])) {
                LOG.warnf("Roster entry %s (%s, %s) keeps its old normalized name: \"%s\" is another entry's",
                        r[0], name, r[3], normalized);
                renamed = false;
                kept++;
            }
            if (renamed || !Objects.equals(acronym, r[4])) {
                em.createNativeQuery("update ecosoc_entry set name_normalized = ?1, acronym = ?2 where id = cast(?3 as uuid)")
                        .setParameter(1, renamed ? normalized : r[2]).setParameter(2, acronym).setParameter(3, r[0])
                        .executeUpdate();
                if (renamed) {
                    taken.remove(oldKey);
                    taken.add(normalized + "|" + r[3]);
                }
                entries++;
            }
        }
        List<Object[]> apps = em.createNativeQuery(
                "select cast(id as varchar), org_name, org_name_normalized from application").getResultList();
        for (Object[] a : apps) {
            String normalized = OrganizationNames.normalize((String) a[1]);
            if (normalized.isEmpty() || normalized.equals(a[2])) {
                continue;
            }
            // the partial unique index application_open_per_org_and_call: skip a collision, do not fail
            int n = em.createNativeQuery("update application a set org_name_normalized = ?1 where a.id = cast(?2 as uuid) "
                            + "and not exists (select 1 from application o where o.id <> a.id and o.org_name_normalized = ?1 "
                            + "and o.country = a.country and coalesce(o.call_id, '00000000-0000-0000-0000-000000000000'::uuid) "
                            + "= coalesce(a.call_id, '00000000-0000-0000-0000-000000000000'::uuid) "
                            + "and o.status not in ('WITHDRAWN', 'REJECTED', 'NOT_APPROVED'))")
                    .setParameter(1, normalized).setParameter(2, a[0]).executeUpdate();
            if (n == 1) {
                applications++;
            } else {
                LOG.warnf("Application %s keeps its old normalized name: \"%s\" is another open application's", a[0], normalized);
                kept++;
            }
        }
        return new Result(entries, applications, kept);
    }
}
