package org.w3id.cydip.web;

import java.util.List;
import java.util.Map;

import org.w3id.cydip.publish.Description;

/** Any other resource (an organisation, a norm, a process, an act, a concept): its facts and what points at it. */
final class GenericPage {
    private GenericPage() {}

    static String render(PageContext ctx, Description d) {
        Map<String, Object> m = ResourceModel.base(ctx, d, "resource");
        m.put("facts", Facts.of(d.graph(), d.focus(), ctx.cells()).rest(List.of()));
        m.put("otherFacts", List.of());
        return ctx.render("resource", m);
    }
}
