package org.sendfunding.spark;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/** The test session listens on the loopback address only, with no UI: the surefire and session settings hold. */
class SharedSparkTest {

  @Test
  void the_session_is_bound_to_the_loopback_address_without_a_ui() {
    SparkSession spark = SharedSpark.session();
    assertThat(System.getenv("SPARK_LOCAL_IP")).isEqualTo("127.0.0.1");
    assertThat(spark.conf().get("spark.driver.bindAddress")).isEqualTo("127.0.0.1");
    assertThat(spark.conf().get("spark.driver.host")).isEqualTo("127.0.0.1");
    assertThat(spark.conf().get("spark.ui.enabled")).isEqualTo("false");
    assertThat(spark.sparkContext().uiWebUrl().isEmpty()).isTrue();
    assertThat(spark.sparkContext().master()).isEqualTo("local[2]");
  }
}
