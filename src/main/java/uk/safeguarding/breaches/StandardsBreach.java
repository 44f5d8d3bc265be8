package uk.safeguarding.breaches;

import java.time.OffsetDateTime;

/** A missed timescale or a broken gate on a child's case, as the manager and the escalation see it. */
public record StandardsBreach(
    String id, String caseReference, String ruleId, OffsetDateTime dueAt, OffsetDateTime noticedAt,
    String processInstanceId, String breachedStep, String standardsProfile, String detail) {}
