package org.accredit.console.rest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.accredit.common.InvalidFieldsException;
import org.accredit.common.NotFoundException;
import org.accredit.common.Problem;
import org.accredit.console.SessionsMessages;

/**
 * What the console's session pages show: rows for the templates, the wording of enum values in the
 * page's language, the parsing of path and query parameters (an id that is no UUID is a 404 page, an
 * unknown status a 400 page) and the bar charts of the figures page.
 */
public final class SessionsViews {

    /** Deadlines are shown in New York time, the secretariat's. */
    public static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    /** Longest reason the console sends (the services allow 2000). */
    public static final int REASON_MAX = 2000;

    private SessionsViews() {
    }

    /** A tab of a session's pages. */
    public record Tab(String href, String label, boolean current) {
    }

    /** One bar of a chart and its row of the table beside it. */
    public record Bar(String key, String label, long count, int labelY, int barY, int width, int countX, int countY) {
    }

    /** A horizontal bar chart (server-rendered SVG) and the table that is its accessible source. */
    public record Chart(String id, String title, List<Bar> bars, long total, int height) {
    }

    /** Chart geometry: the longest bar, the width of the drawing, the height of one bar and of one row (label, bar, gap). */
    public static final int MAX_BAR = 400;
    public static final int WIDTH = 460;
    static final int BAR_HEIGHT = 22;
    static final int ROW = 52;

