package dk.oplys.core.domain.transport;

/** Why the school may hold and pass on a transport need: the participant's consent, or a handicap course. */
public enum TransportBasis {
    CONSENT, HANDICAP_COURSE
}
