package org.corroborate.store;

/** The store could not be read or written (disk, corruption, a locked data directory). */
public final class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
