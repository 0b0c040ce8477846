/**
 * The shared kernel's base: problem+json mappers (JAX-RS and HTTP layer), strict JSON and parameter checks, the domain exceptions, typed configuration, cursor paging ({@code paging}), text validation ({@code validation}), the OpenAPI conventions and the plain-insert {@code RowWriter}.
 *
 * <p>May use: nothing else in {@code org.accredit}; every package may use it. Nothing outside this package depends on its {@code rest} package. The rule is
 * checked by {@code org.accredit.ArchitectureTest} (README, "Code layout").
 */
package org.accredit.common;
