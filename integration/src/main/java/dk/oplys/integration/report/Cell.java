package dk.oplys.integration.report;

/**
 * One value of a row: its payload name (XML element, JSON key), its Danish column label, and the
 * value, a String or a {@link PostalAddress}.
 */
public record Cell(String name, String label, Object value) {

    /** A postal address written as street, postcode and city. */
    public record PostalAddress(String street, String postcode, String city) {
        @Override
        public String toString() {
            return "PostalAddress[masked]";
        }

        public String oneLine() {
            return street + ", " + postcode + " " + city;
        }
    }

    @Override
    public String toString() {
        return "Cell[" + name + "]";
    }
}
