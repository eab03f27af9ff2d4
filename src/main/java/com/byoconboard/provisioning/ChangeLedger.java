package com.byoconboard.provisioning;

import com.byoconboard.identity.Actor;
import com.byoconboard.identity.CurrentUser;
import com.byoconboard.onboarding.ChangeKind;
import com.byoconboard.onboarding.ChangeState;
import com.byoconboard.onboarding.Onboarding;
import com.byoconboard.onboarding.OnboardingEvents;
import com.byoconboard.onboarding.OnboardingId;
import com.byoconboard.onboarding.OnboardingInputs;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Optional;
import java.util.UUID;

/**
 * Records day-2 change requests and moves them along {@link ChangeState}, each move published for the audit log
 * (the actor is whoever caused it); the end of the run that applies them moves them to APPLIED or FAILED.
 */
@Component
class ChangeLedger {

    private final ChangeStore store;
    private final ApplicationEventPublisher events;
    private final CurrentUser currentUser;
    private final Clock clock;

    ChangeLedger(ChangeStore store, ApplicationEventPublisher events, CurrentUser currentUser, Clock clock) {
        this.store = store;
        this.events = events;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** A new request, PROPOSED, of {@code kind} from {@code onboarding}'s inputs to {@code proposed}. */
    ChangeRequest propose(Onboarding onboarding, ChangeKind kind, OnboardingInputs proposed) {
        var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        var request = new ChangeRequest(UUID.randomUUID(), onboarding.id(), onboarding.organizationId(), kind,
                ChangeState.PROPOSED, proposed, kind.describe(onboarding.inputs()), kind.describe(proposed), actorId(),
                now, Optional.empty(), "", Optional.empty(), now);
        store.insert(request);
        publish(request, "", ChangeState.PROPOSED, request.before() + " -> " + request.after());
        return request;
    }

    /**
     * Moves the request to {@code to}, if its state allows it and nobody moved it since; support's decision names
     * who decided, with their comment.
     *
     * @throws IllegalStateException the request is not (or no longer) where it could move to {@code to}
     */
    ChangeRequest move(ChangeRequest request, ChangeState to, boolean decision, String comment) {
        var from = request.state();
        if (!from.canMoveTo(to) || !store.move(request.id(), from, to, decision ? Optional.of(actorId()) : Optional.empty(),
                comment, clock.instant())) {
            throw new IllegalStateException("The change request " + request.id() + " is " + from + "; it cannot become "
                    + to + " now");
        }
        publish(request, from.name(), to, comment);
        return store.find(request.id()).orElseThrow();
    }

    void applyingIn(ChangeRequest request, int generation) {
        store.applyingIn(request.id(), generation);
    }

    /**
     * The run of {@code id} ended: what it was applying is APPLIED, or FAILED; a later run that succeeds (a Retry)
     * applies what an earlier failure left FAILED.
     */
    void runEnded(OnboardingId id, boolean succeeded) {
        var concerned = succeeded ? EnumSet.of(ChangeState.APPLYING, ChangeState.FAILED) : EnumSet.of(ChangeState.APPLYING);
        for (ChangeRequest request : store.in(id, concerned)) {
            move(request, succeeded ? ChangeState.APPLIED : ChangeState.FAILED, false, "");
        }
    }

    private void publish(ChangeRequest request, String from, ChangeState to, String detail) {
        events.publishEvent(new OnboardingEvents.ChangeMoved(request.onboardingId(), request.organizationId(),
                request.id(), request.kind(), from, to, detail));
    }

    private String actorId() {
        return currentUser.actor().map(Actor::id).orElse("anonymous");
    }
}
