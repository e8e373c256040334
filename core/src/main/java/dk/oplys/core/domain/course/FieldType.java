package dk.oplys.core.domain.course;

/** The type of a course-specific extra field (e.g. instrument, language level). */
public enum FieldType {
    TEXT, NUMBER, YES_NO, CHOICE
}
