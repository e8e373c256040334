package dk.oplys.core.application.reporting;

import dk.oplys.core.application.DomainException;
import dk.oplys.core.application.ErrorCode;
import dk.oplys.core.domain.invoice.ReducedFeeGroup;
import dk.oplys.core.domain.municipality.Municipality;
import dk.oplys.core.domain.reporting.MunicipalRule;
import dk.oplys.core.domain.reporting.ReducedFeeRate;
import dk.oplys.core.domain.reporting.ReportPeriod;
import dk.oplys.core.domain.reporting.SubsidyFraction;
import dk.oplys.core.domain.school.School;
import dk.oplys.core.domain.user.Roles;
import dk.oplys.core.infrastructure.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The municipal rules of the caller's school, kept by admin staff. Rules of one school and
 * municipality never overlap in time, so for any day at most one applies.
 */
@Stateless
@RolesAllowed({Roles.ADMIN_STAFF, Roles.SCHOOL_ADMIN})
public class MunicipalRuleService {

    @PersistenceContext(unitName = "oplys")
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    public List<RuleView> list() {
        return em.createQuery("SELECT r FROM MunicipalRule r WHERE r.schoolId = :s ORDER BY r.municipalityCode, r.validFrom",
                        MunicipalRule.class)
                .setParameter("s", currentUser.schoolId()).getResultList().stream().map(RuleView::of).toList();
    }

    public RuleView get(long id) {
        return RuleView.of(require(id));
    }

    /** A new rule; refused with 409 when its validity overlaps another rule of the same municipality. */
    public RuleView create(@NotNull @Valid RuleCommand c) {
        long school = currentUser.schoolId();
        check(c);
        lockSchool(school);
        refuseOverlap(school, c, null);
        MunicipalRule r = new MunicipalRule(school, c.municipalityCode());
        apply(r, c);
        em.persist(r);
        em.flush();
        return RuleView.of(r);
    }

    /** Replaces a rule's content; the municipality cannot change (make a new rule instead). */
    public RuleView update(long id, @NotNull @Valid RuleCommand c) {
        MunicipalRule r = require(id);
        if (!r.municipalityCode().equals(c.municipalityCode())) {
            throw new DomainException(ErrorCode.MUNICIPAL_RULE_INVALID, "a rule's municipality cannot change",
                    "municipalityCode");
        }
        check(c);
        lockSchool(r.schoolId());
        refuseOverlap(r.schoolId(), c, r.id());
        apply(r, c);
        em.flush();
        return RuleView.of(r);
    }

    /** Removes a rule no report was made under (a used rule is kept as evidence; end its validity instead). */
    public void delete(long id) {
        MunicipalRule r = require(id);
        long used = em.createQuery("SELECT COUNT(m) FROM MunicipalReport m WHERE m.ruleId = :r", Long.class)
                .setParameter("r", r.id()).getSingleResult();
        if (used > 0) {
            throw new DomainException(ErrorCode.MUNICIPAL_RULE_INVALID,
                    "reports were made under this rule; end its validity instead of deleting it");
        }
        em.remove(r);
    }

