package dk.oplys.core.application.users;

import dk.oplys.core.application.DomainException;
import dk.oplys.core.application.ErrorCode;
import dk.oplys.core.audit.AuditAction;
import dk.oplys.core.audit.AuditTrail;
import dk.oplys.core.audit.Purpose;
import dk.oplys.core.domain.user.AppUser;
import dk.oplys.core.domain.user.Roles;
import dk.oplys.core.infrastructure.CurrentUser;
import dk.oplys.core.infrastructure.PasswordHasher;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;

/**
 * The school admin's accounts: staff, teachers and other admins of the own school. A password is
 * hashed with bcrypt before it is stored and never stored or logged in clear. Machine clients
 * (municipality, haulier) and the association's operator are not created here.
 */
@Stateless
@RolesAllowed(Roles.SCHOOL_ADMIN)
public class UserAdminService {

    /** Roles a school admin may give. */
    static final Set<String> SCHOOL_ROLES = Set.of(Roles.COURSE_STAFF, Roles.ADMIN_STAFF, Roles.TEACHER,
            Roles.SCHOOL_ADMIN, Roles.HAULIER);

    @PersistenceContext(unitName = "oplys")
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AuditTrail audit;

    /** An account as its school admin sees it; never the hash. */
    public record UserView(long id, String username, String fullName, Set<String> roles, boolean active) {
        static UserView of(AppUser u) {
            return new UserView(u.id(), u.username(), u.fullName(), u.roles(), u.active());
        }
    }

    public List<UserView> list() {
        return em.createQuery("SELECT u FROM AppUser u WHERE u.schoolId = :s ORDER BY u.username", AppUser.class)
                .setParameter("s", currentUser.schoolId()).getResultStream().map(UserView::of).toList();
    }

    /** Creates an account of the caller's school with one school role and a password of at least 12 characters. */
    public UserView create(@NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9._-]{2,59}") String username,
                           @NotBlank @Size(max = 200) String fullName, @NotNull String role,
                           @NotNull @Size(min = 12, max = 200) String password) {
        if (!SCHOOL_ROLES.contains(role)) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, "not a role a school gives", "role");
        }
        boolean taken = em.createQuery("SELECT COUNT(u) FROM AppUser u WHERE u.username = :n", Long.class)
                .setParameter("n", username).getSingleResult() > 0;
        if (taken) {
            throw new DomainException(ErrorCode.USERNAME_TAKEN, "the username is taken", "username");
        }
        AppUser u = new AppUser(username, PasswordHasher.hash(password.toCharArray()), fullName.strip(),
                currentUser.schoolId(), Set.of(role));
        em.persist(u);
        em.flush();
        audit.record(u.schoolId(), AuditAction.CREATE, "account", u.id(), Purpose.ACCOUNT_ADMINISTRATION);
        return UserView.of(u);
    }

    /** The account can no longer log in; the school's last active admin cannot be deactivated. */
    public UserView deactivate(long id) {
        AppUser u = em.find(AppUser.class, id);
        if (u == null || u.schoolId() == null || u.schoolId() != currentUser.schoolId()) {
            throw DomainException.notFound("account");
        }
        if (u.roles().contains(Roles.SCHOOL_ADMIN)) {
            long admins = em.createQuery("SELECT COUNT(u) FROM AppUser u JOIN u.roles r WHERE u.schoolId = :s "
                    + "AND u.active = TRUE AND r = :r", Long.class).setParameter("s", u.schoolId())
                    .setParameter("r", Roles.SCHOOL_ADMIN).getSingleResult();
            if (admins <= 1 && u.active()) {
                throw new DomainException(ErrorCode.INVALID_STATUS_TRANSITION, "the school's last admin stays active");
            }
        }
        u.deactivate();
        audit.record(u.schoolId(), AuditAction.UPDATE, "account", u.id(), Purpose.ACCOUNT_ADMINISTRATION);
        return UserView.of(u);
    }
}
