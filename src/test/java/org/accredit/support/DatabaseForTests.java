package org.accredit.support;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers the real PostgreSQL for every @QuarkusTest in the suite. */
@QuarkusTestResource(value = EmbeddedPostgresResource.class, restrictToAnnotatedClass = false)
public class DatabaseForTests {
}
