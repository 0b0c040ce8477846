package org.accredit.statement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.accredit.application.AccreditedOrganization;
import org.accredit.application.Applications;
import org.accredit.common.InvalidFieldsException;
import org.accredit.common.NotFoundException;
import org.accredit.common.Problem;
import org.accredit.common.RuleViolationException;
import org.accredit.common.paging.Keyset;
import org.accredit.common.paging.Page;
import org.accredit.common.paging.PageRequest;
import org.accredit.common.paging.Paging;
import org.accredit.document.PdfDocuments;
import org.accredit.document.WordCount;
import org.accredit.notification.EmailKind;
import org.accredit.notification.Notifications;
import org.accredit.organization.Language;
import org.accredit.session.Session;
import org.accredit.session.Sessions;

/**
 * Written submissions. An organization authenticates with the tracking secret of its approved
 * application; its secret is checked before its request (an unknown secret is 404, a secret of an
 * application that is not approved 403, whatever the body), so no PDF is parsed for a caller without
 * one. The text is counted, or the PDF parsed, before the application row is locked; the lock then
 * makes the count of the organization's statements for the session (max-per-session) one request at
 * a time. Statements are accepted until the session closes (less
 * accredit.statements.closes-before-session-end).
 */
@ApplicationScoped
@Transactional
public class StatementService {

    /** Staff: a session's statements in the order they came (index written_statement_session_idx). */
    static final Keyset<Statement> AS_SUBMITTED = Keyset.<Statement>of("session-statements")
            .by("submittedAt", Instant.class, Statement::submittedAt).by("id", UUID.class, Statement::id).ascending();
    /** An organization's own statements, the latest first (index written_statement_org_idx). */
    static final Keyset<Statement> OWN_LATEST_FIRST = Keyset.<Statement>of("own-statements")
            .by("submittedAt", Instant.class, Statement::submittedAt).by("id", UUID.class, Statement::id).descending();
    /** The public page: the latest published first (index written_statement_published_idx). */
    static final Keyset<Statement> PUBLISHED_LATEST_FIRST = Keyset.<Statement>of("published-statements")
            .by("decidedAt", Instant.class, Statement::decidedAt).by("id", UUID.class, Statement::id).descending();

    private final EntityManager em;
    private final Clock clock;
    private final Paging paging;
    private final Applications applications;
    private final Sessions sessions;
    private final StatementConfig config;
    private final Validator validator;
    private final Notifications notifications;

    public StatementService(EntityManager em, Clock clock, Paging paging, Applications applications, Sessions sessions,
            StatementConfig config, Validator validator, Notifications notifications) {
        this.em = em;
        this.clock = clock;
        this.paging = paging;
        this.applications = applications;
        this.sessions = sessions;
        this.config = config;
        this.validator = validator;
        this.notifications = notifications;
    }

    // ---- the organization --------------------------------------------------------------------

    /** A statement sent as text. */
    public Statement submitText(String secret, UUID sessionId, StatementRequest request) {
        applications.accreditedBy(secret);
        validate(request);
        String text = request.text();
        checkCharacters("text", text);
        int words = WordCount.of(text, request.language().locale());
        if (words > config.maxWords()) {
            throw new WordLimitExceededException("text", words, config.maxWords());
        }
        AccreditedOrganization org = applications.lockAccreditedBy(secret);
        Session session = acceptingSession(sessionId, org);
        Statement s = Statement.ofText(session.id(), org.applicationId(), request.language(), request.title().strip(),
                text, words, clock.instant());
        s.persist();
        return s;
    }

    /** A statement sent as a PDF: checked by parsing it, its words counted from its extracted text. */
    public Statement submitDocument(String secret, UUID sessionId, DocumentRequest request, byte[] pdf) {
        applications.accreditedBy(secret);
        validate(request);
        PdfDocuments.PdfText read = PdfDocuments.checkWithText(pdf, config.maxDocumentBytes(), config.maxDocumentPages());
        PdfDocuments.PdfFile file = read.file();
        String text = ExtractedText.clean(read.text());
        if (text.isBlank()) {
            throw new RuleViolationException(422, "No text", "The PDF holds no text that can be read (a scan?); send "
                    + "a PDF with its text, or the text itself.");
        }
        checkCharacters("document", text);
        Language language = request.lang();
        int words = WordCount.of(text, language.locale());
        if (words > config.maxWords()) {
            throw new WordLimitExceededException("document", words, config.maxWords());
        }
        AccreditedOrganization org = applications.lockAccreditedBy(secret);
        Session session = acceptingSession(sessionId, org);
        Statement s = Statement.ofDocument(session.id(), org.applicationId(), language, request.title().strip(), text,
                words, file.bytes(), file.sha256(), file.pages(), clock.instant());
        s.persist();
        return s;
    }

