package org.w3id.cydip.server;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;

/** A response body stream for blocking writes only (the filters that hold or capture a body). */
abstract class BlockingOutput extends ServletOutputStream {
    @Override
    public void write(int b) throws java.io.IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public abstract void write(byte[] b, int off, int len) throws java.io.IOException;

    @Override
    public boolean isReady() {
        return true;
    }

    @Override
    public void setWriteListener(WriteListener l) {
        throw new UnsupportedOperationException("blocking output only");
    }
}
