package org.sendfunding.model.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.base.Strings;
import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemTest {

  @Test
  void prints_file_line_column_and_value_as_the_contract_shows() {
    Problem p = Problem.of("panel.csv", 12, "la_code", "99x", "unknown LA code");
    assertThat(p).hasToString("panel.csv line 12, column 'la_code' ('99x'): unknown LA code");
    assertThat(p.describeWithinSource()).isEqualTo("line 12, column 'la_code' ('99x'): unknown LA code");
    assertThat(p.source()).isEqualTo("panel.csv");
    assertThat(p.line()).isEqualTo(12);
    assertThat(p.column()).isEqualTo("la_code");
    assertThat(p.value()).isEqualTo("99x");
    assertThat(p.message()).isEqualTo("unknown LA code");
  }

  @Test
  void whole_file_whole_row_and_header_problems_leave_out_what_they_do_not_have() {
    assertThat(Problem.file("panel.csv", "the file has no rows")).hasToString("panel.csv: the file has no rows");
    assertThat(Problem.of("p.csv", 4, "", "", "3 cells but the header has 5 columns"))
        .hasToString("p.csv line 4: 3 cells but the header has 5 columns");
    assertThat(Problem.of("p.csv", 0, "la_code", "", "missing column"))
        .hasToString("p.csv, column 'la_code': missing column");
    assertThat(Problem.of("p.csv", 3, "", "byte 0xA3", "not UTF-8"))
        .hasToString("p.csv line 3 ('byte 0xA3'): not UTF-8");
  }

  @Test
  void a_long_or_multi_line_value_is_shown_by_its_start_on_one_line() {
    Problem p = Problem.of("s.csv", 2, "note", "a\nb" + Strings.repeat("x", 100), "too long");
    assertThat(p.where()).isEqualTo("line 2, column 'note' ('a\\nb" + Strings.repeat("x", 53) + "...')");
    assertThat(p.value()).hasSize(103);
  }

  @Test
  void a_negative_line_is_refused() {
    assertThatThrownBy(() -> Problem.of("s", -1, "", "", "m"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("Problem.line: -1 is negative");
  }

  @Test
  void equal_by_value() {
    assertThat(Problem.of("a", 1, "c", "v", "m")).isEqualTo(Problem.of("a", 1, "c", "v", "m"))
        .isNotEqualTo(Problem.of("a", 2, "c", "v", "m"));
  }

  @Test
  void the_exception_message_has_one_count_line_then_one_line_a_problem() {
    InputException e = Problems.in("panel.csv")
        .add(12, "la_code", "99x", "unknown LA code")
        .add(13, "funding", "12,34", "not money")
        .addFile("the year 2025-26 appears twice")
        .toException();
    assertThat(e).hasMessage("3 problems in panel.csv:\n"
        + "  line 12, column 'la_code' ('99x'): unknown LA code\n"
        + "  line 13, column 'funding' ('12,34'): not money\n"
        + "  the year 2025-26 appears twice");
    assertThat(e.problems()).hasSize(3);
    assertThat(e).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void one_problem_is_singular_and_several_sources_are_each_named() {
    assertThat(InputException.of(Problem.file("a.csv", "empty"))).hasMessage("1 problem in a.csv:\n  empty");
    InputException two = new InputException(ImmutableList.of(
        Problem.of("a.csv", 2, "x", "", "bad"), Problem.file("b.yaml", "worse")));
    assertThat(two).hasMessage("2 problems:\n  a.csv line 2, column 'x': bad\n  b.yaml: worse");
  }

  @Test
  void the_message_lists_at_most_fifty_and_counts_the_rest_while_problems_keeps_all() {
    Problems problems = Problems.in("big.csv");
    for (int line = 2; line < 2 + 73; line++) {
      problems.add(line, "n", "x", "bad");
    }
    InputException e = problems.toException();
    List<String> lines = new ArrayList<>(List.of(e.getMessage().split("\n")));
    assertThat(lines).hasSize(1 + 50 + 1);
    assertThat(lines.get(0)).isEqualTo("73 problems in big.csv:");
    assertThat(lines.get(50)).isEqualTo("  line 51, column 'n' ('x'): bad");
    assertThat(lines.get(51)).isEqualTo("  ... and 23 more");
    assertThat(e.problems()).hasSize(73);
  }

  @Test
  void an_exception_without_problems_is_refused() {
    assertThatThrownBy(() -> new InputException(ImmutableList.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("InputException.problems: must not be empty");
  }

  @Test
  void problems_collects_until_thrown_and_throws_nothing_when_empty() {
    Problems problems = Problems.in("x.csv");
    problems.throwIfAny();
    assertThat(problems.isEmpty()).isTrue();
    assertThat(problems).hasToString("no problems in x.csv");
    assertThatThrownBy(problems::toException).isInstanceOf(IllegalStateException.class);
    problems.add(Problem.file("other.csv", "m")).addAll(ImmutableList.of(Problem.file("x.csv", "n")));
    assertThat(problems.size()).isEqualTo(2);
    assertThat(problems.list()).extracting(Problem::source).containsExactly("other.csv", "x.csv");
    assertThatThrownBy(problems::throwIfAny).isInstanceOf(InputException.class)
        .hasMessage("2 problems:\n  other.csv: m\n  x.csv: n");
  }

  @Test
  void problems_are_listed_in_file_order_whatever_order_they_were_found_in() {
    Problems problems = Problems.in("a.csv")
        .addFile("no rows of 2025-26")
        .add(9, "x", "", "value problem")
        .add(Problem.file("b.csv", "other file"))
        .add(3, "", "", "shape problem")
        .add(9, "y", "", "second on line 9")
        .add(Problem.of("b.csv", 2, "", "", "b line 2"));
    assertThat(problems.list()).extracting(Problem::toString).containsExactly(
        "a.csv line 3: shape problem", "a.csv line 9, column 'x': value problem",
        "a.csv line 9, column 'y': second on line 9", "a.csv: no rows of 2025-26",
        "b.csv line 2: b line 2", "b.csv: other file");
  }

  @Test
  void throw_if_any_can_throw_a_loader_subclass() {
    class Own extends InputException {
      private static final long serialVersionUID = 1L;

      Own(ImmutableList<Problem> p) {
        super(p);
      }
    }
    Problems problems = Problems.in("x.csv").add(2, "a", "b", "c");
    assertThatThrownBy(() -> problems.throwIfAny(Own::new)).isInstanceOf(Own.class)
        .hasMessage("1 problem in x.csv:\n  line 2, column 'a' ('b'): c");
  }
}
