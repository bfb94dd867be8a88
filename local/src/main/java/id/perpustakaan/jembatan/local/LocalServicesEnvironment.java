package id.perpustakaan.jembatan.local;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Starts the local Kafka broker and Elasticsearch node before the application context is built, when no
 * external ones are configured ({@code jembatan.kafka.bootstrap-servers}, {@code jembatan.elasticsearch.uris}),
 * and points the configuration at them. {@code jembatan.local.enabled=false} turns this off.
 *
 * <p>A listener for the prepared environment rather than an {@code EnvironmentPostProcessor}: those run before
 * logging is set up, and whatever the local services logged then (which port, a node left by a crashed run being
 * stopped) was dropped.
 */
public class LocalServicesEnvironment implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    static final String PROPERTY_SOURCE = "jembatanLocalServices";

    /** Set to true when this start runs on a local broker or node. */
    static final String RUNNING = "jembatan.local.running";

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        ConfigurableEnvironment environment = event.getEnvironment();
        SpringApplication application = event.getSpringApplication();
        if (!environment.getProperty("jembatan.local.enabled", Boolean.class, true)
                || environment.getPropertySources().contains(PROPERTY_SOURCE)) {
            return;
        }
        Path dataDir = Path.of(environment.getProperty("jembatan.data-dir", "data"));
        Map<String, Object> started = new LinkedHashMap<>();
        try {
            // the node first: it comes up in the background while the broker and then the context start
            if (blank(environment.getProperty("jembatan.elasticsearch.uris"))) {
                started.put("jembatan.elasticsearch.uris", LocalServices.elasticsearch(environment, dataDir));
            }
            if (blank(environment.getProperty("jembatan.kafka.bootstrap-servers"))) {
                started.put("jembatan.kafka.bootstrap-servers", LocalServices.kafka(environment, dataDir));
            }
        } catch (RuntimeException e) {
            // the broker's threads would otherwise keep a failed start-up's JVM alive
            LocalServices.stopIfUnused();
            throw e;
        }
        if (!started.isEmpty()) {
            // the application's embedded default, e.g. its first administrator, goes by this
            started.put(RUNNING, "true");
            environment.getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE, started));
            application.addInitializers((ApplicationContextInitializer<?>) context -> {
                var beans = (DefaultSingletonBeanRegistry) context.getBeanFactory();
                beans.registerDisposableBean("localServicesUse", new LocalServicesUse());
                if (started.containsKey("jembatan.elasticsearch.uris")) {
                    context.getBeanFactory().registerSingleton("localNode", new LocalNode());
                }
            });
            // a start-up that failed before any context used them: the broker's threads would keep the JVM alive
            application.addListeners((ApplicationListener<ApplicationFailedEvent>) failed -> LocalServices.stopIfUnused());
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    @Override
    public int getOrder() {
        // after the configuration files and the command line have been read (environment post-processors, earlier
        // still) and logging has been set up from them
        return LoggingApplicationListener.DEFAULT_ORDER + 1;
    }
}
