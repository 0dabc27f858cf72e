package org.corroborate.ingest;

import java.util.List;

import org.corroborate.api.Problem;
import org.corroborate.api.RawDocument;

/**
 * What reading the inputs gave: the documents read, in input order (folders in sorted order), and one problem line
 * per input that was skipped or read with a caveat.
 *
 * <p>Immutable and thread-safe; neither list is null.
 *
 * @param documents the documents read
 * @param problems  the problems, in input order
 */
public record IngestResult(List<RawDocument> documents, List<Problem> problems) {

    public IngestResult {
        documents = List.copyOf(documents);
        problems = List.copyOf(problems);
    }
}
