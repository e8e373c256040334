package dk.oplys.core.application.keys;

import dk.oplys.core.crypto.CprProtector;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One batch of re-encryption per transaction: values written under an older key are decrypted
 * and encrypted again under the current one. Each row is updated only if it still holds the value
 * read ("WHERE cpr_cipher = old"), so two nodes working at once, or a participant edited meanwhile,
 * cannot lose a change; a killed run leaves every row either old or new, both readable.
 */
@Stateless
@LocalBean
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class CprReencryptionWork {

    @PersistenceContext(unitName = "oplys")
    private EntityManager em;

    @Inject
    private CprProtector protector;

    /** @return how many values were re-encrypted (0 when none is left under an older key) */
    public int batch(int size) {
        String current = "v" + protector.currentKeyId() + ":%";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, school_id, cpr_cipher FROM participant "
                        + "WHERE cpr_cipher IS NOT NULL AND cpr_cipher NOT LIKE ?1 ORDER BY id")
                .setParameter(1, current).setMaxResults(size).getResultList();
        int done = 0;
        for (Object[] r : rows) {
            long id = ((Number) r[0]).longValue();
            long school = ((Number) r[1]).longValue();
            String old = (String) r[2];
            String fresh = protector.encrypt(protector.decrypt(old, school), school);
            done += em.createNativeQuery("UPDATE participant SET cpr_cipher = ?1 WHERE id = ?2 AND cpr_cipher = ?3")
                    .setParameter(1, fresh).setParameter(2, id).setParameter(3, old).executeUpdate();
        }
        return done;
    }

    /** Stored values per key id, counted in the database (no value leaves it). */
    public Map<Integer, Long> valuesPerKey() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT k, COUNT(*) FROM (SELECT SUBSTRING(cpr_cipher, 2, "
                + "POSITION(':' IN cpr_cipher) - 2) AS k FROM participant WHERE cpr_cipher IS NOT NULL) t GROUP BY k")
                .getResultList();
        Map<Integer, Long> counts = new TreeMap<>();
        for (Object[] r : rows) {
            counts.put(Integer.valueOf(r[0].toString()), ((Number) r[1]).longValue());
        }
        return counts;
    }
}
