package org.accredit.ecosoc;

import java.util.Map;
import java.util.UUID;

/**
 * A roster import was applied (not a dry run): the entries whose status it changed, each with its
 * status before and after. Fired synchronously inside the import's transaction, so the applications
 * matched to those entries get their history line in the same transaction.
 */
public record RosterImported(EcosocImport imported, Map<UUID, EcosocStatus[]> statusChanges) {
}
