package dk.oplys.core.domain.municipality;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One of the 98 municipalities (kommuner), by Danmarks Statistik's 3-digit code. Reference data. */
@Entity
@Table(name = "municipality")
public class Municipality {

    @Id
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String region;

    protected Municipality() {
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String region() {
        return region;
    }
}
