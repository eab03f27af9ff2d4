package com.byoconboard.deployment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * The longest chain through the step graph of one run under a weight per step (its calls in sequence, or how long
 * AWS keeps it pending): what no engine can beat, since a step starts only once its dependencies are done. Steps
 * that do not apply weigh nothing and are done at once, as in a run.
 *
 * @param total the weight of the heaviest chain of dependent steps
 * @param path  that chain, first step first
 */
public record StepGraph(long total, List<StepKind> path) {

    public StepGraph {
        path = List.copyOf(path);
    }

    public static StepGraph longest(Collection<StepKind> applicable, ToLongFunction<StepKind> weight) {
        var steps = applicable.isEmpty() ? EnumSet.noneOf(StepKind.class) : EnumSet.copyOf(applicable);
        var finish = new EnumMap<StepKind, Long>(StepKind.class);
        var before = new EnumMap<StepKind, StepKind>(StepKind.class);
        // Declaration order is a topological order: a step names only steps declared before it.
        for (StepKind step : StepKind.values()) {
            long start = 0;
            // In declaration order, so that of equal chains the same one is named every time.
            for (StepKind dependency : step.dependsOn().stream().sorted().toList()) {
                if (!before.containsKey(step) || finish.get(dependency) > start) {
                    start = finish.get(dependency);
                    before.put(step, dependency);
                }
            }
            finish.put(step, start + (steps.contains(step) ? weight.applyAsLong(step) : 0));
        }
        StepKind last = finish.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElseThrow();
        var path = new ArrayList<StepKind>();
        for (StepKind step = last; step != null; step = before.get(step)) {
            if (steps.contains(step)) {
                path.addFirst(step);
            }
        }
        return new StepGraph(finish.get(last), path);
    }
}
