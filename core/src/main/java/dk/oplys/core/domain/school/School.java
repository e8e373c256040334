package dk.oplys.core.domain.school;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An evening school (aftenskole): the data controller, and the tenant every record belongs to. */
@Entity
@Table(name = "school")
public class School {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "association_id", nullable = false)
    private Long associationId;

    private String name;
    private String cvr;
    private String street;
    private String postcode;
    private String city;

    @Column(name = "municipality_code")
    private String municipalityCode;

    private String email;
    private String phone;

    /** First month of the fiscal year (1 = calendar year); retention counts from its end. */
    @Column(name = "fiscal_year_start_month")
    private int fiscalYearStartMonth = 1;

    protected School() {
    }

    public School(Long associationId, String name, String cvr, String street, String postcode, String city,
                  String municipalityCode, String email, String phone, int fiscalYearStartMonth) {
        this.associationId = associationId;
        this.name = name;
        this.cvr = cvr;
        this.street = street;
        this.postcode = postcode;
        this.city = city;
        this.municipalityCode = municipalityCode;
        this.email = email;
        this.phone = phone;
        this.fiscalYearStartMonth = fiscalYearStartMonth;
    }

    /** Days an invoice gives the payer to pay. */
    @Column(name = "payment_days")
    private int paymentDays = 14;

    /** A participant who cancels at least this many days before the first lesson gets a refund. */
    @Column(name = "refund_deadline_days")
    private int refundDeadlineDays = 7;

    /**
     * The fiscal year {@code date} falls in, named by the calendar year it starts in: with a
     * fiscal year from August, 2027-03-01 belongs to 2026 (2026/27).
     */
    public int fiscalYearOf(java.time.LocalDate date) {
        return date.getMonthValue() >= fiscalYearStartMonth ? date.getYear() : date.getYear() - 1;
    }

    public int paymentDays() { return paymentDays; }
    public int refundDeadlineDays() { return refundDeadlineDays; }
    public Long id() { return id; }
    public Long associationId() { return associationId; }
    public String name() { return name; }
    public String cvr() { return cvr; }
    public String street() { return street; }
    public String postcode() { return postcode; }
    public String city() { return city; }
    public String municipalityCode() { return municipalityCode; }
    public String email() { return email; }
    public String phone() { return phone; }
    public int fiscalYearStartMonth() { return fiscalYearStartMonth; }
}
