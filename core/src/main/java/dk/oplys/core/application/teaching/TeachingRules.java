package dk.oplys.core.application.teaching;

import dk.oplys.core.domain.teaching.TeachingSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** A school's teaching settings: the stored row, or the defaults (14 days before, 30 after, no phone). */
@ApplicationScoped
public class TeachingRules {

    @PersistenceContext(unitName = "oplys")
    private EntityManager em;

    public TeachingSettings of(long schoolId) {
        TeachingSettings s = em.find(TeachingSettings.class, schoolId);
        return s != null ? s : TeachingSettings.defaults(schoolId);
    }
}
