package org.accredit.ecosoc;

import static org.accredit.ecosoc.EcosocImportTest.importCsv;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.accredit.organization.OrganizationNames;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * Matching against real roster names. {@code ecosoc-matching/roster.csv} holds 54 organizations in
 * consultative status (French, Spanish, Russian, German, Polish, Norwegian, Danish, Italian names;
 * diacritics, ł ø ß æ œ, acronyms in parentheses, e.V., A.C., asbl, en dashes) and similar decoys
 * (same name in another country, sister organizations). {@code variants.csv} holds what applicants
 * type, with the entry they are, or none for another organization. The target, for every line:
 * a true match is confirmed automatically or is the top candidate, and no wrong entry (nor any entry
 * for a decoy) is ever confirmed automatically.
 */
@QuarkusTest
class EcosocMatchingTest {

    private static final Logger LOG = Logger.getLogger(EcosocMatchingTest.class);

    @Inject
    EcosocMatcher matcher;

    record Variant(int line, String applicant, String acronym, String country, String expectedName,
            String expectedCountry) {
    }

    @Test
    void everyTrueMatchIsConfirmedOrTopAndNoWrongOneIsConfirmed() throws IOException {
        importCsv(resource("roster.csv"), "partial", 201);
        List<Variant> variants = variants();
        assertTrue(variants.size() >= 80, "the test set has " + variants.size() + " lines");
        List<String> failures = new ArrayList<>();
        int confirmed = 0;
        int top = 0;
        int decoys = 0;
        for (Variant v : variants) {
            Optional<EcosocEntry> auto = matcher.unambiguousMatch(v.applicant(), v.acronym(), v.country());
            List<EcosocMatcher.Candidate> candidates = matcher.candidates(v.applicant(), v.acronym(), v.country(), 10);
            String what = "line " + v.line() + " \"" + v.applicant() + "\" (" + v.country() + ")";
            if (v.expectedName() == null) {
                decoys++;
                auto.ifPresent(e -> failures.add(what + ": a different organization, confirmed automatically as "
                        + e.name() + " (" + e.country() + ")"));
                continue;
            }
            EcosocEntry expected = EcosocEntry.findByNaturalKey(OrganizationNames.normalize(v.expectedName()),
                    v.expectedCountry()).orElseThrow(() -> new AssertionError(what + ": the expected entry is not on the roster"));
            if (auto.isPresent()) {
                if (auto.get().id().equals(expected.id())) {
                    confirmed++;
                } else {
                    failures.add(what + ": confirmed automatically as the wrong entry " + auto.get().name()
                            + " (" + auto.get().country() + ")");
                }
            } else if (!candidates.isEmpty() && candidates.get(0).entry().id().equals(expected.id())) {
                top++;
            } else {
                failures.add(what + ": neither confirmed nor top; candidates: " + candidates.stream()
                        .map(c -> c.entry().name() + " (" + c.entry().country() + ") " + c.score()).toList());
            }
        }
        LOG.infof("ECOSOC matching test set: %d lines, %d confirmed automatically, %d top candidate, %d decoys, %d failures",
                variants.size(), confirmed, top, decoys, failures.size());
        assertEquals(List.of(), failures);
        assertTrue(confirmed >= 40, "most variants are confirmed automatically: " + confirmed);
    }

    @Test
    void anAcronymSharedInTheCountryKeepsAnExactNameFromBeingConfirmedAutomatically() {
        String tag = java.util.UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        importCsv("name,category,year,country\n"
                + "Cyber Peace Institute " + tag + " (CPI" + tag + "),special,2020,CH\n"
                + "Centre for Policy Innovation " + tag + " (CPI" + tag + "),special,2015,CH\n", "partial", 201);
        // same name and country, no acronym given: confirmed
        assertTrue(matcher.unambiguousMatch("Cyber Peace Institute " + tag, null, "CH").isPresent());
        // the acronym the applicant gives is also another entry's: for a reviewer
        assertTrue(matcher.unambiguousMatch("Cyber Peace Institute " + tag, "CPI" + tag, "CH").isEmpty());
        assertEquals("Cyber Peace Institute " + tag + " (CPI" + tag + ")",
                matcher.candidates("Cyber Peace Institute " + tag, "CPI" + tag, "CH", 10).get(0).entry().name());
        // the same name in another country: never confirmed
        assertTrue(matcher.unambiguousMatch("Cyber Peace Institute " + tag, null, "FR").isEmpty());
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = EcosocMatchingTest.class.getResourceAsStream("/ecosoc-matching/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<Variant> variants() throws IOException {
        CsvRecords records = new CsvRecords(new java.io.StringReader(resource("variants.csv")));
        records.next(); // header
        List<Variant> out = new ArrayList<>();
        List<String> f;
        while ((f = records.next()) != null) {
            if (f.get(0).isBlank() || f.get(0).startsWith("#")) {
                continue;
            }
            assertEquals(5, f.size(), "line " + records.recordLine());
            out.add(new Variant(records.recordLine(), f.get(0), blankToNull(f.get(1)), f.get(2), blankToNull(f.get(3)),
                    blankToNull(f.get(4))));
        }
        return out;
    }

    private static String blankToNull(String s) {
        return s.isBlank() ? null : s;
    }
}
