package com.byoconboard.iac;

import com.byoconboard.deployment.ResourceNames;
import com.byoconboard.iac.NetworkPicture.Gap;
import com.byoconboard.iac.NetworkPicture.Peer;
import com.byoconboard.iac.NetworkPicture.Presence;
import com.byoconboard.iac.NetworkPicture.Subnet;
import com.byoconboard.iac.NetworkPicture.Tier;
import com.byoconboard.iac.NetworkPicture.Zone;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Draws a {@link NetworkPicture} as a self-contained SVG document (its own styles, every text escaped, a title and
 * a description for screen readers), scaled to its container by its view box: the same string in the page and as
 * {@code network.svg} in the platform team's download.
 */
final class NetworkSvg {

    /** The texts of the picture, in the reader's language: an i18n key of the iac bundle and its arguments. */
    @FunctionalInterface
    interface Labels {
        String text(String key, Object... args);
    }

    private static final int MARGIN = 16;
    private static final int COLUMN_MIN = 250;
    private static final int COLUMN_GAP = 14;
    private static final int WIDTH_MIN = 960;
    private static final int PUBLIC_HEIGHT = 64;
    private static final int PRIVATE_HEIGHT = 64;
    private static final int MARK_LINE = 16;

    private static final String STYLE = """
            .np-bg{fill:#f5f7fb}
            .np-text{font-family:Inter,"Segoe UI","Noto Sans","Noto Sans CJK JP","Hiragino Sans",system-ui,sans-serif;fill:#1a2233;font-size:13px}
            .np-mono{font-family:"JetBrains Mono",Menlo,Consolas,"Noto Sans Mono","Noto Sans CJK JP",monospace;font-size:12.5px}
            .np-small{font-size:11.5px;fill:#4a5670}
            .np-strong{font-weight:600}
            .np-title{font-size:15px;font-weight:700;fill:#0f1f4d}
            .np-vpc{fill:#ffffff;stroke:#1f4fd1;stroke-width:2}
            .np-az{fill:#f8faff;stroke:#8aa0d8;stroke-width:1.2;stroke-dasharray:6 4}
            .np-public{fill:#e5f5ea;stroke:#2f8a4c;stroke-width:1.2}
            .np-private{fill:#e4ecff;stroke:#1f4fd1;stroke-width:1.2}
            .np-gap{fill:#fde3e3;stroke:#c62828;stroke-width:2;stroke-dasharray:5 3}
            .np-mark{fill:#a11d1d;font-weight:600}
            .np-node{fill:#0f1f4d}
            .np-node-text{fill:#ffffff;font-weight:600}
            .np-nat{fill:#2f8a4c}
            .np-eks{fill:#fff7dc;stroke:#b78a00;stroke-width:1.2}
            .np-endpoint{fill:#eef7f1;stroke:#2f8a4c;stroke-width:1.2}
            .np-missing{fill:#fde3e3;stroke:#c62828;stroke-width:2;stroke-dasharray:5 3}
            .np-unchecked{fill:#f1f3f7;stroke:#8a94a8;stroke-width:1.2;stroke-dasharray:4 3}
            .np-peer{fill:#f3ecff;stroke:#6b3fc4;stroke-width:1.2}
            .np-line{stroke:#4a5670;stroke-width:1.6;fill:none}
            .np-peering{stroke:#6b3fc4;stroke-width:2;fill:none;stroke-dasharray:7 4}
            """;

    private NetworkSvg() {
    }

    /**
     * The picture as an SVG document.
     *
     * @param idPrefix makes the ids of the title and description unique where several pictures share a page
     */
    static String render(NetworkPicture picture, Labels labels, String idPrefix) {
        return new Drawing(picture, labels, idPrefix).draw();
    }

