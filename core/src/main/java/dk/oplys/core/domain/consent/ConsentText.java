package dk.oplys.core.domain.consent;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** The exact wording a person saw when consenting, per purpose, version and language. */
@Entity
@Table(name = "consent_text")
@IdClass(ConsentText.Key.class)
public class ConsentText {

    @Id
    @Enumerated(EnumType.STRING)
    private ConsentPurpose purpose;

    @Id
    private String version;

    @Id
    private String language;

    @Column(nullable = false)
    private String body;

    protected ConsentText() {
    }

    public ConsentPurpose purpose() { return purpose; }
    public String version() { return version; }
    public String language() { return language; }
    public String body() { return body; }

    /** Composite key. */
    public static class Key implements Serializable {
        private ConsentPurpose purpose;
        private String version;
        private String language;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.purpose == purpose && Objects.equals(k.version, version)
                    && Objects.equals(k.language, language);
        }

        @Override
        public int hashCode() {
            return Objects.hash(purpose, version, language);
        }
    }
}
