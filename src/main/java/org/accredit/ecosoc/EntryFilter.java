package org.accredit.ecosoc;

/** Finding a roster entry: text in the name, country, status, a cursor from the previous page and a page size. */
public record EntryFilter(String text, String country, EcosocStatus status, String cursor, int limit) {
}
