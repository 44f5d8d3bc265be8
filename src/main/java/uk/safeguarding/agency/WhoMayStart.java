package uk.safeguarding.agency;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import uk.safeguarding.contract.ProcessContracts;

/**
 * A pathway's declaration of which agencies and roles may start it from Tasklist, held by the
 * pathway's contract class beside its contract ({@code public static final WhoMayStart WHO_MAY_START}).
 * identity turns them into authorizations, finding them as the contracts are found, so the shared
 * packages never need to know the pathways.
 */
public record WhoMayStart(String processKey, List<Agency> agencies) {

  /**
   * Who may start each pathway, as each pathway's contract class declares it ({@code WHO_MAY_START}),
   * found the way the contracts are: no list kept by hand, so a new pathway's starters are granted.
   */
  public static List<WhoMayStart> ofEveryPathway() {
    List<WhoMayStart> found = new ArrayList<>();
    for (Class<?> contract : ProcessContracts.contractClasses().keySet()) {
      for (Field field : contract.getFields()) {
        if (Modifier.isStatic(field.getModifiers()) && field.getType() == WhoMayStart.class) {
          try {
            found.add((WhoMayStart) field.get(null));
          } catch (IllegalAccessException notPublic) {
            throw new IllegalStateException(contract.getName() + "." + field.getName() + " cannot be read", notPublic);
          }
        }
      }
    }
    found.sort(Comparator.comparing(WhoMayStart::processKey));
    return List.copyOf(found);
  }
}
