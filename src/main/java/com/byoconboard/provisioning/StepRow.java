package com.byoconboard.provisioning;

import com.byoconboard.deployment.StepKind;
import com.byoconboard.iac.PeerSide;
import com.byoconboard.iac.PeerSidePanel;
import com.byoconboard.validation.Fix;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One step in the progress panel: built once, then updated in place, touching only what changed. A running
 * step's clock changes every second: it is one text node whose value is replaced, never a new component.
 */
final class StepRow extends ListItem {

    private final Span badge = new Span();
    private final Text elapsed = new Text("");
    private final Paragraph error = new Paragraph();
    private final Paragraph fix = new Paragraph();
    /** A rule's command (pre-flight on an existing VPC), shown as the wizard shows it. */
    private final Div ruleFix = new Div();
    private final UnorderedList resources = new UnorderedList();
    /** The peer account's side (guide steps 3 and 5), on the acceptance step only. */
    private final Details peerSide = new Details();
    private List<PeerSide> shownSides = List.of();
    private StepProgress shown;
    private List<RecordedResource> shownResources = List.of();

    StepRow(StepKind step) {
        var title = new Span(getTranslation("provisioning.step." + step.id()));
        title.addClassName("byoc-run-step-title");
        var clock = new Span(elapsed);
        clock.addClassName("byoc-run-step-elapsed");
        error.addClassName("byoc-run-step-error");
        fix.addClassName("byoc-run-step-fix");
        ruleFix.addClassName("byoc-run-step-fix");
        ruleFix.setVisible(false);
        resources.addClassName("byoc-run-step-resources");
        peerSide.setSummaryText(getTranslation("provisioning.peering.peerSide"));
        peerSide.setId("peer-side");
        peerSide.setVisible(false);
        add(new Div(badge, title, clock), error, fix, ruleFix, peerSide, resources);
        getElement().setAttribute("data-step", step.id());
    }

    void show(StepProgress step, List<RecordedResource> recorded, String region, Instant now, List<PeerSide> peerSides) {
        if (step.step() == StepKind.PEERING_ACCEPTANCE && !peerSides.equals(shownSides)) {
            peerSide.removeAll();
            peerSides.forEach(side -> peerSide.add(new PeerSidePanel(side)));
            peerSide.setVisible(!peerSides.isEmpty());
            shownSides = peerSides;
        }
        if (!step.equals(shown)) {
            String state = step.state() == StepState.QUEUED ? "waiting" : step.state().name().toLowerCase();
            // Open while we wait for the customer, folded away once accepted (the customer may fold it meanwhile).
            if (shown == null || shown.state() != step.state()) {
                peerSide.setOpened(step.state() == StepState.WAITING_FOR_YOU);
            }
            // While waiting for the customer the text says what to do: a note, not an error.
            error.setClassName(step.state() == StepState.WAITING_FOR_YOU ? "byoc-run-step-note" : "byoc-run-step-error");
            setText(badge, getTranslation("provisioning.stepState." + step.state()));
            badge.setClassName("byoc-run-step-state byoc-run-step-" + state);
            getElement().setAttribute("data-state", state);
            if (shown == null || !Objects.equals(step.error(), shown.error()) || !step.fix().equals(shown.fix())) {
                showError(step.error(), step.fix());
            }
            shown = step;
        }
        String clock = step.startedAt() == null ? ""
                : elapsed(step.startedAt(), step.finishedAt() == null ? now : step.finishedAt());
        if (!clock.equals(elapsed.getText())) {
            elapsed.setText(clock);
        }
        if (!recorded.equals(shownResources)) {
            showResources(recorded, region);
            shownResources = recorded;
        }
    }

    private void showError(Message message, Optional<Fix> ruleCommand) {
        String fixText = message == null || ruleCommand.isPresent() ? ""
                : getTranslation(message.key() + ".fix", message.argsArray());
        setText(error, message == null ? "" : getTranslation(message.key(), message.argsArray()));
        error.setVisible(message != null);
        // A missing translation comes back as "!key!": that error simply has no fix to offer.
        setText(fix, fixText.startsWith("!") ? "" : fixText);
        fix.setVisible(!fix.getText().isEmpty());
        ruleFix.removeAll();
        ruleCommand.ifPresent(command -> ruleFix.add(new FixSnippet(command)));
        ruleFix.setVisible(ruleCommand.isPresent());
    }

    private void showResources(List<RecordedResource> recorded, String region) {
        resources.removeAll();
        // By name, not in the order calls made side by side happened to finish: a step reads the same in every run.
        for (RecordedResource r : recorded.stream().sorted(Comparator.comparing(RecordedResource::logicalName)).toList()) {
            String url = r.type().consoleUrl(region, r.resourceId());
            Component id = url.isEmpty() || r.deletedAt() != null ? new Span(r.resourceId())
                    : new Anchor(url, r.resourceId(), AnchorTarget.BLANK);
            var line = new ListItem(new Span(getTranslation("provisioning.resource." + r.type()) + " "), id);
            if (r.deletedAt() != null) {
                line.addClassName("byoc-resource-deleted");
            }
            resources.add(line);
        }
        resources.setVisible(!recorded.isEmpty());
    }

    /** Element.setText replaces the text node even with the same text: a new state node each time. */
    static void setText(HasText component, String text) {
        if (!text.equals(component.getText())) {
            component.setText(text);
        }
    }

    private static String elapsed(Instant from, Instant to) {
        Duration d = Duration.between(from, to);
        return d.toMinutes() > 0 ? "%dm %02ds".formatted(d.toMinutes(), d.toSecondsPart()) : d.toSeconds() + "s";
    }
}
