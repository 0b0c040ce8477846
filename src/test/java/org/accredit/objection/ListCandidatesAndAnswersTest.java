package org.accredit.objection;

import static org.accredit.objection.Para9Fixtures.circulate;
import static org.accredit.objection.Para9Fixtures.draftList;
import static org.accredit.objection.Para9Fixtures.recommended;
import static org.accredit.objection.Para9Fixtures.state;
import static org.accredit.support.Api.ensureOpenCall;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.UUID;
import org.accredit.application.Application;
import org.accredit.objection.Para9Fixtures.Applicant;
import org.junit.jupiter.api.Test;

/** The queries the console's list pages use: candidates of a draft list, each State's answer, entry counts. */
@QuarkusTest
class ListCandidatesAndAnswersTest {

    @Inject
    NonObjectionListService lists;

    @Test
    void candidatesAreTheRecommendedPara9ApplicationsOfTheCallOnNoList() {
        String callId = ensureOpenCall();
        Applicant a = recommended("Candidate one", "en");
        Applicant b = recommended("Candidate two", "en");
        UUID listId = UUID.fromString(draftList(callId, "Candidates", a));
        List<UUID> ids = lists.candidates(listId).stream().map(Application::id).toList();
        assertTrue(ids.contains(UUID.fromString(b.id())), "recommended, para 9, same call, on no list");
        assertFalse(ids.contains(UUID.fromString(a.id())), "already on the list");
        assertEquals(Map.of(listId, 1L), lists.applicationCounts(List.of(listId)));
        circulate(listId.toString(), OffsetDateTime.now(ZoneOffset.UTC).plusDays(30));
        // a new transaction: the test's request-scoped session still holds the list as a draft
        assertEquals(List.of(), io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> lists.candidates(listId)),
                "only a draft list takes applications");
    }

    @Test
    void answersByStateTellObjectionNoObjectionAndNothing() {
        String callId = ensureOpenCall();
        Applicant a = recommended("Answered", "en");
        String listId = draftList(callId, "Answers", a);
        circulate(listId, OffsetDateTime.now(ZoneOffset.UTC).plusDays(30));
        state("ms-fr").body(Map.of("applicationId", a.id(), "basis", "A basis"))
                .post("/api/v1/member-state/lists/" + listId + "/objections").then().statusCode(201);
        state("ms-de").post("/api/v1/member-state/lists/" + listId + "/no-objection").then().statusCode(200);
        SortedMap<String, NonObjectionListService.Answer> answers = lists.answersByState(UUID.fromString(listId));
        assertEquals(NonObjectionListService.Answer.OBJECTION, answers.get("FR"));
        assertEquals(NonObjectionListService.Answer.NO_OBJECTION, answers.get("DE"));
        assertEquals(NonObjectionListService.Answer.NONE, answers.get("BR"));
    }
}
