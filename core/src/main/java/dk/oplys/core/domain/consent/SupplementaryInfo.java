package dk.oplys.core.domain.consent;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Voluntary supplementary information; it exists only while its consent is active. */
@Entity
@Table(name = "supplementary_info")
public class SupplementaryInfo {

    @Id
    @Column(name = "participant_id")
    private Long participantId;

    @Column(name = "consent_id", nullable = false)
    private Long consentId;

    @Column(nullable = false)
    private String interests;

    protected SupplementaryInfo() {
    }

    public SupplementaryInfo(Long participantId, Long consentId, String interests) {
        this.participantId = participantId;
        this.consentId = consentId;
        this.interests = interests;
    }

    public void replace(Long consentId, String interests) {
        this.consentId = consentId;
        this.interests = interests;
    }

    public Long participantId() { return participantId; }
    public Long consentId() { return consentId; }
    public String interests() { return interests; }
}