    private void check(RuleCommand c) {
        if (em.find(Municipality.class, c.municipalityCode()) == null) {
            throw new DomainException(ErrorCode.UNKNOWN_MUNICIPALITY, "no municipality has this code", "municipalityCode");
        }
        if (c.validTo() != null && c.validTo().isBefore(c.validFrom())) {
            throw new DomainException(ErrorCode.MUNICIPAL_RULE_INVALID, "validTo is before validFrom", "validTo");
        }
        if (c.delivery().soap()) {
            if (c.soapEndpoint() == null || c.soapEndpoint().isBlank()) {
                throw new DomainException(ErrorCode.MUNICIPAL_RULE_INVALID,
                        "delivery SOAP or BOTH needs the municipal system's address", "soapEndpoint");
            }
        }
        if (c.soapEndpoint() != null && !c.soapEndpoint().isBlank() && !allowedEndpoint(c.soapEndpoint())) {
            throw new DomainException(ErrorCode.MUNICIPAL_RULE_INVALID,
                    "the address must be https, or http on this machine (loopback) for tests and the demo", "soapEndpoint");
        }
        Set<Object> seen = new HashSet<>();
        for (RuleCommand.Fraction f : c.fractions()) {
            if (!seen.add(f.activityKind()) || f.numerator() > f.denominator()) {
                throw new DomainException(ErrorCode.MUNICIPAL_RULE_INVALID,
                        "one fraction per activity kind, at most 1", "fractions");
            }
        }
        seen.clear();
        for (RuleCommand.ReducedFee f : c.reducedFees()) {
            if (!seen.add(f.groupCode())) {
                throw new DomainException(ErrorCode.MUNICIPAL_RULE_INVALID, "each group once", "reducedFees");
            }
            boolean known = !em.createQuery("SELECT g FROM ReducedFeeGroup g WHERE g.municipalityCode = :m AND g.code = :c",
                            ReducedFeeGroup.class).setParameter("m", c.municipalityCode()).setParameter("c", f.groupCode())
                    .getResultList().isEmpty();
            if (!known) {
                throw new DomainException(ErrorCode.REDUCED_FEE_GROUP_UNKNOWN,
                        "the municipality has no reduced-fee group with this code", "reducedFees");
            }
        }
    }

    /** https anywhere; plain http only to this machine (the tests' and the demo's loopback receivers). */
    static boolean allowedEndpoint(String text) {
        try {
            URI u = URI.create(text.strip());
            String host = u.getHost();
            if (host == null || u.getUserInfo() != null) {
                return false;
            }
            return "https".equals(u.getScheme()) || "http".equals(u.getScheme())
                    && (host.equals("127.0.0.1") || host.equals("localhost") || host.equals("[::1]"));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private void apply(MunicipalRule r, RuleCommand c) {
        List<ReportPeriod> periods = IntStream.range(0, c.periods().size())
                .mapToObj(i -> new ReportPeriod(i + 1, c.periods().get(i).starts(), c.periods().get(i).ends(),
                        c.periods().get(i).deadline())).toList();
        r.define(c.validFrom(), c.validTo(), c.cprRequired(), c.delivery(),
                c.soapEndpoint() == null || c.soapEndpoint().isBlank() ? null : c.soapEndpoint().strip(), c.accountsDue(),
                c.fractions().stream().map(f -> new SubsidyFraction(f.activityKind(), f.numerator(), f.denominator())).toList(),
                c.reducedFees().stream().map(f -> new ReducedFeeRate(f.groupCode(), f.amountOre(), f.evidence())).toList(),
                periods);
    }

    /** Serialises rule changes of one school, so two overlapping rules cannot both pass the check. */
    private void lockSchool(long school) {
        em.find(School.class, school, LockModeType.PESSIMISTIC_WRITE);
    }

    private void refuseOverlap(long school, RuleCommand c, Long except) {
        boolean overlap = em.createQuery("SELECT r FROM MunicipalRule r WHERE r.schoolId = :s AND r.municipalityCode = :m",
                        MunicipalRule.class).setParameter("s", school).setParameter("m", c.municipalityCode())
                .getResultList().stream()
                .anyMatch(r -> !r.id().equals(except) && r.overlaps(c.validFrom(), c.validTo()));
        if (overlap) {
            throw new DomainException(ErrorCode.MUNICIPAL_RULE_OVERLAP,
                    "another rule of this municipality is valid in part of this period", "validFrom");
        }
    }

    private MunicipalRule require(long id) {
        MunicipalRule r = em.find(MunicipalRule.class, id);
        if (r == null || !r.schoolId().equals(currentUser.schoolId())) {
            throw DomainException.notFound("municipal rule");
        }
        return r;
    }

}
