package org.w3id.cydip.curate;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdfpatch.RDFChanges;
import org.apache.jena.rdfpatch.RDFPatch;
import org.apache.jena.rdfpatch.RDFPatchConst;
import org.apache.jena.rdfpatch.RDFPatchOps;
import org.apache.jena.rdfpatch.text.RDFChangesWriterText;
import org.apache.jena.riot.RiotException;

/**
 * One entry of the change log as its RDF Patch, sealed with its own id. The first
 * line is {@code H id <ni:///sha-256;DIGEST> .}, where DIGEST is the SHA-256 of every
 * byte after that line (an RFC 6920 "named information" IRI, base64url without
 * padding); the rest holds {@code H prev} (the id of the patch before, none for
 * the first), {@code H curator}, {@code H time} and one transaction. So the id
 * names exactly one body, the bodies form a chain, and a changed byte anywhere
 * is detected by whoever checks the digest.
 */
public final class SealedPatch {
    /** What every id starts with. */
    public static final String ID_PREFIX = "ni:///sha-256;";
    private static final Pattern DIGEST = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final String digest;
    private final byte[] bytes;
    private final RDFPatch patch;

    private SealedPatch(String digest, byte[] bytes, RDFPatch patch) {
        this.digest = digest;
        this.bytes = bytes;
        this.patch = patch;
    }

    /**
     * Seals one transaction: {@code changes} plays the adds and deletes (no
     * transaction markers) into the patch, after the headers.
     */
    public static SealedPatch seal(String prev, String curator, Instant time, Consumer<RDFChanges> changes) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        RDFChangesWriterText w = RDFChangesWriterText.create(body);
        w.start();
        if (prev != null)
            w.header(RDFPatchConst.PREV, NodeFactory.createURI(prev));
        w.header(Change.CURATOR, NodeFactory.createLiteralString(curator));
        w.header(Change.TIME, NodeFactory.createLiteralDT(time.toString(), XSDDatatype.XSDdateTime));
        w.txnBegin();
        changes.accept(w);
        w.txnCommit();
        w.finish();
        byte[] rest = body.toByteArray();
        String digest = digest(rest, 0);
        byte[] head = idLine(digest).getBytes(StandardCharsets.UTF_8);
        byte[] all = Arrays.copyOf(head, head.length + rest.length);
        System.arraycopy(rest, 0, all, head.length, rest.length);
        return new SealedPatch(digest, all, parse(all));
    }

    /**
     * The patch in {@code bytes}, once its first line is shown to be the id of the
     * rest; otherwise a {@link CurateException.BadPatch} that says what is wrong.
     */
    public static SealedPatch verify(byte[] bytes) {
        int nl = indexOf(bytes, (byte) '\n');
        if (nl < 0)
            throw new CurateException.BadPatch("not a sealed RDF Patch: no line break");
        String first = new String(bytes, 0, nl + 1, StandardCharsets.UTF_8);
        if (!first.startsWith("H id <" + ID_PREFIX))
            throw new CurateException.BadPatch("not a sealed RDF Patch: its first line is not \"H id <" + ID_PREFIX + "...> .\"");
        String digest = digest(bytes, nl + 1);
        if (!first.equals(idLine(digest)))
            throw new CurateException.BadPatch("its body does not match its id " + first.strip()
                    + " (the SHA-256 of the body is " + ID_PREFIX + digest + "): it was changed after it was written");
        return new SealedPatch(digest, bytes, parse(bytes));
    }

    /** The digest part of an id ({@code ni:///sha-256;DIGEST} or DIGEST itself), or null if it is neither. */
    public static String digestOf(String idOrDigest) {
        if (idOrDigest == null)
            return null;
        String d = idOrDigest.startsWith(ID_PREFIX) ? idOrDigest.substring(ID_PREFIX.length()) : idOrDigest;
        return DIGEST.matcher(d).matches() ? d : null;
    }

    /** {@code ni:///sha-256;DIGEST}. */
    public String id() {
        return ID_PREFIX + digest;
    }

    public String digest() {
        return digest;
    }

    /** The id of the patch before this one, or null for the first. */
    public String prev() {
        Node p = patch.getPrevious();
        return p == null ? null : p.isURI() ? p.getURI() : p.toString();
    }

    public String curator() {
        Node c = patch.header().get(Change.CURATOR);
        return c == null || !c.isLiteral() ? null : c.getLiteralLexicalForm();
    }

    /** When the entry was accepted, or null when the header is missing or malformed. */
    public Instant time() {
        return Change.instant(patch.header().get(Change.TIME));
    }

    /** The patch as written, id line included. */
    public byte[] bytes() {
        return bytes.clone();
    }

    public int size() {
        return bytes.length;
    }

    /** The patch, parsed. */
    public RDFPatch patch() {
        return patch;
    }

    private static String idLine(String digest) {
        return "H " + RDFPatchConst.ID + " <" + ID_PREFIX + digest + "> .\n";
    }

    private static RDFPatch parse(byte[] bytes) {
        try {
            return RDFPatchOps.read(new ByteArrayInputStream(bytes));
        } catch (RiotException e) {
            throw new CurateException.BadPatch("not an RDF Patch: " + e.getMessage());
        }
    }

    private static String digest(byte[] bytes, int from) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(bytes, from, bytes.length - from);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++)
            if (bytes[i] == b)
                return i;
        return -1;
    }
}
