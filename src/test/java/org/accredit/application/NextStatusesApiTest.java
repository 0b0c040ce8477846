package org.accredit.application;

import static org.accredit.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.accredit.support.Api;
import org.accredit.support.Api.Submitted;
import org.junit.jupiter.api.Test;

/** The staff detail's nextStatuses lists only the moves of the application's path (issue 8, section 5). */
@QuarkusTest
class NextStatusesApiTest {

    private static Set<String> nextStatuses(Submitted s) {
        List<String> next = as("reviewer").get("/api/v1/applications/" + s.id()).then().statusCode(200).extract()
                .jsonPath().getList("nextStatuses");
        return new TreeSet<>(next);
    }

    private static void recommend(Submitted s) {
        as("reviewer").post("/api/v1/applications/" + s.id() + "/review").then().statusCode(200);
        as("reviewer").body("{}").post("/api/v1/applications/" + s.id() + "/recommendation").then().statusCode(200);
    }

    @Test
    void aRecommendedPara7ApplicationIsNeverOfferedCirculation() {
        Submitted s = Api.submit("INTERGOVERNMENTAL_ORGANIZATION", null, "en");
        recommend(s);
        assertEquals(Set.of("APPROVED", "REJECTED", "WITHDRAWN"), nextStatuses(s));
    }

    @Test
    void aRecommendedPara9ApplicationIsOnlyOfferedCirculation() {
        Api.ensureOpenCall();
        Submitted s = Api.submit("ACADEMIC_INSTITUTION", null, "en");
        recommend(s);
        assertEquals(Set.of("IN_CIRCULATION", "WITHDRAWN"), nextStatuses(s));
    }

    @Test
    void anAccreditationIsOfferedSuspensionAndWithdrawalAndASuspensionReinstatement() {
        Submitted s = Api.submit("INTERGOVERNMENTAL_ORGANIZATION", null, "en");
        recommend(s);
        as("approver").body("{}").post("/api/v1/applications/" + s.id() + "/approval").then().statusCode(200);
        assertEquals(Set.of("SUSPENDED", "ACCREDITATION_WITHDRAWN"), nextStatuses(s));
        as("approver").body(java.util.Map.of("reason", "Lapsed")).post("/api/v1/applications/" + s.id()
                + "/accreditation-suspension").then().statusCode(200);
        assertEquals(Set.of("APPROVED", "ACCREDITATION_WITHDRAWN"), nextStatuses(s));
        as("approver").body(java.util.Map.of("reason", "Gone")).post("/api/v1/applications/" + s.id()
                + "/accreditation-withdrawal").then().statusCode(200);
        assertEquals(Set.of(), nextStatuses(s));
    }
}
