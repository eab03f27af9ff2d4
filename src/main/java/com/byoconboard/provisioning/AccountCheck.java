package com.byoconboard.provisioning;

import com.byoconboard.identity.OrganizationId;
import com.byoconboard.onboarding.AccountReadiness;
import com.byoconboard.onboarding.Onboarding;
import com.byoconboard.onboarding.OnboardingId;
import com.byoconboard.onboarding.OnboardingInputs;
import com.byoconboard.onboarding.OnboardingService;
import com.byoconboard.validation.ExistingVpcFacts;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * "Check my account now": pre-flight on demand, before anything is submitted, and again on submit (the gate of
 * {@link AccountReadiness}). The last result of each onboarding is kept, with the inputs it checked, so that
 * Review can tell a pass that still holds from one the customer has since edited away, and the wizard can name
 * the account's AZs. Kept in memory: after a restart the customer checks again (Submit always does).
 */
@Service
public class AccountCheck implements AccountReadiness {

    private final OnboardingService onboardings;
    private final RunEngine engine;
    private final Journal journal;
    private final Clock clock;
    private final Map<OnboardingId, Checked> last = new ConcurrentHashMap<>();

    AccountCheck(OnboardingService onboardings, RunEngine engine, Journal journal, Clock clock) {
        this.onboardings = onboardings;
        this.journal = journal;
        this.engine = engine;
        this.clock = clock;
    }

    /** One pre-flight run: its report, the inputs it checked, and when. */
    public record Checked(PreflightReport report, OnboardingInputs inputs, Instant at) {

        /** Pre-flight passed for exactly these inputs: nothing was edited since. */
        public boolean passesFor(OnboardingInputs current) {
            return report.passed() && inputs.equals(current);
        }
    }

    /** Runs pre-flight for an onboarding of {@code org} now (no wait for a role still propagating) and keeps it. */
    public Checked check(OrganizationId org, OnboardingId id) {
        return run(onboardings.get(org, id));
    }

    /** The last check of this onboarding, if any since the app started. */
    public Optional<Checked> last(OrganizationId org, OnboardingId id) {
        onboardings.get(org, id);
        return Optional.ofNullable(last.get(id));
    }

    /**
     * The same for an onboarding the caller has already read through {@link OnboardingService} (which checked that
     * it may): the wizard asks after every saved change, and reading the onboarding again each time was a query per
     * change.
     */
    public Optional<Checked> last(Onboarding onboarding) {
        return Optional.ofNullable(last.get(onboarding.id()));
    }

    /**
     * AZ ID to AZ name in the onboarding's account, as the last check learned them; empty before any check or
     * once the account ID changed (names map to different zones in every account).
     */
    public Map<String, String> azNames(Onboarding onboarding) {
        return Optional.ofNullable(last.get(onboarding.id()))
                .filter(c -> c.inputs().account().accountId().equals(onboarding.inputs().account().accountId()))
                .map(c -> c.report().azNames()).orElse(Map.of());
    }

    /** The existing VPC as the last check read it from the account, while the customer still names that VPC. */
    public Optional<ExistingVpcFacts> existingVpc(Onboarding onboarding) {
        return Optional.ofNullable(last.get(onboarding.id())).flatMap(c -> c.report().existingVpc())
                .filter(f -> f.vpcId().equals(onboarding.inputs().network().existingVpcId()));
    }

    @Override
    public List<String> failingChecks(Onboarding onboarding) {
        return run(onboarding).report().failures().stream().map(CheckResult::check).toList();
    }

    Checked run(Onboarding onboarding) {
        var report = engine.preflight().run(onboarding, engine.planner().plan(onboarding, journal.resources(onboarding.id())), Duration.ZERO, message -> { });
        var checked = new Checked(report, onboarding.inputs(), clock.instant());
        last.put(onboarding.id(), checked);
        return checked;
    }
}
