package io.github.regeneligibility.http.transport;

import io.github.regeneligibility.http.contract.Limits;
import io.javalin.config.JavalinConfig;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.component.LifeCycle;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * How the service's embedded Jetty is set up: its threads, connections and idle timeouts within the
 * {@link Limits}, a graceful stop, the {@link Transport} as the first handler, and the {@link
 * ProblemMapper}'s answers to every failure, those Jetty raises before a route runs included.
 */
public final class JettySetup {
  private JettySetup() {}

  /**
   * Sets up {@code config}'s server within {@code limits}, stopping within {@code stopTimeout},
   * answering failures through {@code problems}.
   */
  public static void apply(
      JavalinConfig config, Limits limits, Duration stopTimeout, ProblemMapper problems) {
    config.http.maxRequestSize = Limits.MAX_BODY_BYTES;
    config.http.prefer405over404 = true;
    config.router.javaLangErrorHandler(problems::handleError);
    config.jetty.threadPool = threadPool(limits);
    config.jetty.modifyHttpConfiguration(
        http -> http.setIdleTimeout(limits.idleTimeout().toMillis()));
    config.jetty.modifyServer(server -> modify(server, limits, stopTimeout.toMillis()));
  }

  private static void modify(Server server, Limits limits, long stopTimeout) {
    Transport guard = new Transport(limits);
    server.setStopTimeout(stopTimeout);
    server.insertHandler(new GracefulHandler());
    server.insertHandler(guard);
    server.setErrorHandler(new ProblemMapper.JettyErrors());
    NetworkConnectionLimit connections =
        new NetworkConnectionLimit(limits.maxConnections() + Limits.HEALTH_CONNECTIONS, server);
    server.addBean(connections);
    guard.countConnectionsWith(connections::getNetworkConnectionCount);
    server.addEventListener(
        new LifeCycle.Listener() {
          @Override
          public void lifeCycleStarting(LifeCycle event) {
            for (Connector connector : server.getConnectors()) {
              if (connector instanceof AbstractConnector network) {
                network.setIdleTimeout(limits.idleTimeout().toMillis());
              }
            }
          }
        });
  }

  /**
   * Returns the pool of threads that serve requests: at most {@link Limits#maxThreads()}, with at
   * most {@link Limits#maxQueuedJobs()} tasks waiting for one. Public for the HTTP benchmark's bare
   * Javalin baseline ({@code bench/BareJavalin.java}), which runs on the very same pool.
   */
  public static QueuedThreadPool threadPool(Limits limits) {
    QueuedThreadPool pool =
        new QueuedThreadPool(
            limits.maxThreads(),
            Math.min(8, limits.maxThreads()),
            60_000,
            new ArrayBlockingQueue<>(limits.maxQueuedJobs()));
    pool.setName("eligibility-http");
    return pool;
  }
}
