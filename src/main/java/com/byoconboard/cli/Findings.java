package com.byoconboard.cli;

import tools.jackson.databind.JsonNode;

import java.io.PrintWriter;

/** The validation's findings as a compiler prints them, each at the line of the file that holds its field. */
final class Findings {

    private final OnboardingFile file;
    private final Texts texts;

    Findings(OnboardingFile file, Texts texts) {
        this.file = file;
        this.texts = texts;
    }

    /** How many findings of each severity were printed. */
    record Count(int errors, int warnings) {
    }

    /**
     * Prints {@code file:line: field: RULE-ID message} for every finding (a warning or note says so after the rule
     * ID), the fix on the next line where there is one, and a closing count.
     */
    Count print(JsonNode validation, PrintWriter err) {
        int errors = 0;
        int warnings = 0;
        for (JsonNode finding : validation.path("findings")) {
            String field = finding.path("field").asString("");
            String severity = finding.path("severity").asString("ERROR");
            String label = switch (severity) {
                case "ERROR" -> "";
                case "WARNING" -> texts.get("cli.finding.warning") + " ";
                default -> texts.get("cli.finding.info") + " ";
            };
            err.println(file.path() + ":" + file.lineOf(field) + ": " + field + ": "
                    + finding.path("ruleId").asString() + " " + label + finding.path("message").asString());
            if (finding.hasNonNull("fix")) {
                err.println("    " + texts.get("cli.finding.fix", finding.path("fix").path("text").asString()));
            }
            if (severity.equals("ERROR")) {
                errors++;
            } else if (severity.equals("WARNING")) {
                warnings++;
            }
        }
        if (errors + warnings > 0) {
            err.println(texts.get("cli.finding.count", errors, warnings));
        }
        err.flush();
        return new Count(errors, warnings);
    }
}
