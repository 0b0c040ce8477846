/**
 * The {@code Application} aggregate: its status workflow ({@code ApplicationStatus}, intent methods on {@code Application}), submission, review, tracking, information requests, and the one door for a change's side effects ({@code Journal}: the history line, {@code HistoryLine}, and the outbox email). {@code rest} holds the resources and API views only.
 *
 * <p>May use: the kernel, {@code call} (the open call), {@code ecosoc} (the roster), {@code notification} (the outbox), {@code ratelimit}. Nothing outside this package depends on its {@code rest} package. The rule is
 * checked by {@code org.accredit.ArchitectureTest} (README, "Code layout").
 */
package org.accredit.application;
