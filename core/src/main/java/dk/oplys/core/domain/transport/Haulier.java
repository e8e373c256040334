package dk.oplys.core.domain.transport;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A haulier (vognmand) of one school, with the date of its data-processing agreement and its login. */
@Entity
@Table(name = "haulier")
public class Haulier {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "school_id", nullable = false)
    private Long schoolId;

    @Column(nullable = false)
    private String name;

    @Column(name = "contact_name")
    private String contactName;

    @Column(name = "contact_email", nullable = false)
    private String contactEmail;

    @Column(name = "contact_phone")
    private String contactPhone;

    @Column(name = "dpa_signed_on", nullable = false)
    private LocalDate dpaSignedOn;

    @Column(name = "login_user_id")
    private Long loginUserId;

    private boolean active = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Haulier() {
    }

    public Haulier(Long schoolId, String name, String contactName, String contactEmail, String contactPhone,
                   LocalDate dpaSignedOn, Long loginUserId, Instant createdAt) {
        this.schoolId = schoolId;
        this.name = name;
        this.contactName = contactName;
        this.contactEmail = contactEmail;
        this.contactPhone = contactPhone;
        this.dpaSignedOn = dpaSignedOn;
        this.loginUserId = loginUserId;
        this.createdAt = createdAt;
    }

    public Long id() { return id; }
    public Long schoolId() { return schoolId; }
    public String name() { return name; }
    public String contactName() { return contactName; }
    public String contactEmail() { return contactEmail; }
    public String contactPhone() { return contactPhone; }
    public LocalDate dpaSignedOn() { return dpaSignedOn; }
    public Long loginUserId() { return loginUserId; }
    public boolean active() { return active; }
}
