package org.accredit.objection;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/**
 * The composite key (list, application) of the rows that belong to one application on one list:
 * {@link ListEntry} and {@link ApprovedDespiteObjection}.
 */
public class ListApplicationKey implements Serializable {
    private UUID listId;
    private UUID applicationId;

    public ListApplicationKey() {
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ListApplicationKey k && Objects.equals(listId, k.listId)
                && Objects.equals(applicationId, k.applicationId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(listId, applicationId);
    }
}
