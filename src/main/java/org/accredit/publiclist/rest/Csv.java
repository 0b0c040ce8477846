package org.accredit.publiclist.rest;

import java.util.List;
import org.accredit.common.SafeCells;

/** RFC 4180 CSV of the public list (Commons CSV); cells that a spreadsheet would run as a formula are prefixed with '. */
final class Csv {

    static final List<String> HEADER = List.of("name", "type", "country", "path", "callId", "decisionReference",
            "decisionDate");

    private Csv() {
    }

    static String of(List<PublicOrganization> rows) {
        return SafeCells.csv(HEADER, rows.stream().map(o -> List.of(
                nonNull(o.name()),
                o.type().name(),
                nonNull(o.country()),
                o.path().name(),
                o.callId() == null ? "" : o.callId().toString(),
                nonNull(o.decisionReference()),
                o.decisionDate() == null ? "" : o.decisionDate().toString())).toList());
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
