package org.sendfunding.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style shared by every module of the SEND funding model.
 *
 * <p>Abstract value types are the public API. Generated {@code Immutable*} classes are package-private
 * and hidden behind static factories ({@code of(...)}) and nested {@code Builder} classes on the
 * abstract type, so that no signature names a generated class. For example:
 *
 * <pre>{@code
 * @Value.Immutable
 * @SendStyle
 * public abstract class Setting {
 *   public static Builder builder() { return new Builder(); }
 *   public static final class Builder extends ImmutableSetting.Builder {}
 *   ...
 * }
 * }</pre>
 *
 * <p>Collections in generated types are Guava immutable collections.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    defaults = @Value.Immutable(copy = false),
    allParameters = false,
    jdkOnly = false)
public @interface SendStyle {}
