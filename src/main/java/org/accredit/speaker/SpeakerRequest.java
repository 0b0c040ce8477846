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
 * One organization's request to speak on one agenda item, naming its speaker (a confirmed
 * representative). The one place where {@link SpeakerRequestStatus} is enforced.
 */
@Entity
@Table(name = "speaker_request")
public class SpeakerRequest extends PanacheEntityBase {

    @Id
    private UUID id;
    @Column(name = "session_id")
    private UUID sessionId;
    @Column(name = "item_id")
    private UUID itemId;
    @Column(name = "application_id")
    private UUID applicationId;
    @Column(name = "representative_id")
    private UUID representativeId;
    private String topic;
    @Enumerated(EnumType.STRING)
    private SpeakerRequestStatus status;
    private Integer position;
    @Column(name = "requested_at")
    private Instant requestedAt;
    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;
    @Version
    private long version;

    protected SpeakerRequest() {
    }

    /** A standing request, as an organization makes it (tests of the workflow build one too). */
    public SpeakerRequest(UUID id, UUID sessionId, UUID itemId, UUID applicationId, UUID representativeId, String topic,
            Instant requestedAt) {
        this.id = id;
        this.sessionId = sessionId;
        this.itemId = itemId;
        this.applicationId = applicationId;
        this.representativeId = representativeId;
        this.topic = topic;
        this.status = SpeakerRequestStatus.REQUESTED;
        this.requestedAt = requestedAt;
    }

    public UUID id() { return id; }
    public UUID sessionId() { return sessionId; }
    public UUID itemId() { return itemId; }
    public UUID applicationId() { return applicationId; }
    public UUID representativeId() { return representativeId; }
    public String topic() { return topic; }
    public SpeakerRequestStatus status() { return status; }
    /** The place staff gave it (1-based), or null while it follows the suggested order. */
    public Integer position() { return position; }
    public Instant requestedAt() { return requestedAt; }
    public Instant withdrawnAt() { return withdrawnAt; }

    /** The organization withdraws it (the list must still be a draft: {@link SpeakersList#requireOpenForWithdrawals}). */
    public void withdraw(Instant at) {
        if (!status.canMoveTo(SpeakerRequestStatus.WITHDRAWN)) {
            throw new IllegalTransitionException(status, "withdraw the request to speak");
        }
        this.status = SpeakerRequestStatus.WITHDRAWN;
        this.withdrawnAt = at;
        this.position = null;
    }

    /** Staff place it in the list (1-based); only a standing request has a place. */
    public void placeAt(int place) {
        if (status != SpeakerRequestStatus.REQUESTED) {
            throw new IllegalTransitionException(status, "place the request in the list of speakers");
        }
        if (place < 1) {
            throw new IllegalArgumentException("place " + place);
        }
        this.position = place;
    }

    /** Back to the suggested order (before staff place the requests again). */
    public void clearPosition() {
        this.position = null;
    }
}
