package org.accredit.publiclist;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.accredit.application.Application;
import org.accredit.application.ApplicationStatus;
import org.accredit.application.ParticipationPath;
import org.accredit.common.paging.Keyset;
import org.accredit.common.paging.Page;
import org.accredit.common.paging.PageRequest;
import org.accredit.common.paging.Paging;

/** The public list of accredited (APPROVED) organizations, on every path. Reads only. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AccreditedOrganizations {

    /** By normalized name, then id (index application_accredited_idx). */
    static final Keyset<Application> ORDER = Keyset.<Application>of("accredited-organizations")
            .by("orgNameNormalized", String.class, Application::orgNameNormalized)
            .by("id", UUID.class, Application::id).ascending();

    private final Paging paging;

    public AccreditedOrganizations(Paging paging) {
        this.paging = paging;
    }

    public Page<Application> page(ParticipationPath path, UUID callId, PageRequest page) {
        return paging.page(Application.class, ORDER, where(path, callId), params(path, callId).map(), page);
    }

    /** Every matching row, in the same order (the CSV export). */
    public List<Application> all(ParticipationPath path, UUID callId) {
        return Application.<Application>find(where(path, callId), Sort.by("orgNameNormalized").and("id"),
                params(path, callId)).list();
    }

    private static String where(ParticipationPath path, UUID callId) {
        List<String> where = new ArrayList<>();
        where.add("status = :status");
        if (path != null) {
            where.add("path = :path");
        }
        if (callId != null) {
            where.add("callId = :callId");
        }
        return String.join(" and ", where);
    }

    private static Parameters params(ParticipationPath path, UUID callId) {
        Parameters p = Parameters.with("status", ApplicationStatus.APPROVED);
        if (path != null) {
            p.and("path", path);
        }
        if (callId != null) {
            p.and("callId", callId);
        }
        return p;
    }
}
