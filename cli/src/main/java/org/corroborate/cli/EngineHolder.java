package org.corroborate.cli;

import java.util.function.Function;

import org.corroborate.engine.Engine;
import org.corroborate.engine.EngineOptions;

/**
 * Hands commands an {@link Engine} for their options. The standard holder creates the engine on first use and
 * keeps its loaded stages for the life of the process; tests pass a holder around an engine they share.
 */
@FunctionalInterface
interface EngineHolder extends Function<EngineOptions, Engine> {

    /** Creates the standard engine on first use, then reuses its stages with each command's options. */
    static EngineHolder standard() {
        Engine[] loaded = new Engine[1];
        return options -> {
            synchronized (loaded) {
                if (loaded[0] == null) {
                    loaded[0] = Engine.standard(options);
                }
                return loaded[0].withOptions(options);
            }
        };
    }

    /** Always {@code engine}, with each command's options. */
    static EngineHolder of(Engine engine) {
        return engine::withOptions;
    }
}
