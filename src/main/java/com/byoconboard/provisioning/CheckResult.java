package com.byoconboard.provisioning;

import com.byoconboard.validation.Finding;
import com.byoconboard.validation.Fix;
import com.byoconboard.validation.Rule;
import com.byoconboard.validation.Severity;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of one named pre-flight check: pass / warn / fail, what it saw, and how to fix a problem.
 *
 * @param check    stable name, e.g. {@code quotas}, or the ID of the guide's rule it ran, e.g. {@code EVPC-007}
 * @param title    what the check proves (translatable)
 * @param evidence what the check saw (translatable); for a rule, its first error or warning
 * @param fix      what to do about a warning or failure; null when it passed or when the findings carry the fixes
 * @param findings for a rule of the guide, everything it found in the account, each with its fix as in the wizard
 */
public record CheckResult(String check, Message title, Status status, Message evidence, Message fix, List<Finding> findings) {

    /** Pass, warn (provisioning may go ahead), or fail (it may not). */
    public enum Status { PASS, WARN, FAIL }

    public CheckResult {
        findings = List.copyOf(findings);
    }

    static CheckResult pass(String check, Message evidence) {
        return new CheckResult(check, titleOf(check), Status.PASS, evidence, null, List.of());
    }

    static CheckResult warn(String check, Message evidence, Message fix) {
        return new CheckResult(check, titleOf(check), Status.WARN, evidence, fix, List.of());
    }

    static CheckResult fail(String check, Message evidence, Message fix) {
        return new CheckResult(check, titleOf(check), Status.FAIL, evidence, fix, List.of());
    }

    /** A rule of the guide run over the account: named by its ID, titled by its description, failing on any error. */
    static CheckResult ofRule(Rule rule, List<Finding> findings) {
        var title = Message.of(rule.descriptionKey());
        var decisive = decisive(findings);
        if (decisive.isEmpty()) {
            return new CheckResult(rule.id(), title, Status.PASS, Message.of("provisioning.check.rule.pass"), null, findings);
        }
        var finding = decisive.get();
        return new CheckResult(rule.id(), title, finding.isError() ? Status.FAIL : Status.WARN,
                Message.of(finding.messageKey(), finding.args().toArray()), null, findings);
    }

    /** The fix of the finding this check reports as its evidence: a command to run, as the wizard shows it. */
    public Optional<Fix> command() {
        return decisive(findings).flatMap(Finding::fix);
    }

    private static Optional<Finding> decisive(List<Finding> findings) {
        return findings.stream().filter(Finding::isError).findFirst()
                .or(() -> findings.stream().filter(f -> f.severity() == Severity.WARNING).findFirst());
    }

    private static Message titleOf(String check) {
        return Message.of("provisioning.check." + check);
    }
}
