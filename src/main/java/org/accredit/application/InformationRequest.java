package org.accredit.application;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.accredit.common.IllegalTransitionException;
import org.accredit.common.RuleViolationException;

/**
 * One question of the secretariat to an applicant and its answer: the thread of an application's
 * information requests keeps every one (a second request never overwrites the first answer).
 * Created by {@link Application#requestInformation}, answered by {@link Application#answerInformationRequest}.
 */
@Entity
@Table(name = "information_request")
public class InformationRequest extends PanacheEntityBase {

    @Id
    private UUID id;
    @Column(name = "application_id")
    private UUID applicationId;
    @Column(name = "asked_at")
    private Instant askedAt;
    @Column(name = "asked_by")
    private String askedBy;
    private String question;
    @Column(name = "answered_at")
    private Instant answeredAt;
    private String answer;

    protected InformationRequest() {
    }

    /** The question a reviewer asked; the application moved to INFORMATION_REQUESTED in the same step. */
    public static InformationRequest ask(Application app, String question, String reviewer, Instant now) {
        if (app.status() != ApplicationStatus.INFORMATION_REQUESTED) {
            throw new IllegalTransitionException(app.status(), "record an information request");
        }
        InformationRequest r = new InformationRequest();
        r.id = UUID.randomUUID();
        r.applicationId = app.id();
        r.askedAt = now;
        r.askedBy = Objects.requireNonNull(reviewer);
        r.question = Objects.requireNonNull(question);
        return r;
    }

    /** The applicant's answer; a question is answered once. */
    public void answer(String text, Instant now) {
        if (isAnswered()) {
            throw RuleViolationException.conflict("This information request is answered already.");
        }
        this.answer = Objects.requireNonNull(text);
        this.answeredAt = now;
    }

    /** The thread of an application, oldest first. */
    public static List<InformationRequest> thread(UUID applicationId) {
        return list("applicationId = ?1 order by askedAt, id", applicationId);
    }

    /** The unanswered request of an application, if any. */
    public static Optional<InformationRequest> open(UUID applicationId) {
        return find("applicationId = ?1 and answeredAt is null order by askedAt desc", applicationId).firstResultOptional();
    }

    public boolean isAnswered() { return answeredAt != null; }
    public UUID id() { return id; }
    public UUID applicationId() { return applicationId; }
    public Instant askedAt() { return askedAt; }
    public String askedBy() { return askedBy; }
    public String question() { return question; }
    public Instant answeredAt() { return answeredAt; }
    public String answer() { return answer; }
}
