package org.corroborate.store;

import org.corroborate.engine.Engine;
import org.corroborate.engine.EngineOptions;
import org.corroborate.extract.Extractors;
import org.corroborate.testkit.Fixtures;

/** Engines with the real extractor and a naive annotator (no CoreNLP), for fast store tests. */
final class FakeEngines {

    private FakeEngines() {
    }

    static Engine fast() {
        return Engine.withStages(EngineOptions.DEFAULTS.withThreads(1), Extractors.standard(), Fixtures::annotated);
    }
}