    /** A chart of {@code counts} (in their order); bar lengths proportional to the counts (the largest is {@link #MAX_BAR}). */
    public static Chart chart(String id, String title, Map<String, Long> counts, java.util.function.Function<String, String> label) {
        long max = counts.values().stream().mapToLong(Long::longValue).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        int y = 0;
        long total = 0;
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            long n = e.getValue();
            total += n;
            int width = max == 0 ? 0 : (int) Math.round((double) n * MAX_BAR / max);
            bars.add(new Bar(e.getKey(), label.apply(e.getKey()), n, y + 15, y + 20, width, width + 6, y + 20 + 16));
            y += ROW;
        }
        return new Chart(id, title, bars, total, Math.max(y - 8, BAR_HEIGHT));
    }

    /** The tabs of the session {@code id}, {@code current} one of overview, registrations, statements, speakers, figures. */
    public static List<Tab> tabs(UUID id, String current, SessionsMessages m) {
        String base = "/console/sessions/" + id;
        return List.of(new Tab(base, m.tabOverview(), current.equals("overview")),
                new Tab(base + "/registrations", m.tabRegistrations(), current.equals("registrations")),
                new Tab(base + "/statements", m.tabStatements(), current.equals("statements")),
                new Tab(base + "/speakers", m.tabSpeakers(), current.equals("speakers")),
                new Tab(base + "/figures", m.tabFigures(), current.equals("figures")));
    }

    /** A path parameter as a UUID; anything else names nothing (404 page). */
    public static UUID id(String value, String what) {
        try {
            if (value != null && value.length() == 36) {
                return UUID.fromString(value);
            }
        } catch (IllegalArgumentException e) {
            // not a UUID: nothing has this id
        }
        throw new NotFoundException(what);
    }

    /** A status filter of a list: absent or empty is none; an unknown value is a 400 page. */
    public static <E extends Enum<E>> E status(Class<E> type, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(value)) {
                return e;
            }
        }
        throw new InvalidFieldsException("The status filter is not one of the statuses.",
                List.of(new Problem.FieldError("status", "Unknown status")));
    }

    /** A cursor query parameter: limited in length like the API's (the paging checks the rest). */
    public static String cursor(String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (value.length() > org.accredit.common.paging.Cursors.MAX_LENGTH) {
            throw new InvalidFieldsException("The cursor is not valid.", List.of(new Problem.FieldError("cursor", "Too long")));
        }
        return value;
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The link to the next page of a list, keeping its filter. */
    public static String next(String path, String nextCursor, String status) {
        if (nextCursor == null) {
            return null;
        }
        return path + "?cursor=" + encode(nextCursor) + (status == null ? "" : "&status=" + encode(status));
    }

    /** The link to the first page, shown from the second page on. */
    public static String first(String path, String cursor, String status) {
        if (cursor == null) {
            return null;
        }
        return path + (status == null ? "" : "?status=" + encode(status));
    }

    /** The text of a notice after a successful post (post/redirect/get), or null for an unknown key. */
    public static String notice(String key, SessionsMessages m) {
        if (key == null) {
            return null;
        }
        return switch (key) {
            case "confirmed" -> m.noticeConfirmed();
            case "refused" -> m.noticeRefused();
            case "published" -> m.noticePublished();
            case "declined" -> m.noticeDeclined();
            case "reordered" -> m.noticeReordered();
            case "list-published" -> m.noticeListPublished();
            default -> null;
        };
    }

    public static String representativeStatus(String status, SessionsMessages m) {
        return switch (status) {
            case "REQUESTED" -> m.statusREQUESTED();
            case "LATE_REQUEST" -> m.statusLATE_REQUEST();
            case "CONFIRMED" -> m.statusCONFIRMED();
            case "REFUSED" -> m.statusREFUSED();
            case "WITHDRAWN" -> m.statusWITHDRAWN();
            case "REPLACED" -> m.statusREPLACED();
            default -> status;
        };
    }

    public static String statementStatus(String status, SessionsMessages m) {
        return switch (status) {
            case "SUBMITTED" -> m.statementSUBMITTED();
            case "PUBLISHED" -> m.statementPUBLISHED();
            case "DECLINED" -> m.statementDECLINED();
            case "WITHDRAWN" -> m.statementWITHDRAWN();
            default -> status;
        };
    }

    public static String mode(String mode, SessionsMessages m) {
        return switch (mode) {
            case "IN_PERSON" -> m.modeIN_PERSON();
            case "ONLINE" -> m.modeONLINE();
            default -> mode;
        };
    }

    public static String group(String group, SessionsMessages m) {
        return switch (group) {
            case "AFRICAN" -> m.groupAFRICAN();
            case "ASIA_PACIFIC" -> m.groupASIA_PACIFIC();
            case "EASTERN_EUROPEAN" -> m.groupEASTERN_EUROPEAN();
            case "LATIN_AMERICAN_AND_CARIBBEAN" -> m.groupLATIN_AMERICAN_AND_CARIBBEAN();
            case "WESTERN_EUROPEAN_AND_OTHERS" -> m.groupWESTERN_EUROPEAN_AND_OTHERS();
            case "OTHER" -> m.groupOTHER();
            default -> group;
        };
    }

    public static String path(String path, SessionsMessages m) {
        return switch (path) {
            case "PARA_7" -> m.pathPARA_7();
            case "PARA_8" -> m.pathPARA_8();
            case "PARA_9" -> m.pathPARA_9();
            default -> path;
        };
    }

    public static String gender(String gender, SessionsMessages m) {
        return switch (gender) {
            case "FEMALE" -> m.genderFEMALE();
            case "MALE" -> m.genderMALE();
            case "OTHER" -> m.genderOTHER();
            case "UNDISCLOSED" -> m.genderUNDISCLOSED();
            case "NOT_GIVEN" -> m.genderNOT_GIVEN();
            default -> gender;
        };
    }

    /** The status options of a filter, with "all" first. */
    public record Option(String value, String label, boolean selected) {
    }

    public static <E extends Enum<E>> List<Option> options(Class<E> type, E selected, String all,
            java.util.function.Function<String, String> label) {
        List<Option> options = new ArrayList<>();
        options.add(new Option("", all, selected == null));
        for (E e : type.getEnumConstants()) {
            options.add(new Option(e.name(), label.apply(e.name()), e == selected));
        }
        return options;
    }
}
