package com.byoconboard.iac;

import com.byoconboard.onboarding.Onboarding;
import com.byoconboard.ui.BrowserHidden;
import com.byoconboard.ui.Texts;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The generated code of one template beside the wizard's form: CloudFormation and Terraform tabs (each
 * Terraform file its own tab), Copy buttons, the .zip download and the CloudFormation quick-create link. It is
 * brought up to date from the onboarding after every saved change, sending only the files whose text changed and
 * keeping the tab the customer was looking at.
 */
public class IacCodePanel extends Div {

    /** Key of the root-module snippet among the code blocks. */
    private static final String ROOT = "terraform/main.tf";

    private final IacGenerator generator;
    private final IacTemplate template;
    private final Div body = new Div();
    private final Anchor quickCreate = new Anchor();
    private final Anchor download;
    private final Map<String, Pre> blocks = new LinkedHashMap<>();
    private final Paragraph unavailable = new Paragraph();
    private TabSheet formats;
    private TabSheet terraformFiles;
    private Onboarding onboarding;

    public IacCodePanel(IacGenerator generator, IacTemplate template) {
        this.generator = generator;
        this.template = template;
        addClassName("byoc-iac-panel");
        setId("iac-" + template.slug());

        quickCreate.setTarget(AnchorTarget.BLANK);
        quickCreate.add(VaadinIcon.EXTERNAL_LINK.create(), new Span(getTranslation("iac.quickCreate")));
        quickCreate.addClassName("byoc-iac-action");
        quickCreate.setId(getId().orElseThrow() + "-quick-create");
        quickCreate.setTitle(getTranslation("iac.quickCreate.help"));
        download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] zip = generator.zip(onboarding);
            return new DownloadResponse(new ByteArrayInputStream(zip), IacGenerator.zipFileName(onboarding),
                    "application/zip", zip.length);
        }), AttachmentType.DOWNLOAD, "");
        download.add(VaadinIcon.DOWNLOAD.create(), new Span(getTranslation("iac.download")));
        download.addClassName("byoc-iac-action");
        download.setId(getId().orElseThrow() + "-download");

        var title = new H3(getTranslation("iac.panel.title." + template.name()));
        var actions = new Div(quickCreate, download);
        actions.addClassName("byoc-iac-actions");
        var head = new Div(title, actions);
        head.addClassName("byoc-iac-head");
        body.addClassName("byoc-iac-body");
        unavailable.addClassName("byoc-iac-unavailable");
        unavailable.setId(getId().orElseThrow() + "-unavailable");
        unavailable.setVisible(false);
        body.add(unavailable);
        add(head, body);
    }

    /** Draws the code for the onboarding as it is now. */
    public void show(Onboarding current) {
        this.onboarding = current;
        var artifacts = switch (template) {
            case BOOTSTRAP_ROLE -> generator.bootstrapRole(current);
            case CUSTOMER_VPC -> switch (generator.customerVpc(current)) {
                case VpcArtifacts.Ready(var ready) -> ready;
                case VpcArtifacts.Unavailable(var key, var arguments) -> {
                    unavailable(getTranslation(key, arguments.toArray()));
                    yield null;
                }
            };
        };
        if (artifacts == null) {
            return;
        }
        quickCreate.setHref(IacGenerator.quickCreatePath(current, template));
        quickCreate.setVisible(true);
        download.setVisible(true);
        unavailable.setVisible(false);
        var files = new LinkedHashMap<String, String>();
        files.put(artifacts.cloudFormation().path(), artifacts.cloudFormation().content());
        artifacts.terraform().forEach(f -> files.put(f.path(), f.content()));
        files.put(ROOT, artifacts.rootSnippet());
        if (!blocks.keySet().equals(files.keySet())) {
            build(artifacts);
        }
        BrowserHidden.set(formats, false);
        // Only the files whose text changed are sent: a CIDR typed in the form changes a few lines of two or three.
        files.forEach((path, content) -> Texts.setIfChanged(blocks.get(path), content));
    }

    private void build(Artifacts artifacts) {
        if (formats != null) {
            body.remove(formats);
        }
        blocks.clear();
        int format = formats == null ? 0 : formats.getSelectedIndex();
        int file = terraformFiles == null ? 0 : terraformFiles.getSelectedIndex();
        formats = new TabSheet();
        formats.addClassName("byoc-iac-tabs");
        formats.add(getTranslation("iac.tab.cloudformation"), codeBlock(artifacts.cloudFormation().path(),
                artifacts.cloudFormation().name()));
        terraformFiles = new TabSheet();
        terraformFiles.addClassName("byoc-iac-files");
        List<GeneratedFile> terraform = new ArrayList<>(artifacts.terraform());
        for (GeneratedFile f : terraform) {
            terraformFiles.add(f.name(), codeBlock(f.path(), f.path().replaceFirst("^terraform/", "")));
        }
        terraformFiles.add(getTranslation("iac.terraform.usage"), codeBlock(ROOT, getTranslation("iac.terraform.usage.file")));
        formats.add(getTranslation("iac.tab.terraform"), terraformFiles);
        formats.setSelectedIndex(format);
        terraformFiles.setSelectedIndex(Math.min(file, terraform.size()));
        body.add(formats);
    }

    private Div codeBlock(String path, String caption) {
        var block = new CodeBlock(path, caption);
        blocks.put(path, block.code());
        return block;
    }

    /**
     * Says why there is no code yet. The tabs stay, hidden: a customer typing a CIDR passes through invalid values,
     * and drawing all the tabs again after each one was a tenth of the server's time per change.
     */
    private void unavailable(String reason) {
        if (formats != null) {
            BrowserHidden.set(formats, true);
        }
        quickCreate.setVisible(false);
        download.setVisible(false);
        Texts.setIfChanged(unavailable, reason);
        unavailable.setVisible(true);
    }
}
