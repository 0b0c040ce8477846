/**
 * Member State focal point users (the 193 UN Member States) and their binding to a login subject.
 *
 * <p>May use: the kernel. Nothing outside this package depends on its {@code rest} package. The rule is
 * checked by {@code org.accredit.ArchitectureTest} (README, "Code layout").
 */
package org.accredit.memberstate;
