package dk.oplys.core.application.reporting;

import dk.oplys.core.application.DomainException;
import dk.oplys.core.application.ErrorCode;
import dk.oplys.core.disclosure.DisclosureChannel;
import dk.oplys.core.domain.reporting.MunicipalReport;
import dk.oplys.core.domain.reporting.MunicipalityClient;
import dk.oplys.core.domain.reporting.ReportStatus;
import dk.oplys.core.domain.school.School;
import dk.oplys.core.domain.user.AppUser;
import dk.oplys.core.domain.user.Roles;
import dk.oplys.core.infrastructure.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The pull interface: a municipal system, logged in with its own machine account, lists and
 * fetches the released reports addressed to its municipality, from any school, and nothing else.
 * Every fetch is a disclosure in the school's log.
 */
@Stateless
@RolesAllowed(Roles.MUNICIPALITY)
public class MunicipalPullService {

    @PersistenceContext(unitName = "oplys")
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private ReportRenderer renderer;

    /** A report addressed to the caller, without content. */
    public record Entry(long id, String reportId, int version, String schoolName, String schoolCvr,
                        LocalDate periodFrom, LocalDate periodTo, String status, Instant releasedAt) {
    }

    /** The released (or sent) reports addressed to the caller's municipality, newest first. */
    public List<Entry> list() {
        String m = municipality();
        return em.createQuery("SELECT r, s FROM MunicipalReport r, School s WHERE s.id = r.schoolId "
                        + "AND r.municipalityCode = :m AND r.status IN :st ORDER BY r.releasedAt DESC, r.id DESC",
                        Object[].class)
                .setParameter("m", m).setParameter("st", List.of(ReportStatus.RELEASED, ReportStatus.SENT))
                .setMaxResults(1000).getResultList().stream().map(o -> {
                    MunicipalReport r = (MunicipalReport) o[0];
                    School s = (School) o[1];
                    return new Entry(r.id(), r.reportKey(), r.reportVersion(), s.name(), s.cvr(), r.periodFrom(),
                            r.periodTo(), r.status().name(), r.releasedAt().orElse(null));
                }).toList();
    }

    /** One report in {@code format}; 404 for anything not released to the caller's municipality. */
    public ReportRenderer.Rendered fetch(long id, ReportFormat format) {
        MunicipalReport r = em.find(MunicipalReport.class, id);
        if (r == null || !r.municipalityCode().equals(municipality()) || !r.status().visibleToMunicipality()) {
            throw DomainException.notFound("municipal report");
        }
        return renderer.render(r.id(), format, DisclosureChannel.REST_PULL, currentUser.actor());
    }

    private String municipality() {
        AppUser u = currentUser.user().orElseThrow(() -> new DomainException(ErrorCode.NOT_PERMITTED,
                "this account speaks for no municipality"));
        MunicipalityClient c = em.find(MunicipalityClient.class, u.id());
        if (c == null) {
            throw new DomainException(ErrorCode.NOT_PERMITTED, "this account speaks for no municipality");
        }
        return c.municipalityCode();
    }
}
