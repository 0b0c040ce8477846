package org.accredit.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.accredit.common.InvalidFieldsException;
import org.accredit.common.Problem;
import org.accredit.common.RuleViolationException;
import org.accredit.common.paging.Keyset;
import org.accredit.common.paging.Page;
import org.accredit.common.paging.PageRequest;
import org.accredit.common.paging.Paging;

/**
 * The calendar: the public reads it, an admin schedules, reschedules and requotas sessions and
 * keeps their agendas. A change of a session's own dates fires {@link SessionRescheduled} in the
 * same transaction (registrations stay; their feature tells everyone registered).
 */
@ApplicationScoped
@Transactional
public class SessionService {

    /** The calendar's order: opening, then id (index session_opens_idx). */
    static final Keyset<Session> CALENDAR_ORDER = Keyset.<Session>of("sessions")
            .by("opensAt", Instant.class, Session::opensAt).by("id", UUID.class, Session::id).ascending();

    /** Region zones (Area/City) and UTC: no fixed offsets, no legacy aliases such as "EST" or "SystemV/...". */
    private static final Pattern REGION_ZONE = Pattern.compile(
            "(Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific)/[A-Za-z_]+(/[A-Za-z_]+)?");
    private static final Set<String> ZONES = ZoneId.getAvailableZoneIds();

    static final String CODE_UNIQUE = "session_code_key";
    static final String AGENDA_NUMBER_UNIQUE = "session_agenda_item_session_id_number_key";
    private static final String FOREIGN_KEY_VIOLATION = "23503";
    private static final String UNIQUE_VIOLATION = "23505";

    private final EntityManager em;
    private final Sessions sessions;
    private final Paging paging;
    private final Clock clock;
    private final Event<SessionRescheduled> rescheduled;

    public SessionService(EntityManager em, Sessions sessions, Paging paging, Clock clock, Event<SessionRescheduled> rescheduled) {
        this.em = em;
        this.sessions = sessions;
        this.paging = paging;
        this.clock = clock;
        this.rescheduled = rescheduled;
    }

