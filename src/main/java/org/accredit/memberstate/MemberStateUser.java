package org.accredit.memberstate;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.accredit.common.RuleViolationException;
import org.accredit.organization.Countries;
import org.accredit.organization.Language;

/**
 * A Member State focal point (role member-state) and the State it speaks for. It is bound to the
 * identity provider's immutable subject (the token's {@code sub}); the login name is only shown.
 */
@Entity
@Table(name = "member_state_user")
public class MemberStateUser extends PanacheEntityBase {

    @Id
    private String username;
    /** The identity provider's subject of the user (dev, local, test: the demo account's login name). */
    private String subject;
    @Column(name = "state_code")
    private String stateCode;
    @Column(name = "focal_point_email")
    private String focalPointEmail;
    @Enumerated(EnumType.STRING)
    private Language language;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "created_by")
    private String createdBy;

    protected MemberStateUser() {
    }

    public MemberStateUser(String username, String stateCode, String focalPointEmail, Language language,
            String createdBy, Instant now) {
        this(username, username, stateCode, focalPointEmail, language, createdBy, now);
    }

    public MemberStateUser(String subject, String username, String stateCode, String focalPointEmail, Language language,
            String createdBy, Instant now) {
        if (!Countries.isUnMemberState(stateCode)) {
            throw RuleViolationException.unprocessable(stateCode + " is not a UN Member State.");
        }
        this.subject = subject;
        this.username = username;
        this.stateCode = stateCode;
        this.focalPointEmail = focalPointEmail;
        this.language = language;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public String username() { return username; }
    public String subject() { return subject; }
    public String stateCode() { return stateCode; }
    public String focalPointEmail() { return focalPointEmail; }
    public Language language() { return language; }
    public Instant createdAt() { return createdAt; }
    public String createdBy() { return createdBy; }
}
