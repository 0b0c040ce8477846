package org.accredit.publiclist.rest;

import java.util.List;

/** RFC 4180 CSV of the public list; cells that a spreadsheet would run as a formula are prefixed with '. */
final class Csv {

    static final String HEADER = "name,type,country,path,callId,decisionReference,decisionDate";

    private Csv() {
    }

    static String of(List<PublicOrganization> rows) {
        StringBuilder sb = new StringBuilder(HEADER).append("\r\n");
        for (PublicOrganization o : rows) {
            sb.append(cell(o.name())).append(',')
                    .append(cell(o.type().name())).append(',')
                    .append(cell(o.country())).append(',')
                    .append(cell(o.path().name())).append(',')
                    .append(cell(o.callId() == null ? "" : o.callId().toString())).append(',')
                    .append(cell(o.decisionReference())).append(',')
                    .append(cell(o.decisionDate() == null ? "" : o.decisionDate().toString())).append("\r\n");
        }
        return sb.toString();
    }

    static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
