package uk.safeguarding.breaches;

/**
 * What a pathway does with a newly recorded breach besides the team manager's review: the escalation
 * pathway raises a professional disagreement where the catalogue says a breach escalates (ESC-01).
 * Pathways contribute follow-ups as beans, so this package never needs to know them.
 *
 * <p>{@link StandardsBreachReviews} calls each follow-up once for each breach, in the transaction that
 * starts the breach's review and marks it started; a follow-up that fails rolls the review back with
 * it, and the next sweep tries again. A follow-up must therefore do its work at most once for the
 * same thing (the escalation's database key makes sure of that).
 */
public interface StandardsBreachFollowUp {

  /** @return what was done, in a sentence the team manager reads on the review, or null when nothing */
  String followUp(StandardsBreach breach);
}
