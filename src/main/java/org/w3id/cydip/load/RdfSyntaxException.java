package org.w3id.cydip.load;

/** RDF that does not parse, at a known place: {@code entry.ttl:3:14: ...}. Line and column are 0 when unknown. */
public class RdfSyntaxException extends LoadException {
    private final long line;
    private final long column;

    public RdfSyntaxException(String name, long line, long column, String message) {
        super((line > 0 ? name + ":" + line + ":" + column + ": " : name + ": ") + message);
        this.line = Math.max(line, 0);
        this.column = Math.max(column, 0);
    }

    public long line() {
        return line;
    }

    public long column() {
        return column;
    }
}
