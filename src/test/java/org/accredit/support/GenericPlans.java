package org.accredit.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The plan PostgreSQL gives a statement Hibernate sent ({@link RecordedSql}) as a generic prepared statement, the way
 * the JDBC driver reuses it: for tests that a page after a cursor is one range of its index, whatever the data.
 */
public final class GenericPlans {

    private static final ObjectMapper JSON = new ObjectMapper();

    private GenericPlans() {
    }

    /**
     * The generic plan of {@code sql} (its ? as $1, $2, ...), every node flattened, with {@code settings}
     * and sequential scans off. Own connection, never the pool's: the prepared statement lives in the session.
     */
    public static List<JsonNode> plan(String sql, String... settings) throws SQLException, java.io.IOException {
        StringBuilder numbered = new StringBuilder();
        int n = 0;
        for (char ch : sql.toCharArray()) {
            if (ch == '?') {
                numbered.append('$').append(++n);
            } else {
                numbered.append(ch);
            }
        }
        Config config = ConfigProvider.getConfig();
        try (Connection c = DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getOptionalValue("quarkus.datasource.password", String.class).orElse(""));
                Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("set local enable_seqscan = off");
            s.execute("set local plan_cache_mode = force_generic_plan");
            for (String setting : settings) {
                s.execute(setting);
            }
            s.execute("prepare queue_page as " + numbered);
            String nulls = String.join(", ", Collections.nCopies(n, "null"));
            try (ResultSet rs = s.executeQuery("explain (format json) execute queue_page" + (n == 0 ? "" : "(" + nulls + ")"))) {
                rs.next();
                List<JsonNode> nodes = new ArrayList<>();
                flatten(JSON.readTree(rs.getString(1)).get(0).get("Plan"), nodes);
                c.rollback();
                return nodes;
            }
        }
    }

    /** The node's Index Cond without the casts of varchar columns to text: "(name)::text" reads "name". */
    public static String condition(JsonNode node) {
        return node.path("Index Cond").asText().replaceAll("\\((\\w+)\\)::text", "$1");
    }

    private static void flatten(JsonNode node, List<JsonNode> into) {
        into.add(node);
        for (JsonNode child : node.path("Plans")) {
            flatten(child, into);
        }
    }
}
