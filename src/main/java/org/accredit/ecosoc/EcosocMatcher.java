package org.accredit.ecosoc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.accredit.organization.OrganizationNames;
import org.hibernate.Session;

/**
 * Finds the roster entries an applicant may be, ranked, and the one it certainly is.
 *
 * <p>Signals: the normalized name (see {@link OrganizationNames}) compared by trigram similarity
 * (PostgreSQL's pg_trgm, 0 to 1; 1 for the same normalized name), the acronym (given by the
 * applicant, in parentheses in its name, or the whole name when the applicant typed only an acronym)
 * against the acronym in parentheses in the roster name, and the country.
 *
 * <p>Score: the name's similarity, or {@value #ACRONYM_SCORE} when the acronyms are the same if that
 * is more, times {@value #OTHER_COUNTRY_FACTOR} when the entry is in another country. Candidates
 * scoring under {@value #MIN_SCORE} are not shown.
 *
 * <p>The look-up sets pg_trgm's threshold for its own transaction only, hence a transaction even for reading.
 *
 * <p>Automatic confirmation: only when exactly one entry in the applicant's country has the same
 * normalized name, and no other entry in that country shares the applicant's acronym. Anything
 * else is for a reviewer to confirm.
 */
@ApplicationScoped
@Transactional
public class EcosocMatcher {

    static final double ACRONYM_SCORE = 0.9;
    static final double OTHER_COUNTRY_FACTOR = 0.8;
    static final double MIN_SCORE = 0.2;
    /** pg_trgm's similarity threshold for the index scan (the % operator); under MIN_SCORE / OTHER_COUNTRY_FACTOR. */
    private static final String TRIGRAM_THRESHOLD = "0.2";
    private static final int SCAN_LIMIT = 200;
    private static final String SCAN = "select set_config('pg_trgm.similarity_threshold', '" + TRIGRAM_THRESHOLD + "', true); "
            + "select cast(id as varchar), similarity(name_normalized, ?) from ecosoc_entry "
            + "where name_normalized % ? or name_normalized = ? or acronym = any(?) order by 2 desc limit " + SCAN_LIMIT;

    private final EntityManager em;

    public EcosocMatcher(EntityManager em) {
        this.em = em;
    }

    /** One roster entry an applicant may be, with why. */
    public record Candidate(EcosocEntry entry, double score, double nameSimilarity, boolean sameName,
            boolean sameAcronym, boolean sameCountry) {
    }

    /** The best candidates first (score, then name), at most {@code limit}. */
    public List<Candidate> candidates(String name, String acronym, String country, int limit) {
        String normalized = OrganizationNames.normalize(name);
        if (normalized == null || normalized.isEmpty()) {
            return List.of();
        }
        Set<String> acronyms = acronyms(name, acronym, normalized);
        List<Object[]> rows = scan(normalized, acronyms.isEmpty() ? List.of("") : List.copyOf(acronyms));
        if (rows.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = rows.stream().map(r -> UUID.fromString((String) r[0])).toList();
        Map<UUID, EcosocEntry> entries = em.createQuery("from EcosocEntry where id in :ids", EcosocEntry.class)
                .setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(EcosocEntry::id, Function.identity()));
        List<Candidate> out = new ArrayList<>();
        for (Object[] r : rows) {
            EcosocEntry e = entries.get(UUID.fromString((String) r[0]));
            boolean sameName = normalized.equals(e.nameNormalized());
            double similarity = sameName ? 1.0 : ((Number) r[1]).doubleValue();
            boolean sameAcronym = e.acronym() != null && acronyms.contains(e.acronym());
            boolean sameCountry = e.country().equals(country);
            double score = Math.max(similarity, sameAcronym ? ACRONYM_SCORE : 0) * (sameCountry ? 1 : OTHER_COUNTRY_FACTOR);
            if (score >= MIN_SCORE) {
                out.add(new Candidate(e, round(score), round(similarity), sameName, sameAcronym, sameCountry));
            }
        }
        out.sort(Comparator.comparingDouble(Candidate::score).reversed()
                .thenComparing(c -> c.entry().nameNormalized()).thenComparing(c -> c.entry().country()));
        return out.size() > limit ? List.copyOf(out.subList(0, limit)) : out;
    }

    /**
     * The trigram scan: the entries whose normalized name is like {@code normalized} (pg_trgm's % at
     * {@value #TRIGRAM_THRESHOLD}), the same, or whose acronym is one of {@code acronyms}; id (text) and
     * similarity, the most similar first. The threshold is set for this transaction only, in the same
     * round trip as the scan (two statements, one sync; PostgreSQL runs them in order).
     */
    private List<Object[]> scan(String normalized, List<String> acronyms) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement s = connection.prepareStatement(SCAN)) {
                s.setString(1, normalized);
                s.setString(2, normalized);
                s.setString(3, normalized);
                Array a = connection.createArrayOf("varchar", acronyms.toArray());
                s.setArray(4, a);
                s.execute();
                // the first result is set_config's; the second the scan's
                if (!s.getMoreResults()) {
                    throw new IllegalStateException("the trigram scan returned no result set");
                }
                List<Object[]> out = new ArrayList<>();
                try (ResultSet rs = s.getResultSet()) {
                    while (rs.next()) {
                        // similarity() is a real: read as a float, as the native query did, so scores round the same
                        out.add(new Object[] { rs.getString(1), rs.getFloat(2) });
                    }
                }
                a.free();
                return out;
            }
        });
    }

    /**
     * The entry the applicant certainly is: the only one in its country with the same normalized
     * name, when no other entry there has the applicant's acronym.
     */
    public Optional<EcosocEntry> unambiguousMatch(String name, String acronym, String country) {
        String normalized = OrganizationNames.normalize(name);
        if (normalized == null || normalized.isEmpty()) {
            return Optional.empty();
        }
        List<EcosocEntry> sameName = EcosocEntry.list("nameNormalized = ?1 and country = ?2", normalized, country);
        if (sameName.size() != 1) {
            return Optional.empty();
        }
        EcosocEntry match = sameName.get(0);
        Set<String> acronyms = acronyms(name, acronym, normalized);
        if (!acronyms.isEmpty() && EcosocEntry.count("country = ?1 and acronym in ?2 and id <> ?3", country,
                List.copyOf(acronyms), match.id()) > 0) {
            return Optional.empty();
        }
        return Optional.of(match);
    }

    /** The applicant's acronym signals: the one given, the one in parentheses, a one-word name. */
    private static Set<String> acronyms(String name, String acronym, String normalized) {
        Set<String> out = new LinkedHashSet<>();
        String given = OrganizationNames.normalizeAcronym(acronym);
        if (given != null) {
            out.add(given);
        }
        String inName = OrganizationNames.acronymInName(name);
        if (inName != null) {
            out.add(inName);
        }
        if (!normalized.contains(" ") && normalized.length() <= OrganizationNames.MAX_FOLDED_ACRONYM) {
            out.add(normalized);
        }
        return out;
    }

    private static double round(double d) {
        return Math.round(d * 1000) / 1000.0;
    }
}