    /** XML-escapes text for an element's content or a double-quoted attribute. */
    static String escape(String text) {
        var out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static final class Drawing {
        private final NetworkPicture p;
        private final Labels l;
        private final String ids;
        private final StringBuilder body = new StringBuilder();

        Drawing(NetworkPicture picture, Labels labels, String idPrefix) {
            this.p = picture;
            this.l = labels;
            this.ids = idPrefix;
        }

        String draw() {
            int columns = Math.max(1, p.zones().size());
            int width = Math.max(WIDTH_MIN, 2 * MARGIN + 2 * MARGIN + columns * COLUMN_MIN + (columns - 1) * COLUMN_GAP);
            int vpcX = MARGIN;
            int vpcWidth = width - 2 * MARGIN;
            int y = MARGIN;

            // The internet and its gateway, above the VPC, where traffic from public subnets leaves.
            if (p.internetGateway()) {
                int cx = width / 2;
                node(cx - 70, y, 140, 30, l.text("iac.picture.internet"), "np-unchecked", "np-strong");
                line(cx, y + 30, cx, y + 62, "np-line");
                y += 62;
            } else {
                y += 8;
            }
            int vpcTop = y;
            int zoneTop = vpcTop + 50;
            int zoneHeight = zoneHeight();
            int columnWidth = (vpcWidth - 2 * MARGIN - (columns - 1) * COLUMN_GAP) / columns;
            int eksTop = zoneTop + zoneHeight + 14;
            int vpcBottom = eksTop + 48 + 14 + 48 + 16;

            body.append(rect(vpcX, vpcTop, vpcWidth, vpcBottom - vpcTop, 12, "np-vpc"));
            String vpcTitle = p.vpcId().isBlank() ? l.text("iac.picture.vpc.new", p.vpcCidr())
                    : l.text("iac.picture.vpc.existing", p.vpcId(), blankAs(p.vpcCidr()));
            text(vpcX + 14, vpcTop + 24, vpcTitle, "np-title");
            text(vpcX + 14, vpcTop + 41, l.text("iac.picture.source." + p.source()), "np-small");
            if (p.internetGateway()) {
                int cx = width / 2;
                String igw = l.text("iac.picture.igw");
                int w = textWidth(igw) + 32;
                node(cx - w / 2, vpcTop - 14, w, 28, igw, "np-node", "np-node-text");
            }

            for (int i = 0; i < p.zones().size(); i++) {
                zone(p.zones().get(i), vpcX + MARGIN + i * (columnWidth + COLUMN_GAP), zoneTop, columnWidth, zoneHeight);
            }
            if (p.zones().isEmpty()) {
                text(vpcX + MARGIN, zoneTop + 30, l.text("iac.picture.noSubnets"), "np-small");
            }

            int innerX = vpcX + MARGIN;
            int innerWidth = vpcWidth - 2 * MARGIN;
            body.append(rect(innerX, eksTop, innerWidth, 48, 8, "np-eks"));
            text(innerX + 12, eksTop + 20, l.text("iac.picture.eks", p.cluster()), "np-strong");
            text(innerX + 12, eksTop + 38, l.text("iac.picture.eks.where"), "np-small");

            int s3Top = eksTop + 48 + 14;
            String s3Class = switch (p.s3Endpoint()) {
                case PLANNED, FOUND -> "np-endpoint";
                case MISSING -> "np-missing";
                case UNCHECKED -> "np-unchecked";
            };
            int s3Width = Math.min(innerWidth, 460);
            body.append(rect(innerX, s3Top, s3Width, 48, 8, s3Class)
                    .replace("<rect ", "<rect data-s3=\"" + p.s3Endpoint() + "\" "));
            text(innerX + 12, s3Top + 20, l.text("iac.picture.s3"), "np-strong");
            text(innerX + 12, s3Top + 38, l.text("iac.picture.s3." + p.s3Endpoint()),
                    p.s3Endpoint() == Presence.MISSING ? "np-mark" : "np-small");
            if (p.natGateways() > 0) {
                text(innerX + s3Width + 18, s3Top + 20, l.text("iac.picture.nat.summary." + (p.natGateways() == 1
                        ? "single" : "perAz"), p.natGateways()), "np-small");
            }

            int height = vpcBottom + MARGIN;
            height = peers(width, vpcBottom, height);

            return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + width + " " + height + "\" width=\"" + width
                    + "\" height=\"" + height + "\" role=\"img\" aria-labelledby=\"" + ids + "-title " + ids + "-desc\""
                    + " class=\"np-svg\" preserveAspectRatio=\"xMidYMin meet\">"
                    + "<title id=\"" + ids + "-title\">" + escape(l.text("iac.picture.title")) + "</title>"
                    + "<desc id=\"" + ids + "-desc\">" + escape(description()) + "</desc>"
                    + "<style>" + STYLE + "</style>"
                    + "<rect class=\"np-bg\" x=\"0\" y=\"0\" width=\"" + width + "\" height=\"" + height + "\" rx=\"12\"/>"
                    + "<g class=\"np-text\">" + body + "</g></svg>";
        }

        private int zoneHeight() {
            int most = 0;
            for (Zone z : p.zones()) {
                int h = 0;
                for (Subnet s : z.subnets()) {
                    h += (s.tier() == Tier.PUBLIC ? PUBLIC_HEIGHT : PRIVATE_HEIGHT) + marks(s).size() * MARK_LINE + 10;
                }
                most = Math.max(most, h);
            }
            return 44 + most + 4;
        }

        private void zone(Zone z, int x, int y, int w, int h) {
            body.append("<g data-az=\"").append(escape(z.azId())).append("\">");
            body.append(rect(x, y, w, h, 10, "np-az"));
            text(x + 10, y + 20, z.azName().isBlank() ? l.text("iac.picture.az", z.azId())
                    : l.text("iac.picture.az.named", z.azId(), z.azName()), "np-strong");
            int sy = y + 34;
            for (Subnet s : z.subnets()) {
                sy = subnet(s, x + 10, sy, w - 20);
            }
            body.append("</g>");
        }

        private int subnet(Subnet s, int x, int y, int w) {
            var marks = marks(s);
            int h = (s.tier() == Tier.PUBLIC ? PUBLIC_HEIGHT : PRIVATE_HEIGHT) + marks.size() * MARK_LINE;
            String css = !s.gaps().isEmpty() ? "np-gap" : s.tier() == Tier.PUBLIC ? "np-public" : "np-private";
            body.append("<g data-subnet=\"").append(s.tier().name().toLowerCase()).append("\"")
                    .append(s.gaps().isEmpty() ? "" : " data-gaps=\"" + s.gaps().stream().map(Gap::name).sorted()
                            .collect(Collectors.joining(" ")) + "\"").append(">");
            body.append(rect(x, y, w, h, 8, css));
            text(x + 10, y + 19, l.text("iac.picture.subnet." + s.tier()), "np-strong");
            text(x + 10, y + 38, blankAs(s.cidr()), "np-mono");
            if (!s.id().isBlank()) {
                text(x + 10, y + 55, s.id(), "np-mono np-small");
            } else if (s.tier() == Tier.PRIVATE) {
                text(x + 10, y + 55, l.text("iac.picture.subnet.nodes"), "np-small");
            } else {
                text(x + 10, y + 55, l.text("iac.picture.subnet.publicUse"), "np-small");
            }
            if (s.natGateway()) {
                node(x + w - 64, y + 8, 54, 24, l.text("iac.picture.nat"), "np-nat", "np-node-text");
            }
            int my = y + PRIVATE_HEIGHT + 10;
            for (String mark : marks) {
                text(x + 10, my, "⚠ " + mark, "np-mark np-small");
                my += MARK_LINE;
            }
            body.append("</g>");
            return y + h + 10;
        }

        private List<String> marks(Subnet s) {
            var marks = new ArrayList<String>();
            for (Gap gap : s.gaps().stream().sorted().toList()) {
                switch (gap) {
                    case NOT_FOUND -> marks.add(l.text("iac.picture.gap.NOT_FOUND"));
                    case INTERNAL_ELB_TAG -> {
                        marks.add(l.text("iac.picture.gap.INTERNAL_ELB_TAG"));
                        marks.add(ResourceNames.INTERNAL_ELB_TAG + "=1");
                    }
                    case NO_DEFAULT_ROUTE -> marks.add(l.text("iac.picture.gap.NO_DEFAULT_ROUTE"));
                }
            }
            return marks;
        }

        /** Peered VPCs below ours, each joined to it by the peering connection and its routes; returns the new height. */
        private int peers(int width, int vpcBottom, int height) {
            if (p.peers().isEmpty()) {
                return height;
            }
            int top = vpcBottom + 70;
            int count = p.peers().size();
            int boxWidth = Math.min(380, (width - 2 * MARGIN - (count - 1) * 20) / count);
            int total = count * boxWidth + (count - 1) * 20;
            int x = (width - total) / 2;
            for (Peer peer : p.peers()) {
                int cx = x + boxWidth / 2;
                body.append("<g data-peer=\"").append(escape(peer.vpcId())).append("\">");
                line(cx, vpcBottom, cx, top, "np-peering");
                text(cx + 8, vpcBottom + 22, l.text("iac.picture.peering.routes", blankAs(peer.cidr())), "np-small");
                text(cx + 8, vpcBottom + 40, l.text("iac.picture.peering.back", blankAs(p.vpcCidr())), "np-small");
                body.append(rect(x, top, boxWidth, 64, 8, "np-peer"));
                text(x + 10, top + 20, l.text("iac.picture.peer", blankAs(peer.vpcId())), "np-strong");
                text(x + 10, top + 39, blankAs(peer.cidr()), "np-mono");
                if (!peer.accountId().isBlank()) {
                    text(x + 10, top + 56, l.text("iac.picture.peer.account", peer.accountId()), "np-small");
                }
                body.append("</g>");
                x += boxWidth + 20;
            }
            return top + 64 + MARGIN;
        }

        /** What a screen reader hears instead of the drawing: the same facts in one paragraph. */
        private String description() {
            var parts = new ArrayList<String>();
            parts.add(p.vpcId().isBlank() ? l.text("iac.picture.vpc.new", p.vpcCidr())
                    : l.text("iac.picture.vpc.existing", p.vpcId(), blankAs(p.vpcCidr())));
            for (Zone z : p.zones()) {
                parts.add((z.azName().isBlank() ? l.text("iac.picture.az", z.azId())
                        : l.text("iac.picture.az.named", z.azId(), z.azName())) + ": " + z.subnets().stream()
                        .map(s -> l.text("iac.picture.subnet." + s.tier()) + " " + blankAs(s.cidr())
                                + (s.natGateway() ? " + " + l.text("iac.picture.nat") : "")
                                + marks(s).stream().map(m -> " ⚠ " + m).collect(Collectors.joining()))
                        .collect(Collectors.joining(", ")));
            }
            parts.add(l.text("iac.picture.s3") + ": " + l.text("iac.picture.s3." + p.s3Endpoint()));
            parts.add(l.text("iac.picture.eks", p.cluster()));
            p.peers().forEach(peer -> parts.add(l.text("iac.picture.peer", blankAs(peer.vpcId())) + " "
                    + blankAs(peer.cidr())));
            return String.join(". ", parts);
        }

        private void node(int x, int y, int w, int h, String label, String boxClass, String textClass) {
            body.append(rect(x, y, w, h, h / 2, boxClass));
            body.append("<text x=\"").append(x + w / 2).append("\" y=\"").append(y + h / 2 + 4)
                    .append("\" text-anchor=\"middle\" class=\"").append(textClass).append("\">")
                    .append(escape(label)).append("</text>");
        }

        private void text(int x, int y, String value, String css) {
            body.append("<text x=\"").append(x).append("\" y=\"").append(y).append("\" class=\"").append(css)
                    .append("\">").append(escape(value)).append("</text>");
        }

        private void line(int x1, int y1, int x2, int y2, String css) {
            body.append("<line x1=\"").append(x1).append("\" y1=\"").append(y1).append("\" x2=\"").append(x2)
                    .append("\" y2=\"").append(y2).append("\" class=\"").append(css).append("\"/>");
        }

        /** About how wide a bold label is drawn: wide (CJK) characters take twice a Latin one's room. */
        private static int textWidth(String text) {
            return text.codePoints().map(c -> c >= 0x2E80 ? 14 : 8).sum();
        }

        private static String rect(int x, int y, int w, int h, int r, String css) {
            return "<rect x=\"" + x + "\" y=\"" + y + "\" width=\"" + w + "\" height=\"" + h + "\" rx=\"" + r
                    + "\" class=\"" + css + "\"/>";
        }

        private String blankAs(String value) {
            return value == null || value.isBlank() ? "—" : value;
        }
    }
}
