package org.accredit.support;

import static org.accredit.support.Api.as;

import java.util.Map;

/**
 * An accredited organization for tests of what follows accreditation: a para 7 application (an
 * intergovernmental organization) submitted and walked to APPROVED through the API (review and
 * recommendation by the reviewer, approval by the approver). Its tracking secret is what the
 * organization authenticates with afterwards (header X-Tracking-Secret).
 */
public final class Accredited {

    private Accredited() {
    }

    /** The approved organization: application id, reference, tracking secret, contact email, name. */
    public record Organization(String applicationId, String reference, String secret, String contactEmail, String name) {
    }

    /** A new approved para 7 organization written to in {@code language} (ar, zh, en, fr, ru, es). */
    public static Organization para7(String language) {
        String name = Api.unique("Accredited IGO");
        String email = Api.uniqueEmail();
        var r = Api.submit(Api.body(name, "INTERGOVERNMENTAL_ORGANIZATION", "FR", null, email, language));
        String id = r.path("id");
        as("reviewer").post("/api/v1/applications/" + id + "/review").then().statusCode(200);
        as("reviewer").body(Map.of("note", "IGO confirmed")).post("/api/v1/applications/" + id + "/recommendation")
                .then().statusCode(200);
        as("approver").post("/api/v1/applications/" + id + "/approval").then().statusCode(200);
        return new Organization(id, r.path("reference"), r.path("trackingSecret"), email, name);
    }
}
