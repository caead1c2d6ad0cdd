package org.sendfunding.json;

import com.google.common.collect.ImmutableSortedSet;
import com.google.common.reflect.ClassPath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.util.Comparator;

/**
 * The public value types of the four library modules, found on the class path: every public abstract
 * class that Immutables implemented (its generated {@code Immutable*} subclass is in the module's
 * jar), plus the hand-written value classes named here.
 */
final class ValueTypes {

  private ValueTypes() {}

  /** Hand-written public classes with value semantics ({@code equals} on their content). */
  static final ImmutableSortedSet<Class<?>> HAND_WRITTEN = sorted(
      org.sendfunding.funding.parameter.ParameterValue.class,
      org.sendfunding.funding.parameter.ParameterSet.class,
      org.sendfunding.accountability.progress8.Attainment8Estimates.class,
      org.sendfunding.accountability.comparison.SchoolRanking.class,
      // computed views, equal when made from equal scenarios (runs are deterministic)
      org.sendfunding.funding.scenario.ScenarioResult.class,
      org.sendfunding.funding.sufficiency.PlacesResult.class,
      org.sendfunding.funding.sufficiency.ServicesResult.class);

  /** Every public value type whose JSON form must exist. */
  static ImmutableSortedSet<Class<?>> all() {
    ImmutableSortedSet.Builder<Class<?>> out = ImmutableSortedSet.orderedBy(Comparator.comparing((Class<?> c) -> c.getName()));
    try {
      for (ClassPath.ClassInfo info : ClassPath.from(ValueTypes.class.getClassLoader()).getAllClasses()) {
        String name = info.getName();
        boolean ours = name.startsWith("org.sendfunding.model.") || name.startsWith("org.sendfunding.ehcp.")
            || name.startsWith("org.sendfunding.funding.") || name.startsWith("org.sendfunding.accountability.");
        if (!ours || !info.getSimpleName().startsWith("Immutable")) {
          continue;
        }
        Class<?> generated = info.load();
        Class<?> type = generated.getSuperclass();
        if (type != null && Modifier.isPublic(type.getModifiers()) && Modifier.isAbstract(type.getModifiers())) {
          out.add(type);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.addAll(HAND_WRITTEN).build();
  }

  private static ImmutableSortedSet<Class<?>> sorted(Class<?>... types) {
    return ImmutableSortedSet.orderedBy(Comparator.comparing((Class<?> c) -> c.getName())).add(types).build();
  }
}
