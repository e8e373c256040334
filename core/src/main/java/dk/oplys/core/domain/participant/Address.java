package dk.oplys.core.domain.participant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A postal address with the municipality it lies in. {@link #toString()} never shows it. */
@Embeddable
public class Address {

    private String street;
    private String postcode;
    private String city;

    @Column(name = "address_municipality")
    private String municipalityCode;

    protected Address() {
    }

    public Address(String street, String postcode, String city, String municipalityCode) {
        this.street = street;
        this.postcode = postcode;
        this.city = city;
        this.municipalityCode = municipalityCode;
    }

    public String street() { return street; }
    public String postcode() { return postcode; }
    public String city() { return city; }
    public String municipalityCode() { return municipalityCode; }

    @Override
    public String toString() {
        return "Address[masked]";
    }
}
