package com.byoconboard.iac.terraform;

import com.byoconboard.iac.model.Parameter;
import com.byoconboard.iac.model.Text;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;

import static com.byoconboard.iac.terraform.Hcl.attr;
import static com.byoconboard.iac.terraform.Hcl.block;
import static org.assertj.core.api.Assertions.assertThat;

class HclTest {

    @Test
    void quotesBackslashesAndTemplateSequencesInInputStayLiteral() {
        assertThat(Hcl.escape("a \"b\" \\c ${d} %{e} $f 100%", false))
                .isEqualTo("a \\\"b\\\" \\\\c $${d} %%{e} $f 100%");
    }

    @Test
    void aDollarRightBeforeAnInterpolationCannotStartOne() {
        var prefix = Parameter.text("P", "p", "", "");
        String file = Hcl.file(List.of(block("locals", List.of(), attr("x", Hcl.str(Text.concat("cost$", prefix))))));
        assertThat(file).contains("x = \"cost\\u0024${var.p}\"");
    }

    @Test
    void japaneseAndControlCharactersAreWrittenSafely() {
        assertThat(Hcl.escape("株式会社\nテスト\u0001", false)).isEqualTo("株式会社\\nテスト\\u0001");
    }

    @Test
    void oneLineAttributesAreAlignedLikeTerraformFmtAndMultiLineOnesBreakTheRun() {
        var tags = new LinkedHashMap<String, Hcl.Expr>();
        tags.put("Name", Hcl.str("x"));
        tags.put("kubernetes.io/role/internal-elb", Hcl.str("1"));
        String file = Hcl.file(List.of(block("resource", List.of("aws_subnet", "a"),
                attr("vpc_id", Hcl.code("aws_vpc.this.id")), attr("map_public_ip_on_launch", true),
                attr("tags", new Hcl.ObjectOf(tags)), attr("cidr_block", "10.0.0.0/18"))));
        assertThat(file).isEqualTo("""
                resource "aws_subnet" "a" {
                  vpc_id                  = aws_vpc.this.id
                  map_public_ip_on_launch = true
                  tags = {
                    Name                              = "x"
                    "kubernetes.io/role/internal-elb" = "1"
                  }
                  cidr_block = "10.0.0.0/18"
                }
                """);
    }
}
