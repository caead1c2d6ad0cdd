package org.sendfunding.model.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.google.common.base.Strings;
import com.google.common.io.CharStreams;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

class LimitedReaderTest {

  @Test
  void a_text_of_exactly_the_limit_reads_and_one_more_character_fails() throws IOException {
    assertThat(CharStreams.toString(LimitedReader.of(new StringReader("abc"), 3))).isEqualTo("abc");
    assertThatThrownBy(() -> CharStreams.toString(LimitedReader.of(new StringReader("abcd"), 3)))
        .isInstanceOf(LimitedReader.LimitExceeded.class)
        .hasMessage("more than 3 characters");
  }

  @Test
  void single_character_reads_count_too() throws IOException {
    Reader r = LimitedReader.of(new StringReader("ab\u0000"), 2);
    assertThat(r.read()).isEqualTo('a');
    assertThat(r.read()).isEqualTo('b');
    assertThatThrownBy(r::read).isInstanceOf(LimitedReader.LimitExceeded.class);
  }

  @Test
  void end_of_input_is_not_counted() throws IOException {
    Reader r = LimitedReader.of(new StringReader(""), 0);
    assertThat(r.read()).isEqualTo(-1);
    assertThat(r.read(new char[4], 0, 4)).isEqualTo(-1);
  }

  @Test
  void closing_leaves_the_underlying_reader_open() throws IOException {
    StringReader in = new StringReader("xy");
    LimitedReader.of(in, 5).close();
    assertThat(in.read()).isEqualTo('x');
  }

  @Test
  void a_negative_limit_is_refused() {
    assertThatThrownBy(() -> LimitedReader.of(new StringReader(""), -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("LimitedReader.maxCharacters: -1 is negative");
  }

  @Test
  void reads_succeed_exactly_when_the_text_fits_the_limit() {
    qt().withExamples(300).forAll(integers().between(0, 5000), integers().between(0, 5000)).checkAssert((length, limit) -> {
      String text = Strings.repeat("é", length);
      try {
        String read = CharStreams.toString(LimitedReader.of(new StringReader(text), limit));
        assertThat(length).isLessThanOrEqualTo(limit);
        assertThat(read).isEqualTo(text);
      } catch (LimitedReader.LimitExceeded e) {
        assertThat(length).isGreaterThan(limit);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }
}
