/**
 * Safe retries: the {@code Idempotency-Key} request header (IETF httpapi draft "The Idempotency-Key
 * HTTP Header Field") on every POST that creates something, kept in PostgreSQL so that it holds
 * across replicas. {@link org.accredit.idempotency.Idempotency} is the programmatic door (page code
 * posting a form with a key in a hidden field calls {@code run}); {@link org.accredit.idempotency.IdempotencyFilter}
 * applies it to the REST API.
 *
 * <p>May use: the kernel ({@code common}, {@code organization}, {@code security}). The rule is
 * checked by {@code org.accredit.ArchitectureTest} (README, "Code layout").
 */
package org.accredit.idempotency;
