package com.byoconboard.iac;

import com.byoconboard.onboarding.Onboarding;
import com.byoconboard.ui.BrowserHidden;
import com.byoconboard.validation.ExistingVpcFacts;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

import java.util.Map;
import java.util.Optional;

/**
 * The network picture on a page: drawn again from the onboarding whenever {@link #show} is called, in the
 * viewer's language, scaled to the width it is given (so it fits a phone as well as a desktop).
 */
public class NetworkPictureView extends Div {

    private final Div canvas = new Div();
    private final Paragraph unavailable = new Paragraph();
    /** What is on screen: a picture, or why there is none. */
    private NetworkPicture.Result shown;
    /** The picture in the canvas, kept (hidden) while the inputs give none. */
    private NetworkPicture drawn;

    /** @param id the element ID, also the prefix of the picture's title and description IDs */
    public NetworkPictureView(String id) {
        setId(id);
        addClassNames("byoc-section", "byoc-network-picture");
        canvas.addClassName("byoc-network-canvas");
        unavailable.addClassName("byoc-network-unavailable");
        add(new H2(getTranslation("iac.picture.heading")), new Paragraph(getTranslation("iac.picture.hint")),
                unavailable, canvas);
    }

    /**
     * Draws the onboarding's network.
     *
     * @param found   what pre-flight last read about an existing VPC, if it has looked
     * @param azNames AZ ID to AZ name in the customer's account, as far as pre-flight learned them
     */
    public void show(Onboarding onboarding, Optional<ExistingVpcFacts> found, Map<String, String> azNames) {
        var result = NetworkPicture.of(onboarding, found, azNames);
        // Drawn only when the picture changed: a keystroke elsewhere on the page neither draws nor resends it.
        if (result.equals(shown)) {
            return;
        }
        switch (result) {
            case NetworkPicture.NotReady(var key, var arguments) -> {
                unavailable.setText(getTranslation(key, arguments.toArray()));
                unavailable.setVisible(true);
                BrowserHidden.set(canvas, true);
            }
            case NetworkPicture.Ready(var picture) -> {
                unavailable.setVisible(false);
                BrowserHidden.set(canvas, false);
                if (!picture.equals(drawn)) {
                    canvas.getElement().setProperty("innerHTML",
                            NetworkSvg.render(picture, (key, args) -> getTranslation(key, args), getId().orElseThrow()));
                    drawn = picture;
                }
            }
        }
        shown = result;
    }
}
