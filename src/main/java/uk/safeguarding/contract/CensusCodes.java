package uk.safeguarding.contract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Department for Education's child in need census codes (2026 to 2027 collection) that the
 * pathways record where the work happens, so the census is built from the record and not typed again
 * from free text. Each list is code to the words a practitioner chooses from; a pathway's contract
 * declares its variable with {@link #codes}, so {@link CaseWriteGuard} refuses anything else.
 * The returns package reads them back (uk.safeguarding.returns).
 */
public final class CensusCodes {

  /** The child's characteristics: recorded by the referrer and the social worker who first visits. */
  public static final String CHILD_SEX = "childSex";
  public static final String CHILD_ETHNICITY = "childEthnicity";
  public static final String CHILD_DISABILITIES = "childDisabilities";
  /** The unique pupil number, where the child has one (a school knows it). */
  public static final String CHILD_UPN = "childUpn";
  public static final List<String> CHILD_CHARACTERISTICS = List.of(CHILD_SEX, CHILD_ETHNICITY, CHILD_DISABILITIES, CHILD_UPN);
  /** Who referred the child, as the census codes it: chosen by the front door when a contact becomes a referral. */
  public static final String REFERRAL_SOURCE = "referralSource";
  /** What the assessment found in the child and the family, chosen by the social worker who writes it up. */
  public static final String ASSESSMENT_FACTORS = "assessmentFactors";
  /** The child's main need, chosen by the manager who authorises the assessment. */
  public static final String PRIMARY_NEED = "primaryNeed";
  /** Why the child's case closed, chosen by the manager who agrees the closure. */
  public static final String REASON_FOR_CLOSURE = "reasonForClosure";

  public static final Map<String, String> SEX = ordered(
      "M", "Male", "F", "Female", "U", "Not known or not recorded");

  public static final Map<String, String> ETHNICITY = ordered(
      "WBRI", "White British", "WIRI", "White Irish", "WIRT", "Traveller of Irish heritage", "WOTH", "Any other White background",
      "WROM", "Gypsy or Roma", "MWBC", "White and Black Caribbean", "MWBA", "White and Black African", "MWAS", "White and Asian",
      "MOTH", "Any other mixed background", "AIND", "Indian", "APKN", "Pakistani", "ABAN", "Bangladeshi",
      "AOTH", "Any other Asian background", "BCRB", "Black Caribbean", "BAFR", "Black African", "BOTH", "Any other Black background",
      "CHNE", "Chinese", "OOTH", "Any other ethnic group", "REFU", "Refused", "NOBT", "Information not yet obtained");

  public static final Map<String, String> DISABILITY = ordered(
      "NONE", "No disability", "MOB", "Mobility", "HAND", "Hand function", "PC", "Personal care",
      "INC", "Incontinence", "COMM", "Communication", "LD", "Learning", "HEAR", "Hearing", "VIS", "Vision",
      "BEH", "Behaviour", "CON", "Consciousness", "AUT", "Autism or Asperger syndrome", "DDA", "Other disability (Equality Act 2010)");

  public static final Map<String, String> REFERRAL_SOURCES = ordered(
      "1A", "Individual", "1B", "Individual: family member, relative or carer", "1C", "Individual: acquaintance",
      "1D", "Individual: self", "2A", "Schools", "2B", "Education services", "3A", "Health: GP",
      "3B", "Health: health visitor", "3C", "Health: school nurse", "3D", "Health: other primary health services",
      "3E", "Health: A&E", "3F", "Health: other", "4", "Housing", "5A", "Local authority: social care",
      "5B", "Local authority: other internal department", "5C", "Local authority: external", "5D", "Early help",
      "6", "Police", "7", "Other legal agency", "8", "Other", "9", "Anonymous", "10", "Unknown");

  public static final Map<String, String> PRIMARY_NEEDS = ordered(
      "N0", "Not stated", "N1", "Abuse or neglect", "N2", "Child's disability or illness", "N3", "Parent's disability or illness",
      "N4", "Family in acute stress", "N5", "Family dysfunction", "N6", "Socially unacceptable behaviour", "N7", "Low income",
      "N8", "Absent parenting", "N9", "Cases other than children in need");

  public static final Map<String, String> REASONS_FOR_CLOSURE = ordered(
      "RC1", "Adopted", "RC2", "Died", "RC3", "Child arrangements order", "RC4", "Special guardianship order",
      "RC5", "Transferred to services of another local authority", "RC6", "Transferred to adult social care",
      "RC7", "Services ceased for any other reason, including the child no longer in need",
      "RC8", "Case closed after assessment, no further action", "RC9", "Case closed after assessment, referred to early help");

  /**
   * The factors identified at assessment. 18A and 19A (physical and sexual abuse, by whom not said) are
   * left out: the DfE asks for 18B/18C and 19B/19C instead (rules 8945Q, 8950Q).
   */
  public static final Map<String, String> ASSESSMENT_FACTOR_CODES = ordered(
      "1A", "Alcohol misuse: the child", "1B", "Alcohol misuse: a parent or carer", "1C", "Alcohol misuse: another person in the household",
      "2A", "Drug misuse: the child", "2B", "Drug misuse: a parent or carer", "2C", "Drug misuse: another person in the household",
      "3A", "Domestic abuse: the child", "3B", "Domestic abuse: a parent or carer", "3C", "Domestic abuse: another person in the household",
      "4A", "Mental health: the child", "4B", "Mental health: a parent or carer", "4C", "Mental health: another person in the household",
      "5A", "Learning disability: the child", "5B", "Learning disability: a parent or carer",
      "5C", "Learning disability: another person in the household",
      "6A", "Physical disability or illness: the child", "6B", "Physical disability or illness: a parent or carer",
      "6C", "Physical disability or illness: another person in the household",
      "7A", "Young carer",
      "8B", "Privately fostered: overseas child who intends to return", "8C", "Privately fostered: overseas child who intends to stay",
      "8D", "Privately fostered: UK child in an educational placement", "8E", "Privately fostered: UK child in an alternative family arrangement",
      "8F", "Privately fostered: other",
      "9A", "Unaccompanied asylum-seeking child", "10A", "Going or being missing", "11A", "Child sexual exploitation",
      "12A", "Trafficking", "13A", "Gangs", "14A", "Socially unacceptable behaviour", "15A", "Self-harm",
      "16A", "Abuse or neglect: neglect", "17A", "Abuse or neglect: emotional abuse",
      "18B", "Abuse or neglect: physical abuse by an adult", "18C", "Abuse or neglect: physical abuse by another child",
      "19B", "Abuse or neglect: sexual abuse by an adult", "19C", "Abuse or neglect: sexual abuse by another child",
      "20", "Other", "21", "No factors identified", "22A", "Female genital mutilation", "23A", "Abuse linked to faith or belief",
      "24A", "Child criminal exploitation");

  /** The census category of abuse for each category a conference records (ICPC-05). */
  public static final Map<String, String> CATEGORY_OF_ABUSE_CODES = ordered(
      "neglect", "NEG", "physical", "PHY", "emotional", "EMO", "sexual", "SAB", "multiple", "MUL");

  /** The referral source a contact from each agency most likely has; the front door may choose a finer one. */
  public static final Map<String, String> LIKELY_SOURCE_BY_AGENCY = ordered(
      "education", "2A", "health", "3F", "police", "6", "early-help", "5D", "housing", "4", "adult-services", "5B",
      "probation", "7", "camhs", "3F", "yos", "5B", "csc-social-worker", "5A", "other", "8");

  /**
   * Why a child has no UPN, given in the UPN's place (the census's UPNunknown, the SSDA903's UPN column): the codes
   * both returns take.
   */
  public static final Map<String, String> UPN_UNKNOWN = ordered(
      "UN1", "Child is aged under 6 and not yet registered at school", "UN2", "Child has never attended school in England",
      "UN3", "Child is educated outside England", "UN4", "UPN not yet obtained",
      "UN5", "Sources collating UPNs reflect a discrepancy");

  /** Whether what is kept as the child's UPN is a reason there is none ({@link #UPN_UNKNOWN}). */
  public static boolean upnUnknown(String upn) {
    return upn != null && UPN_UNKNOWN.containsKey(upn);
  }

  /** The letters a UPN's check character may be (the DfE's table, without I, O and S). */
  public static final String UPN_CHECK_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";

  private CensusCodes() {}

  /** The letter a UPN's first character must be: characters 2 to 13 weighted by their place, modulo 23. */
  public static char upnCheckLetter(String upn) {
    int sum = 0;
    for (int place = 2; place <= 13; place++) {
      sum += Character.getNumericValue(upn.charAt(place - 1)) * place;
    }
    return UPN_CHECK_LETTERS.charAt(sum % 23);
  }

  public static List<String> codes(Map<String, String> list) {
    return List.copyOf(list.keySet());
  }

  /** A code list in the DfE's order: code, words, code, words... (the SSDA903's too, {@link LookedAfterCodes}). */
  static Map<String, String> ordered(String... pairs) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put(pairs[i], pairs[i + 1]);
    }
    return java.util.Collections.unmodifiableMap(map);
  }
}
