package com.byoconboard.iac.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A string in a template that may embed values known only at deploy time (a parameter, the partition, the
 * account ID). Each renderer escapes the literal parts for its own syntax, so typed input never turns into code.
 */
public record Text(List<Part> parts) {

    public Text {
        parts = List.copyOf(parts);
    }

    /** A piece of a {@link Text}. */
    public sealed interface Part {
    }

    /** Characters taken as they are. */
    public record Literal(String value) implements Part {
        public Literal {
            Objects.requireNonNull(value);
        }
    }

    /** A value filled in by CloudFormation or Terraform when the template is deployed. */
    public record Reference(Ref ref) implements Part {
    }

    /** What a {@link Reference} can name. */
    public sealed interface Ref {
    }

    /** A template parameter / module variable. */
    public record ParameterRef(Parameter parameter) implements Ref {
    }

    /** The AWS partition ({@code aws}, {@code aws-cn}, ...). */
    public record PartitionRef() implements Ref {
    }

    /** The ID of the account the template is deployed into. */
    public record AccountIdRef() implements Ref {
    }

    /** The region the template is deployed into. */
    public record RegionRef() implements Ref {
    }

    public static Text of(String literal) {
        return new Text(List.of(new Literal(literal)));
    }

    public static Text of(Parameter parameter) {
        return new Text(List.of(new Reference(new ParameterRef(parameter))));
    }

    /** Builds a text from strings and {@link Ref}s / {@link Parameter}s, in order. */
    public static Text concat(Object... pieces) {
        List<Part> parts = new ArrayList<>();
        for (Object piece : pieces) {
            switch (piece) {
                case String s -> parts.add(new Literal(s));
                case Parameter p -> parts.add(new Reference(new ParameterRef(p)));
                case Ref r -> parts.add(new Reference(r));
                default -> throw new IllegalArgumentException("Not a text piece: " + piece);
            }
        }
        return new Text(parts);
    }

    /** The parameter when this text is exactly one parameter and nothing else. */
    public java.util.Optional<Parameter> singleParameter() {
        if (parts.size() == 1 && parts.getFirst() instanceof Reference(ParameterRef(Parameter p))) {
            return java.util.Optional.of(p);
        }
        return java.util.Optional.empty();
    }

    /** The text when it holds no reference at all. */
    public java.util.Optional<String> literal() {
        var text = new StringBuilder();
        for (Part part : parts) {
            if (!(part instanceof Literal(String value))) {
                return java.util.Optional.empty();
            }
            text.append(value);
        }
        return java.util.Optional.of(text.toString());
    }
}
