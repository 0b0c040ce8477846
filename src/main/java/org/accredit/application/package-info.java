/**
 * The {@code Application} aggregate: its status workflow ({@code ApplicationStatus}, intent methods on {@code Application}), submission, review, tracking, information requests, and the one door to application rows ({@code Applications}: loading, locking, the queue, the submission insert, the duplicate check; other features call it, never {@code Application.find} or a query on Application), and the one door for a change's side effects ({@code Journal}: the history line, {@code HistoryLine}, and the outbox email {@code TransitionEffects} names for the change). {@code rest} holds the resources and API views only.
 *
 * <p>May use: the kernel, {@code call} (the open call), {@code ecosoc} (the roster), {@code notification} (the outbox), {@code ratelimit}. Nothing outside this package depends on its {@code rest} package. The rule is
 * checked by {@code org.accredit.ArchitectureTest} (README, "Code layout").
 */
package org.accredit.application;
