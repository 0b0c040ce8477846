package org.accredit.speaker;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.accredit.common.validation.SingleLine;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What organizations and staff send about speakers. */
public final class SpeakerRequests {

    /** Longest topic of a request to speak (characters). */
    public static final int TOPIC_MAX = 200;
    /** Most requests one reordering may list (an item has at most one standing request per organization). */
    public static final int ORDER_MAX = 2000;

    private SpeakerRequests() {
    }

    @Schema(name = "SpeakerRequestRequest")
    public record Ask(
            @NotNull @Schema(description = "A representative of your organization whom the secretariat has confirmed "
                    + "for this session") UUID representativeId,
            @Size(max = TOPIC_MAX) @SingleLine @Schema(description = "Optional: what the statement is about (for the "
                    + "secretariat; not published)") String topic) {
    }

    @Schema(name = "SpeakersOrderRequest")
    public record Reorder(
            @NotNull @Size(max = ORDER_MAX) @Schema(description = "Every request on the list (staff view's "
                    + "speakers[].requestId), each once, in the new order") List<@NotNull UUID> requestIds) {
    }
}
