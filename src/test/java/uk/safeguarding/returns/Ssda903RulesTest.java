package uk.safeguarding.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.safeguarding.returns.Ssda903Child.Episode;

/**
 * Each DfE SSDA903 rule against a looked after child who keeps every rule, then against that child broken in one
 * way: the broken child fails exactly the rules named, by number.
 */
class Ssda903RulesTest {

  static final CensusYear YEAR = new CensusYear(2026);

  /**
   * A child of the 2026 to 2027 return who keeps every rule: looked after on an interim care order with foster carers
   * from 4 May 2026 (S), a care order from 3 August (L), a move to long-term foster carers on 2 November (P, the care
   * plan), home to her mother on 26 February 2027 (E4A); missing for two days in December, reviewed twice.
   */
  static final class Child {
    String sex = "F";
    LocalDate birthDate = day("2014-03-02");
    String ethnicity = "WBRI";
    String upn = "P201123456789";
    List<Episode> episodes = new ArrayList<>(List.of(
        episode("2026-05-04", "S", "C1", "U6", "PR1", "M1 1AE", "2026-08-03", "X1", null),
        episode("2026-08-03", "L", "C2", "U6", "PR1", "M1 1AE", "2026-11-02", "X1", "CARPL"),
        episode("2026-11-02", "P", "C2", "U4", "PR4", "M20 2LS", "2027-02-26", "E4A", null)));
    List<Ssda903Child.Review> reviews = new ArrayList<>(List.of(new Ssda903Child.Review(day("2026-06-01"), "PN1"),
        new Ssda903Child.Review(day("2026-11-20"), "PN1")));
    List<Ssda903Child.Missing> missing = new ArrayList<>(List.of(missing("M", "2026-12-01", "2026-12-03")));

    Ssda903Child build() {
      return new Ssda903Child("LAC-0001", "LAC0001", sex, birthDate, ethnicity, upn, false, episodes, reviews, missing, false,
          Ssda903Child.Health.NONE);
    }

    /** Changes the episode at {@code index} (0 to 2), keeping the rest. */
    void change(int index, Consumer<EpisodeDraft> changes) {
      EpisodeDraft draft = new EpisodeDraft(episodes.get(index));
      changes.accept(draft);
      episodes.set(index, draft.build());
    }
  }

  /** An episode's columns, to change one or two. */
  static final class EpisodeDraft {
    LocalDate start;
    String rne;
    String ls;
    String cin;
    String place;
    String provider;
    LocalDate end;
    String rec;
    String placeChange;
    String home;
    String postcode;

    EpisodeDraft(Episode e) {
      start = e.start();
      rne = e.reasonForNewEpisode();
      ls = e.legalStatus();
      cin = e.categoryOfNeed();
      place = e.placementType();
      provider = e.placementProvider();
      end = e.end();
      rec = e.reasonEnded();
      placeChange = e.reasonPlaceChange();
      home = e.homePostcode();
      postcode = e.placementPostcode();
    }

    Episode build() {
      return new Episode(start, rne, ls, cin, place, provider, end, rec, placeChange, home, postcode);
    }
  }

  static Episode episode(String start, String rne, String ls, String place, String provider, String postcode, String end,
      String rec, String placeChange) {
    return new Episode(day(start), rne, ls, "N1", place, provider, end == null ? null : day(end), rec, placeChange, "M14 5RB",
        postcode);
  }

  static Ssda903Child.Missing missing(String type, String start, String end) {
    return new Ssda903Child.Missing(type, start == null ? null : day(start), end == null ? null : day(end));
  }

  static LocalDate day(String iso) {
    return LocalDate.parse(iso);
  }

  static Set<String> failedRules(Ssda903Child child) {
    return Ssda903Validation.failedRules(child, new Ssda903Rule.Ssda903Return(YEAR, List.of(child))).stream()
        .map(Ssda903Rule::number).collect(Collectors.toSet());
  }

  static Arguments broken(String rule, Consumer<Child> spoil, String... alsoFailing) {
    return Arguments.of(rule, spoil, Set.of(alsoFailing));
  }

  /** The same placement for the first two episodes (the change of legal status keeps it). */
  static Consumer<Child> firstPlacement(Consumer<EpisodeDraft> changes) {
    return c -> {
      c.change(0, changes);
      c.change(1, changes);
    };
  }

  static Consumer<Child> lastEpisode(Consumer<EpisodeDraft> changes) {
    return c -> c.change(2, changes);
  }

