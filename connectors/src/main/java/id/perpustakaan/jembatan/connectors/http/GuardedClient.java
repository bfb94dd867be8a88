package id.perpustakaan.jembatan.connectors.http;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.SSLException;

/**
 * One GET of one address, redirects not followed, within the safety limits of a policy: the host's addresses are
 * checked, the host is taken in turn, the whole answer must arrive in time and within the size cap.
 */
final class GuardedClient {

    /** What the origin answered to one GET; the body of a non-2xx answer is cut short and of no interest. */
    record Answer(URI url, int status, HttpHeaders headers, byte[] body, boolean overflowed) {
    }

    private static final long ERROR_BODY_CAP = 16 * 1024;

    private final FetchPolicy policy;
    private final AddressGuard guard;
    private final HostPacing pacing;
    private final HttpClient client;

    GuardedClient(FetchPolicy policy, AddressGuard guard, HostPacing pacing) {
        this.policy = policy;
        this.guard = guard;
        this.pacing = pacing;
        // HTTP/1.1: with one request at a time per host, HTTP/2 multiplexing gains nothing, and the h2c upgrade
        // offered on plain http trips up some old servers.
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(policy.connectTimeout())
                .build();
    }

    Answer get(URI url, Map<String, String> extraHeaders, long cap, Duration gap) throws FetchException {
        try (HostPacing.Turn turn = pacing.take(url.getHost(), gap)) {
            // Checked after the wait, which may be long, so the check is as close to the connection as can be.
            guard.check(AllowedHosts.normalise(url.getHost()));
            return send(url, extraHeaders, cap);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException("interrupted while fetching " + url, true, e);
        }
    }

    private Answer send(URI url, Map<String, String> extraHeaders, long cap) throws FetchException,
            InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).GET()
                .timeout(policy.readTimeout())
                .header("User-Agent", policy.userAgent());
        extraHeaders.forEach(request::header);
        AtomicReference<CappedBody> body = new AtomicReference<>();
        HttpResponse.BodyHandler<CappedBody.Bytes> handler = info -> {
            long limit = info.statusCode() / 100 == 2 ? cap : ERROR_BODY_CAP;
            CappedBody subscriber = CappedBody.forResponse(limit, info);
            body.set(subscriber);
            return subscriber;
        };
        CompletableFuture<HttpResponse<CappedBody.Bytes>> pending = client.sendAsync(request.build(), handler);
        // The request timeout only covers waiting for the headers; this deadline also covers a body that trickles.
        Duration deadline = policy.connectTimeout().plus(policy.readTimeout());
        try {
            HttpResponse<CappedBody.Bytes> response = pending.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
            CappedBody.Bytes bytes = response.body();
            return new Answer(url, response.statusCode(), response.headers(), bytes.content(), bytes.overflowed());
        } catch (TimeoutException e) {
            throw timeout(url, e);
        } catch (ExecutionException e) {
            throw failure(url, e.getCause());
        } finally {
            if (!pending.isDone()) {
                pending.cancel(true);
                CappedBody subscriber = body.get();
                if (subscriber != null) {
                    subscriber.abandon();
                }
            }
        }
    }

    private FetchException failure(URI url, Throwable thrown) {
        Throwable cause = thrown;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof HttpConnectTimeoutException) {
            return new FetchException("connect timeout after " + ReasonText.duration(policy.connectTimeout()) + " to "
                    + url.getHost() + " at " + url, true, cause);
        }
        if (cause instanceof HttpTimeoutException) {
            return timeout(url, cause);
        }
        if (cause instanceof ConnectException) {
            return new FetchException("cannot connect to " + url.getHost() + " at " + url + " (" + message(cause)
                    + ")", true, cause);
        }
        if (cause instanceof SSLException) {
            return new FetchException("TLS with " + url.getHost() + " failed at " + url + " (" + message(cause)
                    + "); check the site's certificate", false, cause);
        }
        if (cause instanceof IOException) {
            return new FetchException("connection failed at " + url + " (" + message(cause) + ")", true, cause);
        }
        return new FetchException("fetch of " + url + " failed (" + message(cause) + ")", false, cause);
    }

    private FetchException timeout(URI url, Throwable cause) {
        return new FetchException("timeout after " + ReasonText.duration(policy.readTimeout()) + " at " + url, true,
                cause);
    }

    private static String message(Throwable cause) {
        String message = cause.getMessage();
        return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message;
    }
}
