package org.accredit.ecosoc;

/** Finding a roster entry: text in the name, country, status (the page is a PageRequest). */
public record EntryFilter(String text, String country, EcosocStatus status) {
}
