/**
 * The email outbox: each row with its template data, the Qute templates, rendering in the recipient's language, the dispatcher and SMTP delivery, the secretariat's mailbox setting.
 *
 * <p>May use: the kernel. Nothing outside this package depends on its {@code rest} package. The rule is
 * checked by {@code org.accredit.ArchitectureTest} (README, "Code layout").
 */
package org.accredit.notification;
