package dk.oplys.core.domain.school;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The association (forbund) that runs the system for its schools: their data processor. */
@Entity
@Table(name = "association")
public class Association {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    protected Association() {
    }

    public Association(String name) {
        this.name = name;
    }

    public Long id() { return id; }
    public String name() { return name; }
}
