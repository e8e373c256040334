package dk.oplys.core.infrastructure;

import dk.oplys.core.application.DomainException;
import dk.oplys.core.application.ErrorCode;
import dk.oplys.core.domain.user.AppUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.util.Optional;

/**
 * Who is calling, and which school they belong to. Every staff query is scoped by
 * {@link #schoolId()}: the tenant is never taken from the request.
 */
@RequestScoped
public class CurrentUser {

    /** The actor recorded for the participant's own online actions. */
    public static final String SELF = "self";

    @Inject
    private Principal principal;

    @PersistenceContext(unitName = "oplys")
    private EntityManager em;

    private AppUser user;

    public Optional<AppUser> user() {
        if (user == null && principal != null && !"anonymous".equals(principal.getName())) {
            user = em.createQuery("SELECT u FROM AppUser u WHERE u.username = :n AND u.active = TRUE", AppUser.class)
                    .setParameter("n", principal.getName())
                    .getResultStream().findFirst().orElse(null);
        }
        return Optional.ofNullable(user);
    }

    /** The caller's username, or {@link #SELF} for an anonymous participant. */
    public String actor() {
        return user().map(AppUser::username).orElse(SELF);
    }

    /** The caller's school; staff without one (there are none yet) are refused. */
    public long schoolId() {
        return user().map(AppUser::schoolId)
                .orElseThrow(() -> new DomainException(ErrorCode.NOT_PERMITTED, "this account belongs to no school"));
    }
}
