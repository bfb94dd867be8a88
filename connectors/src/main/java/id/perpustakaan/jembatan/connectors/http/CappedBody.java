package id.perpustakaan.jembatan.connectors.http;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body up to a cap and stops the download past it, so a mistaken link to an ISO image
 * costs at most cap + 1 bytes of memory, not the whole file. A declared Content-Length above the cap stops it
 * before any byte is read.
 */
final class CappedBody implements HttpResponse.BodySubscriber<CappedBody.Bytes> {

    /** What was kept; {@code overflowed} when the body was longer than the cap and cut off. */
    record Bytes(byte[] content, boolean overflowed) {
    }

    private final long cap;
    private final boolean declaredTooLong;
    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    private final CompletableFuture<Bytes> result = new CompletableFuture<>();
    private volatile Flow.Subscription subscription;

    CappedBody(long cap, long declaredLength) {
        this.cap = cap;
        this.declaredTooLong = declaredLength > cap;
    }

    static CappedBody forResponse(long cap, HttpResponse.ResponseInfo info) {
        return new CappedBody(cap, info.headers().firstValueAsLong("Content-Length").orElse(-1));
    }

    @Override
    public CompletionStage<Bytes> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (declaredTooLong) {
            s.cancel();
            result.complete(new Bytes(new byte[0], true));
        } else {
            s.request(1);
        }
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        for (ByteBuffer buffer : buffers) {
            long room = cap + 1 - kept.size();
            int take = (int) Math.min(room, buffer.remaining());
            byte[] chunk = new byte[take];
            buffer.get(chunk);
            kept.write(chunk, 0, take);
            if (kept.size() > cap) {
                subscription.cancel();
                result.complete(new Bytes(kept.toByteArray(), true));
                return;
            }
        }
        subscription.request(1);
    }

    @Override
    public void onError(Throwable error) {
        result.completeExceptionally(error);
    }

    @Override
    public void onComplete() {
        result.complete(new Bytes(kept.toByteArray(), false));
    }

    /** Stops the download when the caller gives up waiting for it. */
    void abandon() {
        Flow.Subscription s = subscription;
        if (s != null) {
            s.cancel();
        }
    }
}
