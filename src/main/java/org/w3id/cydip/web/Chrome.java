package org.w3id.cydip.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What every page's layout needs: its kind (the body's class), the language
 * switcher (the same page in each language), the query string that keeps a
 * chosen language on the site's own links, and the search box's text.
 */
final class Chrome {
    /** One entry of the language switcher. */
    record Switch(String code, String autonym, boolean rtl, String href, boolean current) {}

    private Chrome() {}

    /**
     * The layout's model for page {@code kind} at {@code path}, requested with
     * {@code params}; the language was chosen explicitly when {@code params} has {@code lang}.
     */
    static Map<String, Object> model(String kind, PageLanguage lang, String path, Map<String, String> params) {
        Map<String, Object> m = new HashMap<>();
        m.put("kind", kind);
        m.put("path", path);
        m.put("langQuery", langQuery(lang, params));
        m.put("q", params.getOrDefault("q", ""));
        m.put("formats", List.of());
        List<Switch> switcher = new ArrayList<>();
        for (PageLanguage l : PageLanguage.ALL) {
            Map<String, String> p = new LinkedHashMap<>(params);
            p.put("lang", l.code());
            switcher.add(new Switch(l.code(), l.autonym(), l.rtl(), Links.withQuery(path, p), l.equals(lang)));
        }
        m.put("switcher", switcher);
        return m;
    }

    /** {@code ?lang=xx} when the reader chose the page's language with the switcher, else nothing. */
    static String langQuery(PageLanguage lang, Map<String, String> params) {
        return PageLanguage.of(params.get("lang")).isPresent() ? "?lang=" + lang.code() : "";
    }
}
