package id.perpustakaan.jembatan.local;

import org.springframework.beans.factory.DisposableBean;

/**
 * One application context's use of the local services. Registered before any other bean, it is destroyed after
 * all of them, so Kafka and Elasticsearch outlive every client that talks to them.
 */
final class LocalServicesUse implements DisposableBean {

    LocalServicesUse() {
        LocalServices.acquire();
    }

    @Override
    public void destroy() {
        LocalServices.release();
    }
}
