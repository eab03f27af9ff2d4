package com.byoconboard.cli;

import com.byoconboard.onboarding.OnboardingInputs;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An {@code onboarding.yaml}: the onboarding's {@code id} (written by the first apply) and its {@code inputs},
 * which are {@link OnboardingInputs} with the field names of the API, read strictly (an unknown or misspelt field
 * is an error at its line, never silently dropped). Remembers the line of every field, so that a finding about
 * {@code network.existingSubnets[1].cidr} is reported where that value is written.
 */
record OnboardingFile(Path path, Optional<UUID> id, OnboardingInputs inputs, Map<String, Integer> lines) {

    static final YAMLMapper YAML = YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

    /** The file as written: {@code id} and {@code inputs} at the top, nothing else. */
    record Document(UUID id, OnboardingInputs inputs) {
    }

    static OnboardingFile read(Path path, Texts texts) {
        String text;
        try {
            text = Files.readString(path);
        } catch (IOException e) {
            throw new CliException(Exit.INVALID, texts.get("cli.file.unreadable", path, e.getMessage()));
        }
        Map<String, Integer> lines;
        Document document;
        try {
            lines = lines(text);
            var tree = YAML.readTree(text);
            if (tree == null || !tree.path("inputs").isObject()) {
                throw new CliException(Exit.INVALID, texts.get("cli.file.no-inputs", path));
            }
            document = YAML.readValue(text, Document.class);
        } catch (UnrecognizedPropertyException e) {
            throw new CliException(Exit.INVALID, texts.get("cli.file.unknown-field", at(path, lines(text), e), field(e),
                    e.getPropertyName(), e.getKnownPropertyIds().stream().map(String::valueOf).sorted()
                            .collect(Collectors.joining(", "))));
        } catch (DatabindException e) {
            // A yes/no option left out of a section that is written has no default to fall back on: say to write it.
            if (e instanceof MismatchedInputException m && m.getTargetType() == boolean.class) {
                throw new CliException(Exit.INVALID, texts.get("cli.file.missing-boolean", at(path, lines(text), e),
                        field(e)));
            }
            throw new CliException(Exit.INVALID, texts.get("cli.file.bad-value", at(path, lines(text), e), field(e),
                    e.getOriginalMessage()));
        } catch (JacksonException e) {
            var location = e.getLocation();
            throw new CliException(Exit.INVALID, texts.get("cli.file.not-yaml",
                    location == null || location.getLineNr() < 1 ? path : path + ":" + location.getLineNr(),
                    e.getOriginalMessage()));
        }
        return new OnboardingFile(path, Optional.ofNullable(document.id()), document.inputs(), lines);
    }

    /**
     * The line a finding about {@code field} (the validation's path, e.g. {@code network.azIds[2]}) points at: the
     * field's own line, else its nearest written parent's (a value left out, so its default was judged), else 1.
     */
    int lineOf(String field) {
        var pointer = JsonPointer.compile("/inputs/" + INDEX.matcher(field == null ? "" : field).replaceAll(".$1")
                .replace('.', '/'));
        for (var p = pointer; p != null; p = p.head()) {
            Integer line = lines.get(p.toString());
            if (line != null) {
                return line;
            }
        }
        return 1;
    }

    /** Records the new onboarding's ID in the file (a line of its own, before the inputs) and answers the file so. */
    OnboardingFile withIdWritten(UUID newId) throws IOException {
        List<String> text = Files.readAllLines(path);
        int at = 0;
        while (at < text.size() && (text.get(at).isBlank() || text.get(at).startsWith("#")
                || text.get(at).startsWith("---") || text.get(at).startsWith("%"))) {
            at++;
        }
        text.add(at, "id: " + newId);
        Files.write(path, text);
        return new OnboardingFile(path, Optional.of(newId), inputs, lines(String.join("\n", text)));
    }

    /** The line of every property and array element, by JSON pointer. */
    private static Map<String, Integer> lines(String text) {
        Map<String, Integer> lines = new HashMap<>();
        try (var parser = YAML.createParser(text)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.PROPERTY_NAME || parser.streamReadContext().inArray() && token.isScalarValue()) {
                    int line = parser.currentTokenLocation().getLineNr();
                    // An object in a list has no line of its own: it starts at its first field's ("- subnetId: ...").
                    for (var p = parser.streamReadContext().pathAsPointer(); p != null && !p.matches(); p = p.head()) {
                        lines.putIfAbsent(p.toString(), line);
                    }
                }
            }
        }
        return lines;
    }

    /** Where a field's error is: the line of the field as written (Jackson's own location is the end of the object). */
    private static String at(Path path, Map<String, Integer> lines, JacksonException e) {
        return path + ":" + new OnboardingFile(path, Optional.empty(), null, lines).lineOf(field(e));
    }

    /** The field an error is about, as the validation names fields ({@code network.azIds[1]}). */
    private static String field(JacksonException e) {
        var path = new StringBuilder();
        for (var ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                if (!path.isEmpty() || !"inputs".equals(ref.getPropertyName())) {
                    path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
                }
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
