package org.sendfunding.examples.cli;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sendfunding.model.authority.LocalAuthorities;
import org.sendfunding.model.authority.LocalAuthority;

/**
 * Finds a local authority a user named on the command line: by its three-digit DfE code ({@code 893}),
 * its ONS code ({@code E06000051}) or its name in any case ({@code shropshire}), checked against the
 * register. A name that is not there is a {@link UserError} suggesting the nearest names:
 *
 * <pre>{@code
 * AuthorityNames.find("--la", "Shropshire", LocalAuthorities.england()).code();   // 893
 * AuthorityNames.find("--la", "Shropshre", LocalAuthorities.england());
 * // UserError: --la 'Shropshre' is not a local authority in England; did you mean Shropshire? ...
 * }</pre>
 *
 * <p>Nearness is the edit distance between lower-cased names, or a name that contains what was
 * typed. This class is stateless and thread-safe.
 */
public final class AuthorityNames {

  private AuthorityNames() {}

  /**
   * The authority named.
   *
   * @param option the option, for the message
   * @param text a DfE code, an ONS code or a name
   * @param register the register to look in
   * @return the authority
   * @throws UserError if none matches, with up to three suggestions
   */
  public static LocalAuthority find(String option, String text, LocalAuthorities register) {
    String t = text.strip();
    if (t.matches("\\d{3}")) {
      Optional<LocalAuthority> la = register.findByCode(Integer.parseInt(t));
      if (la.isPresent()) {
        return la.get();
      }
      throw new UserError(option + " " + t + ": no local authority has this DfE code; give a three-digit code such as 893"
          + " or a name such as Shropshire");
    }
    for (LocalAuthority la : register.all()) {
      if (la.name().equalsIgnoreCase(t) || la.onsCode().equalsIgnoreCase(t)) {
        return la;
      }
    }
    List<String> near = nearest(t, register, 3);
    throw new UserError(option + " '" + t + "' is not a local authority in England"
        + (near.isEmpty() ? "; give" : "; did you mean " + String.join(" or ", near) + "? Give")
        + " the name as DfE spells it or its three-digit code");
  }

  /** Up to {@code limit} names nearest the text, nearest first. */
  static List<String> nearest(String text, LocalAuthorities register, int limit) {
    String t = text.toLowerCase(Locale.ROOT);
    int allowed = Math.max(2, t.length() / 3);
    return register.all().stream()
        .map(la -> new Scored(la.name(), score(t, la.name().toLowerCase(Locale.ROOT))))
        .filter(s -> s.score <= allowed)
        .sorted(Comparator.comparingInt((Scored s) -> s.score).thenComparing(s -> s.name))
        .limit(limit).map(s -> s.name).toList();
  }

  private static int score(String typed, String name) {
    if (typed.length() >= 3 && name.contains(typed)) {
      return 1;
    }
    return distance(typed, name);
  }

  /** Levenshtein distance. */
  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] swap = prev;
      prev = cur;
      cur = swap;
    }
    return prev[b.length()];
  }

  private record Scored(String name, int score) {}
}
