/**
 * Calls for applications (para 9): opening, closing, the open call an application needs.
 *
 * <p>May use: the kernel. Nothing outside this package depends on its {@code rest} package. The rule is
 * checked by {@code org.accredit.ArchitectureTest} (README, "Code layout").
 */
package org.accredit.call;
