package org.accredit.session;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** An item on a session's agenda; organizations ask to speak on one. */
@Entity
@Table(name = "session_agenda_item")
public class AgendaItem extends PanacheEntityBase {

    @Id
    private UUID id;
    @Column(name = "session_id")
    private UUID sessionId;
    private int number;
    private String title;

    protected AgendaItem() {
    }

    public AgendaItem(UUID sessionId, int number, String title) {
        this.id = UUID.randomUUID();
        this.sessionId = sessionId;
        this.number = number;
        this.title = title;
    }

    /** Renumbers and retitles the item (the number stays unique in its session: the database says so). */
    public void change(int number, String title) {
        if (number < 1) {
            throw org.accredit.common.RuleViolationException.unprocessable("An agenda item's number is 1 or more.");
        }
        this.number = number;
        this.title = java.util.Objects.requireNonNull(title);
    }

    public UUID id() { return id; }
    public UUID sessionId() { return sessionId; }
    public int number() { return number; }
    public String title() { return title; }
}
