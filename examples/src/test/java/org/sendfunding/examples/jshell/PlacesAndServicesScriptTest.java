package org.sendfunding.examples.jshell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PlacesAndServicesScriptTest {

  /**
   * Seeded, so the output is exact. On the real SEN2 caseloads Halton's 6 EPs fall behind from 2028-29 as
   * requests grow 8% a year (47.3% of advice within 6 weeks by 2030-31), and Camden's by 2030-31; 3 more EPs
   * from 2027-28 keep every plan within 20 weeks. The two LAs lack 100 state specialist places in 2026-27,
   * and a needs-led programme for 2028-29 closes the gap that year.
   */
  @Test
  void script_prints_waits_and_places_for_two_las() throws Exception {
    Path dir = JShellScript.scriptDir();
    String out = JShellScript.run(dir.resolve("startup.jsh"), dir.resolve("places-and-services.jsh"));
    assertThat(out).isEqualTo(""
            + "year         LA  EPs  requests  advice 6 wks  plans 20 wks  EPs +3  plans 20 wks +3\n"
            + "2026-27  Camden    6       246         99.6%        100.0%       6           100.0%\n"
            + "2026-27  Halton    6       288        100.0%        100.0%       6           100.0%\n"
            + "2027-28  Camden    6       291        100.0%        100.0%       9           100.0%\n"
            + "2027-28  Halton    6       307        100.0%        100.0%       9           100.0%\n"
            + "2028-29  Camden    6       319         99.1%        100.0%       9           100.0%\n"
            + "2028-29  Halton    6       357         91.6%        100.0%       9           100.0%\n"
            + "2029-30  Camden    6       366         98.6%        100.0%       9           100.0%\n"
            + "2029-30  Halton    6       344         92.4%        100.0%       9           100.0%\n"
            + "2030-31  Camden    6       358         80.2%         99.7%       9           100.0%\n"
            + "2030-31  Halton    6       393         47.3%         79.6%       9           100.0%\n"
            + "cost per pupil-week of waiting removed: £448.24\n"
            + "year     places short  s43 over capacity  to independent   placement cost  short (needs-led)  cost (needs-led)\n"
            + "2026-27           100                 17              64   £76,116,131.76                100    £76,116,131.76\n"
            + "2027-28           165                 31             102   £83,504,399.67                165    £83,504,399.67\n"
            + "2028-29           252                 47             156   £92,069,563.41                  0    £85,859,439.42\n"
            + "2029-30           355                 69             217  £101,412,943.84                103    £95,462,502.71\n"
            + "2030-31           478                 93             291  £111,917,960.82                226   £105,911,893.18\n"
            + "needs-led capital £22,794,620.00 for 340 places; payback 2030-31\n");
  }
}
