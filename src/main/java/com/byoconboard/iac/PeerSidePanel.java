package com.byoconboard.iac;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.tabs.TabSheet;

/**
 * What the customer runs in the peer account for one peering (accept it, route back to the BYOC VPC): the AWS CLI
 * commands, a CloudFormation template and Terraform, each with a Copy button.
 */
public class PeerSidePanel extends Div {

    public PeerSidePanel(PeerSide side) {
        addClassName("byoc-peer-side");
        getElement().setAttribute("data-connection", side.connectionId());
        var formats = new TabSheet();
        formats.addClassName("byoc-iac-tabs");
        formats.add(getTranslation("iac.tab.cli"), block("peer-side.sh", "iac.peerSide.cli", side.cli()));
        formats.add(getTranslation("iac.tab.cloudformation"),
                block("peer-routes.yaml", "iac.peerSide.cloudFormation", side.cloudFormation()));
        formats.add(getTranslation("iac.tab.terraform"), block("peer-side.tf", "iac.peerSide.terraform", side.terraform()));
        add(new Paragraph(getTranslation("iac.peerSide.intro", side.connectionId(), side.peerVpcId(), side.peerRegion(),
                side.byocCidr())), formats);
    }

    private CodeBlock block(String path, String captionKey, String text) {
        var block = new CodeBlock(path, getTranslation(captionKey));
        block.code().setText(text);
        return block;
    }
}
