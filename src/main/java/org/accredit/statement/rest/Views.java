package org.accredit.statement.rest;

import jakarta.enterprise.context.RequestScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.accredit.application.AccreditedOrganization;
import org.accredit.session.Session;
import org.accredit.statement.Statement;
import org.accredit.statement.StatementService;

/** Builds the views of one request, reading each session and organization once. */
@RequestScoped
class Views {

    private final StatementService statements;
    private final Map<UUID, Session> sessions = new HashMap<>();
    private final Map<UUID, AccreditedOrganization> organizations = new HashMap<>();

    Views(StatementService statements) {
        this.statements = statements;
    }

    StatementView staff(Statement s, boolean withText) {
        return StatementView.of(s, session(s), organization(s), true, withText);
    }

    StatementView own(Statement s, boolean withText) {
        return StatementView.of(s, session(s), organization(s), false, withText);
    }

    PublicStatementView published(Statement s, boolean withText) {
        return PublicStatementView.of(s, session(s), organization(s), withText);
    }

    private Session session(Statement s) {
        return sessions.computeIfAbsent(s.sessionId(), statements::session);
    }

    private AccreditedOrganization organization(Statement s) {
        return organizations.computeIfAbsent(s.applicationId(), statements::organization);
    }
}
