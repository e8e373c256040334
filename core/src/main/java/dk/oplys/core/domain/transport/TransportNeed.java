package dk.oplys.core.domain.transport;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A participant's transport need on one enrolment: the pickup address (their own unless they gave
 * another), a mobility aid, whether a companion comes, a note for the driver, and the basis.
 */
@Entity
@Table(name = "transport_need")
public class TransportNeed {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "school_id", nullable = false)
    private Long schoolId;

    @Column(name = "enrolment_id", nullable = false)
    private Long enrolmentId;

    @Column(name = "pickup_street", nullable = false)
    private String pickupStreet;

    @Column(name = "pickup_postcode", nullable = false)
    private String pickupPostcode;

    @Column(name = "pickup_city", nullable = false)
    private String pickupCity;

    @Column(name = "mobility_aid")
    private String mobilityAid;

    private boolean companion;

    private String notes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TransportBasis basis;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected TransportNeed() {
    }

    public TransportNeed(Long schoolId, Long enrolmentId) {
        this.schoolId = schoolId;
        this.enrolmentId = enrolmentId;
    }

    public void set(String street, String postcode, String city, String mobilityAid, boolean companion, String notes,
                    TransportBasis basis, String by, Instant at) {
        this.pickupStreet = street;
        this.pickupPostcode = postcode;
        this.pickupCity = city;
        this.mobilityAid = mobilityAid;
        this.companion = companion;
        this.notes = notes;
        this.basis = basis;
        this.recordedBy = by;
        this.updatedAt = at;
    }

    public Long id() { return id; }
    public Long schoolId() { return schoolId; }
    public Long enrolmentId() { return enrolmentId; }
    public String pickupStreet() { return pickupStreet; }
    public String pickupPostcode() { return pickupPostcode; }
    public String pickupCity() { return pickupCity; }
    public String mobilityAid() { return mobilityAid; }
    public boolean companion() { return companion; }
    public String notes() { return notes; }
    public TransportBasis basis() { return basis; }
    public Instant updatedAt() { return updatedAt; }

    @Override
    public String toString() {
        return "TransportNeed[" + id + "]";
    }
}
