/**
 * The embedded PostgreSQL for dev mode, local runs and tests (never started, nor packaged, in production), and the main class that starts it.
 *
 * <p>May use: nothing in {@code org.accredit}. Nothing outside this package depends on its {@code rest} package. The rule is
 * checked by {@code org.accredit.ArchitectureTest} (README, "Code layout").
 */
package org.accredit.db;
