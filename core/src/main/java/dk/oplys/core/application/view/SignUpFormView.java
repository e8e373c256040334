package dk.oplys.core.application.view;

import java.util.List;

/**
 * What the public sign-up form of one course needs beyond the course itself: when the CPR number is
 * asked for, and the groups that may claim the reduced fee with the tro og love-erklæring (solemn
 * declaration) each must confirm. Holds no personal data.
 *
 * @param subsidyMunicipalityCode the tilskudskommune (the school's municipality, which pays the subsidy)
 * @param cprForOtherMunicipality true when a participant living in another municipality must give the
 *                                CPR number (FOL § 43 stk. 5); never for lectures
 */
public record SignUpFormView(long courseId, String subsidyMunicipalityCode, boolean cprForOtherMunicipality,
                             List<ReducedFeeGroupView> reducedFeeGroups) {

    /** A group that qualifies for the reduced fee and the declaration text shown for it. */
    public record ReducedFeeGroupView(String code, String name, String textVersion, String declarationText) {
    }
}
