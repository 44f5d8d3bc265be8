package uk.safeguarding.agency;

import java.util.List;

/**
 * A pathway's declaration of which agencies and roles may start it from Tasklist. Each pathway
 * package contributes one as a bean; identity turns them into authorizations, so the shared packages
 * never need to know the pathways.
 */
public record WhoMayStart(String processKey, List<Agency> agencies) {}
