package org.sendfunding.examples.jshell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class JShellScriptsTest {

  private static String run(String script) throws Exception {
    Path dir = JShellScript.scriptDir();
    return JShellScript.run(dir.resolve("startup.jsh"), dir.resolve(script));
  }

  @Test
  void money_basics_prints_exact_figures() throws Exception {
    String out = run("money-basics.jsh");
    assertThat(out).isEqualTo(
        "figure                                              amount\n"
            + "special-school place                            £10,000.00\n"
            + "with area cost adjustment 1.0712                £10,712.00\n"
            + "£100 shared three ways            [£33.34, £33.33, £33.33]\n"
            + "shares added back                                  £100.00\n"
            + "Camden (202) is in London; 2025-26 is followed by 2026-27\n");
  }
}
