package org.corroborate.api;

/**
 * The extract stage: clean body text and metadata from one raw document.
 *
 * <p>Implementations are thread-safe.
 */
public interface Extractor {

    /**
     * @param document the raw document; never null
     * @return the article; never null. Recoverable oddities go into {@link Article#warnings()}.
     * @throws BadInputException when nothing usable can be extracted (e.g. no body text at all)
     */
    Article extract(RawDocument document);
}
