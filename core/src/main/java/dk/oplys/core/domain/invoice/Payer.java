package dk.oplys.core.domain.invoice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Whoever pays an invoice: the participant, or another party (an employer, a relative). The
 * {@code publicId} is random and is the only thing about the payer the payment provider sees.
 */
@Entity
@Table(name = "payer")
public class Payer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "school_id", nullable = false)
    private Long schoolId;

    @Column(name = "public_id", nullable = false)
    private String publicId;

    /** Set when the participant pays for themself. */
    @Column(name = "participant_id")
    private Long participantId;

    private String name;
    private String street;
    private String postcode;
    private String city;
    private String email;
    private String cvr;

    protected Payer() {
    }

    public Payer(Long schoolId, String publicId, Long participantId, String name, String street, String postcode,
                 String city, String email, String cvr) {
        this.schoolId = schoolId;
        this.publicId = publicId;
        this.participantId = participantId;
        this.name = name;
        this.street = street;
        this.postcode = postcode;
        this.city = city;
        this.email = email;
        this.cvr = cvr;
    }

    public Long id() { return id; }
    public Long schoolId() { return schoolId; }
    public String publicId() { return publicId; }
    public Long participantId() { return participantId; }
    public String name() { return name; }
    public String street() { return street; }
    public String postcode() { return postcode; }
    public String city() { return city; }
    public String email() { return email; }
    public String cvr() { return cvr; }

    @Override
    public String toString() {
        return "Payer[" + id + "]";
    }
}
