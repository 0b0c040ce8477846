/**
 * Rate limits counted in PostgreSQL and the client address behind trusted proxies.
 *
 * <p>May use: the kernel ({@code common}, {@code organization}, {@code security}). Nothing outside this package depends on its {@code rest} package. The rule is
 * checked by {@code org.accredit.ArchitectureTest} (README, "Code layout").
 */
package org.accredit.ratelimit;
