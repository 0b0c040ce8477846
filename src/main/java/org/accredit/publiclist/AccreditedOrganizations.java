package org.accredit.publiclist;

import io.quarkus.panache.common.Page;
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

/** The public list of accredited (APPROVED) organizations, on every path. Reads only. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AccreditedOrganizations {

    public List<Application> page(ParticipationPath path, UUID callId, int page, int size) {
        return Application.<Application>find(where(path, callId), sort(), params(path, callId)).page(Page.of(page, size)).list();
    }

    public List<Application> all(ParticipationPath path, UUID callId) {
        return Application.<Application>find(where(path, callId), sort(), params(path, callId)).list();
    }

    public long count(ParticipationPath path, UUID callId) {
        return Application.count(where(path, callId), params(path, callId));
    }

    private static Sort sort() {
        return Sort.by("orgNameNormalized").and("id");
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