    /** The organization withdraws its statement before the secretariat decided. */
    public Statement withdraw(String secret, UUID id) {
        AccreditedOrganization org = applications.accreditedBy(secret);
        Statement s = lock(id);
        requireOwn(s, org);
        s.withdraw(clock.instant());
        return s;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Statement> own(String secret, UUID sessionId, PageRequest page) {
        AccreditedOrganization org = applications.accreditedBy(secret);
        Map<String, Object> params = new HashMap<>(Map.of("org", org.applicationId()));
        String where = "applicationId = :org";
        if (sessionId != null) {
            where += " and sessionId = :session";
            params.put("session", sessionId);
        }
        return paging.page(Statement.class, OWN_LATEST_FIRST, where, params, page);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Statement ownStatement(String secret, UUID id) {
        AccreditedOrganization org = applications.accreditedBy(secret);
        Statement s = get(id);
        requireOwn(s, org);
        return s;
    }

    // ---- the secretariat ---------------------------------------------------------------------

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Statement> ofSession(UUID sessionId, StatementStatus status, PageRequest page) {
        sessions.get(sessionId);
        Map<String, Object> params = new HashMap<>(Map.of("session", sessionId));
        String where = "sessionId = :session";
        if (status != null) {
            where += " and status = :status";
            params.put("status", status);
        }
        return paging.page(Statement.class, AS_SUBMITTED, where, params, page);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Statement get(UUID id) {
        Statement s = em.find(Statement.class, id);
        if (s == null) {
            throw new NotFoundException("Written statement");
        }
        return s;
    }

    /**
     * Publishes it and tells the organization's contact (outbox, in the organization's language). Two
     * staff deciding at once: the row lock orders them, the second gets 409.
     */
    public Statement publish(UUID id, String staff) {
        Statement s = lock(id);
        s.publish(staff, clock.instant());
        tell(s, EmailKind.STATEMENT_PUBLISHED);
        return s;
    }

    /** Declines it with a reason, which the organization's contact is sent (outbox). */
    public Statement decline(UUID id, @NotNull @Valid DeclineRequest request, String staff) {
        Statement s = lock(id);
        s.decline(staff, request.reason().strip(), clock.instant());
        tell(s, EmailKind.STATEMENT_DECLINED);
        return s;
    }

    /** The email of a decision, written to the outbox in the decision's transaction. */
    private void tell(Statement s, EmailKind kind) {
        AccreditedOrganization org = applications.organization(s.applicationId());
        Session session = sessions.get(s.sessionId());
        Map<String, Object> app = new HashMap<>();
        app.put("reference", org.reference());
        app.put("organization", org.name());
        app.put("contactName", org.contactName());
        Map<String, Object> statement = new HashMap<>();
        statement.put("id", s.id().toString());
        statement.put("title", s.title());
        statement.put("session", session.code());
        statement.put("reason", s.declineReason());
        notifications.enqueue(s.applicationId(), org.contactEmail(), org.language(), kind,
                Map.of("app", app, "statement", statement));
    }

    // ---- the public --------------------------------------------------------------------------

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Statement> published(UUID sessionId, PageRequest page) {
        sessions.get(sessionId);
        return paging.page(Statement.class, PUBLISHED_LATEST_FIRST, "sessionId = :session and status = :status",
                Map.of("session", sessionId, "status", StatementStatus.PUBLISHED), page);
    }

    /** A published statement; any other is 404 to the public. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Statement publishedOne(UUID id) {
        Statement s = em.find(Statement.class, id);
        if (s == null || !s.isPublished()) {
            throw new NotFoundException("Written statement");
        }
        return s;
    }

    // ---- for the views -----------------------------------------------------------------------

    @Transactional(Transactional.TxType.SUPPORTS)
    public AccreditedOrganization organization(UUID applicationId) {
        return applications.organization(applicationId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Session session(UUID sessionId) {
        return sessions.get(sessionId);
    }

    /** The PDF of a statement that has one, or 404. */
    public static byte[] documentOf(Statement s) {
        if (!s.hasDocument()) {
            throw new NotFoundException("PDF of the statement");
        }
        return s.document();
    }

    // ---- rules -------------------------------------------------------------------------------

    private Session acceptingSession(UUID sessionId, AccreditedOrganization org) {
        Session session = sessions.getShareLocked(sessionId);
        Instant now = clock.instant();
        Instant until = session.closesAt().minus(config.closesBeforeSessionEnd());
        if (!now.isBefore(until)) {
            throw RuleViolationException.conflict("Written statements for session " + session.code()
                    + " were accepted until " + until.atZone(session.timeZone()).toOffsetDateTime() + ".");
        }
        long counted = Statement.count("sessionId = ?1 and applicationId = ?2 and status in ?3", session.id(),
                org.applicationId(), List.of(StatementStatus.SUBMITTED, StatementStatus.PUBLISHED));
        if (counted >= config.maxPerSession()) {
            throw RuleViolationException.conflict("An organization may have at most " + config.maxPerSession()
                    + " written statements submitted or published for one session; withdraw one first.");
        }
        return session;
    }

    private void checkCharacters(String field, String text) {
        if (text.length() > config.maxTextCharacters()) {
            throw new InvalidFieldsException("The statement is too long.", List.of(new Problem.FieldError(field,
                    "has " + text.length() + " characters; at most " + config.maxTextCharacters() + " are accepted")));
        }
    }

    private Statement lock(UUID id) {
        Statement s = em.find(Statement.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (s == null) {
            throw new NotFoundException("Written statement");
        }
        return s;
    }

    /** Another organization's statement is 404, as if it did not exist. */
    private static void requireOwn(Statement s, AccreditedOrganization org) {
        if (!s.applicationId().equals(org.applicationId())) {
            throw new NotFoundException("Written statement");
        }
    }

    /** Bean Validation after the secret was checked, so a caller without one learns nothing from the body. */
    private <T> void validate(T request) {
        if (request == null) {
            throw new InvalidFieldsException("The request has no body.", List.of(new Problem.FieldError("body", "must not be null")));
        }
        Set<ConstraintViolation<T>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
    }
}
