package com.byoconboard.iac.terraform;

import com.byoconboard.iac.model.Text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A small typed model of HCL and its writer. Output is already in {@code terraform fmt} style (two-space indent,
 * aligned {@code =} in runs of one-line attributes), and every string coming from input is escaped, so a quote,
 * a backslash, {@code ${} or {@code %{} in an organization name can never become Terraform code.
 */
public final class Hcl {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");
    private static final int MAX_INLINE_LIST = 90;

    private Hcl() {
    }

    /** A value on the right of {@code =}. */
    public sealed interface Expr {
    }

    /** A quoted string; references in it become {@code ${...}} interpolations. */
    public record Str(Text text) implements Expr {
    }

    /** An expression written by our own code (a reference, a conditional): never built from input. */
    public record Code(String code) implements Expr {
    }

    public record Bool(boolean value) implements Expr {
    }

    public record ListOf(List<Expr> items) implements Expr {
        public ListOf {
            items = List.copyOf(items);
        }
    }

    /** An object constructor whose keys keep their order. */
    public record ObjectOf(Map<String, Expr> entries) implements Expr {
        public ObjectOf {
            entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }
    }

    /** {@code condition ? then : otherwise}, the condition written by our own code. */
    public record Conditional(String condition, Expr then, Expr otherwise) implements Expr {
    }

    public record Call(String function, List<Expr> arguments) implements Expr {
        public Call {
            arguments = List.copyOf(arguments);
        }
    }

    /** Something inside a block body. */
    public sealed interface Item {
    }

    public record Attribute(String name, Expr value) implements Item {
    }

    public record Block(String type, List<String> labels, List<Item> body) implements Item {
        public Block {
            labels = List.copyOf(labels);
            body = List.copyOf(body);
        }
    }

    /** A one-line comment; line breaks in it are flattened. */
    public record Comment(String text) implements Item {
    }

    public static Str str(String literal) {
        return new Str(Text.of(literal));
    }

    public static Str str(Text text) {
        return new Str(text);
    }

    public static Code code(String code) {
        return new Code(code);
    }

    public static Attribute attr(String name, Expr value) {
        return new Attribute(name, value);
    }

    public static Attribute attr(String name, String literal) {
        return new Attribute(name, str(literal));
    }

    public static Attribute attr(String name, boolean value) {
        return new Attribute(name, new Bool(value));
    }

    public static Block block(String type, List<String> labels, Item... body) {
        return new Block(type, labels, Arrays.asList(body));
    }

    public static Block block(String type, List<String> labels, List<Item> body) {
        return new Block(type, labels, body);
    }

    public static ListOf list(List<? extends Expr> items) {
        return new ListOf(new ArrayList<>(items));
    }

    public static Call call(String function, Expr... arguments) {
        return new Call(function, Arrays.asList(arguments));
    }

    /** A whole file: top-level items separated by blank lines. */
    public static String file(List<? extends Item> items) {
        var out = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                out.append('\n');
            }
            out.append(item(items.get(i), 0)).append('\n');
        }
        return out.toString();
    }

    private static String item(Item item, int indent) {
        return switch (item) {
            case Block b -> block(b, indent);
            case Comment c -> pad(indent) + "# " + c.text().replaceAll("[\\r\\n]+", " ");
            case Attribute a -> pad(indent) + a.name() + " = " + expr(a.value(), indent);
        };
    }

    private static String block(Block block, int indent) {
        var head = new StringBuilder(pad(indent)).append(block.type());
        block.labels().forEach(l -> head.append(' ').append(quote(Text.of(l))));
        if (block.body().isEmpty()) {
            return head.append(" {}").toString();
        }
        var lines = new ArrayList<String>();
        List<Map.Entry<String, String>> run = new ArrayList<>();
        Item previous = null;
        for (Item child : block.body()) {
            if (child instanceof Attribute a) {
                String value = expr(a.value(), indent + 1);
                if (value.contains("\n")) {
                    flush(run, lines, indent + 1);
                    lines.add(pad(indent + 1) + a.name() + " = " + value);
                } else {
                    run.add(Map.entry(a.name(), value));
                }
            } else {
                flush(run, lines, indent + 1);
                if (child instanceof Block && previous != null) {
                    lines.add("");
                }
                lines.add(item(child, indent + 1));
            }
            previous = child;
        }
        flush(run, lines, indent + 1);
        return head + " {\n" + String.join("\n", lines) + "\n" + pad(indent) + "}";
    }

    /** Writes a run of one-line {@code key = value} pairs with their {@code =} aligned, as terraform fmt does. */
    private static void flush(List<Map.Entry<String, String>> run, List<String> lines, int indent) {
        int width = run.stream().mapToInt(e -> e.getKey().length()).max().orElse(0);
        for (var e : run) {
            lines.add(pad(indent) + e.getKey() + " ".repeat(width - e.getKey().length()) + " = " + e.getValue());
        }
        run.clear();
    }

    private static String expr(Expr expr, int indent) {
        return switch (expr) {
            case Str s -> s.text().singleParameter().isPresent() ? reference(s.text().parts().getFirst()) : quote(s.text());
            case Code c -> c.code();
            case Conditional c -> c.condition() + " ? " + expr(c.then(), indent) + " : " + expr(c.otherwise(), indent);
            case Bool b -> String.valueOf(b.value());
            case ListOf l -> list(l, indent);
            case ObjectOf o -> object(o, indent);
            case Call c -> c.function() + "(" + String.join(", ", c.arguments().stream().map(a -> expr(a, indent)).toList()) + ")";
        };
    }

    private static String list(ListOf list, int indent) {
        var items = list.items().stream().map(i -> expr(i, indent + 1)).toList();
        String inline = "[" + String.join(", ", items) + "]";
        if (items.stream().noneMatch(i -> i.contains("\n")) && inline.length() <= MAX_INLINE_LIST) {
            return inline;
        }
        var out = new StringBuilder("[\n");
        items.forEach(i -> out.append(pad(indent + 1)).append(i).append(",\n"));
        return out.append(pad(indent)).append(']').toString();
    }

    private static String object(ObjectOf object, int indent) {
        if (object.entries().isEmpty()) {
            return "{}";
        }
        var lines = new ArrayList<String>();
        List<Map.Entry<String, String>> run = new ArrayList<>();
        object.entries().forEach((key, value) -> {
            String k = IDENTIFIER.matcher(key).matches() ? key : quote(Text.of(key));
            String v = expr(value, indent + 1);
            if (v.contains("\n")) {
                flush(run, lines, indent + 1);
                lines.add(pad(indent + 1) + k + " = " + v);
            } else {
                run.add(Map.entry(k, v));
            }
        });
        flush(run, lines, indent + 1);
        return "{\n" + String.join("\n", lines) + "\n" + pad(indent) + "}";
    }

    private static String quote(Text text) {
        var out = new StringBuilder("\"");
        var parts = text.parts();
        for (int i = 0; i < parts.size(); i++) {
            switch (parts.get(i)) {
                case Text.Literal(String value) -> {
                    boolean beforeReference = i + 1 < parts.size() && parts.get(i + 1) instanceof Text.Reference;
                    out.append(escape(value, beforeReference));
                }
                case Text.Reference r -> out.append("${").append(reference(r)).append('}');
            }
        }
        return out.append('"').toString();
    }

    private static String reference(Text.Part part) {
        if (!(part instanceof Text.Reference(Text.Ref ref))) {
            throw new IllegalArgumentException("Not a reference: " + part);
        }
        return switch (ref) {
            case Text.ParameterRef p -> "var." + p.parameter().terraformName();
            case Text.PartitionRef p -> "data.aws_partition.current.partition";
            case Text.AccountIdRef a -> "data.aws_caller_identity.current.account_id";
            case Text.RegionRef r -> "data.aws_region.current.name";
        };
    }

    /**
     * Escapes a literal for a quoted HCL template. {@code ${} and {@code %{} are doubled; a {@code $} or {@code %}
     * right before an interpolation is written as a unicode escape so that it cannot start one.
     */
    static String escape(String literal, boolean beforeReference) {
        var out = new StringBuilder();
        for (int i = 0; i < literal.length(); i++) {
            char c = literal.charAt(i);
            boolean braceFollows = i + 1 < literal.length() ? literal.charAt(i + 1) == '{' : beforeReference;
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '"' -> out.append("\\\"");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '$', '%' -> {
                    if (braceFollows && i + 1 < literal.length()) {
                        out.append(c).append(c);
                    } else if (braceFollows) {
                        out.append(String.format("\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        out.append(String.format("\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static String pad(int indent) {
        return "  ".repeat(indent);
    }
}
