package com.byoconboard.iac;

import com.byoconboard.deployment.Blueprint;
import com.byoconboard.deployment.ControllerRole;
import com.byoconboard.iac.model.CustomerVpc;
import com.byoconboard.iac.terraform.VpcModule;
import com.byoconboard.onboarding.Onboarding;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A Terraform configuration of everything a provisioning run creates for an onboarding, from the same plan: our
 * generated VPC module (its defaults are the onboarding's network plan) plus the bucket, the controller's roles,
 * the EKS cluster and node group and the private zone under the names the run gives them. For the benchmark
 * against {@code terraform apply}; the same resource count as the run is checked there.
 */
public final class TerraformOfPlan {

    private final Path dir;

    private TerraformOfPlan(Path dir) {
        this.dir = dir;
    }

    /** Writes the configuration for {@code onboarding}, with a provider that talks to the emulator, and runs init. */
    public static TerraformOfPlan write(IacProperties properties, Onboarding onboarding, String zoneName, URI endpoint,
                                       URI eksEndpoint, AwsSessionCredentials administrator) {
        var vpc = switch (CustomerVpc.of(properties.vendor(), onboarding)) {
            case CustomerVpc.Ready(var ready) -> ready;
            case CustomerVpc.NotReady(var key, var arguments) -> throw new IllegalArgumentException(key + arguments);
        };
        Path dir = Tools.createTemp("plan-tf");
        try {
            Files.createDirectories(dir.resolve("vpc"));
            for (var file : VpcModule.render(vpc, "bench").entrySet()) {
                if (!file.getKey().contains("/")) {
                    Files.writeString(dir.resolve("vpc").resolve(file.getKey()), file.getValue());
                }
            }
            Files.writeString(dir.resolve("main.tf"), platform(Blueprint.of(onboarding), zoneName, onboarding.inputs().region()));
            // EKS and Route 53 at the emulator without IAM enforcement: moto refuses signed EKS requests, and
            // answers the provider's route53:GetChange (its wait for the zone) with 403 under enforcement.
            Files.writeString(dir.resolve("provider.tf"), Tools.emulatorProvider(onboarding.inputs().region(),
                    administrator, endpoint, List.of("ec2", "iam", "sts", "s3"))
                    .replace("  endpoints {\n", "  s3_use_path_style = true\n  endpoints {\n    eks = \"" + eksEndpoint
                            + "\"\n    route53 = \"" + eksEndpoint + "\"\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Tools.terraformInit(dir);
        return new TerraformOfPlan(dir);
    }

    /** {@code terraform apply}; returns its output. */
    public String apply() {
        return Tools.run(dir, List.of(Tools.terraform(), "apply", "-auto-approve", "-input=false", "-no-color",
                "-parallelism=10"));
    }

    /**
     * {@code terraform plan}, creating nothing: the configuration and the provider's schema of every resource checked
     * as an apply checks them first; returns how many resources it would create.
     */
    public long plan() {
        String output = Tools.run(dir, List.of(Tools.terraform(), "plan", "-input=false", "-no-color"));
        var planned = Pattern.compile("Plan: (\\d+) to add").matcher(output);
        if (!planned.find()) {
            throw new IllegalStateException("terraform plan names no resources to add:\n" + output);
        }
        return Long.parseLong(planned.group(1));
    }

    /** How many resources the state holds ({@code terraform state list}), data sources left out. */
    public long resources() {
        return Tools.run(dir, List.of(Tools.terraform(), "state", "list")).lines()
                .filter(l -> !l.startsWith("data.") && !l.contains(".data.")).count();
    }

    private static String platform(Blueprint blueprint, String zoneName, String region) {
        var names = blueprint.names();
        var roles = ControllerRole.ALL.stream().map(role -> {
            String key = role.suffix().replace('-', '_');
            var hcl = new StringBuilder("""
                    resource "aws_iam_role" "%s" {
                      name               = "%s"
                      assume_role_policy = %s
                    }
                    """.formatted(key, names.role(role), heredoc(role.trustPolicy())));
            if (!role.actions().isEmpty()) {
                hcl.append("""
                        resource "aws_iam_role_policy" "%s" {
                          role   = aws_iam_role.%s.name
                          name   = "%s"
                          policy = %s
                        }
                        """.formatted(key, key, role.inlinePolicyName(), heredoc(role.inlinePolicy())));
            }
            for (int i = 0; i < role.managedPolicies().size(); i++) {
                hcl.append("""
                        resource "aws_iam_role_policy_attachment" "%s_%d" {
                          role       = aws_iam_role.%s.name
                          policy_arn = "%s"
                        }
                        """.formatted(key, i, key, role.managedPolicies().get(i)));
            }
            return hcl.toString();
        }).collect(Collectors.joining());
        String controlPlane = ControllerRole.CONTROL_PLANE.replace('-', '_');
        String worker = ControllerRole.WORKER.replace('-', '_');
        return """
                module "vpc" {
                  source = "./vpc"
                  name   = "%1$s"
                }

                resource "aws_s3_bucket" "data" {
                  bucket = "%2$s"
                }
                resource "aws_s3_bucket_public_access_block" "data" {
                  bucket                  = aws_s3_bucket.data.id
                  block_public_acls       = true
                  block_public_policy     = true
                  ignore_public_acls      = true
                  restrict_public_buckets = true
                }
                resource "aws_s3_bucket_server_side_encryption_configuration" "data" {
                  bucket = aws_s3_bucket.data.id
                  rule {
                    apply_server_side_encryption_by_default {
                      sse_algorithm = "AES256"
                    }
                  }
                }

                %3$s
                resource "aws_eks_cluster" "this" {
                  name     = "%4$s"
                  role_arn = aws_iam_role.%5$s.arn
                  vpc_config {
                    subnet_ids              = module.vpc.private_subnet_ids
                    endpoint_private_access = true
                    endpoint_public_access  = true
                  }
                }
                resource "aws_eks_node_group" "this" {
                  cluster_name    = aws_eks_cluster.this.name
                  node_group_name = "%6$s"
                  node_role_arn   = aws_iam_role.%7$s.arn
                  subnet_ids      = module.vpc.private_subnet_ids
                  scaling_config {
                    min_size     = 3
                    desired_size = 3
                    max_size     = 6
                  }
                }

                resource "aws_route53_zone" "private" {
                  name = "%8$s"
                  vpc {
                    vpc_id     = module.vpc.vpc_id
                    vpc_region = "%9$s"
                  }
                }
                """.formatted(names.base(), names.bucket(), roles, names.cluster(), controlPlane, names.nodeGroup(),
                worker, zoneName, region);
    }

    private static String heredoc(String json) {
        return "<<-JSON\n" + json + "\nJSON";
    }
}
