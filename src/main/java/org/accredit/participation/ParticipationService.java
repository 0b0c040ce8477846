package org.accredit.participation;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.accredit.application.AccreditedOrganization;
import org.accredit.application.Applications;
import org.accredit.application.ParticipationPath;
import org.accredit.application.PathCountryCount;
import org.accredit.common.InBatches;
import org.accredit.common.SafeCells;
import org.accredit.organization.RegionalGroup;
import org.accredit.registration.AttendanceMode;
import org.accredit.registration.Gender;
import org.accredit.registration.ModeGenderCount;
import org.accredit.registration.RegistrationRow;
import org.accredit.registration.Registrations;
import org.accredit.registration.RepresentativeStatus;
import org.accredit.session.Session;
import org.accredit.session.Sessions;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Participation figures of a session (see {@link ParticipationFigures} for what counts) and the staff
 * exports of its registrations. Reads only, through the doors of sessions, registrations and
 * applications: the counts are GROUP BY queries in the database; the exports read the rows in keyset
 * batches and write each batch as it is read (CSV straight to the response; XLSX with POI's streaming
 * workbook, which keeps {@value #XLSX_ROWS_IN_MEMORY} rows in memory and the rest in a compressed
 * temporary file, sent when the last row is in).
 */
@ApplicationScoped
public class ParticipationService {

    /** Rows of the XLSX export that POI keeps in memory (older ones are flushed to its temporary file). */
    static final int XLSX_ROWS_IN_MEMORY = 100;

    /** Registrations an export reads at a time, with their organizations, in one short transaction. */
    static final int EXPORT_BATCH = 1000;

    /** Representatives that hold a seat but are not decided yet. */
    static final Set<RepresentativeStatus> AWAITING = EnumSet.of(RepresentativeStatus.REQUESTED,
            RepresentativeStatus.LATE_REQUEST);

    private final Sessions sessions;
    private final Registrations registrations;
    private final Applications applications;
    private final Clock clock;

    public ParticipationService(Sessions sessions, Registrations registrations, Applications applications, Clock clock) {
        this.sessions = sessions;
        this.registrations = registrations;
        this.applications = applications;
        this.clock = clock;
    }

    /** The session's figures (404 for an unknown session). */
    @Transactional
    public ParticipationFigures figures(UUID sessionId) {
        Session session = sessions.get(sessionId);
        List<UUID> registered = registrations.organizationsWith(sessionId, EnumSet.of(RepresentativeStatus.CONFIRMED));

        Map<ParticipationPath, Long> byPath = zeros(ParticipationPath.values(), ParticipationPath.class);
        Map<RegionalGroup, Long> byGroup = zeros(RegionalGroup.values(), RegionalGroup.class);
        long organizations = 0;
        for (PathCountryCount c : applications.countByPathAndCountry(registered)) {
            byPath.merge(c.path(), c.count(), Long::sum);
            byGroup.merge(RegionalGroup.of(c.country()), c.count(), Long::sum);
            organizations += c.count();
        }

        Map<AttendanceMode, Long> byMode = zeros(AttendanceMode.values(), AttendanceMode.class);
        Map<String, Long> byGender = new LinkedHashMap<>();
        Arrays.stream(Gender.values()).forEach(g -> byGender.put(g.name(), 0L));
        byGender.put(ParticipationFigures.GENDER_NOT_GIVEN, 0L);
        long representatives = 0;
        for (ModeGenderCount c : registrations.countByModeAndGender(sessionId, RepresentativeStatus.CONFIRMED)) {
            byMode.merge(c.mode(), c.count(), Long::sum);
            byGender.merge(c.gender() == null ? ParticipationFigures.GENDER_NOT_GIVEN : c.gender().name(), c.count(), Long::sum);
            representatives += c.count();
        }
        return new ParticipationFigures(session.id(), session.code(), organizations, byPath, byGroup, representatives,
                byMode, byGender, registrations.count(sessionId, AWAITING));
    }

    /**
     * The name of an export file of the session: its code and today's date in its time zone, e.g.
     * {@code AHC-1-registrations-2026-11-30.csv} (404 for an unknown session).
     */
    @Transactional
    public String exportFileName(UUID sessionId, String extension) {
        Session session = sessions.get(sessionId);
        String code = session.code().replaceAll("[^A-Za-z0-9-]", "_");
        return code + "-registrations-" + LocalDate.ofInstant(clock.instant(), session.timeZone()) + "." + extension;
    }

    /**
     * Writes the session's registrations as UTF-8 CSV (RFC 4180) to {@code out}, each batch as it is read.
     * A failed write (the client hung up) is thrown as the IOException it is, which the REST layer treats
     * as a lost connection rather than an error of the service.
     */
    public void writeCsv(UUID sessionId, OutputStream out) throws IOException {
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            SafeCells.CsvRows csv = SafeCells.csv(writer);
            csv.row(RegistrationExport.HEADER);
            eachRow(sessionId, csv::row);
            csv.flush();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Writes the session's registrations as an XLSX workbook (one sheet, every cell a string) to {@code out}. */
    public void writeXlsx(UUID sessionId, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(XLSX_ROWS_IN_MEMORY)) {
            workbook.setCompressTempFiles(true);
            SXSSFSheet sheet = workbook.createSheet("Registrations");
            int[] next = {0};
            Consumer<List<String>> row = cells -> {
                Row r = sheet.createRow(next[0]++);
                for (int i = 0; i < cells.size(); i++) {
                    // a string cell, never a formula; the same prefix as the CSV for the same text
                    r.createCell(i, CellType.STRING).setCellValue(SafeCells.text(cells.get(i)));
                }
            };
            row.accept(RegistrationExport.HEADER);
            try {
                eachRow(sessionId, row);
                workbook.write(out);
            } finally {
                workbook.dispose(); // its temporary file
            }
        }
    }

    /**
     * Hands each registration's cells to {@code sink}, in registration order, {@value #EXPORT_BATCH} at a
     * time: each batch and its organizations are read in one short transaction, then written with no
     * transaction or connection held (see common.InBatches), so memory and the pool do not depend on the
     * session's size nor on how fast the client reads.
     */
    private void eachRow(UUID sessionId, Consumer<List<String>> sink) {
        ZoneId zone = QuarkusTransaction.requiringNew().call(() -> sessions.get(sessionId).timeZone());
        InBatches.of(EXPORT_BATCH, (Line after) -> QuarkusTransaction.requiringNew().call(() -> {
            List<RegistrationRow> batch = registrations.registrationsAfter(sessionId, after == null ? null : after.row(),
                    EXPORT_BATCH);
            Map<UUID, AccreditedOrganization> orgs = applications.organizations(
                    batch.stream().map(RegistrationRow::applicationId).distinct().toList());
            return batch.stream().map(r -> new Line(r, orgs.get(r.applicationId()))).toList();
        })).forEach(line -> sink.accept(RegistrationExport.cells(line.org(), line.row(), zone)));
    }

    /** A registration with its organization (null if its application is gone). */
    private record Line(RegistrationRow row, AccreditedOrganization org) {
    }

    private static <E extends Enum<E>> Map<E, Long> zeros(E[] values, Class<E> type) {
        Map<E, Long> m = new EnumMap<>(type);
        for (E e : values) {
            m.put(e, 0L);
        }
        return m;
    }
}
