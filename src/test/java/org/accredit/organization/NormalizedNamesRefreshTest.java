package org.accredit.organization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.accredit.support.Api;
import org.junit.jupiter.api.Test;

/** Rows written by the older normalization (before V13) are brought in line at start. */
@QuarkusTest
class NormalizedNamesRefreshTest {

    @Inject
    NormalizedNamesRefresh refresh;
    @Inject
    EntityManager em;

    private void sql(String statement, Object... params) {
        QuarkusTransaction.requiringNew().run(() -> {
            var q = em.createNativeQuery(statement);
            for (int i = 0; i < params.length; i++) {
                q.setParameter(i + 1, params[i]);
            }
            q.executeUpdate();
        });
    }

    private Object value(String query, Object param) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(query).setParameter(1, param).getSingleResult());
    }

    @Test
    void oldNormalizedNamesAreRecomputedAndCollisionsKeepTheirOldForm() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        RestAssured.given().auth().preemptive().basic("admin", "admin").contentType("text/csv")
                .body(("name,category,year,country\n"
                        + "Weißer Ring Refresh " + tag + " e.V. (WRR),roster,2007,DE\n"
                        + "Kollision " + tag + " e.V.,special,2001,DE\n"
                        + "Kollision " + tag + " zwei,special,2001,DE\n").getBytes(StandardCharsets.UTF_8))
                .queryParam("mode", "partial").post("/api/v1/ecosoc/imports").then().statusCode(201);
        String appId = Api.submit(Api.body("Łódź Cyber Refresh " + tag + " GmbH", "UN_ENTITY", "PL", null,
                Api.uniqueEmail(), "en")).path("id");

        // as the normalization before V13 wrote them
        sql("update ecosoc_entry set name_normalized = ?1, acronym = null where name = ?2",
                "weißer ring refresh " + tag + " e v wrr", "Weißer Ring Refresh " + tag + " e.V. (WRR)");
        sql("update ecosoc_entry set name_normalized = ?1 where name = ?2", "kollision " + tag + " e v", "Kollision " + tag + " e.V.");
        sql("update ecosoc_entry set name = ?1, name_normalized = ?2 where name = ?3", "Kollision " + tag,
                "kollision " + tag + " alt", "Kollision " + tag + " zwei");
        sql("update application set org_name_normalized = ?1 where id = cast(?2 as uuid)",
                "łodz cyber refresh " + tag + " gmbh", appId);

        // the start-up already recorded the current version: a start reads nothing and rewrites nothing
        NormalizedNamesRefresh.Result skipped = refresh.refreshIfOutdated();
        assertEquals(new NormalizedNamesRefresh.Result(0, 0, 0), skipped);
        assertEquals("łodz cyber refresh " + tag + " gmbh",
                value("select org_name_normalized from application where id = cast(?1 as uuid)", appId));

        // stored forms from an older normalization (as before V13): the next start recomputes them once
        sql("update name_normalization set version = ?1 where ?2 = ?2", 0, "x");
        NormalizedNamesRefresh.Result r = refresh.refreshIfOutdated();
        assertEquals(OrganizationNames.VERSION, ((Number) value("select version from name_normalization where ?1 = ?1", "x")).intValue());
        assertTrue(r.entries() >= 2 && r.applications() >= 1 && r.kept() >= 1, r.toString());

        assertEquals("weisser ring refresh " + tag, value("select name_normalized from ecosoc_entry where name = ?1",
                "Weißer Ring Refresh " + tag + " e.V. (WRR)"));
        assertEquals("wrr", value("select acronym from ecosoc_entry where name = ?1", "Weißer Ring Refresh " + tag + " e.V. (WRR)"));
        assertEquals("lodz cyber refresh " + tag, value("select org_name_normalized from application where id = cast(?1 as uuid)", appId));
        // "Kollision ... e.V." and "Kollision ..." now normalize alike: one takes the form, the other keeps its old one
        assertEquals(1L, ((Number) value("select count(*) from ecosoc_entry where name_normalized = ?1",
                "kollision " + tag)).longValue());
        assertEquals(1L, ((Number) value("select count(*) from ecosoc_entry where name_normalized in ('kollision " + tag
                + " e v', 'kollision " + tag + " alt') and ?1 = ?1", "x")).longValue());

        // a second run has nothing to do for these rows
        NormalizedNamesRefresh.Result again = refresh.refresh();
        assertEquals(0, again.entries() + again.applications(), again.toString());
    }
}
