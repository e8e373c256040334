package dk.oplys.core.domain.course;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Where a course takes place; its municipality matters for reporting. */
@Entity
@Table(name = "venue")
public class Venue {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "school_id", nullable = false)
    private Long schoolId;

    private String name;
    private String street;
    private String postcode;
    private String city;

    @Column(name = "municipality_code")
    private String municipalityCode;

    protected Venue() {
    }

    public Venue(Long schoolId, String name, String street, String postcode, String city, String municipalityCode) {
        this.schoolId = schoolId;
        this.name = name;
        this.street = street;
        this.postcode = postcode;
        this.city = city;
        this.municipalityCode = municipalityCode;
    }

    public Long id() { return id; }
    public Long schoolId() { return schoolId; }
    public String name() { return name; }
    public String street() { return street; }
    public String postcode() { return postcode; }
    public String city() { return city; }
    public String municipalityCode() { return municipalityCode; }
}
