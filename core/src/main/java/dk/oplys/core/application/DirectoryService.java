package dk.oplys.core.application;

import dk.oplys.core.domain.consent.ConsentText;
import dk.oplys.core.domain.municipality.Municipality;
import dk.oplys.core.domain.school.School;
import dk.oplys.core.domain.user.AppUser;
import dk.oplys.core.domain.user.Roles;
import dk.oplys.core.infrastructure.CurrentUser;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;

/** Reference data and "who am I": municipalities, consent texts, schools, the caller's account. */
@Stateless
public class DirectoryService {

    /** A municipality: code, name, region. */
    public record MunicipalityView(String code, String name, String region) {
    }

    /** A consent text in one language. */
    public record ConsentTextView(String purpose, String version, String language, String body) {
    }

    /** A school's public facts. */
    public record SchoolView(long id, String name, String cvr, String street, String postcode, String city,
                             String municipalityCode, String email, String phone) {
    }

    /** The caller: username, name, roles and school. */
    public record Me(String username, String fullName, Set<String> roles, SchoolView school) {
    }

    @PersistenceContext(unitName = "oplys")
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @PermitAll
    public List<MunicipalityView> municipalities() {
        return em.createQuery("SELECT m FROM Municipality m ORDER BY m.name", Municipality.class)
                .getResultStream().map(m -> new MunicipalityView(m.code(), m.name(), m.region())).toList();
    }

    /** The newest version of each consent text in the given language (da or en). */
    @PermitAll
    public List<ConsentTextView> consentTexts(String language) {
        String lang = "en".equals(language) ? "en" : "da";
        return em.createQuery("SELECT t FROM ConsentText t WHERE t.language = :l ORDER BY t.purpose, t.version DESC",
                        ConsentText.class)
                .setParameter("l", lang).getResultStream()
                .map(t -> new ConsentTextView(t.purpose().name(), t.version(), t.language(), t.body())).toList();
    }

    @PermitAll
    public List<SchoolView> schools() {
        return em.createQuery("SELECT s FROM School s ORDER BY s.name", School.class)
                .getResultStream().map(DirectoryService::view).toList();
    }

    @RolesAllowed({Roles.COURSE_STAFF, Roles.ADMIN_STAFF, Roles.SCHOOL_ADMIN, Roles.TEACHER})
    public Me me() {
        AppUser u = currentUser.user().orElseThrow(() -> DomainException.notFound("account"));
        School s = u.schoolId() == null ? null : em.find(School.class, u.schoolId());
        return new Me(u.username(), u.fullName(), u.roles(), s == null ? null : view(s));
    }

    private static SchoolView view(School s) {
        return new SchoolView(s.id(), s.name(), s.cvr(), s.street(), s.postcode(), s.city(), s.municipalityCode(),
                s.email(), s.phone());
    }
}
