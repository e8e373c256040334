package dk.oplys.core.domain.course;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** A course-specific question asked at sign-up (e.g. instrument), with its type and whether required. */
@Entity
@Table(name = "course_field")
public class CourseField {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id")
    private Course course;

    @Column(name = "field_key", nullable = false)
    private String key;

    @Column(nullable = false)
    private String label;

    @Enumerated(EnumType.STRING)
    @Column(name = "field_type", nullable = false)
    private FieldType type;

    private boolean required;

    /** For CHOICE: the allowed answers, separated by '|'. */
    private String options;

    @Column(name = "sort_order")
    private int sortOrder;

    protected CourseField() {
    }

    CourseField(Course course, String key, String label, FieldType type, boolean required, List<String> options, int sortOrder) {
        this.course = course;
        this.key = key;
        this.label = label;
        this.type = type;
        this.required = required;
        this.options = options == null || options.isEmpty() ? null : String.join("|", options);
        this.sortOrder = sortOrder;
    }

    public String key() { return key; }
    public String label() { return label; }
    public FieldType type() { return type; }
    public boolean required() { return required; }
    public int sortOrder() { return sortOrder; }

    public List<String> options() {
        return options == null ? List.of() : Arrays.asList(options.split("\\|"));
    }

    /**
     * Checks one answer against the field's type.
     *
     * @return a reason the answer is rejected, or empty when it is acceptable
     */
    public Optional<String> reject(String answer) {
        if (answer == null || answer.isBlank()) {
            return required ? Optional.of("is required") : Optional.empty();
        }
        if (answer.length() > 1000) {
            return Optional.of("is too long");
        }
        return switch (type) {
            case TEXT -> Optional.empty();
            case NUMBER -> answer.strip().matches("-?\\d{1,9}") ? Optional.empty() : Optional.of("must be a whole number");
            case YES_NO -> answer.equals("yes") || answer.equals("no") ? Optional.empty() : Optional.of("must be yes or no");
            case CHOICE -> options().contains(answer) ? Optional.empty() : Optional.of("must be one of the listed options");
        };
    }
}
