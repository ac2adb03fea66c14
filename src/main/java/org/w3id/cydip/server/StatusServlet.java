package org.w3id.cydip.server;

import java.io.IOException;
import java.time.Instant;
import java.util.function.Supplier;

import org.apache.jena.atlas.json.JsonNull;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.cydip.curate.ChangeHead;
import org.w3id.cydip.load.DataVersion;
import org.w3id.cydip.replicate.ReplicaStatus;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code GET /$/status}: what this server is in a primary-and-replicas setup, as
 * JSON. A replica: the primary it follows, {@code state} (following, or stopped
 * with the {@code reason}), the last change applied and when it was accepted, how
 * many known changes are pending and how many seconds behind it is. A primary: its
 * newest change, when it was accepted, and where its change feed is. A server with neither role:
 * {@code standalone}. Every answer gives the data version.
 */
final class StatusServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String PATH = "/$/status";

    private final transient Supplier<JsonObject> status;

    private StatusServlet(Supplier<JsonObject> status) {
        this.status = status;
    }

    static StatusServlet replica(DatasetGraph dsg, Supplier<ReplicaStatus> follower) {
        return new StatusServlet(() -> {
            ReplicaStatus s = follower.get();
            JsonObject o = role("replica", dsg);
            o.put("primary", s.primary());
            o.put("state", s.state().label());
            put(o, "reason", s.reason());
            put(o, "lastApplied", s.lastApplied());
            put(o, "lastAppliedTime", s.lastAppliedTime());
            put(o, "newest", s.newest());
            o.put("pending", s.pending());
            o.put("secondsBehind", s.secondsBehind());
            put(o, "lastContact", s.lastContact());
            put(o, "lastError", s.lastError());
            put(o, "applying", s.applying());
            o.put("applied", s.applied());
            return o;
        });
    }

    static StatusServlet primary(DatasetGraph dsg) {
        return new StatusServlet(() -> {
            JsonObject o = role("primary", dsg);
            ChangeHead.Head head = ChangeHead.read(dsg).orElse(null);
            put(o, "newest", head == null ? null : head.id());
            put(o, "newestTime", head == null ? null : head.time());
            o.put("changes", ChangesServlet.PATH);
            return o;
        });
    }

    static StatusServlet standalone(DatasetGraph dsg) {
        return new StatusServlet(() -> role("standalone", dsg));
    }

    private static JsonObject role(String role, DatasetGraph dsg) {
        JsonObject o = new JsonObject();
        o.put("role", role);
        o.put("dataVersion", DataVersion.current(dsg));
        return o;
    }

    private static void put(JsonObject o, String key, Object value) {
        if (value == null)
            o.put(key, JsonNull.instance);
        else
            o.put(key, value instanceof Instant i ? i.toString() : value.toString());
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        try {
            resp.setHeader("Cache-Control", "no-store");
            HttpErrors.json(resp, 200, status.get().toString());
        } catch (RuntimeException e) {
            HttpErrors.send(resp, e);
        }
    }
}
