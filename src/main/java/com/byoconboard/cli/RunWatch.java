package com.byoconboard.cli;

import tools.jackson.databind.JsonNode;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code run watch}: polls the onboarding's run and shows one line per step with its state. On a terminal the
 * lines are redrawn in place when something changes; otherwise (a pipeline's log) only what changed is printed,
 * one plain line each. Ends with the run: 0 when the onboarding is READY (or a tear down finished), RUN_FAILED
 * when the run failed or was cancelled.
 */
final class RunWatch {

    private final Api api;
    private final String path;
    private final Texts texts;
    private final PrintWriter out;
    private final boolean terminal;
    private final Clock clock;

    private List<String> shownFrame = List.of();
    private final Map<String, String> shownStates = new HashMap<>();

    RunWatch(Api api, String onboardingPath, Texts texts, PrintWriter out, boolean terminal, Clock clock) {
        this.api = api;
        this.path = onboardingPath + "/run";
        this.texts = texts;
        this.out = out;
        this.terminal = terminal;
        this.clock = clock;
    }

    int watch(Duration interval, Duration timeout) {
        var deadline = clock.instant().plus(timeout);
        while (true) {
            JsonNode run = api.get(path).body();
            show(run);
            var verdict = verdict(run);
            if (verdict.isPresent()) {
                run.path("steps").forEach(step -> {
                    if (step.hasNonNull("error")) {
                        out.println(texts.get("cli.watch.step-error", step.path("step").asString(),
                                step.path("error").asString()));
                    }
                });
                out.println(texts.get("cli.watch.end." + verdict.get().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                        run.path("onboardingState").asString(), run.path("state").asString("-")));
                out.flush();
                return verdict.get().code;
            }
            if (!clock.instant().isBefore(deadline)) {
                out.println(texts.get("cli.watch.timeout", timeout, run.path("onboardingState").asString()));
                out.flush();
                return Exit.TIMEOUT.code;
            }
            sleep(interval);
        }
    }

    /** How the watch ends given the run as it is now; empty while there is still something to wait for. */
    static Optional<Exit> verdict(JsonNode run) {
        String onboarding = run.path("onboardingState").asString();
        String state = run.path("state").asString("");
        if (state.equals("RUNNING") || state.equals("TEARING_DOWN")) {
            return Optional.empty();
        }
        if (state.equals("TORN_DOWN") || state.equals("SUCCEEDED") && onboarding.equals("READY")) {
            return Optional.of(Exit.OK);
        }
        if (state.equals("FAILED") || state.equals("CANCELLED") || onboarding.equals("FAILED")
                || onboarding.equals("REJECTED")) {
            return Optional.of(Exit.RUN_FAILED);
        }
        // Nobody will start a run of a draft: only the customer can move it on, by submitting.
        if (onboarding.equals("DRAFT") || onboarding.equals("CHANGES_REQUESTED")) {
            return Optional.of(Exit.CONFLICT);
        }
        return Optional.empty();
    }

    /** The run as lines: the onboarding and run states with the share done, then one line per step. */
    static List<String> frame(JsonNode run) {
        List<String> lines = new ArrayList<>();
        lines.add(header(run));
        run.path("steps").forEach(step -> lines.add(stepLine(step)));
        return lines;
    }

    /** Draws the run: redrawn in place on a terminal, else only the lines that changed since the last look. */
    void show(JsonNode run) {
        if (terminal) {
            var frame = frame(run);
            if (!frame.equals(shownFrame)) {
                var redraw = new StringBuilder();
                if (!shownFrame.isEmpty()) {
                    // Back to the first line of the last frame, then every line rewritten and the rest cleared.
                    redraw.append("\033[").append(shownFrame.size()).append('F');
                }
                frame.forEach(line -> redraw.append("\033[2K").append(line).append('\n'));
                out.print(redraw.append("\033[J"));
                shownFrame = frame;
            }
        } else {
            String header = header(run);
            if (!header.equals(shownStates.put("", header))) {
                out.println(header);
            }
            run.path("steps").forEach(step -> {
                String line = stepLine(step);
                if (!line.equals(shownStates.put(step.path("step").asString(), line))) {
                    out.println(line);
                }
            });
        }
        out.flush();
    }

    private static String header(JsonNode run) {
        return run.path("onboardingState").asString() + "  run " + run.path("state").asString("-") + "  "
                + Math.round(run.path("progress").asDouble() * 100) + "%";
    }

    private static String stepLine(JsonNode step) {
        String state = step.path("state").asString();
        String symbol = switch (state) {
            case "DONE" -> "✔";
            case "FAILED" -> "✖";
            case "RUNNING" -> "▶";
            case "WAITING_FOR_YOU" -> "⏸";
            case "SKIPPED" -> "–";
            default -> "·";
        };
        var ids = new ArrayList<String>();
        step.path("resources").forEach(r -> ids.add(r.path("resourceId").asString()));
        return String.format("  %s %-28s %-16s %s", symbol, step.path("step").asString(), state,
                String.join(" ", ids)).stripTrailing();
    }

    private static void sleep(Duration interval) {
        try {
            Thread.sleep(interval);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliException(Exit.TIMEOUT, e.toString());
        }
    }
}
