package dk.oplys.core.domain.participant;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A participant (deltager) of one school. The CPR number is held only as ciphertext and a keyed
 * hash; {@link dk.oplys.core.crypto.CprProtector} turns them back into a {@link Cpr} for the roles
 * and recipients that need it.
 */
@Entity
@Table(name = "participant")
public class Participant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "school_id", nullable = false)
    private Long schoolId;

    @Column(name = "first_name", nullable = false)
    private String firstName;

    @Column(name = "last_name", nullable = false)
    private String lastName;

    @Embedded
    private Address address;

    @Column(name = "birth_date", nullable = false)
    private LocalDate birthDate;

    @Column(name = "cpr_cipher")
    private String cprCipher;

    @Column(name = "cpr_hash")
    private String cprHash;

    private String email;
    private String phone;

    /** Where the person lives (folkeregister); derived from the address unless staff change it. */
    @Column(nullable = false)
    private String hjemstedskommune;

    /** The acting municipality under social law, for people placed by another municipality. */
    private String handlekommune;

    /** The paying municipality under social law, where it differs. */
    private String betalingskommune;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected Participant() {
    }

    public Participant(Long schoolId, String firstName, String lastName, Address address, LocalDate birthDate,
                       String email, String phone, Instant now) {
        this.schoolId = schoolId;
        this.createdAt = now;
        update(firstName, lastName, address, birthDate, email, phone, now);
        this.hjemstedskommune = address.municipalityCode();
    }

    /** Rectification of identity and contact data. The hjemstedskommune is left as it is. */
    public void update(String firstName, String lastName, Address address, LocalDate birthDate,
                       String email, String phone, Instant now) {
        this.firstName = firstName;
        this.lastName = lastName;
        this.address = address;
        this.birthDate = birthDate;
        this.email = email;
        this.phone = phone;
        this.updatedAt = now;
    }

    public void setMunicipalities(String hjemstedskommune, String handlekommune, String betalingskommune, Instant now) {
        this.hjemstedskommune = hjemstedskommune;
        this.handlekommune = handlekommune;
        this.betalingskommune = betalingskommune;
        this.updatedAt = now;
    }

    /** Stores an already protected CPR (ciphertext and keyed hash), or clears it with nulls. */
    public void setProtectedCpr(String cipher, String hash) {
        this.cprCipher = cipher;
        this.cprHash = hash;
    }

    public Long id() { return id; }
    public Long schoolId() { return schoolId; }
    public String firstName() { return firstName; }
    public String lastName() { return lastName; }
    public Address address() { return address; }
    public LocalDate birthDate() { return birthDate; }
    public Optional<String> cprCipher() { return Optional.ofNullable(cprCipher); }
    public Optional<String> cprHash() { return Optional.ofNullable(cprHash); }
    public Optional<String> email() { return Optional.ofNullable(email); }
    public Optional<String> phone() { return Optional.ofNullable(phone); }
    public String hjemstedskommune() { return hjemstedskommune; }
    public Optional<String> handlekommune() { return Optional.ofNullable(handlekommune); }
    public Optional<String> betalingskommune() { return Optional.ofNullable(betalingskommune); }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }

    @Override
    public String toString() {
        return "Participant[id=" + id + "]";
    }
}
