package com.byoconboard.iac;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.internal.change.MapPutChange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** What the network picture beside the Network step sends to the browser as the customer edits the CIDR. */
class NetworkPictureViewTest {

    private final UI ui = new UI();
    private NetworkPictureView view;

    @BeforeEach
    void drawView() {
        UI.setCurrent(ui);
        view = new NetworkPictureView("network-picture");
        ui.add(view);
    }

    @AfterEach
    void forgetUi() {
        UI.setCurrent(null);
    }

    @Test
    void anAutosaveThatLeavesThePictureOrItsReasonAsTheyWereSendsNothing() {
        show("10.0.0.0/16");
        changesSent();
        show("10.0.0.0/16");
        assertThat(changesSent()).as("the same picture").isZero();

        show("10.1.0.0/24");
        changesSent();
        show("10.1.0.0/24");
        assertThat(changesSent()).as("the same reason for no picture").isZero();
    }

    @Test
    void aPictureDrawnBeforeAValueThatGivesNoneIsShownAgainWithoutBeingSentAgain() {
        show("10.0.0.0/16");
        String drawing = canvas();
        show("10.1.0.0/24");
        changesSent();

        show("10.0.0.0/16");

        assertThat(drawingsSent()).as("the reason hidden and the canvas shown, the drawing not sent again").isZero();
        assertThat(canvas()).isEqualTo(drawing).contains("10.0.0.0/18");
    }

    @Test
    void aNewCidrIsDrawnAndSent() {
        show("10.0.0.0/16");
        changesSent();

        show("10.8.0.0/16");

        assertThat(drawingsSent()).isOne();
        assertThat(canvas()).contains("10.8.0.0/18");
    }

    private void show(String cidr) {
        view.show(IacFixtures.exampleWithCidr(cidr), Optional.empty(), Map.of());
    }

    private String canvas() {
        return view.getElement().getChildren().filter(e -> e.getClassList().contains("byoc-network-canvas"))
                .findFirst().orElseThrow().getProperty("innerHTML");
    }

    private int drawingsSent() {
        var drawings = new AtomicInteger();
        ui.getInternals().getStateTree().runExecutionsBeforeClientResponse();
        ui.getInternals().getStateTree().collectChanges(change -> {
            if (change instanceof MapPutChange put && put.getKey().equals("innerHTML")) {
                drawings.incrementAndGet();
            }
        });
        return drawings.get();
    }

    private int changesSent() {
        var changes = new AtomicInteger();
        ui.getInternals().getStateTree().runExecutionsBeforeClientResponse();
        ui.getInternals().getStateTree().collectChanges(change -> changes.incrementAndGet());
        return changes.get();
    }
}