  /** The last placement temporary, with no provider. */
  static Consumer<Child> temporaryAtTheEnd(String type) {
    return lastEpisode(e -> {
      e.place = type;
      e.provider = null;
    });
  }

  static Stream<Arguments> brokenChildren() {
    return Stream.of(
        broken("101", c -> c.sex = "X"),
        broken("102", c -> c.birthDate = null),
        broken("103", c -> c.ethnicity = "WXYZ"),
        broken("232", c -> c.sex = "U"),
        broken("301", c -> c.birthDate = day("2027-04-02"), "302", "586", "441"),
        broken("302", c -> c.birthDate = day("2026-06-01"), "441"),
        broken("351", c -> c.birthDate = day("2000-01-01"), "352"),
        broken("442", c -> c.upn = null),
        broken("142", c -> c.change(0, e -> {
          e.end = null;
          e.rec = null;
        }), "433"),
        broken("143", c -> c.change(1, e -> e.rne = "Z")),
        broken("144", c -> c.change(0, e -> e.ls = "X9")),
        broken("145", c -> List.of(0, 1, 2).forEach(i -> c.change(i, e -> e.cin = "N0"))),
        broken("146", firstPlacement(e -> e.place = "Z1")),
        broken("148", c -> c.change(2, e -> e.rec = null)),
        broken("149", c -> c.change(2, e -> e.rec = "E99")),
        broken("178", firstPlacement(e -> e.provider = "PR9")),
        broken("213", lastEpisode(e -> e.place = "T0"), "178", "226", "381"),
        broken("225", c -> c.change(1, e -> e.placeChange = null)),
        broken("226", temporaryAtTheEnd("T0"), "381"),
        broken("233", lastEpisode(e -> {
          e.end = null;
          e.rec = null;
          e.placeChange = "OTHER";
        })),
        broken("1009", c -> c.change(1, e -> e.placeChange = "XXXXX")),
        broken("526", firstPlacement(e -> e.provider = null)),
        broken("352", c -> c.birthDate = day("2008-01-01")),
        broken("354", lastEpisode(e -> e.end = day("2027-04-10"))),
        broken("355", c -> {
          c.change(2, e -> e.end = e.start);
          c.missing.clear();
        }),
        broken("356", c -> {
          c.change(2, e -> e.end = day("2026-11-01"));
          c.missing.clear();
        }),
        broken("357", c -> c.change(0, e -> e.rne = "P")),
        broken("358", c -> {
          c.birthDate = day("2017-06-01");
          c.change(0, e -> e.ls = "J1");
        }),
        broken("361", c -> c.change(0, e -> e.ls = "L1")),
        broken("362", c -> c.change(0, e -> e.ls = "L2")),
        broken("363", c -> c.change(0, e -> e.ls = "L3")),
        broken("364", c -> c.change(0, e -> e.ls = "J2")),
        broken("371", lastEpisode(e -> e.place = "K3")),
        broken("372", c -> {
          c.birthDate = day("2017-06-01");
          c.change(2, e -> e.place = "R5");
        }),
        broken("373", c -> {
          c.birthDate = day("2023-01-01");
          c.change(2, e -> e.place = "S1");
        }, "441"),
        broken("374", lastEpisode(e -> e.place = "P3")),
        broken("375", temporaryAtTheEnd("T1"), "226", "381"),
        broken("376", temporaryAtTheEnd("T3"), "226", "381"),
        broken("378", c -> {
          c.change(0, e -> {
            e.ls = "V2";
            e.place = "P1";
          });
          c.change(1, e -> e.place = "P1");
        }),
        broken("379", temporaryAtTheEnd("T4"), "226", "381"),
        broken("380", c -> {
          firstPlacement(e -> {
            e.place = "T0";
            e.provider = null;
          }).accept(c);
          c.change(1, e -> e.placeChange = null);
        }),
        broken("381", c -> {
          temporaryAtTheEnd("T0").accept(c);
          c.change(1, e -> e.placeChange = null);
        }),
        broken("386", c -> {
          c.birthDate = day("2008-12-01");
          c.change(2, e -> e.rec = "E11");
        }),
        broken("387", c -> c.change(2, e -> e.rec = "E5")),
        broken("388", c -> c.change(2, e -> e.rec = "X1")),
        broken("389", c -> c.change(2, e -> e.rec = "E7")),
        broken("392c", firstPlacement(e -> e.postcode = "NOT A POSTCODE")),
        broken("407", c -> {
          c.birthDate = day("2008-12-01");
          c.change(2, e -> e.rec = "E45");
        }),
        broken("431", c -> c.change(1, e -> e.rne = "S")),
        broken("432", c -> c.change(0, e -> e.rec = "E4A"), "388"),
        broken("433", c -> c.change(1, e -> e.start = day("2026-08-04")), "388"),
        broken("434", c -> c.change(1, e -> e.postcode = "M2 3AB")),
        broken("435", c -> c.change(2, e -> {
          e.place = "U6";
          e.provider = "PR1";
          e.postcode = "M1 1AE";
        })),
        broken("436", c -> c.change(2, e -> e.rne = "B")),
        broken("437", c -> c.change(0, e -> e.rec = "E2"), "432", "388"),
        broken("445", c -> c.change(0, e -> e.ls = "D1")),
        broken("460", c -> c.change(2, e -> e.rec = "E17")),
        broken("501", c -> c.change(1, e -> e.start = day("2026-08-01")), "433", "388"),
        broken("504", c -> c.change(1, e -> e.cin = "N2")),
        broken("166", c -> c.reviews.set(0, new Ssda903Child.Review(null, "PN1"))),
        broken("167", c -> c.reviews.set(0, new Ssda903Child.Review(day("2026-06-01"), "PN9"))),
        broken("440", c -> c.reviews.set(0, new Ssda903Child.Review(day("2026-06-01"), "PN0"))),
        broken("441", c -> c.birthDate = day("2023-06-01")),
        broken("1006", c -> c.missing.set(0, missing("X", "2026-12-01", "2026-12-03"))),
        broken("564", c -> c.missing.set(0, missing("M", null, "2026-12-03"))),
        broken("567", c -> c.missing.set(0, missing("M", "2026-12-03", "2026-12-01"))),
        broken("570", c -> c.missing.set(0, missing("M", "2027-04-05", null)), "577", "578", "581"),
        broken("571", c -> c.missing.set(0, missing("M", "2026-12-01", "2027-04-05"))),
        broken("574", c -> c.missing.add(missing("A", "2026-12-02", "2026-12-04"))),
        broken("577", c -> c.missing.set(0, missing("M", "2026-12-01", null))),
        broken("578", c -> c.missing.set(0, missing("M", "2027-03-01", "2027-03-02")), "581"),
        broken("581", c -> c.missing.set(0, missing("M", "2026-04-20", "2026-04-21"))),
        broken("586", c -> c.missing.set(0, missing("M", "2013-05-01", "2013-05-02")), "581", "571"));
  }

