package com.byoconboard.iac;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.server.StreamResourceRegistry;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** What the VPC code beside the Network step sends to the browser as the customer edits the CIDR. */
class IacCodePanelTest {

    private final UI ui = new UI();
    private IacCodePanel panel;

    @BeforeEach
    void drawPanel() {
        UI.setCurrent(ui);
        // The panel's download registers a resource with the session when it is attached.
        var session = mock(VaadinSession.class);
        when(session.hasLock()).thenReturn(true);
        when(session.getResourceRegistry()).thenReturn(new StreamResourceRegistry(session));
        ui.getInternals().setSession(session);
        panel = new IacCodePanel(IacFixtures.GENERATOR, IacTemplate.CUSTOMER_VPC);
        ui.add(panel);
    }

    @AfterEach
    void forgetUi() {
        UI.setCurrent(null);
    }

    @Test
    void anAutosaveThatChangesNoTemplateSendsNothingForTheCode() {
        panel.show(IacFixtures.exampleWithCidr("10.0.0.0/16"));
        changesSent();

        panel.show(IacFixtures.exampleWithCidr("10.0.0.0/16"));

        assertThat(changesSent()).isZero();
    }

    @Test
    void aCidrTooSmallForATemplateAndThenAGoodOneSendsTheReasonAndThenOnlyTheFilesThatChanged() {
        panel.show(IacFixtures.exampleWithCidr("10.0.0.0/16"));
        int firstDrawing = changesSent();

        panel.show(IacFixtures.exampleWithCidr("10.1.0.0/24"));

        assertThat(changesSent()).as("the reason shown, the code and its actions hidden").isLessThanOrEqualTo(12);
        assertThat(unavailable().isVisible()).isTrue();
        assertThat(unavailable().getText()).isNotBlank();

        panel.show(IacFixtures.exampleWithCidr("10.2.0.0/16"));

        assertThat(changesSent()).as("changes for a new CIDR against the first drawing of every tab (%d)", firstDrawing)
                .isLessThan(firstDrawing / 4);
        assertThat(unavailable().isVisible()).isFalse();
        assertThat(code("cloudformation/customer-vpc.yaml").getText()).contains("10.2.0.0/18");
    }

    private Element unavailable() {
        return all(panel.getElement()).filter(e -> "iac-customer-vpc-unavailable".equals(e.getAttribute("id")))
                .findFirst().orElseThrow();
    }

    private Element code(String file) {
        return all(panel.getElement()).filter(e -> file.equals(e.getAttribute("data-file"))).findFirst().orElseThrow();
    }

    private static Stream<Element> all(Element root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(IacCodePanelTest::all));
    }

    private int changesSent() {
        var changes = new AtomicInteger();
        ui.getInternals().getStateTree().runExecutionsBeforeClientResponse();
        ui.getInternals().getStateTree().collectChanges(change -> changes.incrementAndGet());
        return changes.get();
    }
}
