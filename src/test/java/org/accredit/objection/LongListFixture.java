package org.accredit.objection;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A circulated list of many para 9 applications in circulation, seeded with SQL (as ListClosureAtScaleTest does):
 * application i (1..size) has the reference {@code P-tag-i} and the organization name {@code Paged Org tag NNN}
 * with NNN = i / 3 (six digits), so that names repeat (three applications share a name, from three countries) and pages
 * end in the middle of a run of equal names. Standing objections: FR to every 10th, DE to every 20th; BR
 * withdrew its objection to every 7th.
 */
public final class LongListFixture {

    private LongListFixture() {
    }

    /** The number of standing objections the fixture gives application i. */
    public static long standing(int i) {
        return (i % 10 == 0 ? 1 : 0) + (i % 20 == 0 ? 1 : 0);
    }

    /** The index i of a reference {@code P-tag-i}. */
    public static int index(String reference) {
        return Integer.parseInt(reference.substring(reference.lastIndexOf('-') + 1));
    }

    public static UUID circulatedList(EntityManager em, String callId, String title, int size, Instant now) {
        UUID listId = UUID.randomUUID();
        String tag = listId.toString().substring(0, 8);
        Instant deadline = now.plus(Duration.ofDays(20));
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("insert into non_objection_list (id, call_id, title, status, created_at, created_by, "
                            + "circulated_at, circulated_by, deadline) values (?1, ?2, ?3, 'CIRCULATED', ?4, 'approver', ?4, "
                            + "'approver', ?5)")
                    .setParameter(1, listId).setParameter(2, UUID.fromString(callId)).setParameter(3, title)
                    .setParameter(4, now.minus(Duration.ofDays(1))).setParameter(5, deadline).executeUpdate();
            em.createNativeQuery("insert into application (id, reference, path, status, call_id, org_name, org_name_normalized, "
                            + "org_type, country, contact_name, contact_email, language, tracking_secret_hash, submitted_at, "
                            + "updated_at) select gen_random_uuid(), 'P-' || ?1 || '-' || i, 'PARA_9', 'IN_CIRCULATION', ?2, "
                            + "'Paged Org ' || ?1 || ' ' || lpad((i / 3)::text, 6, '0'), "
                            + "'paged org ' || ?1 || ' ' || lpad((i / 3)::text, 6, '0'), 'CIVIL_SOCIETY_ORGANIZATION', "
                            + "(array['KE', 'FR', 'BR'])[i % 3 + 1], 'Contact', 'c@example.org', 'en', "
                            + "decode(md5(?1 || '-' || i), 'hex'), ?3, ?3 from generate_series(1, ?4) i")
                    .setParameter(1, tag).setParameter(2, UUID.fromString(callId)).setParameter(3, now.minus(Duration.ofDays(30)))
                    .setParameter(4, size).executeUpdate();
            em.createNativeQuery("insert into non_objection_list_entry (list_id, application_id, added_at, added_by) "
                            + "select ?1, id, ?2, 'approver' from application where reference like ?3")
                    .setParameter(1, listId).setParameter(2, now.minus(Duration.ofDays(2))).setParameter(3, "P-" + tag + "-%")
                    .executeUpdate();
            objections(em, listId, tag, "FR", "i % 10 = 0", false);
            objections(em, listId, tag, "DE", "i % 20 = 0", false);
            objections(em, listId, tag, "BR", "i % 7 = 0", true);
        });
        return listId;
    }

    /** The references of the list's applications in the list's order, as the database orders them. */
    @SuppressWarnings("unchecked")
    public static List<String> referencesInOrder(EntityManager em, UUID listId) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("select a.reference from application a "
                + "join non_objection_list_entry e on e.application_id = a.id where e.list_id = ?1 "
                + "order by a.org_name_normalized, a.id").setParameter(1, listId).getResultList());
    }

    private static void objections(EntityManager em, UUID listId, String tag, String state, String which, boolean withdrawn) {
        em.createNativeQuery("insert into objection (id, list_id, application_id, state_code, basis, lodged_by, lodged_at, "
                        + "withdrawn_by, withdrawn_at) select gen_random_uuid(), ?1, a.id, ?2, 'Test basis', 'ms', a.submitted_at, "
                        + (withdrawn ? "'ms', a.submitted_at" : "null, null") + " from application a, lateral (select "
                        + "cast(split_part(a.reference, '-', 3) as int) as i) n where a.reference like ?3 and " + which)
                .setParameter(1, listId).setParameter(2, state).setParameter(3, "P-" + tag + "-%").executeUpdate();
    }
}
