package org.accredit.memberstate;

import io.quarkus.panache.common.Sort;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.accredit.common.InvalidFieldsException;
import org.accredit.common.Problem;
import org.accredit.common.RuleViolationException;
import org.accredit.common.paging.Keyset;
import org.accredit.common.paging.Page;
import org.accredit.common.paging.PageRequest;
import org.accredit.common.paging.Paging;
import org.accredit.organization.Countries;
import org.accredit.organization.Language;
import org.jboss.logging.Logger;

/** Member State focal points: created by an admin; each speaks for one UN Member State. */
@ApplicationScoped
@Transactional
public class MemberStateService {

    private static final Logger LOG = Logger.getLogger(MemberStateService.class);

    private final EntityManager em;
    private final MemberStateConfig config;
    private final Clock clock;
    private final Paging paging;

    /** By State, then login name (index member_state_user_state_username_idx). */
    static final Keyset<MemberStateUser> ORDER = Keyset.<MemberStateUser>of("member-state-users")
            .by("stateCode", String.class, MemberStateUser::stateCode)
            .by("username", String.class, MemberStateUser::username).ascending();

    public MemberStateService(EntityManager em, MemberStateConfig config, Clock clock, Paging paging) {
        this.em = em;
        this.config = config;
        this.clock = clock;
        this.paging = paging;
    }

    public MemberStateUser create(@NotNull @Valid MemberStateUserRequest request, String admin) {
        String subject = request.subject() != null ? request.subject() : request.username();
        String username = request.username() != null ? request.username() : request.subject();
        if (subject == null) {
            throw new InvalidFieldsException("Give the focal point's subject.", List.of(new Problem.FieldError("subject",
                    "must not be null: the identity provider's subject (sub) of the focal point")));
        }
        // the login name and the subject are each unique: a second user with either, even created at the
        // same moment, is refused with 409 (no SQL error)
        int inserted = em.createNativeQuery("insert into member_state_user (username, subject, state_code, "
                        + "focal_point_email, language, created_at, created_by) values (?1, ?2, ?3, ?4, ?5, ?6, ?7) "
                        + "on conflict do nothing")
                .setParameter(1, username).setParameter(2, subject).setParameter(3, request.stateCode())
                .setParameter(4, request.focalPointEmail().strip()).setParameter(5, request.language().name())
                .setParameter(6, clock.instant()).setParameter(7, admin)
                .executeUpdate();
        if (inserted == 0) {
            throw RuleViolationException.conflict(MemberStateUser.findByIdOptional(username).isPresent()
                    ? "A Member State user with this login name exists already."
                    : "A Member State user with this subject exists already.");
        }
        return em.find(MemberStateUser.class, username);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<MemberStateUser> page(PageRequest page) {
        return paging.page(MemberStateUser.class, ORDER, null, null, page);
    }

    /**
     * The focal point the authenticated member-state user is, found by the identity provider's subject
     * (never by a login name, which a provider may let its user change); a user without a row is refused.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public MemberStateUser require(String subject) {
        Optional<MemberStateUser> user = subject == null || subject.isBlank() ? Optional.empty()
                : MemberStateUser.<MemberStateUser>find("subject", subject).firstResultOptional();
        return user.orElseThrow(() -> RuleViolationException
                .forbidden("This account is not registered as a Member State focal point; ask the secretariat."));
    }

    /** Each Member State's focal point addresses (one email per distinct address of a State). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FocalPoint> focalPoints() {
        List<FocalPoint> points = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (MemberStateUser u : MemberStateUser.<MemberStateUser>listAll(Sort.by("stateCode").and("username"))) {
            if (seen.add(u.stateCode() + " " + u.focalPointEmail().toLowerCase(java.util.Locale.ROOT))) {
                points.add(new FocalPoint(u.stateCode(), u.focalPointEmail(), u.language()));
            }
        }
        return points;
    }

    /** The Member States that have at least one focal point user. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<String> statesWithFocalPoint() {
        return new TreeSet<>(em.createQuery("select distinct u.stateCode from MemberStateUser u", String.class)
                .getResultList());
    }

    /** Creates the demo users of accredit.member-states.seed (dev, local and test profiles only). */
    void seed(@Observes StartupEvent start) {
        Optional<List<String>> seed = config.seed();
        if (seed.isEmpty()) {
            return;
        }
        for (String line : seed.get()) {
            String[] f = line.split(":");
            if (f.length != 4 || !Countries.isUnMemberState(f[1])) {
                throw new IllegalStateException("accredit.member-states.seed: expected username:STATE:email:language, got " + line);
            }
            int created = em.createNativeQuery("insert into member_state_user (username, subject, state_code, "
                            + "focal_point_email, language, created_at, created_by) values (?1, ?1, ?2, ?3, ?4, ?5, 'seed') "
                            + "on conflict do nothing")
                    .setParameter(1, f[0]).setParameter(2, f[1]).setParameter(3, f[2])
                    .setParameter(4, Language.valueOf(f[3]).name()).setParameter(5, clock.instant())
                    .executeUpdate();
            if (created > 0) {
                LOG.infof("Demo Member State user %s (%s) created", f[0], f[1]);
            }
        }
    }
}
