package org.accredit.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.accredit.common.paging.Cursors;
import org.accredit.common.paging.PageRequest;
import org.accredit.ecosoc.EcosocRosterService;
import org.accredit.ecosoc.EntryFilter;
import org.accredit.support.GenericPlans;
import org.accredit.support.RecordedSql;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The queue's pages after a cursor are one range of the index made for their filter and order (V27),
 * whatever the number of rows: the statement Hibernate really sends is recorded, then planned by the
 * embedded PostgreSQL as a generic prepared statement (as the JDBC driver reuses it) with sequential
 * scans, bitmap scans and sorts priced out, and the plan must read the intended index with the cursor's
 * row-value comparison in its Index Cond (a range), never in a Filter (a walk over the rows before it).
 */
@QuarkusTest
class QueuePlansTest {

    private static final String BY_TIME_AFTER = "ROW(submitted_at, id) > ";
    private static final String BY_TIME_BEFORE = "ROW(submitted_at, id) < ";
    private static final String BY_NAME_AFTER = "ROW(org_name_normalized, id) > ";

    @Inject
    Applications applications;
    @Inject
    EcosocRosterService roster;

    static Stream<Arguments> queueShapes() {
        UUID call = UUID.randomUUID();
        return Stream.of(
                Arguments.of("no filter, oldest first", filter(null, null, null, null, QueueSort.OLDEST),
                        "application_queue_idx", BY_TIME_AFTER),
                Arguments.of("no filter, newest first", filter(null, null, null, null, QueueSort.NEWEST),
                        "application_queue_idx", BY_TIME_BEFORE),
                Arguments.of("status", filter(ApplicationStatus.SUBMITTED, null, null, null, QueueSort.OLDEST),
                        "application_status_idx", BY_TIME_AFTER),
                Arguments.of("status, newest first", filter(ApplicationStatus.SUBMITTED, null, null, null, QueueSort.NEWEST),
                        "application_status_idx", BY_TIME_BEFORE),
                Arguments.of("status and path", filter(ApplicationStatus.IN_REVIEW, ParticipationPath.PARA_9, null, null,
                        QueueSort.OLDEST), "application_status_path_idx", BY_TIME_AFTER),
                Arguments.of("call", filter(null, null, call, null, QueueSort.OLDEST),
                        "application_call_queue_idx", BY_TIME_AFTER),
                Arguments.of("call, newest first", filter(null, null, call, null, QueueSort.NEWEST),
                        "application_call_queue_idx", BY_TIME_BEFORE),
                Arguments.of("assignee", filter(null, null, null, "reviewer", QueueSort.OLDEST),
                        "application_assignee_idx", BY_TIME_AFTER),
                Arguments.of("no filter, by name", filter(null, null, null, null, QueueSort.NAME),
                        "application_name_idx", BY_NAME_AFTER),
                Arguments.of("status, by name", filter(ApplicationStatus.RECOMMENDED, null, null, null, QueueSort.NAME),
                        "application_status_name_idx", BY_NAME_AFTER));
    }

    private static QueueFilter filter(ApplicationStatus status, ParticipationPath path, UUID callId, String assignee,
            QueueSort sort) {
        return new QueueFilter(status, path, callId, null, null, assignee, sort);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queueShapes")
    void aPageAfterTheCursorIsARangeOfItsIndex(String shape, QueueFilter filter, String index, String cursorCondition)
            throws Exception {
        String sql = queueSql(filter, cursorFor(filter.sort()));
        // what Hibernate sends: one row-value comparison, not "a > ? or (a = ? and b > ?)"
        String compact = sql.replaceAll("\\s+", "");
        assertTrue(compact.matches("(?s).*\\(\\w+\\.(submitted_at|org_name_normalized),\\w+\\.id\\)[<>]\\(\\?,\\?\\).*"),
                "the cursor is one row-value comparison: " + sql);

        List<JsonNode> nodes = GenericPlans.plan(sql, "set local enable_bitmapscan = off", "set local enable_sort = off");
        JsonNode scan = nodes.stream().filter(n -> index.equals(n.path("Index Name").asText())).findFirst()
                .orElseThrow(() -> new AssertionError(shape + ": " + index + " is not read: " + nodes));
        assertTrue(GenericPlans.condition(scan).contains(cursorCondition),
                shape + ": the cursor is not a range of " + index + ": " + scan);
        for (JsonNode n : nodes) {
            assertFalse(n.path("Filter").asText().contains("ROW("), shape + ": the cursor is a filter: " + n);
        }
    }

    @Test
    void theRostersPagesAreARangeOfItsNaturalKey() throws Exception {
        String cursor = Cursors.encode("ecosoc-entries", List.of("m", "FR"));
        List<String> sent = RecordedSql.of(() -> roster.search(new EntryFilter(null, null, null), new PageRequest(cursor, 10)));
        String sql = only(sent, "from ecosoc_entry");
        List<JsonNode> nodes = GenericPlans.plan(sql, "set local enable_bitmapscan = off", "set local enable_sort = off");
        assertTrue(nodes.stream().anyMatch(n -> "ecosoc_entry_natural_key".equals(n.path("Index Name").asText())
                && GenericPlans.condition(n).contains("ROW(name_normalized, country) > ")), nodes.toString());
    }

    @Test
    void aWordOfTheNameIsFoundWithTheTrigramIndex() throws Exception {
        String sql = queueSql(new QueueFilter(null, null, null, "Zanzibar", null, null, QueueSort.OLDEST), null);
        // ordered scans priced out: the only other way to the rows is the trigram index
        List<JsonNode> nodes = GenericPlans.plan(sql, "set local enable_indexscan = off");
        assertTrue(nodes.stream().anyMatch(n -> "application_name_trgm_idx".equals(n.path("Index Name").asText())
                && n.path("Index Cond").asText().contains("~~")), nodes.toString());

        List<String> sent = RecordedSql.of(() -> roster.search(new EntryFilter("Zanzibar", null, null), PageRequest.first(10)));
        List<JsonNode> rosterNodes = GenericPlans.plan(only(sent, "from ecosoc_entry"), "set local enable_indexscan = off");
        assertTrue(rosterNodes.stream().anyMatch(n -> "ecosoc_entry_name_trgm_idx".equals(n.path("Index Name").asText())
                && n.path("Index Cond").asText().contains("~~")), rosterNodes.toString());
    }

    // ---- helpers -----------------------------------------------------------------------------

    private static String cursorFor(QueueSort sort) {
        UUID id = UUID.fromString("00000000-0000-4000-8000-000000000000");
        return switch (sort) {
            case OLDEST -> Cursors.encode("applications", List.of(Instant.parse("2026-01-01T00:00:00Z"), id));
            case NEWEST -> Cursors.encode("applications-newest", List.of(Instant.parse("2026-01-01T00:00:00Z"), id));
            case NAME -> Cursors.encode("applications-by-name", List.of("m", id));
        };
    }

    /** The statement the queue sends for one page. */
    private String queueSql(QueueFilter filter, String cursor) {
        List<String> sent = RecordedSql.of(() -> applications.queue(filter, new PageRequest(cursor, 10)));
        return only(sent, "from application");
    }

    private static String only(List<String> sent, String from) {
        List<String> pages = sent.stream().filter(s -> s.contains(from) && s.contains("order by")).toList();
        assertEquals(1, pages.size(), "one page statement: " + sent);
        return pages.get(0);
    }
}
