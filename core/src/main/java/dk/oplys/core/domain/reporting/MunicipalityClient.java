package dk.oplys.core.domain.reporting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A municipal system's machine account (an app_user with the municipality role) and the one municipality it speaks for. */
@Entity
@Table(name = "municipality_client")
public class MunicipalityClient {

    @Id
    @Column(name = "user_id")
    private Long userId;

    @Column(name = "municipality_code", nullable = false)
    private String municipalityCode;

    protected MunicipalityClient() {
    }

    public MunicipalityClient(Long userId, String municipalityCode) {
        this.userId = userId;
        this.municipalityCode = municipalityCode;
    }

    public Long userId() { return userId; }
    public String municipalityCode() { return municipalityCode; }
}
