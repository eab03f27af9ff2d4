package com.byoconboard.validation.rules;

import com.byoconboard.validation.Finding;

import java.util.ArrayList;
import java.util.List;

/** Checks the repeated rows of a form (subnets, peers) one by one and collects their findings in row order. */
final class Rows {

    private Rows() {
    }

    /** What one row yields; {@code index} is the row's position, as {@code InputField} numbers rows. */
    @FunctionalInterface
    interface Check<T> {
        List<Finding> check(int index, T row);
    }

    /** Rows are checked in order, so a check may remember what earlier rows held. */
    static <T> List<Finding> each(List<T> rows, Check<T> check) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            findings.addAll(check.check(i, rows.get(i)));
        }
        return findings;
    }
}
