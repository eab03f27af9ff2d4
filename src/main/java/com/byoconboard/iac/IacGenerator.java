package com.byoconboard.iac;

import com.byoconboard.iac.cloudformation.BootstrapRoleTemplate;
import com.byoconboard.iac.cloudformation.VpcTemplate;
import com.byoconboard.iac.model.BootstrapRoleDefinition;
import com.byoconboard.iac.model.Parameter;
import com.byoconboard.iac.model.CustomerVpc;
import com.byoconboard.iac.terraform.BootstrapRoleModule;
import com.byoconboard.iac.terraform.TerraformFiles;
import com.byoconboard.iac.terraform.VpcModule;
import com.byoconboard.onboarding.Onboarding;
import com.vaadin.flow.i18n.I18NProvider;
import org.springframework.stereotype.Service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Renders an onboarding's CloudFormation templates and Terraform modules (bootstrap role, customer-managed VPC),
 * the download for the customer's platform team, and the CloudFormation quick-create link.
 */
@Service
public class IacGenerator {

    static final String CONSOLE = "https://console.aws.amazon.com/cloudformation/home";
    static final String ZIP_ROOT = "byoc-onboarding/";
    static final String NETWORK_PICTURE = "network.svg";

    private final IacProperties properties;
    private final TemplatePublisher publisher;
    private final I18NProvider translations;

    public IacGenerator(IacProperties properties, TemplatePublisher publisher, I18NProvider translations) {
        this.properties = properties;
        this.publisher = publisher;
        this.translations = translations;
    }

    public Artifacts bootstrapRole(Onboarding onboarding) {
        var role = BootstrapRoleDefinition.of(properties.vendor(), onboarding);
        var template = IacTemplate.BOOTSTRAP_ROLE;
        return new Artifacts(template,
                new GeneratedFile("cloudformation/" + template.fileName(), BootstrapRoleTemplate.render(role)),
                moduleFiles(template, BootstrapRoleModule.render(role)),
                root(onboarding, template));
    }

    public VpcArtifacts customerVpc(Onboarding onboarding) {
        return switch (CustomerVpc.of(properties.vendor(), onboarding)) {
            case CustomerVpc.NotReady(var key, var arguments) -> new VpcArtifacts.Unavailable(key, arguments);
            case CustomerVpc.Ready(var vpc) -> {
                var template = IacTemplate.CUSTOMER_VPC;
                String organization = onboarding.inputs().account().organizationName();
                yield new VpcArtifacts.Ready(new Artifacts(template,
                        new GeneratedFile("cloudformation/" + template.fileName(),
                                VpcTemplate.render(vpc, organization)),
                        moduleFiles(template, VpcModule.render(vpc, organization)),
                        root(onboarding, template)));
            }
        };
    }

    /** The CloudFormation template served to AWS; empty when the VPC cannot be drawn yet. */
    public Optional<String> cloudFormation(Onboarding onboarding, IacTemplate template) {
        return switch (template) {
            case BOOTSTRAP_ROLE -> Optional.of(bootstrapRole(onboarding).cloudFormation().content());
            case CUSTOMER_VPC -> customerVpc(onboarding) instanceof VpcArtifacts.Ready(var a)
                    ? Optional.of(a.cloudFormation().content()) : Optional.empty();
        };
    }

    /**
     * The app's path (relative to its root) that publishes the template and redirects to {@link #quickCreateUrl}:
     * a page shows it after every keystroke, and only a click should publish.
     */
    public static String quickCreatePath(Onboarding onboarding, IacTemplate template) {
        return "iac/" + onboarding.id() + "/quick-create/" + template.slug();
    }

    /**
     * The console link that opens "Quick create stack" with the template and every parameter filled in; publishes
     * the template first (see {@link TemplatePublisher}). Empty when the VPC cannot be drawn yet.
     */
    public Optional<URI> quickCreateUrl(Onboarding onboarding, IacTemplate template) {
        return cloudFormation(onboarding, template).map(content ->
                quickCreateUrl(onboarding, template, publisher.publish(onboarding, template, content)));
    }

