package com.byoconboard.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class TextsTest {

    private final UI ui = new UI();
    private final Span span = new Span("Saved");

    @Test
    void theSameTextAgainSendsNothingAndANewTextIsSent() {
        ui.add(span);
        changesSent();

        Texts.setIfChanged(span, "Saved");
        assertThat(changesSent()).isZero();

        Texts.setIfChanged(span, "Not saved");
        assertThat(changesSent()).isPositive();
        assertThat(span.getText()).isEqualTo("Not saved");
    }

    private int changesSent() {
        var changes = new AtomicInteger();
        ui.getInternals().getStateTree().runExecutionsBeforeClientResponse();
        ui.getInternals().getStateTree().collectChanges(change -> changes.incrementAndGet());
        return changes.get();
    }
}
