/**
 * The live service: the REST API and the web UI (static files under {@code /ui} on the class path) over a
 * {@link org.corroborate.store.Store}. Entry point: {@link org.corroborate.server.CorroborateServer#start}.
 */
package org.corroborate.server;
