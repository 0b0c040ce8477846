package org.accredit.publiclist;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.accredit.application.Application;
import org.accredit.application.Applications;
import org.accredit.application.ParticipationPath;
import org.accredit.common.paging.Page;
import org.accredit.common.paging.PageRequest;

/**
 * The public list of accredited (APPROVED) organizations, on every path. Reads only, through the
 * {@link Applications} door (by normalized name, then id).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PublicListService {

    private final Applications applications;

    public PublicListService(Applications applications) {
        this.applications = applications;
    }

    public Page<Application> page(ParticipationPath path, UUID callId, PageRequest page) {
        return applications.accredited(path, callId, page);
    }

    /** Every matching row, in the same order (the CSV export). */
    public List<Application> all(ParticipationPath path, UUID callId) {
        return applications.allAccredited(path, callId);
    }
}
