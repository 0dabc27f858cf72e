package org.corroborate.cli;

import org.corroborate.engine.Engine;
import org.corroborate.engine.EngineOptions;

/** One engine (one CoreNLP load) for all the tests of this module's JVM. */
final class SharedEngine {

    private static Engine engine;

    private SharedEngine() {
    }

    static synchronized Engine get() {
        if (engine == null) {
            engine = Engine.standard(EngineOptions.DEFAULTS);
        }
        return engine;
    }

    static EngineHolder holder() {
        return EngineHolder.of(get());
    }
}
