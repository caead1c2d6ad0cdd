package org.sendfunding.model.input;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputTextTest {

  @Test
  void reads_utf8_dropping_a_bom_and_keeping_line_ends(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("o.yaml");
    Files.write(f, ("\uFEFFa: £1\r\nb: 2\n").getBytes(UTF_8));
    assertThat(InputText.read(f, 100)).isEqualTo("a: £1\r\nb: 2\n");
    assertThat(InputText.read(new ByteArrayInputStream("x".getBytes(UTF_8)), "s", 1)).isEqualTo("x");
  }

  @Test
  void refuses_over_size_windows_1252_and_utf16_with_located_problems() {
    InputException big = catchThrowableOfType(InputException.class,
        () -> InputText.read(new ByteArrayInputStream("xy".getBytes(UTF_8)), "p.properties", 1));
    assertThat(big).hasMessage("1 problem in p.properties:\n  larger than the limit of 1 bytes");
    InputException cp = catchThrowableOfType(InputException.class,
        () -> InputText.decode("a: 1\nb: \u00a35\n".getBytes(Charset.forName("windows-1252")), "o.yaml"));
    assertThat(cp.problems().get(0).line()).isEqualTo(2);
    assertThat(cp.getMessage()).contains("save it as UTF-8 (in most editors: Save As, Encoding UTF-8) and try again");
    InputException u16 = catchThrowableOfType(InputException.class,
        () -> InputText.decode("\uFEFFa".getBytes(java.nio.charset.StandardCharsets.UTF_16), "o.yaml"));
    assertThat(u16.problems().get(0).message()).startsWith("is UTF-16 text");
  }
}
