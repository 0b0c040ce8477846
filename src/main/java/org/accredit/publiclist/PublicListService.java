package org.accredit.publiclist;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;
import java.util.stream.Stream;
import org.accredit.application.Application;
import org.accredit.application.Applications;
import org.accredit.application.ParticipationPath;
import org.accredit.application.PublicListRow;
import org.accredit.common.InBatches;
import org.accredit.common.paging.Page;
import org.accredit.common.paging.PageRequest;

/**
 * The public list of accredited (APPROVED) organizations, on every path. Reads only, through the
 * {@link Applications} door (by normalized name, then id).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PublicListService {

    /** Rows of the CSV export read at a time, each batch in its own short transaction (see {@link InBatches}). */
    static final int EXPORT_BATCH = 1000;

    private final Applications applications;

    public PublicListService(Applications applications) {
        this.applications = applications;
    }

    public Page<Application> page(ParticipationPath path, UUID callId, PageRequest page) {
        return applications.accredited(path, callId, page);
    }

    /**
     * Every matching row, in the same order (the CSV export), public columns only: the first batch is
     * read now, the others as the stream is consumed, so memory holds one batch however long the list.
     */
    public Stream<PublicListRow> all(ParticipationPath path, UUID callId) {
        return InBatches.of(EXPORT_BATCH, after -> QuarkusTransaction.requiringNew()
                .call(() -> applications.accreditedAfter(path, callId, after, EXPORT_BATCH)));
    }
}
