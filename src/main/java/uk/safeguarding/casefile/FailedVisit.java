package uk.safeguarding.casefile;

/**
 * NE-01: a pathway's visit at which the child was not seen (seed 003, "Stepped Approach for Working
 * with Non-Engaging Families": children need to be seen, and to be known). The pathway's gate
 * publishes it, as a Spring application event, inside the command that records the visit; the child's
 * case hears it and starts its stepped approach. Pathways announce, the case listens: no pathway
 * imports the child's case.
 *
 * @param caseReference the child's case
 * @param ruleId the rule of the visit that failed (CG-06, ...)
 * @param visitDay the day of the visit, ISO
 */
public record FailedVisit(String caseReference, String ruleId, String visitDay) {}
