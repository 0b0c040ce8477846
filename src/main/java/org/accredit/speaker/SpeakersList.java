package org.accredit.speaker;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.accredit.common.IllegalTransitionException;

/**
 * The list of speakers of one agenda item, and the one place where its workflow
 * ({@link SpeakersListStatus}) is enforced: each step refuses with 409 when the list is published.
 */
@Entity
@Table(name = "speakers_list")
public class SpeakersList extends PanacheEntityBase {

    @Id
    @Column(name = "item_id")
    private UUID itemId;
    @Column(name = "session_id")
    private UUID sessionId;
    @Enumerated(EnumType.STRING)
    private SpeakersListStatus status;
    @Column(name = "reordered_by")
    private String reorderedBy;
    @Column(name = "reordered_at")
    private Instant reorderedAt;
    @Column(name = "published_by")
    private String publishedBy;
    @Column(name = "published_at")
    private Instant publishedAt;
    @Version
    private long version;

    protected SpeakersList() {
    }

    /** A new, empty draft list (what an item without a row is). */
    public SpeakersList(UUID sessionId, UUID itemId) {
        this.itemId = itemId;
        this.sessionId = sessionId;
        this.status = SpeakersListStatus.DRAFT;
    }

    public UUID itemId() { return itemId; }
    public UUID sessionId() { return sessionId; }
    public SpeakersListStatus status() { return status; }
    public String reorderedBy() { return reorderedBy; }
    public Instant reorderedAt() { return reorderedAt; }
    public String publishedBy() { return publishedBy; }
    public Instant publishedAt() { return publishedAt; }

    /** An organization asks to speak: only while the list is a draft. */
    public void requireOpenForRequests() {
        requireDraft("ask to speak");
    }

    /** An organization withdraws its request: only while the list is a draft. */
    public void requireOpenForWithdrawals() {
        requireDraft("withdraw a request to speak");
    }

    /** Staff set the order (the positions are written on the requests). */
    public void reorder(String by, Instant at) {
        requireDraft("reorder the list of speakers");
        this.reorderedBy = by;
        this.reorderedAt = at;
    }

    /** Staff publish the list: its order is frozen from now on. */
    public void publish(String by, Instant at) {
        if (!status.canMoveTo(SpeakersListStatus.PUBLISHED)) {
            throw new IllegalTransitionException(status, "publish the list of speakers");
        }
        this.status = SpeakersListStatus.PUBLISHED;
        this.publishedBy = by;
        this.publishedAt = at;
    }

    private void requireDraft(String attempted) {
        if (!status.open()) {
            throw new IllegalTransitionException(status, attempted);
        }
    }
}
