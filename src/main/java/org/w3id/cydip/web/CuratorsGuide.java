package org.w3id.cydip.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.w3id.cydip.load.ProjectFiles;
import org.w3id.cydip.publish.NotFoundException;

/**
 * The curators' page: the README's section "For curators" as HTML (CommonMark,
 * raw HTML escaped). Links to files of the repository, which this server does
 * not serve, keep their text and lose their link.
 */
final class CuratorsGuide {
    static final String HEADING = "## For curators";

    private CuratorsGuide() {}

    /** The section as HTML, from the project's README.md. */
    static String html(ProjectFiles project) {
        Path readme = project.root().resolve("README.md");
        String text;
        try {
            text = Files.readString(readme);
        } catch (IOException e) {
            throw new NotFoundException("the curators' guide (README.md) is not part of " + project);
        }
        return render(section(text));
    }

    /** From the curators' heading to the next heading of the same level. */
    static String section(String readme) {
        int start = readme.indexOf(HEADING);
        if (start < 0)
            throw new NotFoundException("README.md has no section \"" + HEADING + "\"");
        int end = readme.indexOf("\n## ", start + HEADING.length());
        return readme.substring(start, end < 0 ? readme.length() : end).replaceFirst("^## ", "# ");
    }

    static String render(String markdown) {
        Node doc = Parser.builder().build().parse(markdown);
        List<Link> local = new ArrayList<>();
        doc.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                String d = link.getDestination();
                if (!d.startsWith("http://") && !d.startsWith("https://") && !d.startsWith("#"))
                    local.add(link);
                visitChildren(link);
            }
        });
        for (Link link : local) {
            Node child = link.getFirstChild();
            while (child != null) {
                Node next = child.getNext();
                link.insertBefore(child);
                child = next;
            }
            link.unlink();
        }
        return HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build().render(doc);
    }
}