    // ---- the public calendar ---------------------------------------------------------------

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Session> list(SessionFilter filter, PageRequest page) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (filter.kind() != null) {
            where.add("kind = :kind");
            params.put("kind", filter.kind());
        }
        if (filter.venue() != null) {
            where.add("venue = :venue");
            params.put("venue", filter.venue());
        }
        if (filter.year() != null) {
            where.add("opensAt >= :from and opensAt < :until");
            params.put("from", OffsetDateTime.of(filter.year(), 1, 1, 0, 0, 0, 0, ZoneOffset.UTC).toInstant());
            params.put("until", OffsetDateTime.of(filter.year() + 1, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC).toInstant());
        }
        return paging.page(Session.class, CALENDAR_ORDER, String.join(" and ", where), params, page);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Session get(UUID id) {
        return sessions.get(id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AgendaItem> agenda(UUID sessionId) {
        return sessions.agenda(sessionId);
    }

    // ---- the admin's steps -----------------------------------------------------------------

    public Session create(@NotNull @Valid SessionRequests.Create request) {
        ZoneId zone = zone(request.venue(), request.timeZone());
        Schedule schedule = new Schedule(zone, instant(request.opensAt()), instant(request.closesAt()),
                instant(request.registrationOpensAt()), instant(request.registrationClosesAt()),
                instant(request.para9ClosesAt()));
        Session session = Session.schedule(request.code(), request.title().strip(), request.kind(), request.venue(),
                schedule, request.inPersonSeats(), request.onlineSeats(), clock.instant());
        if (Session.count("code", request.code()) > 0) {
            throw codeTaken(request.code());
        }
        try {
            session.persist();
            em.flush();
        } catch (PersistenceException e) {
            throw violated(e, UNIQUE_VIOLATION) ? codeTaken(request.code()) : e;
        }
        return session;
    }

    /**
     * Reschedules and requotas a session, locked for update (registrations being decided hold it
     * share-locked). Registrations stay; when its dates move, {@link SessionRescheduled} is fired.
     */
    public Session update(UUID id, @NotNull @Valid SessionRequests.Change request) {
        ZoneId zone = zone(request.venue(), request.timeZone());
        Schedule schedule = new Schedule(zone, instant(request.opensAt()), instant(request.closesAt()),
                instant(request.registrationOpensAt()), instant(request.registrationClosesAt()),
                instant(request.para9ClosesAt()));
        Session session = sessions.lock(id);
        if (request.version() != null && request.version() != session.version()) {
            throw new RuleViolationException(409, "Conflict", "The session was changed since version " + request.version()
                    + " (it is now at version " + session.version() + "); read it again and retry.");
        }
        Instant now = clock.instant();
        var moved = session.reschedule(request.title().strip(), request.kind(), request.venue(), schedule, now);
        session.changeQuotas(request.inPersonSeats(), request.onlineSeats(), now);
        em.flush();
        moved.ifPresent(rescheduled::fire);
        return session;
    }

    public AgendaItem addAgendaItem(UUID sessionId, @NotNull @Valid SessionRequests.AgendaItem request) {
        Session session = sessions.lock(sessionId);
        refuseTakenNumber(sessionId, request.number(), null);
        AgendaItem item = new AgendaItem(session.id(), request.number(), request.title().strip());
        try {
            item.persist();
            em.flush();
        } catch (PersistenceException e) {
            throw violated(e, UNIQUE_VIOLATION) ? numberTaken(request.number()) : e;
        }
        return item;
    }

    public AgendaItem updateAgendaItem(UUID sessionId, UUID itemId, @NotNull @Valid SessionRequests.AgendaItem request) {
        sessions.lock(sessionId);
        AgendaItem item = sessions.agendaItem(sessionId, itemId);
        refuseTakenNumber(sessionId, request.number(), itemId);
        item.change(request.number(), request.title().strip());
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw violated(e, UNIQUE_VIOLATION) ? numberTaken(request.number()) : e;
        }
        return item;
    }

    /**
     * Deletes an agenda item nothing refers to (a speaker's request, say); otherwise 409. The delete is a
     * plain statement: a reference the database refuses it for is an expected outcome, answered as a
     * rule, never logged as an SQL error.
     */
    public void deleteAgendaItem(UUID sessionId, UUID itemId) {
        sessions.lock(sessionId);
        AgendaItem item = sessions.agendaItem(sessionId, itemId);
        boolean referred = em.unwrap(org.hibernate.Session.class).doReturningWork(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("delete from session_agenda_item where id = ?")) {
                delete.setObject(1, itemId);
                delete.executeUpdate();
                return false;
            } catch (SQLException e) {
                if (FOREIGN_KEY_VIOLATION.equals(e.getSQLState())) {
                    return true;
                }
                throw e;
            }
        });
        if (referred) {
            throw RuleViolationException.conflict("Agenda item " + item.number()
                    + " is referred to (for example by a request to speak); it cannot be deleted.");
        }
        em.detach(item);
    }

    // ---- helpers ---------------------------------------------------------------------------

    /**
     * The session's zone: a New York session is shown in New York time, a Vienna one in Vienna time;
     * an online session in any region zone (Area/City) or UTC. Anything else is a bad field (400).
     */
    static ZoneId zone(Venue venue, String timeZone) {
        String expected = switch (venue) {
            case NEW_YORK -> SessionRequests.NEW_YORK_ZONE;
            case VIENNA -> SessionRequests.VIENNA_ZONE;
            case ONLINE -> null;
        };
        if (expected != null && !expected.equals(timeZone)) {
            throw badZone("must be " + expected + " for a session in " + venue);
        }
        if (!"UTC".equals(timeZone) && !(REGION_ZONE.matcher(timeZone).matches() && ZONES.contains(timeZone))) {
            throw badZone("must be an IANA region zone such as Europe/Vienna, or UTC");
        }
        return ZoneId.of(timeZone);
    }

    private static InvalidFieldsException badZone(String message) {
        return new InvalidFieldsException("The time zone is not valid.", List.of(new Problem.FieldError("timeZone", message)));
    }

    private static Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }

    private void refuseTakenNumber(UUID sessionId, int number, UUID self) {
        long taken = AgendaItem.count("sessionId = ?1 and number = ?2 and (?3 is null or id <> ?3)", sessionId, number, self);
        if (taken > 0) {
            throw numberTaken(number);
        }
    }

    private static RuleViolationException codeTaken(String code) {
        return new RuleViolationException(409, "Duplicate session code", "A session with the code " + code + " already exists.");
    }

    private static RuleViolationException numberTaken(int number) {
        return new RuleViolationException(409, "Duplicate agenda item", "The session already has an agenda item " + number + ".");
    }

    /** Whether the database refused the write with the given SQL state (23505 unique, 23503 foreign key). */
    private static boolean violated(Throwable e, String sqlState) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sqlState.equals(sql.getSQLState())) {
                return true;
            }
            if (t instanceof org.hibernate.JDBCException jdbc && sqlState.equals(jdbc.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
