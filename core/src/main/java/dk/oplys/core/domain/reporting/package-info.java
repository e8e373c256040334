/**
 * Municipal reporting under Folkeoplysningsloven: each tilskudskommune's rules as data
 * ({@link dk.oplys.core.domain.reporting.MunicipalRule}), the reports made from them and their lines.
 */
package dk.oplys.core.domain.reporting;
