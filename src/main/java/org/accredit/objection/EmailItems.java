package org.accredit.objection;

import io.quarkus.qute.TemplateData;
import org.accredit.application.Application;

/** What the non-objection emails may say about an application. */
final class EmailItems {

    private EmailItems() {
    }

    /** To Member States: organization-level facts only, never contact data. */
    @TemplateData
    record Circulated(String name, String type, String country, String website) {
        static Circulated of(Application a) {
            return new Circulated(a.orgName(), a.orgType().name(), a.country(), a.website());
        }
    }
}