  @ParameterizedTest(name = "rule {0}")
  @MethodSource("brokenChildren")
  void eachRuleFailsTheChildThatBreaksIt(String rule, Consumer<Child> spoil, Set<String> alsoFailing) {
    Child child = new Child();
    spoil.accept(child);

    assertThat(failedRules(child.build()))
        .as("rule " + rule + ": " + Ssda903Rules.byNumber(rule).message())
        .isEqualTo(Stream.concat(Stream.of(rule), alsoFailing.stream()).collect(Collectors.toSet()));
  }

  @Test
  void theChildOfTheCasesKeepsEveryRule() {
    assertThat(failedRules(new Child().build())).isEmpty();
  }

  @Test
  void everyRuleHasABrokenChild() {
    Set<String> tested = brokenChildren().map(arguments -> (String) arguments.get()[0]).collect(Collectors.toSet());
    assertThat(Ssda903Rules.ALL.stream().map(Ssda903Rule::number)).allMatch(tested::contains);
  }

  @Test
  void rules361to364_aStatusRunsOnAcrossEpisodesThatFollowDayToDay() {
    Child child = new Child();
    // Police protection for 2 days, then still L1 in the next episode for 2 more: 4 days in all, over 72 hours.
    child.episodes.clear();
    child.episodes.addAll(List.of(
        episode("2026-05-04", "S", "L1", "U6", "PR1", "M1 1AE", "2026-05-06", "X1", "CARPL"),
        episode("2026-05-06", "P", "L1", "U4", "PR4", "M20 2LS", "2026-05-08", "X1", null),
        episode("2026-05-08", "L", "C1", "U4", "PR4", "M20 2LS", null, null, null)));
    child.missing.clear();
    child.reviews.clear();
    assertThat(failedRules(child.build())).containsExactly("361");
  }
}
