package org.sendfunding.examples.report;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.sendfunding.data.england.Reorganisation;
import org.sendfunding.model.authority.LocalAuthorities;
import org.sendfunding.model.authority.LocalAuthority;

/**
 * Finds one of England's 153 local authorities from what a user types: a DfE three-digit code
 * ({@code 857}) or a name, matched ignoring case, punctuation and "&amp;"/"and" ({@code rutland},
 * {@code "Bournemouth, Christchurch & Poole"}), or a unique part of a name ({@code Northamptonshire}
 * is ambiguous, {@code West North} is not).
 *
 * <pre>{@code
 * AuthorityLookup.find("857").name();        // "Rutland"
 * AuthorityLookup.find("rutlnd");            // throws UnknownAuthorityException:
 *   // "no local authority 'rutlnd'; did you mean Rutland (857)?"
 * AuthorityLookup.find("909");               // throws: "Cumbria (909) was abolished on 2023-04-01 (CUMBRIA_2023);
 *   //  its successors are Cumberland (942), Westmorland and Furness (943)"
 * }</pre>
 *
 * <p>The message is one line, for a command to print before it exits with 2. This class is
 * stateless and thread-safe.
 */
public final class AuthorityLookup {

  private AuthorityLookup() {}

  /** What the user typed matched no current authority; the message names a suggestion. */
  public static final class UnknownAuthorityException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    UnknownAuthorityException(String message) {
      super(message);
    }
  }

  /**
   * The current LA for a DfE code or a name.
   *
   * @param text a code or a name
   * @return the authority
   * @throws UnknownAuthorityException naming the closest authority, or the successors of an abolished one
   */
  public static LocalAuthority find(String text) {
    String t = text == null ? "" : text.trim();
    LocalAuthorities register = LocalAuthorities.england();
    if (t.matches("\\d{3}")) {
      int code = Integer.parseInt(t);
      Optional<LocalAuthority> la = register.findByCode(code);
      if (la.isPresent()) {
        return la.get();
      }
      Optional<Reorganisation> abolished = Reorganisation.abolishing(code);
      if (abolished.isPresent()) {
        Reorganisation r = abolished.get();
        throw new UnknownAuthorityException(r.predecessors().get(code) + " (" + code + ") was abolished on "
            + r.effective() + " (" + r + "); its successors are " + r.successors().stream()
                .map(c -> register.byCode(c).name() + " (" + c + ")").collect(Collectors.joining(", ")));
      }
      throw new UnknownAuthorityException("no local authority with DfE code " + code + "; did you mean "
          + describe(closestByCode(register.all(), code)) + "?");
    }
    String key = normalise(t);
    List<LocalAuthority> all = register.all();
    for (LocalAuthority la : all) {
      if (normalise(la.name()).equals(key)) {
        return la;
      }
    }
    List<LocalAuthority> containing = key.isEmpty() ? List.of()
        : all.stream().filter(la -> normalise(la.name()).contains(key)).collect(Collectors.toList());
    if (containing.size() == 1) {
      return containing.get(0);
    }
    if (containing.size() > 1) {
      throw new UnknownAuthorityException("'" + t + "' matches " + containing.size() + " local authorities: "
          + containing.stream().map(AuthorityLookup::describe).collect(Collectors.joining(", ")) + "; give the full name or the DfE code");
    }
    LocalAuthority closest = all.stream()
        .min(Comparator.comparingInt((LocalAuthority la) -> distance(key, normalise(la.name()))).thenComparingInt(LocalAuthority::code))
        .orElseThrow();
    throw new UnknownAuthorityException("no local authority '" + t + "'; did you mean " + describe(closest) + "?");
  }

  /** "Rutland (857)". */
  public static String describe(LocalAuthority la) {
    return la.name() + " (" + la.code() + ")";
  }

  private static LocalAuthority closestByCode(List<LocalAuthority> all, int code) {
    return all.stream().min(Comparator.comparingInt((LocalAuthority la) -> Math.abs(la.code() - code))
        .thenComparingInt(LocalAuthority::code)).orElseThrow();
  }

  /** Lower case letters and digits only, "&" read as "and", so "St. Helens" and "st helens" match. */
  static String normalise(String s) {
    return s.toLowerCase(Locale.UK).replace("&", " and ").replaceAll("[^a-z0-9]", "");
  }

  /** Levenshtein distance (names are short; quadratic is fine). */
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
}
