package org.sendfunding.data.ees;

import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import org.sendfunding.model.authority.LocalAuthorities;
import org.sendfunding.model.authority.LocalAuthority;

/**
 * The DfE three-digit LA codes a published per-LA table may carry: England's 153 current
 * authorities ({@link LocalAuthorities#england()}) and the five abolished since 2010 whose years
 * DfE still publishes under their own codes.
 *
 * <p>Predecessors (DfE, "LA and region codes", and the reorganisation orders): Dorset 835,
 * Poole 836 and Bournemouth 837 became Dorset 838 and Bournemouth, Christchurch and Poole 839 on
 * 1 April 2019 (The Bournemouth, Dorset and Poole (Structural Changes) Order 2018, SI 2018/648);
 * Northamptonshire 928 became North Northamptonshire 940 and West Northamptonshire 941 on 1 April
 * 2021 (SI 2020/156); Cumbria 909 became Cumberland 942 and Westmorland and Furness 943 on
 * 1 April 2023 (SI 2022/331). North Yorkshire 815, Somerset 933 and Buckinghamshire 825 kept their
 * DfE codes when they became unitary, though their ONS codes changed: joining on the DfE code is
 * what keeps their series whole.
 *
 * <pre>{@code
 * LaCodes.ENGLAND.name(928);   // Optional[Northamptonshire]
 * LaCodes.ENGLAND.isKnown(999); // false
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LaCodes {

  /** The 153 current codes and the five predecessors. */
  public static final LaCodes ENGLAND = england();

  private final ImmutableMap<Integer, String> names;

  private LaCodes(ImmutableMap<Integer, String> names) {
    this.names = names;
  }

  private static LaCodes england() {
    ImmutableMap.Builder<Integer, String> b = ImmutableMap.builder();
    for (LocalAuthority la : LocalAuthorities.england().all()) {
      b.put(la.code(), la.name());
    }
    b.put(835, "Dorset");
    b.put(836, "Poole");
    b.put(837, "Bournemouth");
    b.put(928, "Northamptonshire");
    b.put(909, "Cumbria");
    return new LaCodes(b.buildOrThrow());
  }

  /** Whether a DfE code is a current or predecessor authority. */
  public boolean isKnown(int code) {
    return names.containsKey(code);
  }

  /** Whether a cell's text is a known three-digit DfE code. */
  public boolean isKnown(String code) {
    return code.length() == 3 && code.chars().allMatch(Character::isDigit)
        && isKnown(Integer.parseInt(code));
  }

  /** The authority's name for a code, if it is known. */
  public Optional<String> name(int code) {
    return Optional.ofNullable(names.get(code));
  }

  /** How many codes (158). */
  public int size() {
    return names.size();
  }

  @Override
  public String toString() {
    return "LaCodes{" + names.size() + " codes}";
  }
}