    private URI quickCreateUrl(Onboarding onboarding, IacTemplate template, URI templateUrl) {
        var query = new StringBuilder("templateURL=").append(encode(templateUrl.toString()))
                .append("&stackName=").append(encode(template.stackName()));
        if (template == IacTemplate.BOOTSTRAP_ROLE) {
            for (Parameter p : BootstrapRoleDefinition.of(properties.vendor(), onboarding).parameters()) {
                query.append("&param_").append(p.cloudFormationName()).append('=').append(encode(p.defaultValue()));
            }
        }
        String region = onboarding.inputs().region().isBlank() ? "" : "region=" + encode(onboarding.inputs().region());
        return URI.create(CONSOLE + "?" + region + "#/stacks/quickcreate?" + query);
    }

    /**
     * Everything for the customer's platform team: both templates, the Terraform modules, a README, the network
     * picture, and a Terraform root that creates the bootstrap role and nothing else.
     */
    public byte[] zip(Onboarding onboarding) {
        List<Artifacts> all = new ArrayList<>(List.of(bootstrapRole(onboarding)));
        if (customerVpc(onboarding) instanceof VpcArtifacts.Ready(var vpc)) {
            all.add(vpc);
        }
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            put(zip, "README.md", PlatformTeamReadme.render(onboarding, all,
                    quickCreateUrl(onboarding, IacTemplate.BOOTSTRAP_ROLE).orElseThrow()));
            // The root applies the bootstrap role only; the VPC module is there for those who call it (README).
            put(zip, "terraform/main.tf", all.getFirst().rootSnippet());
            // In English, as the README: the platform team's language is not known here.
            if (NetworkPicture.of(onboarding, Optional.empty(), Map.of()) instanceof NetworkPicture.Ready(var picture)) {
                put(zip, NETWORK_PICTURE, NetworkSvg.render(picture,
                        (key, args) -> translations.getTranslation(key, Locale.ENGLISH, args), "network"));
            }
            for (Artifacts artifacts : all) {
                put(zip, artifacts.cloudFormation().path(), artifacts.cloudFormation().content());
                for (GeneratedFile file : artifacts.terraform()) {
                    put(zip, file.path(), file.content());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** File name of the download, e.g. {@code byoc-onboarding-1f0c….zip}. */
    public static String zipFileName(Onboarding onboarding) {
        return "byoc-onboarding-" + onboarding.id() + ".zip";
    }

    private static void put(ZipOutputStream zip, String path, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(ZIP_ROOT + path));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static List<GeneratedFile> moduleFiles(IacTemplate template, Map<String, String> files) {
        return files.entrySet().stream()
                .map(e -> new GeneratedFile(modulePath(template) + "/" + e.getKey(), e.getValue()))
                .toList();
    }

    private static String modulePath(IacTemplate template) {
        return "terraform/modules/" + template.slug();
    }

    /** The root module using the template's module directory, as in the guide: {@code module "..." { source = ... }}. */
    private static String root(Onboarding onboarding, IacTemplate template) {
        String module = "module." + template.moduleName();
        var source = "./modules/" + template.slug();
        return switch (template) {
            case BOOTSTRAP_ROLE -> TerraformFiles.root(onboarding.inputs().region(),
                    Map.of(template.moduleName(), new TerraformFiles.Module(source, Map.of("byoc_env", "production"))),
                    Map.of("clickhouse_role_arn", module + ".role_arn"));
            case CUSTOMER_VPC -> {
                var outputs = new LinkedHashMap<String, String>();
                outputs.put("clickhouse_vpc_id", module + ".vpc_id");
                outputs.put("clickhouse_private_subnet_ids", module + ".private_subnet_ids");
                yield TerraformFiles.root(onboarding.inputs().region(),
                        Map.of(template.moduleName(), new TerraformFiles.Module(source, Map.of())), outputs);
            }
        };
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
