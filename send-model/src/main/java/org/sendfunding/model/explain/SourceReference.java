package org.sendfunding.model.explain;

import com.google.common.base.Preconditions;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where a rule or a figure comes from: a document title, optionally its paragraph and address.
 *
 * <pre>{@code
 * SourceReference.of("SEND Regulations 2014", "reg 13(2)",
 *     "https://www.legislation.gov.uk/uksi/2014/1530/regulation/13");
 * // prints: SEND Regulations 2014, reg 13(2) <https://www.legislation.gov.uk/uksi/2014/1530/regulation/13>
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class SourceReference {

  SourceReference() {}

  /** Starts a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SourceReference}. */
  public static final class Builder extends ImmutableSourceReference.Builder {
    Builder() {}
  }

  /**
   * A reference with title, paragraph and address.
   *
   * @param title the document
   * @param paragraph the paragraph, regulation or table
   * @param href the address
   * @return the reference
   */
  public static SourceReference of(String title, String paragraph, String href) {
    return builder().title(title).paragraph(paragraph).href(href).build();
  }

  /**
   * A reference with a title and address only.
   *
   * @param title the document
   * @param href the address
   * @return the reference
   */
  public static SourceReference of(String title, String href) {
    return builder().title(title).href(href).build();
  }

  /** The document's title. */
  public abstract String title();

  /** The paragraph, regulation, section or table within it. */
  public abstract Optional<String> paragraph();

  /** The document's address. */
  public abstract Optional<String> href();

  @Value.Check
  void check() {
    Preconditions.checkArgument(!title().isBlank(), "SourceReference.title: must not be blank");
  }

  @Override
  public String toString() {
    return title() + paragraph().map(p -> ", " + p).orElse("") + href().map(h -> " <" + h + ">").orElse("");
  }
}
