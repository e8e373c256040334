package dk.oplys.core.retention;

/** DELETE removes the rows; ANONYMISE keeps what aggregates need (amounts, counts) and removes every link to the person. */
public enum RetentionAction {
    DELETE, ANONYMISE
}
