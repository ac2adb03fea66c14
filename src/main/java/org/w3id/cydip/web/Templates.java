package org.w3id.cydip.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;

/**
 * The Pebble templates under {@code web/templates/} (one per page kind, over
 * {@code layout.peb}), HTML autoescaping on, and the interface's words in each
 * page language ({@code web/messages*.properties}, English where a word is missing).
 */
final class Templates {
    private final PebbleEngine engine;
    private final Map<String, Map<String, String>> messages = new ConcurrentHashMap<>();

    Templates() {
        ClasspathLoader loader = new ClasspathLoader(Templates.class.getClassLoader());
        loader.setPrefix("web/templates");
        loader.setSuffix(".peb");
        engine = new PebbleEngine.Builder().loader(loader).autoEscaping(true).newLineTrimming(true)
                .strictVariables(false).build();
    }

    /** Renders template {@code name} with {@code model}, in {@code lang}. */
    String render(String name, Map<String, Object> model, PageLanguage lang) {
        Map<String, Object> context = new HashMap<>(model);
        context.put("lang", lang);
        context.put("msg", messages(lang));
        StringWriter out = new StringWriter(16 * 1024);
        try {
            engine.getTemplate(name).evaluate(out, context, lang.locale());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The interface's words in {@code lang}, falling back to English word by word. */
    Map<String, String> messages(PageLanguage lang) {
        return messages.computeIfAbsent(lang.code(), code -> {
            ResourceBundle bundle = ResourceBundle.getBundle("web/messages", lang.locale(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            Map<String, String> m = new HashMap<>();
            for (String key : Collections.list(bundle.getKeys()))
                m.put(key, bundle.getString(key));
            return Map.copyOf(m);
        });
    }
}
